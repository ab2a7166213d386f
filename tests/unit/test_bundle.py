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
