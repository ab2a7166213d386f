"""Checking the URLs a pack prints as QR codes: http(s) with a host, nothing a phone chokes on,
and nothing that makes the printed link say one thing and open another (issue 21): no
direction controls (a right-to-left override shows `moc.evil` as `live.com`), no invisible
characters, no `user@host` (a phone opens the part after the @), no host mixing scripts (a
Cyrillic `а` in a Latin name is a look-alike of someone else's site)."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

# Unicode's "Highly Restrictive" mixes (UTS #39): a host's letters come from one script, or
# from Latin with the scripts one CJK language writes together.
_ALLOWED_MIXES = (
    frozenset({"LATIN", "HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"LATIN", "HAN", "BOPOMOFO"}),
    frozenset({"LATIN", "HAN", "HANGUL"}),
)
# Letters that draw nothing but are not "format" characters in Unicode's sense.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u034f\u180b\u180c\u180d\u180e")


def url_problem(url: str) -> str | None:
    """Return what is wrong with `url` as a printable web link, or None when it is fine."""
    if not url:
        return "is empty"
    if url != url.strip() or any(ch.isspace() for ch in url):
        return "contains spaces; a URL must be one unbroken word"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "contains control characters"
    if any(unicodedata.bidirectional(ch) in ("LRE", "RLE", "LRO", "RLO", "PDF", "LRI", "RLI",
                                             "FSI", "PDI", "LRM", "RLM", "ALM") for ch in url):
        return ("contains direction controls (such as a right-to-left override), which make a "
                "printed link read differently from where it goes")
    if any(unicodedata.category(ch) == "Cf" or ch in _INVISIBLE_LETTERS
           or 0xFE00 <= ord(ch) <= 0xFE0F for ch in url):
        return ("contains invisible characters (such as a zero-width space), which make a "
                "printed link differ from what it shows")
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"must start with http:// or https:// (got {url[:40]!r})"
    if not host:
        return "has no host name after the scheme (like https://example.org/)"
    if "@" in parts.netloc:
        return ("has a user name before the host (user@host); a phone opens only what comes "
                "after the @, so the link would go elsewhere than it reads")
    if "." not in host and host != "localhost":
        return f"host {host!r} is not a full domain name"
    return _host_problem(host)


def _host_problem(host: str) -> str | None:
    """A host whose letters mix scripts (after decoding punycode), or broken punycode."""
    labels = []
    for label in host.split("."):
        if label.startswith("xn--"):
            try:
                label = label.encode("ascii").decode("idna")
            except UnicodeError:
                return f"host {host!r} has a broken international name ({label!r})"
        labels.append(label)
    scripts = {_script(ch) for ch in "".join(labels) if ch.isalpha()}
    if len(scripts) > 1 and not any(scripts <= mix for mix in _ALLOWED_MIXES):
        shown = ".".join(labels)
        return (f"host {shown!r} mixes scripts ({', '.join(sorted(s.title() for s in scripts))}); "
                "a name that mixes them can look like another site's")
    return None


def _script(ch: str) -> str:
    """The script a letter belongs to, by its Unicode name's first word (CJK is Han)."""
    name = unicodedata.name(ch, "UNKNOWN")
    first = name.split(" ", 1)[0]
    return "HAN" if first == "CJK" else first


def is_valid_url(url: str) -> bool:
    """True when `url` is an http(s) URL with a host (see `url_problem`)."""
    return url_problem(url) is None
