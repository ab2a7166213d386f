"""Retention: purge keeps the counts and drops personal data only when it is safe elsewhere;
wipe destroys the keys and the files."""

from __future__ import annotations

import datetime as dt

import pytest

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.contacts import search_contacts
from kit.services.events import list_events
from kit.services.kit import open_kit
from kit.services.retention import purge, purgeable_ids, wipe
from kit.services.signups import record_signup
from kit.store.models import Contact, Outbox, Signup, SyncTarget
from tests.log_capture import logged

PASS = "correct horse battery staple"
THEN = dt.datetime(2026, 6, 14, 15, 30, tzinfo=dt.UTC)


def sign(kit, **fields):
    fields.setdefault("first_name", "Ayesha")
    return record_signup(kit, SignupForm(**fields))


def later(kit, days):
    kit.clock = lambda: THEN + dt.timedelta(days=days)


@pytest.mark.parametrize("protected", [False, True])
def test_purge_drops_confirmed_personal_data_and_keeps_the_counts(kit_with_event, protected):
    kit = kit_with_event
    if protected:
        protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    target = SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/h")
    kit.clock = lambda: THEN
    sent = sign(kit, email="sent@example.org", interests=("volunteer",), consent_email=True)
    pending = sign(kit, email="pending@example.org")
    Outbox.update(state="sent").where(
        Outbox.signup == Signup.get(Signup.uuid == sent.signup_uuid).id).execute()
    SyncTarget.update(enabled=False).where(SyncTarget.id == target.id).execute()
    later(kit, 40)
    assert purgeable_ids(kit, 60) == []  # not old enough
    report = purge(kit, 30)
    assert report.signups == 1
    row = Signup.get(Signup.uuid == sent.signup_uuid)
    assert row.sealed is None and row.contact_id is None and row.note == ""
    assert row.consent_email and row.interests == '["volunteer"]'  # statistics survive
    assert Signup.select().count() == 2 and list_events(kit)[0].signups == 2
    kept = Signup.get(Signup.uuid == pending.signup_uuid)
    assert kept.sealed is not None or kept.contact_id is not None
    emails = {c.email for c in search_contacts(kit)}
    assert emails == {"pending@example.org"}
    if not protected:
        assert Contact.select().count() == 1


# Every state but `sent`, written out here: a target whose row is in any of them does not have
# the sign-up (or, for `sending`, may not), so its data must stay.
NOT_DELIVERED = ["pending", "sending", "retry", "failed", "needs_attention", "skipped"]


@pytest.mark.parametrize("protected", [False, True])
@pytest.mark.parametrize("other_state", NOT_DELIVERED)
def test_a_signup_sent_to_one_target_but_not_another_keeps_its_data(kit_with_event, protected,
                                                                    other_state):
    kit = kit_with_event
    if protected:
        protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    crm = SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/crm")
    mailer = SyncTarget.create(name="mailer", kind="webhook", base_url="https://example.org/mail")
    kit.clock = lambda: THEN
    receipt = sign(kit, email="half@example.org", consent_email=True)
    signup_id = Signup.get(Signup.uuid == receipt.signup_uuid).id
    assert Outbox.select().where(Outbox.signup == signup_id).count() == 2
    Outbox.update(state="sent").where((Outbox.signup == signup_id) & (Outbox.target == crm.id)).execute()
    Outbox.update(state=other_state).where(
        (Outbox.signup == signup_id) & (Outbox.target == mailer.id)).execute()
    kit.settings.set("last_export_at", "2026-12-31T00:00:00")  # an export does not change this
    later(kit, 40)
    assert purgeable_ids(kit, 30) == []
    assert purge(kit, 30).signups == 0
    kept = Signup.get(Signup.id == signup_id)
    assert kept.sealed is not None or kept.contact_id is not None
    assert {c.email for c in search_contacts(kit)} == {"half@example.org"}
    # Once the second target has it too, it may go: the rule is "every target", not "never".
    Outbox.update(state="sent").where(Outbox.signup == signup_id).execute()
    assert purge(kit, 30).signups == 1


def test_without_targets_only_exported_signups_are_purged(kit_with_event):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    kit.clock = lambda: THEN
    sign(kit, email="early@example.org")
    # An export at 15:40 may not have seen a sealed sign-up stored at "15:30" (made 15:30..15:44).
    kit.settings.set("last_export_at", "2026-06-14T15:40:00")
    later(kit, 40)
    assert purge(kit, 30).signups == 0
    kit.settings.set("last_export_at", "2026-06-14T15:45:00")
    assert purge(kit, 30).signups == 1


