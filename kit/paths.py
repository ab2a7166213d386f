"""Where Outreach Kit keeps its files: one data dir, chosen once at start-up and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "outreach-kit"
HOME_ENV = "OUTREACH_KIT_HOME"


@dataclass(frozen=True)
class Paths:
    """Every location the app writes to, derived from one data dir."""

    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / "outreach-kit.sqlite3"

    @property
    def write_lock(self) -> Path:
        return self.data_dir / "outreach-kit.write.lock"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    @property
    def campaign(self) -> Path:
        return self.data_dir / "campaign"

    @property
    def quarantine(self) -> Path:
        return self.data_dir / "damaged"

    def ensure(self) -> Paths:
        """Create the directories (private to this user: they hold people's names)."""
        for directory in (self.data_dir, self.log_dir, self.backups):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """`--data-dir` first, then $OUTREACH_KIT_HOME, then the platform's user data dir.

    With an explicit data dir the logs live inside it too, so a test or a USB-stick kit never
    writes to the user's real directories.
    """
    chosen = data_dir or os.environ.get(HOME_ENV)
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return Paths(data_dir=root, log_dir=root / "logs")
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
