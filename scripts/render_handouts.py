"""Render every handout and the after-event report to PNG pages, Letter and A4, for review.

    uv run python scripts/render_handouts.py OUT_DIR [--dpi 80] [--pack PACK_DIR] [--contact]
        [--languages]

Writes OUT_DIR/<name>-<paper>.pdf and OUT_DIR/<name>-<paper>-p<N>.png for each page, with a
sample event so the sign-up sheet shows its header filled in. Look at every page before a
change to the handouts lands: would you hand this to a stranger? `--contact` fills in sample
contact details (website, email, social, meetings), as a group's first run does: the pages must
still fit with them. `--languages` also renders every handout in each language the pack has
handout texts in (OUT_DIR/<name>-<paper>-<code>...): try it with the tests' pack,
tests/fixtures/packs/multilingual, which has Spanish and Urdu.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pypdfium2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kit.content import ContactDetails, default_pack_dir, load_pack  # noqa: E402
from kit.domain.records import EventInfo  # noqa: E402
from kit.handouts import HANDOUTS, render_handout  # noqa: E402
from kit.reports.event_report import EventReportRenderer  # noqa: E402
from kit.reports.model import Count, EventStats, SyncSummary  # noqa: E402

SAMPLE_CONTACT = ContactDetails(website="https://solidaritykashmir.example.org",
                                email="info@solidaritykashmir.example.org", social="@solidaritykashmir",
                                meeting="Every Tuesday, 7 pm, at the Hosmer library")
SAMPLE_EVENT = EventInfo(id=1, uuid="00000000-0000-0000-0000-000000000001",
                         name="Spring Fair", location="Powderhorn Park",
                         date=dt.date(2026, 5, 16))


def sample_stats() -> EventStats:
    """Plausible counts (no people) so every part of the report is drawn."""
    hours = tuple(Count(str(h), f"{h}:00", n) for h, n in zip(range(10, 17),
                                                               (2, 5, 9, 4, 7, 3, 1), strict=True))
    return EventStats(
        event=SAMPLE_EVENT, active=True, signups=31, new=24, returning=7, unknown_origin=0,
        consent_email=26, consent_sms=11, per_hour=hours,
        interests=(Count("volunteer", "Volunteer with us", 9),
                   Count("events", "Events and actions", 17),
                   Count("reading-group", "Reading and study group", 6)),
        languages=(Count("en", "English", 28), Count("ur", "Urdu", 3)),
        handouts=(Count("flyer", "Flyer", 60), Count("factsheet", "Factsheet", 25)),
        handouts_saved=1, sync=SyncSummary(targets=1, waiting=4, stuck=0, done=27),
        first_signup=dt.datetime(2026, 5, 16, 10, 5), last_signup=dt.datetime(2026, 5, 16, 16, 40),
        timezone="America/Chicago",
    )


def write_pages(pdf: bytes, stem: Path, dpi: int) -> int:
    """Save the PDF and one PNG per page; returns the page count."""
    stem.with_suffix(".pdf").write_bytes(pdf)
    document = pypdfium2.PdfDocument(pdf)
    try:
        for index in range(len(document)):
            image = document[index].render(scale=dpi / 72).to_pil()
            image.save(f"{stem}-p{index + 1}.png")
        return len(document)
    finally:
        document.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--dpi", type=int, default=80)
    parser.add_argument("--pack", type=Path, default=None)
    parser.add_argument("--contact", action="store_true", help="with sample contact details")
    parser.add_argument("--languages", action="store_true",
                        help="also every handout in each of the pack's other handout languages")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pack = load_pack(args.pack or default_pack_dir())
    if args.contact:
        pack = dataclasses.replace(pack, organisation=dataclasses.replace(
            pack.organisation, contact=SAMPLE_CONTACT))
    names = list(HANDOUTS)
    for paper in ("letter", "a4"):
        for name in names:
            languages = pack.handout_languages() if args.languages else (pack.language,)
            for language in languages:
                suffix = "" if language == pack.language else f"-{language}"
                pdf = render_handout(name, pack, SAMPLE_EVENT, paper, language)
                pages = write_pages(pdf, args.out / f"{name}-{paper}{suffix}", args.dpi)
                print(f"{name}-{paper}{suffix}: {pages} page(s)")
        report = EventReportRenderer(sample_stats(), organisation=pack.organisation.name,
                                     colours=pack.organisation.colours, paper=paper).render()
        pages = write_pages(report, args.out / f"event-report-{paper}", args.dpi)
        print(f"event-report-{paper}: {pages} page(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
