"""The outbox owns its rows: only kit/sync/outbox.py adds them, and SQL spells no state by hand.

A state written as a literal in SQL (`'pending'`) is a copy of kit/sync/states.py that nothing
keeps in step; issue 16 found one in the importer's own INSERT INTO outbox.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

KIT = Path(__file__).resolve().parents[2] / "kit"
# Written out here, not imported from the code under test.
STATES = ("pending", "sending", "sent", "retry", "failed", "needs_attention", "skipped")
SQL_STATE = re.compile("'(" + "|".join(STATES) + ")'")
OWNER = KIT / "sync" / "outbox.py"
# Migrations are history: what they say is never edited (kit/store/schema.py).
HISTORY = KIT / "store" / "schema.py"


def _strings(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def _sources():
    return [p for p in KIT.rglob("*.py") if p != HISTORY]


def test_no_sql_spells_an_outbox_state():
    found = [f"{p.relative_to(KIT.parent)}:{line}: {text!r}" for p in _sources()
             for line, text in _strings(p) if SQL_STATE.search(text)]
    assert not found, "use kit.sync.states (a parameter, or an f-string of the constant):\n" + \
        "\n".join(found)


def test_only_the_outbox_adds_outbox_rows():
    adds = re.compile(r"INSERT\b[^;]*\bINTO\s+outbox\b", re.IGNORECASE)
    found = [f"{p.relative_to(KIT.parent)}:{line}" for p in _sources() if p != OWNER
             for line, text in _strings(p) if adds.search(text)]
    peewee = [f"{p.relative_to(KIT.parent)}" for p in _sources() if p != OWNER
              and re.search(r"Outbox\.(insert|insert_many|insert_from|create|replace)\(",
                            p.read_text(encoding="utf-8"))]
    assert not found + peewee, "add outbox rows through kit.sync.outbox.enqueue:\n" + \
        "\n".join(found + peewee)
