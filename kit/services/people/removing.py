"""What a removal leaves behind, for both kinds of people (clear.py, sealed.py): tombstones and
notices. The use case itself is kit.services.removal.

- Tombstones: the UUIDs of the removed sign-ups (`removed_signup`), nothing else. A UUID is a
  random number that names nobody by itself; it is enough to refuse the same sign-up when it
  comes back in a bundle from a table laptop, in an older JSON export or from a re-imported
  sheet (whose rows' UUIDs are derived from the row), and it does not stop a new sign-up by the
  same person later (a new UUID: a new consent).
- Contact marks: `c:` + the removed contact's UUID (random, as the sign-ups'). This kit's own
  spreadsheet and vCard exports name the contact (the 'Contact UUID' column, the card's UID)
  but no sign-up, and a row holds the contact's latest details, which no visit mark matches: a
  row naming a removed contact is left out (kit.services.imports).
- Visit marks, on a protected kit only: a sealed JSON import gives each sign-up a new random
  UUID (the file's are not kept), so the same old file imported again would not meet the UUID
  tombstone. Each removed sign-up also leaves `v:` + HMAC-SHA256 of the visit as an export
  writes it (event, the person's address, exact time), keyed with a key derived from the
  ring's oldest private key: only an unlocked kit can make or test one, so a seized, locked kit
  cannot check a guessed person against it. A later sign-up has another time: it is kept. A
  second mark, of the row's event and fields without a time, refuses the same sheet row again
  (a sheet's import, like its "unchanged" rule, knows no time).
- Notices (kit.sync.notices): one for each target that may already have them, with the
  addresses that had a yes, sealed to the public key on a protected kit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass

from kit.domain.records import ContactRecord
from kit.domain.signup import CleanSignup
from kit.protect.vault import VaultSignup
from kit.services.kit import Kit
from kit.services.people.journal import chunks
from kit.store.models import RemovedSignup, Signup
from kit.sync import notices


@dataclass(frozen=True)
class Removed:
    """What one removal did: sign-ups deleted, and services the next sync will tell."""

    signups: int
    targets_told: int


def removed_among(uuids: Iterable[str]) -> set[str]:
    """Which of these sign-up UUIDs were removed (a tombstone stands for each)."""
    found: set[str] = set()
    for chunk in chunks(u for u in uuids if u):
        found.update(u for (u,) in RemovedSignup.select(RemovedSignup.uuid)
                     .where(RemovedSignup.uuid.in_(chunk)).tuples())
    return found


def forget(kit: Kit, uuids: Iterable[str], *, contact_uuid: str, email: str, phone: str,
           seal: notices.Seal | None = None, marks: Iterable[str] = ()) -> Removed:
    """Inside the caller's write transaction, before the rows go: tombstones for these sign-ups
    and notices for every target that may have them; then the sign-ups (and with them their
    outbox rows, by the schema's cascade) are deleted."""
    listed = sorted(set(uuids))
    ids = [i for chunk in chunks(listed) for (i,) in
           Signup.select(Signup.id).where(Signup.uuid.in_(chunk)).tuples()]
    told = notices.targets_that_had(ids)
    added = notices.add(told, notices.REMOVED, signup_uuids=listed, contact_uuid=contact_uuid,
                        email=email, phone=phone, seal=seal)
    if contact_uuid:
        marks = [*marks, contact_mark(contact_uuid)]
    for chunk in chunks(sorted(set(marks))):
        RemovedSignup.insert_many([(m,) for m in chunk], fields=[RemovedSignup.uuid]
                                  ).on_conflict_ignore().execute()
    for chunk in chunks(listed):
        RemovedSignup.insert_many([(u,) for u in chunk], fields=[RemovedSignup.uuid]
                                  ).on_conflict_ignore().execute()
        Signup.delete().where(Signup.uuid.in_(chunk)).execute()
    return Removed(len(ids), added)


CONTACT_MARK = "c:"


def contact_mark(contact_uuid: str) -> str:
    """The tombstone of a removed contact, as this kit's CSV and vCard exports name it."""
    return CONTACT_MARK + contact_uuid.strip().lower()


REMOVED_VISIT_INFO = b"outreach-kit/removed-visit-key/v1"
VISIT_MARK = "v:"


def visit(event_uuid: str, clean: CleanSignup) -> tuple:
    """What makes two sign-ups the same visit: the event, the personal fields, interests and
    consent answers (not the wording, which names the file imported)."""
    return (event_uuid, clean.first_name, clean.last_name, clean.email, clean.phone,
            clean.postal_code, clean.note, tuple(clean.interests), bool(clean.consent_email),
            bool(clean.consent_sms))


def vault_visit(s: VaultSignup) -> tuple:
    """visit() of an opened sign-up."""
    f = s.fields
    return (s.event_uuid, f.first_name, f.last_name, f.email, f.phone, f.postal_code, f.note,
            tuple(s.interests), bool(s.consent_email), bool(s.consent_sms))


def visit_key(kit: Kit) -> bytes | None:
    """The key of visit marks: derived from the ring's oldest private key (rotation keeps
    it); None when the kit is not protected and unlocked."""
    from kit.services.protection import load_ring

    session, ring = kit.protection, load_ring(kit)
    if session is None or ring is None:
        return None
    for stored in ring.keys:
        private = session.private_keys.get(stored.key_id)
        if private is not None:
            return hmac.new(private.private_bytes_raw(), REMOVED_VISIT_INFO,
                            hashlib.sha256).digest()
    return None


def _mark(key: bytes, parts: list) -> str:
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return VISIT_MARK + hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def visit_mark(key: bytes, event_uuid: str, email: str, phone: str, when: dt.datetime) -> str:
    """The tombstone of a visit as a JSON export writes it: the event, the person's address
    (their email, else their phone: an export gives every visit the person's latest details)
    and the exact (naive UTC) time."""
    return _mark(key, ["visit", event_uuid, email or phone, when.isoformat()])


def row_mark(key: bytes, one_visit: tuple) -> str:
    """The tombstone of a sheet's row (visit(): the event and the row's fields, no time, as a
    sheet's import knows it)."""
    return _mark(key, ["row", *[list(v) if isinstance(v, tuple) else v for v in one_visit]])


def marks_of(key: bytes, person: ContactRecord, opened: Iterable[VaultSignup]) -> list[str]:
    """A removed person's visit and row marks (see the module's note)."""
    from kit.domain.times import to_stored

    found = []
    for s in opened:
        found.append(visit_mark(key, s.event_uuid, person.email, person.phone,
                                to_stored(s.created_at)))
        found.append(row_mark(key, vault_visit(s)))
    return found


def address_changed(kit: Kit, signup_uuids: Iterable[str], before: ContactRecord, *,
                    email: str, phone: str, seal: notices.Seal | None = None) -> int:
    """Inside the caller's write transaction, after an edit gave `before` this email and phone:
    an old address that had a yes is to be unsubscribed at every target that may have it.
    Returns notices added."""
    old_email = replaced(before.email, email, said_yes(before, "email"))
    old_phone = replaced(before.phone, phone, said_yes(before, "sms"))
    if not (old_email or old_phone):
        return 0
    ids = [i for chunk in chunks(signup_uuids) for (i,) in
           Signup.select(Signup.id).where(Signup.uuid.in_(chunk)).tuples()]
    return notices.add(notices.targets_that_had(ids), notices.ADDRESS_CHANGED,
                       email=old_email, phone=old_phone, seal=seal)


def replaced(old: str, new: str, had_yes: bool) -> str:
    """The old address, when it had a yes and an edit replaced or cleared it; else ""."""
    return old if old and had_yes and old != (new or "") else ""


def said_yes(record: ContactRecord, channel: str) -> bool:
    """They said yes to this channel at least once (a service may have them subscribed)."""
    latest = record.consent_email if channel == "email" else record.consent_sms
    return latest or any(a.granted for s in record.signups for a in s.consents
                         if a.channel == channel)


def after_told(kit: Kit) -> None:
    """After a sync passed notices on: a clear kit's notices held the addresses until now, and
    the WAL, free pages and older backups still do, so the database is scrubbed as after the
    removal itself. (A protected kit's were sealed.)"""
    if not kit.is_protected():
        from kit.services.protection import scrub_database

        scrub_database(kit)


def sealer(kit: Kit) -> notices.Seal:
    """A protected kit's notice sealing (kit.sync.notices.sealer_for), to the active key."""
    from kit.services.protection import load_ring

    ring = load_ring(kit)
    assert ring is not None, "sealing needs a protected kit"
    key = ring.active()
    return notices.sealer_for(key.public_key(), key.key_id)


def opener(kit: Kit) -> notices.Open | None:
    """Opens sealed notices with the unlocked kit's private keys (None: not unlocked)."""
    session = kit.protection
    if session is None:
        return None
    return notices.opener_for(session.private_keys)
