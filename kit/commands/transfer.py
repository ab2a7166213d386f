"""`outreach-kit export FORMAT -o PATH ...` and `outreach-kit import PATH ...`.

`import` exits 0 when every row was imported (or merged, or already there), 2 when some rows were
rejected (each one on stderr as `row N: reason`; the good rows are imported all the same), and,
as every command, 2 for bad input and 1 for other failures.
"""

from __future__ import annotations

import sys

from kit.commands import day, print_json, record_id

EXIT_ROWS_REJECTED = 2


def register(commands) -> None:
    from kit.export import ALL_FORMATS

    export = commands.add_parser("export", help="write contacts to a file for another tool")
    export.add_argument("format", choices=list(ALL_FORMATS), metavar="FORMAT",
                        help="one of: " + ", ".join(ALL_FORMATS))
    export.add_argument("-o", "--output", required=True, metavar="PATH")
    export.add_argument("--event", type=record_id, help="only people who signed up at this event")
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", type=day,
                        help="only sign-ups on or after this day")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", type=day,
                        help="only sign-ups on or before this day")
    export.add_argument("--since-last-export", action="store_true",
                        help="only people who signed up since the last full export")
    consent = export.add_mutually_exclusive_group()
    consent.add_argument("--consented-only", action="store_true",
                         help="only people who agreed to email (any format)")
    consent.add_argument("--include-unconsented", action="store_true",
                         help="mailing-list formats: include people who did NOT agree to email")
    export.add_argument("--include-phones-without-consent", action="store_true",
                        help="upload formats: also write the phone numbers of people who did NOT "
                             "agree to text messages (a last column, text_consent, says whose)")
    export.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=export_command)

    imp = commands.add_parser("import", help="import contacts from a CSV or a JSON export")
    imp.add_argument("path", metavar="PATH")
    imp.add_argument("--event", type=record_id, help="event for CSV rows (default: the active event)")
    imp.add_argument("--dry-run", action="store_true", help="check and count; change nothing")
    imp.add_argument("--encoding", choices=("utf-8", "utf-8-sig", "utf-16", "cp1252"),
                     help="read a CSV in this encoding (default: detected; a file mixing "
                          "encodings is refused with the row and byte where it breaks)")
    imp.add_argument("--label", action="append", default=[], metavar="LABEL=INTEREST",
                     help="read a label of the file's tags column as one of the kit's interests "
                          "(LABEL= leaves it out); repeatable. Labels that are not interests "
                          "are listed and never imported as interests")
    imp.add_argument("--consent-from-file", choices=("yes", "no"),
                     help="for a file that cannot say it itself (a Mailchimp audience export "
                          "renamed): yes = every row agreed to email (a list of subscribed "
                          "members); no = record no email consent. Required for such a file")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=import_command)


def export_command(kit, args) -> int:
    from kit.export import MAILING_LIST_FORMATS
    from kit.services.events import parse_event_date
    from kit.services.exports import ExportOptions, export_contacts, phones_widened

    options = ExportOptions(
        event_id=args.event,
        date_from=parse_event_date(args.date_from),
        date_to=parse_event_date(args.date_to),
        new_since_last_export=args.since_last_export,
        consented_only=args.consented_only,
        include_everyone=args.include_unconsented,
        vcard_version=args.vcard_version,
        include_phones_without_consent=args.include_phones_without_consent,
    )
    if args.include_unconsented and args.format in MAILING_LIST_FORMATS:
        print("outreach-kit: warning: --include-unconsented writes people who did not agree to "
              "email into a mailing-list file; do not subscribe them.", file=sys.stderr)
    if phones_widened(args.format, options):
        print("outreach-kit: warning: --include-phones-without-consent writes the phone numbers "
              "of people who did not agree to text messages (text_consent = no); never text "
              "them.", file=sys.stderr)
    result = export_contacts(kit, args.format, args.output, options)
    if args.json:
        files = [result] + ([result.companion] if result.companion else [])
        print_json({"format": result.format, "path": str(result.path), "count": result.count,
                    "email_consent_filter": result.email_consent_filter,
                    "files": [{"format": r.format, "path": str(r.path), "count": r.count,
                               "upload": UPLOAD_NOTES.get(r.format, "")} for r in files]})
    else:
        print(f"Wrote {result.count} contacts to {result.path}")
        if result.companion is not None:
            print(f"Wrote {result.companion.count} contacts to {result.companion.path}")
            for r in (result, result.companion):
                print(f"{r.path.name}: {UPLOAD_NOTES[r.format]}")
            if args.include_unconsented:
                # Action Network subscribes every new email of an upload unless told not to
                # (help.actionnetwork.org/hc/en-us/articles/203113019).
                print(f"{result.path.name} includes people who did not agree to email: tick 'do "
                      "not subscribe new activists to the email list' when you upload it.")
            if args.event is not None:
                # Action Network reads tags per upload (chosen in its form), not per row.
                from kit.domain.tags import event_tag
                from kit.services.events import get_event

                event = get_event(kit, args.event)
                print(f"To tag them with the event, add the tag "
                      f"'{event_tag(event.name, event.date)}' in each upload's form.")
    return 0


