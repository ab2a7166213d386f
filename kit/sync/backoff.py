"""How long to wait before the next attempt: exponential backoff with jitter, or Retry-After."""

from __future__ import annotations

import datetime as dt
import email.utils
import random
from dataclasses import dataclass

from kit.domain.times import to_stored

MAX_RETRY_AFTER_S = 24 * 3600.0
DEFAULT_TIMEOUT_S = 15.0
"""A target's time limit for one request when it sets none (here, not in kit.sync.http, so a
target's stored configuration is read without loading httpx)."""


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded attempts; delays double from `base_s` up to `cap_s`, jittered to spread a crowd."""

    max_attempts: int = 8
    base_s: float = 5.0
    cap_s: float = 3600.0

    def delay(self, attempts: int, rng: random.Random, retry_after: float | None = None) -> float:
        """Seconds until the next attempt after `attempts` tries (1 = after the first one).

        A server's Retry-After wins: it is the server saying when it can take more, so we wait
        at least that long (no jitter below it).
        """
        if retry_after is not None:
            return min(max(retry_after, 0.0), MAX_RETRY_AFTER_S)
        ceiling = min(self.cap_s, self.base_s * (2 ** max(attempts - 1, 0)))
        # "Equal jitter": never less than half the backoff, so retries still spread out.
        return ceiling / 2 + rng.uniform(0, ceiling / 2)


def parse_retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date); None if absent/bad.

    `now` is naive UTC, like every stored time.
    """
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    if when.tzinfo is not None:
        when = to_stored(when)
    return max((when - now).total_seconds(), 0.0)
