"""How strong a new passphrase is, and whether the app accepts it for protected mode.

The passphrase is the only thing between a seized laptop and every sign-up on it: the private
keys are wrapped under it with scrypt (kit.protect.keys, about 0.4 s and 128 MiB a guess on a
laptop), and whoever holds the disk can guess offline for as long as they like. So the rule is
about guesses, not character classes ("Password1!" has all four and falls at once):

- fewer than 12 characters: refused (the key layer's own floor, kit.protect.keys.MIN_PASSPHRASE);
- an estimated 10^10 guesses or fewer: refused as "weak". At a thousand scrypt guesses a second
  (a well-funded attacker with many machines), 10^10 is about four months;
- up to 10^12: accepted as "fair" (about thirty years at that rate), with advice to add a word;
- above: "strong".

The estimate is zxcvbn's (Dropbox's estimator: dictionaries of common passwords, names and
words, keyboard patterns, dates, repeats and l33t substitutions; https://github.com/dwolfhub/zxcvbn-python,
the port of https://github.com/dropbox/zxcvbn). The group's own name, city and event words are
passed as `related_words`: they are the first thing an attacker who knows whose laptop it is
would try. Qt-free; the UI turns the level into words and a meter.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kit.protect.keys import MIN_PASSPHRASE, normalise_passphrase

REFUSED_BELOW_LOG10 = 10.0
STRONG_FROM_LOG10 = 12.0
# zxcvbn's cost grows with the length and it refuses more than 72 characters by default; a
# longer passphrase is measured by its first 72 (it can only be stronger than that).
MEASURED_CHARACTERS = 72

LEVELS = ("empty", "too_short", "weak", "fair", "strong")


@dataclass(frozen=True)
class PassphraseStrength:
    """`level` is one of LEVELS; `score` 0-4 for a meter; `acceptable` when protected mode may
    be turned on with it; `guesses_log10` the estimate (0 for empty or too short)."""

    level: str
    score: int
    acceptable: bool
    guesses_log10: float = 0.0


def passphrase_strength(passphrase: str, related_words: Iterable[str] = ()) -> PassphraseStrength:
    """Measure `passphrase` (see the module docstring for the rule)."""
    text = normalise_passphrase(passphrase)
    if not text:
        return PassphraseStrength("empty", 0, False)
    if len(text) < MIN_PASSPHRASE:
        return PassphraseStrength("too_short", 0, False)
    from zxcvbn import zxcvbn  # 70 ms to import its word lists: only when a passphrase is chosen

    words = [w.lower() for phrase in related_words for w in str(phrase).split() if len(w) > 2]
    guesses = float(zxcvbn(text[:MEASURED_CHARACTERS], user_inputs=words,
                          max_length=MEASURED_CHARACTERS)["guesses_log10"])
    if guesses <= REFUSED_BELOW_LOG10:
        return PassphraseStrength("weak", 1, False, guesses)
    if guesses <= STRONG_FROM_LOG10:
        return PassphraseStrength("fair", 3, True, guesses)
    return PassphraseStrength("strong", 4, True, guesses)
