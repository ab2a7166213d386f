"""Contrast of the theme's colours, computed as WCAG 2.1 defines it, for a kiosk in sunlight.

Text needs 4.5:1 against what it sits on (success criterion 1.4.3), 7:1 in the high-contrast
theme (1.4.6, "enhanced"); the boundary of every control, the focus frame included, needs 3:1
against its surroundings (1.4.11, non-text contrast). The formulas are written out here rather
than imported, so the test does not share a mistake with the code:
https://www.w3.org/TR/WCAG21/#dfn-relative-luminance and #dfn-contrast-ratio.
"""

from __future__ import annotations

import re

import pytest

from kit.ui.theme import HIGH_CONTRAST, PALETTE, style_sheet


def relative_luminance(colour: str) -> float:
    """WCAG 2.1: L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2.1: (L1 + 0.05) / (L2 + 0.05), the lighter colour's luminance as L1."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


WHITE = "#ffffff"  # fields, check boxes and plain buttons are drawn on white (STYLE_SHEET)

# (text colour, background) as the style sheet and the kiosk use them.
TEXT_ON = [
    ("ink", "paper"), ("ink", "card"), ("ink", WHITE), ("muted", "paper"), ("muted", "card"),
    ("primary_dark", "paper"),  # titles
    ("error", "card"), ("error", "error_bg"),  # messages under fields, the banner
    ("ink", "selection"),  # the chosen language, selected rows
    ("ink", "focus_bg"),  # a focused check box
    ("ink", "header_bg"),  # status bar, table headers
    ("placeholder", WHITE),  # example text in empty fields
]
# (boundary colour, what is around it): fields, boxes and buttons, the focus frame.
BOUNDARY_ON = [
    ("border", "card"), ("border", "paper"), ("border", WHITE),  # fields, boxes, buttons
    ("focus", "card"), ("focus", "paper"), ("focus", "focus_bg"),  # the focus frame
    ("error", "error_bg"), ("error", "card"),  # a field with a mistake
    ("primary", "card"), ("primary", "paper"),  # the Sign up button is its own fill
    ("primary_dark", "card"),  # a ticked box's border
    ("ink", "selection"), ("ink", "paper"),  # the chosen language's frame
]


def colour(palette: dict[str, str], name: str) -> str:
    return name if name.startswith("#") else palette[name]


@pytest.mark.parametrize("name, palette, text_minimum",
                         [("normal", PALETTE, 4.5), ("high contrast", HIGH_CONTRAST, 7.0)])
def test_text_and_control_boundaries_reach_wcag_contrast(name, palette, text_minimum):
    too_low = []
    for foreground, background in TEXT_ON:
        ratio = contrast(colour(palette, foreground), colour(palette, background))
        if ratio < text_minimum:
            too_low.append(f"text {foreground} on {background}: {ratio:.2f}:1 < {text_minimum}:1")
    for boundary, around in BOUNDARY_ON:
        ratio = contrast(colour(palette, boundary), colour(palette, around))
        if ratio < 3.0:
            too_low.append(f"boundary {boundary} on {around}: {ratio:.2f}:1 < 3:1")
    # White text on the Sign up button.
    ratio = contrast(WHITE, palette["primary"])
    if ratio < text_minimum:
        too_low.append(f"white on primary: {ratio:.2f}:1")
    assert not too_low, f"{name}: " + "; ".join(too_low)


@pytest.mark.parametrize("high_contrast", [False, True])
def test_the_style_sheet_draws_controls_with_the_checked_colours(high_contrast):
    """The pairs above are the ones the style sheet uses: fields, boxes and buttons are bordered
    with `border` on white, the check box indicator too, and no colour outside the palette
    (besides white and the disabled grey) creeps in."""
    palette = HIGH_CONTRAST if high_contrast else PALETTE
    sheet = style_sheet(high_contrast=high_contrast)
    rules = {selector.strip(): body for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet)}
    border = f"border: 2px solid {palette['border']}"
    field_rule = next(body for selector, body in rules.items() if selector.startswith("QLineEdit,"))
    for rule in (field_rule, rules["QCheckBox::indicator"], rules["QPushButton"]):
        assert border in rule and ("background: white" in rule or "#ffffff" in rule), rule
    used = {value.lower() for value in re.findall(r"#[0-9a-fA-F]{6}\b", sheet)}
    allowed = {value.lower() for value in palette.values() if value.startswith("#")}
    assert used <= allowed | {"#ffffff", "#6b6b6b"}, used - allowed


def test_the_formula_matches_known_values():
    """Black on white is 21:1 and a colour on itself 1:1; #767676 on white is the well-known
    smallest grey that passes 4.5:1."""
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#1f5f5b", "#1f5f5b") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
