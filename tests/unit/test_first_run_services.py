"""The rules behind first-run set-up: the passphrase strength rule and when set-up is shown (no
Qt; saving the group's contact details is tested with the campaign pack, test_campaign_save)."""

from __future__ import annotations

import pytest

from kit.services import first_run
from kit.services.events import create_event
from kit.services.passphrase import passphrase_strength

GROUP = ["Solidarity Kashmir", "Minneapolis", "Lake Street table"]


@pytest.mark.parametrize(("passphrase", "level", "acceptable"), [
    ("", "empty", False),
    ("short words", "too_short", False),           # 11 characters
    ("Password1234!", "weak", False),              # every character class, still a top password
    ("Minneapolis2026!", "weak", False),           # the group's own city and a year
    ("qwertyuiopasdf", "weak", False),             # a keyboard row
    ("quiet river lantern orchard", "strong", True),
])
def test_the_strength_rule(passphrase, level, acceptable):
    strength = passphrase_strength(passphrase, GROUP)
    assert (strength.level, strength.acceptable) == (level, acceptable)


def test_the_group_s_own_words_count_against_a_passphrase():
    plain = passphrase_strength("kashmirsolidarity", [])
    knowing = passphrase_strength("kashmirsolidarity", GROUP)
    assert knowing.guesses_log10 < plain.guesses_log10


def test_a_very_long_passphrase_is_measured_not_an_error():
    # zxcvbn refuses more than 72 characters; the first 72 are measured (a repeat stays weak).
    assert passphrase_strength("lantern " * 5000, GROUP).level == "weak"
    long_phrase = "quiet river lantern orchard under the copper hills at dawn " * 3
    assert passphrase_strength(long_phrase, GROUP).level == "strong"


def test_set_up_is_pending_until_finished_and_never_for_older_kits(kit):
    assert first_run.first_run_pending(kit)  # no event yet
    create_event(kit, "Campus table")
    assert not first_run.first_run_pending(kit)  # a kit from before the flow: never asked
    first_run.mark_started(kit)
    assert first_run.first_run_pending(kit)
    first_run.mark_finished(kit)
    assert not first_run.first_run_pending(kit)
