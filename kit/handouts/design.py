"""The handouts' design decisions, in one place: grid, type sizes, measure, colours, spacing.

Every handout (and the after-event report) takes its numbers from here, so a change of mind
is made once and the tests check the same rules the layouts follow.

Rules, and why:
- Vertical rhythm: every leading and vertical gap is a multiple of BASELINE (4.5 pt), so text
  in neighbouring columns lines up and the page reads calm.
- Body text is never below BODY_MIN (9.5 pt; FLYER_BODY 10 pt on the flyer): people read
  handouts at arm's length, often outdoors, some of them older. When a pack's text is too long
  for the flyer, the flyer uses the pack's short forms instead of shrinking the type.
- Measure: running text is set in columns of MEASURE_CHARS (about 60–80 characters per line);
  on a wide page that means a main column and a side column, not one long line.
- Captions sit centred under their QR codes; a caption is the resource's short title.
- No page is more than MAX_EMPTY (a fifth) empty, unless it is a document's last page.
- No word or address is broken across lines: long addresses print in a short form (the
  domain and a readable path) chosen to fit on one line; the QR code carries the full URL.
- Colour carries no meaning on its own: everything reads in black and white (headings are
  bold and larger, rules are also thicker), since most handouts go through an office laser.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm

# -- grid ------------------------------------------------------------------------------------
BASELINE = 4.5  # points; leadings and vertical gaps are multiples of this (or of half of it)


def grid(units: float) -> float:
    """`units` baselines in points."""
    return units * BASELINE


MARGIN = 15 * mm  # printers lose up to ~6 mm at the edge; 15 mm leaves air on every model
FOOTER_GAP = grid(4)  # room below the frame for the footer line
GUTTER = 6 * mm  # between columns
SIDE_COLUMN = 0.32  # share of the frame the side column takes on a two-column page

# -- type (size, leading) in points -------------------------------------------------------------
BODY_MIN = 9.5
FLYER_BODY = 10.0
TYPE: dict[str, tuple[float, float]] = {
    "display": (32, grid(8)),
    "title": (22, grid(6)),
    "h2": (14, grid(4)),
    "h3": (10.5, grid(3)),
    "lead": (11, grid(3.5)),
    "body": (BODY_MIN, grid(3)),
    "flyer_body": (FLYER_BODY, grid(3)),
    "fact": (10.5, grid(3.5)),
    "kicker": (8.5, grid(3)),
    "caption": (9, grid(2.5)),  # QR captions: short titles, bold
    "url": (9, grid(2.5)),  # printed addresses, never broken (see print_address)
    "small": (9, grid(2.5)),  # bylines, notes beside a list entry
    "source": (8.5, grid(2.5)),
    "cell": (8.5, grid(2.5)),
    "footer": (8, grid(2.5)),
    "number": (18, grid(4.5)),
}
MEASURE_CHARS = (60, 80)  # the line length running text aims for

# -- colours ------------------------------------------------------------------------------------
TEXT = colors.HexColor("#1E1E1E")
MUTED = colors.HexColor("#4D4D4D")  # still dark enough to photocopy
HAIRLINE = colors.HexColor("#B4B4B4")
CUT_MARK = colors.HexColor("#8A8A8A")
PANEL_TINT = 0.08  # how much of the primary colour tints a panel behind text
ON_PRIMARY_TINT = 0.18

# -- QR codes -----------------------------------------------------------------------------------
QR_FLYER = 30 * mm  # with quiet zone; the symbol inside is at least 20 mm (qr.MIN_SYMBOL)
QR_JOIN = 30 * mm  # the group's own way in, on the join panel
QR_LIST = 26 * mm  # beside a list entry (resources, factsheet sources)
QR_CARD = 36 * mm

# -- page budget --------------------------------------------------------------------------------
MAX_EMPTY = 0.2  # a page (not the last) may be at most this share empty at its foot
