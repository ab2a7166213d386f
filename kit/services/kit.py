"""The open kit: paths, store, settings and clock, passed to every service call."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kit.content import CampaignPack
from kit.paths import Paths, resolve_paths
from kit.services.kit_content import PROTECTION_KEYS_SETTING, KitContent
from kit.services.settings import Settings
from kit.store.database import Store, open_store
from kit.store.database import StoreDamaged as StoreDamaged  # open_kit raises it; the UI catches it

if TYPE_CHECKING:
    from kit.protect.session import Session

log = logging.getLogger(__name__)

__all__ = ["PROTECTION_KEYS_SETTING", "Kit", "StoreDamaged", "open_kit", "system_clock"]


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

    def __post_init__(self) -> None:
        self.settings = Settings(self.store)

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

        use_coarse_times()  # the log keeps nothing finer than the sealed rows (quarter hours)
    return kit
