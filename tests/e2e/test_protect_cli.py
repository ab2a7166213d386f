"""Protected mode through the CLI: no canary on disk, locked reads exit 2, wrong passphrase,
tampered seals reported, public-key-only laptops.

The canary test is the property the whole feature exists for: after sign-ups with unique
strings (Latin and Urdu) in protected mode, no file under the data dir (database, WAL, SHM,
backups, logs, settings, campaign) contains any of them, in UTF-8, UTF-16-LE or UTF-16-BE.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path

import pytest

from tests.kit_fixtures import Cli

PASS = "correct horse battery staple"
ENV = {"KIT_PASS": PASS}


def canaries() -> dict[str, str]:
    tag = uuid.uuid4().hex[:10]
    return {
        "first": f"Zarqa{tag}", "last": f"Qanari{tag}", "email": f"canary.{tag}@example.org",
        "note": f"notecanary{tag} pick me up at the station",
        "urdu_first": f"زرقا{tag}", "urdu_last": f"کناری{tag}", "urdu_note": f"یادداشت{tag}",
        "phone": "612-624-5813", "zip": "55406",
    }


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def hits(data_dir: Path, needles: list[str]) -> list[str]:
    """Every (file, needle, encoding) where a canary is found, as readable strings."""
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for needle in needles:
            for encoded in encodings(needle):
                if encoded in content:
                    found.append(f"{path.relative_to(data_dir)}: {needle!r}")
    return found


def needles(c: dict[str, str]) -> list[str]:
    # The phone and ZIP are too common to be canaries on their own; the E.164 form is checked.
    return [c["first"], c["last"], c["email"], c["note"], c["urdu_first"], c["urdu_last"],
            c["urdu_note"], "+16126245813"]


def add_canaries(cli: Cli, c: dict[str, str]) -> None:
    assert cli("signup", "add", "--first-name", c["first"], "--last-name", c["last"],
               "--email", c["email"], "--phone", c["phone"], "--zip", c["zip"], "--note", c["note"],
               "--consent-email").returncode == 0
    assert cli("signup", "add", "--first-name", c["urdu_first"], "--last-name", c["urdu_last"],
               "--email", "urdu." + c["email"], "--note", c["urdu_note"]).returncode == 0


@pytest.fixture
def protected_cli(cli: Cli) -> Cli:
    assert cli("event", "add", "Lake Street table").returncode == 0
    done = cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV)
    assert done.returncode == 0, done.stderr
    return cli


def test_no_canary_reaches_any_file_in_protected_mode(protected_cli):
    cli = protected_cli
    c = canaries()
    add_canaries(cli, c)
    assert cli("backup").returncode == 0
    assert cli("contacts", "list").returncode == 2  # a locked read, logged as a refusal
    unlocked = cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV)
    assert unlocked.returncode == 0, unlocked.stderr
    assert {r["first_name"] for r in unlocked.json()} == {c["first"], c["urdu_first"]}  # readable
    assert cli("--passphrase-env", "KIT_PASS", "protect", "check", env=ENV).returncode == 0
    assert cli("doctor").returncode == 0
    files = {p.name for p in cli.data_dir.rglob("*")}
    assert any(name.endswith(".log") for name in files)
    assert any(name.endswith(".sqlite3") and "outreach-kit-" in name for name in files)  # a backup
    assert hits(cli.data_dir, needles(c)) == []


def test_protecting_a_kit_with_clear_contacts_leaves_no_canary(cli):
    assert cli("event", "add", "Lake Street table").returncode == 0
    c = canaries()
    add_canaries(cli, c)
    assert cli("backup").returncode == 0
    assert hits(cli.data_dir, needles(c)), "the canaries must be there before protection"
    done = cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV)
    assert done.returncode == 0, done.stderr
    assert "deleted 1 older backups" in done.stdout and "SSD" in done.stdout
    assert hits(cli.data_dir, needles(c)) == []
    listed = cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV).json()
    assert {r["email"] for r in listed} == {c["email"], "urdu." + c["email"]}


def test_locked_reading_commands_exit_2_with_the_unlock_hint(protected_cli):
    cli = protected_cli
    add_canaries(cli, canaries())
    for command in (("contacts", "list"), ("export", "csv", "-o", str(cli.data_dir / "x.csv")),
                    ("sync",)):
        done = cli(*command)
        assert done.returncode == 2, (command, done.stderr)
        assert "--passphrase-env VAR" in done.stderr, command
    assert not (cli.data_dir / "x.csv").exists()


def test_a_wrong_passphrase_is_a_clear_error(protected_cli):
    done = protected_cli("--passphrase-env", "KIT_PASS", "contacts", "list",
                         env={"KIT_PASS": "not the right passphrase"})
    assert done.returncode == 2 and done.stderr.strip() == "outreach-kit: wrong passphrase"
    missing = protected_cli("--passphrase-env", "NO_SUCH_VAR_HERE", "contacts", "list")
    assert missing.returncode == 2 and "NO_SUCH_VAR_HERE" in missing.stderr


def test_init_refuses_weak_passphrases_and_a_second_init(cli):
    done = cli("protect", "init", "--passphrase-env", "SHORT", env={"SHORT": "too short"})
    assert done.returncode == 2 and "at least 12" in done.stderr
    assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    again = cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV)
    assert again.returncode == 2 and "already protected" in again.stderr


def test_a_tampered_seal_is_reported_by_name(protected_cli):
    cli = protected_cli
    add_canaries(cli, canaries())
    with sqlite3.connect(cli.data_dir / "outreach-kit.sqlite3") as db:
        signup_uuid, blob = db.execute("SELECT uuid, sealed FROM signup ORDER BY id LIMIT 1").fetchone()
        broken = bytearray(blob)
        broken[-1] ^= 0x01
        db.execute("UPDATE signup SET sealed = ? WHERE uuid = ?", (bytes(broken), signup_uuid))
    db.close()
    check = cli("--passphrase-env", "KIT_PASS", "protect", "check", "--json", env=ENV)
    assert check.returncode == 2
    assert [b["signup_uuid"] for b in check.json()["broken"]] == [signup_uuid]
    assert signup_uuid in check.stderr
    listed = cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV)
    assert listed.returncode == 0 and len(listed.json()) == 1
    assert "did not open" in listed.stderr  # never silently dropped


def test_a_table_laptop_with_the_public_key_records_and_never_reads(protected_cli, tmp_path):
    public = tmp_path / "public-key.json"
    assert protected_cli("protect", "public-key", "-o", str(public)).returncode == 0
    assert "wrapped_private" not in public.read_text()
    table = Cli(tmp_path / "table")
    assert table("event", "add", "Campus").returncode == 0
    assert table("protect", "init", "--public-key", str(public)).returncode == 0
    c = canaries()
    add_canaries(table, c)
    status = table("protect", "status", "--json").json()
    assert status["mode"] == "locked" and not status["can_read"] and status["sealed_signups"] == 2
    done = table("--passphrase-env", "KIT_PASS", "contacts", "list", env=ENV)
    assert done.returncode == 2 and "only public keys" in done.stderr
    assert hits(table.data_dir, needles(c)) == []
    ring = json.loads(sqlite3.connect(table.data_dir / "outreach-kit.sqlite3").execute(
        "SELECT value FROM setting WHERE key = 'protection_keys'").fetchone()[0])
    assert all(key["wrapped_private"] is None for key in ring["keys"])


def test_rotation_from_the_cli(protected_cli):
    cli = protected_cli
    add_canaries(cli, canaries())
    before = cli("protect", "status", "--json").json()["active_key_id"]
    assert cli("protect", "rotate", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    after = cli("protect", "status", "--json").json()
    assert after["active_key_id"] != before and len(after["key_ids"]) == 2
    assert cli("signup", "add", "--first-name", "New", "--email", "new@example.org").returncode == 0
    listed = cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV).json()
    assert len(listed) == 3


def test_wipe_needs_yes_then_removes_the_kit(protected_cli):
    cli = protected_cli
    add_canaries(cli, canaries())
    assert cli("backup").returncode == 0
    refused = cli("wipe")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert (cli.data_dir / "outreach-kit.sqlite3").exists()
    done = cli("wipe", "--yes")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Keys destroyed" in done.stdout and "wear levelling" in done.stdout
    assert not (cli.data_dir / "outreach-kit.sqlite3").exists()
    assert not (cli.data_dir / "backups").exists()


def test_purge_from_the_cli_keeps_counts(cli):
    assert cli("event", "add", "Table").returncode == 0
    assert cli("signup", "add", "--first-name", "A", "--email", "a@example.org").returncode == 0
    assert cli("export", "csv", "-o", str(cli.data_dir / "all.csv")).returncode == 0
    done = cli("purge", "--older-than", "0", "--json")
    assert done.returncode == 0 and done.json()["signups"] == 1
    assert cli("contacts", "list", "--json").json() == []
    assert cli("event", "list", "--json").json()[0]["signups"] == 1
