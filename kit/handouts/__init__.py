"""Printable handouts rendered with reportlab: flyer, factsheet, resources, QR cards, sign-up.

Every renderer takes plain data (a CampaignPack, an optional EventInfo, a paper name) and
returns PDF bytes. This package imports reportlab; the app imports it lazily.
"""

from __future__ import annotations

from kit.handouts.base import (
    PAPER_SIZES,
    HandoutOverflow,
    HandoutRenderer,
    UnknownPaper,
)
from kit.handouts.qr import draw_qr, qr_matrix
from kit.handouts.registry import (
    HANDOUTS,
    HandoutInfo,
    HandoutSpec,
    UnknownHandout,
    count_pages,
    list_handouts,
    render_handout,
)

__all__ = [
    "HANDOUTS",
    "PAPER_SIZES",
    "HandoutInfo",
    "HandoutOverflow",
    "HandoutRenderer",
    "HandoutSpec",
    "UnknownHandout",
    "UnknownPaper",
    "count_pages",
    "draw_qr",
    "list_handouts",
    "qr_matrix",
    "render_handout",
]
