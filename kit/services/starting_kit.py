"""The kit as the kiosk's first frame sees it, before the store is open.

Opening the store imports peewee, runs SQLite's quick_check (91 ms at 100,000 sign-ups),
checks the pragmas and the schema; none of it changes what the sign-up form looks like. So the
desktop app reads the few things the first frame needs (settings, that an event exists, the
campaign pack) from the database file read-only with the sqlite3 module, paints, and only then
opens the kit (kit.ui.app). Nothing here can record a sign-up: the form's button waits for the
open kit.

When this quick read does not apply (no database or no event yet, a first-run set-up under way,
a schema this version would migrate, anything SQLite or the file objects to), `read_starting_kit`
returns None and the app opens the kit before its window, as it always did.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass
from typing import Any

from kit.content import CampaignPack
from kit.paths import Paths
from kit.services.kit_content import KitContent
from kit.services.settings import SELECT_SETTING, Settings, setting_value
from kit.store.backup import connect_read_only
from kit.store.schema import CURRENT_VERSION

log = logging.getLogger(__name__)

# kit.services.first_run.FIRST_RUN_SETTING and the table of kit.store.models.Event (a test
# checks both): importing those modules would import peewee.
FIRST_RUN_SETTING = "first_run"
EVENT_TABLE = "event"


class StartingSettings:
    """Settings read from the read-only connection. A value set before the store is open (the
    kiosk remembers the scale it fitted) is kept here and written by `write_into` once it is."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        self.pending: dict[str, Any] = {}

    def get(self, key: str) -> Any:
        if key in self.pending:
            return self.pending[key]
        return setting_value(key, self._connection.execute(SELECT_SETTING, (key,)).fetchone())

    def set(self, key: str, value: Any) -> None:
        self.pending[key] = value

    def write_into(self, settings: Settings) -> None:
        """Store what was set while the kit was starting (the open kit's settings)."""
        for key, value in self.pending.items():
            settings.set(key, value)
        self.pending.clear()


@dataclass(frozen=True)
class EventHeading:
    """What the kiosk's heading shows of the active event, read here before the store is open
    and by kit.services.events.active_event_heading once it is (EventSummary has the same
    fields, and the sign-up count besides)."""

    name: str
    location: str
    date: dt.date | None


class StartingKit(KitContent):
    """Paths, settings and the campaign pack of a kit whose store is not open yet."""

    def __init__(self, paths: Paths, connection: sqlite3.Connection) -> None:
        self.paths = paths
        self.settings = StartingSettings(connection)
        self.pack_problem = ""
        self._pack: CampaignPack | None = None
        self._connection = connection

    def active_event(self) -> EventHeading | None:
        """The active event's name, place and day (None if it went away meanwhile)."""
        row = self._connection.execute(
            f"SELECT name, location, date FROM {EVENT_TABLE} WHERE id = ?",
            (int(self.settings.get("active_event_id")),)).fetchone()
        if row is None:
            return None
        name, location, day = row
        try:
            date = dt.date.fromisoformat(day) if day else None
        except (TypeError, ValueError):
            date = None
        return EventHeading(name=str(name), location=str(location or ""), date=date)

    def close(self) -> None:
        self._connection.close()


def stored_setting(paths: Paths, key: str) -> Any:
    """A setting read from the database file read-only, before the kit is opened (the volunteer
    side's language, for a recovery dialog or an error shown while opening); its default when
    the file is missing or cannot be read."""
    database = paths.database
    try:
        if not database.is_file() or database.stat().st_size == 0:
            return setting_value(key, None)
        connection = connect_read_only(database)
        try:
            return setting_value(key, connection.execute(SELECT_SETTING, (key,)).fetchone())
        finally:
            connection.close()
    except (OSError, sqlite3.Error, ValueError):
        return setting_value(key, None)


def read_starting_kit(paths: Paths) -> StartingKit | None:
    """The kit for the first frame, or None when the app must open the kit first (see the
    module docstring). On a protected kit the log's times are made coarse at once, as opening
    it would."""
    database = paths.database
    try:
        if not database.is_file() or database.stat().st_size == 0:
            return None
        connection = connect_read_only(database)
    except (OSError, sqlite3.Error):
        return None
    try:
        starting = _starting_kit(paths, connection)
    except (sqlite3.Error, ValueError, TypeError) as error:  # TypeError: a setting of another shape
        log.info("Start-up reads the kit the usual way (%s)", type(error).__name__)
        starting = None
    if starting is None:
        connection.close()
        return None
    if starting.is_protected():
        from kit.logsetup import use_coarse_times

        use_coarse_times()
    return starting


def _starting_kit(paths: Paths, connection: sqlite3.Connection) -> StartingKit | None:
    if int(connection.execute("PRAGMA user_version").fetchone()[0]) != CURRENT_VERSION:
        return None  # opening will migrate it (after a backup): the tables may differ until then
    starting = StartingKit(paths, connection)
    event_id = starting.settings.get("active_event_id")
    if event_id is None or starting.settings.get(FIRST_RUN_SETTING) == "started":
        return None  # the first-run set-up is shown, and it needs the open kit
    exists = connection.execute(f"SELECT 1 FROM {EVENT_TABLE} WHERE id = ?",
                                (int(event_id),)).fetchone()
    return starting if exists is not None else None


