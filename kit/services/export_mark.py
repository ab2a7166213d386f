"""The mark behind "new since the last export", and what keeps it honest.

"New since the last export" (kit.domain.export_filter) chooses the sign-ups made after the
mark. A sign-up that arrives after an export but was made before it (a table laptop's bundle
merged the day after, a file imported later) was in no export and would never be "new", so a
coordinator exporting only the new ones would never send that person to the list. An import
therefore moves the mark back to just before any sign-up it stores with an older time, in the
same transaction: the next "new" export includes that person, along with whoever else signed
up since then (a mailing list or CRM matches those by email). That is the side to err on: a
person exported twice is merged by the list; a person never exported is lost to the group.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from kit.domain.times import quarter_hour

LAST_EXPORT_SETTING = "last_export_at"

# The sign-up's stored time (its quarter hour on a protected kit, never later than the exact
# time in its seal) and the mark, read together.
_TIMES = ("SELECT s.created_at, m.value FROM signup s JOIN setting m ON m.key = ? "
          "WHERE s.id = ?")
_PROTECTED = ("SELECT 1 FROM setting WHERE key = 'protection_keys' AND value <> 'null'")
_MOVE = "UPDATE setting SET value = ? WHERE key = ?"


def keep_late_arrival_new(execute: Callable[..., Any], signup_id: int) -> bool:
    """Inside the import's write transaction, after sign-up `signup_id` was stored: move the
    mark back below it if it was made at or before the mark. `execute(sql, params)` runs SQL
    on the transaction's connection. Returns whether the mark moved."""
    row = execute(_TIMES, (LAST_EXPORT_SETTING, signup_id)).fetchone()
    if row is None or row[0] is None:
        return False
    mark_text = json.loads(row[1])
    if mark_text is None:
        return False  # never exported: everything is new
    made = _naive(row[0])
    if made > dt.datetime.fromisoformat(mark_text):
        return False
    if execute(_PROTECTED).fetchone() is None:
        moved = made - dt.timedelta(microseconds=1)  # "after the mark" is strict
    else:  # no time finer than the quarter hour at rest: the quarter before the sign-up's
        moved = quarter_hour(made - dt.timedelta(microseconds=1))
    execute(_MOVE, (json.dumps(moved.isoformat()), LAST_EXPORT_SETTING))
    return True


def _naive(stored: str | dt.datetime) -> dt.datetime:
    """A stored time (naive UTC text as peewee and sqlite3 write it) as a datetime."""
    return stored if isinstance(stored, dt.datetime) else dt.datetime.fromisoformat(stored)
