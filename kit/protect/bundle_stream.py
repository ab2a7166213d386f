"""Reading a bundle file as a stream: its check and its rows, with memory that does not grow.

A bundle (kit.protect.bundle) is one JSON document whose payload is itself JSON, kept as one
string so that the authenticated bytes are exactly the bytes read back. Reading it whole holds
the file, the payload's text and every row at once (about 950 MB for 200,000 sign-ups). Here
the file is read in chunks of CHUNK_BYTES: the payload string is unescaped piece by piece
(json's own C `scanstring`), each piece goes through the check (HMAC-SHA256 or SHA-256) and on
to a walker that hands out the payload's rows one at a time (json's own C `raw_decode` for each
row). Only the stdlib's decoder parses JSON here; what is hand-written is where to cut.

A read is a pass over the whole file that ends with the check: `BundleStream.rows()` yields
`(section, position, value)` and, once the payload is through, raises BadBundle if the file's
MAC or digest does not match, or if the payload is not the same as in an earlier pass (the
value each pass computed is kept, so a file swapped between two passes is caught even when it
carries a new digest of its own). A caller therefore checks a whole pass before trusting what
it saw, and undoes what a later pass wrote if that pass ends in BadBundle.

Files laid out otherwise than `write_bundle` writes them (the payload before the check, say)
are not streamed: `open_stream` returns None and the caller reads them whole, as before.
"""

from __future__ import annotations

import codecs
import hashlib
import hmac
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from json.decoder import scanstring  # type: ignore[attr-defined]  # (C; typeshed omits it)
from pathlib import Path
from typing import Any

from kit.protect.bundle import _MAC_PREFIX, DAMAGED, FORMAT, MODIFIED, BadBundle, check_header

CHUNK_BYTES = 1 << 20
HEADER_MAX = 64 * 1024  # the check comes first and is small; past this, read the file whole
ROW_MAX = 32 * 1024 * 1024  # one row of the payload; the rules allow far less (2 MB is refused)
SECTIONS = ("events", "signups", "handout_logs")  # the payload's lists, handed out row by row

_WHITESPACE = " \t\n\r"
_DECODER = json.JSONDecoder()


@dataclass(frozen=True)
class _Check:
    alg: str  # "HMAC-SHA256" or "SHA-256"
    expected: str  # hex, from the file
    family_key: bytes | None

    def start(self) -> Any:
        if self.alg == "HMAC-SHA256":
            assert self.family_key is not None
            return hmac.new(self.family_key, _MAC_PREFIX, hashlib.sha256)
        return hashlib.sha256()


class BundleStream:
    """A bundle whose header passed: `authenticated` as in OpenedBundle; `rows()` reads it."""

    def __init__(self, path: Path, check: _Check, payload_offset: int) -> None:
        self.path = path
        self.authenticated = check.alg == "HMAC-SHA256"
        self._check = check
        self._payload_offset = payload_offset  # characters before the payload string's text
        self._first_digest: str | None = None

    def rows(self) -> Iterator[tuple[str, int | None, Any]]:
        """One pass: ("kit_id" / "created_at" / another key, None, value) for the payload's
        other keys and (section, position, row) for each row of SECTIONS (a section that is not
        a list comes whole, position None). Raises BadBundle when the file's check fails, after
        the last row; an unreadable payload raises BadBundle too, but only once the check has
        passed (a modified file is reported as modified, as kit.protect.bundle does)."""
        digest = self._check.start()
        with _Text(self.path) as text:
            text.skip(self._payload_offset)
            pieces = _payload_pieces(text, digest)
            walker = _Walker(pieces)
            problem: BadBundle | None = None
            try:
                yield from walker.payload()
            except _BrokenFile:
                raise  # the file itself, not its content: nothing to check
            except BadBundle as exc:
                problem = exc
            for _piece in pieces:  # the rest of the payload, still checked
                pass
            _end_of_document(text)
        self._verify(digest.hexdigest())
        if problem is not None:
            raise problem

    def _verify(self, computed: str) -> None:
        if self._first_digest is not None:
            if not hmac.compare_digest(computed, self._first_digest):
                raise BadBundle("The bundle file changed while it was being imported; what was "
                                "imported from it has been undone.")
            return
        if not hmac.compare_digest(self._check.expected, computed):
            raise BadBundle(MODIFIED if self.authenticated else DAMAGED)
        self._first_digest = computed


