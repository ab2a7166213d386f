"""Logging, configured once at start-up: a rotating file in the log dir, warnings to stderr.

Log lines name what happened (ids, counts, codes), never what a person typed. The log file is
private to the user (0600, in a 0700 folder) from its creation.

On a protected kit the log keeps nothing finer than the database does: each sealed sign-up
keeps only the quarter hour it was made in clear, so the log's timestamps are floored to the
quarter hour too (`use_coarse_times`, switched on when a protected kit is opened or protection is
turned on, also by another process: `COARSE_MARKER`); otherwise the log would date every kiosk
sign-up to the millisecond.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from pathlib import Path

from kit.paths import PRIVATE_FILE_MODE, Paths, make_private, make_private_dir

LOG_FILE = "outreach-kit.log"
COARSE_MINUTES = 15  # the same quarter hour as kit.domain.times.coarse_time

COARSE_MARKER = "coarse-times"
"""A file in the log dir that says "this kit is protected: coarse times only". Another process
(an app that was already running when `protect init` ran from the command line) sees it before
its next log line, and coarsens from then on without a restart."""

_coarse_times = False


def use_coarse_times(on: bool = True, log_dir: Path | None = None) -> None:
    """From now on, stamp log lines with the quarter hour only (a protected kit). With
    `log_dir`, also tell every other process logging there (`COARSE_MARKER`)."""
    global _coarse_times
    _coarse_times = on
    if on and log_dir is not None:
        mark_coarse_times(log_dir)


def mark_coarse_times(log_dir: Path) -> None:
    """Leave the marker that makes every process logging into `log_dir` coarsen its times."""
    marker = Path(log_dir) / COARSE_MARKER
    if marker.exists():
        return
    try:
        make_private_dir(Path(log_dir))
        os.close(os.open(marker, os.O_WRONLY | os.O_CREAT
                         | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE_MODE))
    except OSError:  # a read-only log dir: there is no log there to coarsen either
        pass


def coarse_times_in_use() -> bool:
    return _coarse_times


class KitFormatter(logging.Formatter):
    """The usual format; timestamps floored to the quarter hour while coarse times are on.

    With `log_dir`, a line checks first for the marker another process leaves there when it
    turns protection on (one stat per line: the log writes a few lines per sign-up)."""

    def __init__(self, fmt: str | None = None, *, log_dir: Path | None = None) -> None:
        super().__init__(fmt)
        self.marker = None if log_dir is None else Path(log_dir) / COARSE_MARKER

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        if not _coarse_times and self.marker is not None and self.marker.exists():
            use_coarse_times()
        if not _coarse_times:
            return super().formatTime(record, datefmt)
        when = dt.datetime.fromtimestamp(record.created)
        return floor_quarter(when).strftime("%Y-%m-%d %H:%M")


def floor_quarter(when: dt.datetime) -> dt.datetime:
    return when.replace(minute=when.minute - when.minute % COARSE_MINUTES, second=0,
                        microsecond=0)


class OneLineFormatter(logging.Formatter):
    """stderr gets one line per message: the traceback goes to the log file only."""

    def format(self, record: logging.LogRecord) -> str:
        return " ".join(self.formatMessage(_with_message(record)).split())


def _with_message(record: logging.LogRecord) -> logging.LogRecord:
    record.message = record.getMessage()
    return record


def private_rotating_file_handler(path: Path) -> logging.Handler:
    """A RotatingFileHandler (5 x 1 MB) whose files are created 0600, whatever the process umask.

    Built here rather than at import: logging.handlers pulls in socket, pickle and queue, which
    the window's first paint does not need (the app configures logging just after it)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):  # noqa: ANN202 - the stdlib's signature
            # O_NOFOLLOW: a link planted where the log goes must not send the kit's lines
            # into another file (or let the kit append to one it was pointed at).
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND
                         | getattr(os, "O_NOFOLLOW", 0), PRIVATE_FILE_MODE)
            make_private(Path(self.baseFilename))
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    return PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")


class EarlyRecords(logging.Handler):
    """Keeps what is logged before the log file is open (`hold_early_records`), for
    `configure_logging` to write there once it is: nothing logged at start-up is lost."""

    LIMIT = 1000  # a start-up logs a handful; a loop gone wrong must not fill the memory

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


def hold_early_records() -> None:
    """Until `configure_logging` runs, keep INFO and above in memory (the desktop app opens its
    log file after the window's first paint)."""
    root = logging.getLogger()
    if getattr(root, "_outreach_kit_configured", False) or any(
            isinstance(handler, EarlyRecords) for handler in root.handlers):
        return
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    root.addHandler(EarlyRecords())


def configure_logging(paths: Paths, *, verbose: bool = False) -> None:
    """Send everything to a rotating file (5 x 1 MB) and warnings to stderr; what was held
    since `hold_early_records` is written to them first."""
    root = logging.getLogger()
    if getattr(root, "_outreach_kit_configured", False):
        return
    held = [early for early in root.handlers if isinstance(early, EarlyRecords)]
    for early in held:
        root.removeHandler(early)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    handlers: list[logging.Handler] = []
    try:
        make_private_dir(paths.log_dir)
        file_handler = private_rotating_file_handler(paths.log_dir / LOG_FILE)
        file_handler.setFormatter(KitFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s",
                                               log_dir=paths.log_dir))
        handlers.append(file_handler)
    except OSError as exc:  # a read-only log dir must not stop a sign-up desk
        print(f"outreach-kit: cannot write logs to {paths.log_dir}: {exc}", file=sys.stderr)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(OneLineFormatter("outreach-kit: %(message)s"))
    handlers.append(console)
    for handler in handlers:
        root.addHandler(handler)
        for holder in held:
            for record in holder.records:
                if record.levelno >= handler.level:
                    handler.handle(record)
    root._outreach_kit_configured = True  # type: ignore[attr-defined]


_EXACT_STAMP = re.compile(rb"^(\d{4}-\d\d-\d\d \d\d):(\d\d):\d\d(?:[,.]\d+)?", re.MULTILINE)


def coarsen_log_files(log_dir: Path) -> int:
    """Rewrite the kit's log files (the current one and the rotated ones) with every timestamp
    floored to the quarter hour, as protection is turned on; returns how many were rewritten.

    The old text is replaced in place (same length or shorter, then truncated), so the exact
    times do not stay behind in a renamed copy.
    """
    def floor(match: re.Match[bytes]) -> bytes:
        minute = int(match.group(2))
        return match.group(1) + b":%02d" % (minute - minute % COARSE_MINUTES)

    rewritten = 0
    for path in sorted(Path(log_dir).glob(LOG_FILE + "*")):
        try:
            with path.open("r+b") as handle:
                text = handle.read()
                coarse = _EXACT_STAMP.sub(floor, text)
                if coarse == text:
                    continue
                handle.seek(0)
                handle.write(coarse)
                handle.truncate()
                handle.flush()
                os.fsync(handle.fileno())
            rewritten += 1
        except OSError:
            continue
    return rewritten
