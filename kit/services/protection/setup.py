"""Setting protection up: the first key pair (a coordinator's kit) or the public-key file (a table
laptop), sealing every clear contact and scrubbing what was there; rotating keys; writing the
public-key file.

A sealed sign-up row keeps in clear only what counting needs: uuid, event, the quarter hour it
was made (kit.domain.times.coarse_time), interests, consent answers and the consent wording shown
(not personal), the key id and the sealed blob. It has no contact and an empty note. No Contact
row exists for it: contacts are formed on unlock, in memory, by kit.protect.vault.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kit.domain.times import coarse_time, from_stored
from kit.logsetup import coarsen_log_files
from kit.protect.keys import (
    KdfParams,
    KeyRing,
    ProtectError,
    new_ring,
    rotated_ring,
)
from kit.protect.sealing import SealedFields, seal_fields
from kit.services.kit import Kit
from kit.services.protection.ring import load_ring, now_text, save_ring
from kit.services.protection.scrubbing import ScrubReport, leftover_clear_copies, scrub_database
from kit.services.protection.session import HASH_KEY_SETTING, current_session, mode
from kit.services.protection.unlocking import open_session
from kit.store.models import Contact, Signup, new_uuid
from kit.store.schema import QUARTER_HOUR_UPDATES
from kit.sync import notices

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class InitResult:
    """The ring that was set up and what happened to the data already there."""

    ring: KeyRing
    scrub: ScrubReport = field(default_factory=ScrubReport)


# -- turning protection on ---------------------------------------------------------------------
def init_protection(kit: Kit, passphrase: str, *, kdf: KdfParams | None = None) -> InitResult:
    """Make the first key pair and family key, seal every clear contact, scrub the old data.

    The kit is left unlocked in this process (the new key is already in memory).
    """
    if mode(kit).on:
        raise ProtectError("This kit is already protected ('outreach-kit protect status').")
    ring, private = new_ring(passphrase, kdf or KdfParams(), now_text(kit))
    scrub = _protect_with(kit, ring)
    open_session(kit, private)
    return InitResult(ring, scrub)


def init_public_only(kit: Kit, public_file: str | os.PathLike[str]) -> InitResult:
    """Protect a table laptop with only the public key(s): it seals and can never read.

    Giving a kit the file again (after the coordinator rotated keys) adds the new keys.
    """
    try:
        document = json.loads(Path(public_file).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ProtectError(f"Cannot read the public-key file {public_file}: {exc}") from exc
    given = KeyRing.from_public_file(document)
    current = load_ring(kit)
    if current is not None:
        if current.can_read:
            raise ProtectError("This kit holds private keys; it does not need a public-key file.")
        ring = current.merged_public(given)
        with kit.store.write():
            save_ring(ring)
        return InitResult(ring)
    return InitResult(given, _protect_with(kit, given))


def _protect_with(kit: Kit, ring: KeyRing) -> ScrubReport:
    """Save the ring and seal every clear contact's sign-ups in one transaction, then scrub.

    In the same transaction, what would still say who someone is gets re-keyed: every sign-up
    UUID that is not random (derived from an imported row: kit.services.row_ids) becomes a
    random one (outbox rows follow, they point at the row id), the key that derived them is
    deleted, and consent wording that names the file a row was imported from stops naming it.
    """
    from kit.logsetup import use_coarse_times

    # From now on the log keeps nothing finer than the sealed rows, in this process and in any
    # other one logging into this kit's log (an app left running), before the logs are rewritten.
    use_coarse_times(log_dir=kit.paths.log_dir)
    key = ring.active()
    public = key.public_key()
    sealed = 0
    with kit.store.write():
        rekeyed = _rekey_revealing_rows()
        _forget_clear_request_hashes()
        orphans = (Contact.select().where(~Contact.id.in_(
            Signup.select(Signup.contact).where(Signup.contact.is_null(False)))).count())
        if orphans:
            raise ProtectError(
                f"{orphans} contacts have no sign-up to seal them into; export or delete them "
                "first. Nothing was changed."
            )
        save_ring(ring)
        # A removal's notices on a clear kit hold the addresses the services still need.
        sealed_notices = notices.seal_clear(notices.sealer_for(public, key.key_id))
        for contact in Contact.select().order_by(Contact.id):
            for signup in Signup.select().where(Signup.contact == contact.id):
                fields = SealedFields(
                    first_name=contact.first_name, last_name=contact.last_name,
                    email=contact.email or "", phone=contact.phone or "",
                    postal_code=contact.postal_code, note=signup.note or "",
                    created_at=from_stored(signup.created_at),
                )
                signup.sealed = seal_fields(fields, public, signup.uuid, key.key_id)
                signup.key_id = key.key_id
                signup.contact = None
                signup.note = ""
                signup.created_at = coarse_time(signup.created_at)
                signup.save()
                sealed += 1
        deleted = Contact.delete().execute()
        for statement in QUARTER_HOUR_UPDATES:  # the ring is saved: the kit is protected
            kit.store.db.execute_sql(statement)
    if not (sealed or deleted or rekeyed or sealed_notices or leftover_clear_copies(kit.paths)):
        return replace(ScrubReport(), rewritten_logs=coarsen_log_files(kit.paths.log_dir))
    log.info("Protection on: sealed %s sign-ups, deleted %s clear contacts, re-keyed %s",
             sealed, deleted, rekeyed)
    return replace(scrub_database(kit, sealed_signups=sealed, deleted_contacts=deleted,
                                  ring=ring), rekeyed_signups=rekeyed)


_IMPORTED_FROM = re.compile(
    r"^Imported from (?:.+?): (?=the file has no |the export held no )"
    r"|^Imported from (?:.+): (?=[^:]*$)", re.DOTALL)


def unnamed_source(wording: str) -> str:
    """Consent wording an import wrote, without the name of the file it came from."""
    if not wording.startswith("Imported from "):
        return wording
    unnamed = _IMPORTED_FROM.sub("Imported from a file: ", wording, count=1)
    return unnamed if unnamed != wording else "Imported from a file."


def _rekey_revealing_rows() -> int:
    """Inside the caller's transaction: random UUIDs for derived ones, consent wording without
    file names, and no key left to derive import UUIDs with. Returns how many rows changed."""
    from kit.services.row_ids import IMPORT_KEY_SETTING, is_random_uuid
    from kit.store.models import Setting

    changed = 0
    rows = Signup.select(Signup.id, Signup.uuid, Signup.consent_email_text,
                         Signup.consent_sms_text).tuples()
    for row_id, uuid, email_text, sms_text in list(rows):
        update: dict[Any, Any] = {}
        if not is_random_uuid(uuid):
            update[Signup.uuid] = new_uuid()
        for column, text in ((Signup.consent_email_text, email_text),
                             (Signup.consent_sms_text, sms_text)):
            if unnamed_source(text) != text:
                update[column] = unnamed_source(text)
        if update:
            Signup.update(update).where(Signup.id == row_id).execute()
            changed += 1
    Setting.delete().where(Setting.key == IMPORT_KEY_SETTING).execute()
    return changed


def _forget_clear_request_hashes() -> None:
    """Inside the caller's transaction: delete the request-hash key kept in clear and every
    hash made with it (a hash of a person's request under a readable key confirms a guess).
    The first sync after unlocking plans each row again under the sealed key."""
    from kit.store.models import Outbox, Setting

    Setting.delete().where(Setting.key == HASH_KEY_SETTING).execute()
    Outbox.update(payload_hash="").where(Outbox.payload_hash != "").execute()


# -- keys --------------------------------------------------------------------------------------
def rotate(kit: Kit, passphrase: str) -> str:
    """Add a new active key (old sign-ups stay readable with the old one); returns its id."""
    ring = load_ring(kit)
    if ring is None:
        raise ProtectError("This kit is not protected; run 'outreach-kit protect init' first.")
    new, private = rotated_ring(ring, passphrase, now_text(kit))
    with kit.store.write():
        save_ring(new)
    session = current_session(kit)
    if session is not None:
        session.private_keys[new.active_key_id] = private
    log.info("Rotated to key %s", new.active_key_id)
    return new.active_key_id


def write_public_key(kit: Kit, path: str | os.PathLike[str]) -> Path:
    """Write the public-key file for table laptops (public keys and the family key)."""
    ring = load_ring(kit)
    if ring is None:
        raise ProtectError("This kit is not protected; run 'outreach-kit protect init' first.")
    target = Path(path)
    # Private to this user: the family key in it lets its holder make bundles the group trusts.
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(ring.public_file(), handle, indent=2)
        handle.write("\n")
    return target
