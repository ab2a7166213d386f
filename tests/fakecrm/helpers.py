"""Helpers for sync tests: a fake clock that never really sleeps, and sign-up seeding."""

from __future__ import annotations

import datetime as dt
import threading

from kit.domain.signup import SignupForm
from kit.services.signups import record_signup


class FakeClock:
    """SyncClock whose sleep advances time instantly and records every wait."""

    def __init__(self) -> None:
        self.t = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        self.mono = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> dt.datetime:
        return self.t

    def monotonic(self) -> float:
        return self.mono

    def sleep(self, seconds: float, cancel: threading.Event) -> bool:
        seconds = max(seconds, 0.0)
        self.sleeps.append(seconds)
        self.t += dt.timedelta(seconds=seconds)
        self.mono += seconds
        return cancel.is_set()


def add_people(kit, count: int, *, consent_email=lambda i: True, consent_sms=lambda i: False,
               phone=lambda i: "", interests=("volunteer",), prefix: str = "person") -> list[str]:
    """Record `count` distinct sign-ups; returns their emails."""
    emails = []
    for i in range(count):
        email = f"{prefix}{i}@example.org"
        record_signup(kit, SignupForm(
            first_name=f"First{i}", last_name=f"Last{i}", email=email, phone=phone(i),
            postal_code="55406", interests=interests, consent_email=consent_email(i),
            consent_sms=consent_sms(i)))
        emails.append(email)
    return emails
