"""Hardening (issue 13), below the CLI: identifiers that do not say who, leftover clear copies
sealed by `protect init`, and a log that keeps nothing finer than the database."""

from __future__ import annotations

import logging
import re
import uuid

from kit.domain.signup import SignupForm
from kit.logsetup import KitFormatter, coarsen_log_files, use_coarse_times
from kit.services import protection
from kit.services.imports import plan_import, run_import
from kit.services.kit import open_kit
from kit.services.row_ids import (
    IMPORT_KEY_SETTING,
    LEGACY_IMPORT_NAMESPACE,
    import_namespace,
    is_random_uuid,
    legacy_uuid,
)
from kit.services.signups import record_signup
from kit.store.models import Contact, Outbox, Signup, SyncTarget
from tests.unit.test_import_protected import canaries, hits, needles, sheet
from tests.unit.test_protect import FAST, PASS


def test_signup_and_contact_identifiers_are_random(kit_with_event):
    record_signup(kit_with_event, SignupForm(first_name="Ann", email="ann@example.org"))
    record_signup(kit_with_event, SignupForm(first_name="Ann", email="ann@example.org"))
    assert all(is_random_uuid(s.uuid) for s in Signup.select())
    assert all(is_random_uuid(c.uuid) for c in Contact.select())


def test_imported_row_uuids_cannot_be_computed_without_this_kits_key(kit_with_event, tmp_path):
    """A derived UUID under a public namespace let anyone holding a bundle confirm a guess."""
    people = sheet(tmp_path, canaries())
    assert run_import(kit_with_event, plan_import(people)).imported == 2
    derived = {s.uuid for s in Signup.select()}
    other = open_kit(tmp_path / "other-kit")
    try:
        from kit.services.events import create_event

        create_event(other, "Lake Street table", "Minneapolis", "2026-06-14")
        assert run_import(other, plan_import(people)).imported == 2
        assert not derived & {s.uuid for s in Signup.select()}  # another kit, another key
        assert import_namespace(other) != import_namespace(kit_with_event)
    finally:
        other.close()


def test_importing_the_same_file_twice_adds_nothing_even_for_rows_an_older_version_imported(
        kit_with_event, tmp_path, monkeypatch):
    people = sheet(tmp_path, canaries())
    assert run_import(kit_with_event, plan_import(people)).imported == 2
    assert run_import(kit_with_event, plan_import(people)).unchanged == 2

    older = sheet(tmp_path, canaries(), "older.csv")
    from kit.services.people import clear_import

    # An older version derived every kit's UUIDs under one public namespace.
    monkeypatch.setattr(clear_import, "import_namespace",
                        lambda _kit, save=True: LEGACY_IMPORT_NAMESPACE)
    assert run_import(kit_with_event, plan_import(older)).imported == 2
    monkeypatch.undo()
    again = run_import(kit_with_event, plan_import(older))
    assert (again.imported, again.unchanged) == (0, 2)


def test_identifiers_that_reveal_who_are_rekeyed_when_protection_turns_on(kit_with_event, tmp_path):
    kit = kit_with_event
    with kit.store.write():
        target = SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
    assert run_import(kit, plan_import(sheet(tmp_path, canaries(), "members-of-the-cell.csv"))
                      ).imported == 2
    record_signup(kit, SignupForm(first_name="Kiosk", email="kiosk@example.org"))
    before = {s.id: s.uuid for s in Signup.select()}
    derived = {i for i, u in before.items() if not is_random_uuid(u)}
    assert len(derived) == 2
    outbox_before = {o.signup_id for o in Outbox.select().where(Outbox.target == target.id)}
    assert outbox_before == set(before)

    result = protection.init_protection(kit, PASS, kdf=FAST)

    after = {s.id: s.uuid for s in Signup.select()}
    assert all(is_random_uuid(u) for u in after.values())
    assert all(after[i] != before[i] for i in derived)  # re-keyed ...
    assert all(after[i] == before[i] for i in set(before) - derived)  # ... only what revealed
    assert result.scrub.rekeyed_signups == 2
    # Outbox rows follow (they point at the row), and deliver under the new UUID.
    assert {o.signup_id for o in Outbox.select().where(Outbox.target == target.id)} == outbox_before
    assert kit.settings.get(IMPORT_KEY_SETTING) is None
    for row in Signup.select():
        assert "members-of-the-cell" not in row.consent_email_text + row.consent_sms_text
    imported = [r for r in Signup.select() if r.source == "import"]
    assert {r.consent_email_text for r in imported} == {"Imported from a file: Email OK? = yes",
                                                       "Imported from a file: Email OK? = no"}
    # ... and everything still opens: the seals are bound to the new UUIDs.
    protection.lock(kit)
    report = protection.unlock(kit, PASS)
    assert report.opened == 3 and not report.broken
    # Nothing on disk can be derived from the old UUIDs any more.
    data = b"".join(p.read_bytes() for p in kit.paths.data_dir.rglob("*") if p.is_file())
    assert not [u for i, u in before.items() if i in derived and u.encode() in data]


