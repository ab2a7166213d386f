"""The kiosk PIN and the kiosk settings: what stands between an attendee and the volunteer area.

The coordinator sets a PIN of 4 to 12 digits. Only a slow hash is kept (scrypt with a random
salt, in the settings table under `kiosk_pin`, which the emergency wipe overwrites and deletes);
checking compares in constant time. Wrong PINs are throttled: after five in a row entry is
refused for 60 s, and each further wrong PIN doubles the wait (120, 240, … capped at a day).
An empty entry (Enter on an empty field) is not an attempt and never counts.
The throttle state lives in the settings table too (`kiosk_pin_attempts`), so quitting or
restarting the app does not reset it.

A PIN guards against a passer-by at a table, not against someone who takes the laptop away: 4 to
12 digits fall quickly to an offline guess against the hash, which is why the sign-ups
themselves are protected by sealing (kit.services.protection), not by this PIN.

Time comes from an injected clock (seconds since the epoch: a lockout has to survive a restart,
so it cannot be monotonic time). If the wall clock is set back behind the last wrong PIN, the
lockout starts over rather than ending early.

Qt-free: the UI (kit.ui.kiosk.pin_dialog, kit.ui.kiosk.lock) turns the results into words.
"""

from __future__ import annotations

import logging
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from kit.domain.errors import KitError

log = logging.getLogger(__name__)

PIN_SETTING = "kiosk_pin"
ATTEMPTS_SETTING = "kiosk_pin_attempts"
KIOSK_MODE_SETTING = "kiosk_mode"
INACTIVITY_SETTING = "kiosk_inactivity_seconds"

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 12
FREE_ATTEMPTS = 5
FIRST_LOCKOUT_SECONDS = 60.0
MAX_LOCKOUT_SECONDS = 24 * 3600.0
DEFAULT_INACTIVITY_SECONDS = 90
MIN_INACTIVITY_SECONDS = 15
MAX_INACTIVITY_SECONDS = 30 * 60

SALT_BYTES = 16
HASH_BYTES = 32


class SettingsLike(Protocol):
    """What this module needs of kit.services.settings.Settings (a dict-backed fake will do)."""

    def get(self, key: str) -> Any: ...

    def set(self, key: str, value: Any) -> None: ...


@dataclass(frozen=True)
class ScryptParams:
    """scrypt cost. n=2**15, r=8 takes about 32 MB and a tenth of a second: slow for a guesser,
    unnoticeable for a volunteer. Stored with each hash, so raising it later keeps old PINs."""

    n: int = 2**15
    r: int = 8
    p: int = 1


class BadPin(KitError):
    """The new PIN is not 4 to 12 digits."""

    code = "bad_pin"


class PinsDiffer(BadPin):
    """The PIN typed the second time is not the first one."""

    code = "pins_differ"


class NoPin(KitError):
    """Kiosk mode was asked for but no PIN is set: nobody could leave it again."""

    code = "no_pin"


@dataclass(frozen=True)
class PinCheck:
    """The answer to one PIN entry.

    `ok`: the PIN was right. `locked_for`: seconds before another entry is even looked at (0
    when not locked). `attempts_left`: wrong PINs allowed before the next lockout.
    """

    ok: bool
    locked_for: float = 0.0
    attempts_left: int = FREE_ATTEMPTS
    empty: bool = False  # nothing was typed: not an attempt (nothing counted, nothing checked)

    @property
    def locked(self) -> bool:
        return self.locked_for > 0


def normalise_pin(pin: str) -> str:
    """The PIN as ASCII digits. Digits from other scripts (Urdu ۱۲۳۴, Arabic ١٢٣٤) count as the
    same digits, so a keyboard layout switched for the attendee does not lock the volunteer out.
    Raises BadPin for anything else, or for the wrong length."""
    text = pin.strip()
    digits = []
    for char in text:
        value = unicodedata.decimal(char, None)
        if value is None:
            raise BadPin(f"A PIN has digits only ({PIN_MIN_DIGITS} to {PIN_MAX_DIGITS}).")
        digits.append(str(value))
    if not PIN_MIN_DIGITS <= len(digits) <= PIN_MAX_DIGITS:
        raise BadPin(f"A PIN has {PIN_MIN_DIGITS} to {PIN_MAX_DIGITS} digits.")
    return "".join(digits)


def is_empty_entry(pin: str) -> bool:
    """True when nothing was typed (or only spaces): such an entry is never counted as a try."""
    return not pin.strip()


def lockout_seconds(failures: int) -> float:
    """How long entry is refused after `failures` wrong PINs in a row (0 for the first four)."""
    if failures < FREE_ATTEMPTS:
        return 0.0
    return min(FIRST_LOCKOUT_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCKOUT_SECONDS)


def _hash(pin: str, salt: bytes, params: ScryptParams) -> bytes:
    # Imported here: the kiosk's window is built at every start, a PIN is checked rarely, and
    # importing cryptography costs the first paint ~20 ms.
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=HASH_BYTES, n=params.n, r=params.r, p=params.p).derive(
        pin.encode("ascii"))


