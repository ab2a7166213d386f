"""Protected mode: keys under a passphrase, sealed sign-ups, locked/unlocked, rotation, tamper reports."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json

import pytest

from kit.domain.errors import KitLocked
from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams, KeyRing, ProtectError, WeakPassphrase, WrongPassphrase, key_id_for
from kit.protect.sealing import SealBroken, SealedFields, open_fields, seal_fields
from kit.protect.vault import BrokenSeal
from kit.services import protection
from kit.services.contacts import (
    count_contacts,
    delete_contact,
    get_contact,
    search_contacts,
    update_contact,
)
from kit.services.events import create_event
from kit.services.kit import Kit, open_kit
from kit.services.signups import record_signup
from kit.services.status import kit_status
from kit.store.models import ALL_MODELS, Contact, Outbox, Signup, SyncTarget

PASS = "correct horse battery staple"
FAST = KdfParams(n=2**14)  # the real default (2**17) is slow on purpose; tests need many unlocks


def sign(kit: Kit, **fields):
    fields.setdefault("first_name", "Ayesha")
    return record_signup(kit, SignupForm(**fields))


@pytest.fixture
def protected(kit_with_event) -> Kit:
    protection.init_protection(kit_with_event, PASS, kdf=FAST)
    protection.lock(kit_with_event)
    return kit_with_event


@contextlib.contextmanager
def reopened(kit: Kit):
    """Another process's view of the same data dir (nothing in memory). peewee binds the
    models to the last opened store, so they are bound back to `kit` afterwards."""
    other = open_kit(kit.paths)
    try:
        yield other
    finally:
        other.close()
        kit.store.db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)


# -- keys and seals (pure) ---------------------------------------------------------------------
def test_key_id_is_the_sha256_prefix_of_the_raw_public_key(protected):
    ring = protection.load_ring(protected)
    key = ring.active()
    assert key.key_id == hashlib.sha256(key.public).hexdigest()[:16] == key_id_for(key.public)


def test_the_passphrase_opens_the_ring_and_nothing_else_does(protected):
    ring = protection.load_ring(protected)
    assert set(ring.unlock(PASS)) == {ring.active_key_id}
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        ring.unlock(PASS + "!")


def test_weak_passphrases_are_refused(kit_with_event):
    with pytest.raises(WeakPassphrase):
        protection.init_protection(kit_with_event, "short pass", kdf=FAST)
    assert not kit_with_event.is_protected()


def test_the_stored_ring_holds_no_private_key_in_clear(protected):
    ring = protection.load_ring(protected)
    private = ring.unlock(PASS)[ring.active_key_id]
    from cryptography.hazmat.primitives import serialization as s

    raw = private.private_bytes(s.Encoding.Raw, s.PrivateFormat.Raw, s.NoEncryption())
    stored = protected.store.db.execute_sql("SELECT value FROM setting").fetchall()
    text = "".join(v for (v,) in stored)
    import base64

    assert base64.b64encode(raw).decode() not in text and raw.hex() not in text


def test_a_seal_is_bound_to_its_row_and_key(protected):
    ring = protection.load_ring(protected)
    key = ring.active()
    private = ring.unlock(PASS)[key.key_id]
    fields = SealedFields("Ayesha", email="a@example.org", created_at=dt.datetime.now(dt.UTC))
    blob = seal_fields(fields, key.public_key(), "uuid-1", key.key_id)
    assert open_fields(blob, private, "uuid-1", key.key_id) == fields
    with pytest.raises(SealBroken):
        open_fields(blob, private, "uuid-2", key.key_id)
    flipped = bytearray(blob)
    flipped[len(blob) // 2] ^= 0x01
    with pytest.raises(SealBroken):
        open_fields(bytes(flipped), private, "uuid-1", key.key_id)


def test_every_sealed_field_comes_back_in_its_own_place():
    # from_json names each field by hand (it runs once per sign-up on an unlock): a swapped
    # pair would open a phone as a ZIP.
    fields = SealedFields("Ayesha", "Khan", "a@example.org", "+16125550101", "55414", "met at 5",
                          dt.datetime(2026, 6, 14, 18, 1, 2, 345, tzinfo=dt.UTC))
    assert SealedFields.from_json(fields.to_json()) == fields
    assert SealedFields.from_json({"first_name": None, "note": 7}) == SealedFields("", note="7")


@pytest.mark.parametrize(("document", "opened"), [
    # As seal_fields writes it, padded: msgspec's way.
    ('{"v":1,"first_name":"Ayesha","email":"a@example.org","created_at":'
     '"2026-06-14T18:01:02.000345+00:00"}' + " " * 40,
     SealedFields("Ayesha", email="a@example.org",
                  created_at=dt.datetime(2026, 6, 14, 18, 1, 2, 345, tzinfo=dt.UTC))),
    ('{"v":1,"first_name":null,"last_name":"Khan","created_at":null,"later":[1]}',
     SealedFields("", "Khan")),
    # Not as seal_fields writes it, but a version-1 object: read leniently, as before.
    ('{"v":1,"first_name":"Ayesha","postal_code":55414,"note":true}',
     SealedFields("Ayesha", postal_code="55414", note="True")),
    ('\n {"v":1,"first_name":"Ayesha"}\t', SealedFields("Ayesha")),
    ('{"v":1,"first_name":5,"note":null}', SealedFields("5")),
    # Authentic but not a sign-up of this version: reported (with why), never guessed at.
    ('{"v":2,"first_name":"Ayesha"}', "the sealed data has an unknown version"),
    ('{"first_name":"Ayesha"}', "the sealed data has an unknown version"),
    ('["v", 1]', "the sealed data has an unknown version"),
    ('{"v":1,"first_name":"Ayesha"} {}', "the sealed data opened but is not a sign-up"),
    ('{"v":1,"first_name":"Ay', "the sealed data opened but is not a sign-up"),
    (b'{"v":1,"first_name":"\xff"}', "the sealed data opened but is not a sign-up"),
])
def test_a_payload_opens_as_written_or_is_reported(protected, document, opened):
    from kit.protect.sealing import SUITE, signup_info

    key = protection.load_ring(protected).active()
    private = protection.load_ring(protected).unlock(PASS)[key.key_id]
    plaintext = document if isinstance(document, bytes) else document.encode("utf-8")
    blob = SUITE.encrypt(plaintext, key.public_key(), signup_info("u", key.key_id))
    if isinstance(opened, str):
        with pytest.raises(SealBroken) as broken:
            open_fields(blob, private, "u", key.key_id)
        assert str(broken.value) == opened
    else:
        assert open_fields(blob, private, "u", key.key_id) == opened


def test_a_seal_moved_to_another_row_or_key_says_so(protected):
    key = protection.load_ring(protected).active()
    private = protection.load_ring(protected).unlock(PASS)[key.key_id]
    blob = seal_fields(SealedFields("Ayesha"), key.public_key(), "row-1", key.key_id)
    assert open_fields(blob, private, "row-1", key.key_id) == SealedFields("Ayesha")
    for row, key_id in (("row-2", key.key_id), ("row-1", "another-key")):
        with pytest.raises(SealBroken) as broken:
            open_fields(blob, private, row, key_id)
        assert str(broken.value) == ("the sealed data does not open with this row's key "
                                     "(changed or moved)")


def test_seal_lengths_do_not_tell_short_names_from_long_ones(protected):
    key = protection.load_ring(protected).active()
    short = seal_fields(SealedFields("Al"), key.public_key(), "u", key.key_id)
    long = seal_fields(SealedFields("Alexandria-Maximiliana"), key.public_key(), "u", key.key_id)
    assert len(short) == len(long)


# -- recording while locked ----------------------------------------------------------------------
def test_a_sealed_signup_keeps_only_counting_data_in_clear(protected):
    SyncTarget.create(name="crm", kind="webhook", base_url="https://example.org/hook")
    now = dt.datetime(2026, 6, 14, 15, 42, 17, tzinfo=dt.UTC)
    protected.clock = lambda: now
    receipt = sign(protected, last_name="Khan", email="ayesha@example.org", phone="612-624-5000",
                   postal_code="55406", interests=("volunteer",), consent_email=True, note="secret")
    assert receipt.contact_id is None
    row = Signup.get(Signup.uuid == receipt.signup_uuid)
    assert row.contact_id is None and row.note == ""
    assert row.created_at == dt.datetime(2026, 6, 14, 15, 30)  # the quarter hour only
    assert row.key_id == protection.load_ring(protected).active_key_id and row.sealed
    assert json.loads(row.interests) == ["volunteer"] and row.consent_email and not row.consent_sms
    assert Contact.select().count() == 0
    assert Outbox.select().where(Outbox.signup == row.id).count() == 1  # still queued for sync
    assert b"ayesha" not in bytes(row.sealed).lower()


def test_a_locked_kit_records_and_counts_but_cannot_read(protected):
    sign(protected, email="a@example.org")
    assert kit_status(protected).signups_today == 1
    for read in (lambda: search_contacts(protected), lambda: count_contacts(protected),
                 lambda: get_contact(protected, -1), lambda: delete_contact(protected, -1),
                 lambda: update_contact(protected, -1, SignupForm(first_name="X", email="x@y.org"))):
        with pytest.raises(KitLocked, match="--passphrase-env VAR"):
            read()


# -- unlocking ----------------------------------------------------------------------------------
def test_unlock_merges_sealed_signups_by_the_clear_identity_rules(protected):
    sign(protected, first_name="Ayesha", email="ayesha@example.org", consent_email=True)
    sign(protected, first_name="Ayesha", last_name="Khan", email="AYESHA@example.org",
         phone="612-624-5000", postal_code="55406")
    sign(protected, first_name="Omar", phone="612-624-5000")  # phone alone: joins Ayesha
    sign(protected, first_name="Sara", email="sara@example.org", phone="612-624-5000")  # family phone
    with reopened(protected) as other:
        report = protection.unlock(other, PASS)
        assert report.opened == 4 and report.contacts == 2 and not report.broken
        people = {c.email: c for c in search_contacts(other)}
        ayesha = people["ayesha@example.org"]
        assert (ayesha.first_name, ayesha.last_name, ayesha.postal_code) == ("Omar", "Khan", "55406")
        assert len(ayesha.signups) == 3 and not ayesha.consent_email  # the latest answer
        assert len(people["sara@example.org"].signups) == 1
        assert ayesha.id < 0 and get_contact(other, ayesha.id) == ayesha
        assert [c.email for c in search_contacts(other, "SARA")] == ["sara@example.org"]
        assert count_contacts(other, "khan") == 1


def test_contact_ids_and_uuids_are_stable_across_unlocks(protected):
    sign(protected, email="a@example.org")
    sign(protected, email="a@example.org", first_name="A2")
    seen = []
    for _ in range(2):
        with reopened(protected) as other:
            protection.unlock(other, PASS)
            seen.append([(c.id, c.uuid) for c in search_contacts(other)])
    assert seen[0] == seen[1] and len(seen[0]) == 1


def test_urdu_names_are_searchable_once_unlocked(protected):
    sign(protected, first_name="عائشہ", last_name="خان", email="u@example.org")
    protection.unlock(protected, PASS)
    assert [c.first_name for c in search_contacts(protected, "خان")] == ["عائشہ"]


def test_sealed_phones_are_found_however_they_are_typed(protected):
    sign(protected, first_name="Ayesha", phone="612-624-5000")
    sign(protected, first_name="Omar", phone="651-555-0199")
    protection.unlock(protected, PASS)
    for typed in ("612-624", "(612) 624-5000", "+1 612 624", "6245000"):
        assert [c.first_name for c in search_contacts(protected, typed)] == ["Ayesha"], typed
    assert count_contacts(protected, "651-555") == 1 and count_contacts(protected, "12-3") == 0


def test_a_tampered_and_a_swapped_seal_are_reported_at_unlock(protected):
    tampered = sign(protected, email="t@example.org").signup_uuid
    a = sign(protected, email="a@example.org").signup_uuid
    b = sign(protected, email="b@example.org").signup_uuid
    fine = sign(protected, email="fine@example.org").signup_uuid
    row = Signup.get(Signup.uuid == tampered)
    blob = bytearray(row.sealed)
    blob[40] ^= 0x80
    Signup.update(sealed=bytes(blob)).where(Signup.id == row.id).execute()
    blob_a = Signup.get(Signup.uuid == a).sealed
    blob_b = Signup.get(Signup.uuid == b).sealed
    Signup.update(sealed=blob_b).where(Signup.uuid == a).execute()
    Signup.update(sealed=blob_a).where(Signup.uuid == b).execute()

    report = protection.unlock(protected, PASS)
    assert {broken.signup_uuid for broken in report.broken} == {tampered, a, b}
    assert report.opened == 1
    assert [c.signups[0].uuid for c in search_contacts(protected)] == [fine]
    assert protection.unlock_report(protected).broken == report.broken


def test_a_public_key_only_kit_can_seal_but_never_read(protected, tmp_path):
    path = protection.write_public_key(protected, tmp_path / "public.json")
    table = open_kit(tmp_path / "table")
    try:
        create_event(table, "Campus table")
        protection.init_public_only(table, path)
        sign(table, email="table@example.org", note="never readable here")
        assert not protection.load_ring(table).can_read
        with pytest.raises(ProtectError, match="only public keys"):
            protection.unlock(table, PASS)
        with pytest.raises(KitLocked):
            search_contacts(table)
        document = json.loads(path.read_text())
        assert "wrapped_private" not in json.dumps(document)
        # The public file alone opens nothing: the ring built from it has no private half.
        ring = KeyRing.from_public_file(document)
        with pytest.raises(ProtectError):
            ring.unlock(PASS)
    finally:
        table.close()
        protected.store.db.bind(ALL_MODELS, bind_refs=False, bind_backrefs=False)


def test_rotation_keeps_old_signups_readable(protected):
    old = sign(protected, email="old@example.org").signup_uuid
    old_key = protection.load_ring(protected).active_key_id
    with pytest.raises(WrongPassphrase):
        protection.rotate(protected, "not the passphrase at all")
    new_key = protection.rotate(protected, PASS)
    assert new_key != old_key
    new = sign(protected, email="new@example.org").signup_uuid
    assert Signup.get(Signup.uuid == old).key_id == old_key
    assert Signup.get(Signup.uuid == new).key_id == new_key
    with reopened(protected) as other:
        report = protection.unlock(other, PASS)
        assert report.opened == 2 and not report.broken
        assert {c.email for c in search_contacts(other)} == {"old@example.org", "new@example.org"}


def test_edit_reseals_and_delete_removes_the_signups(protected):
    sign(protected, first_name="Ayesha", email="a@example.org")
    sign(protected, first_name="Ayesha", email="a@example.org", consent_email=True)
    sign(protected, first_name="Bilal", email="b@example.org")
    protection.unlock(protected, PASS)
    ayesha = next(c for c in search_contacts(protected) if c.email == "a@example.org")
    updated = update_contact(protected, ayesha.id, SignupForm(first_name="Aisha", email="a@example.org",
                                                              note="edited"))
    assert updated.id == ayesha.id and updated.first_name == "Aisha"
    with reopened(protected) as other:
        protection.unlock(other, PASS)
        again = get_contact(other, ayesha.id)
        assert (again.first_name, again.note, len(again.signups)) == ("Aisha", "edited", 2)
    bilal = next(c for c in search_contacts(protected) if c.email == "b@example.org")
    from kit.domain.errors import ValidationFailed

    with pytest.raises(ValidationFailed):
        update_contact(protected, bilal.id, SignupForm(first_name="B", email="a@example.org"))
    delete_contact(protected, bilal.id)
    assert Signup.select().count() == 2 and count_contacts(protected) == 1


def test_the_kit_relocks_when_idle(protected):
    ticks = [1000.0]
    protection.unlock(protected, PASS, monotonic=lambda: ticks[0])
    assert protection.mode(protected) == "unlocked"
    ticks[0] += 9 * 60
    search_contacts(protected)  # use resets the idle clock
    ticks[0] += 9 * 60
    assert protection.mode(protected) == "unlocked"
    ticks[0] += 10 * 60 + 1
    with pytest.raises(KitLocked):
        search_contacts(protected)
    assert protected.protection is None


def test_protecting_a_kit_seals_its_clear_contacts_and_replaces_its_backups(kit_with_event):
    kit = kit_with_event
    sign(kit, first_name="Clear", email="clear@example.org", note="a note")
    sign(kit, first_name="Clear", email="clear@example.org")
    old_backup = kit.store.backup("manual")
    result = protection.init_protection(kit, PASS, kdf=FAST)
    assert (result.scrub.sealed_signups, result.scrub.deleted_contacts) == (2, 1)
    assert not old_backup.exists() and result.scrub.backup.exists()
    assert Contact.select().count() == 0
    assert Signup.select().where(Signup.sealed.is_null()).count() == 0
    assert [c.first_name for c in search_contacts(kit)] == ["Clear"]  # unlocked after init
    assert search_contacts(kit)[0].note == "a note"
    assert kit.store.db.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1


def test_an_unlocked_kit_exports_its_sealed_contacts_and_a_locked_one_refuses(protected, tmp_path):
    from kit.services.exports import ExportOptions, count_export, export_contacts

    sign(protected, first_name="Ayesha", email="a@example.org", consent_email=True)
    sign(protected, first_name="Bilal", email="b@example.org")
    with pytest.raises(KitLocked):
        export_contacts(protected, "csv", tmp_path / "locked.csv")
    assert not list(tmp_path.glob("*locked*"))
    protection.unlock(protected, PASS)
    result = export_contacts(protected, "csv", tmp_path / "all.csv")
    text = (tmp_path / "all.csv").read_text(encoding="utf-8-sig")
    assert result.count == 2 and "Ayesha" in text and "b@example.org" in text
    assert count_export(protected, ExportOptions(), "mailchimp") == 1  # consent filter


def test_csv_import_on_a_locked_kit_is_refused(protected, tmp_path):
    """Importing needs the unlocked vault (tests/unit/test_import_protected.py)."""
    from kit.services.imports import plan_import, run_import

    path = tmp_path / "people.csv"
    path.write_text("First name,Email\nClear,clear@example.org\n", encoding="utf-8")
    with pytest.raises(KitLocked, match="--passphrase-env VAR"):
        run_import(protected, plan_import(path))
    assert Contact.select().count() == 0 and Signup.select().count() == 0


@pytest.mark.parametrize("how", ["lock", "idle"])
def test_locking_empties_the_vault_that_anything_still_holds(protected, how):
    """Issue 22's hand mutation: the vault not emptied on lock. A view, a worker or a sync
    reader that kept the vault (or its private keys) must read nobody once the kit locks."""
    ticks = [1000.0]
    protection.unlock(protected, PASS, monotonic=lambda: ticks[0])
    sign(protected, first_name="Ayesha", email="a@example.org")
    vault = protection.readable_vault(protected)
    session = protected.protection
    keys = session.private_keys
    vault.broken.append(BrokenSeal("s-1", "k-1", "the sealed data is missing"))
    assert len(vault) == 1 and vault.contacts() and keys

    if how == "lock":
        protection.lock(protected)
    else:
        ticks[0] += protection.relock_seconds(protected) + 1
        assert protection.mode(protected) == "locked"

    assert protected.protection is None
    assert len(vault) == 0 and vault.count() == 0 and vault.contacts() == []
    assert vault.search("Ayesha") == [] and vault.people() == []
    assert not vault.people_by_signup() and vault.identity_owner("a@example.org", "") is None
    assert vault.broken == []
    assert not keys  # the private keys go too, not only the session's reference to them
    with pytest.raises(KitLocked):
        protection.readable_vault(protected)


def test_the_seal_binding_is_the_one_every_earlier_kit_wrote():
    """HPKE's info ties each blob to its row and key; a change here would leave every sign-up
    sealed by an earlier version unopenable (mutation testing found it unpinned)."""
    from kit.protect.sealing import signup_info

    assert signup_info("row-uuid", "key-id") == b"outreach-kit/signup/v1|row-uuid|key-id"
