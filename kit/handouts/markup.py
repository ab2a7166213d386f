"""Turning pack and event text into safe reportlab Paragraph markup.

Paragraph parses a small XML dialect, so every piece of user or pack text is escaped first
(a name like `<b>Ahmed & Co</b>` must print literally, and markup injection was a reportlab
CVE). Only then may the light Markdown of long texts add <b>/<i> tags of our own.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_BOLD = re.compile(r"\*\*([^*]+)\*\*")
_ITALIC = re.compile(r"\*([^*]+)\*")


def esc(text: str) -> str:
    """Escape `text` for Paragraph markup: &, < and > become entities."""
    return escape(text)


def inline_markdown(text: str) -> str:
    """Escape `text`, then render **bold** and *italic* (no nesting across markers).

    Neither pattern can match across a `*`, so the tags produced are always balanced.
    """
    html = escape(text)
    html = _BOLD.sub(r"<b>\1</b>", html)
    return _ITALIC.sub(r"<i>\1</i>", html)