def test_unnamed_source_takes_the_file_name_out_of_every_import_wording():
    unnamed = protection.unnamed_source
    assert unnamed("Imported from a: b.csv: Email = yes") == "Imported from a file: Email = yes"
    assert unnamed("Imported from x.csv: the file has no email consent column, so no consent "
                   "was recorded.").startswith("Imported from a file: the file has no email")
    assert unnamed("Imported from y.json: the export held no email consent answer.") == (
        "Imported from a file: the export held no email consent answer.")
    assert unnamed("I agree to get emails.") == "I agree to get emails."


def test_leftover_clear_copies_are_sealed_by_protect_init(kit_with_event, tmp_path):
    kit = kit_with_event
    c = canaries()
    record_signup(kit, SignupForm(first_name=c["first"], email=c["email"]))
    damaged = kit.paths.quarantine / "20260101-120000-000000-before-restore"
    damaged.mkdir(parents=True)
    clear_copy = damaged / "outreach-kit.sqlite3"
    clear_copy.write_bytes(b"SQLite format 3\0" + c["email"].encode() + b"\0" * 100)
    restoring = kit.paths.data_dir / ".restoring-123.sqlite3"
    restoring.write_bytes(c["first"].encode("utf-16-le"))

    result = protection.init_protection(kit, PASS, kdf=FAST)

    assert not clear_copy.exists() and not restoring.exists()
    assert sorted(p.name for p in result.scrub.sealed_copies) == [
        ".restoring-123.sqlite3.sealed", "outreach-kit.sqlite3.sealed"]
    assert hits(kit.paths.data_dir, needles(c)) == []
    opened = protection.unseal_copy(kit, damaged / "outreach-kit.sqlite3.sealed",
                                    tmp_path / "opened.sqlite3")
    assert opened.read_bytes() == b"SQLite format 3\0" + c["email"].encode() + b"\0" * 100


def test_the_log_keeps_nothing_finer_than_the_database_on_a_protected_kit(tmp_path):
    log_dir = tmp_path / "logs"
    log_dir.mkdir()
    old = log_dir / "outreach-kit.log"
    old.write_text("2026-06-14 18:07:59,123 INFO kit.ui.kiosk.window: Sign-up 1 stored\n"
                   "Traceback (most recent call last):\n"
                   "2026-06-14 18:44:00,999 INFO kit.ui.kiosk.window: Sign-up 2 stored\n")
    (log_dir / "outreach-kit.log.1").write_text("2026-06-14 09:14:59,001 INFO x: y\n")
    assert coarsen_log_files(log_dir) == 2
    assert old.read_text().splitlines() == ["2026-06-14 18:00 INFO kit.ui.kiosk.window: Sign-up 1 stored",
                                            "Traceback (most recent call last):",
                                            "2026-06-14 18:30 INFO kit.ui.kiosk.window: Sign-up 2 stored"]
    assert (log_dir / "outreach-kit.log.1").read_text() == "2026-06-14 09:00 INFO x: y\n"

    record = logging.LogRecord("kit", logging.INFO, __file__, 1, "Sign-up %s stored", ("u",), None)
    record.created = 1_781_460_479.123  # 2026-06-14 ... :07:59.123 in some zone
    formatter = KitFormatter("%(asctime)s %(message)s")
    try:
        use_coarse_times(True)
        line = formatter.format(record)
    finally:
        use_coarse_times(False)
    stamp = re.match(r"^(\d{4}-\d\d-\d\d \d\d):(\d\d) Sign-up u stored$", line)
    assert stamp and int(stamp.group(2)) % 15 == 0, line
    assert re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", formatter.format(record))


