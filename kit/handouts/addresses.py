"""Web addresses as people read them on paper: short, whole, on one line.

The QR code carries the full URL; the printed address is for typing it in or recognising the
site. A long address is shortened to the domain and a readable part of its path, chosen to fit
the width it is printed in, so no address is ever broken across lines or mid-word.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import unquote, urlsplit

from reportlab.pdfbase.pdfmetrics import stringWidth

from kit.content import display_url

ELLIPSIS = "…"


def _host(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


@lru_cache(maxsize=512)
def address_forms(url: str) -> tuple[str, ...]:
    """Ways to print `url`, longest first: the whole address, then shorter readable forms."""
    if "://" not in url:
        url = "http://" + url  # an address already shown without its scheme
    whole = display_url(url).rstrip("/")
    host = _host(url)
    if not host:
        return (whole,)
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    forms = [whole]
    if segments:
        last = segments[-1]
        if len(segments) > 1:
            forms.append(f"{host}/{ELLIPSIS}/{last}")
        words = last.replace("_", "-").split("-")
        # Whole words of the last segment, fewer and fewer: "kashmir-incarcerated-land…".
        for keep in range(len(words) - 1, 0, -1):
            forms.append(f"{host}/{ELLIPSIS}/{'-'.join(words[:keep])}{ELLIPSIS}")
    forms.append(host)
    return tuple(dict.fromkeys(forms))  # each form once, longest first


@lru_cache(maxsize=1024)
def print_address(url: str, font: str, size: float, width: float) -> str:
    """The longest form of `url` that fits on one line `width` points wide in `font`/`size`.

    Falls back to the bare domain, which is never shortened further (a domain is a word).
    """
    forms = address_forms(url)
    for form in forms:
        if stringWidth(form, font, size) <= width:
            return form
    return forms[-1]
