"""The app's one sync runner: the worker a sync runs in, the session's keys, and the quiet retry.

The main window holds it from the moment the kit is open and its timer calls `sync_quietly`;
the Sync tab, when it is built, uses the same runner for Sync now, so a sync never runs twice at
once and a key typed into the tab is the one the quiet retry finds. The quiet retry needs no
widget: on a kiosk nobody opened, a tick with nothing to send reads a few counts and builds
nothing; a tick with something to send runs the sync here, and the Sync tab shows what it did
when it is next opened (`quiet_news`).

When the quiet retry may start and what it may read (a locked protected kit is skipped) is
kit.services.background_sync's to say; this module only starts the worker.

Kept light (the kiosk imports it while starting): kit.services.sync, with the HTTP clients and
the CRM adapters, is imported by the first sync, not here.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from kit.services import background_sync
from kit.ui.workers import JobRunner

if TYPE_CHECKING:
    from kit.services.kit import Kit
    from kit.sync.engine import SyncReport
    from kit.sync.secrets import SecretStore

log = logging.getLogger(__name__)


class SyncRunner(QObject):
    """Runs one sync at a time, quiet or asked for, and says how it went.

    `started(quiet)`, `progressed(done, total)`, then `finished(report, quiet)` or
    `failed(message, quiet)`; a quiet failure is only logged here (nobody may be at the laptop).
    """

    started = Signal(bool)
    progressed = Signal(int, int)
    finished = Signal(object, bool)  # SyncReport, quiet
    failed = Signal(str, bool)  # message, quiet

    def __init__(self, kit: Kit, parent: QObject | None = None, *,
                 secrets: SecretStore | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.session_secrets = background_sync.SessionSecrets(secrets)
        self.quiet = False  # whether the sync running (or the last one) was the quiet retry
        self.paused_before: frozenset[int] = frozenset()
        # What a quiet sync sent, until the Sync tab shows it (None: nothing to tell).
        self.quiet_news: SyncReport | None = None
        self._jobs = JobRunner(self)
        self._jobs.progressed.connect(self.progressed)
        self._jobs.succeeded.connect(self._on_succeeded)
        self._jobs.failed.connect(self._on_failed)

    @property
    def secrets(self) -> SecretStore:
        """The session's store; made on first use, so starting the app never reads a keyring."""
        return self.session_secrets.store()

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def sync_quietly(self) -> bool:
        """The background retry: sync if rows wait and their keys are at hand; never a dialog,
        never a widget built. False when nothing was started (the reason goes to the log)."""
        try:
            if self.busy:
                return False
            skip = background_sync.quiet_sync_skip(self._kit, self.session_secrets)
            if skip is not None:
                log.debug("Background sync not started: %s", skip.value)
                return False
            return self.start(quiet=True)
        except Exception:  # a timer must never raise into Qt's event loop
            log.exception("Background sync could not start")
            return False

    def start(self, *, quiet: bool) -> bool:
        """Start a sync of every target a sync delivers to now; False when one is running.

        The caller decided that it may run (Sync now asked for the missing keys first; the
        quiet retry asked `quiet_sync_skip`)."""
        if self.busy:
            return False
        from kit.services import sync as sync_service

        self.quiet = quiet
        self.paused_before = background_sync.paused_target_ids(self._kit)
        kit, secrets = self._kit, self.secrets
        started = self._jobs.start(lambda progress, cancel: sync_service.run_sync(
            kit, secrets=secrets, progress=progress, cancel=cancel, background=quiet))
        if started:
            self.started.emit(quiet)
        return started

    def cancel(self) -> None:
        """Ask a running sync to stop after the request in flight."""
        self._jobs.cancel()

    def _on_succeeded(self, report: SyncReport) -> None:
        if self.quiet:
            if background_sync.quiet_report_worth_showing(report):
                self.quiet_news = report
        else:
            self.quiet_news = None  # the coordinator saw a newer result
        self.finished.emit(report, self.quiet)

    def _on_failed(self, message: str) -> None:
        if self.quiet:
            log.info("Background sync did not run: %s", message)
        self.failed.emit(message, self.quiet)
