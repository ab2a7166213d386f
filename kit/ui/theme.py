"""Look and feel: a calm, high-legibility style readable from two steps away.

Contrast is measured, not guessed (tests/unit/test_theme_contrast.py): text reaches 4.5:1
against what it sits on (7:1 in high contrast) and every control's boundary, focus frame
included, 3:1 (WCAG 2.1 success criteria 1.4.3, 1.4.6 and 1.4.11).

Two accessibility settings change it for the whole app (kiosk first): `high_contrast` (black on
white, thick blue focus frames, no tinted backgrounds) and `large_text` (every size x1.3). Both
are stored in the kit's settings and applied with `apply_kit_theme`; the focus frame is always a
thick border, never a colour change alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kit.content.storage import assets_dir

if TYPE_CHECKING:  # Qt is imported where it is used, so the colours can be checked without it
    from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 13
LARGE_TEXT_FACTOR = 1.3
RADIO_SIZE = 24  # px, like a check box's

PALETTE = {
    "ink": "#1d2327",
    "muted": "#4f5b62",
    "paper": "#f7f5f0",
    "card": "#ffffff",
    "primary": "#1f5f5b",
    "primary_dark": "#164542",
    "error": "#a4262c",
    "error_bg": "#fdecea",
    "ok_bg": "#e7f3ef",
    "focus": "#a86400",
    "focus_bg": "#fbf0d9",
    "border": "#857d6c",  # fields, boxes, buttons: 4:1 on white, 3.8:1 on paper
    "placeholder": "#6b6b6b",
    "border_soft": "#d9d4c7",
    "header_bg": "#ece8de",
    "grid": "#e2ddd0",
    "selection": "#cfe3df",
    "focus_width": "3px",
}

# Black on white (contrast 21:1), a blue focus frame that no other element uses, and no
# meaning carried by tints: errors keep their ⚠ text and border.
HIGH_CONTRAST = {
    "ink": "#000000",
    "muted": "#000000",
    "paper": "#ffffff",
    "card": "#ffffff",
    "primary": "#000000",
    "primary_dark": "#000000",
    "error": "#9e0000",
    "error_bg": "#ffffff",
    "ok_bg": "#ffffff",
    "focus": "#0040ff",
    "focus_bg": "#dfe6ff",
    "border": "#000000",
    "placeholder": "#555555",
    "border_soft": "#000000",
    "header_bg": "#ffffff",
    "grid": "#707070",
    "selection": "#ffe066",
    "focus_width": "4px",
}

STYLE_SHEET = """
QWidget {{ color: {ink}; }}
QMainWindow, #KioskPage, #VolunteerArea, #DashboardBody {{ background: {paper}; }}
#FormCard {{ background: {card}; border: 1px solid {border_soft}; border-radius: 12px; }}
#Title {{ font-size: 24pt; font-weight: 600; color: {primary_dark}; }}
#Subtitle {{ font-size: 14pt; color: {muted}; }}
#FieldLabel {{ font-size: 13pt; font-weight: 600; }}
#SectionTitle {{ font-size: 14pt; font-weight: 600; color: {primary_dark}; margin-top: 6px; }}
#Hint {{ font-size: 11pt; color: {muted}; }}
#Privacy {{ font-size: 12pt; color: {ink}; }}
#Facts {{ font-size: 12pt; }}
#StatTile {{ background: {card}; border: 1px solid {border_soft}; border-radius: 8px; }}
#StatTile:focus {{ border: {focus_width} solid {focus}; }}
#StatNumber {{ font-size: 22pt; font-weight: 600; color: {primary_dark}; }}
#StatCaption {{ font-size: 11pt; color: {muted}; }}
#FieldError {{ font-size: 12pt; color: {error}; font-weight: 600; }}
#Banner {{ background: {error_bg}; color: {error}; border: 1px solid {error};
           border-radius: 6px; padding: 8px; font-size: 12pt; font-weight: 600; }}
QLineEdit, QDateEdit, QComboBox {{ font-size: 15pt; padding: 8px 10px; border: 2px solid {border};
            border-radius: 6px; background: white; min-height: 28px; }}
QLineEdit[invalid="true"] {{ border: 2px solid {error}; background: {error_bg}; }}
QLineEdit:focus, QDateEdit:focus, QComboBox:focus {{ border: {focus_width} solid {focus}; }}
QCheckBox {{ font-size: 13pt; spacing: 10px; padding: 4px; border: 2px solid transparent; }}
QCheckBox::indicator {{ width: 24px; height: 24px; border: 2px solid {border}; border-radius: 4px;
                       background: white; }}
QCheckBox::indicator:checked {{ background: {primary}; border: 2px solid {primary_dark};
                               image: url({check_image}); }}
#CheckText {{ font-size: 13pt; }}
QRadioButton {{ font-size: 13pt; spacing: 10px; padding: 4px; border: 2px solid transparent; }}
QRadioButton::indicator {{ width: {radio}px; height: {radio}px; border: 2px solid {border};
                          border-radius: {radio_radius}px;
                          background: white; }}
