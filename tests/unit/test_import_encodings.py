"""Import encodings (issue 13): one encoding per file, a mixed file refused with row and byte;
and a huge cell refuses its own row, never the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kit.export.csv_reading import MAX_CELL, MixedEncoding, detect_encoding
from kit.services.contacts import search_contacts
from kit.services.imports import plan_import, run_import

HEADER = "First name,Last name,Email\r\n"
URDU = "عائشہ,خان,ayesha@example.org\r\n"


def _file(tmp_path: Path, data: bytes, name: str = "people.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_utf8_file_with_one_windows_1252_byte_is_refused_with_row_and_byte(kit_with_event,
                                                                            tmp_path):
    rows = [HEADER.encode(), URDU.encode()]
    rows += [f"P{i},Q,p{i}@example.org\r\n".encode() for i in range(3)]
    stray = "René,Ça,rene@example.org\r\n".encode("cp1252")  # row 6 typed in another program
    data = b"".join(rows) + stray + "Zoë,M,zoe@example.org\r\n".encode()
    path = _file(tmp_path, data)
    offset = data.index(b"Ren") + 3  # the cp1252 é
    with pytest.raises(MixedEncoding) as refused:
        plan_import(path)
    message = refused.value.message
    assert "row 6" in message and f"byte {offset:,}" in message and "0xE9" in message
    assert "Nothing was imported" in message
    assert search_contacts(kit_with_event) == []


def test_a_windows_1252_file_without_utf8_characters_is_read_as_such(kit_with_event, tmp_path):
    path = _file(tmp_path, (HEADER + "René,Ça,rene@example.org\r\n").encode("cp1252"))
    plan = plan_import(path)
    assert plan.encoding == "cp1252"
    assert run_import(kit_with_event, plan).imported == 1
    assert search_contacts(kit_with_event)[0].first_name == "René"


def test_a_valid_utf8_file_is_never_reinterpreted(tmp_path):
    # Bytes that would also decode as Windows-1252 mojibake ("Ã©").
    path = _file(tmp_path, (HEADER + "René,Ça,rene@example.org\r\n" + URDU).encode("utf-8"))
    assert detect_encoding(path) == "utf-8"


@pytest.mark.parametrize(("prefix", "encoding"), [(b"\xef\xbb\xbf", "utf-8-sig"),
                                                  (b"", "utf-8")])
def test_bad_utf8_after_a_bom_or_in_a_utf8_file_is_refused(tmp_path, prefix, encoding):
    data = prefix + (HEADER + URDU).encode() + b"Bad,\xff\xfe,b@example.org\r\n"
    with pytest.raises(MixedEncoding, match="row 3"):
        plan_import(_file(tmp_path, data))


def test_bytes_undefined_in_windows_1252_are_refused(tmp_path):
    data = HEADER.encode() + b"Ren\xe9,\x81,r@example.org\r\n"
    with pytest.raises(MixedEncoding, match="neither UTF-8 nor Windows-1252.*row 2"):
        plan_import(_file(tmp_path, data))


def test_the_encoding_can_be_given_and_must_then_hold_for_the_whole_file(kit_with_event,
                                                                         tmp_path):
    data = (HEADER + "René,Ça,rene@example.org\r\n").encode("cp1252") + "Ã©".encode()
    path = _file(tmp_path, data)
    with pytest.raises(MixedEncoding):
        plan_import(path)  # a UTF-8 character and a Windows-1252 byte: mixed
    assert plan_import(path, encoding="cp1252").encoding == "cp1252"
    with pytest.raises(MixedEncoding, match="not valid UTF-8"):
        plan_import(path, encoding="utf-8")


def test_a_refused_file_changes_nothing_in_a_dry_run_either(kit_with_event, tmp_path):
    data = (HEADER + URDU).encode() + b"X,\xe9,x@example.org\r\n"
    with pytest.raises(MixedEncoding):
        plan_import(_file(tmp_path, data))


@pytest.mark.parametrize("size", [MAX_CELL + 1, 1024 * 1024, 17 * 1024 * 1024],
                         ids=["just-over", "1MB", "17MB"])
def test_one_huge_cell_refuses_its_row_not_the_file(kit_with_event, tmp_path, size):
    huge = "x" * size
    text = (HEADER.replace("\r\n", ",Notes\r\n") + "Ann,Lee,ann@example.org,fine\r\n"
            f"Big,Cell,big@example.org,{huge}\r\n" + "Zoë,M,zoe@example.org,\r\n")
    path = _file(tmp_path, text.encode())
    plan = plan_import(path)
    assert plan.row_count == 3
    report = run_import(kit_with_event, plan)
    assert report.imported == 2
    [(row, reason)] = report.errors
    assert row == 3 and len(reason) < 200
    assert ("'Notes'" in reason and f"{size:,} characters" in reason) or "larger than" in reason
    names = sorted(c.first_name for c in search_contacts(kit_with_event))
    assert names == ["Ann", "Zoë"]


@pytest.mark.parametrize("chunk", [3, 4, 5, 7, 64])
def test_offsets_are_exact_across_read_chunks(tmp_path, monkeypatch, chunk):
    """The file is read in chunks; a character split between two chunks is still UTF-8, and the
    byte named in a refusal is the bad one wherever the chunks fall."""
    import kit.export.csv_reading as reading

    monkeypatch.setattr(reading, "SAMPLE_BYTES", chunk)
    good = (HEADER + URDU * 3).encode()
    assert detect_encoding(_file(tmp_path, good, "good.csv")) == "utf-8"
    bad = good + "Zoë,M,".encode() + b"\xe9" + b",z@example.org\r\n"
    offset = len(good) + len("Zoë,M,".encode())
    with pytest.raises(MixedEncoding, match=f"row 5, at byte {offset:,} \\(0xE9\\)"):
        detect_encoding(_file(tmp_path, bad, "bad.csv"))
    # A truncated character at the very end.
    cut = good + "Zoë".encode()[:-1]
    with pytest.raises(MixedEncoding, match=f"at byte {len(good) + 2:,} "):
        detect_encoding(_file(tmp_path, cut, "cut.csv"))
