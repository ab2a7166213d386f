"""`outreach-kit restore [--backup PATH] [--yes] [--json]`: bring back the latest good backup.

Runs without opening the database for writing (a `paths_handler`), since the database may be
damaged. The current file and its -wal/-shm are moved into `damaged/` first, never overwritten.
Exit 0 restored, 2 nothing restored (no good backup, a damaged backup, not confirmed), 1 other.
"""

from __future__ import annotations

import sys

from kit.commands import print_json


def register(commands) -> None:
    restore = commands.add_parser(
        "restore",
        help="replace the database with the latest good backup (the current file is kept aside)",
    )
    restore.add_argument("--backup", metavar="PATH",
                         help="restore this backup file instead of the latest good one")
    restore.add_argument("--yes", action="store_true",
                         help="do not ask for confirmation (needed when not run from a terminal)")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(paths_handler=restore_command)


def restore_command(paths, args) -> int:
    from kit.services.recovery import (
        RecoveryError,
        check_backup,
        database_problems,
        latest_good_backup,
        restore_backup,
    )

    if args.backup:
        chosen = check_backup(_absolute(args.backup))
        if not chosen.good:
            raise RecoveryError(
                f"The backup {chosen.backup.path} cannot be restored: {chosen.problems[0]}. "
                "Nothing was changed."
            )
    else:
        latest = latest_good_backup(paths)
        if latest is None:
            restore_backup(paths)  # raises RecoveryError saying why there is nothing to restore
            raise RecoveryError("There is no backup to restore.")  # not reached
        chosen = latest
    problems = database_problems(paths)
    state = f"damaged ({problems[0]})" if problems else (
        "sound" if paths.database.exists() else "missing")
    if not args.yes:
        if not sys.stdin.isatty():
            raise RecoveryError("restore replaces the database: add --yes to confirm.")
        print(f"The current database is {state}; it will be moved into {paths.quarantine}.")
        print(f"Restore {chosen.backup.path.name} ({chosen.backup.created_at:%Y-%m-%d %H:%M:%S}, "
              f"{chosen.signups} sign-ups)? Close the desktop app first. [y/N] ", end="", flush=True)
        if sys.stdin.readline().strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 2
    result = restore_backup(paths, chosen.backup.path)
    if args.json:
        print_json({**result.to_json(), "previous_state": "damaged" if problems else state})
    else:
        plural = "" if result.signups == 1 else "s"
        print(f"Restored {result.restored_from.name} ({result.signups} sign-up{plural}).")
        if result.quarantine_dir:
            print(f"The previous database files are kept in {result.quarantine_dir}")
    return 0


def _absolute(path: str):
    from pathlib import Path

    return Path(path).expanduser().absolute()
