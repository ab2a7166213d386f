"""Long jobs off the GUI thread: one QRunnable per job, results back on the GUI thread by signals.

A job is a plain function `work(progress, cancel) -> result` that touches no widget: it gets a
`progress(done, total)` callback and a `threading.Event` that Cancel sets. The `JobRunner`
belongs to a page or dialog (it is created on the GUI thread, so its signals are delivered
there), runs one job at a time in the global QThreadPool, and turns the job's outcome into one
of `succeeded`, `cancelled` or `failed`.

Why the signals live on the runner and not on the QRunnable: the pool deletes a finished
runnable on its own thread, and a QObject must not be destroyed away from the thread it lives in
(the same reason as kit/ui/handouts/page.py).

peewee opens one connection per thread; a job that used the kit's store passes `store=` so its
worker thread's connection is closed when the job ends (an unclosed one would keep the WAL from
checkpointing until the app exits).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from kit.domain.errors import KitError

log = logging.getLogger(__name__)

Work = Callable[[Callable[[int, int], None], threading.Event], object]


class JobRunner(QObject):
    """Runs one background job at a time for its owner and reports by signals.

    `progressed(done, total)`, then exactly one of `succeeded(result)`, `cancelled(message)` or
    `failed(message)`; `busy` is True in between. A job is cancelled when it raises a KitError
    with the code "cancelled" (the export and import services do); a job that stops early and
    returns a result (a sync reports what it did) is `succeeded`, and the result says so.
    The owner must not be deleted while `busy`: cancel, then close once a signal arrived.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal(str)
    failed = Signal(str)
    # Internal relay: the job emits it from its thread; Qt queues it to this object's thread,
    # where `busy` is cleared before the public signal goes out.
    _done = Signal(str, object)  # outcome ("ok", "cancelled", "failed"), result or message

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._cancel: threading.Event | None = None
        self.busy = False
        self._done.connect(self._on_done)

    def start(self, work: Work, *, store=None) -> bool:
        """Start `work` in the pool; False (and nothing started) when a job is still running."""
        if self.busy:
            return False
        self.busy = True
        self._cancel = threading.Event()
        self._pool.start(_Job(self, work, self._cancel, store))
        return True

    def cancel(self) -> None:
        """Ask the running job to stop at its next check."""
        if self._cancel is not None:
            self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel is not None and self._cancel.is_set()

    def _on_done(self, outcome: str, payload: object) -> None:
        self.busy = False
        if outcome == "ok":
            self.succeeded.emit(payload)
        elif outcome == "cancelled":
            self.cancelled.emit(str(payload))
        else:
            self.failed.emit(str(payload))


class _Job(QRunnable):
    """One run of a work function; touches no widget and reports only through the runner."""

    def __init__(self, runner: JobRunner, work: Work, cancel: threading.Event, store) -> None:
        super().__init__()
        self._runner = runner
        self._work = work
        self._cancel = cancel
        self._store = store

    def run(self) -> None:
        try:
            result = self._work(self._runner.progressed.emit, self._cancel)
        except KitError as error:
            kind = "cancelled" if error.code == "cancelled" else "failed"
            self._runner._done.emit(kind, error.message)
        except Exception as error:  # a worker must report, never die silently
            log.error("A background job failed:\n%s", traceback.format_exc())
            self._runner._done.emit("failed", QCoreApplication.translate(
                "JobRunner", "Something went wrong (%1). The details are in the log.",
            ).replace("%1", str(error)))
        else:
            self._runner._done.emit("ok", result)
        finally:
            if self._store is not None:
                try:
                    self._store.close()  # this worker thread's own connection
                except Exception:  # closing must not hide the job's outcome
                    log.exception("Closing a worker thread's database connection")
