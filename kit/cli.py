"""The `outreach-kit` command: no command opens the desktop app, every command runs headless.

Exit codes (a stable contract): 0 success, 2 bad input or a locked kit (one line on stderr),
1 any other failure. Command groups live in kit/commands/, imported here; each imports what it
needs lazily so `--version` and the GUI start fast.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from kit import __version__
from kit.paths import PRIVATE_UMASK
from kit.services.settings import UI_LANGUAGE_CODES

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2

COMMAND_MODULES = (
    "kit.commands.events",
    "kit.commands.signups",
    "kit.commands.maintenance",
    "kit.commands.recovery",
    "kit.commands.handouts",
    "kit.commands.sync",
    "kit.commands.transfer",
    "kit.commands.report",
    "kit.commands.protect",
    "kit.commands.phones",
)


def build_parser(*, with_commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; `with_commands=False` gives only the options that open the app
    (no sub-commands and no -h, which needs them), for `parse_arguments`."""
    parser = (KitArgumentParser if with_commands else _AppOptionsParser)(
        prog="outreach-kit",
        description="Sign-ups, handouts and sync for tabling events. "
        "With no command, opens the desktop app.",
        add_help=with_commands,
    )
    parser.add_argument("--version", action="version", version=f"outreach-kit {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where the data lives (default: $OUTREACH_KIT_HOME, else the user "
                             "data dir)")
    parser.add_argument("--passphrase-env", metavar="VAR",
                        help="unlock a protected kit with the passphrase in this variable")
    parser.add_argument("--language", metavar="CODE", choices=UI_LANGUAGE_CODES,
                        help="the desktop app's volunteer side in this language ("
                             + ", ".join(UI_LANGUAGE_CODES) + "), remembered like the choice "
                             "made in the app; the sign-up form keeps its own")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window, wait for its first paint and for the kit to open, exit 0")
    parser.add_argument("--self-test", action="store_true",
                        help="run offline checks in a temporary folder (never the real data), "
                             "print one line per check; exit 0 if all passed")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands)
    _record_option_names(commands)
    return parser


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    """The parsed command line. Opening the app (no command) parses only the global options:
    registering every sub-command imports nine command modules and builds some sixty parsers,
    a cost the window's start-up does not need. Anything else (a command, -h, a typo) goes
    through the whole parser, so its help and its errors are unchanged."""
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        app_args, rest = build_parser(with_commands=False).parse_known_args(words)
    except _NotTheAppOnly:  # e.g. a command's own --language CODE (`handout render`)
        rest = words
    if not rest:
        return app_args
    return build_parser().parse_args(words)


class _NotTheAppOnly(Exception):
    """The app's own options do not parse: the whole parser says what is wrong, if anything."""


def _record_option_names(commands) -> None:
    """Give each leaf command its own flag names, so messages name `--zip`, not `postal_code`."""
    from kit.commands import option_names

    for sub in commands.choices.values():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        if nested:
            for action in nested:
                _record_option_names(action)
        else:
            sub.set_defaults(option_names=option_names(sub))


