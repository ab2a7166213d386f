"""Removal notices: what the next sync tells a service that already had a person.

A removal (kit.services.removal) deletes the person and their sign-ups, and with them their
outbox rows, so nothing is left to send them again; but a service that already received them
still holds them. For each target where one of their sign-ups was at least attempted (a request
may have reached it), one notice row waits here until the service took it:

- `removed`: the person asked to be removed. Mailchimp unsubscribes the address, Action Network
  gets `unsubscribed` for the email and the phone, a webhook gets a `removed` event naming the
  sign-up UUIDs it was sent (what each target does: its `removal_plan`).
- `address_changed`: an email or phone that had a yes was corrected; the old one is still
  subscribed at the service (a corrected address is sent as a new member or person), so it gets
  the same unsubscribe. A webhook needs none: the corrected sign-up is sent again with the same
  contact UUID.

Each target keeps only what it needs (`TargetAdapter.removal_fields`): Mailchimp the address,
Action Network the address and the phone, a webhook neither. On a protected kit those are sealed
to the kit's public key (`seal`), so a seized, locked kit holds no address of a removed person;
on a clear kit they wait in clear until the sync that delivers them, and the row is then deleted
(kit.services.sync scrubs the database after). No notice keeps a time.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import peewee as pw
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kit.protect.sealing import SealBroken, SealedFields, open_fields, seal_fields
from kit.store.database import Store
from kit.store.models import Outbox, RemovalNotice, SyncTarget, new_uuid
from kit.sync.targets import adapter_for
from kit.sync.targets.base import TargetConfig

REMOVED = "removed"
ADDRESS_CHANGED = "address_changed"
PENDING = "pending"
FAILED = "failed"
MAX_ATTEMPTS = 8

Seal = Callable[[str, str, str], tuple[bytes, str]]
"""(notice uuid, email, phone) -> (sealed blob, key id): a protected kit's sealing."""
Open = Callable[["Notice"], "Notice | None"]
"""Fills a sealed notice's email and phone (in memory); None if it cannot be opened."""


@dataclass(frozen=True)
class Notice:
    """One notice as a target's plan needs it; `sealed` until opened."""

    id: int
    uuid: str
    kind: str
    signup_uuids: tuple[str, ...]
    contact_uuid: str
    email: str
    phone: str
    state: str
    attempts: int
    sealed: bool = False
    key_id: str = ""
    blob: bytes = b""

    def opened(self, email: str, phone: str) -> Notice:
        return replace(self, email=email, phone=phone, sealed=False, blob=b"")


def targets_that_had(signup_ids: Iterable[int]) -> list[int]:
    """Targets to which a request for one of these sign-ups was at least attempted (it may have
    arrived): the ones to tell. A row never attempted (pending, or skipped by consent) told the
    service nothing."""
    ids = list(signup_ids)
    if not ids:
        return []
    query = (Outbox.select(Outbox.target).distinct()
             .where(Outbox.signup.in_(ids) & (Outbox.attempts > 0)).tuples())
    return sorted(target for (target,) in query)


def add(target_ids: Iterable[int], kind: str, *, signup_uuids: Iterable[str] = (),
        contact_uuid: str = "", email: str = "", phone: str = "",
        seal: Seal | None = None) -> int:
    """Inside the caller's transaction: a notice for each target that needs one of this kind.

    `email` and `phone` are only the addresses that had a yes (the service may hold them);
    each target keeps those it uses. Returns how many notices were added.
    """
    uuids = sorted(set(signup_uuids))
    added = 0
    for row in SyncTarget.select().where(SyncTarget.id.in_(list(target_ids))):
        adapter = adapter_for(TargetConfig.from_row(row))
        if kind == ADDRESS_CHANGED and not adapter.tells_address_changes:
            continue
        kept_email = email if "email" in adapter.removal_fields else ""
        kept_phone = phone if "phone" in adapter.removal_fields else ""
        if adapter.removal_fields and not (kept_email or kept_phone):
            continue  # this service never had an address of theirs with a yes
        uuid = new_uuid()
        values: dict = {"uuid": uuid, "target": row.id, "kind": kind,
                        "signup_uuids": json.dumps(uuids) if kind == REMOVED else "[]",
                        "contact_uuid": contact_uuid if kind == REMOVED else ""}
        if (kept_email or kept_phone) and seal is not None:
            values["sealed"], values["key_id"] = seal(uuid, kept_email, kept_phone)
        else:
            values["email"], values["phone"] = kept_email, kept_phone
        RemovalNotice.create(**values)
        added += 1
    return added


