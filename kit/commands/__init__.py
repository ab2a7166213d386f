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
