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
