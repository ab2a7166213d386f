"""Checking the URLs a pack prints as QR codes: http(s) with a host, nothing a phone chokes on."""

from __future__ import annotations

from urllib.parse import urlsplit


def url_problem(url: str) -> str | None:
    """Return what is wrong with `url` as a printable web link, or None when it is fine."""
    if not url:
        return "is empty"
    if url != url.strip() or any(ch.isspace() for ch in url):
        return "contains spaces; a URL must be one unbroken word"
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        return "contains control characters"
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
    if "." not in host and host != "localhost":
        return f"host {host!r} is not a full domain name"
    return None


def is_valid_url(url: str) -> bool:
    """True when `url` is an http(s) URL with a host (see `url_problem`)."""
    return url_problem(url) is None
