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
from tests.parts import require_part, require_tools

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


def _a_file(tmp_path: Path) -> tuple[Path, list[str]]:
    path = tmp_path / "a-file"
    path.write_text("I am not a folder")
    return path, []


def _another_users_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    if os.geteuid() != 0:
        require_part("root", "only root can give a folder to another user here")
    folder = tmp_path / "theirs"
    folder.mkdir()
    os.chown(folder, 65534, 65534)  # nobody
    return folder, []


def _a_link_to_another_users_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    link = tmp_path / "link"
    link.symlink_to(_another_users_folder(tmp_path)[0])  # the check compared resolved and not
    return link, []


# Root writes through a read-only mode: as root, the command runs without the capabilities that
# let it (CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH, CAP_FOWNER to chmod it back), so the folder's
# mode binds it as it binds a volunteer's account, and the checkout stays readable to it.
AS_AN_UNPRIVILEGED_OWNER = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner",
                            "--inh-caps=-all"]


def _read_only_folder(tmp_path: Path) -> tuple[Path, list[str]]:
    folder = tmp_path / "read-only"
    Cli(folder)("event", "add", "Fair")
    folder.chmod(0o500)
    (folder / "outreach-kit.sqlite3").chmod(0o400)
    if os.geteuid() != 0:
        return folder, []
    require_tools("setpriv (to run as root without its file-permission override)", "setpriv",
                  package="util-linux")
    return folder, AS_AN_UNPRIVILEGED_OWNER


@pytest.mark.parametrize("make", [_a_file, _another_users_folder,
                                  _a_link_to_another_users_folder, _read_only_folder],
                         ids=["a file", "another user's folder", "a link to another user's",
                              "read-only"])
