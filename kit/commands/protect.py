"""`outreach-kit protect ...`: protected mode (sealed sign-ups) from the command line.

protect init [--passphrase-env VAR]     the coordinator's kit: a key pair under a passphrase
protect init --public-key FILE          a table laptop that can seal and never read
protect public-key -o FILE              the file to give table laptops
protect status [--json]                 off / locked / unlocked, keys, counts
protect rotate [--passphrase-env VAR]   a new active key; old sign-ups stay readable
protect check                           unlock (global --passphrase-env) and list what did not open
protect open-copy FILE -o OUT           open a copy `protect init` sealed (damaged/), when unlocked
bundle export -o PATH [--event ID]      a USB bundle (import it with `outreach-kit import PATH`)
"""

from __future__ import annotations

import getpass
import sys

from kit.commands import day_count, print_json, record_id
from kit.domain.errors import KitError
from kit.domain.protection import ProtectionMode

EXIT_BROKEN_SEALS = 2


def register(commands) -> None:
    protect = commands.add_parser("protect", help="protected mode: sealed sign-ups").add_subparsers(
        dest="action", metavar="ACTION", required=True)

    init = protect.add_parser("init", help="turn protected mode on (seals existing contacts)")
    source = init.add_mutually_exclusive_group()
    source.add_argument("--passphrase-env", dest="init_passphrase_env", metavar="VAR",
                        help="read the new passphrase from this environment variable")
    source.add_argument("--public-key", metavar="FILE",
                        help="a table laptop: only the public key(s) from this file")
    init.add_argument("--json", action="store_true")
    init.set_defaults(handler=init_command, own_passphrase=True)

    public = protect.add_parser("public-key", help="write the public-key file for table laptops")
    public.add_argument("-o", "--output", required=True, metavar="FILE")
    public.set_defaults(handler=public_key_command)

    status = protect.add_parser("status", help="show whether the kit is protected")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=status_command)

    rotate = protect.add_parser("rotate", help="add a new active key under the same passphrase")
    rotate.add_argument("--passphrase-env", dest="init_passphrase_env", metavar="VAR")
    rotate.set_defaults(handler=rotate_command, own_passphrase=True)

    bundle = commands.add_parser("bundle", help="USB bundles between kits").add_subparsers(
        dest="action", metavar="ACTION", required=True)
    bundle_export = bundle.add_parser("export", help="write events, sign-ups (sealed stay sealed) "
                                      "and print logs to one file; works on a locked kit")
    bundle_export.add_argument("-o", "--output", required=True, metavar="PATH")
    bundle_export.add_argument("--event", type=record_id, help="only this event")
    bundle_export.add_argument("--json", action="store_true")
    bundle_export.set_defaults(handler=bundle_export_command)

    purge = commands.add_parser("purge", help="drop personal data of sign-ups that every target "
                                "confirmed (or that were exported); counts stay")
    purge.add_argument("--older-than", type=day_count, metavar="DAYS",
                       help="only sign-ups older than this (default: the retention_days setting, 30)")
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(handler=purge_command)

    wipe = commands.add_parser("wipe", help="emergency: destroy the keys and every file of this kit")
    wipe.add_argument("--yes", action="store_true", help="really do it (there is no undo)")
    wipe.set_defaults(paths_handler=wipe_command)

    open_copy = protect.add_parser("open-copy", help="open a copy that 'protect init' sealed "
                                   "(in damaged/) into a clear file; needs --passphrase-env")
    open_copy.add_argument("sealed", metavar="FILE")
    open_copy.add_argument("-o", "--output", required=True, metavar="OUT")
    open_copy.set_defaults(handler=open_copy_command)

    check = protect.add_parser("check", help="unlock and report sealed sign-ups that do not open")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=check_command)


