"""The undo journal of one import run: what it created and what it changed, to take back.

An import writes in short batches (kit.services.imports), each committed on its own so a kiosk
never waits long. To still leave nothing half-imported, the run journals every row it creates
(sign-ups, contacts, events, a bundle's print logs; on a protected kit, each sealed sign-up's
UUID in the vault) and each merged contact's columns before its first change. `undo` takes
back the committed batches: sign-ups and print logs deleted, merged contacts restored unless
someone changed them since, created contacts and events deleted unless someone else's sign-up
now uses them. `rewind` forgets the entries of
a batch or row that was rolled back: SQLite may give their row ids to a kiosk's next sign-up,
and undo must never touch someone else's rows.

It is the people writers' journal (clear_write, clear_import, sealed_import write it), so it
lives behind the door: its undo deletes and restores person rows and vault entries itself.
"""

from __future__ import annotations

import datetime as dt
import logging
from array import array
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from kit.domain.errors import KitError
from kit.domain.person_fields import CONTACT_FIELDS
from kit.protect.vault import Vault
from kit.services.export_mark import keep_late_arrival_new
from kit.services.kit import Kit
from kit.store.models import Contact, Event, HandoutLog, Signup

log = logging.getLogger(__name__)
_T = TypeVar("_T")

# A contact's columns that undo restores (kit.services.imports reads them in this order).
JOURNAL_COLUMNS = (*CONTACT_FIELDS, "updated_at")

Mark = tuple[int, int, int, int]


class ImportCancelled(KitError):
    """The import was cancelled; everything it had written was undone."""

    code = "cancelled"


class ImportJournal:
    """What one import run created and changed, in the order it happened."""

    def __init__(self) -> None:
        # Row ids in arrays of 8-byte integers, not lists of int objects: a 200,000-row import
        # journals 200,000 sign-ups and as many contacts.
        self.signups = array("q")
        self.contacts = array("q")
        self._contact_ids: set[int] = set()  # the same, for a membership test per merge
        self.events = array("q")
        self.handouts = array("q")  # print log rows (a bundle's)
        self.before: dict[int, dict[str, Any]] = {}  # contact id -> columns before the run
        self.touched_at: dict[int, dt.datetime] = {}  # contact id -> updated_at this run set
        self.sealed_uuids: dict[int, str] = {}  # protected kits: sign-up id -> vault uuid
        self.vault: Vault | None = None

    @property
    def empty(self) -> bool:
        return not (self.signups or self.before or self.events or self.contacts
                    or self.handouts)

    def created_signup(self, signup_id: int, sealed_uuid: str | None = None) -> None:
        """A sign-up this run stored (inside the batch's transaction). Every import path
        reports each one here, so here an old sign-up keeps "new since the last export" honest
        (kit.services.export_mark); a batch rolled back takes the moved mark back with it."""
        self.signups.append(signup_id)
        keep_late_arrival_new(Signup._meta.database.execute_sql, signup_id)
        if sealed_uuid is not None:
            self.sealed_uuids[signup_id] = sealed_uuid

    def created_contact(self, contact_id: int) -> None:
        self.contacts.append(contact_id)
        self._contact_ids.add(contact_id)

    def created_event(self, event_id: int) -> None:
        self.events.append(event_id)

    def created_handout(self, handout_id: int) -> None:
        self.handouts.append(handout_id)

    def remember(self, contact_id: int, values: dict[str, Any]) -> None:
        """A contact's columns before this run first changes it (not one this run created)."""
        if contact_id not in self.before and contact_id not in self._contact_ids:
            self.before[contact_id] = values

    def touched(self, contact_id: int, updated_at: dt.datetime) -> None:
        self.touched_at[contact_id] = updated_at

    def mark(self) -> Mark:
        return len(self.signups), len(self.contacts), len(self.before), len(self.handouts)

    def rewind(self, mark: Mark) -> None:
        """Forget what was journaled since `mark` (its writes were rolled back)."""
        for signup_id in self.signups[mark[0]:]:
            uuid = self.sealed_uuids.pop(signup_id, None)
            if uuid is not None and self.vault is not None:
                self.vault.remove([uuid])
        del self.signups[mark[0]:]
        self._contact_ids.difference_update(self.contacts[mark[1]:])
        del self.contacts[mark[1]:]
        for contact_id in list(self.before)[mark[2]:]:  # dicts keep insertion order
            del self.before[contact_id]
        del self.handouts[mark[3]:]

    def undo(self, kit: Kit) -> None:
        """Take back every committed batch of the run, in one write transaction."""
        with kit.store.write():
            for chunk in chunks(self.signups):
                Signup.delete().where(Signup.id.in_(chunk)).execute()
            for chunk in chunks(self.handouts):
                HandoutLog.delete().where(HandoutLog.id.in_(chunk)).execute()
            for contact_id, values in self.before.items():
                if contact_id not in self.touched_at:
                    continue
                # Only if nobody (a kiosk, an edit) changed the contact after this run did.
                Contact.update(**values).where(
                    (Contact.id == contact_id) & (Contact.updated_at == self.touched_at[contact_id])
                ).execute()
            for chunk in chunks(self.contacts):
                used = Signup.select(Signup.contact).where(Signup.contact.in_(chunk))
                Contact.delete().where(Contact.id.in_(chunk) & Contact.id.not_in(used)).execute()
            for chunk in chunks(self.events):
                used = Signup.select(Signup.event).where(Signup.event.in_(chunk))
                Event.delete().where(Event.id.in_(chunk) & Event.id.not_in(used)).execute()
        if self.vault is not None:
            self.vault.remove(list(self.sealed_uuids.values()))
        self.sealed_uuids.clear()
        del self.signups[:]
        self.before.clear()
        del self.contacts[:]
        self._contact_ids.clear()
        del self.events[:]
        del self.handouts[:]


def chunks(items: Iterable[_T], size: int = 500) -> Iterator[list[_T]]:
    """`items` in lists of at most `size` (SQLite's limit on `?` in one statement)."""
    listed = list(items)
    for start in range(0, len(listed), size):
        yield listed[start:start + size]