def open_stream(path: str | os.PathLike[str], family_key: bytes | None) -> BundleStream | None:
    """Check a bundle's header (format, version, the kind of check and whose family) and return
    a stream of it; None when the file is not laid out for streaming (read it whole then, with
    kit.protect.bundle.open_bundle, which gives the same answers). Raises BadBundle as
    open_bundle does for a header it refuses."""
    try:
        with _Text(Path(path)) as text:
            header = _read_header(text)
    except OSError as exc:
        raise BadBundle(f"Cannot read the bundle {path}: {exc}") from exc
    if header is None:
        return None
    document, offset = header
    if document.get("format") != FORMAT:
        return None  # open_bundle words it
    alg, expected, authenticated = check_header(document, family_key)
    check = _Check(alg, expected, family_key if authenticated else None)
    return BundleStream(Path(path), check, offset)


# -- the file as text ----------------------------------------------------------------------------
class _Text:
    """The file decoded as UTF-8 in chunks; `buffer[pos:]` is what has not been used yet."""

    def __init__(self, path: Path) -> None:
        self.handle = path.open("rb")
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.buffer = ""
        self.pos = 0
        self.eof = False
        self.used = 0  # characters before buffer[0]

    def __enter__(self) -> _Text:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def fill(self) -> bool:
        """Read one more chunk; False at the end of the file."""
        if self.eof:
            return False
        data = self.handle.read(CHUNK_BYTES)
        try:
            more = self.decoder.decode(data, final=not data)
        except UnicodeDecodeError as exc:
            raise _BrokenFile(f"This is not a readable Outreach Kit bundle ({exc}).") from exc
        if not data:
            self.eof = True
        self.used += self.pos
        self.buffer = self.buffer[self.pos:] + more
        self.pos = 0
        return True

    def skip(self, count: int) -> None:
        while self.used + len(self.buffer) < count and self.fill():
            pass
        self.pos = count - self.used

    def skip_whitespace(self) -> str:
        """The next character that is not whitespace ("" at the end of the file)."""
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self.fill():
                return ""

    @property
    def offset(self) -> int:
        return self.used + self.pos


def _read_header(text: _Text) -> tuple[dict[str, Any], int] | None:
    """The outer document's keys before "payload", and where the payload's text starts; None
    when the file does not begin so (or the check is not before the payload)."""
    try:
        if text.skip_whitespace() != "{":
            return None
        text.pos += 1
        document: dict[str, Any] = {}
        while text.offset < HEADER_MAX:
            if text.skip_whitespace() != '"':
                return None
            key = _small_value(text)
            if text.skip_whitespace() != ":":
                return None
            text.pos += 1
            if key == "payload":
                if text.skip_whitespace() != '"' or not {"format", "version", "auth"} <= set(
                        document):
                    return None
                return document, text.offset + 1
            if key in document:
                return None
            text.skip_whitespace()
            document[key] = _small_value(text)
            if text.skip_whitespace() != ",":
                return None
            text.pos += 1
    except (BadBundle, ValueError, RecursionError):
        return None
    return None


def _small_value(text: _Text) -> Any:
    """One JSON value of the outer document at text.pos (bounded by HEADER_MAX)."""
    while True:
        try:
            value, end = _DECODER.raw_decode(text.buffer, text.pos)
        except ValueError:
            value, end = None, -1
        if end != -1 and (end < len(text.buffer) or text.eof):
            text.pos = end
            return value
        if text.offset + len(text.buffer) - text.pos > HEADER_MAX or not text.fill():
            raise BadBundle("The bundle's header is not readable.")


def _end_of_document(text: _Text) -> None:
    """After the payload string: nothing but the end of the outer object (no second check or
    payload behind it, as a whole read would take the last one)."""
    if text.skip_whitespace() == "}":
        text.pos += 1
        if text.skip_whitespace() == "":
            return
    raise _BrokenFile("This is not a readable Outreach Kit bundle (something follows its "
                      "payload).")


