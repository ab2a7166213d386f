"""Deleting files that held personal data: overwrite in place first, then unlink.

Overwriting helps on spinning disks and simple file systems. On SSDs, flash drives and
copy-on-write file systems (btrfs, APFS, ZFS) the old blocks may survive wherever the drive or
file system put the new ones; nothing an application does can guarantee otherwise, which is why
callers always say so, and why sealing before the first write matters more than wiping after.
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)

CHUNK = 1 << 20


def overwrite_and_delete(path: Path) -> bool:
    """Overwrite `path` with zeros, sync, and delete it; True when it is gone."""
    try:
        size = path.stat().st_size
        with path.open("r+b", buffering=0) as handle:
            left = size
            zeros = bytes(min(CHUNK, max(size, 1)))
            while left > 0:
                left -= handle.write(zeros[: min(left, len(zeros))])
            os.fsync(handle.fileno())
    except FileNotFoundError:
        return True
    except OSError as exc:  # still try to delete it
        log.warning("Could not overwrite %s before deleting it: %s", path.name, exc)
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Could not delete %s: %s", path.name, exc)
        return False
    return True


def erase_tree(directory: Path) -> list[Path]:
    """Overwrite and delete every file under `directory`, then the folders; returns what could
    not be removed."""
    left: list[Path] = []
    if not directory.exists():
        return left
    for root, _dirs, files in os.walk(directory, topdown=False):
        for name in files:
            path = Path(root) / name
            if not overwrite_and_delete(path):
                left.append(path)
    shutil.rmtree(directory, ignore_errors=True)
    if directory.exists():
        left.append(directory)
    return left
