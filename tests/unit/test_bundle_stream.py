"""Reading a bundle as a stream gives what reading it whole gives, or refuses what it refuses.

The stream cuts the payload's escaped text into pieces where no escape is split; the property
tests use chunks of a few bytes so that every kind of escape (quotes, backslash runs, control
characters, characters outside the BMP written as surrogate pairs) lands on a cut somewhere.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kit.protect import bundle_stream
from kit.protect.bundle import BadBundle, open_bundle, write_bundle
from kit.protect.bundle_stream import SECTIONS, open_stream

FAMILY = os.urandom(32)

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30) | st.sampled_from(
    ['"', "\\", "\\\\\\", '\\"', "\n\t\r\b\f", "\x00\x1f", "😀", "\U0001f600\\u", "زرقا", "\u2028"])
rows = st.dictionaries(st.sampled_from(["uuid", "note", "name", "x"]),
                       texts | st.integers() | st.booleans() | st.none()
                       | st.lists(texts, max_size=3), max_size=4)
payloads = st.fixed_dictionaries(
    {"kit_id": texts, "events": st.lists(rows, max_size=3), "signups": st.lists(rows, max_size=6)},
    optional={"created_at": texts | st.none(), "handout_logs": st.lists(rows, max_size=3),
              "other": rows})


def whole_rows(payload: dict) -> list:
    """What a stream must yield for `payload`, in the payload's order."""
    out = []
    for key, value in payload.items():
        if key in SECTIONS and isinstance(value, list):
            out.extend((key, position, item) for position, item in enumerate(value))
        else:
            out.append((key, None, value))
    return out


@pytest.fixture
def small_chunks(monkeypatch):
    def use(size: int) -> None:
        monkeypatch.setattr(bundle_stream, "CHUNK_BYTES", size)
    return use


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(payload=payloads, chunk=st.integers(1, 40), family=st.booleans(), ascii_only=st.booleans())
def test_a_streamed_bundle_yields_the_rows_a_whole_read_gives(tmp_path, small_chunks, payload,
                                                              chunk, family, ascii_only):
    """`ascii_only`: the outer document escapes every non-ASCII character (`\\u00e9`, and a
    surrogate pair for one outside the BMP), as another JSON writer may; the check is over the
    payload's text, so such a file is the same bundle."""
    small_chunks(chunk)
    key = FAMILY if family else None
    path = tmp_path / "b.bundle"
    data = write_bundle(payload, key)
    if ascii_only:
        data = json.dumps(json.loads(data), ensure_ascii=True, indent=1).encode()
    path.write_bytes(data)
    stream = open_stream(path, key)
    assert stream is not None and stream.authenticated == family
    expected = whole_rows(open_bundle(path.read_bytes(), key).payload)
    assert list(stream.rows()) == expected
    assert list(stream.rows()) == expected  # a second pass, checked against the first


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(index=st.integers(0, 10_000), byte=st.integers(0, 255), chunk=st.sampled_from([3, 64, 4096]))
@example(index=0, byte=ord("{"), chunk=3)  # the byte already there: nothing changed at all
def test_a_changed_byte_is_refused_or_changes_nothing_read(tmp_path, small_chunks, index, byte,
                                                           chunk):
    """Like open_bundle: a changed byte is refused (modified, unreadable), or it changed only
    what nothing reads (the outer document's whitespace) and the rows are the same."""
    small_chunks(chunk)
    payload = {"kit_id": "k", "events": [{"uuid": "e", "name": 'Fair "quoted" \\ 😀'}],
               "signups": [{"uuid": f"u{i}", "note": "line\nnext"} for i in range(20)]}
    data = bytearray(write_bundle(payload, FAMILY))
    data[index % len(data)] = byte
    path = tmp_path / "b.bundle"
    path.write_bytes(bytes(data))
    try:
        stream = open_stream(path, FAMILY)
        if stream is None:  # not laid out for streaming: the whole read decides
            got = whole_rows(open_bundle(bytes(data), FAMILY).payload)
        else:
            got = list(stream.rows())
    except BadBundle:
        return
    # The rows of the file as written (in its order: the writer sorts the payload's keys).
    assert got == whole_rows(open_bundle(write_bundle(payload, FAMILY), FAMILY).payload)


