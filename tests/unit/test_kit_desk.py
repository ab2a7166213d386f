"""Kit.desk keeps the active event, the region and protected-or-not between sign-ups, and reads
them again whenever they may have changed: a write through the kit's own connection, a commit
by another connection (the CLI, a worker), an event deleted under it, a rolled-back write."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from kit.domain.signup import SignupForm
from kit.services.events import create_event, set_active_event
from kit.services.kit import Kit
from kit.services.signups import NoActiveEvent, record_signup
from kit.store.models import Event, Signup


def sign(kit: Kit, email: str, phone: str = ""):
    return record_signup(kit, SignupForm(first_name="Ayesha", email=email, phone=phone))


def count_reads(kit: Kit) -> list[int]:
    """Record each time the kit reads the desk's settings from the database."""
    reads: list[int] = []
    read = kit._read_desk

    def counted(conn):
        reads.append(1)
        return read(conn)

    kit._read_desk = counted  # type: ignore[method-assign]
    return reads


def test_sign_ups_in_a_row_read_the_settings_once(kit_with_event):
    kit = kit_with_event
    kit.desk()
    reads = count_reads(kit)
    for n in range(5):
        sign(kit, f"p{n}@example.org")
    assert reads == []  # each sign-up's own rows leave the kept answer good
    kit.settings.set("thank_you_seconds", 6)  # any other write on the connection: read again
    kit.desk()
    assert len(reads) == 1


def test_choosing_another_event_in_this_process_moves_the_next_sign_up(kit_with_event):
    kit = kit_with_event
    first = sign(kit, "a@example.org")
    other = create_event(kit, "Library steps", make_active=False)
    assert sign(kit, "b@example.org").event_id == first.event_id
    set_active_event(kit, other.id)
    assert sign(kit, "c@example.org").event_id == other.id


def test_another_process_choosing_an_event_or_a_region_is_seen(kit_with_event, cli):
    kit = kit_with_event
    assert cli.data_dir == kit.paths.data_dir
    sign(kit, "a@example.org")
    added = cli("event", "add", "Library steps")  # made active by the CLI
    assert added.returncode == 0, added.stderr
    with sqlite3.connect(kit.paths.database) as other:  # no CLI command sets the region
        other.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('region', '\"GB\"')")
    assert kit.desk().region == "GB"
    receipt = sign(kit, "b@example.org", phone="020 7946 0000")
    assert Event.get_by_id(receipt.event_id).name == "Library steps"
    stored = Signup.get(Signup.uuid == receipt.signup_uuid).contact.phone
    assert stored == "+442079460000"  # read as a British number


def test_a_worker_thread_turning_on_protection_is_seen(kit_with_event):
    kit = kit_with_event
    assert kit.is_protected() is False

    def worker() -> None:  # its own connection (peewee keeps one per thread)
        kit.settings.set("protection_keys", {"keys": []})
        kit.store.db.close()

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert kit.is_protected() is True


def test_the_active_event_deleted_under_the_kit_stops_sign_ups_with_a_clear_error(kit_with_event):
    kit = kit_with_event
    active = kit.desk().active_event_id
    with kit.store.write():  # not through Settings: an import's undo deletes events like this
        Event.delete().where(Event.id == active).execute()
    with pytest.raises(NoActiveEvent):
        sign(kit, "a@example.org")


def test_a_setting_written_then_rolled_back_is_not_kept(kit_with_event):
    kit = kit_with_event
    kept = kit.desk()
    other = create_event(kit, "Library steps", make_active=False)
    with pytest.raises(RuntimeError), kit.store.write():
        kit.settings.set_in_transaction("active_event_id", other.id)
        assert kit.desk().active_event_id == other.id  # inside, the transaction's own view
        raise RuntimeError("rolled back")
    assert kit.desk() == kept
