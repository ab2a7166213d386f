"""The sealed write (protection on): one sign-up's fields sealed in memory to the active public
key, then one row with only what counting needs in clear, inside the caller's transaction.

Beside `clear_write.py` (the plain-SQL path of a clear kit); `record_sealed`
(kit.services.people.sealed) and the sealed import call it. On an unlocked kit the new sign-up
joins the vault at once.
"""

from __future__ import annotations

import datetime as dt
import json

from kit.domain.signup import CleanSignup
from kit.domain.times import coarse_time, from_stored, utc_now
from kit.protect.keys import KeyRing
from kit.protect.sealing import SealedFields, seal_fields
from kit.protect.vault import VaultSignup
from kit.services.kit import Kit
from kit.store.models import Event, Signup, new_uuid


def _fields_of(clean: CleanSignup, created_at: dt.datetime) -> SealedFields:
    return SealedFields(
        first_name=clean.first_name, last_name=clean.last_name, email=clean.email,
        phone=clean.phone, postal_code=clean.postal_code, note=clean.note,
        created_at=from_stored(created_at),
    )


def seal_new_signup(
    kit: Kit, ring: KeyRing, clean: CleanSignup, event_id: int, *, source: str, language: str,
    uuid: str | None = None, created_at: dt.datetime | None = None,
) -> Signup:
    """Insert one sealed sign-up row, inside the caller's transaction (the form's fields were
    sealed in memory first: the clear values never reach SQLite)."""
    key = ring.active()
    signup_uuid = uuid or new_uuid()
    exact = created_at or utc_now()
    fields = _fields_of(clean, exact)
    blob = seal_fields(fields, key.public_key(), signup_uuid, key.key_id)
    signup = Signup.create(
        uuid=signup_uuid, contact=None, event=event_id, created_at=coarse_time(exact),
        interests=json.dumps(list(clean.interests), ensure_ascii=False), note="",
        consent_email=clean.consent_email, consent_email_text=clean.wording.email,
        consent_sms=clean.consent_sms, consent_sms_text=clean.wording.sms,
        source=source, language=language, key_id=key.key_id, sealed=blob,
    )
    session = kit.protection
    if session is not None:  # unlocked: the coordinator sees the new sign-up at once
        event = Event.get_by_id(event_id)
        session.vault.add([_vault_signup(signup, event.uuid, fields)])
    return signup


def _vault_signup(row: Signup, event_uuid: str, fields: SealedFields) -> VaultSignup:
    return VaultSignup(
        row_id=row.id, uuid=row.uuid, event_id=row.event_id, event_uuid=event_uuid,
        created_at=fields.created_at or from_stored(row.created_at),
        interests=tuple(json.loads(row.interests)), consent_email=bool(row.consent_email),
        consent_email_text=row.consent_email_text, consent_sms=bool(row.consent_sms),
        consent_sms_text=row.consent_sms_text, language=row.language, key_id=row.key_id,
        fields=fields,
    )
