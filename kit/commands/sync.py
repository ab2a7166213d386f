"""`outreach-kit target add|list|update|enable|disable|remove` and `outreach-kit sync`.

Keys never appear on the command line (where `ps` and shell history would show them): they are
read from the environment variable named by `--token-env` / `--secret-env`.
"""

from __future__ import annotations

import os
import sys

from kit.commands import print_json, wait_seconds

EXIT_OK, EXIT_LEFT, EXIT_BAD_INPUT = 0, 1, 2
FAILED_SHOWN = 10


def register(commands) -> None:
    target = commands.add_parser("target", help="sync targets: CRMs, mailing lists, webhooks"
                                 ).add_subparsers(dest="action", metavar="ACTION", required=True)
    add = target.add_parser("add", help="add a sync target (existing sign-ups are queued for it)")
    add.add_argument("name")
    add.add_argument("--kind", required=True, choices=("actionnetwork", "mailchimp", "webhook"))
    _target_options(add)
    add.add_argument("--disabled", action="store_true", help="add it switched off")
    add.set_defaults(handler=target_add)
    update = target.add_parser("update", help="change a target; a new key lifts a pause")
    update.add_argument("name")
    update.add_argument("--rename", metavar="NEW_NAME")
    _target_options(update)
    update.set_defaults(handler=target_update)
    listing = target.add_parser("list", help="list targets with what waits for each")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=target_list)
    for action, enabled in (("enable", True), ("disable", False)):
        toggle = target.add_parser(action, help=f"{action} a target")
        toggle.add_argument("name")
        toggle.set_defaults(handler=target_toggle, enabled=enabled)
    remove = target.add_parser("remove", help="delete a target, its queue and its saved key")
    remove.add_argument("name")
    remove.set_defaults(handler=target_remove)

    sync = commands.add_parser("sync", help="deliver waiting sign-ups; exit 0 when nothing is left")
    sync.add_argument("--target", metavar="NAME", help="only this target")
    sync.add_argument("--dry-run", action="store_true", help="show what would be sent; send nothing")
    sync.add_argument("--json", action="store_true")
    sync.add_argument("--token-env", metavar="VAR", help="API key for this run, from VAR")
    sync.add_argument("--secret-env", metavar="VAR", help="webhook secret for this run, from VAR")
    sync.add_argument("--retry-failed", action="store_true",
                      help="put failed rows back in the queue first (after fixing the contacts)")
    sync.add_argument("--max-wait", type=wait_seconds, default=None, metavar="SECONDS",
                      help="how long to wait for retries within this run (default 30)")
    sync.set_defaults(handler=sync_command)


def _target_options(parser) -> None:
    parser.add_argument("--url", help="base URL (https; http only for this machine)")
    parser.add_argument("--token-env", metavar="VAR", help="read the API key from VAR")
    parser.add_argument("--secret-env", metavar="VAR", help="read the webhook secret from VAR")
    parser.add_argument("--list", dest="list_id", metavar="ID", help="Mailchimp audience id")
    parser.add_argument("--ca-file", metavar="PATH", help="trust this CA (self-signed servers)")
    parser.add_argument("--rate", type=float, metavar="N",
                        help="at most N requests per second (0: no limit)")
    parser.add_argument("--timeout", type=float, metavar="SECONDS", help="per-request timeout")


class _BadInput(Exception):
    pass


def _secret_from_env(args) -> str | None:
    if args.token_env and args.secret_env:
        raise _BadInput("give --token-env or --secret-env, not both")
    variable = args.token_env or args.secret_env
    if not variable:
        return None
    value = os.environ.get(variable, "").strip()
    if not value:
        raise _BadInput(f"the environment variable {variable} is empty or not set")
    return value


