"""A cut sheet of QR cards, eight to a page, with light cut marks in the margins.

Cards tile the area inside the margins exactly, so one straight cut per line separates them;
the marks sit outside the cards (and as small crosses where inner lines meet).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph

from kit.content import display_url
from kit.handouts.base import HandoutRenderer
from kit.handouts.markup import esc
from kit.handouts.qr import draw_qr, min_box_for
from kit.handouts.styles import CUT_MARK

COLUMNS = 2
ROWS = 4
CARD_PADDING = 5 * mm
QR_BOX = 36 * mm  # with quiet zone; the symbol inside is at least 26 mm
MARK_LENGTH = 4 * mm
MARK_GAP = 1.5 * mm  # marks stop short of the cut so none shows on a card
CROSS = 1.5 * mm
MIN_TEXT_SCALE = 0.6


@dataclass(frozen=True)
class Card:
    """What one card shows: a title, the URL in its QR code and the address people type."""

    title: str
    url: str
    printed_url: str


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
        box = max(QR_BOX, min_box_for(card.url))
        box = min(box, h - 2 * CARD_PADDING)
        qr_x = x + CARD_PADDING
        qr_y = y + (h - box) / 2
        draw_qr(canvas, card.url, qr_x, qr_y, box)
        text_x = qr_x + box + CARD_PADDING
        text_w = x + w - CARD_PADDING - text_x
        text_h = h - 2 * CARD_PADDING
        # Shrink the text until it fits the card; the QR code never shrinks.
        scale = 1.0
        while True:
            parts = self.renderer.card_text(card, scale)
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


class QrCardsRenderer(HandoutRenderer):
    """Cards to hand out or leave on the table: one link each, as a big QR code."""

    name = "qr-cards"
    title = "QR cards (cut sheet)"
    margin = 14 * mm  # the cut marks need room in the margin

    @property
    def frame_height(self) -> float:
        """Cards use the whole height inside the margins (no footer on a cut sheet)."""
        return self.pagesize[1] - 2 * self.margin

    def page_templates(self):  # type: ignore[no-untyped-def]
        from reportlab.platypus import Frame, PageTemplate

        frame = Frame(
            self.margin, self.margin, self.frame_width, self.frame_height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="cards",
        )
        return [PageTemplate(id="cards", frames=[frame])]

    def cards(self) -> list[Card]:
        """One card per resource, then per reading item with a URL, then the website."""
        pack = self.pack
        cards = [Card(r.title, r.url, r.display_url) for r in pack.resources]
        cards += [Card(r.title, r.url, display_url(r.url)) for r in pack.reading if r.url]
        website = pack.organisation.contact.website
        if website:
            cards.append(Card(pack.organisation.name, website, display_url(website)))
        seen: set[str] = set()
        unique = []
        for card in cards:
            if card.url not in seen:
                seen.add(card.url)
                unique.append(card)
        return unique

    def card_text(self, card: Card, scale: float) -> list[Paragraph]:
        """The text beside one card's code, at `scale` of the normal size."""
        self.set_scale(scale)
        texts = self.pack.handouts.qr_cards
        parts = []
        if texts.headline:
            parts.append(self.text(texts.headline.upper(), "kind"))
            parts[-1].style = parts[-1].style.clone("card_kicker", spaceAfter=3 * scale)
        parts.append(self.para(f"<b>{esc(card.title)}</b>", "body_tight"))
        parts[-1].style = parts[-1].style.clone("card_title", spaceAfter=4 * scale)
        parts.append(self.para(esc(card.printed_url), "url"))
        if texts.call_to_action:
            parts[-1].style = parts[-1].style.clone("card_url", spaceAfter=3 * scale)
            parts.append(self.text(texts.call_to_action, "small"))
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
