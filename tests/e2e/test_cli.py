"""The command-line contract (docs/coordinator-guide.md), run as `outreach-kit` on a temp data dir."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kit import __version__
from tests.kit_fixtures import outreach_kit_executable

REPO = Path(__file__).resolve().parents[2]
UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
CONTRACT_KEYS = {"id", "uuid", "first_name", "last_name", "email", "phone", "zip", "interests",
                 "consent_email", "consent_sms", "events", "created_at"}


def db_count(cli, table: str) -> int:
    database = cli.data_dir / "outreach-kit.sqlite3"
    if not database.exists():
        return 0
    conn = sqlite3.connect(database)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def assert_bad_input(result) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("outreach-kit: "), result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def event_id(cli) -> int:
    result = cli("event", "add", "Lake Street table", "--location", "Minneapolis", "--date", "2026-06-14")
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def test_version(cli):
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"outreach-kit {__version__}"


def test_python_main_py_starts_the_same_entry_point(tmp_path):
    done = subprocess.run([sys.executable, "main.py", "--version"], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == f"outreach-kit {__version__}"


def test_outreach_kit_home_is_used_without_data_dir(tmp_path):
    home = tmp_path / "elsewhere"
    env = {**os.environ, "OUTREACH_KIT_HOME": str(home)}
    done = subprocess.run([outreach_kit_executable(), "event", "add", "Via env"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert (home / "outreach-kit.sqlite3").exists()
    conn = sqlite3.connect(home / "outreach-kit.sqlite3")
    assert conn.execute("SELECT name FROM event").fetchall() == [("Via env",)]
    conn.close()


def test_data_dir_wins_over_outreach_kit_home(cli, tmp_path):
    env_home = tmp_path / "env-home"
    assert cli("event", "add", "Flag", env={"OUTREACH_KIT_HOME": str(env_home)}).returncode == 0
    assert (cli.data_dir / "outreach-kit.sqlite3").exists()
    assert not env_home.exists()


# -- events -----------------------------------------------------------------------------------------
def test_event_add_prints_the_id_and_makes_it_active(cli, event_id):
    second = cli("event", "add", "Campus teach-in")
    assert second.returncode == 0 and second.stdout.strip() == str(event_id + 1)
    events = cli("event", "list", "--json").json()
    assert [(e["id"], e["name"], e["active"]) for e in events] == [
        (event_id, "Lake Street table", False), (event_id + 1, "Campus teach-in", True)]


def test_event_list_json(cli, event_id):
    cli("signup", "add", "--first-name", "A", "--email", "a@example.org")
    result = cli("event", "list", "--json")
    assert result.returncode == 0
    assert result.json() == [{
        "id": event_id, "uuid": result.json()[0]["uuid"], "name": "Lake Street table",
        "location": "Minneapolis", "date": "2026-06-14", "signups": 1, "active": True,
    }]
    assert UUID.match(result.json()[0]["uuid"])


def test_event_add_with_a_bad_date_is_bad_input(cli):
    assert_bad_input(cli("event", "add", "Table", "--date", "14/06/2026"))
    assert db_count(cli, "event") == 0


# -- sign-ups ---------------------------------------------------------------------------------------
def test_signup_add_prints_a_uuid_and_stores_it(cli, event_id):
    result = cli("signup", "add", "--first-name", "عائشہ", "--last-name", "Khan",
                 "--email", "Ayesha@Example.org", "--phone", "612-624-5000", "--zip", "55406",
                 "--interest", "volunteer", "--interest", "events", "--consent-email", "--note", "hi")
    assert result.returncode == 0, result.stderr
    uuid = result.stdout.strip()
    assert UUID.match(uuid)
    [contact] = cli("contacts", "list", "--json").json()
    assert CONTRACT_KEYS <= set(contact)
    assert {k: contact[k] for k in CONTRACT_KEYS - {"id", "uuid", "created_at"}} == {
        "first_name": "عائشہ", "last_name": "Khan", "email": "ayesha@example.org",
        "phone": "+16126245000", "zip": "55406", "interests": ["volunteer", "events"],
        "consent_email": True, "consent_sms": False, "events": [event_id],
    }
    assert UUID.match(contact["uuid"]) and isinstance(contact["id"], int)
    assert contact["created_at"].startswith("20")
    conn = sqlite3.connect(cli.data_dir / "outreach-kit.sqlite3")
    assert conn.execute("SELECT source FROM signup WHERE uuid = ?", (uuid,)).fetchone() == ("cli",)
    conn.close()


def test_signup_add_with_a_bad_email_is_bad_input_and_stores_nothing(cli, event_id):
    result = cli("signup", "add", "--first-name", "A", "--email", "not-an-email")
    assert_bad_input(result)
    assert "email" in result.stderr
    assert db_count(cli, "contact") == 0 and db_count(cli, "signup") == 0


def test_signup_add_without_an_event_is_bad_input(cli):
    result = cli("signup", "add", "--first-name", "A", "--email", "a@example.org")
    assert_bad_input(result)
    assert "event" in result.stderr
    assert db_count(cli, "signup") == 0


def test_signup_add_to_an_unknown_event_is_bad_input(cli, event_id):
    assert_bad_input(cli("signup", "add", "--event", "99", "--first-name", "A", "--email", "a@example.org"))
    assert db_count(cli, "signup") == 0


def test_signup_add_with_an_unknown_interest_is_bad_input(cli, event_id):
    result = cli("signup", "add", "--first-name", "A", "--email", "a@example.org",
                 "--interest", "smuggling")
    assert_bad_input(result)
    assert "smuggling" in result.stderr
    assert db_count(cli, "signup") == 0


def test_signup_add_with_several_errors_still_answers_on_one_line(cli, event_id):
    result = cli("signup", "add", "--first-name", "", "--email", "bad", "--phone", "12345",
                 "--note", "a\nb")
    assert_bad_input(result)


def test_returning_attendee_through_the_cli(cli, event_id):
    cli("signup", "add", "--first-name", "Ayesha", "--email", "a@example.org", "--consent-email")
    second = cli("signup", "add", "--first-name", "Ayesha", "--email", "A@EXAMPLE.ORG", "--json")
    assert second.returncode == 0 and second.json()["returning"] is True
    [contact] = cli("contacts", "list", "--json").json()
    assert contact["consent_email"] is False, "consent follows the latest answer"
    assert db_count(cli, "signup") == 2


# -- contacts ---------------------------------------------------------------------------------------
def test_contacts_list_search_and_event_filter(cli, event_id):
    cli("signup", "add", "--first-name", "Ayesha", "--email", "ayesha@example.org")
    second_event = int(cli("event", "add", "Campus").stdout)
    cli("signup", "add", "--first-name", "Omar", "--email", "omar@example.org", "--zip", "55414")
    everyone = cli("contacts", "list", "--json").json()
    assert [c["first_name"] for c in everyone] == ["Omar", "Ayesha"]
    assert [c["first_name"] for c in cli("contacts", "list", "--json", "--search", "AYE").json()] == [
        "Ayesha"]
    assert [c["first_name"] for c in cli("contacts", "list", "--json", "--search", "55414").json()] == [
        "Omar"]
    assert [c["first_name"] for c in cli("contacts", "list", "--json", "--event", str(event_id)).json()
            ] == ["Ayesha"]
    assert cli("contacts", "list", "--json", "--event", str(second_event), "--search", "ayesha"
               ).json() == []
    plain = cli("contacts", "list")
    assert plain.returncode == 0 and "Ayesha" in plain.stdout and "omar@example.org" in plain.stdout


def test_contacts_list_of_an_unknown_event_is_bad_input(cli, event_id):
    assert_bad_input(cli("contacts", "list", "--event", "42"))


def test_contacts_list_json_on_an_empty_kit_is_an_empty_list(cli):
    result = cli("contacts", "list", "--json")
    assert result.returncode == 0 and result.json() == []


# -- doctor and backup ------------------------------------------------------------------------------
def test_doctor_on_a_healthy_kit_exits_0(cli, event_id):
    result = cli("doctor")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout and "sqlite" in result.stdout and "python" in result.stdout
    report = cli("doctor", "--json").json()
    assert report["healthy"] is True and report["schema_version"] >= 1


def test_doctor_on_a_damaged_database_exits_1_and_leaves_the_file_alone(cli, event_id):
    database = cli.data_dir / "outreach-kit.sqlite3"
    database.write_bytes(b"garbage, not a database " * 1000)
    for leftover in (database.with_name(database.name + "-wal"), database.with_name(database.name + "-shm")):
        leftover.unlink(missing_ok=True)
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    result = cli("doctor")
    assert result.returncode == 1
    assert "PROBLEM" in result.stdout and "Traceback" not in result.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before
    assert not database.with_name(database.name + "-wal").exists()


def test_commands_on_a_damaged_database_fail_with_one_line_pointing_to_doctor(cli, event_id):
    database = cli.data_dir / "outreach-kit.sqlite3"
    database.write_bytes(b"garbage, not a database " * 1000)
    result = cli("contacts", "list")
    assert result.returncode in (1, 2)
    assert len(result.stderr.strip().splitlines()) == 1 and "doctor" in result.stderr
    assert "Traceback" not in result.stderr


def test_backup_creates_a_readable_copy(cli, event_id):
    cli("signup", "add", "--first-name", "A", "--email", "a@example.org")
    result = cli("backup")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.exists() and path.parent == cli.data_dir / "backups"
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM signup").fetchone() == (1,)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert "manual" in cli("doctor").stdout


def test_unknown_command_is_a_usage_error(cli):
    result = cli("frobnicate")
    assert result.returncode == 2 and "usage:" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1  # one line, as every bad input