QRadioButton::indicator:checked {{ border: 2px solid {primary_dark}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {primary}, stop: 0.5 {primary},
    stop: 0.56 white, stop: 1 white); }}
QRadioButton:focus {{ background: {focus_bg}; border: 2px solid {focus}; border-radius: 4px; }}
#OptionText {{ font-size: 13pt; }}
QCheckBox:focus {{ background: {focus_bg}; border: 2px solid {focus}; border-radius: 4px; }}
QPushButton {{ font-size: 13pt; padding: 8px 16px; border-radius: 6px; border: 2px solid {border};
              background: #ffffff; }}
QPushButton:focus {{ border: {focus_width} solid {focus}; }}
QPushButton:checked {{ background: {selection}; border: 3px solid {ink}; }}
QPushButton:checked:focus {{ border: {focus_width} solid {focus}; }}
QPushButton:disabled {{ color: #6b6b6b; border: 2px dashed {border}; }}
QPushButton#Primary {{ background: {primary}; color: white; border: 2px solid {primary_dark};
                      font-size: 17pt; font-weight: 600; padding: 12px 32px; }}
QPushButton#Primary:hover {{ background: {primary_dark}; }}
QPushButton#Primary:focus {{ border: {focus_width} solid {focus}; }}
QPushButton#Primary:disabled {{ background: #ffffff; color: #6b6b6b; border: 2px dashed {border}; }}
QPushButton#Quiet {{ font-size: 11pt; color: {muted}; background: transparent;
                    border: 1px solid {border}; }}
QPushButton#Quiet:focus {{ border: {focus_width} solid {focus}; }}
QPushButton#Quiet:disabled {{ color: #6b6b6b; border: 1px dashed {border}; }}
QPushButton#Language {{ font-size: 14pt; padding: 6px 18px; min-width: 90px; }}
#ThankYou {{ font-size: 34pt; font-weight: 600; color: {primary_dark}; }}
#ThankYouText {{ font-size: 17pt; color: {ink}; }}
#ThankYouHint {{ font-size: 13pt; color: {muted}; }}
#ThankYouPanel:focus {{ border: {focus_width} solid {focus}; border-radius: 12px; }}
QStatusBar {{ font-size: 11pt; background: {header_bg}; }}
QTableView {{ font-size: 12pt; gridline-color: {grid}; selection-background-color: {selection};
             selection-color: {ink}; border: 1px solid {border_soft}; }}
QTableView:focus {{ border: {focus_width} solid {focus}; }}
QHeaderView::section {{ font-size: 11pt; font-weight: 600; padding: 6px; background: {header_bg};
                       border: none; border-bottom: 1px solid {border}; }}
#content_sections {{ font-size: 13pt; border: 1px solid {border_soft}; background: {card}; }}
#content_sections::item {{ padding: 6px 10px; color: {ink}; }}
#content_sections::item:selected {{ background: {selection}; color: {ink}; font-weight: 600; }}
#content_sections:focus {{ border: {focus_width} solid {focus}; }}
QTabBar::tab {{ font-size: 13pt; padding: 8px 18px; border: 2px solid transparent; }}
QTabBar::tab:selected {{ font-weight: 600; border-bottom: 3px solid {primary}; }}
QTabBar::tab:focus {{ border: {focus_width} solid {focus}; }}
"""


def palette(*, high_contrast: bool = False) -> dict[str, str]:
    """The colours of the normal or the high-contrast theme."""
    return HIGH_CONTRAST if high_contrast else PALETTE


def check_image() -> str:
    """The white tick drawn in a ticked box (a style sheet url, forward slashes everywhere)."""
    return (assets_dir() / "icons" / "check-white.svg").as_posix()


def style_sheet(*, high_contrast: bool = False, large_text: bool = False) -> str:
    """The application style sheet for these settings."""
    # A radio button's circle as large as a check box's square, and larger with Large text
    # (Qt's own was 13 px whatever the text size).
    radio = round(RADIO_SIZE * (LARGE_TEXT_FACTOR if large_text else 1))
    text = STYLE_SHEET.format(**palette(high_contrast=high_contrast), check_image=check_image(),
                              radio=radio, radio_radius=radio // 2 + 2)
    if large_text:
        text = re.sub(r"(\d+)pt", lambda m: f"{round(int(m.group(1)) * LARGE_TEXT_FACTOR)}pt", text)
    return text


def apply_theme(app: QApplication, *, high_contrast: bool = False, large_text: bool = False) -> None:
    """Set the base font and the style sheet for the whole app."""
    from PySide6.QtGui import QColor, QFont, QPalette

    # What is already as asked is left alone: the window applies the kit's theme right after
    # the application applied the default one, and setting the same style sheet again makes
    # Qt parse it and polish every widget again (at start-up, before the first frame).
    font = QFont(app.font())
    font.setPointSize(round(BASE_POINT_SIZE * (LARGE_TEXT_FACTOR if large_text else 1)))
    if font != app.font():
        app.setFont(font)
    app.setProperty("kit_high_contrast", high_contrast)
    app.setProperty("kit_large_text", large_text)
    # Example text in empty fields is text too (4.5:1, 7:1 in high contrast); the style sheet
    # cannot colour it, the palette can.
    colours = palette(high_contrast=high_contrast)
    app_palette = app.palette()
    placeholder = QColor(colours["placeholder"])
    if app_palette.color(QPalette.ColorRole.PlaceholderText) != placeholder:
        app_palette.setColor(QPalette.ColorRole.PlaceholderText, placeholder)
        app.setPalette(app_palette)
    sheet = style_sheet(high_contrast=high_contrast, large_text=large_text)
    if sheet != app.styleSheet():
        app.setStyleSheet(sheet)


def apply_kit_theme(app: QApplication, settings) -> None:
    """Apply the theme the kit's settings ask for (`high_contrast`, `large_text`)."""
    apply_theme(app, high_contrast=bool(settings.get("high_contrast")),
                large_text=bool(settings.get("large_text")))


