"""The coordinator's last step, end to end: a table laptop with only the public key collects
sealed sign-ups, its bundle is imported at home, and the unlocked kit syncs them to the CRM
(exactly one person per attendee, with the consent they gave); a second sync changes nothing."""

from __future__ import annotations

import pytest

from tests.fakecrm import FakeCRM
from tests.kit_fixtures import Cli

PASS = "correct horse battery staple"
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


@pytest.fixture
def crm():
    with FakeCRM(lifetime_s=120) as server:
        yield server


def test_sealed_signups_from_a_table_laptop_sync_once_from_the_unlocked_coordinator_kit(
        tmp_path, crm):
    env = {**NO_KEYRING, "KIT_PASS": PASS, "AN_TOKEN": crm.an_token}
    home = Cli(tmp_path / "home")
    assert home("protect", "init", "--passphrase-env", "KIT_PASS", env=env).returncode == 0
    public = tmp_path / "public-key.json"
    assert home("protect", "public-key", "-o", str(public), env=env).returncode == 0
    added = home("target", "add", "AN", "--kind", "actionnetwork", "--url", crm.an_url,
                 "--rate", "0", env=env)
    assert added.returncode == 0, added.stderr

    table = Cli(tmp_path / "table")
    assert table("protect", "init", "--public-key", str(public), env=env).returncode == 0
    assert table("event", "add", "Lake Street table", "--date", "2026-06-14", env=env).returncode == 0
    attendees = [
        ("Ayesha", ["--email", "ayesha@example.org", "--consent-email"]),
        ("Bilal", ["--email", "bilal@example.org"]),  # no consent at all: not sent
        ("Chinar", ["--phone", "6125550102", "--consent-sms"]),
        # Ayesha again, later: the same person, now with a phone and no email consent.
        ("Ayesha", ["--email", "ayesha@example.org", "--phone", "6125550101"]),
    ]
    for name, extra in attendees:
        done = table("signup", "add", "--first-name", name, *extra, env=env)
        assert done.returncode == 0, done.stderr
    bundle = tmp_path / "table.bundle"
    assert table("bundle", "export", "-o", str(bundle), env=env).returncode == 0

    imported = home("import", str(bundle), "--json", env=env)
    assert imported.returncode == 0, imported.stderr
    waiting = home("target", "list", "--json", env=env).json()
    assert waiting[0]["waiting"] == 4  # the import queued every sign-up for the enabled target

    locked = home("sync", "--token-env", "AN_TOKEN", env=env)
    assert locked.returncode == 2 and "--passphrase-env" in locked.stderr
    assert not crm.requests

    dry = home("--passphrase-env", "KIT_PASS", "sync", "--dry-run", "--json", env=env)
    planned = dry.json()["targets"][0]
    assert (planned["count"], planned["skipped"], planned["needs_attention"]) == (3, 1, 0), dry.stdout

    done = home("--passphrase-env", "KIT_PASS", "sync", "--token-env", "AN_TOKEN", "--json",
                env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.json()["sent"] == 3 and done.json()["skipped"] == 1 and done.json()["complete"]
    assert len(crm.people) == 2
    ayesha = crm.person_by_email("ayesha@example.org")
    # Consent follows her LATEST answer (issue 12): she came back and left the box unticked,
    # so both of her sign-ups tell Action Network "unsubscribed", and her phone (never a yes
    # to texts) is not sent at all.
    assert ayesha["emails"] == {"ayesha@example.org": "unsubscribed"}
    assert ayesha["phones"] == {}
    assert crm.person_by_email("bilal@example.org") is None  # nothing sent without consent
    chinar = next(p for p in crm.people if p["given_name"] == "Chinar")
    assert chinar["phones"] == {"16125550102": "subscribed"}
    # A withdrawal carries the address and its status only: not even her name went.
    assert sorted(p["given_name"] for p in crm.people) == ["", "Chinar"]

    requests = len(crm.requests)
    again = home("--passphrase-env", "KIT_PASS", "sync", "--token-env", "AN_TOKEN", "--json",
                 env=env)
    assert again.returncode == 0 and again.json()["sent"] == 0
    assert len(crm.requests) == requests and len(crm.people) == 2


def test_canary_search_after_a_protected_session_with_a_failing_sync(tmp_path):
    """Issue 13: nothing from a person, or from a server's reply about them, is kept in clear.
    The services refuse (their words quoting the address and a key) and reject the key; then
    every file the kit wrote is searched for the address, its MD5 (Mailchimp's member id) and
    the phone."""
    import hashlib

    email, phone = "canary.person@example.org", "6125550199"
    canaries = [email.encode(), b"canary.person", hashlib.md5(email.encode()).hexdigest().encode(),
                phone.encode(), b"sk-canary-key"]
    with FakeCRM(lifetime_s=120) as crm:
        env = {**NO_KEYRING, "KIT_PASS": PASS, "AN_TOKEN": crm.an_token, "MC_KEY": crm.mc_key}
        home = Cli(tmp_path / "home")
        assert home("protect", "init", "--passphrase-env", "KIT_PASS", env=env).returncode == 0
        assert home("event", "add", "Canary table", env=env).returncode == 0
        done = home("signup", "add", "--first-name", "Zed", "--email", email, "--phone", phone,
                    "--consent-email", "--consent-sms", env=env)
        assert done.returncode == 0, done.stderr
        for name, kind, extra in (("AN", "actionnetwork", []), ("MC", "mailchimp", ["--list", "l"])):
            added = home("target", "add", name, "--kind", kind, "--url",
                         crm.an_url if kind == "actionnetwork" else crm.mc_url, *extra, env=env)
            assert added.returncode == 0, added.stderr
        crm.fail_next("400", path_contains="/an/people", reason=f"{email} refused (sk-canary-key)")
        crm.fail_next("401", path_contains="/mc/")
        for target, var in (("AN", "AN_TOKEN"), ("MC", "MC_KEY")):
            home("--passphrase-env", "KIT_PASS", "sync", "--target", target, "--token-env", var,
                 env=env)
        assert crm.count("POST", "/an/people/") == 1 and crm.count("PUT", "/mc/") == 1
        failed = home("--passphrase-env", "KIT_PASS", "sync", "--target", "AN", "--json",
                      "--token-env", "AN_TOKEN", env=env).json()["failed_rows"]
    found = []
    for path in (tmp_path / "home").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [(str(path.relative_to(tmp_path)), c) for c in canaries if c in data]
    assert found == [], found
    assert failed and "HTTP 400" in failed[0]["reason"]
