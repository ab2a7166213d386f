"""Consent exactly as shown: is the sign-up form on screen still the one the kit would record?

A sign-up records the consent sentences in force when it is stored (kit.services.signups). A
volunteer may save new wording or interests (the Content tab) while an attendee is filling in a
form built before; recording that form would store sentences the attendee never read, or an
interest the group no longer offers. The kiosk checks on submit and, when the form is outdated,
shows the new form with what was typed (consent unticked) instead of recording.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kit.domain.signup import ConsentWording


@dataclass(frozen=True)
class ShownForm:
    """What one sign-up form showed: its consent sentences and the interest tags it offered."""

    wording: ConsentWording
    interests: tuple[str, ...]


def form_outdated(shown: ShownForm, in_force: ShownForm, ticked: Iterable[str]) -> bool:
    """True when the wording in force differs from the one shown, or an interest the attendee
    ticked is no longer offered. New interests alone, or a removed one nobody ticked, leave
    the form as good as it was."""
    offered = set(in_force.interests)
    return shown.wording != in_force.wording or any(tag not in offered for tag in ticked)
