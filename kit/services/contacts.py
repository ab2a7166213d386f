"""Contacts: search, read with their sign-ups, edit and delete."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

import peewee as pw

from kit.domain.errors import FieldError, NotFound, ValidationFailed
from kit.domain.records import ConsentAnswer, ContactRecord, SignupRecord
from kit.domain.signup import SignupForm, validate_signup
from kit.services.kit import Kit
from kit.store.models import Contact, Event, Signup, utc_now

SEARCH_LIMIT = 50


def _matching(query: str, event_id: int | None):
    select = Contact.select()
    text = query.strip()
    if text:
        # LIKE is case-insensitive for ASCII only; names in other scripts match as typed.
        pattern = f"%{_escape_like(text)}%"
        full_name = Contact.first_name.concat(" ").concat(Contact.last_name)
        select = select.where(
            _like(full_name, pattern) | _like(Contact.email, pattern)
            | _like(Contact.phone, pattern) | _like(Contact.postal_code, pattern)
        )
    if event_id is not None:
        in_event = Signup.select(Signup.contact).where(Signup.event == event_id)
        select = select.where(Contact.id.in_(in_event))
    return select


def _escape_like(text: str) -> str:
    """Keep `%` and `_` typed by a user literal (an email may well contain `_`)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(column, pattern: str) -> pw.Node:
    return pw.NodeList((column, pw.SQL("LIKE"), pw.Value(pattern), pw.SQL("ESCAPE '\\'")))


def _vault(kit: Kit):
    """Protected mode's in-memory contacts when unlocked, None when protection is off; raises
    KitLocked when locked (sealed contacts exist only in the vault, never as rows)."""
    from kit.services.protection import readable_vault

    return readable_vault(kit, "Contacts are sealed and the kit is locked")


def count_contacts(kit: Kit, query: str = "", event_id: int | None = None) -> int:
    vault = _vault(kit)
    if vault is not None:
        return len(vault.search(query, event_id))
    return _matching(query, event_id).count()


def search_contacts(
    kit: Kit, query: str = "", *, event_id: int | None = None, limit: int | None = SEARCH_LIMIT,
    offset: int = 0, with_signups: bool = True,
) -> list[ContactRecord]:
    """Contacts whose name, email, phone or ZIP contains `query`, newest first."""
    vault = _vault(kit)
    if vault is not None:
        found = vault.search(query, event_id)[offset:]
        return found[:limit] if limit is not None else found
    select = _matching(query, event_id).order_by(Contact.id.desc()).offset(offset)
    if limit is not None:
        select = select.limit(limit)
    # Plain dict rows, not model instances: building 50 Contact and Signup objects cost ~20x the
    # query itself (cProfile of benchmarks/bench_search.py).
    contacts = list(select.dicts())
    signups = _signups_of([c["id"] for c in contacts]) if with_signups else {}
    return [to_record(c, signups.get(c["id"], [])) for c in contacts]


def get_contact(kit: Kit, contact_id: int) -> ContactRecord:
    vault = _vault(kit)
    if vault is not None:
        from kit.services.protection import vault_contact

        return vault_contact(vault, contact_id)
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFound(f"There is no contact with id {contact_id}.")
    return to_record(contact.__data__, _signups_of([contact.id]).get(contact.id, []))


def update_contact(kit: Kit, contact_id: int, form: SignupForm) -> ContactRecord:
    """Correct a contact's details by the same rules as the form; consent is not editable here.

    Consent is what the person answered at the table, so a volunteer's edit never changes it.
    A sealed contact's sign-ups are sealed again with the corrected details.
    """
    vault = _vault(kit)
    contact = None if vault is not None else Contact.get_or_none(Contact.id == contact_id)
    if vault is None and contact is None:
        raise NotFound(f"There is no contact with id {contact_id}.")
    clean = validate_signup(
        SignupForm(
            first_name=form.first_name, last_name=form.last_name, email=form.email,
            phone=form.phone, postal_code=form.postal_code, note=form.note,
        ),
        region=kit.region,
    )
    if vault is not None:
        from kit.services.protection import vault_update

        return vault_update(kit, vault, contact_id, clean)
    with kit.store.write():
        if clean.email:
            clash = Contact.get_or_none((Contact.email == clean.email) & (Contact.id != contact_id))
            if clash is not None:
                raise ValidationFailed(
                    [FieldError("email", "Another contact already has this email.", code="duplicate")]
                )
        contact.first_name = clean.first_name
        contact.last_name = clean.last_name
        contact.email = clean.email or None
        contact.phone = clean.phone or None
        contact.postal_code = clean.postal_code
        contact.note = clean.note
        if contact.consent_email and not contact.email:
            contact.consent_email = False
        if contact.consent_sms and not contact.phone:
            contact.consent_sms = False
        contact.updated_at = utc_now()
        contact.save()
    return get_contact(kit, contact_id)


