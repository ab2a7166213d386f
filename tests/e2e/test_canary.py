"""The canary search the hardening issue's "Done means" asks for.

A kit lives a whole protected session: clear sign-ups first (then sealed by `protect init`),
a restore that leaves a clear copy in damaged/, kiosk sign-ups on the protected kit, a sync that
fails with an error quoting the attendee's email back, an export, a bundle, backups. Then every
file under the data dir and every file the kit wrote elsewhere is searched for each canary (names,
emails, phone, note; the MD5 of each email, Mailchimp's member id) in UTF-8 and UTF-16: only the
export the coordinator asked for may hold one. The log keeps nothing finer than the quarter hour.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from pathlib import Path

import pytest

from tests.fakecrm import FakeCRM
from tests.kit_fixtures import Cli

PASS = "correct horse battery staple"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def canaries(label: str) -> dict[str, str]:
    tag = uuid.uuid4().hex[:10]
    return {"first": f"Zarqa{label}{tag}", "last": f"Qanari{label}{tag}",
            "email": f"canary.{label}.{tag}@example.org", "note": f"notecanary{label}{tag}",
            "urdu_first": f"زرقا{label}{tag}"}


def needles(people: list[dict[str, str]], phone_e164: str) -> list[str]:
    found = [phone_e164]
    for c in people:
        found += [c["first"], c["last"], c["email"], c["note"], c["urdu_first"],
                  hashlib.md5(c["email"].encode()).hexdigest()]  # noqa: S324 - Mailchimp's id
    return found


def hits(root: Path, words: list[str], skip: set[Path]) -> list[str]:
    found = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p not in skip):
        content = path.read_bytes()
        for word in words:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if word.encode(encoding) in content:
                    found.append(f"{path.relative_to(root)}: {word!r} ({encoding})")
    return found


def sign_up(cli: Cli, c: dict[str, str], *extra: str) -> None:
    done = cli("signup", "add", "--first-name", c["first"], "--last-name", c["last"],
               "--email", c["email"], "--note", c["note"], "--consent-email", *extra)
    assert done.returncode == 0, done.stderr
    urdu = cli("signup", "add", "--first-name", c["urdu_first"], "--email", "u." + c["email"])
    assert urdu.returncode == 0, urdu.stderr


@pytest.fixture
def crm():
    with FakeCRM(lifetime_s=300) as server:
        yield server


def test_no_canary_in_any_file_the_kit_wrote_after_a_protected_session(tmp_path, crm):
    env = {**NO_KEYRING, "KIT_PASS": PASS, "MC_KEY": crm.mc_key}
    cli = Cli(tmp_path / "data")
    before, during = canaries("before"), canaries("during")
    phone = ("612-624-5813", "+16126245813")

    # Before protection: clear sign-ups, a backup, a restore (damaged/ keeps a clear copy).
    assert cli("event", "add", "Lake Street table", "--date", "2026-06-14").returncode == 0
    sign_up(cli, before, "--phone", phone[0])
    assert cli("backup").returncode == 0
    assert cli("restore", "--yes").returncode == 0
    assert list((cli.data_dir / "damaged").rglob("outreach-kit.sqlite3"))
    sign_up(cli, canaries("lost"))  # only in the restored-over copy, which damaged/ kept

    protected = cli("protect", "init", "--passphrase-env", "KIT_PASS", env=env)
    assert protected.returncode == 0, protected.stderr
    assert "Sealed" in protected.stdout

    # The protected session: kiosk sign-ups, a sync that fails quoting the email back.
    sign_up(cli, during)
    added = cli("target", "add", "MC", "--kind", "mailchimp", "--url", crm.mc_url,
                "--list", "aud1", "--rate", "0", env=env)
    assert added.returncode == 0, added.stderr
    for c in (before, during):
        crm.fail_next("400", reason=f"{c['email']} looks fake or invalid, please enter a real "
                                    f"email address ({c['first']})")
    synced = cli("--passphrase-env", "KIT_PASS", "sync", "--target", "MC", "--token-env",
                 "MC_KEY", env=env)
    assert synced.returncode != 0  # permanent failures stay visible: "needs attention"
    assert any(c["email"] in r.body.decode("utf-8", "replace") for r in crm.requests
               for c in (before, during))  # it did talk about them to the server
    assert cli("--passphrase-env", "KIT_PASS", "sync", "--target", "MC", "--token-env",
               "MC_KEY", env=env).returncode in (0, 1)
    for command in (("target", "list", "--json"), ("protect", "status"), ("doctor",),
                    ("sync", "--dry-run")):
        shown = cli(*command, env=env)  # a locked kit shows nothing of theirs either
        assert not [w for w in needles([before, during], phone[1])
                    if w in shown.stdout + shown.stderr], command

    # An export (the one file meant to hold them), a bundle, a backup, another restore.
    export = tmp_path / "exports" / "contacts.csv"
    export.parent.mkdir()
    assert cli("--passphrase-env", "KIT_PASS", "export", "csv", "-o", str(export),
               env=env).returncode == 0
    bundle = tmp_path / "exports" / "day.bundle"
    assert cli("bundle", "export", "-o", str(bundle)).returncode == 0
    assert cli("backup").returncode == 0
    assert cli("restore", "--yes").returncode == 0

    words = needles([before, during], phone[1])
    assert during["email"] in export.read_text(encoding="utf-8")  # the search can find them
    assert hits(tmp_path, words, skip={export}) == []

    # The log: nothing finer than the quarter hour, before protection included.
    stamps = []
    for log_file in (cli.data_dir / "logs").glob("outreach-kit.log*"):
        stamps += re.findall(r"^(\d{4}-\d\d-\d\d \d\d:\d\d\S*) ",
                             log_file.read_text(encoding="utf-8"), re.MULTILINE)
    fine = [s for s in stamps if not re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:(00|15|30|45)", s)]
    assert stamps and fine == []


def sign_up_one(cli: Cli, c: dict[str, str], phone: str, *extra: str) -> None:
    done = cli("signup", "add", "--first-name", c["first"], "--last-name", c["last"],
               "--email", c["email"], "--phone", phone, "--note", c["note"], "--consent-email",
               "--consent-sms", *extra)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("protected", [False, True], ids=["clear", "protected"])
def test_no_canary_of_a_removed_person_in_any_file_the_kit_wrote(tmp_path, crm, protected):
    """After `contacts remove` and the sync that tells the services (which already had the
    person), no file under the data dir holds them: not the database, its WAL, the log, nor a
    backup made before the removal. On a protected kit, not even before that sync."""
    env = {**NO_KEYRING, "KIT_PASS": PASS, "MC_KEY": crm.mc_key, "AN_KEY": crm.an_token}
    cli = Cli(tmp_path / "data")
    unlock: tuple[str, ...] = ("--passphrase-env", "KIT_PASS") if protected else ()
    gone, stays, quiet = canaries("gone"), canaries("stays"), canaries("quiet")
    phone = ("612-624-5813", "+16126245813")
    assert cli("event", "add", "Lake Street table", "--date", "2026-06-14").returncode == 0
    if protected:
        assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=env).returncode == 0
    for name, kind, extra in (("MC", "mailchimp", ("--url", crm.mc_url, "--list", "aud1")),
                              ("AN", "actionnetwork", ("--url", crm.an_url))):
        added = cli("target", "add", name, "--kind", kind, *extra, "--rate", "0", env=env)
        assert added.returncode == 0, added.stderr
    sign_up_one(cli, gone, phone[0])
    sign_up_one(cli, stays, "612-555-0177")
    quietly = cli("signup", "add", "--first-name", quiet["first"], "--email", quiet["email"],
                  "--note", quiet["note"])  # no yes: no service ever hears of them
    assert quietly.returncode == 0, quietly.stderr
    synced = cli(*unlock, "sync", "--token-env", "MC_KEY", "--target", "MC", env=env)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    synced = cli(*unlock, "sync", "--token-env", "AN_KEY", "--target", "AN", env=env)
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert cli("backup").returncode == 0  # an older backup holds them
    words = needles([gone], phone[1])
    if not protected:  # a protected kit never held them in clear
        assert hits(cli.data_dir, words, skip=set()), "the canaries must be there first"

    # Nobody has to be told of someone no service had: gone from every file at once.
    assert cli(*unlock, "contacts", "remove", "--email", quiet["email"], env=env).returncode == 0
    assert hits(cli.data_dir, [quiet["email"], quiet["first"], quiet["note"]], skip=set()) == []

    removed = cli(*unlock, "contacts", "remove", "--email", gone["email"], "--json", env=env)
    assert removed.returncode == 0, removed.stderr
    assert removed.json()["targets_to_tell"] == 2
    if protected:  # the addresses the services still need are sealed
        assert hits(cli.data_dir, words, skip=set()) == []

    for name, key in (("MC", "MC_KEY"), ("AN", "AN_KEY")):
        told = cli(*unlock, "sync", "--target", name, "--token-env", key, env=env)
        assert told.returncode == 0, told.stdout + told.stderr
        assert "removals (people removed, addresses replaced): told 1" in told.stdout
    person = crm.person_by_email(gone["email"])
    assert person["emails"] == {gone["email"]: "unsubscribed"}
    assert person["phones"] == {phone[1].lstrip("+"): "unsubscribed"}

    assert hits(cli.data_dir, words, skip=set()) == []
    if not protected:  # the search does find what stays
        assert hits(cli.data_dir, [stays["email"]], skip=set())
