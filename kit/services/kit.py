"""The open kit: paths, store, settings and clock, passed to every service call."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kit.content import CampaignPack
from kit.paths import Paths, resolve_paths
from kit.services.kit_content import PROTECTION_KEYS_SETTING, KitContent
from kit.services.settings import SETTING_TABLE, Settings, setting_value
from kit.store.database import Store, open_store
from kit.store.database import StoreDamaged as StoreDamaged  # open_kit raises it; the UI catches it

if TYPE_CHECKING:
    from kit.protect.session import Session

log = logging.getLogger(__name__)

__all__ = ["PROTECTION_KEYS_SETTING", "DeskSettings", "Kit", "StoreDamaged", "open_kit",
           "system_clock"]

_DESK_KEYS = ("active_event_id", "region", PROTECTION_KEYS_SETTING)
_SELECT_DESK = (f"SELECT key, value FROM {SETTING_TABLE} WHERE key IN "
                f"({', '.join('?' * len(_DESK_KEYS))})")


@dataclass(frozen=True)
class DeskSettings:
    """What every sign-up reads: the event it goes to, the region phone numbers are read in,
    and whether it is sealed (kept by Kit.desk between sign-ups)."""

    active_event_id: int | None  # an event that exists; None before the first one
    region: str
    protected: bool


def system_clock() -> dt.datetime:
    """Local wall-clock time, aware."""
    return dt.datetime.now().astimezone()


@dataclass
class Kit(KitContent):
    """Everything a use-case needs, created once per process (GUI or CLI command)."""

    paths: Paths
    store: Store
    clock: Callable[[], dt.datetime] = system_clock
    settings: Settings = field(init=False)
    pack_problem: str = field(default="", init=False)
    _pack: CampaignPack | None = field(default=None, init=False, repr=False)
    # Protected mode's open session (private keys and opened sign-ups, in memory only); None
    # while locked or off. Owned by kit.services.protection.
    protection: Session | None = field(default=None, init=False, repr=False)
    # Kit.desk's answer and what it was read under: (connection, data_version, total_changes).
    _desk: tuple[sqlite3.Connection, int, int, DeskSettings] | None = field(
        default=None, init=False, repr=False)
    # The last sign-up's own rows as (connection, total_changes before, after): numbers kept
    # from before it (Kit.desk, kit.services.status.LiveStatus) can tell nothing else was
    # written on the connection meanwhile.
    last_signup_write: tuple[sqlite3.Connection, int, int] | None = field(
        default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.settings = Settings(self.store)

    # -- what every sign-up reads, kept between sign-ups ---------------------------------------
    def desk(self) -> DeskSettings:
        """The active event, the region and protected or not, read again only when the
        database may have changed since.

        Two of SQLite's counters say so, both read without touching a table: PRAGMA
        data_version, which moves when *another* connection (the CLI, a worker thread)
        committed ("unchanged for changes committed on the same database connection",
        https://www.sqlite.org/pragma.html#pragma_data_version), and this connection's
        total_changes, which moves with every row it writes itself, whoever wrote it (a
        setting, an event deleted by an import's undo). A sign-up's own rows are known not to
        matter (Kit.signup_write). Nothing read inside an open transaction is kept: it could
        still be rolled back.
        """
        conn = self.store.db.connection()
        version = conn.execute("PRAGMA data_version").fetchone()[0]
        changes = conn.total_changes
        kept = self._desk
        if kept is not None and kept[0] is conn and kept[1] == version and kept[2] == changes:
            return kept[3]
        desk = self._read_desk(conn)
        if not conn.in_transaction:
            self._desk = (conn, version, changes, desk)
        return desk

    def _read_desk(self, conn: sqlite3.Connection) -> DeskSettings:
        stored = dict(conn.execute(_SELECT_DESK, _DESK_KEYS).fetchall())
        values = {key: setting_value(key, (stored[key],) if key in stored else None)
                  for key in _DESK_KEYS}
        wanted = values["active_event_id"]
        event_id = None
        if wanted is not None and conn.execute("SELECT 1 FROM event WHERE id = ?",
                                               (int(wanted),)).fetchone() is not None:
            event_id = int(wanted)
        return DeskSettings(active_event_id=event_id, region=str(values["region"] or "US"),
                            protected=values[PROTECTION_KEYS_SETTING] is not None)

    @contextlib.contextmanager
    def signup_write(self) -> Iterator[None]:
        """store.write() for one sign-up's own rows (its contact, the sign-up, its outbox rows):
        they change nothing Kit.desk reads, so its kept answer stays good afterwards."""
        conn = self.store.db.connection()
        before = conn.total_changes
        with self.store.write():
            yield
        after = conn.total_changes
        self.last_signup_write = (conn, before, after)
        kept = self._desk
        if kept is not None and kept[0] is conn and kept[2] == before:
            self._desk = (conn, kept[1], after, kept[3])

    @property
    def region(self) -> str:
        return self.desk().region

    def is_protected(self) -> bool:
        """Protected mode is on: sign-ups are sealed (whether or not the kit is unlocked)."""
        return self.desk().protected

    def close(self) -> None:
        self.protection = None  # drop the keys and the opened sign-ups with the kit
        self.store.close()


def open_kit(
    where: Paths | str | os.PathLike[str] | None = None,
    *,
    clock: Callable[[], dt.datetime] | None = None,
) -> Kit:
    """Open (creating if needed) the kit at `where` (Paths or a data dir), or the default one."""
    paths = where if isinstance(where, Paths) else resolve_paths(where)
    store = open_store(paths)
    kit = Kit(paths=paths, store=store, clock=clock or system_clock)
    if kit.is_protected():
        from kit.logsetup import use_coarse_times

        # The log keeps nothing finer than the sealed rows (quarter hours); the marker tells
        # other processes (kits protected before it existed have none yet).
        use_coarse_times(log_dir=paths.log_dir)
    return kit
