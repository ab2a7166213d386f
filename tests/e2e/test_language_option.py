"""`outreach-kit --language CODE`: the desktop app's volunteer side in that language,
remembered in the kit's settings (issue 23, Languages); an unknown code is bad input."""

from __future__ import annotations

import json
import sqlite3

from kit.paths import DATABASE_NAME


def _stored_language(data_dir) -> str | None:
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        row = connection.execute("SELECT value FROM setting WHERE key = 'ui_language'").fetchone()
    return None if row is None else json.loads(row[0])


def test_an_unknown_language_is_refused_with_one_line(cli):
    result = cli("--language", "fr", "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "--language" in result.stderr
    assert "'es'" in result.stderr and "'ur'" in result.stderr


def test_the_language_is_remembered_in_the_kits_data(cli):
    assert cli("event", "add", "Market").returncode == 0
    for code in ("es", "ur"):  # the kit read before it is open, then the open kit, stores it
        result = cli("--language", code, "--smoke", env={"QT_QPA_PLATFORM": "offscreen"})
        assert result.returncode == 0, result.stderr
        assert _stored_language(cli.data_dir) == code
