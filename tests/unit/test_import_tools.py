"""Files that real tools export import with phones, consent and tags intact (issue 12).

The fixtures in tests/fixtures/imports/ are small copies of each tool's export shape (headers as
docs/vendor-facts.md "Files" cites them): Action Network, Mailchimp's subscribed and unsubscribed
exports, Google Contacts, NationBuilder, and Excel-saved sheets in French (Windows-1252,
semicolons), Spanish (BOM, semicolons) and English (BOM).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.services.imports import BadMapping, plan_import, run_import, unknown_labels
from kit.services.signups import record_signup
from kit.store.models import Contact, Signup

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def _import(kit, name: str, **plan_changes):
    plan = plan_import(FIXTURES / name)
    if plan_changes:
        plan = dataclasses.replace(plan, **plan_changes)
    report = run_import(kit, plan)
    people = {c.first_name: c for c in Contact.select()}
    return plan, report, people


def _interests(contact: Contact) -> list[str]:
    import json

    return [tag for s in Signup.select().where(Signup.contact == contact)
            for tag in json.loads(s.interests)]


def test_action_network_export(kit_with_event):
    plan, report, people = _import(kit_with_event, "actionnetwork-export.csv")
    assert plan.source == "Action Network export"
    assert plan.mapping["can2_phone"] == "phone"
    assert plan.mapping["can2_subscription_status"] == "consent_email"
    assert plan.mapping["can2_sms_status"] == "consent_sms"
    assert report.errors == [] and report.imported == 4
    ayesha, bilal, chen, dana = (people[n] for n in ("Ayesha", "Bilal", "Chen", "Dana"))
    assert (ayesha.phone, ayesha.consent_email, ayesha.consent_sms) == ("+16125550100", True, True)
    assert (bilal.phone, bilal.consent_email, bilal.consent_sms) == ("+16125550101", False, False)
    # A phone-only row imports, with its text consent.
    assert (chen.email, chen.phone, chen.consent_sms) == (None, "+16125550102", True)
    assert not dana.consent_email  # "bouncing" is not a yes
    assert ayesha.postal_code == "55406"
    # Tags: the kit's interest by its label; the event's own tag is the event, not an interest;
    # "Bike crew" is no interest of this kit and is reported, never made one.
    assert _interests(ayesha) == ["volunteer"] and _interests(chen) == ["events"]
    assert report.ignored_interests == {"Bike crew": 1}
    signup = Signup.get(Signup.contact == ayesha)
    assert signup.consent_sms_text == ("Imported from actionnetwork-export.csv: "
                                       "can2_sms_status = subscribed")


def test_action_network_reads_every_documented_status(kit_with_event):
    # subscribed, unsubscribed, bouncing, spam complaint, previous bounce, previous spam
    # complaint: none rejects the row. Only "subscribed" is a yes; a spam complaint (even a
    # previous one) is the person's no; a bounce is about the address, so it records no answer
    # and leaves a returning person's own answer as it was.
    record_signup(kit_with_event, SignupForm(first_name="Emre", email="emre@example.org",
                                             consent_email=True))
    plan, report, people = _import(kit_with_event, "actionnetwork-export-statuses.csv")
    assert report.errors == []
    assert (report.imported, report.merged) == (5, 1)
    email = {name: people[name].consent_email for name in people}
    assert email == {"Ayesha": True, "Bilal": False, "Chen": False, "Dana": False,
                     "Emre": True, "Fatima": False}
    sms = {name: people[name].consent_sms for name in ("Ayesha", "Bilal", "Fatima")}
    assert sms == {"Ayesha": True, "Bilal": False, "Fatima": False}
    chen = Signup.get(Signup.contact == people["Chen"])
    assert chen.consent_email_text == (
        "Imported from actionnetwork-export-statuses.csv: can2_subscription_status = bouncing "
        "(about the address, not an answer: no consent recorded)")


def test_mailchimp_exports_say_consent_by_which_file_they_are(kit_with_event):
    plan, report, people = _import(kit_with_event, "subscribed_members_export_8f2a1c9b7d.csv")
    assert plan.source == "Mailchimp export of subscribed members"
    assert report.errors == [] and report.imported == 2
    ayesha, zoe = people["Ayesha"], people["Zoë"]
    assert (ayesha.phone, ayesha.consent_email, ayesha.consent_sms) == ("+16125550100", True, False)
    assert zoe.consent_email and zoe.last_name == "Müller" and zoe.note == "Speaks German"
    # TAGS is a comma list of double-quoted names: no quotes kept, a comma inside one name kept.
    assert _interests(ayesha) == ["volunteer"]
    assert report.ignored_interests == {"Bike crew, North": 1}
    assert Signup.get(Signup.contact == ayesha).consent_email_text == (
        "Imported from subscribed_members_export_8f2a1c9b7d.csv: Mailchimp export of subscribed "
        "members")

    record_signup(kit_with_event, SignupForm(first_name="Bilal", email="bilal@example.org",
                                             consent_email=True))
    plan, report, people = _import(kit_with_event, "unsubscribed_members_export_8f2a1c9b7d.csv")
    assert plan.source == "Mailchimp export of unsubscribed members"
    assert report.merged == 1
    assert not people["Bilal"].consent_email  # unsubscribed there: a later "no"
    assert people["Bilal"].phone == "+16125550101"


def test_google_contacts_export(kit_with_event):
    plan, report, people = _import(kit_with_event, "google-contacts.csv")
    assert plan.source == "Google Contacts export"
    assert plan.labels == {"volunteer": 1, "Bike crew": 1}  # no * myContacts, no * starred
    assert unknown_labels(kit_with_event, plan) == {"Bike crew": 1}
    assert report.errors == [] and report.imported == 2
    ayesha, chen = people["Ayesha"], people["Chen"]
    # Several values in one cell: the first.
    assert (ayesha.email, ayesha.phone, ayesha.postal_code) == (
        "ayesha@example.org", "+16125550100", "55406")
    assert chen.phone == "+16125550102" and chen.email is None
    assert ayesha.note == "Met at the Lake Street table"
    assert _interests(ayesha) == ["volunteer"]
    # Google holds no consent: none recorded, none invented.
    assert not (ayesha.consent_email or ayesha.consent_sms)


def test_unknown_labels_can_be_mapped_or_dropped(kit_with_event):
    _, report, people = _import(kit_with_event, "google-contacts.csv",
                                label_map={"Bike crew": "events"})
    assert report.ignored_interests == {} and _interests(people["Chen"]) == ["events"]
    plan = dataclasses.replace(plan_import(FIXTURES / "google-contacts.csv"),
                               label_map={"Bike crew": None})
    assert unknown_labels(kit_with_event, plan) == {}
    with pytest.raises(BadMapping, match="not one of this kit's interests"):
        run_import(kit_with_event, dataclasses.replace(plan, label_map={"Bike crew": "bikes"}))


def test_nationbuilder_export(kit_with_event):
    plan, report, people = _import(kit_with_event, "nationbuilder-export.csv")
    assert plan.source == "NationBuilder export"
    assert report.errors == [] and report.imported == 3
    ayesha, bilal, chen = people["Ayesha"], people["Bilal"], people["Chen"]
    # mobile_opt_in is about the mobile number, which wins over phone_number.
    assert (ayesha.phone, ayesha.consent_email, ayesha.consent_sms) == ("+16125550100", True, True)
    assert (bilal.phone, bilal.consent_email, bilal.consent_sms) == ("+16125550101", False, False)
    assert (chen.phone, chen.consent_sms) == ("+16125550102", True)
    assert ayesha.postal_code == "55406" and ayesha.note == "Volunteer lead"
    assert _interests(ayesha) == ["volunteer", "events"] and _interests(chen) == ["reading-group"]


def test_outlook_export_reads_home_postal_code_and_categories(kit_with_event):
    # Outlook's own CSV export (File > Open & Export > Export to a file), its header row whole.
    plan, report, people = _import(kit_with_event, "outlook-contacts.csv")
    assert plan.source == "Outlook export"
    assert plan.mapping["Home Postal Code"] == "postal_code"
    assert plan.mapping["Categories"] == "interests"
    # A work address is not where the person lives: left unread, and listed as unread.
    assert "Business Postal Code" in plan.unmapped
    assert report.errors == [] and report.imported == 2
    ayesha, bilal = people["Ayesha"], people["Bilal"]
    assert (ayesha.email, ayesha.phone, ayesha.postal_code) == (
        "ayesha@example.org", "+16125550100", "55406")
    assert (bilal.phone, bilal.postal_code) == ("+16125550101", "55407")  # its Home Phone
    assert ayesha.note == "Met at the Lake Street table"
    # Categories are `;`-separated: the kit's interests by their labels, the rest reported.
    assert _interests(ayesha) == ["volunteer"] and _interests(bilal) == ["events"]
    assert report.ignored_interests == {"Bike crew": 1}
    assert not (ayesha.consent_email or ayesha.consent_sms)  # Outlook holds no consent


def test_phones_are_read_in_the_row_s_country(kit_with_event):
    # A French sheet with a "Pays" column: each number in its own country.
    plan, report, people = _import(kit_with_event, "excel-french-pays-cp1252.csv")
    assert plan.mapping["Pays"] == "country"
    assert report.errors == [] and report.warnings == [] and report.imported == 3
    assert people["Renée"].phone == "+33612345678"
    assert people["François"].phone == "+16125550104"  # États-Unis
    assert people["Léa"].phone == "+33798765432"  # a phone-only row, by its code FR


def test_an_unreadable_phone_keeps_the_row_and_is_reported(kit_with_event):
    # No country column: `06 12 34 56 78` is no US number. The row keeps its name, email and
    # email answer; the number is reported; a row with nothing else to know them by is refused.
    plan, report, people = _import(kit_with_event, "excel-french-sans-pays-cp1252.csv")
    assert report.imported == 2
    assert [row for row, _ in report.errors] == [3]  # Léa: only a phone, and it is unreadable
    assert [row for row, _ in report.warnings] == [2]
    assert "Téléphone portable = '06 12 34 56 78' could not be read" in report.warnings[0][1]
    assert "yes to text messages was not recorded" in report.warnings[0][1]
    renee = people["Renée"]
    assert (renee.email, renee.phone, renee.consent_email, renee.consent_sms) == (
        "renee@example.org", None, True, False)
    assert renee.last_name == "Lefèvre" and renee.postal_code == "75011"
    assert people["François"].phone == "+16125550104"


@pytest.mark.parametrize(("name", "encoding", "delimiter"), [
    ("excel-french-cp1252.csv", "cp1252", ";"),
    ("excel-spanish-bom.csv", "utf-8-sig", ";"),
    ("excel-english-bom.csv", "utf-8-sig", ","),
])
def test_excel_saved_sheets_in_three_languages(kit_with_event, name, encoding, delimiter):
    plan, report, people = _import(kit_with_event, name)
    assert (plan.encoding, plan.delimiter) == (encoding, delimiter)
    assert set(plan.mapping.values()) == {"first_name", "last_name", "email", "phone",
                                          "postal_code", "consent_email", "consent_sms",
                                          "interests"}
    assert report.errors == [] and report.imported == 2
    expected = {
        "excel-french-cp1252.csv": {
            "Renée": ("Lefèvre", "+33612345678", True, False, ["volunteer"]),
            "François": ("Côté", "+16125550104", False, True, []),
        },
        "excel-spanish-bom.csv": {
            "María José": ("Núñez García", "+16125550105", True, True, ["events"]),
            "Íñigo": ("Ortiz", None, True, False, []),
        },
        "excel-english-bom.csv": {
            "Grace": ("O'Neill", "+16125550106", True, False, ["volunteer"]),
            "Hamid": ("Karimi", "+16125550107", False, True, []),
        },
    }[name]
    for first, (last, phone, email_ok, sms_ok, interests) in expected.items():
        person = people[first]
        assert (person.last_name, person.phone, person.consent_email, person.consent_sms) == (
            last, phone, email_ok, sms_ok), first
        assert _interests(person) == interests


@pytest.mark.parametrize(("name", "extra", "answer"), [
    ("subscribed_members_export_8f2a1c9b7d.csv", [], True),
    ("unsubscribed_members_export_8f2a1c9b7d.csv", [], False),
    ("cleaned_members_export_8f2a1c9b7d.csv", [], False),
    ("nonsubscribed_members_export_8f2a1c9b7d.csv", [], None),
    ("members.csv", ["UNSUB_TIME", "UNSUB_REASON"], False),
    ("members.csv", ["CLEAN_TIME", "CLEAN_CAMPAIGN_ID"], False),
    ("members.csv", [], "ask"),
])
def test_mailchimp_files_answer_by_their_name_or_ask(name, extra, answer):
    from kit.export.csv_reading import recognise_source

    headers = ["Email Address", "First Name", "MEMBER_RATING", "OPTIN_TIME", *extra, "TAGS"]
    source, implied, question = recognise_source(headers, name)
    assert source.startswith("Mailchimp")
    if answer == "ask":
        assert implied == {} and question == "consent_email"
    elif answer is None:  # never opted in: no answer recorded, not a "no"
        assert implied == {} and question == ""
    else:
        assert implied["consent_email"][0] is answer and question == ""
    # A spreadsheet that merely has an "Email Address" column implies nothing.
    assert recognise_source(["Email Address", "First Name"], name) == ("", {}, "")


def test_mailchimp_non_subscribed_export_is_not_read_as_subscribed(kit_with_event):
    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org",
                                             consent_email=True))
    plan, report, people = _import(kit_with_event, "nonsubscribed_members_export_8f2a1c9b7d.csv")
    assert plan.source.startswith("Mailchimp export of non-subscribed")
    assert report.errors == [] and (report.imported, report.merged) == (1, 1)
    assert not people["Omar"].consent_email  # never opted in at Mailchimp
    assert people["Amna"].consent_email  # her own yes at the kiosk stays


@pytest.mark.parametrize("agreed", [True, False])
def test_a_mailchimp_file_under_another_name_needs_an_answer(kit_with_event, tmp_path, agreed):
    from kit.services.import_planning import ConsentQuestionOpen, answer_consent_question

    renamed = tmp_path / "june-list.csv"
    renamed.write_bytes((FIXTURES / "nonsubscribed_members_export_8f2a1c9b7d.csv").read_bytes())
    plan = plan_import(renamed)
    assert plan.consent_question == "consent_email" and plan.implied_consent == {}
    with pytest.raises(ConsentQuestionOpen, match="--consent-from-file"):
        run_import(kit_with_event, plan)
    assert Contact.select().count() == 0  # nothing imported until someone answers
    report = run_import(kit_with_event, answer_consent_question(plan, agreed))
    assert report.errors == [] and report.imported == 2
    assert [c.consent_email for c in Contact.select()] == [agreed, agreed]
    if agreed:
        assert Signup.select().first().consent_email_text == (
            "Imported from june-list.csv: the coordinator said the file lists subscribed "
            "members who agreed to email")
