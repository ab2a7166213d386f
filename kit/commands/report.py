"""`outreach-kit report --event ID -o PATH`: the after-event report PDF (counts only)."""

from __future__ import annotations

from kit.commands import record_id


def register(commands) -> None:
    report = commands.add_parser(
        "report", help="write the after-event report PDF of an event (no personal data)")
    report.add_argument("--event", type=record_id, required=True, metavar="ID",
                        help="the event's id ('outreach-kit event list' shows them)")
    report.add_argument("-o", "--output", required=True, metavar="PATH", help="the PDF to write")
    report.add_argument("--paper", choices=("letter", "a4"), default="letter")
    report.set_defaults(handler=report_command)


def report_command(kit, args) -> int:
    from kit.services.dashboard import save_event_report

    print(save_event_report(kit, args.event, args.output, paper=args.paper))
    return 0