def _passphrase(args, *, confirm: bool) -> str:
    """From --passphrase-env (the command's, else the global one), else asked on a terminal."""
    from kit.services.protection import passphrase_from_env

    variable = getattr(args, "init_passphrase_env", None) or args.passphrase_env
    if variable:
        return passphrase_from_env(variable)
    if not sys.stdin.isatty():
        raise KitError("Give the passphrase with --passphrase-env VAR (no terminal to ask on).",
                       code="no_passphrase")
    first = getpass.getpass("Passphrase: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise KitError("The two passphrases differ; nothing was changed.", code="no_passphrase")
    return first


def init_command(kit, args) -> int:
    from kit.services.protection import init_protection, init_public_only

    if args.public_key:
        result = init_public_only(kit, args.public_key)
    else:
        passphrase = _passphrase(args, confirm=True)
        _warn_if_weak(kit, passphrase)
        result = init_protection(kit, passphrase)
        del passphrase
    scrub = result.scrub
    if args.json:
        print_json({
            "active_key_id": result.ring.active_key_id, "can_read": result.ring.can_read,
            "sealed_signups": scrub.sealed_signups, "deleted_contacts": scrub.deleted_contacts,
            "vacuumed": scrub.vacuumed, "wal_truncated": scrub.wal_truncated,
            "backup": str(scrub.backup) if scrub.backup else None,
            "deleted_backups": [str(p) for p in scrub.deleted_backups], "notes": list(scrub.notes),
            "rekeyed_signups": scrub.rekeyed_signups,
            "sealed_copies": [str(p) for p in scrub.sealed_copies],
            "rewritten_logs": scrub.rewritten_logs,
        })
        return 0
    if result.ring.can_read:
        print(f"Protected mode is on. Key {result.ring.active_key_id}; the private key is kept "
              "only under your passphrase. Without it nobody (you included) can read sign-ups.")
        print("Next: 'outreach-kit protect public-key -o FILE' for the table laptops.")
    else:
        print(f"Protected mode is on with public key {result.ring.active_key_id} only: this kit "
              "records sign-ups and can never read them.")
    if scrub.sealed_signups or scrub.deleted_contacts:
        print(f"Sealed {scrub.sealed_signups} sign-ups and deleted {scrub.deleted_contacts} "
              "contacts kept in clear.")
        print("Rebuilt the database file (VACUUM, with secure_delete on)"
              + (" and emptied the write-ahead log." if scrub.wal_truncated else "."))
        if scrub.backup:
            print(f"Made a fresh backup ({scrub.backup.name}) and deleted "
                  f"{len(scrub.deleted_backups)} older backups that held clear data.")
    if scrub.rekeyed_signups:
        print(f"Gave {scrub.rekeyed_signups} imported sign-ups random ids and took the file names "
              "out of their consent wording (both could say who they are).")
    if scrub.sealed_copies:
        print(f"Sealed {len(scrub.sealed_copies)} copies set aside in clear (damaged/, an "
              "interrupted restore) and deleted the clear files; 'outreach-kit protect "
              "open-copy FILE -o OUT' opens one on the unlocked kit.")
    if scrub.rewritten_logs:
        print(f"Floored the times in {scrub.rewritten_logs} log files to the quarter hour.")
    for note in scrub.notes:
        print(f"Note: {note}")
    return 0


def open_copy_command(kit, args) -> int:
    from kit.services.protection import unseal_copy

    path = unseal_copy(kit, args.sealed, args.output)
    print(f"Wrote {path} (private to you; it holds clear data: delete it when done).")
    return 0


def _warn_if_weak(kit, passphrase: str) -> None:
    """The app refuses a passphrase a guessing program finds (kit.services.passphrase); the
    command line, which scripts may drive, says so on stderr and goes on."""
    from kit.services.events import list_events
    from kit.services.passphrase import passphrase_strength

    related = [kit.organisation_name(), *(e.name for e in list_events(kit)[:20])]
    strength = passphrase_strength(passphrase, [w for w in related if w])
    if strength.level == "weak":
        print("outreach-kit: warning: this passphrase is weak: a guessing program would find "
              "it, and the app would refuse it. It cannot be changed later; to start again "
              "with a stronger one, wipe this kit before any sign-up is collected.",
              file=sys.stderr)


def public_key_command(kit, args) -> int:
    from kit.services.protection import write_public_key

    path = write_public_key(kit, args.output)
    print(f"Wrote {path}. Copy it to each table laptop and run there: "
          "outreach-kit protect init --public-key FILE")
    print("Keep it among the group: it also holds the family key that authenticates bundles.")
    return 0


def status_command(kit, args) -> int:
    from kit.services.protection import protection_status

    status = protection_status(kit)
    if args.json:
        print_json(status.to_json())
        return 0
    if status.mode is ProtectionMode.OFF:
        print(f"Protected mode is off: {status.clear_contacts} contacts are stored in clear.")
        return 0
    reads = "can read after unlocking" if status.can_read else "public key only: never reads"
    print(f"Protected mode is on ({status.mode}; {reads}).")
    print(f"Active key: {status.active_key_id}   all keys: {', '.join(status.key_ids)}")
    if status.family_id:
        print(f"Family: {status.family_id}")
    print(f"Sealed sign-ups: {status.sealed_signups}   contacts in clear: {status.clear_contacts}")
    print(f"Relocks after {status.relock_minutes} idle minutes.")
    return 0


def rotate_command(kit, args) -> int:
    from kit.services.protection import rotate

    key_id = rotate(kit, _passphrase(args, confirm=False))
    print(f"New active key {key_id}. Older sign-ups stay readable with the older keys. "
          "Give the table laptops the new public-key file ('protect public-key -o FILE').")
    return 0


def check_command(kit, args) -> int:
    from kit.services.protection import readable_vault, refresh_vault, unlock_report

    readable_vault(kit, "Checking needs the private key")
    refresh_vault(kit)
    report = unlock_report(kit)
    if args.json:
        print_json(report.to_json())
    else:
        print(f"Opened {report.opened} sealed sign-ups ({report.contacts} contacts).")
    for broken in report.broken:
        print(f"sign-up {broken.signup_uuid} (key {broken.key_id}): {broken.reason}",
              file=sys.stderr)
    return EXIT_BROKEN_SEALS if report.broken else 0


def bundle_export_command(kit, args) -> int:
    from kit.services.bundles import export_bundle

    result = export_bundle(kit, args.output, args.event)
    if args.json:
        print_json({"path": str(result.path), "events": result.events, "signups": result.signups,
                    "sealed": result.sealed, "handouts": result.handouts,
                    "authenticated": result.authenticated})
        return 0
    print(f"Wrote {result.path}: {result.events} events, {result.signups} sign-ups "
          f"({result.sealed} sealed), {result.handouts} prints.")
    if not result.authenticated:
        print("Note: this kit has no family key, so the bundle carries a digest only; anyone "
              "could have written it. Protect the kits ('protect init') to authenticate bundles.")
    return 0


def purge_command(kit, args) -> int:
    from kit.services.retention import purge

    report = purge(kit, args.older_than)
    if args.json:
        print_json({"signups": report.signups, "contacts": report.contacts,
                    "older_than_days": report.older_than_days})
        return 0
    print(f"Purged the personal data of {report.signups} sign-ups older than "
          f"{report.older_than_days} days ({report.contacts} contacts removed). Counts, times, "
          "interests and consent answers stay.")
    print("Rule: every sync target confirmed the sign-up, or (with no targets) a full export "
          "ran after it. Anything pending, failed or skipped is kept.")
    return 0


def wipe_command(paths, args) -> int:
    from kit.services.kit import open_kit
    from kit.services.retention import wipe

    if not args.yes:
        raise KitError("wipe destroys the keys and every sign-up on this laptop, with no undo; "
                       "run 'outreach-kit wipe --yes' to do it.", code="confirm")
    report = wipe(open_kit(paths))
    print("Keys destroyed (crypto-erase)." if report.crypto_erased
          else "The keys could not be overwritten (damaged database); the files were deleted.")
    for path in report.removed:
        print(f"Removed {path}")
    for path in report.left:
        print(f"NOT removed: {path}")
    print("What no program can guarantee:")
    for note in report.not_guaranteed:
        print(f"- {note}")
    return 0 if not report.left else 1
