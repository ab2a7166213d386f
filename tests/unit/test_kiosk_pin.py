"""The kiosk PIN service: slow salted hash, digits only, lockout that grows and survives restarts."""

from __future__ import annotations

import json

import pytest

from kit.services import kiosk_pin as kp
from kit.services.kiosk_pin import BadPin, KioskPin, NoPin, PinsDiffer, ScryptParams
from kit.services.kit import open_kit
from kit.services.retention import wipe
from kit.store.models import Setting

CHEAP = ScryptParams(n=2**10)  # the real cost is tested once, below


class Clock:
    """Seconds since the epoch, moved by hand."""

    def __init__(self, start: float = 1_800_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def pin(kit, clock):
    service = KioskPin(kit.settings, clock=clock, params=CHEAP)
    service.set_pin("2468")
    return service


def test_the_pin_is_stored_as_a_salted_scrypt_hash_only(kit):
    service = KioskPin(kit.settings)  # the real cost
    service.set_pin("97531")
    raw = Setting.get(Setting.key == kp.PIN_SETTING).value
    assert "97531" not in raw
    record = json.loads(raw)
    assert record["kdf"] == "scrypt" and record["n"] >= 2**15
    first_salt = record["salt"]
    service.set_pin("97531")
    assert json.loads(Setting.get(Setting.key == kp.PIN_SETTING).value)["salt"] != first_salt
    assert service.verify("97531").ok and not service.verify("97530").ok


@pytest.mark.parametrize("bad", ["123", "1234567890123", "12a4", "", "12 34", "-1234"])
def test_a_pin_has_four_to_twelve_digits(kit, bad):
    with pytest.raises(BadPin):
        KioskPin(kit.settings, params=CHEAP).set_pin(bad)


def test_digits_of_other_scripts_are_the_same_digits(kit):
    service = KioskPin(kit.settings, params=CHEAP)
    service.set_pin("۱۲۳۴")  # Urdu digits
    assert service.verify("1234").ok and service.verify("١٢٣٤").ok


def test_a_pin_typed_twice_is_set_only_when_both_are_the_same_digits(kit):
    service = KioskPin(kit.settings, params=CHEAP)
    with pytest.raises(PinsDiffer):
        service.set_pin_typed_twice("2468", "2469")
    assert not service.is_set()
    with pytest.raises(BadPin) as bad:  # too short both times: the PIN rule, not a mismatch
        service.set_pin_typed_twice("12", "12")
    assert not isinstance(bad.value, PinsDiffer) and not service.is_set()
    service.set_pin_typed_twice("۲۴۶۸", "2468")  # Urdu digits: the same PIN
    assert service.verify("2468").ok


def test_five_wrong_pins_lock_for_a_minute_then_two_then_four(pin, clock):
    for left in (4, 3, 2, 1):
        check = pin.verify("0000")
        assert not check.ok and not check.locked and check.attempts_left == left
    fifth = pin.verify("0000")
    assert fifth.locked and fifth.locked_for == 60
    clock.advance(30)
    refused = pin.verify("2468")  # the right PIN, within the minute
    assert not refused.ok and refused.locked_for == pytest.approx(30)
    clock.advance(31)
    assert pin.locked_for() == 0
    sixth = pin.verify("1111")
    assert sixth.locked_for == 120
    clock.advance(121)
    assert pin.verify("1111").locked_for == 240


@pytest.mark.parametrize("empty", ["", "   ", "\t"])
def test_an_empty_entry_is_not_an_attempt(kit, pin, clock, empty):
    """Enter on an empty PIN field (issue 21): refused, never counted, so nobody can run the
    lockout up, nor keep it running across a restart, by pressing Enter."""
    for _ in range(20):
        check = pin.verify(empty)
        assert not check.ok and check.empty and not check.locked and check.attempts_left == 5
    assert pin.attempts_left() == 5 and pin.locked_for() == 0
    assert kit.settings.get(kp.ATTEMPTS_SETTING) is None  # nothing stored for a restart
    assert KioskPin(kit.settings, clock=clock, params=CHEAP).verify("2468").ok


def test_an_empty_entry_during_a_lockout_neither_counts_nor_ends_it(pin, clock):
    for _ in range(5):
        pin.verify("0000")
    check = pin.verify("")
    assert check.empty and check.locked_for == 60 and not check.ok
    clock.advance(61)
    assert pin.verify("").attempts_left == 0 and pin.locked_for() == 0
    assert pin.verify("1111").locked_for == 120  # the sixth wrong PIN, not the eighth


def test_the_right_pin_after_the_lockout_works_and_resets_the_count(pin, clock):
    for _ in range(5):
        pin.verify("0000")
    clock.advance(61)
    assert pin.verify("2468").ok
    assert pin.attempts_left() == 5 and pin.locked_for() == 0


def test_the_lockout_survives_a_restart(kit, pin, clock):
    for _ in range(5):
        pin.verify("0000")
    again = KioskPin(kit.settings, clock=clock, params=CHEAP)  # a new process reads the settings
    assert again.locked_for() == 60 and not again.verify("2468").ok


def test_setting_the_clock_back_does_not_end_a_lockout(pin, clock):
    for _ in range(5):
        pin.verify("0000")
    clock.advance(-3600)
    assert pin.locked_for() == 60


def test_the_lockout_is_capped_at_a_day():
    assert kp.lockout_seconds(4) == 0 and kp.lockout_seconds(5) == 60
    assert kp.lockout_seconds(7) == 240 and kp.lockout_seconds(40) == 24 * 3600


def test_kiosk_mode_needs_a_pin_and_goes_off_with_it(kit):
    with pytest.raises(NoPin):
        kp.set_kiosk_mode(kit.settings, True)
    service = KioskPin(kit.settings, params=CHEAP)
    service.set_pin("2468")
    kp.set_kiosk_mode(kit.settings, True)
    assert kp.kiosk_mode(kit.settings)
    service.clear()
    assert not kp.kiosk_mode(kit.settings) and not service.is_set()
    assert service.verify("anything").ok  # nothing guards a kit without a PIN


def test_inactivity_seconds_default_and_bounds(kit):
    assert kp.inactivity_seconds(kit.settings) == 90
    kp.set_inactivity_seconds(kit.settings, 120)
    assert kp.inactivity_seconds(kit.settings) == 120
    with pytest.raises(kp.KitError):
        kp.set_inactivity_seconds(kit.settings, 5)


def test_wipe_overwrites_the_pin_hash_before_deleting_the_files(tmp_path):
    kit = open_kit(tmp_path / "data")
    KioskPin(kit.settings, params=CHEAP).set_pin("2468")
    database = kit.paths.database
    report = wipe(kit)
    assert report.crypto_erased and not database.exists()
