"""Hardening (issue 13) through the CLI: a private data folder whatever creates it first, and
exit 2 with one line, never a traceback, for every kind of bad input an attacker tried."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest

from tests.kit_fixtures import Cli, outreach_kit_executable

PASS = "correct horse battery staple"
ENV = {"KIT_PASS": PASS}


def modes_open_to_others(root: Path) -> list[str]:
    """Every folder and file under `root` (root included) that is not 0700 / 0600."""
    loose = []
    for path in [root, *sorted(root.rglob("*"))]:
        info = os.lstat(path)
        wanted = 0o700 if stat.S_ISDIR(info.st_mode) else 0o600
        if stat.S_IMODE(info.st_mode) != wanted:
            loose.append(f"{oct(stat.S_IMODE(info.st_mode))} {path.relative_to(root.parent)}")
    return loose


@pytest.fixture
def open_umask():
    """The usual desktop umask (022), under which a careless program makes world-readable files."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def a_whole_session(cli: Cli) -> None:
    """Every kind of file the kit writes in its data dir: database, WAL/SHM, lock files, logs,
    backups, the campaign pack, an export into its own folder, damaged/ from a restore."""
    assert cli("event", "add", "Lake Street table").returncode == 0
    assert cli("signup", "add", "--first-name", "Ann", "--email", "ann@example.org").returncode == 0
    assert cli("backup").returncode == 0
    assert cli("export", "csv", "-o", str(cli.data_dir / "all.csv")).returncode == 0
    assert cli("sync").returncode in (0, 1)
    done = cli("restore", "--yes")
    assert done.returncode == 0, done.stderr
    assert (cli.data_dir / "damaged").is_dir()
    assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    assert cli("signup", "add", "--first-name", "Bo", "--email", "bo@example.org").returncode == 0


def test_data_folder_is_private_whatever_creates_it_first(tmp_path, open_umask):
    cli = Cli(tmp_path / "fresh" / "nested" / "data")
    a_whole_session(cli)
    assert modes_open_to_others(tmp_path / "fresh") == []