def test_a_sealed_row_on_the_full_hour_may_be_an_old_hourly_one(kit_with_event):
    kit = kit_with_event
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    kit.clock = lambda: THEN.replace(minute=0)
    sign(kit, email="early@example.org")  # stored at 15:00, as a row sealed before quarter hours
    kit.settings.set("last_export_at", "2026-06-14T15:45:00")
    later(kit, 40)
    assert purge(kit, 30).signups == 0
    kit.settings.set("last_export_at", "2026-06-14T16:00:00")
    assert purge(kit, 30).signups == 1


def test_wipe_destroys_the_keys_and_every_file(tmp_path):
    kit = open_kit(tmp_path / "data")
    from kit.services.events import create_event

    create_event(kit, "Table")
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    sign(kit, email="gone@example.org")
    kit.store.backup("manual")
    (tmp_path / "data" / "logs").mkdir(exist_ok=True)
    (tmp_path / "data" / "logs" / "outreach-kit.log").write_text("a log line\n")
    report = wipe(kit)
    assert report.crypto_erased and report.left == []
    assert not (tmp_path / "data").exists()
    assert any("SSD" in note for note in report.not_guaranteed)


@pytest.mark.parametrize("protected", [False, True])
def test_with_no_targets_and_no_export_nothing_is_purged(kit_with_event, protected):
    """Issue 22's hand mutation: purge with no targets and no export removed everything older
    than N days. Neither a sync nor a full export has it elsewhere, so it all stays, however
    old; an export narrowed to one event sets no mark, so it does not count either."""
    kit = kit_with_event
    if protected:
        protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    kit.clock = lambda: THEN
    sign(kit, email="only-here@example.org", consent_email=True)
    later(kit, 400)
    assert kit.settings.get("last_export_at") is None
    assert purgeable_ids(kit, 30) == [] and purgeable_ids(kit, 0) == []
    assert purge(kit, 0).signups == 0
    assert {c.email for c in search_contacts(kit)} == {"only-here@example.org"}


def test_a_purge_leaves_the_email_in_no_file_of_the_kit(kit_with_event, tmp_path):
    """Issue 22's hand mutation: no scrub after a purge. An older backup, the WAL and SQLite's
    free pages all still held the purged email; after a purge no file under the data dir does."""
    from kit.services.exports import export_contacts

    kit = kit_with_event
    kit.clock = lambda: THEN
    sign(kit, email="purged@example.org", note="gone soon")
    sign(kit, first_name="Bo", email="kept@example.org")
    export_contacts(kit, "csv", tmp_path / "export.csv")  # the mark: both are elsewhere now
    later(kit, 1)
    sign(kit, first_name="Cy", email="later@example.org")  # after the export: stays
    backup = kit.store.backup("manual")
    assert b"purged@example.org" in backup.read_bytes()
    later(kit, 40)

    assert purge(kit, 30).signups == 2

    assert {c.email for c in search_contacts(kit)} == {"later@example.org"}
    for path in kit.paths.data_dir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"purged@example.org" not in data, path.name
            assert b"gone soon" not in data, path.name
    assert not backup.exists()


def _protected_kit(tmp_path):
    from kit.services.events import create_event

    kit = open_kit(tmp_path / "data")
    create_event(kit, "Table")
    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))
    sign(kit, email="gone@example.org")
    return kit


def test_wipe_reports_every_path_it_removed(tmp_path):
    kit = _protected_kit(tmp_path)
    data = tmp_path / "data"
    kit.store.backup("manual")
    (data / "logs").mkdir(exist_ok=True)
    (data / "logs" / "outreach-kit.log").write_text("a log line\n")
    report = wipe(kit)
    assert report.crypto_erased and report.left == []
    assert {data / "outreach-kit.sqlite3", data / "backups", data / "logs", data} <= set(
        report.removed)
    assert None not in report.removed