def chart_colours() -> dict[str, str]:
    """Colours for charts drawn with QPainter, following the current theme."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    high = bool(app.property("kit_high_contrast")) if app is not None else False
    colours = palette(high_contrast=high)
    return {"bar": colours["primary"], "ink": colours["ink"], "muted": colours["muted"],
            "grid": colours["grid"], "focus": colours["focus"]}


# The kiosk page scales with its window: sizes below (in pixels) are for a 1200x650 window at
# scale 1, and KioskPage picks the largest scale at which the whole form fits (kit.ui.kiosk.window).
KIOSK_SIZES = {
    "title": 30, "subtitle": 18, "label": 17, "field": 19, "check": 17, "indicator": 24,
    "primary": 22, "language": 17, "quiet": 14, "privacy": 15, "error": 15, "thanks": 48,
    "thanks_text": 24, "thanks_hint": 17,
}
# Noto Naskh Arabic at the same pixel size looks about a sixth smaller than Latin text (its
# letters sit lower in a taller line): Urdu text gets this factor to read the same size.
ARABIC_SCRIPT_FACTOR = 1.18
ARABIC_FAMILY = "Noto Naskh Arabic UI"  # kit.ui.i18n.ARABIC_SCRIPT_FAMILY (bundled)


def kiosk_style_sheet(scale: float, *, right_to_left: bool = False) -> str:
    """Font sizes and paddings of the kiosk page at `scale` (on top of the app's style sheet,
    whose colours and borders stay)."""
    # `script`: grown for the Arabic script in a right-to-left form. Not the heading: at 30 px
    # and more Urdu reads well at the Latin size, and the group's (Latin) name in it grew too,
    # wrapping the Urdu title onto a second line that took the form's height.
    def px(name: str, script: bool = True) -> int:
        factor = ARABIC_SCRIPT_FACTOR if (script and right_to_left) else 1.0
        return max(9, round(KIOSK_SIZES[name] * scale * factor))

    def pad(value: float) -> int:
        return max(2, round(value * scale))

    indicator = max(18, round(KIOSK_SIZES["indicator"] * scale))
    # Scoped to the kiosk's own header, form and thank-you screen: the first-run set-up that
    # shares the page keeps the app's sizes.
    return f"""
QLabel#Title[kioskHeader="true"] {{ font-size: {px("title", script=False)}px; }}
QLabel#Subtitle[kioskHeader="true"] {{ font-size: {px("subtitle", script=False)}px; }}
#FormCard QLabel#FieldLabel {{ font-size: {px("label")}px; }}
#FormCard QLabel#FieldError {{ font-size: {px("error")}px; }}
#FormCard QLabel#Banner {{ font-size: {px("error")}px; }}
#FormCard QLabel#Privacy {{ font-size: {px("privacy")}px; }}
#FormCard QLineEdit {{ font-size: {px("field", script=False)}px; padding: {pad(6)}px {pad(10)}px;
                      min-height: 0px; }}
#FormCard QCheckBox {{ spacing: {pad(10)}px; padding: {pad(3)}px {pad(4)}px; }}
#FormCard QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; }}
#FormCard QLabel#CheckText {{ font-size: {px("check")}px; }}
#FormCard QPushButton#Primary {{ font-size: {px("primary")}px; padding: {pad(10)}px {pad(30)}px; }}
#KioskPage > QPushButton#Language {{ font-size: {px("language")}px;
                                    padding: {pad(4)}px {pad(14)}px; min-width: 0px; }}
#KioskPage > QPushButton#Language[rightToLeft="true"] {{ font-family: "{ARABIC_FAMILY}";
    font-size: {round(KIOSK_SIZES["language"] * scale * ARABIC_SCRIPT_FACTOR)}px; }}
#KioskPage > QPushButton#Quiet {{ font-size: {px("quiet", script=False)}px;
                                 padding: {pad(6)}px {pad(12)}px; }}
#ThankYouPanel QLabel#ThankYou {{ font-size: {px("thanks")}px; }}
#ThankYouPanel QLabel#ThankYouText {{ font-size: {px("thanks_text")}px; }}
#ThankYouPanel QLabel#ThankYouHint {{ font-size: {px("thanks_hint")}px; }}
"""
