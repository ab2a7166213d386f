"""Where Outreach Kit keeps its files: one data dir, chosen once at start-up and passed down.

Everything the kit writes there holds people's data or could (the database and its -wal/-shm,
backups, damaged copies, logs), so every folder it creates is 0700 and every file 0600, whoever
creates it first (logging, the database, a backup), and what is already there is tightened when
the kit opens. The CLI also sets the process umask to 0o077 (kit.cli.main) so files that other
libraries create (SQLite's -wal and -shm, the lock file) are private from their first byte.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from kit.domain.errors import KitError

APP_NAME = "outreach-kit"
HOME_ENV = "OUTREACH_KIT_HOME"
PRIVATE_UMASK = 0o077
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
DATABASE_NAME = "outreach-kit.sqlite3"
# The names the kit itself writes in its data dir (the database and its companions, lock files,
# a campaign pack and the copies kept aside, a restore in progress): only these are tightened,
# so a data dir that also holds the user's own files never has those changed.
KIT_FOLDERS = ("backups", "logs", "damaged", "qt")
KIT_PREFIXES = ("outreach-kit", "campaign", ".campaign-", ".restoring-")


class DataDirError(KitError):
    """The data dir cannot be used (a file, read-only, another user's): nothing was changed."""

    code = "data_dir"


@dataclass(frozen=True)
class Paths:
    """Every location the app writes to, derived from one data dir."""

    data_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

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

    @property
    def qt_settings(self) -> Path:
        """Where Qt keeps its own settings for the app (its file dialog's folder history), not
        the user's shared ~/.config/QtProject.conf: private, and gone with a wipe."""
        return self.data_dir / "qt"

    def check(self) -> Paths:
        """Refuse, with a one-line reason, a data dir the kit cannot or must not use."""
        for directory in dict.fromkeys((self.data_dir, self.log_dir)):
            _check_directory(directory)
        return self

    def ensure(self) -> Paths:
        """Create the directories private to this user (they hold people's names) and tighten
        what the kit wrote there before (an older version, or another umask)."""
        self.check()
        for directory in (self.data_dir, self.log_dir, self.backups):
            make_private_dir(directory)
        tighten_tree(self.data_dir, kit_entries(self.data_dir))
        if self.log_dir.parent != self.data_dir:
            tighten_tree(self.log_dir)
        return self


def kit_entries(data_dir: Path) -> tuple[str, ...]:
    """The names in `data_dir` that the kit wrote (see KIT_PREFIXES)."""
    try:
        names = os.listdir(data_dir)
    except OSError:
        return ()
    return tuple(n for n in names if n in KIT_FOLDERS or n.startswith(KIT_PREFIXES))


def make_private_dir(directory: Path) -> Path:
    """mkdir -p where every folder created is 0700 (Path.mkdir(parents=True) gives the parents
    the default mode), and the folder itself tightened if it already existed."""
    missing = []
    current = directory
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=PRIVATE_DIR_MODE)
        except FileExistsError:  # another process made it at the same moment
            pass
        make_private(folder)
    make_private(directory)
    return directory


def make_private(path: Path) -> None:
    """chmod a folder to 0700 or a file to 0600 if it is ours and more open; never follows a
    symlink, never touches another user's file."""
    try:
        info = os.lstat(path)
    except OSError:
        return
    if stat.S_ISLNK(info.st_mode) or not _ours(info):
        return
    wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
    if stat.S_IMODE(info.st_mode) & 0o077:
        try:
            os.chmod(path, stat.S_IMODE(info.st_mode) & wanted)
        except OSError:  # a read-only medium: the check before opening says what to do
            pass


def tighten_tree(root: Path, names: tuple[str, ...] | None = None) -> None:
    """make_private on `root` and everything under it (only `names` directly in it, if given);
    symlinks are neither followed nor changed."""
    make_private(root)
    try:
        entries = [root / name for name in names] if names is not None else list(root.iterdir())
    except OSError:
        return
    for entry in entries:
        try:
            info = os.lstat(entry)
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode):
            tighten_tree(entry)
        else:
            make_private(entry)


def private_file(path: str | os.PathLike[str], mode: str = "w", **kwargs):
    """open() for writing a file that is 0600 from its creation (an existing one is tightened)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE_MODE)
    make_private(Path(path))
    return os.fdopen(fd, mode, **kwargs)


def _ours(info: os.stat_result) -> bool:
    return not hasattr(os, "getuid") or info.st_uid == os.getuid()


def _check_directory(directory: Path) -> None:
    """The nearest existing ancestor of `directory` must be a folder this user owns and can
    write to (an existing `directory` itself, usually)."""
    existing = directory
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent
    itself = existing == directory  # before resolving: a link to the folder is the folder
    if existing.is_symlink():
        existing = existing.resolve()
    if not existing.exists():
        raise DataDirError(f"The data folder {directory} cannot be created: {existing} is a "
                           "broken link. Choose another folder with --data-dir.")
    if not existing.is_dir():
        raise DataDirError(f"The data folder {directory} cannot be used: {existing} is a file, "
                           "not a folder. Choose a folder with --data-dir.")
    if itself:
        info = existing.stat()
        if not _ours(info):
            raise DataDirError(
                f"The data folder {directory} belongs to another user, so this kit will not "
                "use it (it could read what the kit keeps). Choose a folder of your own with "
                "--data-dir.")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise DataDirError(f"The data folder {directory} cannot be written to (read-only or not "
                           "yours); nothing was changed. Choose a folder you can write to with "
                           "--data-dir.")
    if itself:
        database = directory / DATABASE_NAME
        if database.exists() and not os.access(database, os.R_OK | os.W_OK):
            raise DataDirError(f"The database {database} cannot be read and written by this "
                               "user (read-only or another user's); nothing was changed.")


def resolve_paths(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """`--data-dir` first, then $OUTREACH_KIT_HOME, then the platform's user data dir.

    With an explicit data dir the logs live inside it too, so a test or a USB-stick kit never
    writes to the user's real directories. An explicit empty `--data-dir ""` is refused, never
    read as "the default" (the kit would then write where the user did not ask).
    """
    if data_dir is not None and not str(data_dir).strip():
        raise DataDirError("--data-dir is empty; give a folder, or leave the option out to use "
                           "the default one.")
    chosen = data_dir or os.environ.get(HOME_ENV)
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return Paths(data_dir=root, log_dir=root / "logs")
    import platformdirs  # only here: it imports tempfile, shutil and random, ~5 ms of start-up

    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
