"""Logging, configured once at start-up: a rotating file in the log dir, warnings to stderr.

Log lines name what happened (ids, counts, codes), never what a person typed. The log file is
private to the user (0600, in a 0700 folder) from its creation.

On a protected kit the log keeps nothing finer than the database does: each sealed sign-up
keeps only the quarter hour it was made in clear, so the log's timestamps are floored to the
quarter hour too (`use_coarse_times`, switched on when a protected kit is opened or protection is
turned on); otherwise the log would date every kiosk sign-up to the millisecond.
"""

from __future__ import annotations

import datetime as dt
import logging
import logging.handlers
import os
import re
import sys
from pathlib import Path

from kit.paths import PRIVATE_FILE_MODE, Paths, make_private, make_private_dir

LOG_FILE = "outreach-kit.log"
COARSE_MINUTES = 15  # the same quarter hour as kit.services.protection.coarse_time

_coarse_times = False


def use_coarse_times(on: bool = True) -> None:
    """From now on, stamp log lines with the quarter hour only (a protected kit)."""
    global _coarse_times
    _coarse_times = on


def coarse_times_in_use() -> bool:
    return _coarse_times


class KitFormatter(logging.Formatter):
    """The usual format; timestamps floored to the quarter hour while coarse times are on."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600, whatever the process umask."""

    def _open(self):  # noqa: ANN202 - the stdlib's signature
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        make_private(Path(self.baseFilename))
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def configure_logging(paths: Paths, *, verbose: bool = False) -> None:
    """Send everything to a rotating file (5 x 1 MB) and warnings to stderr."""
    root = logging.getLogger()
    if getattr(root, "_outreach_kit_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        make_private_dir(paths.log_dir)
        file_handler = PrivateRotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(KitFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(file_handler)
    except OSError as exc:  # a read-only log dir must not stop a sign-up desk
        print(f"outreach-kit: cannot write logs to {paths.log_dir}: {exc}", file=sys.stderr)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(OneLineFormatter("outreach-kit: %(message)s"))
    root.addHandler(console)
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
