"""The states an outbox row moves through, and which of them count as done or as due.

pending -> sending -> sent               the target answered 2xx
                   -> retry -> sending   timeout, dropped connection, 429, 5xx (bounded attempts)
                   -> failed             another 4xx, or too many attempts; retry_failed() re-queues
                   -> needs_attention    the service refuses for a reason only a person can clear
pending -> skipped                       consent rules say this sign-up must not go to this target
A row left in `sending` by a crash is "maybe delivered" and is sent again: every call is an upsert.
"""

from __future__ import annotations

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
RETRY = "retry"
FAILED = "failed"
NEEDS_ATTENTION = "needs_attention"
SKIPPED = "skipped"

ALL_STATES = (PENDING, SENDING, SENT, RETRY, FAILED, NEEDS_ATTENTION, SKIPPED)
DONE_STATES = (SENT, SKIPPED)
"""Nothing more to do: delivered, or deliberately not sent (consent)."""
WAITING_STATES = (PENDING, SENDING, RETRY)
"""A sync run will (try to) deliver these without anyone's help."""
STUCK_STATES = (FAILED, NEEDS_ATTENTION)
"""A person has to look: edit the contact, then retry."""