def test_wipe_erases_the_keys_even_where_no_file_can_be_overwritten(tmp_path, monkeypatch):
    """Crypto-erase comes first and stands alone: with every overwrite failing (a drive that
    went read-only), the key ring and the kiosk PIN are already gone from the database, and
    every file left is reported, none claimed as removed."""
    from kit.services import retention

    kit = _protected_kit(tmp_path)
    data = tmp_path / "data"
    kit.settings.set("kiosk_pin", "pin-hash-to-forget")
    from kit.store.models import Setting

    ring = Setting.get(Setting.key == "protection_keys").value
    assert len(ring) > 100
    (data / "notes.txt").write_text("someone else's file")
    monkeypatch.setattr(retention, "overwrite_and_delete", lambda path: False)
    monkeypatch.setattr(retention, "erase_tree", lambda folder: [folder])

    report = wipe(kit)

    assert report.crypto_erased
    database = data / "outreach-kit.sqlite3"
    assert database in report.left and database not in report.removed
    assert data / "notes.txt" in report.left and (data / "notes.txt").exists()
    assert data in report.left and None not in report.left
    assert report.removed == [] or all(p is not None for p in report.removed)
    import sqlite3

    with sqlite3.connect(database) as conn:
        keys = conn.execute("SELECT key FROM setting WHERE key IN ('protection_keys', "
                            "'kiosk_pin')").fetchall()
        others = conn.execute("SELECT count(*) FROM setting").fetchone()[0]
    conn.close()
    assert keys == [] and others > 0  # only the secrets went
    for path in data.glob("outreach-kit.sqlite3*"):
        raw = path.read_bytes()
        assert ring.encode()[-64:] not in raw and b"pin-hash-to-forget" not in raw, path.name


def test_wipe_deletes_the_files_even_when_the_crypto_erase_fails(tmp_path, monkeypatch):
    import logging

    kit = _protected_kit(tmp_path)

    def broken_write():
        raise RuntimeError("the database is damaged")

    monkeypatch.setattr(kit.store, "write", broken_write)
    with logged("kit.services.retention", logging.ERROR) as lines:
        report = wipe(kit)
    assert not report.crypto_erased
    assert "Crypto-erase failed; deleting the files anyway" in lines
    assert not (tmp_path / "data").exists()


def test_a_signup_exactly_n_days_old_may_go(kit_with_event):
    kit = kit_with_event
    kit.clock = lambda: THEN
    sign(kit, email="boundary@example.org")
    kit.settings.set("last_export_at", "2026-06-14T16:00:00")
    kit.clock = lambda: THEN + dt.timedelta(days=30) - dt.timedelta(microseconds=1)
    assert purgeable_ids(kit, 30) == []
    kit.clock = lambda: THEN + dt.timedelta(days=30)
    assert len(purgeable_ids(kit, 30)) == 1


def test_one_signup_kept_by_its_target_never_keeps_the_next(kit_with_event):
    """The rule is per sign-up: one waiting for a target does not hold back a later one that
    no target needs and a full export has."""
    kit = kit_with_event
    target = SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/h")
    kit.clock = lambda: THEN
    waiting = sign(kit, email="waiting@example.org")
    SyncTarget.update(enabled=False).where(SyncTarget.id == target.id).execute()
    exported = sign(kit, first_name="Bo", email="exported@example.org")
    kit.settings.set("last_export_at", "2026-06-14T16:00:00")
    later(kit, 40)
    chosen = purgeable_ids(kit, 30)
    ids = {s.uuid: s.id for s in Signup.select()}
    assert chosen == [ids[exported.signup_uuid]]
    assert ids[waiting.signup_uuid] not in chosen


def test_wipe_leaves_a_file_someone_else_put_in_the_data_folder(tmp_path):
    kit = _protected_kit(tmp_path)
    data = tmp_path / "data"
    (data / "notes.txt").write_text("someone else's file")
    (data / "outreach-kit.write.lock").touch()
    report = wipe(kit)
    assert (data / "notes.txt").read_text() == "someone else's file"
    assert report.left == [data / "notes.txt", data]
    assert not (data / "outreach-kit.write.lock").exists()


def test_purge_reports_exactly_and_takes_its_days_from_the_setting(kit_with_event, tmp_path):
    import logging

    from kit.domain.errors import KitError
    from kit.services.retention import DEFAULT_RETENTION_DAYS, PurgeReport, retention_days

    kit = kit_with_event
    assert retention_days(kit) == DEFAULT_RETENTION_DAYS == 30
    kit.clock = lambda: THEN
    sign(kit, email="one@example.org")
    sign(kit, first_name="Bo", email="two@example.org")
    kit.settings.set("last_export_at", "2026-06-14T16:00:00")
    later(kit, 20)
    assert purge(kit) == PurgeReport(0, 0, 30)  # the default: 30 days, not yet
    with pytest.raises(KitError) as refused:
        purge(kit, -1)
    assert refused.value.code == "bad_days"
    assert str(refused.value) == "--older-than takes a number of days, 0 or more."
    kit.settings.set("retention_days", 10)
    assert retention_days(kit) == 10
    with logged("kit.services.retention", logging.INFO) as lines:
        assert purge(kit) == PurgeReport(2, 2, 10)
    assert "Purged the personal data of 2 sign-ups (2 contacts)" in lines
