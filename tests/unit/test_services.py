"""The use-cases (kit.services) against a real store: sign-ups, returning attendees, search, events."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from kit.domain.errors import NotFound, ValidationFailed
from kit.domain.signup import ConsentWording, SignupForm
from kit.services.contacts import (
    contact_to_json,
    count_contacts,
    delete_contact,
    get_contact,
    search_contacts,
    update_contact,
)
from kit.services.events import active_event, create_event, get_event, list_events, set_active_event
from kit.services.kit import Kit
from kit.services.signups import NoActiveEvent, record_signup
from kit.services.status import kit_status, local_day_bounds_utc, signups_today
from kit.store.models import Contact, Outbox, Signup, SyncTarget


def sign(kit: Kit, **fields):
    fields.setdefault("first_name", "Ayesha")
    return record_signup(kit, SignupForm(**fields))


def rows(kit: Kit, sql: str) -> list[tuple]:
    return kit.store.db.execute_sql(sql).fetchall()


# -- recording --------------------------------------------------------------------------------------
def test_a_signup_is_stored_with_its_contact_and_consent_wording(kit_with_event):
    receipt = sign(kit_with_event, last_name="Khan", email="Ayesha@Example.org", phone="612-624-5000",
                   postal_code="55406", interests=("volunteer",), consent_email=True, note="hi")
    assert not receipt.returning
    contact = Contact.get_by_id(receipt.contact_id)
    assert (contact.email, contact.phone, contact.postal_code) == (
        "ayesha@example.org", "+16126245000", "55406")
    assert contact.consent_email and not contact.consent_sms
    signup = Signup.get(Signup.uuid == receipt.signup_uuid)
    assert signup.event_id == receipt.event_id == active_event(kit_with_event).id
    assert json.loads(signup.interests) == ["volunteer"]
    assert signup.consent_email_text == kit_with_event.consent_wording().email
    assert signup.consent_sms_text == kit_with_event.consent_wording().sms
    assert signup.consent_email and not signup.consent_sms


def test_invalid_signup_stores_nothing(kit_with_event):
    with pytest.raises(ValidationFailed):
        sign(kit_with_event, email="not-an-email")
    assert Contact.select().count() == 0 and Signup.select().count() == 0


def test_signup_without_an_event_is_refused(kit):
    with pytest.raises(NoActiveEvent):
        sign(kit, email="a@example.org")
    assert Contact.select().count() == 0


def test_signup_to_a_missing_event_is_refused(kit_with_event):
    with pytest.raises(NotFound):
        record_signup(kit_with_event, SignupForm(first_name="A", email="a@example.org"), event_id=999)
    assert Contact.select().count() == 0


def test_signup_joins_the_outbox_of_each_enabled_target_in_the_same_transaction(kit_with_event):
    with kit_with_event.store.write():
        on = SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
        SyncTarget.create(name="off", kind="webhook", base_url="https://example.org/x", enabled=False)
    receipt = sign(kit_with_event, email="a@example.org")
    queued = list(Outbox.select())
    assert [(o.signup.uuid, o.target_id, o.state) for o in queued] == [
        (receipt.signup_uuid, on.id, "pending")]
    assert kit_status(kit_with_event).awaiting_sync == 1


# -- returning attendees ----------------------------------------------------------------------------
def test_returning_attendee_by_email_is_the_same_contact_with_a_new_signup(kit_with_event):
    first = sign(kit_with_event, email="Ayesha@Example.org")
    second = sign(kit_with_event, email="ayesha@EXAMPLE.ORG")
    assert second.returning and second.contact_id == first.contact_id
    assert Contact.select().count() == 1
    assert [s.uuid for s in get_contact(kit_with_event, first.contact_id).signups] == [
        first.signup_uuid, second.signup_uuid]


def test_newer_non_empty_fields_win_and_empty_ones_do_not_erase(kit_with_event):
    first = sign(kit_with_event, first_name="Ayesha", last_name="Khan", email="a@example.org",
                 phone="612-624-5000", postal_code="55406", note="first visit")
    sign(kit_with_event, first_name="Aisha", email="a@example.org", postal_code="55414")
    contact = get_contact(kit_with_event, first.contact_id)
    assert (contact.first_name, contact.last_name, contact.phone, contact.postal_code,
            contact.note) == ("Aisha", "Khan", "+16126245000", "55414", "first visit")


def test_consent_follows_the_latest_answer_and_keeps_its_history(kit_with_event, monkeypatch):
    kit = kit_with_event
    shown_first = kit.consent_wording()
    first = sign(kit, email="a@example.org", phone="612-624-5000", consent_email=True, consent_sms=True)
    new_wording = ConsentWording(email="Email me (new wording).", sms="Text me (new wording).")
    monkeypatch.setattr(kit, "consent_wording", lambda: new_wording)
    sign(kit, email="a@example.org", consent_email=False, consent_sms=False)
    contact = get_contact(kit, first.contact_id)
    assert (contact.consent_email, contact.consent_sms) == (False, False)
    history = [
        [(c.channel, c.wording, c.granted) for c in s.consents] for s in contact.signups
    ]
    assert history == [
        [("email", shown_first.email, True), ("sms", shown_first.sms, True)],
        [("email", new_wording.email, False), ("sms", new_wording.sms, False)],
    ]


def test_returning_attendee_by_phone_alone(kit_with_event):
    first = sign(kit_with_event, phone="(612) 624-5000")
    second = sign(kit_with_event, phone="+1 612 624 5000")
    assert second.returning and second.contact_id == first.contact_id


def test_phone_match_gains_the_email_the_contact_did_not_have(kit_with_event):
    first = sign(kit_with_event, phone="612-624-5000")
    second = sign(kit_with_event, phone="612-624-5000", email="a@example.org")
    assert second.returning and second.contact_id == first.contact_id
    assert get_contact(kit_with_event, first.contact_id).email == "a@example.org"


def test_a_phone_with_a_different_email_is_a_different_person(kit_with_event):
    parent = sign(kit_with_event, first_name="Parent", phone="612-624-5000", email="p@example.org")
    child = sign(kit_with_event, first_name="Child", phone="612-624-5000", email="c@example.org")
    assert not child.returning and child.contact_id != parent.contact_id
    assert get_contact(kit_with_event, parent.contact_id).first_name == "Parent"
    # A later phone-only sign-up can't tell them apart and joins the oldest.
    assert sign(kit_with_event, first_name="Parent", phone="612-624-5000").contact_id == parent.contact_id


# -- search -----------------------------------------------------------------------------------------
@pytest.fixture
def people(kit_with_event):
    kit = kit_with_event
    ids = {
        "ayesha": sign(kit, first_name="Ayesha", last_name="Khan", email="ayesha@example.org",
                       phone="612-624-5000", postal_code="55406").contact_id,
        "zoe": sign(kit, first_name="Zoé", last_name="Martin", email="a_b@example.org",
                    postal_code="55414").contact_id,
        "omar": sign(kit, first_name="Omar", email="axb@example.org", phone="651-555-0199").contact_id,
        "urdu": sign(kit, first_name="عائشہ", last_name="خان", email="urdu@example.org").contact_id,
        "hindi": sign(kit, first_name="आयशा", email="100%real@example.org").contact_id,
    }
    return kit, ids


def found(kit, query, **kwargs) -> set[int]:
    return {c.id for c in search_contacts(kit, query, **kwargs)}


def test_search_by_name_email_phone_and_zip(people):
    kit, ids = people
    assert found(kit, "khan") == {ids["ayesha"]}
    assert found(kit, "Ayesha Khan") == {ids["ayesha"]}
    assert found(kit, "AYESHA@") == {ids["ayesha"]}
    assert found(kit, "6245000") == {ids["ayesha"]}
    assert found(kit, "+1651") == {ids["omar"]}
    assert found(kit, "55414") == {ids["zoe"]}


def test_a_phone_is_found_however_it_is_typed(people):
    kit, ids = people
    for typed in ("612-624", "(612) 624-5000", "612.624.50", "+1 612 624", "1-651-555"):
        expected = {ids["omar"]} if "651" in typed else {ids["ayesha"]}
        assert found(kit, typed) == expected, typed
    assert count_contacts(kit, "612-624") == 1
    assert found(kit, "12-3") == set()  # digits that are in no phone find nobody
    assert found(kit, "55-406") == set()  # a ZIP with a stray hyphen is not a phone's digits


def test_search_is_case_insensitive_for_ascii_and_exact_for_other_scripts(people):
    kit, ids = people
    assert found(kit, "oMaR") == {ids["omar"]}
    assert found(kit, "خان") == {ids["urdu"]}
    assert found(kit, "आयशा") == {ids["hindi"]}
    assert found(kit, "Zoé") == {ids["zoe"]}


def test_search_treats_percent_and_underscore_literally(people):
    kit, ids = people
    assert found(kit, "a_b") == {ids["zoe"]}, "_ must not match any character (axb)"
    assert found(kit, "100%") == {ids["hindi"]}
    assert found(kit, "%") == {ids["hindi"]}
    assert found(kit, "0%r") == {ids["hindi"]}
    assert found(kit, "\\") == set()


def test_empty_search_lists_everyone_newest_first(people):
    kit, ids = people
    listed = [c.id for c in search_contacts(kit, "  ")]
    assert listed == sorted(ids.values(), reverse=True)
    assert count_contacts(kit) == 5 and count_contacts(kit, "example.org") == 5


def test_search_limit_offset_and_event_filter(people):
    kit, ids = people
    assert len(search_contacts(kit, "", limit=2)) == 2
    assert [c.id for c in search_contacts(kit, "", limit=2, offset=4)] == [ids["ayesha"]]
    second = create_event(kit, "Campus", make_active=False)
    record_signup(kit, SignupForm(first_name="Omar", email="axb@example.org"), event_id=second.id)
    assert found(kit, "", event_id=second.id) == {ids["omar"]}
    assert found(kit, "ayesha", event_id=second.id) == set()
    assert set(get_contact(kit, ids["omar"]).event_ids) == {active_event(kit).id, second.id}


def test_contact_json_has_the_contract_keys(people):
    kit, ids = people
    record = get_contact(kit, ids["ayesha"])
    data = contact_to_json(record)
    assert {"id", "uuid", "first_name", "last_name", "email", "phone", "zip", "interests",
            "consent_email", "consent_sms", "events", "created_at"} <= set(data)
    assert data["zip"] == "55406" and data["events"] == [active_event(kit).id]
    assert dt.datetime.fromisoformat(data["created_at"]).tzinfo is not None


# -- editing and deleting ---------------------------------------------------------------------------
def test_update_contact_validates_and_stores_nothing_when_wrong(people):
    kit, ids = people
    before = get_contact(kit, ids["ayesha"])
    with pytest.raises(ValidationFailed) as failed:
        update_contact(kit, ids["ayesha"], SignupForm(first_name="Ayesha", email="broken@"))
    assert "email" in failed.value.by_field()
    assert get_contact(kit, ids["ayesha"]) == before


def test_update_contact_normalises_and_keeps_consent(kit_with_event):
    kit = kit_with_event
    receipt = sign(kit, email="a@example.org", phone="612-624-5000", consent_email=True, consent_sms=True)
    updated = update_contact(kit, receipt.contact_id, SignupForm(
        first_name=" Ayesha ", last_name="Khan", email="NEW@example.org", phone="612-624-5000",
        consent_email=False, consent_sms=False))
    assert (updated.first_name, updated.email) == ("Ayesha", "new@example.org")
    assert (updated.consent_email, updated.consent_sms) == (True, True), "an edit never changes consent"
    assert len(updated.signups) == 1


def test_update_contact_refuses_an_email_another_contact_has(people):
    kit, ids = people
    with pytest.raises(ValidationFailed) as failed:
        update_contact(kit, ids["omar"], SignupForm(first_name="Omar", email="AYESHA@example.org"))
    assert failed.value.errors[0].code == "duplicate"
    assert get_contact(kit, ids["omar"]).email == "axb@example.org"


def test_update_of_a_missing_contact_is_not_found(kit):
    with pytest.raises(NotFound):
        update_contact(kit, 12345, SignupForm(first_name="A", email="a@example.org"))


def test_delete_contact_removes_every_signup_of_theirs(people):
    kit, ids = people
    sign(kit, email="ayesha@example.org")
    assert Signup.select().where(Signup.contact == ids["ayesha"]).count() == 2
    delete_contact(kit, ids["ayesha"])
    assert Contact.get_or_none(Contact.id == ids["ayesha"]) is None
    assert Signup.select().where(Signup.contact == ids["ayesha"]).count() == 0
    assert rows(kit, "SELECT count(*) FROM signup WHERE contact_id IS NULL") == [(0,)]
    assert Signup.select().count() == 4
    with pytest.raises(NotFound):
        delete_contact(kit, ids["ayesha"])


# -- events -----------------------------------------------------------------------------------------
def test_create_event_makes_it_active_and_lists_it(kit):
    assert active_event(kit) is None and list_events(kit) == []
    first = create_event(kit, " Lake Street ", "Minneapolis", "2026-06-14")
    assert first.name == "Lake Street" and first.active and first.date == dt.date(2026, 6, 14)
    second = create_event(kit, "Campus", date="2026-07-01")
    assert active_event(kit).id == second.id
    assert [(e.id, e.active) for e in list_events(kit)] == [(second.id, True), (first.id, False)]
    quiet = create_event(kit, "Later", make_active=False)
    assert active_event(kit).id == second.id and not quiet.active
    set_active_event(kit, first.id)
    assert active_event(kit).id == first.id


def test_list_events_counts_signups(kit_with_event):
    sign(kit_with_event, email="a@example.org")
    sign(kit_with_event, email="b@example.org")
    assert [e.signups for e in list_events(kit_with_event)] == [2]


@pytest.mark.parametrize(
    ("name", "date", "field"),
    [("Table", "14/06/2026", "date"), ("Table", "2026-02-30", "date"), ("", None, "name"),
     ("Two\nlines", None, "name"), ("x" * 201, None, "name")],
)
def test_bad_event_input_is_refused(kit, name, date, field):
    with pytest.raises(ValidationFailed) as failed:
        create_event(kit, name, date=date)
    assert field in failed.value.by_field()
    assert list_events(kit) == []


def test_unknown_event_is_not_found(kit):
    with pytest.raises(NotFound):
        get_event(kit, 42)
    with pytest.raises(NotFound):
        set_active_event(kit, 42)


# -- status -----------------------------------------------------------------------------------------
CHICAGO_SUMMER = dt.timezone(dt.timedelta(hours=-5))


def test_local_day_bounds_follow_the_clocks_time_zone():
    late_evening = dt.datetime(2026, 6, 14, 23, 30, tzinfo=CHICAGO_SUMMER)
    assert local_day_bounds_utc(late_evening) == (
        dt.datetime(2026, 6, 14, 5, 0), dt.datetime(2026, 6, 15, 5, 0))


def test_status_counts_todays_signups_by_the_local_day_of_the_kits_clock(kit_with_event):
    kit = kit_with_event
    stamps = {  # naive UTC, as stored
        "yesterday late": dt.datetime(2026, 6, 14, 4, 59),   # 23:59 on the 13th in Chicago
        "morning": dt.datetime(2026, 6, 14, 13, 0),          # 08:00 on the 14th
        "noon": dt.datetime(2026, 6, 14, 17, 0),             # 12:00 on the 14th
        "late evening": dt.datetime(2026, 6, 15, 4, 30),     # 23:30 on the 14th (15th in UTC)
        "tomorrow": dt.datetime(2026, 6, 15, 5, 0),          # 00:00 on the 15th
    }
    for n, stamp in enumerate(stamps.values()):
        receipt = sign(kit, email=f"p{n}@example.org")
        with kit.store.write():
            Signup.update(created_at=stamp).where(Signup.uuid == receipt.signup_uuid).execute()
    clocked = Kit(paths=kit.paths, store=kit.store,
                  clock=lambda: dt.datetime(2026, 6, 14, 21, 0, tzinfo=CHICAGO_SUMMER))
    status = kit_status(clocked)
    # The 14th in Chicago (not the 15th, as it already is in UTC, nor the machine's day).
    assert status.signups_today == 3
    assert status.event.id == active_event(kit).id
    assert status.awaiting_export == 5 and status.awaiting_sync == 0
    other = create_event(kit, "Elsewhere", make_active=False)
    assert signups_today(clocked, other.id) == 0


def test_status_of_an_empty_kit(kit):
    status = kit_status(kit)
    assert (status.event, status.signups_today, status.awaiting_sync, status.awaiting_export) == (
        None, 0, 0, 0)


def test_awaiting_export_counts_signups_since_the_last_export(kit_with_event):
    kit = kit_with_event
    sign(kit, email="a@example.org")
    kit.settings.set("last_export_at", dt.datetime(2100, 1, 1).isoformat())
    assert kit_status(kit).awaiting_export == 0


def test_the_kiosk_heading_and_the_set_up_check_never_count_the_sign_ups(kit_with_event):
    """The kiosk asks for both at every refresh; a COUNT scans the event's whole index."""
    from kit.services.events import active_event_heading
    from kit.services.first_run import first_run_pending

    kit = kit_with_event
    record_signup(kit, SignupForm(first_name="Ana", email="ana@example.org"))
    summary = active_event(kit)
    statements: list[str] = []
    connection = kit.store.db.connection()
    connection.set_trace_callback(statements.append)
    try:
        heading = active_event_heading(kit)
        pending = first_run_pending(kit)
    finally:
        connection.set_trace_callback(None)
    assert heading is not None and not pending
    assert (heading.name, heading.location, heading.date) == (
        summary.name, summary.location, summary.date)
    assert any("FROM \"event\"" in sql for sql in statements)  # the trace saw the queries
    assert not [sql for sql in statements if "COUNT" in sql.upper()]
    assert summary.signups == 1 and active_event(kit).signups == 1  # lists keep their count


def test_no_heading_before_the_first_event_or_once_it_is_gone(kit):
    from kit.services.events import active_event_heading

    assert active_event_heading(kit) is None
    kit.settings.set("active_event_id", 999)
    assert active_event_heading(kit) is None