def test_data_folder_from_the_environment_is_private_too(tmp_path, open_umask):
    home = tmp_path / "from-env"
    done = subprocess.run([outreach_kit_executable(), "event", "add", "Fair"],
                          env={**os.environ, "OUTREACH_KIT_HOME": str(home)},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert {p.name for p in home.iterdir()} >= {"outreach-kit.sqlite3", "logs"}
    assert modes_open_to_others(home) == []


def test_existing_world_readable_data_folder_is_tightened_on_open(tmp_path, open_umask):
    cli = Cli(tmp_path / "data")
    a_whole_session(cli)
    # What an older version (or a copy with `cp -r` under umask 022) left; the export is the
    # user's own file (named by them) and is left as it is.
    (cli.data_dir / "all.csv").unlink()
    for path in [cli.data_dir, *cli.data_dir.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert modes_open_to_others(cli.data_dir)
    assert cli("event", "list").returncode == 0
    assert modes_open_to_others(cli.data_dir) == []


def test_tightening_leaves_the_users_own_files_in_the_data_folder_alone(tmp_path, open_umask):
    data = tmp_path / "data"
    data.mkdir()
    mine = data / "notes-of-my-own.txt"
    mine.write_text("not the kit's")
    mine.chmod(0o644)
    assert Cli(data)("event", "list").returncode == 0
    assert stat.S_IMODE(mine.stat().st_mode) == 0o644
    assert stat.S_IMODE(data.stat().st_mode) == 0o700


def _one_line_refusal(done) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("outreach-kit: "), done.stderr
    assert "Traceback" not in done.stderr


HUGE = str(10**30)

BAD_ARGUMENTS = {
    "event id beyond SQLite's integers": ("signup", "add", "--event", HUGE, "--first-name", "A"),
    "negative event id": ("contacts", "list", "--event", "-1"),
    "event use beyond range": ("event", "use", HUGE),
    "purge older than a century": ("purge", "--older-than", HUGE),
    "negative purge": ("purge", "--older-than", "-5"),
    "export from the year 0": ("export", "csv", "-o", "x.csv", "--from", "0000-01-01"),
    "export to the last day of 9999": ("export", "csv", "-o", "x.csv", "--to", "9999-12-31"),
    "export from no date": ("export", "csv", "-o", "x.csv", "--from", "2026-13-40"),
    "report on an event beyond range": ("report", "--event", HUGE, "-o", "r.pdf"),
    "bundle of an event beyond range": ("bundle", "export", "-o", "b.json", "--event", HUGE),
    "copies beyond range": ("handout", "print", "flyer", "--copies", HUGE),
    "unknown command": ("frobnicate",),
}


@pytest.mark.parametrize("args", BAD_ARGUMENTS.values(), ids=BAD_ARGUMENTS.keys())
def test_bad_command_line_input_is_exit_2_with_one_line(tmp_path, args):
    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Fair").returncode == 0
    _one_line_refusal(cli(*args))


def test_json_nested_ten_thousand_deep_is_exit_2_with_one_line(tmp_path):
    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Fair").returncode == 0
    for name, text in (("list.json", "[" * 10_000 + "]" * 10_000),
                       ("object.json", '{"contacts": ' + '{"a": ' * 10_000 + "1" + "}" * 10_001)):
        deep = tmp_path / name
        deep.write_text(text)
        _one_line_refusal(cli("import", str(deep)))
        _one_line_refusal(cli("import", str(deep), "--dry-run"))


def _a_file(tmp_path: Path) -> Path:
    path = tmp_path / "a-file"
    path.write_text("I am not a folder")
    return path


def _another_users_folder(tmp_path: Path) -> Path:
    if os.geteuid() != 0:
        pytest.skip("only root can give a folder to another user here")
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chown(folder, 65534, 65534)  # nobody
    return folder


def _read_only_folder(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("root writes through a read-only mode; covered by CI's unprivileged run")
    folder = tmp_path / "read-only"
    Cli(folder)("event", "add", "Fair")
    folder.chmod(0o500)
    (folder / "outreach-kit.sqlite3").chmod(0o400)
    return folder


@pytest.mark.parametrize("make", [_a_file, _another_users_folder, _read_only_folder],
                         ids=["a file", "another user's folder", "read-only"])
def test_unusable_data_dir_is_exit_2_with_one_line_never_damaged(tmp_path, make):
    where = make(tmp_path)
    for command in (("event", "list"), ("doctor",), ("--smoke",)):
        done = subprocess.run([outreach_kit_executable(), "--data-dir", str(where), *command],
                              capture_output=True, text=True, timeout=120)
        _one_line_refusal(done)
        assert "damaged" not in done.stderr


def test_an_empty_data_dir_option_is_refused_not_the_default(tmp_path):
    home = tmp_path / "default-home"
    done = subprocess.run([outreach_kit_executable(), "--data-dir", "", "event", "add", "X"],
                          env={**os.environ, "OUTREACH_KIT_HOME": str(home)},
                          capture_output=True, text=True, timeout=120)
    _one_line_refusal(done)
    assert "--data-dir" in done.stderr and not home.exists()


def test_protect_check_fails_when_a_seal_is_missing(tmp_path):
    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Fair").returncode == 0
    assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    assert cli("signup", "add", "--first-name", "Ann", "--email", "ann@example.org").returncode == 0
    with sqlite3.connect(cli.data_dir / "outreach-kit.sqlite3") as db:
        (lost,) = db.execute("SELECT uuid FROM signup").fetchone()
        db.execute("UPDATE signup SET sealed = NULL")
    db.close()
    check = cli("--passphrase-env", "KIT_PASS", "protect", "check", env=ENV)
    assert check.returncode == 2 and lost in check.stderr and "missing" in check.stderr


def test_a_deeply_nested_campaign_toml_never_stops_signup_add(tmp_path):
    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Fair").returncode == 0
    assert cli("handout", "list").returncode == 0  # the pack is installed
    toml = cli.data_dir / "campaign" / "campaign.toml"
    toml.write_text("deep = " + "[" * 100_000 + "]" * 100_000 + "\n")
    done = cli("signup", "add", "--first-name", "Ann", "--email", "ann@example.org")
    assert done.returncode == 0, done.stderr
    assert "campaign.toml" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
