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