def delete_contact(kit: Kit, contact_id: int) -> None:
    """Delete a contact with every sign-up and outbox row of theirs."""
    vault = _vault(kit)
    if vault is not None:
        from kit.services.protection import vault_delete

        return vault_delete(kit, vault, contact_id)
    with kit.store.write():
        deleted = Contact.delete().where(Contact.id == contact_id).execute()
    if not deleted:
        raise NotFound(f"There is no contact with id {contact_id}.")


def _signups_of(contact_ids: Iterable[int]) -> dict[int, list[dict]]:
    """Sign-up rows (dicts, with `event_uuid`) of each contact, oldest first."""
    ids = list(contact_ids)
    result: dict[int, list[dict]] = defaultdict(list)
    if not ids:
        return result
    rows = (
        Signup.select(Signup, Event.uuid.alias("event_uuid"))
        .join(Event)
        .where(Signup.contact.in_(ids))
        .order_by(Signup.created_at)
        .dicts()
    )
    for row in rows:
        result[row["contact"]].append(row)
    return result


def _utc(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value


def to_record(contact: Contact | Mapping[str, Any], signups: list[dict]) -> ContactRecord:
    """A plain record of a contact (a model or its row as a dict) and their sign-up rows."""
    c = contact.__data__ if isinstance(contact, Contact) else contact
    records = []
    interests: list[str] = []
    event_ids: list[int] = []
    for signup in signups:
        tags = tuple(json.loads(signup["interests"]))
        for tag in tags:
            if tag not in interests:
                interests.append(tag)
        if signup["event"] not in event_ids:
            event_ids.append(signup["event"])
        when = _utc(signup["created_at"])
        records.append(
            SignupRecord(
                uuid=signup["uuid"], event_uuid=signup["event_uuid"], created_at=when,
                interests=tags,
                consents=(
                    ConsentAnswer("email", signup["consent_email_text"], signup["consent_email"],
                                  when),
                    ConsentAnswer("sms", signup["consent_sms_text"], signup["consent_sms"], when),
                ),
                note=signup["note"], language=signup["language"],
            )
        )
    return ContactRecord(
        id=c["id"], uuid=c["uuid"], first_name=c["first_name"],
        last_name=c["last_name"], email=c["email"] or "", phone=c["phone"] or "",
        postal_code=c["postal_code"], note=c["note"],
        consent_email=bool(c["consent_email"]), consent_sms=bool(c["consent_sms"]),
        created_at=_utc(c["created_at"]), updated_at=_utc(c["updated_at"]),
        interests=tuple(interests), event_ids=tuple(event_ids), signups=tuple(records),
    )


def contact_to_json(record: ContactRecord) -> dict:
    """The `contacts list --json` shape (a stable contract)."""
    return {
        "id": record.id,
        "uuid": record.uuid,
        "first_name": record.first_name,
        "last_name": record.last_name,
        "email": record.email,
        "phone": record.phone,
        "zip": record.postal_code,
        "note": record.note,
        "interests": list(record.interests),
        "consent_email": record.consent_email,
        "consent_sms": record.consent_sms,
        "events": list(record.event_ids),
        "created_at": record.created_at.isoformat() if record.created_at else None,
        "updated_at": record.updated_at.isoformat() if record.updated_at else None,
    }
