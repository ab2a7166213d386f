"""What the command line says to a person: headers, flag names in messages, a dry run's exit."""

from __future__ import annotations


def test_contacts_list_prints_a_header_then_one_line_each(cli):
    assert cli("event", "add", "Lake Street table").returncode == 0
    assert cli("contacts", "list").stdout.strip() == "No contacts yet."
    cli("signup", "add", "--first-name", "Amna", "--email", "amna@example.org")
    lines = cli("contacts", "list").stdout.splitlines()
    assert lines[0].split() == ["ID", "Name", "Email", "Phone"]
    assert "Amna" in lines[1] and "amna@example.org" in lines[1] and len(lines) == 2
    assert cli("contacts", "list", "--search", "nobody").stdout.strip() == "No contacts match."


def test_a_wrong_value_is_named_by_the_flag_it_came_from(cli):
    assert cli("event", "add", "Lake Street table").returncode == 0
    bad = cli("signup", "add", "--first-name", "Amna", "--email", "amna@", "--zip", "12")
    assert bad.returncode == 2
    assert "--zip: " in bad.stderr and "--email: " in bad.stderr
    assert "postal_code" not in bad.stderr and "email:" not in bad.stderr.replace("--email:", "")
    nameless = cli("event", "add", " ", "--date", "2026-13-01")
    assert nameless.returncode == 2
    assert "NAME: " in nameless.stderr and "--date: " in nameless.stderr


def test_a_dry_run_with_sign_ups_waiting_exits_0(cli):
    assert cli("event", "add", "Lake Street table").returncode == 0
    cli("signup", "add", "--first-name", "Amna", "--email", "amna@example.org", "--consent-email")
    added = cli("target", "add", "hook", "--kind", "webhook", "--url", "https://example.org/hook")
    assert added.returncode == 0, added.stderr
    dry = cli("sync", "--dry-run")
    assert dry.returncode == 0, dry.stdout + dry.stderr
    assert "These 1 sign-ups will go to hook" in dry.stdout


def test_an_import_row_is_named_by_the_file_s_own_columns(cli, tmp_path):
    assert cli("event", "add", "Lake Street table").returncode == 0
    source = tmp_path / "sheet.csv"
    source.write_text("Vorname,E-Mail,zip\n,amna@,12\n", encoding="utf-8")
    done = cli("import", str(source), "--dry-run")
    assert "1 rejected" in done.stdout
    assert "E-Mail: " in done.stderr and "zip: " in done.stderr and "Vorname: " in done.stderr
    assert "postal_code" not in done.stderr and "first_name" not in done.stderr


def test_protect_init_warns_about_a_weak_passphrase(cli, tmp_path):
    from tests.kit_fixtures import Cli

    weak = cli("protect", "init", "--passphrase-env", "P", env={"P": "Password1234!"})
    assert weak.returncode == 0 and "warning: this passphrase is weak" in weak.stderr
    strong = Cli(tmp_path / "other")("protect", "init", "--passphrase-env", "P",
                                     env={"P": "quiet river lantern orchard"})
    assert strong.returncode == 0 and "weak" not in strong.stderr


def test_target_add_counts_the_sign_ups_it_queued(cli):
    # The count, not SQLite's last row id: an empty kit once said "1 sign-ups queued", and a
    # second target was told the id of the last outbox row.
    assert cli("event", "add", "Lake Street table").returncode == 0
    empty = cli("target", "add", "first", "--kind", "webhook", "--url", "https://example.org/a")
    assert empty.returncode == 0, empty.stderr
    assert "; 0 sign-ups queued." in empty.stdout
    for name in ("Amna", "Bilal", "Chen"):
        cli("signup", "add", "--first-name", name, "--email", f"{name.lower()}@example.org",
            "--consent-email")
    second = cli("target", "add", "second", "--kind", "webhook", "--url", "https://example.org/b")
    assert "; 3 sign-ups queued." in second.stdout, second.stdout
    cli("target", "remove", "first")
    cli("signup", "add", "--first-name", "Dana", "--email", "dana@example.org")
    third = cli("target", "add", "third", "--kind", "webhook", "--url", "https://example.org/c")
    assert "; 4 sign-ups queued." in third.stdout, third.stdout


def test_import_names_a_phone_it_could_not_read_and_keeps_the_row(cli):
    from pathlib import Path

    fixture = (Path(__file__).resolve().parents[1] / "fixtures" / "imports"
               / "excel-french-sans-pays-cp1252.csv")
    assert cli("event", "add", "Lake Street table").returncode == 0
    done = cli("import", str(fixture))
    assert done.returncode == 2  # Léa's row (a phone only, unreadable) is refused
    assert "2 new" in done.stdout
    assert "row 2: Téléphone portable = '06 12 34 56 78' could not be read" in done.stdout
    assert "row 3: " in done.stderr


def test_export_writes_phones_without_a_yes_to_texts_only_when_asked(cli, tmp_path):
    assert cli("event", "add", "Lake Street table").returncode == 0
    cli("signup", "add", "--first-name", "Amna", "--email", "amna@example.org",
        "--phone", "612-555-0160", "--consent-email")
    plain = tmp_path / "nb.csv"
    done = cli("export", "nationbuilder", "-o", str(plain))
    assert done.returncode == 0 and "+16125550160" not in plain.read_text(encoding="utf-8")
    asked = tmp_path / "nb-phones.csv"
    done = cli("export", "nationbuilder", "-o", str(asked), "--include-phones-without-consent")
    assert done.returncode == 0, done.stderr
    assert "did not agree to text messages" in done.stderr
    header, row = asked.read_text(encoding="utf-8").splitlines()[:2]
    assert header.endswith(",text_consent") and "+16125550160" in row and row.endswith(",no")
