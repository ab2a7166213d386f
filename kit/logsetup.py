"""Logging, configured once at start-up: a rotating file in the log dir, warnings to stderr.

Log lines name what happened (ids, counts, codes), never what a person typed.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys

from kit.paths import Paths

LOG_FILE = "outreach-kit.log"


def configure_logging(paths: Paths, *, verbose: bool = False) -> None:
    """Send everything to a rotating file (5 x 1 MB) and warnings to stderr."""
    root = logging.getLogger()
    if getattr(root, "_outreach_kit_configured", False):
        return
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        file_handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        root.addHandler(file_handler)
    except OSError as exc:  # a read-only log dir must not stop a sign-up desk
        print(f"outreach-kit: cannot write logs to {paths.log_dir}: {exc}", file=sys.stderr)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter("outreach-kit: %(message)s"))
    root.addHandler(console)
    root._outreach_kit_configured = True  # type: ignore[attr-defined]
