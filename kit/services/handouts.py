"""Handouts as use-cases: list, render with the active event, log every print or save, count today.

The renderers in kit.handouts take plain data and return PDF bytes; this module feeds them the
kit's campaign pack and the active event, turns their exceptions into KitErrors (the CLI's exit
2, words in the UI) and keeps the handout log. No Qt here: the app prints through
kit/ui/handouts/printing.py (QPrinter), the CLI through kit/services/printing.py (CUPS's lp); both raise
`PrinterUnavailable`, so both front ends report a missing printer the same way.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

import peewee as pw

from kit.atomic_file import write_atomic
from kit.content import CampaignPack, PackError
from kit.domain.errors import KitError
from kit.domain.records import EventInfo
from kit.domain.times import to_stored
from kit.services.events import active_event
from kit.services.kit import Kit
from kit.services.printing import PrinterUnavailable, PrintResult
from kit.services.status import local_day_bounds_utc
from kit.store.models import HandoutLog

log = logging.getLogger(__name__)

PAPERS = ("letter", "a4")
ACTIONS = ("print", "quick-print", "save")
MAX_COPIES = 500  # a typo guard: nobody prints 5,000 flyers at a folding table


class HandoutError(KitError):
    """A handout cannot be listed, rendered, printed or logged as asked."""

    code = "handout"


class UnknownHandoutName(HandoutError):
    """The name is not one of the registered handouts."""

    code = "unknown_handout"


class UnknownPaperName(HandoutError):
    """The paper is neither 'letter' nor 'a4'."""

    code = "unknown_paper"


class PackUnusable(HandoutError):
    """The campaign pack cannot be loaded; the message is the pack's own (file, field, problem)."""

    code = "pack"


class UnknownHandoutLanguage(HandoutError):
    """The pack has no handout texts in the language asked for."""

    code = "unknown_language"


class HandoutTooLong(HandoutError):
    """The pack's text does not fit the handout even at the smallest type size."""

    code = "overflow"


__all__ = ["PrinterUnavailable", "PrintResult"]  # re-exported: the UI and tests import them here


@dataclass(frozen=True)
class HandoutInfo:
    """One handout as lists show it: the registry name, the title people read, its page count."""

    name: str
    title: str
    pages: int

    def to_json(self) -> dict:
        """The `handout list --json` object."""
        return {"name": self.name, "title": self.title, "pages": self.pages}


def handout_names() -> tuple[str, ...]:
    """Every registered handout name, in the registry's order (flyer first)."""
    from kit.handouts import HANDOUTS

    return tuple(HANDOUTS)


def require_pack(kit: Kit) -> CampaignPack:
    """The kit's campaign pack, or PackUnusable saying what is wrong with it."""
    pack = kit.pack()
    if pack is None:
        raise PackUnusable(
            f"The campaign pack cannot be used: {kit.pack_problem or 'it could not be loaded'}"
        )
    return pack


def check_paper(paper: str) -> str:
    """`paper` lower-cased if it is a known size, else UnknownPaperName."""
    value = (paper or "").strip().lower()
    if value not in PAPERS:
        raise UnknownPaperName(f"Unknown paper {paper!r}; choose {' or '.join(PAPERS)}.")
    return value


def check_handout(name: str) -> str:
    """`name` if it is a registered handout, else UnknownHandoutName listing the choices."""
    names = handout_names()
    if name not in names:
        raise UnknownHandoutName(f"Unknown handout {name!r}; choose from: {', '.join(names)}.")
    return name


def handout_languages(kit: Kit) -> tuple[str, ...]:
    """The languages the kit's pack prints its handouts in, its own first."""
    return require_pack(kit).handout_languages()


def in_language(pack: CampaignPack, language: str) -> CampaignPack:
    """`pack` with its handout words in `language` ("" = its own), or UnknownHandoutLanguage."""
    try:
        return pack.for_handouts((language or "").strip())
    except ValueError as error:
        raise UnknownHandoutLanguage(f"{str(error)[:1].upper()}{str(error)[1:]}.") from error


def handout_catalogue(kit: Kit, paper: str = "letter") -> list[HandoutInfo]:
    """Every handout with its title and page count for the kit's pack on `paper`."""
    from kit.handouts import HandoutOverflow, list_handouts

    paper = check_paper(paper)
    pack = require_pack(kit)
    try:
        listed = list_handouts(pack, paper)
    except HandoutOverflow as error:
        raise HandoutTooLong(_overflow_message(error)) from error
    return [HandoutInfo(info.name, info.title, info.pages) for info in listed]


def active_event_info(kit: Kit) -> EventInfo | None:
    """The active event as the plain record the renderers take, or None before the first event."""
    event = active_event(kit)
    if event is None:
        return None
    return EventInfo(id=event.id, uuid=event.uuid, name=event.name, location=event.location,
                     date=event.date)