class KioskPin:
    """The kiosk PIN of one kit: set, check (with the lockout), clear.

    `settings` is the kit's Settings; `clock` returns seconds since the epoch; `params` is the
    scrypt cost for PINs set from now on (tests pass a cheap one).
    """

    def __init__(self, settings: SettingsLike, *, clock: Callable[[], float] = time.time,
                 params: ScryptParams | None = None) -> None:
        self._settings = settings
        self._clock = clock
        self._params = params or ScryptParams()

    # -- the PIN -------------------------------------------------------------------------------
    def is_set(self) -> bool:
        return bool(self._settings.get(PIN_SETTING))

    def set_pin(self, pin: str) -> None:
        """Store a new PIN (validated, hashed with a fresh salt) and forget past wrong entries.

        Asking for the current PIN first is the caller's job (the UI does, through verify)."""
        digits = normalise_pin(pin)
        salt = os.urandom(SALT_BYTES)
        params = self._params
        record = {"kdf": "scrypt", "n": params.n, "r": params.r, "p": params.p,
                  "salt": salt.hex(), "hash": _hash(digits, salt, params).hex()}
        self._settings.set(PIN_SETTING, record)
        self._settings.set(ATTEMPTS_SETTING, None)
        log.info("Kiosk PIN set")  # never the PIN, nor its length

    def set_pin_typed_twice(self, first: str, second: str) -> None:
        """Store a new PIN typed twice, as every form that sets one asks: the two must be the
        same digits (a PIN in Urdu digits matches the same one in ASCII); else PinsDiffer and
        nothing changes. A wrong PIN raises BadPin as in `set_pin`."""
        if normalise_pin(first) != normalise_pin(second):
            raise PinsDiffer("The two PINs differ; type the same PIN twice.")
        self.set_pin(first)

    def clear(self) -> None:
        """Remove the PIN (kiosk mode goes off with it: it could not be left again)."""
        self._settings.set(PIN_SETTING, None)
        self._settings.set(ATTEMPTS_SETTING, None)
        self._settings.set(KIOSK_MODE_SETTING, False)
        log.info("Kiosk PIN removed; kiosk mode off")

    # -- checking ------------------------------------------------------------------------------
    def _attempts(self) -> dict[str, float]:
        state = self._settings.get(ATTEMPTS_SETTING) or {}
        return {"failures": int(state.get("failures", 0)),
                "last_failure": float(state.get("last_failure", 0.0))}

    def locked_for(self) -> float:
        """Seconds left before a PIN is looked at again (0 when entry is open)."""
        state = self._attempts()
        wait = lockout_seconds(int(state["failures"]))
        if not wait:
            return 0.0
        now = self._clock()
        if now < state["last_failure"]:  # the clock went back: start the wait over, never end it
            return wait
        return max(0.0, state["last_failure"] + wait - now)

    def attempts_left(self) -> int:
        """Wrong PINs allowed before the next lockout (0 once the five free ones are used)."""
        return max(0, FREE_ATTEMPTS - int(self._attempts()["failures"]))

    def verify(self, pin: str) -> PinCheck:
        """Check one entry. While locked out the entry is refused unchecked (even the right PIN)
        and does not count; a wrong PIN counts; the right PIN resets the count.

        An empty entry (Enter on an empty field, or only spaces) is not an attempt: it is
        refused without counting, so that nobody can run the lockout up (and keep it running
        across restarts) by pressing Enter. With no PIN set, nothing guards the kiosk, and every
        entry is accepted.
        """
        record = self._settings.get(PIN_SETTING)
        if not record:
            return PinCheck(True)
        waiting = self.locked_for()
        if is_empty_entry(pin):
            return PinCheck(False, waiting, 0 if waiting else self.attempts_left(), empty=True)
        if waiting:
            return PinCheck(False, waiting, 0)
        try:
            digits = normalise_pin(pin)
        except BadPin:
            digits = ""  # still hashed below: a malformed entry takes as long as a wrong one
        params = ScryptParams(int(record["n"]), int(record["r"]), int(record["p"]))
        expected = bytes.fromhex(record["hash"])
        actual = _hash(digits or "0", bytes.fromhex(record["salt"]), params)
        import hmac  # here, with scrypt (see _hash): hashlib and OpenSSL load only for a PIN

        if digits and hmac.compare_digest(actual, expected):
            if self._attempts()["failures"]:
                self._settings.set(ATTEMPTS_SETTING, None)
            return PinCheck(True)
        failures = int(self._attempts()["failures"]) + 1
        self._settings.set(ATTEMPTS_SETTING, {"failures": failures, "last_failure": self._clock()})
        wait = lockout_seconds(failures)
        if wait:
            log.warning("Kiosk PIN: %s wrong entries in a row; locked for %.0f s", failures, wait)
        return PinCheck(False, wait, max(0, FREE_ATTEMPTS - failures))


# -- kiosk settings ----------------------------------------------------------------------------
def kiosk_mode(settings: SettingsLike) -> bool:
    """True when the kiosk is locked down (full screen, no closing, PIN for the volunteer area)."""
    return bool(settings.get(KIOSK_MODE_SETTING)) and bool(settings.get(PIN_SETTING))


def set_kiosk_mode(settings: SettingsLike, on: bool) -> None:
    """Turn kiosk mode on or off. On needs a PIN: without one, nobody could leave it."""
    if on and not settings.get(PIN_SETTING):
        raise NoPin("Set a kiosk PIN first: kiosk mode can only be left with the PIN.")
    settings.set(KIOSK_MODE_SETTING, bool(on))
    log.info("Kiosk mode %s", "on" if on else "off")


def inactivity_seconds(settings: SettingsLike) -> float:
    """Idle seconds after which a half-filled kiosk form is cleared (default 90)."""
    value = settings.get(INACTIVITY_SETTING)
    return float(DEFAULT_INACTIVITY_SECONDS if value is None else value)


def set_inactivity_seconds(settings: SettingsLike, seconds: int) -> None:
    """Store the inactivity timeout; 15 s to 30 min (shorter would clear a slow typist's form)."""
    if not MIN_INACTIVITY_SECONDS <= int(seconds) <= MAX_INACTIVITY_SECONDS:
        raise KitError(f"The inactivity time is {MIN_INACTIVITY_SECONDS} to "
                       f"{MAX_INACTIVITY_SECONDS} seconds.", code="bad_seconds")
    settings.set(INACTIVITY_SETTING, int(seconds))
