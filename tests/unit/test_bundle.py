"""Bundle file format: HMAC with the family key, digest-only bundles, tampering refused."""

from __future__ import annotations

import json
import os

import pytest

from kit.protect.bundle import BadBundle, looks_like_bundle, open_bundle, write_bundle

FAMILY = os.urandom(32)
PAYLOAD = {"kit_id": "k", "created_at": "2026-06-14T12:00:00+00:00", "events": [],
           "signups": [{"uuid": "u1", "note": "زرقا"}], "handout_logs": []}


def test_an_authenticated_bundle_round_trips():
    data = write_bundle(PAYLOAD, FAMILY)
    assert looks_like_bundle(data[:256])
    opened = open_bundle(data, FAMILY)
    assert opened.payload == PAYLOAD and opened.authenticated


@pytest.mark.parametrize("position", [0.3, 0.6, 0.9])
def test_any_changed_payload_byte_is_refused(position):
    data = write_bundle(PAYLOAD, FAMILY)
    document = json.loads(data)
    text = document["payload"]
    index = int(len(text) * position)
    document["payload"] = text[:index] + ("X" if text[index] != "X" else "Y") + text[index + 1:]
    with pytest.raises(BadBundle, match="modified|not readable"):
        open_bundle(json.dumps(document).encode(), FAMILY)


def test_another_family_and_a_stripped_mac_are_refused():
    data = write_bundle(PAYLOAD, FAMILY)
    with pytest.raises(BadBundle, match="another group"):
        open_bundle(data, os.urandom(32))
    with pytest.raises(BadBundle, match="does not have"):
        open_bundle(data, None)
    forged = write_bundle(PAYLOAD, None)  # anyone can write a digest-only bundle
    with pytest.raises(BadBundle, match="not authenticated"):
        open_bundle(forged, FAMILY)


def test_a_digest_only_bundle_is_accepted_unauthenticated_by_a_kit_without_a_family():
    data = write_bundle(PAYLOAD, None)
    opened = open_bundle(data, None)
    assert not opened.authenticated
    document = json.loads(data)
    document["payload"] = document["payload"].replace("u1", "u2")
    with pytest.raises(BadBundle, match="damaged"):
        open_bundle(json.dumps(document).encode(), None)


def test_rubbish_is_not_a_bundle():
    with pytest.raises(BadBundle):
        open_bundle(b"\xff\xfe not json", FAMILY)


def _refusal(document_or_bytes, family=FAMILY) -> str:
    data = document_or_bytes if isinstance(document_or_bytes, bytes) else json.dumps(
        document_or_bytes).encode()
    with pytest.raises(BadBundle) as refused:
        open_bundle(data, family)
    return str(refused.value)


def test_every_refusal_says_exactly_why():
    """A coordinator reads these on the Protect tab and the command line: each says what is
    wrong and what to do (mutation testing found them unchecked)."""
    good = json.loads(write_bundle(PAYLOAD, FAMILY))
    assert _refusal({**good, "version": 99}) == (
        "This bundle was written by another version of Outreach Kit.")
    assert _refusal(write_bundle(PAYLOAD, FAMILY), None) == (
        "This bundle is authenticated with a kit family key this kit does not have. Protect "
        "this kit first ('outreach-kit protect init --public-key FILE' with the group's "
        "public-key file), then import again.")
    assert _refusal(write_bundle(PAYLOAD, FAMILY), os.urandom(32)) == (
        "This bundle comes from another group's kits (another family key); nothing was "
        "imported.")
    assert _refusal(write_bundle(PAYLOAD, None)) == (
        "This bundle is not authenticated (written by a kit outside this group's family); a "
        "protected kit does not import it.")
    assert _refusal({**good, "auth": {"alg": "MD5"}}) == (
        "This bundle has an unknown check 'MD5'; nothing was imported.")
    assert _refusal({**good, "auth": "HMAC-SHA256"}) == (
        "This bundle has an unknown check None; nothing was imported.")
    assert _refusal(b"[1]") == ("This is not a readable Outreach Kit bundle ('list' object has "
                                "no attribute 'get').")
    assert _refusal({**good, "format": "other"}) == (
        "This is not a readable Outreach Kit bundle (not a bundle).")
    assert _refusal({k: v for k, v in good.items() if k != "auth"}) == (
        "This is not a readable Outreach Kit bundle ('auth').")


def test_a_checked_payload_that_is_not_a_bundles_content_is_refused():
    import hashlib

    good = json.loads(write_bundle(PAYLOAD, None))
    for text, why in (("[1]", "The bundle's content is not readable."),
                      ("{", "The bundle's content is not readable (")):
        document = {**good, "payload": text,
                    "auth": {**good["auth"], "digest": hashlib.sha256(text.encode()).hexdigest()}}
        assert _refusal(document, None).startswith(why)
