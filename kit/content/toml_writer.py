"""A small TOML writer for the subset campaign packs use: tables, arrays of tables, strings,
integers, booleans and lists of strings.

tomllib only reads; a writer for this subset is short, has no dependency and keeps the key
order of the file readable. Round trip (dump -> tomllib.loads) is tested.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f",
            "\r": "\\r"}


def dumps(document: Mapping[str, Any]) -> str:
    """Serialise a mapping of the supported subset to TOML text."""
    lines: list[str] = []
    _write_table(document, [], lines)
    return "\n".join(lines).strip("\n") + "\n"


def quote(text: str) -> str:
    """A TOML basic string for `text`, escaping quotes, backslashes and control characters."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else quote(name)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, Sequence):
        if not value:
            return "[]"
        items = [_value(v) for v in value]
        one_line = "[" + ", ".join(items) + "]"
        if len(one_line) <= 80:
            return one_line
        return "[\n" + "".join(f"    {item},\n" for item in items) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _is_table_array(value: Any) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str)
        and bool(value)
        and all(isinstance(v, Mapping) for v in value)
    )


def _write_table(table: Mapping[str, Any], path: list[str], lines: list[str]) -> None:
    # Plain values first: TOML attaches key/value lines to the most recent header.
    for name, value in table.items():
        if not isinstance(value, Mapping) and not _is_table_array(value):
            lines.append(f"{_key(name)} = {_value(value)}")
    for name, value in table.items():
        sub = [*path, name]
        header = ".".join(_key(p) for p in sub)
        if isinstance(value, Mapping):
            lines.extend(["", f"[{header}]"])
            _write_table(value, sub, lines)
        elif _is_table_array(value):
            for item in value:
                lines.extend(["", f"[[{header}]]"])
                _write_table(item, sub, lines)
