"""The numbers of one event and of the whole kit, as plain frozen data.

The dashboard service computes them from non-personal columns only (a sign-up's time, event,
interests, consent answers, language; handout and outbox logs); the dashboard page shows them and
the report renderer prints them. Nothing here can hold a name, an email or a phone number, so
nothing built from it can leak one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kit.domain.records import EventInfo


@dataclass(frozen=True)
class Count:
    """One labelled count: an interest, a handout, a language, a sync state, an hour."""

    key: str
    label: str
    count: int


@dataclass(frozen=True)
class SyncSummary:
    """Outbox rows by what they need: nothing (sent/skipped), a sync run, or a person."""

    targets: int = 0
    waiting: int = 0  # pending, sending, retry: the next sync run delivers them
    stuck: int = 0  # failed, needs attention: someone has to look
    done: int = 0  # sent, or deliberately skipped (consent)
    by_state: tuple[Count, ...] = ()

    @property
    def total(self) -> int:
        """Every outbox row counted."""
        return self.waiting + self.stuck + self.done

    def describe(self) -> str:
        """One sentence for people: what awaits sync."""
        if self.targets == 0 and self.total == 0:
            return "No sync target is set up: sign-ups stay on this laptop until exported."
        if self.total == 0:
            return "Nothing to sync yet."
        parts = [f"{self.done} delivered", f"{self.waiting} waiting for the next sync"]
        if self.stuck:
            parts.append(f"{self.stuck} need a person to look (failed)")
        return ", ".join(parts) + "."


@dataclass(frozen=True)
class EventRow:
    """One line of the table comparing events."""

    event: EventInfo
    signups: int
    new: int | None  # None when unknown for every sign-up (protected mode, purged contacts)
    returning: int | None
    consent_email: int
    consent_sms: int
    handouts_printed: int  # copies printed (print and quick print; saves are not prints)
    awaiting_sync: int
    active: bool = False


@dataclass(frozen=True)
class EventStats:
    """Everything the dashboard and the report say about one event; counts only."""

    event: EventInfo
    active: bool
    signups: int
    new: int  # first sign-up of their contact
    returning: int  # their contact had signed up before (at any event)
    unknown_origin: int  # sign-ups whose contact is not linked (protected mode or purged)
    consent_email: int
    consent_sms: int
    per_hour: tuple[Count, ...]  # local hour of day, first to last hour with sign-ups, zeros kept
    interests: tuple[Count, ...]  # every offered interest (zeros kept), then unknown tags
    languages: tuple[Count, ...]  # the language of the form each sign-up saw
    handouts: tuple[Count, ...]  # copies printed per handout
    handouts_saved: int  # handouts saved as PDF files (not printed)
    sync: SyncSummary
    first_signup: dt.datetime | None = None  # local time
    last_signup: dt.datetime | None = None
    timezone: str = ""
    # Times kept only to the quarter hour (a protected kit): a time means "in the quarter hour
    # that starts then".
    quarter_hours: bool = False

    @property
    def zone_label(self) -> str:
        """The one time zone every time of the report is in, as it says it."""
        return self.timezone or "local time"

    @property
    def returning_known(self) -> bool:
        """True when every sign-up's contact is known, so new + returning = sign-ups."""
        return self.unknown_origin == 0

    @property
    def handouts_printed(self) -> int:
        """Copies printed across all handouts."""
        return sum(item.count for item in self.handouts)

    @property
    def busiest_hour(self) -> Count | None:
        """The hour with most sign-ups (the earliest, on a tie), or None without sign-ups."""
        best = None
        for item in self.per_hour:
            if item.count and (best is None or item.count > best.count):
                best = item
        return best


@dataclass(frozen=True)
class DashboardData:
    """The whole dashboard at one moment: today, the events, sync."""

    generated_at: dt.datetime
    today: int  # sign-ups today (local day), all events
    today_active: int  # of those, at the active event
    active_event_id: int | None
    events: tuple[EventRow, ...] = ()
    sync: SyncSummary = field(default_factory=SyncSummary)
    handouts_today: int = 0
