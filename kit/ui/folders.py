"""Where save and open dialogs start: the user's Documents folder, which must exist.

On a fresh Linux install (or a minimal desktop without xdg-user-dirs) QStandardPaths names
~/Documents even when no such folder exists, and the first export then failed with "no such
file or directory". The folder is created when its parent (the home folder) exists, as
xdg-user-dirs would; otherwise the home folder is used.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QStandardPaths

log = logging.getLogger(__name__)


def documents_folder() -> Path:
    """An existing folder to suggest for exports, reports and handouts."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    home = Path.home()
    folder = Path(location) if location else home
    if folder.is_dir():
        return folder
    try:
        folder.mkdir(exist_ok=True)  # not parents: never invent a home folder
    except OSError as error:
        log.info("No documents folder (%s); suggesting the home folder", error)
        return home if home.is_dir() else Path.cwd()
    log.info("Created the documents folder %s", folder)
    return folder
