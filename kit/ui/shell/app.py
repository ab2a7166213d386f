"""Starting the desktop app: Qt application, logging, crash hook, the kit, the main window.

First paint first: when the kit can be read without opening it (kit.services.starting_kit), the
kiosk is built and painted from that; the log file, the store (peewee, quick_check, migrations),
the kiosk lock's event filter and the status bar's counts follow right after the first frame,
and the form's Sign up button waits, visibly, until then.
"""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from kit import __version__
from kit.content.storage import assets_dir
from kit.logsetup import configure_logging, hold_early_records
from kit.paths import Paths

log = logging.getLogger(__name__)

SMOKE_TIMEOUT_MS = 30_000
FIRST_FRAME_GRACE_MS = 3_000
TRACE_VARIABLE = "OUTREACH_KIT_TRACE_STARTUP"
# A time.monotonic() reading taken by whoever launched this process (benchmarks/bench_startup.py):
# the trace then counts from that moment, to the microsecond, instead of from the process's
# start time in /proc, which the kernel keeps in clock ticks (10 ms).
TRACE_SINCE_VARIABLE = "OUTREACH_KIT_TRACE_SINCE"


class StartupTrace:
    """With OUTREACH_KIT_TRACE_STARTUP=1, each start-up step's time (since the process began)
    goes to stderr: `startup   412.3 ms  (+  35.1)  kit opened`. Off, it costs nothing."""

    def __init__(self) -> None:
        self.enabled = os.environ.get(TRACE_VARIABLE, "") not in ("", "0")
        self._last = 0.0

    def mark(self, step: str) -> None:
        if not self.enabled:
            return
        # Since the interpreter started (before any import of ours), as a whole-process timer sees it.
        now = (time.monotonic() - _PROCESS_START) * 1000
        print(f"startup {now:8.1f} ms  (+{now - self._last:7.1f})  {step}", file=sys.stderr,
              flush=True)
        self._last = now


def _process_start() -> float:
    """The monotonic time this process started (Linux: from /proc; else: now)."""
    try:
        ticks = int(open("/proc/self/stat", encoding="ascii").read().rsplit(")", 1)[1].split()[19])
        uptime = float(open("/proc/uptime", encoding="ascii").read().split()[0])
        return time.monotonic() - (uptime - ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic()


def _trace_origin() -> float:
    if os.environ.get(TRACE_VARIABLE, "") in ("", "0"):
        return 0.0
    try:
        return float(os.environ[TRACE_SINCE_VARIABLE])
    except (KeyError, ValueError):
        return _process_start()


_PROCESS_START = _trace_origin()


class FirstPaintWatcher(QObject):
    """Notes the watched widget's first paint in the start-up trace, then calls `then` once the
    event loop is free again (the work that waits for the first frame)."""

    def __init__(self, app: QApplication, *, then=None, trace: StartupTrace | None = None) -> None:
        super().__init__(app)
        self._then = then
        self.painted = False
        self.trace = trace or StartupTrace()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.trace.mark("first paint")
            watched.removeEventFilter(self)  # one Python call per event of the window, no more
            if self._then is not None:
                QTimer.singleShot(0, self._then)
        return False


# PySide6 (6.12 at least) returns True from SignalInstance.emit() without taking a reference,
# so each emit() from Python code drops one reference to True. On Python 3.11, where True is not
# immortal, CPython frees True after a few thousand emits (about 1,000 sign-ups at the kiosk)
# and aborts: "Fatal Python error: bool_dealloc". Until PySide is fixed, True's reference count
# is raised by a million, and again from a timer long before that runs out. (Not a list of
# references: freeing that list at exit would drop them all and abort during shutdown.)
#
# The same PySide6 build drops a reference to None on every call of a method that returns
# nothing (setText, setGeometry, update...): None starts with a few thousand references, so a
# kiosk page that lays itself out again (KioskPage.fit) aborted within minutes with "Fatal Python
# error: none_dealloc". None gets the same reserve.
TRUE_RESERVE_CHUNK = 1_000_000
TRUE_RESERVE_CHECK_MS = 10_000


def emit_drops_true_references() -> bool:
    """True when this Python/PySide6 pair has the emit() reference bug (measured, not assumed)."""
    if sys.version_info >= (3, 12):  # True is immortal: the bug is harmless
        return False
    from PySide6.QtCore import Signal

    class Probe(QObject):
        fired = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(10):
        probe.fired.emit()
    return sys.getrefcount(True) < before


def void_calls_drop_none_references() -> bool:
    """True when calling a PySide6 method that returns nothing drops a reference to None."""
    if sys.version_info >= (3, 12):  # None is immortal: the bug is harmless
        return False
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(10):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def top_up_true_reserve() -> None:
    """Raise the reference counts of True and None when fewer than half a chunk are left
    (Python 3.11 only: ob_refcnt is the first field of every object there)."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for constant in (True, None):
        if sys.getrefcount(constant) < TRUE_RESERVE_CHUNK // 2:
            ctypes.c_ssize_t.from_address(id(constant)).value += TRUE_RESERVE_CHUNK


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the kit's name and theme (reused if one exists, as in tests)."""
    from kit.ui.theme import apply_theme

    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    if (emit_drops_true_references() or void_calls_drop_none_references()) \
            and app.property("true_reserve_timer") is None:
        top_up_true_reserve()
        timer = QTimer(app)
        timer.setInterval(TRUE_RESERVE_CHECK_MS)
        timer.timeout.connect(top_up_true_reserve)
        timer.start()
        app.setProperty("true_reserve_timer", True)
        log.info("PySide6 drops references to True and None; keeping a reserve")
    app.setApplicationName("Outreach Kit")
    app.setOrganizationName("outreach-kit")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(assets_dir() / "icons" / "outreach-kit-256.png")))
    # Wayland compositors take the icon from the desktop entry of this id.
    app.setDesktopFileName("org.outreachkit.OutreachKit")
    apply_theme(app)
    return app