def due(target_id: int, opener: Open | None = None) -> list[Notice]:
    """The target's notices still to deliver, oldest first; sealed ones opened by `opener`."""
    found = []
    for n in (RemovalNotice.select().where((RemovalNotice.target == target_id)
                                           & (RemovalNotice.state == PENDING))
              .order_by(RemovalNotice.id)):
        notice = Notice(n.id, n.uuid, n.kind, tuple(json.loads(n.signup_uuids or "[]")),
                        n.contact_uuid, n.email, n.phone, n.state, n.attempts,
                        sealed=n.sealed is not None, key_id=n.key_id or "",
                        blob=bytes(n.sealed) if n.sealed is not None else b"")
        if notice.sealed and opener is not None:
            notice = opener(notice) or notice
        found.append(notice)
    return found


def delivered(store: Store, notice_id: int) -> None:
    """The service took it: the notice (and the address it held) goes."""
    with store.write():
        RemovalNotice.delete().where(RemovalNotice.id == notice_id).execute()


def not_delivered(store: Store, notice: Notice, status: int | None, reason: str, *,
                  give_up: bool, counted: bool = True) -> str:
    """It waits for the next sync (or, given up on, for a person to look). Returns its state."""
    attempts = notice.attempts + (1 if counted else 0)
    state = FAILED if give_up or attempts >= MAX_ATTEMPTS else PENDING
    with store.write():
        RemovalNotice.update(state=state, attempts=attempts, last_status=status,
                             last_error=reason).where(RemovalNotice.id == notice.id).execute()
    return state


def retry_failed(store: Store) -> int:
    """Failed notices back to pending (with the outbox's retry of failed rows)."""
    with store.write():
        return (RemovalNotice.update(state=PENDING, attempts=0, last_error="")
                .where(RemovalNotice.state == FAILED).execute())


def counts(target_id: int) -> tuple[int, int]:
    """(waiting, failed) notices of one target."""
    rows = dict(RemovalNotice.select(RemovalNotice.state, pw.fn.COUNT(RemovalNotice.id))
                .where(RemovalNotice.target == target_id)
                .group_by(RemovalNotice.state).tuples())
    return rows.get(PENDING, 0), rows.get(FAILED, 0)


def sealer_for(public: X25519PublicKey, key_id: str) -> Seal:
    """A protected kit's sealing of a notice's addresses: to the public key, bound to the
    notice's own UUID (as a sign-up's seal is bound to its row)."""

    def seal(notice_uuid: str, email: str, phone: str) -> tuple[bytes, str]:
        fields = SealedFields("", email=email, phone=phone)
        return seal_fields(fields, public, notice_uuid, key_id), key_id

    return seal


def opener_for(private_keys: dict[str, X25519PrivateKey]) -> Open:
    """Opens sealed notices with these private keys (an unlocked kit's)."""
    keys = dict(private_keys)

    def open_notice(notice: Notice) -> Notice | None:
        private = keys.get(notice.key_id)
        if private is None:
            return None
        try:
            fields = open_fields(notice.blob, private, notice.uuid, notice.key_id)
        except SealBroken:
            return None
        return notice.opened(fields.email, fields.phone)

    return open_notice


def seal_clear(seal: Seal) -> int:
    """Inside the caller's transaction, when protection goes on: the addresses that clear
    notices still hold are sealed (a protected kit keeps none in clear). Returns how many."""
    count = 0
    for n in RemovalNotice.select().where(RemovalNotice.sealed.is_null()
                                          & ((RemovalNotice.email != "")
                                             | (RemovalNotice.phone != ""))):
        blob, key_id = seal(n.uuid, n.email, n.phone)
        RemovalNotice.update(sealed=blob, key_id=key_id, email="", phone="").where(
            RemovalNotice.id == n.id).execute()
        count += 1
    return count