def test_messages_match_the_whole_read(tmp_path):
    payload = {"kit_id": "k", "signups": [{"uuid": "u1"}]}
    path = tmp_path / "b.bundle"
    document = json.loads(write_bundle(payload, FAMILY))
    document["payload"] = document["payload"].replace("u1", "u2")
    path.write_text(json.dumps(document, indent=1))
    stream = open_stream(path, FAMILY)
    assert stream is not None
    with pytest.raises(BadBundle, match="modified after it was written"):
        list(stream.rows())
    path.write_bytes(write_bundle(payload, None))
    with pytest.raises(BadBundle, match="not authenticated"):
        open_stream(path, FAMILY)
    with pytest.raises(BadBundle, match="does not have"):
        open_stream(_write(tmp_path, write_bundle(payload, FAMILY)), None)
    with pytest.raises(BadBundle, match="another group"):
        open_stream(_write(tmp_path, write_bundle(payload, FAMILY)), os.urandom(32))


def test_an_unreadable_payload_with_a_good_check_is_refused_after_the_check(tmp_path):
    """The MAC covers the payload's text, so a kit may write one that is not JSON; it is refused
    as unreadable, and only once the whole check has passed."""
    import hashlib

    text = '{"kit_id":"k","signups":[{"uuid":"u1"},{"uuid":'
    document = {"format": "outreach-kit-bundle", "version": 1,
                "auth": {"alg": "SHA-256", "digest": hashlib.sha256(text.encode()).hexdigest()},
                "payload": text}
    stream = open_stream(_write(tmp_path, json.dumps(document).encode()), None)
    assert stream is not None
    seen = []
    with pytest.raises(BadBundle, match="content is not readable"):
        for row in stream.rows():
            seen.append(row)
    assert seen == [("kit_id", None, "k"), ("signups", 0, {"uuid": "u1"})]


def test_a_file_swapped_between_two_passes_is_caught_even_with_its_own_digest(tmp_path):
    path = _write(tmp_path, write_bundle({"kit_id": "k", "signups": [{"uuid": "u1"}]}, None))
    stream = open_stream(path, None)
    assert stream is not None
    list(stream.rows())
    path.write_bytes(write_bundle({"kit_id": "k", "signups": [{"uuid": "u2"}]}, None))
    with pytest.raises(BadBundle, match="changed while it was being imported"):
        list(stream.rows())


def test_a_file_laid_out_otherwise_is_left_to_the_whole_read(tmp_path):
    payload = {"kit_id": "k"}
    document = json.loads(write_bundle(payload, FAMILY))
    reordered = {"payload": document["payload"], "auth": document["auth"],
                 "format": document["format"], "version": document["version"]}
    path = _write(tmp_path, json.dumps(reordered).encode())
    assert open_stream(path, FAMILY) is None
    assert open_bundle(path.read_bytes(), FAMILY).payload == payload


def test_something_after_the_payload_is_refused(tmp_path):
    data = write_bundle({"kit_id": "k"}, FAMILY).rstrip().rstrip(b"}") + b', "payload": "{}"}'
    stream = open_stream(_write(tmp_path, data), FAMILY)
    assert stream is not None
    with pytest.raises(BadBundle, match="not a readable"):
        list(stream.rows())


def test_a_row_larger_than_any_bundle_writes_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(bundle_stream, "ROW_MAX", 1000)
    monkeypatch.setattr(bundle_stream, "CHUNK_BYTES", 100)
    path = _write(tmp_path, write_bundle({"signups": [{"note": "x" * 5000}]}, None))
    stream = open_stream(path, None)
    assert stream is not None
    with pytest.raises(BadBundle, match="larger than any bundle writes"):
        list(stream.rows())


def _write(folder: Path, data: bytes) -> Path:
    path = folder / f"b{len(list(folder.iterdir()))}.bundle"
    path.write_bytes(data)
    return path
