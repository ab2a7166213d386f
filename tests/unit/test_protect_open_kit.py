"""Turning protection on in a kit that stays open (the desktop app's case, unlike the CLI, which
closes its kit after each command): the write-ahead log is emptied and no file in the data
folder holds a canary, while the kit is still open and still takes sign-ups."""

from __future__ import annotations

from pathlib import Path

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.signups import record_signup
from tests.e2e.test_protect_cli import canaries, hits, needles

PASS = "correct horse battery staple"


def wal_of(kit) -> Path:
    return Path(str(kit.paths.database) + "-wal")


def test_protection_on_an_open_kit_empties_the_wal_and_leaves_no_canary(kit_with_event):
    kit = kit_with_event
    c = canaries()
    record_signup(kit, SignupForm(first_name=c["first"], last_name=c["last"], email=c["email"],
                                  phone=c["phone"], postal_code=c["zip"], note=c["note"],
                                  consent_email=True))
    record_signup(kit, SignupForm(first_name=c["urdu_first"], last_name=c["urdu_last"],
                                  email="urdu." + c["email"], note=c["urdu_note"]))
    kit.store.backup("before-protection")
    # Read back from this open kit, so its connection has really used the pages.
    assert kit.store.db.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 2
    data_dir = kit.paths.data_dir
    assert wal_of(kit).stat().st_size > 0
    assert hits(data_dir, needles(c)), "the canaries must be on disk before protection"

    protection.init_protection(kit, PASS, kdf=KdfParams(n=2**14))

    assert not wal_of(kit).exists() or wal_of(kit).stat().st_size == 0
    assert hits(data_dir, needles(c)) == []
    # Still open and working: a new sign-up is sealed, and the canaries stay off the disk.
    later = canaries()
    record_signup(kit, SignupForm(first_name=later["first"], email=later["email"]))
    assert hits(data_dir, [later["first"], later["email"]]) == []
    assert hits(data_dir, needles(c)) == []
