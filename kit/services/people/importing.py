"""What an import run asks of the people in force (People.importer): one writer per run.

An import (kit.services.imports: a CSV sheet, a JSON export; kit.services.bundles: a bundle)
reads its file, batches the rows and keeps the undo journal; what a row does to the people is
the writer's: `ClearImport` (people/clear_import.py) finds or makes contacts and stores rows,
`SealedImport` (people/sealed_import.py) seals every sign-up and decides who is who against the
unlocked vault. The import never asks which one it has.

A row becomes a `Pending`: `apply()` writes it inside the batch's transaction and says what it
did ("imported", "merged", "unchanged"), `classify()` says the same without writing (a dry run).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from kit.domain.records import ContactRecord, SignupRecord
from kit.domain.signup import CleanSignup


@dataclass
class Pending:
    """One checked row waiting for its batch."""

    row: int
    apply: Callable[[], str]  # runs inside the batch's transaction; returns the outcome
    classify: Callable[[], str]  # read-only guess of the outcome, for a dry run
    uuids: tuple[str, ...] = ()  # sign-up UUIDs that mean "already imported" (a CSV row's)


class Visit(Protocol):
    """One sign-up of a JSON export's contact, checked (kit.services.import_readers.JsonVisit)."""

    @property
    def signup(self) -> SignupRecord: ...

    @property
    def clean(self) -> CleanSignup: ...

    @property
    def created_at(self) -> dt.datetime: ...


def without_removed(record: ContactRecord, visits: Sequence[Visit]
                    ) -> tuple[list[Visit], bool]:
    """A JSON export's visits less those of sign-ups removed here (tombstones, by the file's
    own UUIDs), and whether the whole contact was removed (every sign-up it had here went:
    nothing of theirs comes back, not even a contact without sign-ups)."""
    from kit.services.people.removing import removed_among

    gone = removed_among(s.uuid for s in record.signups)
    if not gone:
        return list(visits), False
    kept = [v for v in visits if v.signup.uuid not in gone]
    return kept, not kept


class SignupImport(Protocol):
    """The people's side of one import run, journaled in the run's ImportJournal."""

    # Sign-ups are sealed: what a file's name says stays out of the log and the consent wording.
    sealed: bool
    # A batch that fails on a clash (a UNIQUE email) may be written again row by row, only the
    # clashing row refused. False where a row also changes what is held in memory.
    retries_row_by_row: bool

    def begin_batch(self, uuids: list[str]) -> None:
        """Inside a batch's write transaction, before its rows: `uuids` are the batch's
        Pending.uuids (which of them are stored is read once per batch)."""
        ...

    def row_refused(self, pending: Pending) -> None:
        """A row of the batch was rolled back to its savepoint (a clash)."""
        ...

    def csv_row(self, number: int, clean: CleanSignup, *, email_answered: bool,
                sms_answered: bool, event_id: int, event_uuid: str) -> Pending:
        """A spreadsheet row for the event: same row imported again is unchanged."""
        ...

    def json_contact(self, position: int, record: ContactRecord, clean: CleanSignup,
                     visits: Sequence[Visit], event_ids: dict[str, int]) -> Pending | str:
        """A JSON export's contact and its sign-ups (each kept once), or why it is refused."""
        ...

    def bundle_signup(self, clean: CleanSignup, event_id: int, *, uuid: str,
                      created_at: dt.datetime, source: str, language: str) -> int:
        """A bundle's clear sign-up (not stored yet: the caller checked its UUID), inside the
        batch's transaction; returns the new sign-up row's id (its outbox rows are added)."""
        ...

    def consent_text(self, wording: str) -> str:
        """Consent wording as this kit keeps an imported one (sealed: without a file's name)."""
        ...

    def finish(self) -> None:
        """After the last batch of a run that was not undone (sealed: open the new seals)."""
        ...