def open_kit_or_recover(paths: Paths, *, interactive: bool = True):
    """Open the kit; if its database is damaged, offer the latest good backup first.

    SQLite's quick_check runs before opening (a flipped page deep in a table does not stop
    SQLite from opening the file, and the kiosk must not take sign-ups into a damaged one).
    Returns the open Kit, or None when the volunteer quit the recovery dialog; raises KitError
    when the kit cannot be opened for another reason (and, when not interactive, for damage).
    """
    from kit.services.kit import StoreDamaged, open_kit
    from kit.services.recovery import database_problems, latest_good_backup

    problems = database_problems(paths)
    if not problems:
        try:
            return open_kit(paths)
        except StoreDamaged as error:
            problems = [error.message]
    log.error("The database is damaged: %s", problems[0])
    if not interactive:
        raise StoreDamaged(
            f"The database is damaged ({problems[0]}); run 'outreach-kit restore' to bring back "
            "the latest good backup."
        )
    from kit.ui.shell.recovery_dialog import RecoveryDialog

    dialog = RecoveryDialog(paths, problems[0], latest_good_backup(paths))
    if dialog.exec() != RecoveryDialog.DialogCode.Accepted:
        return None
    return open_kit(paths)


def run_app(paths: Paths, *, smoke: bool = False, language: str | None = None) -> int:
    """Open the window; with `smoke`, exit 0 once it has painted and the kit is open.
    `language`: the volunteer side's language (`--language`), remembered as if chosen in the
    app (a kit not open yet stores it once it is, see MainWindow.kit_ready)."""
    trace = StartupTrace()
    trace.mark("run_app")
    hold_early_records()  # the log file is opened after the first frame; nothing is lost
    app = create_application()
    trace.mark("application and theme")
    from kit.ui.errors import install_excepthook

    install_excepthook(paths.log_dir)
    from kit.ui.file_dialogs import keep_qt_settings_in

    keep_qt_settings_in(paths.qt_settings)  # before any file dialog: its history stays ours
    from kit.services.starting_kit import read_starting_kit

    starting = read_starting_kit(paths)
    if starting is None:
        # Opening the kit may show the recovery dialog or an error: in the volunteers' language.
        from kit.services.settings import UI_LANGUAGE_SETTING
        from kit.services.starting_kit import stored_setting
        from kit.ui.i18n import apply_interface_language

        apply_interface_language(language or str(stored_setting(paths, UI_LANGUAGE_SETTING)))
    if starting is None:  # no event yet, a schema to migrate, ...: open the kit first
        kit = _open_kit(paths, smoke=smoke)
        if kit is None:
            return 1
        trace.mark("kit checked and opened")
    else:
        trace.mark("kit read for the first frame")

    if language is not None:
        from kit.services.settings import UI_LANGUAGE_SETTING

        (kit if starting is None else starting).settings.set(UI_LANGUAGE_SETTING, language)
    from kit.ui.shell.main_window import MainWindow

    trace.mark("main window imported")
    window = MainWindow(kit if starting is None else starting)
    trace.mark("main window built")
    outcome = {"code": 0, "started": False}

    def after_first_frame() -> None:
        """Once, after the first frame (or after a grace period): logging, then the kit."""
        if not outcome["started"]:
            outcome["started"] = True
            configure_logging(paths)
            if starting is not None:
                opened = _open_kit(paths, smoke=smoke)
                if opened is None:  # damaged and not restored, or unusable: said already
                    starting.close()
                    outcome["code"] = 1
                    app.exit(1)
                    return
                trace.mark("kit checked and opened")
                window.kit_ready(opened)
                trace.mark("ready for sign-ups")
            log.info("Outreach Kit %s started", __version__)
        if smoke and watcher.painted:
            app.quit()  # painted and ready, whichever came last

    watcher = FirstPaintWatcher(app, then=after_first_frame, trace=trace)
    window.installEventFilter(watcher)
    # A window never exposed (another workspace, a compositor that holds it back) is never
    # painted: the kit opens all the same.
    QTimer.singleShot(FIRST_FRAME_GRACE_MS, after_first_frame)
    if smoke:
        QTimer.singleShot(SMOKE_TIMEOUT_MS, lambda: app.exit(1))
        window.show()
    else:
        window.show_for_kiosk_mode()  # full screen in kiosk mode, else maximised
    code = app.exec()
    opened_kit = window.kit if window.ready else None
    if opened_kit is not None and not window.kiosk_lock.wiped:  # after a wipe no kit is left
        opened_kit.close()
    if smoke and not watcher.painted:
        print("outreach-kit: the window never painted", file=sys.stderr)
        return 1
    return outcome["code"] or code


def _open_kit(paths: Paths, *, smoke: bool):
    """open_kit_or_recover, with what to do when it cannot: None after saying why."""
    from kit.domain.errors import KitError

    try:
        kit = open_kit_or_recover(paths, interactive=not smoke)
    except KitError as error:
        configure_logging(paths)
        log.error("Cannot open the kit: %s", error.message)
        if smoke:
            print(f"outreach-kit: {error.message}", file=sys.stderr)
            return None
        from kit.ui.errors import show_fatal

        show_fatal(QCoreApplication.translate("App", "Outreach Kit cannot open its data"),
                   error.message)
        return None
    return kit  # None: damaged, and the volunteer chose not to restore
