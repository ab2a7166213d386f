"""The mark behind "new since the last export", and what keeps it honest.

"New since the last export" (kit.domain.export_filter) chooses the sign-ups made after the
mark. A sign-up that arrives after an export but was made before it (a table laptop's bundle
merged the day after, a file imported later) was in no export and would never be "new", so a
coordinator exporting only the new ones would never send that person to the list. An import
therefore moves the mark back to just before any sign-up it stores with an older time, in the
same transaction: the next "new" export includes that person, along with whoever else signed
up since then (a mailing list or CRM matches those by email). That is the side to err on: a
person exported twice is merged by the list; a person never exported is lost to the group.

The same holds for a sign-up that commits while an export runs (issue 22): stamped just before
the export's mark, but committed after the export read its rows, it would be in neither file.
So it is closed exactly, with SQLite's write lock deciding the order:
- every sign-up's own write transaction (kiosk, sealed, import, bundle) checks the mark it sees
  and moves it back below its own time when needed (`keep_late_arrival_new`);
- an export takes its new mark FIRST, in a write transaction of its own (`take_mark`, under the
  write lock, so no sign-up commits halfway through), and only then reads its rows. A sign-up
  that committed before the mark is in the rows; one that commits after it sees the new mark
  and moves it back below itself, so the next "new" export has it (perhaps this one too: a
  repeat, never a loss);
- an export that fails after taking the mark gives it back (`give_back_mark`), keeping any move
  a late arrival made meanwhile.
The read itself holds no write lock: a long export never makes the kiosk wait.
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


def keep_late_arrival_new(execute: Callable[..., Any], signup_id: int,
                          made_at: dt.datetime | None = None) -> bool:
    """Inside the write transaction that stored sign-up `signup_id` (an import's, a kiosk's):
    move the mark back below it if it was made at or before the mark. `execute(sql, params)`
    runs SQL on the transaction's connection; `made_at` is the sign-up's exact time (naive UTC)
    where the stored one is only its quarter hour (a sealed kiosk sign-up). Returns whether the
    mark moved."""
    row = execute(_TIMES, (LAST_EXPORT_SETTING, signup_id)).fetchone()
    if row is None or row[0] is None:
        return False
    mark_text = json.loads(row[1])
    if mark_text is None:
        return False  # never exported: everything is new
    made = made_at if made_at is not None else _naive(row[0])
    if made > dt.datetime.fromisoformat(mark_text):
        return False
    if execute(_PROTECTED).fetchone() is None:
        moved = made - dt.timedelta(microseconds=1)  # "after the mark" is strict
    else:  # no time finer than the quarter hour at rest: the quarter before the sign-up's
        moved = quarter_hour(made - dt.timedelta(microseconds=1))
    execute(_MOVE, (json.dumps(moved.isoformat()), LAST_EXPORT_SETTING))
    return True


def mark_for(at: dt.datetime, protected: bool) -> dt.datetime:
    """The mark an export taken at `at` leaves (a protected kit keeps no time finer than the
    quarter hour: sign-ups earlier in that quarter count as new once more, the side to err on)."""
    return quarter_hour(at) if protected else at


def take_mark(kit: Any, at: dt.datetime) -> tuple[str | None, str]:
    """In one write transaction: the mark before, and the new one (`mark_for(at)`) written.
    Returns (previous, ours) as stored text, for `give_back_mark`."""
    from kit.services.settings import Settings

    with kit.store.write():
        previous = kit.settings.get(LAST_EXPORT_SETTING)
        protected = kit.store.db.execute_sql(_PROTECTED).fetchone() is not None
        ours = mark_for(at, protected).isoformat()
        Settings.set_in_transaction(LAST_EXPORT_SETTING, ours)
    return previous, ours


def give_back_mark(kit: Any, previous: str | None, ours: str) -> None:
    """An export that took the mark `ours` failed: the mark goes back to `previous`, or stays
    lower where a late arrival moved it below both meanwhile."""
    from kit.services.settings import Settings

    with kit.store.write():
        current = kit.settings.get(LAST_EXPORT_SETTING)
        if current == ours or previous is None:
            restored = previous
        elif current is None:
            restored = None
        else:
            restored = min(current, previous, key=dt.datetime.fromisoformat)
        Settings.set_in_transaction(LAST_EXPORT_SETTING, restored)


def _naive(stored: str | dt.datetime) -> dt.datetime:
    """A stored time (naive UTC text as peewee and sqlite3 write it) as a datetime."""
    return stored if isinstance(stored, dt.datetime) else dt.datetime.fromisoformat(stored)
