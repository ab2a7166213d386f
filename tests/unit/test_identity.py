"""The identity rule (kit.domain.identity) and its two users: the database path
(record_signup through kit/services/people/clear_write.py) and the protected vault (merge_people) group the
same sign-ups into the same people, with the same details and consent."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kit.domain import identity
from kit.domain.person_fields import PERSONAL_FIELDS
from kit.domain.signup import SignupForm, validate_signup
from kit.protect.sealing import SealedFields
from kit.protect.vault import Vault, VaultSignup
from kit.services.signups import record_signup
from kit.store.models import Contact, Outbox, Signup


def person(email="", phone="", **kw):
    return identity.Person(email=email, phone=phone, **kw)


def test_an_email_match_beats_an_older_phone_match():
    by_phone = person("", "+16125550101")
    by_email = person("a@example.org", "")
    assert identity.find_person([by_phone, by_email], "a@example.org", "+16125550101") is by_email


def test_a_phone_with_an_email_joins_only_someone_without_an_email():
    family = person("mum@example.org", "+16125550101")
    assert identity.find_person([family], "kid@example.org", "+16125550101") is None
    no_email = person("", "+16125550101")
    assert identity.find_person([family, no_email], "kid@example.org", "+16125550101") is no_email
    # A phone alone joins anyone with that phone: the oldest first.
    assert identity.find_person([family, no_email], "", "+16125550101") is family


def test_rows_with_none_for_missing_values_work_too():
    class Row:
        email, phone = None, "+16125550101"

    row = Row()
    assert identity.find_person([row], "a@example.org", "+16125550101") is row


def test_newer_non_empty_fields_win_and_unasked_consent_stays():
    first = identity.join(None, person("a@example.org", "", first_name="A", last_name="Old",
                                       consent_email=True))
    later = identity.join(first, person("", "+16125550101", first_name="Ayesha",
                                        consent_email=False, consent_sms=True),
                          email_answered=False)
    assert later == identity.Person("Ayesha", "Old", "a@example.org", "+16125550101",
                                    consent_email=True, consent_sms=True)


# -- the two paths agree -------------------------------------------------------------------------
EMAILS = ["", "a@example.org", "B@Example.org", "c@example.org"]
PHONES = ["", "612 555 0101", "(612) 555-0102", "6125550103"]


@st.composite
def signup_forms(draw):
    email = draw(st.sampled_from(EMAILS))
    phone = draw(st.sampled_from(PHONES if email else PHONES[1:]))
    return SignupForm(
        first_name=draw(st.sampled_from(["Ayesha", "Bilal", "Chinar"])),
        last_name=draw(st.sampled_from(["", "Khan", "Mir"])),
        email=email, phone=phone, postal_code=draw(st.sampled_from(["", "55406", "55414"])),
        consent_email=bool(email) and draw(st.booleans()),
        consent_sms=bool(phone) and draw(st.booleans()),
        note=draw(st.sampled_from(["", "met at the lake"])),
    )


DETAILS = ("first_name", "last_name", "email", "phone", "postal_code", "note", "consent_email",
           "consent_sms")


def _through_the_database(kit, forms) -> set[tuple]:
    with kit.store.write():
        for model in (Outbox, Signup, Contact):
            model.delete().execute()
    for form in forms:
        record_signup(kit, form)
    order = {s.id: index for index, s in enumerate(Signup.select().order_by(Signup.id))}
    people = set()
    for contact in Contact.select():
        members = frozenset(order[s.id] for s in Signup.select().where(Signup.contact == contact))
        people.add((members, tuple(getattr(contact, n) or "" if n in PERSONAL_FIELDS
                                   else bool(getattr(contact, n)) for n in DETAILS)))
    return people


def _through_the_vault(kit, forms) -> set[tuple]:
    start = dt.datetime(2026, 6, 14, 18, tzinfo=dt.UTC)
    opened = []
    for index, form in enumerate(forms):
        clean = validate_signup(form, region=kit.region)
        when = start + dt.timedelta(seconds=index)
        opened.append(VaultSignup(
            row_id=index + 1, uuid=f"signup-{index}", event_id=1, event_uuid="event",
            created_at=when, interests=(), consent_email=clean.consent_email,
            consent_email_text="", consent_sms=clean.consent_sms, consent_sms_text="",
            language="en", key_id="k",
            fields=SealedFields(clean.first_name, clean.last_name, clean.email, clean.phone,
                                clean.postal_code, clean.note, when)))
    people = set()
    for record in Vault(reversed(opened)).contacts():  # the vault orders them itself
        members = frozenset(int(s.uuid.split("-")[1]) for s in record.signups)
        people.add((members, tuple(getattr(record, n) for n in DETAILS)))
    return people


def test_the_database_and_the_vault_group_the_same_signups_into_the_same_people(kit_with_event):
    kit = kit_with_event

    @settings(max_examples=60, deadline=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.lists(signup_forms(), min_size=1, max_size=8))
    def same_people(forms):
        assert _through_the_database(kit, forms) == _through_the_vault(kit, forms)

    same_people()


# -- the index gives what the scan gives ------------------------------------------------------
def test_the_index_finds_the_oldest_answer_and_follows_changes():
    index: identity.IdentityIndex = identity.IdentityIndex()
    mum = identity.Person(email="mum@example.org", phone="+16125550101")
    kid = identity.Person(phone="+16125550101")
    index.add(mum)
    index.add(kid)
    assert index.find("", "+16125550101") is mum  # oldest with the phone
    assert index.find("kid@example.org", "+16125550101") is kid  # only one without an email
    moved = identity.Person(phone="+16125550101", email="kid@example.org")
    index.remove(kid)
    index.add(moved)
    assert index.find("new@example.org", "+16125550101") is None
    assert index.find("kid@example.org", "") is moved


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["add", "move", "remove"]),
                          st.sampled_from(["", "a@example.org", "b@example.org"]),
                          st.sampled_from(["", "+16125550101", "+16125550102"]),
                          st.integers(0, 20)), max_size=25),
       st.sampled_from(["", "a@example.org", "b@example.org", "c@example.org"]),
       st.sampled_from(["", "+16125550101", "+16125550102", "+16125550103"]))
def test_the_index_answers_as_the_scan_does(steps, email, phone):
    index: identity.IdentityIndex = identity.IdentityIndex()
    people: list[_Scanned] = []  # oldest first, as find_person reads them
    for action, new_email, new_phone, pick in steps:
        if action == "add" or not people:
            found = _Scanned(identity.Person(email=new_email, phone=new_phone))
            people.append(found)
            index.add(found)
            continue
        chosen = people[pick % len(people)]
        if action == "move":
            old_email, old_phone = chosen.email, chosen.phone
            chosen.state = identity.Person(email=new_email, phone=new_phone)
            index.moved(chosen, old_email, old_phone)
        else:
            people.remove(chosen)
            index.remove(chosen)
        assert len(index) == len(people)
    assert index.find(email, phone) is identity.find_person(people, email, phone)


class _Scanned:
    """A person of the reference merge: find_person scanning everyone, as before the index."""

    def __init__(self, state: identity.Person) -> None:
        self.state = state
        self.members: list[int] = []

    @property
    def email(self) -> str:
        return self.state.email

    @property
    def phone(self) -> str:
        return self.state.phone


def _merged_by_scanning(signups: list[VaultSignup]) -> set[tuple]:
    people: list[_Scanned] = []
    for s in sorted(signups, key=lambda s: (s.created_at, s.row_id)):
        f = s.fields
        answer = identity.Person(f.first_name, f.last_name, f.email, f.phone, f.postal_code,
                                 f.note, s.consent_email, s.consent_sms)
        found = identity.find_person(people, f.email, f.phone)
        if found is None:
            found = _Scanned(identity.join(None, answer))
            people.append(found)
        else:
            found.state = identity.join(found.state, answer)
        found.members.append(s.row_id)
    return {(frozenset(p.members), p.state.email, p.state.phone, p.state.first_name)
            for p in people}


def _grouped(vault: Vault) -> set[tuple]:
    return {(frozenset(int(s.uuid.split("-")[1]) for s in record.signups), record.email,
             record.phone, record.first_name) for record in vault.contacts()}


CLEAN_EMAILS = ["", "a@example.org", "b@example.org", "c@example.org"]
CLEAN_PHONES = ["", "+16125550101", "+16125550102"]


@st.composite
def opened_signups(draw):
    """Sealed sign-ups as unlock opens them; times may tie or run backwards (imports)."""
    count = draw(st.integers(1, 14))
    start = dt.datetime(2026, 6, 14, 18, tzinfo=dt.UTC)
    found = []
    for row in range(1, count + 1):
        email = draw(st.sampled_from(CLEAN_EMAILS))
        phone = draw(st.sampled_from(CLEAN_PHONES if email else CLEAN_PHONES[1:]))
        when = start + dt.timedelta(minutes=draw(st.integers(0, 20)))
        found.append(VaultSignup(
            row_id=row, uuid=f"signup-{row}", event_id=1, event_uuid="event", created_at=when,
            interests=(), consent_email=draw(st.booleans()), consent_email_text="",
            consent_sms=draw(st.booleans()), consent_sms_text="", language="en", key_id="k",
            fields=SealedFields(draw(st.sampled_from(["Ayesha", "Bilal"])), "", email, phone,
                                "", "", when)))
    return found


@settings(max_examples=300, deadline=None)
@given(opened_signups(), st.data())
def test_the_indexed_and_incremental_merge_groups_as_the_scan_does(signups, data):
    expected = _merged_by_scanning(signups)
    assert _grouped(Vault(signups)) == expected  # all at once
    # One sign-up at a time, in the order they arrive (the kiosk's are newest; an import's may
    # be older and regroup), reading the contacts in between so the merge is kept, not redone.
    arrival = data.draw(st.permutations(signups))
    vault = Vault()
    for signup in arrival:
        vault.add([signup])
        vault.contacts()
    assert _grouped(vault) == expected
    # Removing a whole person, or part of one, leaves what merging the rest gives.
    record = data.draw(st.sampled_from(vault.contacts()))
    members = list(vault.signup_uuids_of(record.id))
    gone = set(data.draw(st.sampled_from([members, members[:1]])))
    vault.remove(gone)
    assert _grouped(vault) == _merged_by_scanning([s for s in signups if s.uuid not in gone])


@settings(max_examples=100, deadline=None)
@given(opened_signups(), st.sampled_from(["", "a@", "bilal", "+1612", "612-555-0102", "zz"]),
       st.integers(0, 4), st.sampled_from([None, 1, 2, 5]))
def test_a_vault_page_is_the_slice_of_the_whole_list(signups, query, offset, limit):
    vault = Vault(signups)
    everyone = vault.search(query)
    page = vault.search(query, offset=offset, limit=limit)
    expected = everyone[offset:] if limit is None else everyone[offset:offset + limit]
    assert [r.id for r in page] == [r.id for r in expected]
    assert vault.count(query) == len(everyone)
    if not query:
        assert [r.id for r in everyone] == [r.id for r in vault.contacts()]


def test_a_first_signup_makes_its_person_and_a_later_one_merges_its_answers():
    """person_of and merge_changes as the clear store and the vault both use them (mutation
    testing found their plain cases unchecked)."""
    from kit.domain.signup import CleanSignup

    first = CleanSignup(first_name="Amna", last_name="Dar", email="amna@example.org",
                        phone="+16125550100", postal_code="55406", consent_email=True,
                        note="hi")
    person = identity.person_of(first)
    assert type(person) is identity.Person
    assert person == identity.Person("Amna", "Dar", "amna@example.org", "+16125550100",
                                     "55406", "hi", True, False)
    assert identity.person_of(person) is person
    later = CleanSignup(first_name="Amna", email="amna@example.org", consent_sms=True)
    assert identity.merge_changes(later) == {"first_name": "Amna", "email": "amna@example.org",
                                             "consent_email": False, "consent_sms": True}
    assert identity.merge_changes(later, email_answered=False, sms_answered=False) == {
        "first_name": "Amna", "email": "amna@example.org"}
    assert identity.join(person, later) == person._replace(consent_email=False,
                                                           consent_sms=True)
