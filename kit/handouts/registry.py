"""The handout registry: names the CLI and the app use, and rendering by name."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from kit.content import CampaignPack
from kit.domain.records import EventInfo
from kit.handouts.base import HandoutRenderer
from kit.handouts.factsheet import FactsheetRenderer
from kit.handouts.flyer import FlyerRenderer
from kit.handouts.qr_cards import QrCardsRenderer
from kit.handouts.resource_list import ResourcesRenderer
from kit.handouts.signup_sheet import SignupSheetRenderer
from kit.handouts.signup_slips import SignupSlipsRenderer


class UnknownHandout(ValueError):
    """A handout name that is not in HANDOUTS."""


class HandoutSpec(NamedTuple):
    """A registry entry: the title people read and the renderer class."""

    title: str
    renderer: type[HandoutRenderer]


@dataclass(frozen=True)
class HandoutInfo:
    """What `handout list` shows: name, title and page count."""

    name: str
    title: str
    pages: int


HANDOUTS: dict[str, HandoutSpec] = {
    cls.name: HandoutSpec(cls.title, cls)
    for cls in (
        FlyerRenderer,
        FactsheetRenderer,
        ResourcesRenderer,
        QrCardsRenderer,
        SignupSheetRenderer,
        SignupSlipsRenderer,
    )
}


def _spec(name: str) -> HandoutSpec:
    try:
        return HANDOUTS[name]
    except KeyError:
        raise UnknownHandout(
            f"unknown handout {name!r}; choose from: {', '.join(HANDOUTS)}"
        ) from None


def render_handout(
    name: str, pack: CampaignPack, event: EventInfo | None = None, paper: str = "letter",
    language: str = "",
) -> bytes:
    """Render handout `name` for `pack` (and `event`) on `paper` ('letter' or 'a4') to PDF,
    in `language` when given (the pack's handout words in it, field by field; ValueError when
    the pack has none in that language)."""
    spec = _spec(name)
    return spec.renderer(pack.for_handouts(language), event, paper).render()


def count_pages(name: str, pack: CampaignPack, paper: str = "letter", language: str = "") -> int:
    """Pages of handout `name` for `pack` on `paper`, by rendering it (cached per pack)."""
    _spec(name)
    return _count_pages(name, pack.for_handouts(language), paper)


@lru_cache(maxsize=64)
def _count_pages(name: str, pack: CampaignPack, paper: str) -> int:
    renderer = _spec(name).renderer(pack, None, paper)
    renderer.render()
    return renderer.page_count


def list_handouts(pack: CampaignPack, paper: str = "letter") -> list[HandoutInfo]:
    """Every registered handout with its page count for `pack` on `paper`."""
    return [
        HandoutInfo(name, spec.title, count_pages(name, pack, paper))
        for name, spec in HANDOUTS.items()
    ]
