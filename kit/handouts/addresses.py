"""Web addresses as people read them on paper: whole, so they can be typed.

The QR code carries the full URL; the printed address is for typing it in or recognising the
site. An address that does not fit its line is printed whole over two or three lines, broken
only after a "/" (or, inside a long part, after "-", "_", "?", "&" or "="); one longer still is
printed as its bare domain, which leads to the site. An address is never cut short with "…":
nobody can type what is not printed.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from reportlab.pdfbase.pdfmetrics import stringWidth

from kit.content import display_url

MAX_LINES = 3
BREAK_AFTER = "/"  # where an address may go on to the next line
BREAK_INSIDE = "-_?&=@."  # where a part too long for a line may be broken


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=512)
def address_forms(url: str) -> tuple[str, ...]:
    """Ways to print `url` on one line, longest first: the whole address, then its domain."""
    if "://" not in url:
        url = "http://" + url  # an address already shown without its scheme
    whole = display_url(url).rstrip("/")
    host = _host(url)
    return tuple(dict.fromkeys(f for f in (whole, host) if f))


def _pieces(text: str, marks: str) -> list[str]:
    """`text` cut after each of `marks`, the marks kept: "a/b/c" -> ["a/", "b/", "c"]."""
    pieces, current = [], ""
    for char in text:
        current += char
        if char in marks:
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces


def wrap_unbroken(text: str, font: str, size: float, width: float,
                  max_lines: int = MAX_LINES, *, whole_domain: bool = False) -> tuple[str, ...] | None:
    """`text` (an address, an email) over at most `max_lines` lines `width` points wide, broken
    after a "/" first, else after "-", "_", "?", "&", "=", "@" or "."; None when it does not
    fit so. With `whole_domain` the part before the first "/" (a web address's domain) is
    never broken. Joined again, the lines are `text` exactly."""
    def fits(piece: str) -> bool:
        return stringWidth(piece, font, size) <= width

    pieces: list[str] = []
    for index, part in enumerate(_pieces(text, BREAK_AFTER)):
        keep = fits(part) or (whole_domain and index == 0)
        pieces.extend([part] if keep else _pieces(part, BREAK_INSIDE))
    lines: list[str] = []
    for piece in pieces:
        if not fits(piece):
            return None
        if lines and fits(lines[-1] + piece):
            lines[-1] += piece
        else:
            lines.append(piece)
    return tuple(lines) if len(lines) <= max_lines else None


@lru_cache(maxsize=1024)
def address_lines(url: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """The lines `url` is printed on, `width` points wide in `font`/`size`: the whole address
    on one line, else over up to three, else its bare domain (never cut with "…")."""
    whole, *rest = address_forms(url)
    if stringWidth(whole, font, size) <= width:
        return (whole,)
    wrapped = wrap_unbroken(whole, font, size, width, whole_domain=True)
    if wrapped is not None:
        return wrapped
    return (rest[0] if rest else whole,)


@lru_cache(maxsize=1024)
def print_address(url: str, font: str, size: float, width: float) -> str:
    """The longest one-line form of `url` that fits `width` points in `font`/`size`: the whole
    address, else the bare domain, which is never shortened further (a domain is a word)."""
    forms = address_forms(url)
    for form in forms:
        if stringWidth(form, font, size) <= width:
            return form
    return forms[-1]