def test_random_uuid_check():
    assert is_random_uuid(str(uuid.uuid4()))
    assert not is_random_uuid(legacy_uuid("x")) and not is_random_uuid("not a uuid")
    assert not is_random_uuid(None)


# -- the campaign pack ---------------------------------------------------------------------------
def _installed_pack(tmp_path):
    from kit.content.storage import default_pack_dir, install_pack

    target = install_pack(tmp_path / "data")
    assert (default_pack_dir() / "mission.md").is_file()
    return target


def test_a_deeply_nested_campaign_toml_is_a_pack_error_naming_the_file(tmp_path):
    import pytest

    from kit.content import PackError, load_pack

    pack = _installed_pack(tmp_path)
    (pack / "campaign.toml").write_text("deep = " + "[" * 50_000 + "]" * 50_000 + "\n")
    with pytest.raises(PackError) as caught:
        load_pack(pack)
    assert "campaign.toml" in str(caught.value) and "nested" in str(caught.value)


def test_a_broken_pack_never_stops_the_signup_desk(kit_with_event, monkeypatch):
    import kit.services.kit_content as kit_module

    pack = kit_with_event.paths.campaign
    kit_with_event.pack()  # installed
    (pack / "campaign.toml").write_text("deep = " + "{a = " * 5_000 + "1" + "}" * 5_000 + "\n")
    assert kit_with_event.reload_pack() is None
    assert "campaign.toml" in kit_with_event.pack_problem
    receipt = record_signup(kit_with_event, SignupForm(first_name="Ann", email="a@example.org"))
    assert Signup.get(Signup.uuid == receipt.signup_uuid).consent_email_text  # built-in wording

    def anything_else(_data_dir):
        raise MemoryError("a pack too big to read")

    monkeypatch.setattr(kit_module, "load_user_pack", anything_else)
    assert kit_with_event.reload_pack() is None
    assert "campaign.toml" in kit_with_event.pack_problem
    record_signup(kit_with_event, SignupForm(first_name="Bo", email="b@example.org"))


def test_symlinks_in_the_pack_are_refused_it_reads_only_regular_files_inside_its_folder(tmp_path):
    import os
    import sys

    import pytest

    if sys.platform == "win32":
        pytest.skip("symbolic links on Windows need administrator rights or developer mode (and "
                    "Wine makes them its own way); junctions: tests/unit/test_windows_portability.py")

    from kit.content import PackError, load_pack

    pack = _installed_pack(tmp_path)
    secret = tmp_path / "outside" / "id_rsa"
    secret.parent.mkdir()
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY----- secretcanary\n")
    mission = pack / "mission.md"
    original = mission.read_text(encoding="utf-8")

    mission.unlink()
    mission.symlink_to(secret)
    with pytest.raises(PackError, match="link") as caught:
        load_pack(pack)
    assert "secretcanary" not in str(caught.value) and "mission" in str(caught.value)

    mission.unlink()  # a folder on the way that links outside
    (tmp_path / "outside" / "mission.md").write_text(original, encoding="utf-8")
    (pack / "texts").symlink_to(tmp_path / "outside")
    toml = pack / "campaign.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'mission_file = "mission.md"', 'mission_file = "texts/mission.md"'), encoding="utf-8")
    with pytest.raises(PackError, match="link"):
        load_pack(pack)

    os.mkfifo(pack / "fifo.md")  # not a regular file: reading it would hang the desk
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'mission_file = "texts/mission.md"', 'mission_file = "fifo.md"'), encoding="utf-8")
    with pytest.raises(PackError, match="regular file"):
        load_pack(pack)

    moved = tmp_path / "outside" / "campaign.toml"
    toml.rename(moved)
    toml.symlink_to(moved)
    with pytest.raises(PackError, match="link"):
        load_pack(pack)
