"""A token bucket per target, so a sync never exceeds a service's documented request rate."""

from __future__ import annotations

import threading

from kit.sync.clock import SyncClock


class TokenBucket:
    """At most `rate` requests per second; burst 1, so requests are evenly spaced.

    A burst of one keeps every one-second window within the limit (a bigger bucket lets two
    bursts straddle a second boundary and double the rate the service sees).
    """

    def __init__(self, rate: float, clock: SyncClock) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive; use no bucket for no limit")
        self.interval = 1.0 / rate
        self._clock = clock
        self._next_free = clock.monotonic()

    def acquire(self, cancel: threading.Event) -> bool:
        """Wait for the next slot; False if cancelled while waiting."""
        now = self._clock.monotonic()
        wait = self._next_free - now
        if wait > 0 and self._clock.sleep(wait, cancel):
            return False
        self._next_free = max(now, self._next_free) + self.interval
        return not cancel.is_set()
