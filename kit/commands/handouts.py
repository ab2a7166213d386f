"""`outreach-kit handout list|render|print`.

`print` sends the PDF to the system's print queue with CUPS's `lp` on Linux and macOS, and on
Windows through the print command of the program that opens PDF files (kit/services/printing.py),
so no command loads Qt.
"""

from __future__ import annotations

import sys

from kit.commands import copy_count, print_json

PAPERS = ("letter", "a4")
LANGUAGE_HELP = ("print the pack's handout texts in this language (es, ur, ...), each text the "
                 "pack does not give in it in the pack's own; default: the pack's own language")


def register(commands) -> None:
    handout = commands.add_parser(
        "handout", help="list, render and print handouts (flyer, factsheet, ...)"
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = handout.add_parser("list", help="list the handouts with their page counts")
    listing.add_argument("--json", action="store_true")
    listing.add_argument("--paper", default="letter", type=str.lower, choices=PAPERS,
                         help="count pages for this paper (default letter)")
    listing.set_defaults(handler=handout_list)
    render = handout.add_parser("render", help="write a handout as a PDF file")
    render.add_argument("name", help="flyer, factsheet, resources, qr-cards, signup-sheet, signup-slips")
    render.add_argument("-o", "--output", required=True, metavar="PATH")
    render.add_argument("--paper", default="letter", type=str.lower, choices=PAPERS)
    render.add_argument("--language", dest="handout_language", default="",
                        metavar="CODE", help=LANGUAGE_HELP)
    render.set_defaults(handler=handout_render)
    printing = handout.add_parser(
        "print", help="print a handout on a printer, no dialog",
        description="Print a handout without a dialog: with CUPS's lp on Linux and macOS; on "
                    "Windows, which has no lp, through the print command of the program that "
                    "opens PDF files (the default printer, or --printer; the PDF's own paper).")
    printing.add_argument("name", help="flyer, factsheet, resources, qr-cards, signup-sheet, signup-slips")
    printing.add_argument("--copies", type=copy_count, default=1, metavar="N")
    printing.add_argument("--printer", metavar="NAME", help="default: the system's default printer")
    printing.add_argument("--paper", default="letter", type=str.lower, choices=PAPERS)
    printing.add_argument("--language", dest="handout_language", default="",
                        metavar="CODE", help=LANGUAGE_HELP)
    printing.set_defaults(handler=handout_print)


def handout_list(kit, args) -> int:
    from kit.services.handouts import handout_catalogue

    catalogue = handout_catalogue(kit, args.paper)
    if args.json:
        print_json([info.to_json() for info in catalogue])
        return 0
    for info in catalogue:
        print(f"{info.name:<14} {info.pages} page{'s' if info.pages != 1 else ' '}  {info.title}")
    return 0


def warn_without_contact(kit) -> None:
    """Say on stderr (the PDF still comes out) when the handouts give no way to reach the group."""
    from kit.services.handouts import contact_gap

    gap = contact_gap(kit)
    if gap:
        print(f"outreach-kit: note: {gap}", file=sys.stderr)


def handout_render(kit, args) -> int:
    from kit.services.handouts import save_handout

    print(save_handout(kit, args.name, args.paper, args.output, language=args.handout_language))
    warn_without_contact(kit)
    return 0


def handout_print(kit, args) -> int:
    from kit.services.handouts import print_handout

    result = print_handout(kit, args.name, args.paper, args.copies, args.printer,
                           language=args.handout_language)
    warn_without_contact(kit)
    job = f" as job {result.job}" if result.job else ""
    print(f"Sent {result.copies} cop{'ies' if result.copies != 1 else 'y'} of {args.name} "
          f"({result.pages} page{'s' if result.pages != 1 else ''}) to {result.printer}{job}.")
    return 0
