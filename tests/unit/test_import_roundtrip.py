"""Round trips: JSON export -> import into an empty kit is exact; CSV export -> import keeps names."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kit.domain.errors import ValidationFailed
from kit.domain.signup import SignupForm
from kit.services.contacts import search_contacts
from kit.services.events import create_event
from kit.services.exports import export_contacts
from kit.services.imports import plan_import, run_import
from kit.services.kit import open_kit
from kit.services.signups import record_signup
from kit.store.models import Contact, Event, Signup

NAME_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))
TRICKY = st.sampled_from(["عائشہ", "کشمیر", "🌷", "Zoë", "=1+2", "+", "-", "@", ",", '"', ";",
                          "'", "\\", " ::: "])
names = st.lists(st.one_of(TRICKY, st.text(NAME_CHARS, max_size=8)), max_size=4).map("".join)
notes = st.lists(st.one_of(TRICKY, st.just("\n"), st.text(NAME_CHARS, max_size=10)),
                 max_size=5).map("".join)


def _snapshot() -> dict:
    """Every stored field that an export must carry, keyed by UUID."""
    contacts = {
        c.uuid: (c.first_name, c.last_name, c.email, c.phone, c.postal_code, c.note,
                 c.consent_email, c.consent_sms, c.created_at, c.updated_at)
        for c in Contact.select()
    }
    signups = {
        s.uuid: (s.contact.uuid, s.event.uuid, s.created_at, s.interests, s.note,
                 s.consent_email, s.consent_email_text, s.consent_sms, s.consent_sms_text,
                 s.language)
        for s in Signup.select()
    }
    events = {e.uuid: (e.name, e.location, e.date) for e in Event.select()}
    return {"contacts": contacts, "signups": signups, "events": events}


def _record(kit, first, last, note, n, consent) -> bool:
    try:
        record_signup(kit, SignupForm(first_name=first, last_name=last, note=note,
                                      email=f"p{n}@example.org", consent_email=consent,
                                      interests=["volunteer"] if consent else []))
    except ValidationFailed:
        return False
    return True


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.tuples(names, names, notes, st.booleans()), min_size=1, max_size=4))
def test_json_export_reimports_exactly(people) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = open_kit(root / "a")
        try:
            create_event(source, "Table, with comma", "Mpls", "2026-06-14")
            stored = [_record(source, f, la, no, i, c) for i, (f, la, no, c) in enumerate(people)]
            assume(any(stored))
            record_signup(source, SignupForm(first_name="Again", email="p0@example.org"))
            export_contacts(source, "json", root / "all.json")
            expected = _snapshot()
        finally:
            source.close()
        target = open_kit(root / "b")
        try:
            first = run_import(target, plan_import(root / "all.json"))
            assert first.errors == [] and first.imported == len(expected["contacts"])
            assert _snapshot() == expected
            second = run_import(target, plan_import(root / "all.json"))
            assert (second.imported, second.merged) == (0, 0)
            assert second.unchanged == len(expected["contacts"])
            assert _snapshot() == expected
        finally:
            target.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(people=st.lists(st.tuples(names, names, notes, st.booleans()), min_size=1, max_size=4),
       preset=st.sampled_from(["csv", "google", "nationbuilder", "actionnetwork", "mailchimp"]))
def test_csv_export_reimport_keeps_names(people, preset) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = open_kit(root / "a")
        try:
            create_event(source, "Table")
            for i, (first, last, note, _consent) in enumerate(people):
                _record(source, first, last, note, i, True)
            expected = {(c.email, c.first_name, c.last_name) for c in search_contacts(source, limit=None)}
            assume(expected)
            export_contacts(source, preset, root / "out.csv")
        finally:
            source.close()
        target = open_kit(root / "b")
        try:
            create_event(target, "Imported")
            report = run_import(target, plan_import(root / "out.csv"))
            assert report.errors == []
            got = {(c.email, c.first_name, c.last_name) for c in search_contacts(target, limit=None)}
            assert got == expected
        finally:
            target.close()