def render_plain(
    name: str, pack: CampaignPack, event: EventInfo | None, paper: str = "letter",
    language: str = "",
) -> bytes:
    """Render from plain data, mapping renderer errors to KitErrors.

    Safe to call from a worker thread: it touches neither the database nor the kit, which is
    why the UI gathers the pack and the event first and hands them over.
    """
    from kit.handouts import HandoutOverflow, UnknownHandout, UnknownPaper, render_handout

    check_handout(name)
    paper = check_paper(paper)
    pack = in_language(pack, language)
    try:
        return render_handout(name, pack, event, paper)
    except UnknownHandout as error:  # belt and braces: check_handout ran already
        raise UnknownHandoutName(str(error)) from error
    except UnknownPaper as error:
        raise UnknownPaperName(str(error)) from error
    except HandoutOverflow as error:
        raise HandoutTooLong(_overflow_message(error)) from error
    except PackError as error:  # e.g. a logo file the pack names but the folder lacks
        raise PackUnusable(f"The campaign pack cannot be used: {error}") from error


def render(kit: Kit, name: str, paper: str = "letter", language: str = "") -> bytes:
    """PDF bytes of handout `name` for the kit's pack and the active event on `paper`, in
    `language` ("" = the pack's own)."""
    check_handout(name)
    paper = check_paper(paper)
    return render_plain(name, require_pack(kit), active_event_info(kit), paper, language)


def save_handout(
    kit: Kit, name: str, paper: str, path: str | os.PathLike[str], pdf: bytes | None = None,
    language: str = "",
) -> Path:
    """Write handout `name` as a PDF file at `path` (atomically) and log it as a "save".

    `pdf` lets the app pass bytes it already rendered for the preview; else it is rendered now.
    """
    data = pdf if pdf is not None else render(kit, name, paper, language)
    target = Path(path)
    write_file_atomic(target, data)
    log_handout(kit, name, paper, 1, "save")
    return target


def print_handout(kit: Kit, name: str, paper: str, copies: int,
                  printer: str | None = None, language: str = "") -> PrintResult:
    """Print handout `name` through the system's print queue (CUPS `lp`) and log it.

    The command-line way; the app prints through Qt so people get the system print dialog.
    """
    from kit.handouts import count_pages
    from kit.services import printing

    check_handout(name)
    paper = check_paper(paper)
    if isinstance(copies, bool) or not 1 <= copies <= MAX_COPIES:
        raise HandoutError(f"--copies must be from 1 to {MAX_COPIES} (got {copies}).")
    pdf = render(kit, name, paper, language)
    pack = in_language(require_pack(kit), language)
    result = printing.print_pdf(pdf, printer=printer, copies=copies, paper=paper,
                                pages=count_pages(name, pack, paper),
                                title=f"outreach-kit {name} {paper}")
    log_handout(kit, name, paper, copies, "print")
    return result


NO_CONTACT_MESSAGE = (
    "These handouts give no way to reach your group: the campaign pack has no website, "
    "sign-up link, email, social media or meeting place. People who take a flyer home "
    "cannot find you again. Add at least one before printing."
)



def contact_gap(kit: Kit) -> str:
    """A plain-words warning when the pack gives no way to reach the group, else ""."""
    pack = kit.pack()
    if pack is None or pack.organisation.contact.has_any:
        return ""
    return NO_CONTACT_MESSAGE



def write_file_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file in the same folder and a rename.

    A crash or a full USB stick leaves the old file (or none), never a truncated PDF.
    """
    folder = target.parent
    if not folder.is_dir():
        raise HandoutError(f"The folder {str(folder)!r} does not exist.", code="bad_path")
    try:
        write_atomic(target, data)
    except OSError as error:
        raise HandoutError(f"Cannot write in {str(folder)!r}: {error.strerror}.",
                           code="bad_path") from error


def log_handout(kit: Kit, name: str, paper: str, copies: int, action: str) -> int:
    """Record one print, quick print or save of a handout against the active event.

    Returns the log row's id. `copies` counts sheets handed out (a save counts as 1).
    """
    check_handout(name)
    paper = check_paper(paper)
    if action not in ACTIONS:
        raise HandoutError(f"Unknown action {action!r}; one of: {', '.join(ACTIONS)}.")
    if isinstance(copies, bool) or not isinstance(copies, int) or not 1 <= copies <= MAX_COPIES:
        raise HandoutError(f"Copies must be a whole number from 1 to {MAX_COPIES} (got {copies!r}).")
    event = active_event(kit)
    when = to_stored(kit.clock())
    with kit.store.write():
        row = HandoutLog.create(
            event=event.id if event else None, handout=name, paper=paper, copies=copies,
            action=action, created_at=when,
        )
    log.info("handout %s: %s x%d on %s (event %s)", action, name, copies, paper,
             event.id if event else "none")
    return row.id


def handouts_printed_today(kit: Kit, *, event_only: bool = False) -> dict[str, int]:
    """Copies of each handout that went out today (the kit clock's local day), by name.

    Every print, quick print and save counts; with `event_only`, only those logged against the
    active event. Handouts with nothing logged today are left out.
    """
    start, end = local_day_bounds_utc(kit.clock())
    query = (
        HandoutLog.select(HandoutLog.handout, pw.fn.SUM(HandoutLog.copies).alias("total"))
        .where((HandoutLog.created_at >= start) & (HandoutLog.created_at < end))
        .group_by(HandoutLog.handout)
    )
    if event_only:
        event = active_event(kit)
        if event is None:
            return {}
        query = query.where(HandoutLog.event == event.id)
    counts = {row.handout: int(row.total) for row in query}
    order = {name: index for index, name in enumerate(handout_names())}
    return dict(sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0])))


def _overflow_message(error: Exception) -> str:
    return (f"The text does not fit this handout even at the smallest type size: {error}. "
            "Shorten it on the Content page.")