class KitArgumentParser(argparse.ArgumentParser):
    """argparse with the kit's contract for bad arguments: exit 2 and one line on stderr."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"outreach-kit: {_one_line(message)} (usage: {self.prog} "
                                  "--help)\n")


class _AppOptionsParser(KitArgumentParser):
    """The app's options alone: an error hands the words to the whole parser (a command's own
    option of the same name, such as `handout render --language`, is not the app's)."""

    def error(self, message: str) -> NoReturn:
        raise _NotTheAppOnly(message)


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments and run the app or one command; returns the exit code.

    The process umask is 0o077 while the kit runs, so every file and folder it (or SQLite, or a
    library) creates is private to the user from its first byte; the previous umask comes back
    on return, for callers that run main() in their own process (tests).
    """
    previous_umask = os.umask(PRIVATE_UMASK)
    # Before anything opens personal data: a crash must not write it to a core file.
    from kit.protect.memory import disable_core_dumps

    disable_core_dumps()
    try:
        return _main(argv)
    finally:
        os.umask(previous_umask)


def _main(argv: Sequence[str] | None) -> int:
    args = parse_arguments(argv)
    from kit.domain.errors import KitError
    from kit.paths import resolve_paths

    if args.self_test:
        from kit.selftest import run_self_test

        return run_self_test()
    try:
        # Checked (and made private) before anything writes there, logging included.
        paths = resolve_paths(args.data_dir).ensure()
    except KitError as exc:
        print(f"outreach-kit: {_one_line(exc.message)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"outreach-kit: the data folder cannot be used: {_one_line(str(exc))}",
              file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.smoke or args.command is None:
        return _launch_app(paths, smoke=args.smoke, language=args.language)

    from kit.commands import name_fields_as_flags
    from kit.logsetup import configure_logging

    configure_logging(paths)
    try:
        return _run_command(args, paths)
    except KitError as exc:
        from kit.domain.errors import ValidationFailed

        message = (name_fields_as_flags(args, exc.errors) if isinstance(exc, ValidationFailed)
                   else exc.message)
        print(f"outreach-kit: {_one_line(message)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RecursionError:
        # Input nested deeper than any real file (JSON, TOML): bad input, not a crash.
        log.info("Command %s: input nested too deeply", args.command)
        print("outreach-kit: the input is nested too deeply to be a file this kit wrote or "
              "reads; nothing was changed.", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # the contract: any other failure is exit 1, with the reason
        reason = _one_line(str(exc)) or type(exc).__name__
        if _is_damaged_file(exc):
            # Damage that opening did not see (a flipped page deep in a table) shows up here.
            # A known condition with a known remedy: one line here, the traceback in the log.
            log.info("Command %s met a damaged database", args.command, exc_info=True)
            print(f"outreach-kit: failed: the database is damaged ({reason}). Run 'outreach-kit "
                  "doctor', then 'outreach-kit restore' to bring back the latest good backup.",
                  file=sys.stderr)
            return EXIT_FAILURE
        log.exception("Command %s failed", args.command)
        print(f"outreach-kit: failed: {reason} (details in the log)", file=sys.stderr)
        return EXIT_FAILURE


def _launch_app(paths, *, smoke: bool, language: str | None = None) -> int:
    """The desktop app; a system library Qt needs that is missing gets the README's apt line,
    not Qt's own abort (see kit.ui.qt_libraries)."""
    from kit.ui.qt_libraries import (
        is_missing_library,
        missing_libraries_message,
        will_use_xcb,
        xcb_plugin_problem,
    )

    problem = xcb_plugin_problem() if will_use_xcb() else None
    if problem is None:
        _import_before_qt()
        try:
            from kit.ui.shell.app import run_app
        except ImportError as error:
            if not is_missing_library(error):
                raise  # our own bug, not the machine's: the traceback says where
            problem = str(error)
        else:
            return run_app(paths, smoke=smoke, language=language)
    print(missing_libraries_message(_one_line(problem)), file=sys.stderr)
    return EXIT_FAILURE


def _import_before_qt() -> None:
    """Import the Qt-free modules the window's first frame needs before PySide6 is.

    Once imported, PySide6 hooks every later import and reads that module's source to see
    whether it uses PySide6 (for its `__feature__` switches; napari#8584 measured the same):
    about forty modules of ours before the first paint. tests/e2e/test_startup_trace.py checks
    that no Qt-free module of the kit is imported between PySide6 and the first paint."""
    import json  # noqa: F401  (the settings' values)
    import sqlite3  # noqa: F401

    import kit.content  # noqa: F401  (the campaign pack: interests, consent wording)
    import kit.domain.shown_form  # noqa: F401
    import kit.domain.signup  # noqa: F401
    import kit.logsetup  # noqa: F401
    import kit.services.kiosk_pin  # noqa: F401  (kiosk mode: full screen or not)
    import kit.services.starting_kit  # noqa: F401


def _is_damaged_file(exc: BaseException) -> bool:
    from kit.store.database import is_damage_error

    return is_damage_error(exc)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _protected_on_disk(paths) -> bool:
    """Whether the database (read-only, never created) holds a key ring; False if unreadable."""
    import sqlite3

    from kit.store.backup import connect_read_only

    if not paths.database.is_file():
        return False
    try:
        conn = connect_read_only(paths.database)
        try:
            return conn.execute("SELECT 1 FROM setting WHERE key = 'protection_keys'"
                                ).fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def _run_command(args: argparse.Namespace, paths) -> int:
    paths_handler = getattr(args, "paths_handler", None)
    if paths_handler is not None:
        # These commands do not open the kit (doctor, restore, wipe): its log lines are coarse
        # all the same when the database on disk says the kit is protected.
        if _protected_on_disk(paths):
            from kit.logsetup import use_coarse_times

            use_coarse_times()
        return paths_handler(paths, args)
    from kit.services.kit import open_kit

    kit = open_kit(paths)
    try:
        if args.passphrase_env and not getattr(args, "own_passphrase", False):
            from kit.services.protection import unlock_from_env

            unlock_from_env(kit, args.passphrase_env)  # this command only; wrong one: exit 2
        return args.handler(kit, args)
    finally:
        kit.close()
