"""`outreach-kit export` and `import` end to end: export from one data dir, import into another."""

from __future__ import annotations

import csv
from pathlib import Path

from tests.kit_fixtures import Cli


def _seed(cli: Cli) -> None:
    assert cli("event", "add", "Lake Street table", "--date", "2026-06-14").returncode == 0
    for args in (
        ["--first-name", "عائشہ", "--last-name", "Khan", "--email", "ayesha@example.org",
         "--phone", "612-555-0100", "--consent-email", "--consent-sms", "--interest", "volunteer",
         "--note", "line one\nline two, \"quoted\""],
        ["--first-name", "=HYPERLINK(\"http://evil.example\")", "--email", "m@example.net"],
        ["--first-name", "Phone", "--phone", "612-555-0101"],
    ):
        result = cli("signup", "add", *args)
        assert result.returncode == 0, result.stderr


def test_json_export_imports_into_an_empty_data_dir(cli: Cli, tmp_path: Path) -> None:
    _seed(cli)
    out = tmp_path / "all.json"
    result = cli("export", "json", "-o", str(out), "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["count"] == 3
    other = Cli(tmp_path / "other")
    imported = other("import", str(out), "--json")
    assert imported.returncode == 0, imported.stderr
    assert imported.json()["imported"] == 3
    again = other("import", str(out), "--json")
    assert again.json()["unchanged"] == 3 and again.json()["imported"] == 0

    def listing(c: Cli):
        return sorted((r["uuid"], r["first_name"], r["email"], r["phone"], r["note"],
                       r["consent_email"], r["consent_sms"], r["created_at"])
                      for r in c("contacts", "list", "--json").json())

    assert listing(other) == listing(cli)


def test_mailing_list_export_consent_and_warning(cli: Cli, tmp_path: Path) -> None:
    _seed(cli)
    out = tmp_path / "mc.csv"
    result = cli("export", "mailchimp", "-o", str(out))
    assert result.returncode == 0 and "Wrote 1 contacts" in result.stdout
    everyone = cli("export", "mailchimp", "-o", str(out), "--include-unconsented")
    assert everyone.returncode == 0 and "warning" in everyone.stderr
    rows = list(csv.reader(out.open(encoding="utf-8", newline="")))
    assert len(rows) == 3  # the phone-only person has no email address for Mailchimp
    assert any(cell.startswith("'=HYPERLINK") for row in rows for cell in row)
    both = cli("export", "csv", "-o", str(out), "--consented-only", "--include-unconsented")
    assert both.returncode == 2
    unknown = cli("export", "xls", "-o", str(out))
    assert unknown.returncode == 2


def test_csv_import_reports_bad_rows_and_exits_2(cli: Cli, tmp_path: Path) -> None:
    assert cli("event", "add", "Paper sheet day").returncode == 0
    sheet = tmp_path / "sheet.csv"
    sheet.write_bytes("First name;Email;Email consent\r\nZoë;zoe@example.org;ja\r\n"
                      "Bad;nope;\r\n".encode("cp1252"))
    dry = cli("import", str(sheet), "--dry-run", "--json")
    assert dry.returncode == 2 and dry.json()["imported"] == 1
    assert cli("contacts", "list", "--json").json() == []
    result = cli("import", str(sheet))
    assert result.returncode == 2
    assert "1 new" in result.stdout and "row 3:" in result.stderr
    assert [c["first_name"] for c in cli("contacts", "list", "--json").json()] == ["Zoë"]
    missing = cli("import", str(tmp_path / "nope.csv"))
    assert missing.returncode == 2 and missing.stderr.count("\n") == 1


def test_vcard_export(cli: Cli, tmp_path: Path) -> None:
    _seed(cli)
    out = tmp_path / "people.vcf"
    result = cli("export", "vcard", "-o", str(out), "--vcard-version", "4.0")
    assert result.returncode == 0, result.stderr
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:4.0\r\n") == 3


def test_action_network_export_writes_two_files_and_says_which_box_to_tick(cli: Cli, tmp_path):
    _seed(cli)  # Ayesha: email and texts; the hostile name: neither; Phone: no answers
    out = tmp_path / "an.csv"
    result = cli("export", "actionnetwork", "-o", str(out))
    assert result.returncode == 0, result.stderr
    texts = tmp_path / "an-texts.csv"
    assert f"Wrote 1 contacts to {out}" in result.stdout
    assert f"Wrote 1 contacts to {texts}" in result.stdout
    assert "an.csv: people who agreed to email, no phone numbers" in result.stdout
    assert "left unticked" in result.stdout
    assert "an-texts.csv: people who agreed to text messages" in result.stdout
    assert "tick 'Subscribe only activists who have not previously unsubscribed" in result.stdout
    email_rows = list(csv.DictReader(out.open(encoding="utf-8", newline="")))
    assert [r["email"] for r in email_rows] == ["ayesha@example.org"] and "phone" not in email_rows[0]
    text_rows = list(csv.DictReader(texts.open(encoding="utf-8", newline="")))
    assert [r["phone"] for r in text_rows] == ["+16125550100"]
    everyone = cli("export", "actionnetwork", "-o", str(out), "--include-unconsented")
    assert "tick 'do not subscribe new activists to the email list'" in everyone.stdout
    assert "warning" in everyone.stderr
    one_event = cli("export", "actionnetwork", "-o", str(out), "--event", "1")
    assert "add the tag 'Lake Street table (2026-06-14)' in each upload's form" in one_event.stdout
    as_json = cli("export", "actionnetwork", "-o", str(out), "--json").json()
    assert [f["path"] for f in as_json["files"]] == [str(out), str(texts)]
    assert "tick" in as_json["files"][1]["upload"]


def test_a_file_mixing_encodings_is_refused_with_its_row_even_in_a_dry_run(cli: Cli, tmp_path):
    assert cli("event", "add", "Sheet day").returncode == 0
    sheet = tmp_path / "mixed.csv"
    sheet.write_bytes("First name,Email\r\nعائشہ,a@example.org\r\n".encode()
                      + "René,r@example.org\r\n".encode("cp1252"))
    dry = cli("import", str(sheet), "--dry-run")
    assert dry.returncode == 2
    assert "row 3" in dry.stderr and "byte 47" in dry.stderr and "Nothing was imported" in dry.stderr
    assert cli("import", str(sheet)).returncode == 2
    assert cli("contacts", "list", "--json").json() == []
    # Told an encoding, the whole file must be valid in it.
    forced = cli("import", str(sheet), "--encoding", "utf-8")
    assert forced.returncode == 2 and "not valid UTF-8" in forced.stderr


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def test_importing_real_tool_exports_keeps_phones_and_consent(cli: Cli) -> None:
    # The file's "Lake Street table (2026-06-14)" tag is this event's own tag, not an interest.
    assert cli("event", "add", "Lake Street table", "--date", "2026-06-14").returncode == 0
    an = FIXTURES / "actionnetwork-export.csv"
    dry = cli("import", str(an), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Recognised: Action Network export" in dry.stdout
    assert "Would import actionnetwork-export.csv: 4 new" in dry.stdout
    assert "Not an interest of this kit, left out: 'Bike crew' (1 rows)" in dry.stdout
    assert cli("contacts", "list", "--json").json() == []
    result = cli("import", str(an), "--label", "Bike crew=volunteer", "--json")
    assert result.returncode == 0, result.stderr
    assert result.json()["imported"] == 4 and result.json()["unknown_labels"] == {}
    people = {c["first_name"]: c for c in cli("contacts", "list", "--json").json()}
    assert (people["Chen"]["phone"], people["Chen"]["consent_sms"]) == ("+16125550102", True)
    assert (people["Bilal"]["consent_email"], people["Bilal"]["consent_sms"]) == (False, False)

    mc = cli("import", str(FIXTURES / "subscribed_members_export_8f2a1c9b7d.csv"))
    assert mc.returncode == 0, mc.stderr
    assert "Every row agreed to email (Mailchimp export of subscribed members)" in mc.stdout
    assert "1 merged" in mc.stdout  # Ayesha, already imported from Action Network
    bad = cli("import", str(an), "--label", "Bike crew=bikes")
    assert bad.returncode == 2 and "not one of this kit's interests" in bad.stderr


def test_import_asks_whether_a_renamed_mailchimp_file_agreed_to_email(cli, tmp_path):
    # Mailchimp's files differ only by their names; under another name, the CLI needs
    # --consent-from-file and imports nothing without it (exit 2, one line).
    assert cli("event", "add", "Lake Street table").returncode == 0
    renamed = tmp_path / "june-list.csv"
    renamed.write_bytes((FIXTURES / "nonsubscribed_members_export_8f2a1c9b7d.csv").read_bytes())
    refused = cli("import", str(renamed))
    assert refused.returncode == 2
    assert "--consent-from-file" in refused.stderr and len(refused.stderr.splitlines()) == 1
    assert cli("contacts", "list", "--json").json() == []
    done = cli("import", str(renamed), "--consent-from-file", "no", "--json")
    assert done.returncode == 0, done.stderr
    assert done.json()["imported"] == 2
    assert {c["consent_email"] for c in cli("contacts", "list", "--json").json()} == {False}
    # A file that says it itself needs no answer, and a wrong one is refused.
    named = cli("import", str(FIXTURES / "nonsubscribed_members_export_8f2a1c9b7d.csv"),
                "--consent-from-file", "yes")
    assert named.returncode == 2 and "says itself" in named.stderr