def test_unusable_data_dir_is_exit_2_with_one_line_never_damaged(tmp_path, make):
    where, run_as = make(tmp_path)
    for command in (("event", "list"), ("doctor",), ("--smoke",)):
        done = subprocess.run([*run_as, outreach_kit_executable(), "--data-dir", str(where),
                               *command], capture_output=True, text=True, timeout=120)
        _one_line_refusal(done)
        assert "damaged" not in done.stderr
    if run_as:  # the control: without the prefix, root writes there
        done = subprocess.run([outreach_kit_executable(), "--data-dir", str(where), "event",
                               "list"], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr


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


# -- bundles: every field passes the typed-input rules; large ones import in short batches -------
def _clear_bundle(tmp_path: Path, signups: int = 2) -> tuple[Path, dict]:
    """A digest-only bundle (a kit that was never protected) and its payload, to forge from."""
    import json

    source = Cli(tmp_path / "source-kit")
    assert source("event", "add", "Lake Street table", "--date", "2026-06-14").returncode == 0
    for i in range(signups):
        assert source("signup", "add", "--first-name", f"P{i}", "--email",
                      f"p{i}@example.org").returncode == 0
    assert source("handout", "list").returncode == 0
    path = tmp_path / "day.bundle"
    assert source("bundle", "export", "-o", str(path)).returncode == 0
    payload = json.loads(json.loads(path.read_text(encoding="utf-8"))["payload"])
    return path, payload


def _forged(tmp_path: Path, payload: dict, name: str) -> Path:
    from kit.protect.bundle import write_bundle

    path = tmp_path / f"{name}.bundle"
    path.write_bytes(write_bundle(payload, None))
    return path


def _set(path: str, value):
    def mutate(payload: dict) -> None:
        *parents, last = path.split(".")
        target = payload
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value
    return mutate


def _duplicate(key: str):
    def mutate(payload: dict) -> None:
        payload[key].append(dict(payload[key][0]))
    return mutate


def _with_print(copies):
    def mutate(payload: dict) -> None:
        payload["handout_logs"] = [{"uuid": "9c1c7e5e-3f5e-4b4a-8d2e-0f0e5b1f4a11",
                                    "event_uuid": payload["events"][0]["uuid"],
                                    "handout": "flyer", "paper": "letter", "copies": copies,
                                    "action": "print", "created_at": "2026-06-14T12:00:00"}]
    return mutate


FORGERIES = {
    "event name of 2 MB with a newline and U+202E":
        _set("events.0.name", "Fair\n\u202e" + "x" * 2_000_000),
    "event name with a newline": _set("events.0.name", "Fair\nDrop table"),
    "event date out of range": _set("events.0.date", "0001-01-01"),
    "event date not a date": _set("events.0.date", 20260614),
    "sign-up time null": _set("signups.0.created_at", None),
    "sign-up time out of range": _set("signups.0.created_at", "9999-12-31T23:59:59-14:00"),
    "sign-up time year 1": _set("signups.0.created_at", "0001-01-01T00:00:00+14:00"),
    "duplicate sign-up ids": _duplicate("signups"),
    "duplicate event ids": _duplicate("events"),
    "sign-up id not a UUID": _set("signups.0.uuid", "x" * 100),
    "consent given as text": _set("signups.0.consent_email", "yes"),
    "consent wording of 2 MB": _set("signups.0.consent_email_text", "I agree " * 250_000),
    "an interest tag with a newline": _set("signups.0.interests", ["a\nb"]),
    "a language that is not one": _set("signups.0.language", "en\u202e"),
    "absurd copy count": _with_print(10**30),
    "copy count as text": _with_print("5"),
    "negative copy count": _with_print(-3),
    "events not a list": _set("events", {"a": 1}),
}


@pytest.fixture(scope="module")
def genuine_bundle(tmp_path_factory) -> tuple[Path, dict]:
    return _clear_bundle(tmp_path_factory.mktemp("genuine"))


@pytest.mark.parametrize("mutate", FORGERIES.values(), ids=FORGERIES.keys())
def test_unvalidated_fields_from_bundles_are_refused_with_exit_2(tmp_path, mutate,
                                                                 genuine_bundle):
    import copy

    path, original = genuine_bundle
    payload = copy.deepcopy(original)
    mutate(payload)
    forged = _forged(tmp_path, payload, "forged")
    cli = Cli(tmp_path / "coordinator")
    assert cli("event", "list").returncode == 0
    for dry in ((), ("--dry-run",)):
        done = cli("import", str(forged), *dry)
        _one_line_refusal(done)
        assert "nothing was imported" in done.stderr and len(done.stderr) < 400
    assert cli("event", "list", "--json").json() == []
    ok = cli("import", str(path))  # the genuine bundle still imports
    assert ok.returncode == 0, ok.stderr
    assert len(cli("contacts", "list", "--json").json()) == 2


def test_a_json_export_with_a_bad_event_name_is_refused(tmp_path):
    import json

    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Fair").returncode == 0
    assert cli("signup", "add", "--first-name", "Ann", "--email", "a@example.org").returncode == 0
    export = tmp_path / "all.json"
    assert cli("export", "json", "-o", str(export)).returncode == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    document["events"][0]["name"] = "Fair\n\u202e" + "x" * 2_000_000
    document["events"][0]["uuid"] = "2b0a7a1e-8f57-4a8e-9a86-6b3c1e1d2f00"
    for contact in document["contacts"]:
        for signup in contact["signups"]:
            signup["event_uuid"] = document["events"][0]["uuid"]
    export.write_text(json.dumps(document), encoding="utf-8")
    other = Cli(tmp_path / "other")
    assert other("event", "list").returncode == 0
    _one_line_refusal(other("import", str(export)))
    assert other("event", "list", "--json").json() == []


def test_a_large_bundle_imports_in_short_batches_a_concurrent_signup_gets_in(tmp_path):
    """Between two batches the write lock is free: a kiosk's sign-up (another process) is
    stored while the import is still running, instead of waiting for all of it."""
    from kit.services import bundles
    from kit.services.kit import open_kit

    count = bundles.BATCH_SIGNUPS * 2 + 7
    _path, payload = _clear_bundle(tmp_path, signups=1)
    template = payload["signups"][0]
    payload["signups"] = [
        {**template, "uuid": str(__import__("uuid").uuid4()),
         "clear": {**template["clear"], "first_name": f"Row{i}", "email": f"row{i}@example.org"}}
        for i in range(count)]
    forged = _forged(tmp_path, payload, "large")
    kiosk = Cli(tmp_path / "coordinator")
    assert kiosk("event", "add", "Kiosk table").returncode == 0
    seen: list[tuple[int, int]] = []
    written_during_import: list[int] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done < total:  # a kiosk sign-up from another process, while the import runs
            signed = kiosk("signup", "add", "--first-name", f"Kiosk{done}", "--email",
                           f"kiosk{done}@example.org", timeout=60)
            assert signed.returncode == 0, signed.stderr
            written_during_import.append(done)

    kit = open_kit(kiosk.data_dir)
    try:
        report = bundles.import_bundle(kit, forged, progress=progress)
    finally:
        kit.close()
    assert report.signups_added == count and not report.errors
    # Batches of at most BATCH_SIGNUPS rows (fewer when a batch runs out of time).
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == count and all(t == count for _, t in seen)
    assert all(b - a <= bundles.BATCH_SIGNUPS for a, b in zip([0, *done], done, strict=False))
    assert len(done) >= 3 and len(written_during_import) == len(done) - 1
    assert len(kiosk("contacts", "list", "--json").json()) == count + len(written_during_import)


JSON_FORGERIES = {
    "sign-up time year 1": ("created_at", "0001-01-01T00:00:00+14:00"),
    "consent wording of 2 MB with U+202E": ("wording", "I agree\n\u202e" + "x" * 2_000_000),
    "an interest tag with a newline": ("interests", ["a\nb"]),
    "a language that is not one": ("language", "en\u202e" * 100),
}


@pytest.mark.parametrize("field, value", JSON_FORGERIES.values(), ids=JSON_FORGERIES.keys())
def test_unvalidated_fields_from_json_imports_reject_their_row(tmp_path, field, value):
    import json

    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Fair").returncode == 0
    assert cli("signup", "add", "--first-name", "Ann", "--email", "a@example.org",
               "--consent-email").returncode == 0
    export = tmp_path / "all.json"
    assert cli("export", "json", "-o", str(export)).returncode == 0
    document = json.loads(export.read_text(encoding="utf-8"))
    signup = document["contacts"][0]["signups"][0]
    if field == "wording":
        signup["consents"][0]["wording"] = value
    else:
        signup[field] = value
    export.write_text(json.dumps(document), encoding="utf-8")
    other = Cli(tmp_path / "other")
    done = other("import", str(export))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "row 1: signups[0]" in done.stderr and len(done.stderr) < 400
    assert other("contacts", "list", "--json").json() == []
