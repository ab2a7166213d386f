"""A seized protected kit dates nothing finer than the quarter hour (issue 21).

A kit with clear sign-ups, a target and outbox rows is protected; then sign-ups are sealed at
the table and a sync meets servers answering 500 (retries scheduled), a handout is saved, an
export and a backup are made. Every time in every table (columns and JSON in the settings),
every time in a file's name, a bundle's times and the backups' file times must fall on a
quarter hour.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from pathlib import Path

import pytest

from tests.fakecrm import FakeCRM
from tests.kit_fixtures import Cli

PASS = "correct horse battery staple"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
# A time as the kit writes one: ISO 8601 (space or T), or packed as in a backup's name.
TIME = re.compile(r"(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,6}))?)?"
                  r"|(?<!\d)(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d)-(\d{6})(?!\d)")


def fine_times(text: str) -> list[str]:
    """Every time in `text` that says more than its quarter hour."""
    found = []
    for match in TIME.finditer(text):
        groups = match.groups()
        values = groups[:7] if groups[0] else groups[7:]
        minute, second, fraction = values[4], values[5] or "0", values[6] or "0"
        if int(minute) % 15 or int(second) or int(fraction):
            found.append(match.group(0))
    return found


def fine_times_in_database(database: Path) -> list[str]:
    found = []
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - names from SQLite
                for value in row:
                    if isinstance(value, str):
                        found += [f"{table}: {t}" for t in fine_times(value)]
    finally:
        conn.close()
    return found


@pytest.fixture
def crm():
    with FakeCRM(lifetime_s=300) as server:
        yield server


def test_a_protected_kit_keeps_no_time_finer_than_the_quarter_hour(tmp_path, crm):
    env = {**NO_KEYRING, "KIT_PASS": PASS, "MC_KEY": crm.mc_key}
    cli = Cli(tmp_path / "data")

    def ok(*args: str) -> None:
        done = cli(*args, env=env)
        assert done.returncode == 0, (args, done.stderr)

    ok("event", "add", "Lake Street table", "--date", "2026-06-14")
    ok("target", "add", "MC", "--kind", "mailchimp", "--url", crm.mc_url, "--list", "aud1",
       "--rate", "0")
    ok("signup", "add", "--first-name", "Ayesha", "--email", "a@example.org", "--consent-email")
    ok("handout", "render", "flyer", "-o", str(tmp_path / "flyer.pdf"))
    ok("protect", "init", "--passphrase-env", "KIT_PASS")

    ok("signup", "add", "--first-name", "Bilal", "--email", "b@example.org", "--consent-email")
    ok("event", "add", "Campus table")
    crm.fail_next("500", count=40)
    synced = cli("--passphrase-env", "KIT_PASS", "sync", "--target", "MC", "--token-env",
                 "MC_KEY", "--json", env=env)
    assert synced.returncode == 1, synced.stderr
    assert json.loads(synced.stdout)["retry"] >= 1  # retries were scheduled
    export = tmp_path / "out.csv"
    ok("--passphrase-env", "KIT_PASS", "export", "csv", "-o", str(export))
    ok("backup")
    bundle = tmp_path / "day.bundle"
    ok("bundle", "export", "-o", str(bundle))
    assert fine_times(bundle.read_text(encoding="utf-8")) == []  # a file the kit writes too

    database = cli.data_dir / "outreach-kit.sqlite3"
    assert fine_times_in_database(database) == []
    for backup in (cli.data_dir / "backups").glob("*.sqlite3"):
        assert fine_times_in_database(backup) == [], backup.name
    files = [p for p in cli.data_dir.rglob("*") if p.is_file()]
    # A backup's name ends in a number that orders the backups of one quarter hour.
    names = [re.sub(r"^(outreach-kit-\d{8}-\d{6}-)\d{6}", r"\g<1>000000", p.name)
             if p.parent.name == "backups" else p.name for p in files]
    assert [n for n in names if fine_times(n)] == []
    for path in files:
        if path.suffix in (".log", ".json", ".toml", ".txt") or ".log" in path.name:
            assert fine_times(path.read_text(encoding="utf-8", errors="replace")) == [], path
    for backup in (cli.data_dir / "backups").glob("*.sqlite3"):
        stamp = dt.datetime.fromtimestamp(backup.stat().st_mtime)
        assert (stamp.minute % 15, stamp.second, stamp.microsecond) == (0, 0, 0), backup.name

    # And no name, address or address hash of theirs either (the canary search after a
    # protected sync against failing servers): only the export holds them.
    words = ["Ayesha", "Bilal", "a@example.org", "b@example.org",
             *(hashlib.md5(e.encode()).hexdigest() for e in ("a@example.org", "b@example.org"))]  # noqa: S324
    assert "b@example.org" in export.read_text(encoding="utf-8")
    found = [f"{p.relative_to(cli.data_dir)}: {w}" for p in files for w in words
             for encoding in ("utf-8", "utf-16-le") if w.encode(encoding) in p.read_bytes()]
    assert found == []
