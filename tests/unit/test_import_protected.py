"""CSV and JSON import into a protected kit: only when unlocked, sealed with random UUIDs, merged
and made idempotent in memory against the vault, undone on cancel; nothing personal on disk."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path

import pytest

from kit.domain.errors import KitLocked
from kit.domain.signup import SignupForm
from kit.services import protection
from kit.services.contacts import search_contacts
from kit.services.events import create_event
from kit.services.exports import export_contacts
from kit.services.imports import ImportCancelled, plan_import, run_import
from kit.services.kit import Kit, open_kit
from kit.services.row_ids import LEGACY_IMPORT_NAMESPACE, import_namespace
from kit.services.signups import record_signup
from kit.store.models import ALL_MODELS, Contact, Event, Outbox, Signup, SyncTarget
from tests.unit.test_protect import FAST, PASS, reopened


def canaries() -> dict[str, str]:
    tag = uuid.uuid4().hex[:10]
    return {"first": f"Zarqa{tag}", "last": f"Qanari{tag}", "email": f"canary.{tag}@example.org",
            "note": f"notecanary{tag}", "urdu_first": f"زرقا{tag}", "urdu_last": f"کناری{tag}",
            "urdu_note": f"یادداشت{tag}"}


def needles(c: dict[str, str]) -> list[str]:
    return [*c.values(), "urdu." + c["email"], "+16126245813"]


def hits(data_dir: Path, words: list[str]) -> list[str]:
    found = []
    for path in sorted(p for p in data_dir.rglob("*") if p.is_file()):
        content = path.read_bytes()
        for word in words:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if word.encode(encoding) in content:
                    found.append(f"{path.name}: {word!r} ({encoding})")
    return found


def sheet(tmp_path: Path, c: dict[str, str], name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_text(
        "First name,Last name,Email,Phone,Email OK?,Notes\n"
        f"{c['first']},{c['last']},{c['email']},612-624-5813,yes,{c['note']}\n"
        f"{c['urdu_first']},{c['urdu_last']},urdu.{c['email']},,no,{c['urdu_note']}\n",
        encoding="utf-8")
    return path


@pytest.fixture
def unlocked(kit_with_event) -> Kit:
    protection.init_protection(kit_with_event, PASS, kdf=FAST)  # left unlocked
    return kit_with_event


def test_an_unlocked_protected_kit_imports_sealed_and_leaves_no_canary(unlocked, tmp_path):
    SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
    c = canaries()
    report = run_import(unlocked, plan_import(sheet(tmp_path, c)))
    assert (report.imported, report.merged, report.unchanged, report.errors) == (2, 0, 0, [])
    assert Contact.select().count() == 0
    rows = list(Signup.select())
    assert len(rows) == 2 and all(r.sealed and r.contact_id is None and r.note == "" for r in rows)
    assert all(r.source == "import" and r.created_at.minute % 15 == 0 and r.created_at.second == 0
               for r in rows)
    # The wording stays in clear, so it must not name the file (a name can say who is in it).
    assert all(r.consent_email_text.startswith("Imported from a file: ") for r in rows)
    assert not any("people.csv" in r.consent_email_text + r.consent_sms_text for r in rows)
    assert Outbox.select().count() == 2  # queued for the enabled target
    # No UUID is derived from the row (as the clear path's UUID 5 is): they are random.
    assert all(uuid.UUID(r.uuid).version == 4 for r in rows)
    # The importer's vault already shows them; another process sees them after unlocking.
    assert {p.first_name for p in search_contacts(unlocked)} == {c["first"], c["urdu_first"]}
    with reopened(unlocked) as other:
        protection.unlock(other, PASS)
        found = {p.first_name: p for p in search_contacts(other)}
        assert set(found) == {c["first"], c["urdu_first"]}
        assert found[c["first"]].consent_email and found[c["first"]].note == c["note"]
        assert found[c["first"]].phone == "+16126245813"
    unlocked.store.backup("manual")
    unlocked.store.db.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
    assert hits(unlocked.paths.data_dir, needles(c)) == []


def test_importing_the_same_file_again_changes_nothing(unlocked, tmp_path):
    path = sheet(tmp_path, canaries())
    run_import(unlocked, plan_import(path))
    before = {r.uuid for r in Signup.select()}
    again = run_import(unlocked, plan_import(path))
    assert (again.imported, again.merged, again.unchanged) == (0, 0, 2)
    assert {r.uuid for r in Signup.select()} == before
    # Also after relocking and unlocking (the vault rebuilt from the sealed rows).
    protection.lock(unlocked)
    protection.unlock(unlocked, PASS)
    third = run_import(unlocked, plan_import(path))
    assert third.unchanged == 2 and Signup.select().count() == 2


def test_a_row_joins_its_person_by_the_identity_rule(unlocked, tmp_path):
    record_signup(unlocked, SignupForm(first_name="Ayesha", email="ayesha@example.org"))
    path = tmp_path / "more.csv"
    path.write_text("First name,Last name,Email,Phone\n"
                    "Ayesha,Khan,AYESHA@example.org,612-624-5000\n"  # same email: merged
                    "Omar,,,612-624-5000\n"  # phone alone: joins Ayesha (she has that phone now)
                    "Sara,,sara@example.org,\n"
                    "Sara,,sara@example.org,\n",  # the same row twice: once
                    encoding="utf-8")
    report = run_import(unlocked, plan_import(path))
    assert (report.imported, report.merged, report.unchanged) == (1, 2, 1)
    people = {p.email or p.phone: p for p in search_contacts(unlocked)}
    assert set(people) == {"ayesha@example.org", "sara@example.org"}
    assert (people["ayesha@example.org"].last_name, len(people["ayesha@example.org"].signups)) == (
        "Khan", 3)
    assert Signup.select().count() == 4  # 1 kiosk + 3 imported


def test_a_dry_run_counts_like_the_real_run_and_writes_nothing(unlocked, tmp_path):
    path = sheet(tmp_path, canaries())
    dry = run_import(unlocked, plan_import(path), dry_run=True)
    assert (dry.imported, dry.merged, dry.unchanged, dry.dry_run) == (2, 0, 0, True)
    assert Signup.select().count() == 0 and len(search_contacts(unlocked)) == 0


def test_a_locked_kit_refuses_with_the_hint_and_writes_nothing(unlocked, tmp_path):
    protection.lock(unlocked)
    for dry_run in (False, True):
        with pytest.raises(KitLocked, match="coordinator's kit.*--passphrase-env VAR"):
            run_import(unlocked, plan_import(sheet(tmp_path, canaries())), dry_run=dry_run)
    assert Signup.select().count() == 0 and Contact.select().count() == 0


def test_a_public_key_only_laptop_refuses(unlocked, tmp_path):
    public = protection.write_public_key(unlocked, tmp_path / "public.json")
    table = open_kit(tmp_path / "table")
    try:
        create_event(table, "Table", "", "2026-06-14")
        protection.init_public_only(table, public)
        with pytest.raises(KitLocked, match="coordinator's kit"):
            run_import(table, plan_import(sheet(tmp_path, canaries())))
        assert Signup.select().count() == 0
    finally:
        table.close()
        unlocked.store.db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)


def test_cancel_takes_back_every_batch_and_the_vault_entries(unlocked, tmp_path, monkeypatch):
    import kit.services.imports as imports

    monkeypatch.setattr(imports, "BATCH_ROWS", 2)
    record_signup(unlocked, SignupForm(first_name="Kiosk", email="kiosk@example.org"))
    path = tmp_path / "many.csv"
    path.write_text("First name,Email\n" + "".join(
        f"P{n},p{n}@example.org\n" for n in range(7)), encoding="utf-8")
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 5  # after two committed batches

    with pytest.raises(ImportCancelled):
        run_import(unlocked, plan_import(path), cancel=cancel)
    assert Signup.select().count() == 1 and Outbox.select().count() == 0
    assert [p.first_name for p in search_contacts(unlocked)] == ["Kiosk"]
    protection.lock(unlocked)
    assert protection.unlock(unlocked, PASS).opened == 1


def test_json_export_of_a_protected_kit_reimports_into_another_losslessly(unlocked, tmp_path):
    c = canaries()
    record_signup(unlocked, SignupForm(first_name="Ayesha", email="a@example.org",
                                       interests=["volunteer"], consent_email=True, note="first"))
    record_signup(unlocked, SignupForm(first_name="Ayesha", last_name="Khan",
                                       email="a@example.org", phone="612-624-5000"))
    run_import(unlocked, plan_import(sheet(tmp_path, c)))
    export = tmp_path / "all.json"
    export_contacts(unlocked, "json", export)

    def content(kit: Kit) -> list:
        people = []
        for p in search_contacts(kit):
            visits = sorted(
                (Event.get(Event.uuid == s.event_uuid).name, s.created_at.isoformat(), s.interests,
                 s.note, s.language, tuple((a.channel, a.wording, a.granted) for a in s.consents))
                for s in p.signups)
            people.append((p.first_name, p.last_name, p.email, p.phone, p.postal_code, p.note,
                           p.consent_email, p.consent_sms, p.interests, visits))
        return sorted(people)

    original = content(unlocked)
    other = open_kit(tmp_path / "other")  # a kit with its own keys
    try:
        protection.init_protection(other, PASS + " two", kdf=FAST)
        report = run_import(other, plan_import(export))
        assert (report.imported, report.events_created, report.errors) == (3, 1, [])
        assert Contact.select().count() == 0 and all(s.sealed for s in Signup.select())
        assert content(other) == original
        file_uuids = {s["uuid"] for p in json.loads(export.read_text(encoding="utf-8"))["contacts"]
                      for s in p["signups"]}
        assert not file_uuids & {s.uuid for s in Signup.select()}  # new random UUIDs
        again = run_import(other, plan_import(export))
        assert (again.imported, again.merged, again.unchanged) == (0, 0, 3)
        protection.lock(other)
        protection.unlock(other, PASS + " two")
        assert content(other) == original
        assert hits(other.paths.data_dir, needles(c)) == []
    finally:
        other.close()
        unlocked.store.db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)


def test_the_clear_path_still_derives_its_uuids(kit_with_event, tmp_path):
    """Unprotected kits are unchanged: contacts in clear, UUID 5 sign-ups (idempotency)."""
    report = run_import(kit_with_event, plan_import(sheet(tmp_path, canaries())))
    assert report.imported == 2 and Contact.select().count() == 2
    assert all(uuid.UUID(s.uuid).version == 5 for s in Signup.select())
    # Under this kit's own secret namespace, never the public one older versions used.
    assert import_namespace(kit_with_event) != LEGACY_IMPORT_NAMESPACE


def test_a_protected_kits_export_log_line_does_not_name_the_file(unlocked, tmp_path):
    record_signup(unlocked, SignupForm(first_name="Ayesha", email="a@example.org",
                                       consent_email=True))
    named = tmp_path / "members-of-the-delegation.csv"
    # A handler on the module's own logger, enabled for the test: other tests in the same
    # process configure logging (propagation off, existing loggers disabled, a global level).
    lines: list[str] = []
    handler = logging.Handler(logging.INFO)
    handler.emit = lambda record: lines.append(record.getMessage())  # type: ignore[method-assign]
    logger = logging.getLogger("kit.services.exports")
    saved = (logger.level, logger.disabled, logging.root.manager.disable)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.disabled = False
    logging.disable(logging.NOTSET)
    try:
        export_contacts(unlocked, "csv", named)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(saved[0])
        logger.disabled = saved[1]
        logging.disable(saved[2])
    assert named.exists()
    assert "Exported 1 contacts as csv to a file" in lines
    assert not [line for line in lines if "members-of-the-delegation" in line]

