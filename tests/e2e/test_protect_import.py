"""CSV import into a protected kit through the CLI: unlocked only, no canary in any file under the
data dir (database, WAL, SHM, backups, logs) in UTF-8 or UTF-16, idempotent, locked exits 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_protect_cli import ENV, canaries, hits, needles
from tests.kit_fixtures import Cli


@pytest.fixture
def coordinator(cli: Cli) -> Cli:
    assert cli("event", "add", "Lake Street table").returncode == 0
    done = cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV)
    assert done.returncode == 0, done.stderr
    return cli


def sheet(path: Path, c: dict[str, str]) -> Path:
    path.write_text(
        "First name,Last name,Email,Phone,ZIP,Email OK?,Notes\n"
        f"{c['first']},{c['last']},{c['email']},{c['phone']},{c['zip']},yes,{c['note']}\n"
        f"{c['urdu_first']},{c['urdu_last']},urdu.{c['email']},,,no,{c['urdu_note']}\n",
        encoding="utf-8")
    return path


def test_import_into_a_protected_kit_seals_everything(coordinator, tmp_path):
    cli = coordinator
    c = canaries()
    path = sheet(tmp_path / "people.csv", c)
    assert not path.is_relative_to(cli.data_dir)

    locked = cli("import", str(path))
    assert locked.returncode == 2 and "--passphrase-env VAR" in locked.stderr
    assert "coordinator's kit" in locked.stderr
    assert cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV).json() == []

    done = cli("--passphrase-env", "KIT_PASS", "import", str(path), "--json", env=ENV)
    assert done.returncode == 0, done.stderr
    assert (done.json()["imported"], done.json()["unchanged"]) == (2, 0)
    again = cli("--passphrase-env", "KIT_PASS", "import", str(path), "--json", env=ENV)
    assert (again.json()["imported"], again.json()["merged"], again.json()["unchanged"]) == (0, 0, 2)

    listed = cli("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV).json()
    assert {r["first_name"] for r in listed} == {c["first"], c["urdu_first"]}
    assert cli("backup").returncode == 0
    assert cli("doctor").returncode == 0
    files = {p.name for p in cli.data_dir.rglob("*")}
    assert any(name.endswith(".log") for name in files)
    assert hits(cli.data_dir, needles(c)) == []
