"""A cut sheet of QR cards, eight to a page, with light cut marks in the margins.

Cards tile the area inside the margins exactly, so one straight cut per line separates them;
the marks sit outside the cards (and as small crosses where inner lines meet).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from kit.handouts.base import CutSheetRenderer
from kit.handouts.design import QR_CARD
from kit.handouts.flowables import Para
from kit.handouts.markup import esc
from kit.handouts.qr import draw_qr, min_box_for
from kit.handouts.styles import CUT_MARK

COLUMNS = 2
ROWS = 4
CARD_PADDING = 5 * mm
QR_BOX = QR_CARD  # with quiet zone; the symbol inside is at least 26 mm
MARK_LENGTH = 4 * mm
MARK_GAP = 1.5 * mm  # marks stop short of the cut so none shows on a card
CROSS = 1.5 * mm
MIN_TEXT_SCALE = 0.6


@dataclass(frozen=True)
class Card:
    """What one card shows: a kicker, a title, the URL in its QR code (none on the group's
    card when the pack has no address), the address people type, and a line below."""

    title: str
    url: str
    printed_url: str  # the URL whose short form is printed (a resource's short_url, say)
    kicker: str = ""
    note: str = ""
    lines: tuple[str, ...] = ()  # contact lines on the group's own card


class CardSheet(Flowable):
    """One page of up to COLUMNS x ROWS cards, filling the frame, with cut marks."""

    def __init__(self, renderer: QrCardsRenderer, cards: list[Card]) -> None:
        super().__init__()
        self.renderer = renderer
        self.cards = cards
        self.width = renderer.frame_width
        self.height = renderer.frame_height

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        card_w = self.width / COLUMNS
        card_h = self.height / ROWS
        for index, card in enumerate(self.cards):
            col, row = index % COLUMNS, index // COLUMNS
            self._draw_card(card, col * card_w, self.height - (row + 1) * card_h, card_w, card_h)
        self._draw_marks(card_w, card_h)

    def _draw_card(self, card: Card, x: float, y: float, w: float, h: float) -> None:
        canvas = self.canv
        if card.url:
            box = max(QR_BOX, min_box_for(card.url))
            box = min(box, h - 2 * CARD_PADDING)
            qr_x = x + CARD_PADDING
            qr_y = y + (h - box) / 2
            draw_qr(canvas, card.url, qr_x, qr_y, box)
            text_x = qr_x + box + CARD_PADDING
        else:
            text_x = x + CARD_PADDING
        text_w = x + w - CARD_PADDING - text_x
        text_h = h - 2 * CARD_PADDING
        # Shrink the text until it fits the card; the QR code never shrinks.
        scale = 1.0
        while True:
            parts = self.renderer.card_text(card, scale, text_w)
            heights = [p.wrap(text_w, text_h)[1] for p in parts]
            total = sum(heights) + sum(p.style.spaceAfter for p in parts)
            if total <= text_h or scale <= MIN_TEXT_SCALE:
                break
            scale -= 0.05
        top = y + (h + total) / 2  # centre the text block vertically on the card
        for part, height in zip(parts, heights, strict=True):
            top -= height
            part.drawOn(canvas, text_x, top)
            top -= part.style.spaceAfter

    def _draw_marks(self, card_w: float, card_h: float) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(CUT_MARK)
        canvas.setLineWidth(0.4)
        xs = [i * card_w for i in range(COLUMNS + 1)]
        ys = [j * card_h for j in range(ROWS + 1)]
        # Ticks outside the grid, in the page margin, at every cut line.
        for x in xs:
            canvas.line(x, self.height + MARK_GAP, x, self.height + MARK_GAP + MARK_LENGTH)
            canvas.line(x, -MARK_GAP, x, -MARK_GAP - MARK_LENGTH)
        for y in ys:
            canvas.line(-MARK_GAP, y, -MARK_GAP - MARK_LENGTH, y)
            canvas.line(self.width + MARK_GAP, y, self.width + MARK_GAP + MARK_LENGTH, y)
        # Small crosses where inner cut lines meet.
        for x in xs[1:-1] + [0, self.width]:
            for y in ys[1:-1]:
                canvas.line(x - CROSS, y, x + CROSS, y)
                if 0 < x < self.width:
                    canvas.line(x, y - CROSS, x, y + CROSS)
        for x in xs[1:-1]:
            for y in (0, self.height):
                canvas.line(x, y - CROSS, x, y + CROSS)
        canvas.restoreState()


class QrCardsRenderer(CutSheetRenderer):
    """Cards to hand out or leave on the table: one link each, as a big QR code."""

    name = "qr-cards"
    title = "QR cards (cut sheet)"
    margin = 14 * mm  # the cut marks need room in the margin

    def group_card(self) -> Card:
        """The group's own card, first on every sheet: its way in as a QR code when the pack
        has one, else its name, what it stands for and what to do now."""
        org = self.pack.organisation
        contact = org.contact
        lines = tuple(value for value in (contact.email, contact.social, contact.meeting) if value)
        if contact.way_in:
            return Card(org.name, contact.way_in, "", kicker=self.pack.label("join_us"),
                        note=self.pack.label("sign_up_online") if contact.signup else "", lines=lines)
        return Card(org.name, "", "", kicker=self.pack.label("join_us"), note=org.tagline,
                    lines=lines or (self.pack.handouts.flyer.call_to_action,))

    def cards(self) -> list[Card]:
        """The group's card, then one per resource and reading item with a URL; the last
        sheet's free places take the group's card again, so no slot is left empty."""
        pack = self.pack
        shared = self.pack.label("shared_by")
        links = [Card(r.caption, r.url, r.short_url or r.url, kicker=r.kind, note=shared)
                 for r in pack.resources]
        links += [Card(r.title, r.url, r.url, kicker=r.kind, note=shared)
                  for r in pack.reading if r.url]
        group = self.group_card()
        seen: set[str] = {group.url} if group.url else set()
        cards = [group]
        for card in links:
            if card.url not in seen:
                seen.add(card.url)
                cards.append(card)
        per_page = COLUMNS * ROWS
        while len(cards) % per_page:
            cards.append(group)
        return cards

    def card_text(self, card: Card, scale: float, width: float) -> list[Paragraph]:
        """The text beside one card's code, at `scale` of the normal size."""
        self.set_scale(scale)
        parts = []
        if card.kicker:
            parts.append(self.text(card.kicker.upper(), "kind"))
            parts[-1].style = parts[-1].style.clone("card_kicker", spaceAfter=3 * scale)
        if card.url:
            parts.append(self.para(f"<b>{esc(card.title)}</b>", "body_tight"))
        else:  # the group's card without a code: its name is the card
            parts.append(self.text(card.title, "join"))
        parts[-1].style = parts[-1].style.clone("card_title", spaceAfter=4 * scale)
        if card.url:
            shown = card.printed_url or card.url
            parts.append(Para(self.address(shown, width), self.styles["url"]))
            parts[-1].style = parts[-1].style.clone("card_url", spaceAfter=3 * scale)
        for line in card.lines:
            parts.append(self.text(line, "small" if card.url else "cta"))
            parts[-1].style = parts[-1].style.clone("card_line", spaceAfter=3 * scale)
        if card.note:
            parts.append(self.text(card.note, "small"))
        return parts

    def story(self) -> list[Flowable]:
        cards = self.cards()
        per_page = COLUMNS * ROWS
        story: list[Flowable] = []
        for start in range(0, max(len(cards), 1), per_page):
            if story:
                story.append(PageBreak())
            story.append(CardSheet(self, cards[start : start + per_page]))
        return story