def _bad(message: str) -> int:
    print(f"outreach-kit: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _keyring_note(saved: bool, secret: str | None) -> None:
    if secret and not saved:
        print("outreach-kit: no usable keyring on this machine, so the key was not saved; "
              "pass --token-env/--secret-env to 'outreach-kit sync' as well.", file=sys.stderr)


def target_add(kit, args) -> int:
    from kit.services.targets import add_target

    try:
        secret = _secret_from_env(args)
    except _BadInput as exc:
        return _bad(str(exc))
    saved = add_target(kit, args.name, args.kind, args.url or "", list_id=args.list_id or "",
                       ca_file=args.ca_file or "", rate=args.rate, timeout_s=args.timeout,
                       enabled=not args.disabled, secret=secret)
    _keyring_note(saved.secret_saved, secret)
    queued = saved.enqueued
    print(f"Added {saved.target.name} ({saved.target.kind}); "
          f"{queued} sign-up{'' if queued == 1 else 's'} queued.")
    return EXIT_OK


def target_update(kit, args) -> int:
    from kit.services.targets import update_target

    try:
        secret = _secret_from_env(args)
    except _BadInput as exc:
        return _bad(str(exc))
    saved = update_target(kit, args.name, name=args.rename, url=args.url, list_id=args.list_id,
                          ca_file=args.ca_file, rate=args.rate, timeout_s=args.timeout,
                          secret=secret)
    _keyring_note(saved.secret_saved, secret)
    print(f"Updated {saved.target.name}.")
    return EXIT_OK


def target_list(kit, args) -> int:
    from kit.services.sync import pending_summary
    from kit.sync.states import SENT

    summary = pending_summary(kit)
    if args.json:
        print_json([{**s.target.to_json(), "counts": s.to_json()["counts"],
                     "waiting": s.waiting, "stuck": s.stuck} for s in summary])
        return EXIT_OK
    if not summary:
        print("No sync targets yet: 'outreach-kit target add NAME --kind ...'.")
    for s in summary:
        t = s.target
        state = "paused" if t.paused_reason else ("on" if t.enabled else "off")
        where = t.base_url or "(default URL)"
        print(f"{t.name:<20} {t.kind:<14} {state:<6} {s.waiting:>5} waiting  {s.stuck:>4} failed  "
              f"{s.counts.get(SENT, 0):>6} sent  {where}")
        if t.paused_reason:
            print(f"  paused: {t.paused_reason}")
    return EXIT_OK


def target_toggle(kit, args) -> int:
    from kit.services.targets import set_enabled

    saved = set_enabled(kit, args.name, args.enabled)
    extra = f"; {saved.enqueued} sign-ups queued" if saved.enqueued else ""
    print(f"{saved.target.name} is {'enabled' if args.enabled else 'disabled'}{extra}.")
    return EXIT_OK


def target_remove(kit, args) -> int:
    from kit.services.targets import remove_target

    remove_target(kit, args.name)
    print(f"Removed {args.name}.")
    return EXIT_OK


def sync_command(kit, args) -> int:
    from kit.services import sync as sync_service
    from kit.services.targets import get_target, list_targets

    try:
        secret = _secret_from_env(args)
    except _BadInput as exc:
        return _bad(str(exc))
    chosen = [get_target(kit, args.target)] if args.target else [
        t for t in list_targets(kit) if t.enabled]
    if args.dry_run:
        return _dry_run(kit, args, sync_service)
    from kit.services.targets import resume_target
    from kit.sync.engine import SyncOptions
    from kit.sync.secrets import default_secret_store

    secrets = default_secret_store()
    if secret is not None:
        # --token-env is for an API key (Action Network, Mailchimp), --secret-env for a webhook.
        fits = chosen if args.target else [
            t for t in chosen if (t.kind == "webhook") == bool(args.secret_env)]
        if len(fits) != 1:
            return _bad("name the target this key is for with --target")
        secrets.session.set(fits[0].uuid, secret)
        if fits[0].paused_reason:
            resume_target(kit, fits[0])  # a key given now is the new key the pause waited for
    if args.retry_failed:
        sync_service.retry_failed(kit)
    options = SyncOptions()
    if args.max_wait is not None:  # finite and in range: checked by the parser
        options.max_wait_s = args.max_wait
    report = sync_service.run_sync(kit, args.target, secrets=secrets, options=options)
    stuck = sync_service.failed_rows(kit, args.target)
    if args.json:
        print_json({**report.to_json(), "failed_rows": [r.to_json() for r in stuck]})
    else:
        _print_report(report, stuck)
    return EXIT_OK if report.complete else EXIT_LEFT


def _dry_run(kit, args, sync_service) -> int:
    entries = sync_service.dry_run(kit, args.target)
    if args.json:
        print_json({"dry_run": True, "targets": [e.to_json() for e in entries]})
    else:
        if not entries:
            print("No enabled sync targets.")
        for e in entries:
            line = f"These {e.count} sign-ups will go to {e.target.name} ({e.target.kind})"
            if e.skipped:
                line += f"; {e.skipped} will not (no consent for this kind of target)"
            if e.needs_attention:
                line += f"; {e.needs_attention} need attention"
            if e.removals:
                line += f"; {e.removals} removals will be passed on"
            print(line + ".")
            if e.target.paused_reason:
                print(f"  paused: {e.target.paused_reason}")
    return EXIT_OK  # a dry run sends nothing, so it cannot fail to send: what waits is its answer


def _print_report(report, stuck) -> None:
    if not report.targets:
        print("No enabled sync targets.")
    for t in report.targets:
        print(f"{t.target} ({t.kind}): sent {t.sent}, skipped {t.skipped}, retry {t.retry}, "
              f"failed {t.failed + t.needs_attention}; left: {t.waiting} waiting, "
              f"{t.stuck} failed")
        if t.told_removed or t.removals_waiting or t.removals_failed:
            print(f"  removals (people removed, addresses replaced): told {t.told_removed}; "
                  f"left: {t.removals_waiting} waiting, {t.removals_failed} failed")
        if t.stopped:
            print(f"  stopped: {t.stopped}")
        for note in t.notes:
            print(f"  note: {note}")
    for row in stuck[:FAILED_SHOWN]:
        status = f"HTTP {row.last_status}" if row.last_status else row.state
        print(f"  failed #{row.outbox_id} {row.target} {row.name}: {status}: {row.reason}")
    if len(stuck) > FAILED_SHOWN:
        print(f"  ... and {len(stuck) - FAILED_SHOWN} more (--json lists them all)")
    if report.complete:
        print("Done: nothing is left to sync.")
    else:
        removals = report.total("removals_waiting") + report.total("removals_failed")
        print(f"Not finished: {report.total('waiting')} waiting, {report.total('stuck')} failed"
              + (f", {removals} removals to pass on." if removals else "."))
