"""Time for the sync engine, injectable so tests never really wait or depend on the wall clock."""

from __future__ import annotations

import datetime as dt
import threading
import time
from typing import Protocol

from kit.domain.times import utc_now


class SyncClock(Protocol):
    """Wall time for the database, a monotonic time for rate limits, and a cancellable sleep."""

    def now(self) -> dt.datetime:
        """Naive UTC, the form every DATETIME column stores."""

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float, cancel: threading.Event) -> bool:
        """Wait up to `seconds`; True if `cancel` was set meanwhile."""


class SystemClock:
    """The real clock; sleeping waits on the cancel event so Cancel answers at once."""

    def now(self) -> dt.datetime:
        return utc_now()

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float, cancel: threading.Event) -> bool:
        if seconds <= 0:
            return cancel.is_set()
        return cancel.wait(seconds)
