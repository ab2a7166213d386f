"""When the app syncs on its own, which targets a sync asks keys for, and how long keys are held.

Two ways a sync starts in the app:

- **Sync now** (or Retry): the coordinator is at the laptop. Every target that is on and not
  paused is synced; a key the session does not have yet is asked for first (once per session),
  and a key the service rejected during the sync is asked for again right after it.
- **The quiet retry**: every `QUIET_SYNC_INTERVAL` the app tries by itself. It never asks
  anything and shows nothing unless it sent something (a failure is only logged: nobody may be
  at the laptop, and an attendee may be the one looking). It starts only when the kit is
  readable (a locked protected kit is skipped, never an error) and at least one target that is
  on, not paused and has rows waiting also has its key at hand. Its reads are not activity: a
  protected kit relocks on time however often it retries (kit.services.sync, `background`).

Keys (`SessionSecrets`): the store is made the first time a key is needed, not when the window
opens, so starting the app never reads the OS keyring. A key typed in is kept for the rest of
the session: in the keyring when there is a usable one, and in this process's memory either way
(kit.sync.secrets); never in the database, the settings or a log. It goes when the app closes.

The UI owns the timer (the main window), the worker thread and the session's keys (one
SyncRunner, kit.ui.sync.runner, shared by the timer and the Sync tab) and the dialogs; the
decisions are here.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from kit.sync.secrets import SecretStore, default_secret_store

if TYPE_CHECKING:
    from kit.services.kit import Kit
    from kit.sync.engine import SyncReport
    from kit.sync.targets.base import TargetConfig

# The main window reads QUIET_SYNC_INTERVAL while the kiosk starts, so this module stays light:
# the sync services (HTTP clients, the CRM adapters: about a second to import) are imported by
# the functions that use them, at the quiet retry's first tick or when the Sync tab is opened.

QUIET_SYNC_INTERVAL = dt.timedelta(minutes=5)  # how often the quiet retry looks


class QuietSkip(enum.Enum):
    """Why the quiet retry did not start (it says so only in the log)."""

    LOCKED = "the kit is locked"  # nothing sealed can be read; the coordinator unlocks first
    NOTHING_READY = "nothing waits for a target whose key is at hand"


class SessionSecrets:
    """The app session's secret store, made on first use and kept until the app closes."""

    def __init__(self, store: SecretStore | None = None, *,
                 make: Callable[[], SecretStore] | None = None) -> None:
        self._store = store
        self._make = make

    @property
    def made(self) -> bool:
        """True once the store exists (the keyring may have been read)."""
        return self._store is not None

    def store(self) -> SecretStore:
        if self._store is None:
            self._store = (self._make or default_secret_store)()
        return self._store


def sync_targets(kit: Kit) -> list[TargetConfig]:
    """The targets a sync delivers to now: turned on and not paused by a rejected key."""
    from kit.services.targets import list_targets

    return [t for t in list_targets(kit) if t.enabled and not t.paused_reason]


def keys_to_ask_for(targets: Iterable[TargetConfig], secrets: SecretStore) -> list[TargetConfig]:
    """The targets whose key this session does not have (Sync now asks for each, in order)."""
    return [t for t in targets if not secrets.get(t.uuid)]


def quiet_sync_skip(kit: Kit, keys: SessionSecrets) -> QuietSkip | None:
    """None when the quiet retry should start now; otherwise why it should not.

    The session's store is opened only when a target has rows waiting: a locked kit, or one
    with nothing to send, never reads the keyring on the timer's behalf."""
    from kit.services.sync import kit_locked, pending_summary

    if kit_locked(kit):
        return QuietSkip.LOCKED
    waiting = {s.target.id for s in pending_summary(kit) if s.waiting}
    if not any(t.id in waiting and keys.store().get(t.uuid) for t in sync_targets(kit)):
        return QuietSkip.NOTHING_READY
    return None


def paused_target_ids(kit: Kit) -> frozenset[int]:
    """The targets paused now (taken before a sync, to see which the sync paused)."""
    from kit.services.targets import list_targets

    return frozenset(t.id for t in list_targets(kit) if t.paused_reason)


def newly_paused(targets: Iterable[TargetConfig], paused_before: Iterable[int]) -> list[TargetConfig]:
    """Targets a sync paused (the service rejected the key), still on: after Sync now the
    coordinator is asked for a new key for the first of them at once."""
    before = set(paused_before)
    return [t for t in targets if t.paused_reason and t.enabled and t.id not in before]


def quiet_report_worth_showing(report: SyncReport) -> bool:
    """The quiet retry speaks up only when it delivered something."""
    return report.total("sent") > 0
