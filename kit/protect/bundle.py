"""The USB bundle file: events, sign-ups (sealed ones stay sealed) and print logs of one kit.

One JSON file:
    {"format": "outreach-kit-bundle", "version": 1,
     "auth": {"alg": "HMAC-SHA256", "family_id": "...", "mac": "<hex>"}
          or {"alg": "SHA-256", "digest": "<hex>"},
     "payload": "<the payload, itself JSON, as one string>"}

The payload is kept as a string so the bytes that were authenticated are exactly the bytes that
are read back (no re-serialisation). Kits of one group share a family key (made at `protect
init`, carried in the public-key file); the MAC is HMAC-SHA256 with it over a domain prefix and
the payload, so a changed byte anywhere is refused. A kit without a family key (never
protected) can only write a SHA-256 digest: that catches a damaged copy, not a forged one, and
an import says so.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from kit.domain.errors import KitError
from kit.protect.keys import family_id_for

FORMAT = "outreach-kit-bundle"
VERSION = 1
_MAC_PREFIX = b"outreach-kit/bundle/v1\n"
SNIFF_BYTES = 256


class BadBundle(KitError):
    """The bundle is damaged, modified, or from another group: nothing was imported."""

    code = "bad_bundle"


@dataclass(frozen=True)
class OpenedBundle:
    """A bundle whose payload passed its check; `authenticated` is False for a digest only."""

    payload: dict[str, Any]
    authenticated: bool


def _mac(family_key: bytes, payload: bytes) -> str:
    return hmac.new(family_key, _MAC_PREFIX + payload, hashlib.sha256).hexdigest()


def write_bundle(payload: dict[str, Any], family_key: bytes | None) -> bytes:
    """The bundle file's bytes for `payload`."""
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    data = text.encode("utf-8")
    if family_key:
        auth = {"alg": "HMAC-SHA256", "family_id": family_id_for(family_key),
                "mac": _mac(family_key, data)}
    else:
        auth = {"alg": "SHA-256", "digest": hashlib.sha256(data).hexdigest()}
    document = {"format": FORMAT, "version": VERSION, "auth": auth, "payload": text}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def looks_like_bundle(head: bytes) -> bool:
    """True when the first bytes of a file name the bundle format (for import's detection)."""
    return f'"format": "{FORMAT}"'.encode() in head or f'"format":"{FORMAT}"'.encode() in head


MODIFIED = ("This bundle was modified after it was written (its authentication code does not "
            "match); nothing was imported.")
DAMAGED = ("This bundle is damaged or was modified (its digest does not match); nothing was "
           "imported.")


def check_header(document: dict[str, Any], family_key: bytes | None) -> tuple[str, str, bool]:
    """(the kind of check, the value the file expects, authenticated) from a bundle's outer
    document; raises BadBundle for a version, a kind of check or a family this kit refuses.

    The one place these rules live: the whole read (open_bundle) and the streamed one
    (kit.protect.bundle_stream) both ask it, so they cannot drift apart. A kit that holds a
    family key refuses bundles without a MAC from that family: a digest-only bundle could be
    written by anyone, so accepting it would make the MAC pointless.
    """
    if document.get("version") != VERSION:
        raise BadBundle("This bundle was written by another version of Outreach Kit.")
    auth = document.get("auth")
    alg = auth.get("alg") if isinstance(auth, dict) else None
    if alg == "HMAC-SHA256":
        assert isinstance(auth, dict)
        if not family_key:
            raise BadBundle(
                "This bundle is authenticated with a kit family key this kit does not have. "
                "Protect this kit first ('outreach-kit protect init --public-key FILE' with the "
                "group's public-key file), then import again."
            )
        if auth.get("family_id") != family_id_for(family_key):
            raise BadBundle("This bundle comes from another group's kits (another family key); "
                            "nothing was imported.")
        return alg, str(auth.get("mac", "")), True
    if alg == "SHA-256":
        assert isinstance(auth, dict)
        if family_key:
            raise BadBundle("This bundle is not authenticated (written by a kit outside this "
                            "group's family); a protected kit does not import it.")
        return alg, str(auth.get("digest", "")), False
    raise BadBundle(f"This bundle has an unknown check {alg!r}; nothing was imported.")


def open_bundle(data: bytes, family_key: bytes | None) -> OpenedBundle:
    """Check a bundle and return its payload; raises BadBundle saying what is wrong.

    A kit that holds a family key refuses bundles without a valid MAC from that family: a
    digest-only bundle could be written by anyone, so accepting it would make the MAC pointless.
    """
    try:
        document = json.loads(data.decode("utf-8"))
        del data  # the caller hands its bytes over (kit.services.bundles.import_bundle)
        if document.get("format") != FORMAT:
            raise ValueError("not a bundle")
        auth = document["auth"]
        text = document["payload"]
        payload_bytes = text.encode("utf-8")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BadBundle(f"This is not a readable Outreach Kit bundle ({exc}).") from exc
    alg, expected, authenticated = check_header(document, family_key)
    if authenticated:
        assert family_key is not None
        if not hmac.compare_digest(expected, _mac(family_key, payload_bytes)):
            raise BadBundle(MODIFIED)
    elif not hmac.compare_digest(expected, hashlib.sha256(payload_bytes).hexdigest()):
        raise BadBundle(DAMAGED)
    # Only the payload's text is needed from here: the file's bytes, the outer document and the
    # authenticated bytes go before the payload is parsed (a 200,000-row bundle is ~100 MB).
    del document, payload_bytes, auth, alg, expected
    try:
        payload = json.loads(text)
    except ValueError as exc:
        raise BadBundle(f"The bundle's content is not readable ({exc}).") from exc
    if not isinstance(payload, dict):
        raise BadBundle("The bundle's content is not readable.")
    return OpenedBundle(payload, authenticated)
