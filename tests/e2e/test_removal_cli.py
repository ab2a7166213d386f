"""`outreach-kit contacts remove` (issue 21, "Removal is a promise"): the same use case as the
app's Delete, from the command line, on a clear and on a protected kit."""

from __future__ import annotations

import pytest

PASS = "correct horse battery staple"
ENV = {"KIT_PASS": PASS, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
EMAIL = "ayesha.cli@example.org"


def add_people(cli) -> None:
    assert cli("event", "add", "Lake Street table").returncode == 0
    for args in (("--first-name", "Ayesha", "--email", EMAIL, "--phone", "612-624-5813",
                  "--consent-email"),
                 ("--first-name", "Ayesha", "--email", EMAIL),
                 ("--first-name", "Bo", "--email", "bo@example.org")):
        done = cli("signup", "add", *args)
        assert done.returncode == 0, done.stderr


def listed(cli, *extra: str) -> list[str]:
    done = cli(*extra, "contacts", "list", "--json", env=ENV)
    assert done.returncode == 0, done.stderr
    return sorted(r["email"] for r in done.json())


@pytest.mark.parametrize("protected", [False, True], ids=["clear", "protected"])
def test_contacts_remove_by_email_and_json(cli, protected):
    add_people(cli)
    unlock: tuple[str, ...] = ()
    if protected:
        assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
        unlock = ("--passphrase-env", "KIT_PASS")
    done = cli(*unlock, "contacts", "remove", "--email", "Ayesha.CLI@example.org", "--json",
               env=ENV)
    assert done.returncode == 0, done.stderr
    assert done.json()["contacts"] == 1 and done.json()["signups"] == 2
    assert listed(cli, *unlock) == ["bo@example.org"]

    again = cli(*unlock, "contacts", "remove", "--email", EMAIL, env=ENV)
    assert again.returncode == 2 and again.stdout == ""
    assert again.stderr.count("\n") == 1 and "Nobody here has this email" in again.stderr


def test_contacts_remove_by_phone_says_what_it_did(cli):
    add_people(cli)
    done = cli("contacts", "remove", "--phone", "(612) 624-5813")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Removed 1 contact and 2 sign-ups."
    assert listed(cli) == ["bo@example.org"]


@pytest.mark.parametrize("args", [("--email", "not-an-address"), ("--phone", "12"), (),
                                  ("--email", EMAIL, "--phone", "612-624-5813")])
def test_bad_input_exits_2_with_one_line_and_removes_nobody(cli, args):
    add_people(cli)
    done = cli("contacts", "remove", *args)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert listed(cli) == ["ayesha.cli@example.org", "bo@example.org"]


def test_a_locked_kit_says_so_and_keeps_everyone(cli):
    add_people(cli)
    assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
    done = cli("contacts", "remove", "--email", EMAIL)
    assert done.returncode == 2 and "--passphrase-env VAR" in done.stderr
    assert listed(cli, "--passphrase-env", "KIT_PASS") == ["ayesha.cli@example.org",
                                                           "bo@example.org"]


@pytest.mark.parametrize("protected", [False, True], ids=["clear", "protected"])
@pytest.mark.parametrize("fmt", ["csv", "vcard"])
def test_the_kits_own_csv_or_vcard_export_does_not_bring_a_removed_person_back(
        cli, tmp_path, protected, fmt):
    """A sheet or address book this kit exported before the removal names the contact (its
    'Contact UUID' column, the card's UID): its row is left out, as a bundle's or a JSON
    export's sign-ups are (their rows carry no sign-up UUID, and their details are the
    contact's latest, which no visit tombstone matches)."""
    add_people(cli)
    unlock: tuple[str, ...] = ()
    if protected:
        assert cli("protect", "init", "--passphrase-env", "KIT_PASS", env=ENV).returncode == 0
        unlock = ("--passphrase-env", "KIT_PASS")
    out = tmp_path / f"before.{fmt}"
    assert cli(*unlock, "export", fmt, "-o", str(out), env=ENV).returncode == 0
    assert cli(*unlock, "contacts", "remove", "--email", EMAIL, env=ENV).returncode == 0

    done = cli(*unlock, "import", str(out), "--json", env=ENV)
    assert done.returncode == 0, done.stderr
    assert done.json()["removed"] == 1
    assert listed(cli, *unlock) == ["bo@example.org"]


def test_a_removal_also_reaches_the_copies_a_restore_set_aside(cli):
    """`restore` keeps the database it replaced in damaged/ (never deleted by the kit): a
    person removed afterwards was still there in clear, beside the removal's scrubbed file."""
    data_dir = cli.data_dir
    add_people(cli)
    assert cli("backup").returncode == 0
    assert cli("signup", "add", "--first-name", "Cy", "--email", "cy@example.org").returncode == 0
    assert cli("restore", "--yes").returncode == 0
    set_aside = [p for p in (data_dir / "damaged").rglob("*") if p.is_file()]
    assert any(EMAIL.encode() in p.read_bytes() for p in set_aside)

    done = cli("contacts", "remove", "--email", EMAIL, "--json")
    assert done.returncode == 0, done.stderr
    holding = [p.relative_to(data_dir) for p in data_dir.rglob("*")
               if p.is_file() and EMAIL.encode() in p.read_bytes()]
    assert holding == []
    # the copy is otherwise kept as it was: the others are still in it
    assert any(b"cy@example.org" in p.read_bytes() for p in set_aside if p.exists())
