"""Command groups of the `outreach-kit` CLI, one module each.

Each module has `register(commands)`, which adds its sub-parsers and sets `handler` (called with
an open Kit and the parsed args) or `paths_handler` (called with Paths, for commands that must
not open the database for writing, like `doctor`).
"""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(document: Any) -> None:
    """One JSON document on stdout (the `--json` contract)."""
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


# Domain fields whose command-line flag has another name (the flag is what the user typed).
FIELD_ALIASES = {"postal_code": "zip", "interests": "interest", "timeout_s": "timeout"}


def option_names(parser) -> dict[str, str]:
    """Each argument of one (leaf) parser by its dest: "--zip" for an option, "NAME" for a
    positional. Used to name, in an error message, the flag a wrong value came from."""
    names: dict[str, str] = {}
    for action in parser._actions:  # argparse keeps no public list of a parser's arguments
        if action.dest in ("help", "version") or action.dest.startswith("=="):
            continue
        longs = [o for o in action.option_strings if o.startswith("--")]
        if longs:
            names[action.dest] = longs[0]
        elif not action.option_strings and isinstance(action.metavar, str | None):
            names[action.dest] = action.metavar or action.dest.upper()
    return names


def name_fields_as_flags(args, errors) -> str:
    """A ValidationFailed's messages with each field named as the user typed it: `--zip: …`
    rather than the internal `postal_code: …`."""
    names: dict[str, str] = getattr(args, "option_names", None) or {}
    parts = []
    for error in errors:
        field = FIELD_ALIASES.get(error.field, error.field)
        label = names.get(field) or names.get(error.field) or "--" + field.replace("_", "-")
        parts.append(f"{label}: {error.message}")
    return "; ".join(parts)


# The largest integer SQLite stores; an id beyond it made sqlite3 raise OverflowError (exit 1
# with a traceback) instead of a bad-input message.
SQLITE_MAX_INT = 2**63 - 1
MAX_DAYS = 36_500  # a hundred years: any larger count of days is a typo


def bounded_int(name: str, low: int, high: int):
    """An argparse `type` for an integer in [low, high]; anything else is bad input (exit 2)."""

    def parse(text: str) -> int:
        import argparse

        try:
            value = int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} must be between {low} and {high}")
        return value

    parse.__name__ = name  # argparse names the type in its messages
    return parse


def bounded_seconds(name: str, low: float, high: float):
    """An argparse `type` for a finite number of seconds in [low, high]: `inf`, `nan` and
    anything else are bad input (exit 2), refused before the command changes anything."""

    def parse(text: str) -> float:
        import argparse
        import math

        try:
            value = float(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
        if not math.isfinite(value) or not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{name} must be between {low:g} and {high:g} "
                                             "seconds")
        return value

    parse.__name__ = name
    return parse


MAX_WAIT_S = 86_400.0  # a day: one run waiting longer for retries is a typo
wait_seconds = bounded_seconds("--max-wait", 0, MAX_WAIT_S)
record_id = bounded_int("an id", 1, SQLITE_MAX_INT)
day_count = bounded_int("a number of days", 0, MAX_DAYS)
copy_count = bounded_int("a number of copies", 1, SQLITE_MAX_INT)  # the service sets the cap


EARLIEST_DAY, LATEST_DAY = "1900-01-01", "9998-12-31"


def day(text: str):
    """An argparse `type` for a YYYY-MM-DD day the kit can compute with (a day after it must
    exist too: `--to 9999-12-31` overflowed)."""
    import argparse
    import datetime as dt

    try:
        value = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a date; use YYYY-MM-DD, like 2026-06-14") from None
    if not dt.date.fromisoformat(EARLIEST_DAY) <= value <= dt.date.fromisoformat(LATEST_DAY):
        raise argparse.ArgumentTypeError(f"a date must be between {EARLIEST_DAY} and {LATEST_DAY}")
    return value
