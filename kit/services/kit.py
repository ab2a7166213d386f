"""The open kit: paths, store, settings and clock, passed to every service call."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field

from kit.domain.signup import DEFAULT_INTERESTS, ConsentWording
from kit.paths import Paths, resolve_paths
from kit.services.settings import Settings
from kit.store.database import Store, open_store


def system_clock() -> dt.datetime:
    """Local wall-clock time, aware."""
    return dt.datetime.now().astimezone()


@dataclass
class Kit:
    """Everything a use-case needs, created once per process (GUI or CLI command)."""

    paths: Paths
    store: Store
    clock: Callable[[], dt.datetime] = system_clock
    settings: Settings = field(init=False)

    def __post_init__(self) -> None:
        self.settings = Settings(self.store)

    @property
    def region(self) -> str:
        return str(self.settings.get("region") or "US")

    def interests(self) -> tuple[tuple[str, str], ...]:
        """(tag, label) pairs offered on the sign-up form."""
        return DEFAULT_INTERESTS

    def consent_wording(self) -> ConsentWording:
        """The consent sentences the form shows and every sign-up records."""
        return ConsentWording()

    def close(self) -> None:
        self.store.close()


def open_kit(
    where: Paths | str | os.PathLike[str] | None = None,
    *,
    clock: Callable[[], dt.datetime] | None = None,
) -> Kit:
    """Open (creating if needed) the kit at `where` (Paths or a data dir), or the default one."""
    paths = where if isinstance(where, Paths) else resolve_paths(where)
    store = open_store(paths)
    return Kit(paths=paths, store=store, clock=clock or system_clock)
