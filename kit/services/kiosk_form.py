"""What the kiosk's sign-up form shows in a language, and whether a form on screen is outdated
(the rule itself: kit.domain.shown_form)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kit.domain.shown_form import ShownForm
from kit.domain.shown_form import form_outdated as _outdated

if TYPE_CHECKING:
    from kit.services.kit import Kit


def form_in_force(kit: Kit, language: str) -> ShownForm:
    """The consent sentences a sign-up in `language` records now, and the interests offered."""
    return ShownForm(kit.consent_wording_in(language),
                     tuple(tag for tag, _label in kit.interests(language)))


def form_outdated(kit: Kit, shown: ShownForm, language: str, ticked: Iterable[str]) -> bool:
    """True when recording a form that showed `shown` (with `ticked` interests) now would break
    "consent exactly as shown" (see kit.domain.shown_form)."""
    return _outdated(shown, form_in_force(kit, language), ticked)
