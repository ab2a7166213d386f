"""The coordinator's walk-through: table laptops with only the public key, bundles on a stick,
imported into the coordinator's kit (twice), unlocked: exactly the union, nothing duplicated."""

from __future__ import annotations

import json

from tests.kit_fixtures import Cli

PASS = "correct horse battery staple"
ENV = {"KIT_PASS": PASS}


def test_three_laptops_merge_into_one_clean_list(tmp_path):
    coordinator = Cli(tmp_path / "coordinator")
    assert coordinator("event", "add", "Planning meeting").returncode == 0
    assert coordinator("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    public = tmp_path / "stick" / "public-key.json"
    public.parent.mkdir()
    assert coordinator("protect", "public-key", "-o", str(public)).returncode == 0
    assert coordinator("signup", "add", "--first-name", "Home", "--email", "home@example.org").returncode == 0

    bundles = []
    for name in ("lake", "campus"):
        table = Cli(tmp_path / name)
        assert table("protect", "init", "--public-key", str(public)).returncode == 0
        assert table("event", "add", f"{name} table").returncode == 0
        for person in range(3):
            assert table("signup", "add", "--first-name", f"{name}{person}",
                         "--email", f"{name}{person}@example.org", "--interest", "volunteer",
                         "--consent-email").returncode == 0
        # The same person at both tables: one contact with two sign-ups after the merge.
        assert table("signup", "add", "--first-name", "Both", "--email", "both@example.org",
                     "--note", f"met at {name}").returncode == 0
        assert table("handout", "list").returncode == 0
        path = tmp_path / "stick" / f"{name}.bundle"
        done = table("bundle", "export", "-o", str(path), "--json")  # the table kit is locked
        assert done.returncode == 0, done.stderr
        assert done.json()["sealed"] == 4 and done.json()["authenticated"]
        assert "@example.org" not in path.read_text(encoding="utf-8")
        bundles.append(path)

    # A third laptop that only carries a bundle on: table bundles merged there, then home.
    relay = Cli(tmp_path / "relay")
    assert relay("protect", "init", "--public-key", str(public)).returncode == 0
    for path in bundles:
        assert relay("import", str(path)).returncode == 0
    relayed = tmp_path / "stick" / "relay.bundle"
    assert relay("bundle", "export", "-o", str(relayed)).returncode == 0

    for _ in range(2):  # importing everything twice changes nothing the second time
        for path in (*bundles, relayed):
            done = coordinator("import", str(path), "--json")
            assert done.returncode == 0, done.stderr
    second = coordinator("import", str(bundles[0]), "--json").json()
    assert second["imported"] == 0 and second["unchanged"] == 4

    listed = coordinator("--passphrase-env", "KIT_PASS", "contacts", "list", "--json", env=ENV)
    assert listed.returncode == 0, listed.stderr
    people = {r["email"]: r for r in listed.json()}
    assert sorted(people) == sorted(
        ["home@example.org", "both@example.org"]
        + [f"{n}{i}@example.org" for n in ("lake", "campus") for i in range(3)])
    assert len(people["both@example.org"]["events"]) == 2
    events = coordinator("event", "list", "--json").json()
    assert sorted(e["name"] for e in events) == ["Planning meeting", "campus table", "lake table"]
    assert sum(e.get("signups", 0) for e in events) == 9


def test_a_modified_bundle_is_refused(tmp_path):
    kit = Cli(tmp_path / "a")
    assert kit("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    assert kit("event", "add", "Table").returncode == 0
    assert kit("signup", "add", "--first-name", "A", "--email", "a@example.org").returncode == 0
    path = tmp_path / "a.bundle"
    assert kit("bundle", "export", "-o", str(path)).returncode == 0
    document = json.loads(path.read_text(encoding="utf-8"))
    document["payload"] = document["payload"].replace('"consent_email":false', '"consent_email":true')
    path.write_text(json.dumps(document), encoding="utf-8")
    done = kit("import", str(path))
    assert done.returncode == 2 and "modified" in done.stderr


def test_an_unprotected_kit_writes_a_digest_only_bundle_with_clear_signups(tmp_path):
    source, target = Cli(tmp_path / "s"), Cli(tmp_path / "t")
    assert source("event", "add", "Table").returncode == 0
    assert source("signup", "add", "--first-name", "Clear", "--email", "c@example.org").returncode == 0
    path = tmp_path / "s.bundle"
    done = source("bundle", "export", "-o", str(path))
    assert done.returncode == 0 and "digest only" in done.stdout
    imported = target("import", str(path))
    assert imported.returncode == 0 and "not authenticated" in imported.stderr
    assert [r["email"] for r in target("contacts", "list", "--json").json()] == ["c@example.org"]


def test_a_removed_person_stays_removed_when_a_table_laptop_sends_them_again(tmp_path):
    """Issue 21: the table laptop (public key only) still holds the removed person's sealed
    sign-up; its next bundles do not bring them back, nor queue them for sync. Their new
    sign-up at a later table is a new consent and arrives."""
    coordinator = Cli(tmp_path / "coordinator")
    assert coordinator("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    public = tmp_path / "stick" / "public-key.json"
    public.parent.mkdir()
    assert coordinator("protect", "public-key", "-o", str(public)).returncode == 0
    table = Cli(tmp_path / "table")
    assert table("protect", "init", "--public-key", str(public)).returncode == 0
    assert table("event", "add", "Lake table").returncode == 0
    for first in ("Gone", "Stays"):
        assert table("signup", "add", "--first-name", first, "--email",
                     f"{first.lower()}@example.org", "--consent-email").returncode == 0
    day_one = tmp_path / "stick" / "day1.bundle"
    assert table("bundle", "export", "-o", str(day_one)).returncode == 0
    assert coordinator("import", str(day_one)).returncode == 0
    unlocked = ("--passphrase-env", "KIT_PASS")
    removed = coordinator(*unlocked, "contacts", "remove", "--email", "gone@example.org", env=ENV)
    assert removed.returncode == 0, removed.stderr

    day_two = tmp_path / "stick" / "day2.bundle"  # the table still holds the sealed sign-up
    assert table("bundle", "export", "-o", str(day_two)).returncode == 0
    for path in (day_one, day_two):
        done = coordinator("import", str(path), "--json")  # a locked coordinator kit too
        assert done.returncode == 0, done.stderr
        assert (done.json()["imported"], done.json()["removed"]) == (0, 1)

    def emails() -> list[str]:
        listed = coordinator(*unlocked, "contacts", "list", "--json", env=ENV)
        assert listed.returncode == 0, listed.stderr
        return sorted(r["email"] for r in listed.json())

    assert emails() == ["stays@example.org"]

    assert table("event", "add", "Campus table").returncode == 0  # weeks later
    assert table("signup", "add", "--first-name", "Gone", "--email", "gone@example.org",
                 "--consent-email").returncode == 0
    later = tmp_path / "stick" / "later.bundle"
    assert table("bundle", "export", "-o", str(later)).returncode == 0
    done = coordinator("import", str(later), "--json")
    assert (done.json()["imported"], done.json()["removed"]) == (1, 1), done.stdout
    assert emails() == ["gone@example.org", "stays@example.org"]
