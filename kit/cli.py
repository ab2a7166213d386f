"""The `outreach-kit` command: no command opens the desktop app, every command runs headless.

Exit codes (a stable contract): 0 success, 2 bad input or a locked kit (one line on stderr),
1 any other failure.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

from kit import __version__

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT = 0, 1, 2


class CliError(Exception):
    """Bad input found by the CLI itself (exit 2)."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="outreach-kit",
        description="Sign-ups, handouts and sync for tabling events. "
        "With no command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"outreach-kit {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="where the data lives (default: $OUTREACH_KIT_HOME, else the user "
                             "data dir)")
    parser.add_argument("--passphrase-env", metavar="VAR",
                        help="unlock a protected kit with the passphrase in this variable")
    parser.add_argument("--smoke", action="store_true",
                        help="open the window, wait for its first paint and exit 0")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    event = commands.add_parser("event", help="create and list events").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    add = event.add_parser("add", help="create an event and make it active")
    add.add_argument("name")
    add.add_argument("--location", default="")
    add.add_argument("--date", help="YYYY-MM-DD")
    listing = event.add_parser("list", help="list events")
    listing.add_argument("--json", action="store_true")
    use = event.add_parser("use", help="make an event the active one")
    use.add_argument("id", type=int)

    signup = commands.add_parser("signup", help="record sign-ups").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    sadd = signup.add_parser("add", help="record one sign-up")
    sadd.add_argument("--event", type=int, help="event id (default: the active event)")
    sadd.add_argument("--first-name", default="")
    sadd.add_argument("--last-name", default="")
    sadd.add_argument("--email", default="")
    sadd.add_argument("--phone", default="")
    sadd.add_argument("--zip", default="")
    sadd.add_argument("--interest", action="append", default=[], metavar="TAG")
    sadd.add_argument("--consent-email", action="store_true")
    sadd.add_argument("--consent-sms", action="store_true")
    sadd.add_argument("--note", default="")
    sadd.add_argument("--json", action="store_true")

    contacts = commands.add_parser("contacts", help="list contacts").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    clist = contacts.add_parser("list", help="list contacts, newest first")
    clist.add_argument("--json", action="store_true")
    clist.add_argument("--event", type=int)
    clist.add_argument("--search", default="")

    doctor = commands.add_parser("doctor", help="check the database, backups and versions")
    doctor.add_argument("--json", action="store_true")
    commands.add_parser("backup", help="make a backup of the database now")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from kit.paths import resolve_paths

    paths = resolve_paths(args.data_dir)
    if args.smoke or args.command is None:
        from kit.ui.app import run_app

        return run_app(paths, smoke=args.smoke)

    from kit.domain.errors import KitError
    from kit.logsetup import configure_logging

    configure_logging(paths)
    try:
        return _dispatch(args, paths)
    except (KitError, CliError) as exc:
        print(f"outreach-kit: {_one_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # the contract: any other failure is exit 1, with the reason
        log.exception("Command %s failed", args.command)
        print(f"outreach-kit: failed: {_one_line(str(exc)) or type(exc).__name__}",
              file=sys.stderr)
        return EXIT_FAILURE


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _dispatch(args: argparse.Namespace, paths) -> int:
    if args.command == "doctor":
        return _doctor(args, paths)
    from kit.services.kit import Kit
    from kit.store.database import open_store

    kit = Kit(paths=paths, store=open_store(paths))
    try:
        handler = {
            ("event", "add"): _event_add,
            ("event", "list"): _event_list,
            ("event", "use"): _event_use,
            ("signup", "add"): _signup_add,
            ("contacts", "list"): _contacts_list,
            ("backup", None): _backup,
        }[(args.command, getattr(args, "action", None))]
        return handler(kit, args)
    finally:
        kit.close()


def _print_json(document) -> None:
    json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _event_add(kit, args) -> int:
    from kit.services.events import create_event

    event = create_event(kit, args.name, args.location, args.date)
    print(event.id)
    return EXIT_OK


def _event_list(kit, args) -> int:
    from kit.services.events import list_events

    events = list_events(kit)
    if args.json:
        _print_json([e.to_json() for e in events])
        return EXIT_OK
    for e in events:
        mark = "*" if e.active else " "
        when = e.date.isoformat() if e.date else "no date"
        print(f"{mark} {e.id:>4}  {when:<10}  {e.signups:>5} sign-ups  {e.name}"
              + (f" ({e.location})" if e.location else ""))
    return EXIT_OK


def _event_use(kit, args) -> int:
    from kit.services.events import set_active_event

    event = set_active_event(kit, args.id)
    print(f"Active event: {event.id} {event.name}")
    return EXIT_OK


def _signup_add(kit, args) -> int:
    from kit.domain.signup import SignupForm
    from kit.services.signups import record_signup

    form = SignupForm(
        first_name=args.first_name, last_name=args.last_name, email=args.email,
        phone=args.phone, postal_code=args.zip, interests=tuple(args.interest),
        consent_email=args.consent_email, consent_sms=args.consent_sms, note=args.note,
    )
    receipt = record_signup(kit, form, event_id=args.event, source="cli")
    if args.json:
        _print_json({"signup_uuid": receipt.signup_uuid, "contact_id": receipt.contact_id,
                     "event_id": receipt.event_id, "returning": receipt.returning})
    else:
        print(receipt.signup_uuid)
    return EXIT_OK


def _contacts_list(kit, args) -> int:
    from kit.services.contacts import contact_to_json, search_contacts
    from kit.services.events import get_event

    if args.event is not None:
        get_event(kit, args.event)
    records = search_contacts(kit, args.search, event_id=args.event, limit=None)
    if args.json:
        _print_json([contact_to_json(r) for r in records])
        return EXIT_OK
    for r in records:
        name = f"{r.first_name} {r.last_name}".strip()
        print(f"{r.id:>6}  {name:<30}  {r.email:<32}  {r.phone}")
    return EXIT_OK


def _backup(kit, args) -> int:
    path = kit.store.backup("manual")
    print(path)
    return EXIT_OK


def _doctor(args, paths) -> int:
    from kit.services.doctor import run_doctor

    report = run_doctor(paths)
    if args.json:
        _print_json(report.to_json())
    else:
        print(f"Data dir:  {report.data_dir}")
        print(f"Database:  {report.database} (schema {report.schema_version})")
        print("Versions:  " + ", ".join(f"{k} {v}" for k, v in report.versions.items()))
        print(f"Backups:   {len(report.backups)}")
        for b in report.backups:
            print(f"  {b.created_at:%Y-%m-%d %H:%M:%S}  {b.reason:<14} {b.size:>10} B  {b.path.name}")
        for w in report.warnings:
            print(f"Note: {w}")
        for p in report.problems:
            print(f"PROBLEM: {p}")
        print("OK" if report.healthy else "Something is wrong: see PROBLEM lines above.")
    return EXIT_OK if report.healthy else EXIT_FAILURE