# What to do with each Action Network file in its upload form, which sets mobile opt-in with one
# checkbox for a whole upload (help.actionnetwork.org/hc/en-us/articles/203113019); the Export
# dialog says the same through tr (kit/ui/contacts/export_dialog.py).
UPLOAD_NOTES = {
    "actionnetwork": "people who agreed to email, no phone numbers. Upload it with the mobile box "
                     "('Subscribe only activists who have not previously unsubscribed to the "
                     "mobile list') left unticked.",
    "actionnetwork-texts": "people who agreed to text messages, with their phones (an email only "
                           "where they agreed to email too). Upload it as a separate upload and "
                           "tick 'Subscribe only activists who have not previously unsubscribed "
                           "to the mobile list' (Advanced upload options).",
}


def import_command(kit, args) -> int:
    import dataclasses

    from kit.domain.errors import KitError
    from kit.services.import_planning import answer_consent_question
    from kit.services.imports import plan_import, run_import, unknown_labels

    plan = plan_import(args.path, encoding=args.encoding)
    if args.consent_from_file is not None:
        plan = answer_consent_question(plan, args.consent_from_file == "yes")
    if args.label:
        label_map = {}
        for choice in args.label:
            label, sep, interest = choice.partition("=")
            if not sep or not label.strip():
                raise KitError(f"--label {choice!r}: write LABEL=INTEREST, or LABEL= to leave the "
                               "label out.", code="bad_input")
            label_map[label.strip()] = interest.strip() or None
        plan = dataclasses.replace(plan, label_map=label_map)
    unknown = unknown_labels(kit, plan) if plan.tabular else {}
    report = run_import(kit, plan, args.event, dry_run=args.dry_run)
    if args.json:
        print_json({**report.to_json(), "plan": plan.to_json(), "unknown_labels": unknown})
    else:
        if plan.source:
            print(f"Recognised: {plan.source}")
        for name, (answer, why) in plan.implied_consent.items():
            channel = "email" if name == "consent_email" else "text messages"
            print(f"Every row {'agreed' if answer else 'did not agree'} to {channel} ({why})")
        verb = "Would import" if report.dry_run else "Imported"
        print(f"{verb} {plan.path.name}: {report.imported} new, {report.merged} merged, "
              f"{report.unchanged} unchanged, {len(report.errors)} rejected")
        if report.removed:
            print(f"Left out {report.removed} rows of people removed here at their request.")
        for label, rows in unknown.items():
            print(f"Not an interest of this kit, left out: {label!r} ({rows} rows); "
                  f"map it with --label '{label}=INTEREST' or confirm with --label '{label}='")
    if not args.json:
        for row, reason in report.warnings:
            print(f"row {row}: {' '.join(reason.split())}")
    for row, reason in report.errors:
        print(f"row {row}: {' '.join(reason.split())}", file=sys.stderr)
    return 0 if report.ok else EXIT_ROWS_REJECTED