# -- the payload string, unescaped piece by piece -----------------------------------------------
def _payload_pieces(text: _Text, digest: Any) -> Iterator[str]:
    """The payload string's text (text.pos at its first character), unescaped by json's
    scanstring in pieces cut where no escape is split, each fed to `digest` as UTF-8. Ends after
    the closing quote, text.pos just past it."""
    while True:
        while len(text.buffer) - text.pos < 64 and text.fill():
            pass
        rest = text.buffer[text.pos:] if text.pos else text.buffer
        cut = _safe_cut(rest) if not text.eof else len(rest)
        try:
            piece, end = scanstring(rest[:cut] + '"', 0, True)
        except ValueError as exc:  # a bad escape or a control character
            raise _BrokenFile(f"This is not a readable Outreach Kit bundle ({exc}).") from exc
        closed = end <= cut  # the payload's own closing quote lies in this piece
        if not closed and piece and "\ud800" <= piece[-1] <= "\udbff":
            piece, cut = piece[:-1], cut - 6  # half a surrogate pair: keep it for the next piece
        try:
            digest.update(piece.encode("utf-8"))
        except UnicodeEncodeError as exc:  # a lone surrogate escaped in the payload
            raise _BrokenFile(f"This is not a readable Outreach Kit bundle ({exc}).") from exc
        if closed:
            text.pos += end
            if piece:
                yield piece
            return
        if text.eof:
            raise _BrokenFile("This is not a readable Outreach Kit bundle (its payload is cut "
                              "off).")
        text.pos += cut
        if piece:
            yield piece


def _safe_cut(rest: str) -> int:
    """How much of `rest` (escaped text) to unescape now: all of it, less an escape that may be
    incomplete at its end (any escape starting in the last 12 characters is left for later)."""
    cut = len(rest)
    start = rest.find("\\", max(0, cut - 12))
    if start == -1:
        return cut
    run = start
    while run > 0 and rest[run - 1] == "\\":
        run -= 1
    # In a run of backslashes, escapes start at even offsets from the run's start.
    return start - ((start - run) % 2)


# -- the payload's rows ---------------------------------------------------------------------------
class _Walker:
    """The payload object read from its text pieces, handing out its lists row by row."""

    def __init__(self, pieces: Iterator[str]) -> None:
        self.pieces = pieces
        self.buffer = ""
        self.pos = 0
        self.done = False

    def _fill(self) -> bool:
        piece = next(self.pieces, None)
        if piece is None:
            self.done = True
            return False
        self.buffer = self.buffer[self.pos:] + piece
        self.pos = 0
        return True

    def _next_char(self) -> str:
        while True:
            while self.pos < len(self.buffer) and self.buffer[self.pos] in _WHITESPACE:
                self.pos += 1
            if self.pos < len(self.buffer):
                return self.buffer[self.pos]
            if not self._fill():
                return ""

    def _value(self) -> Any:
        """The JSON value at self.pos, read more of the payload until it is whole."""
        self._next_char()
        want = len(self.buffer) - self.pos
        error = ""
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buffer, self.pos)
            except ValueError as exc:  # keep its words only: the error holds the whole buffer
                value, end, error = None, -1, str(exc)
            except RecursionError as exc:
                raise _unreadable("it is nested too deeply") from exc
            if end != -1 and (end < len(self.buffer) or self.done):
                self.pos = end
                return value
            if self.done:
                raise _unreadable(error)
            if len(self.buffer) - self.pos > ROW_MAX:
                raise _unreadable("one of its rows is larger than any bundle writes")
            want = max(want * 2, CHUNK_BYTES)
            while len(self.buffer) - self.pos < want and self._fill():
                pass

    def _expect(self, char: str) -> None:
        if self._next_char() != char:
            raise _unreadable(f"expected {char!r}")
        self.pos += 1

    def payload(self) -> Iterator[tuple[str, int | None, Any]]:
        if self._next_char() != "{":
            raise BadBundle("The bundle's content is not readable.")
        self.pos += 1
        seen: set[str] = set()
        if self._next_char() == "}":
            self.pos += 1
        else:
            while True:
                if self._next_char() != '"':
                    raise _unreadable("expected a key")
                key = self._value()
                if key in seen:
                    raise _unreadable(f"{key!r} appears twice")
                seen.add(key)
                self._expect(":")
                if key in SECTIONS and self._next_char() == "[":
                    yield from self._rows(key)
                else:
                    yield key, None, self._value()
                after = self._next_char()
                self.pos += 1
                if after == "}":
                    break
                if after != ",":
                    raise _unreadable("expected ',' or '}'")
        if self._next_char() != "":
            raise _unreadable("something follows its content")

    def _rows(self, section: str) -> Iterator[tuple[str, int | None, Any]]:
        self.pos += 1  # the "["
        if self._next_char() == "]":
            self.pos += 1
            return
        position = 0
        while True:
            self._next_char()
            yield section, position, self._value()
            position += 1
            after = self._next_char()
            self.pos += 1
            if after == "]":
                return
            if after != ",":
                raise _unreadable("expected ',' or ']'")


class _BrokenFile(BadBundle):
    """The file cannot be read as a bundle at all (not its payload's content)."""


def _unreadable(why: str) -> BadBundle:
    return BadBundle(f"The bundle's content is not readable ({why}).")
