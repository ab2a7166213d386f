"""Look and feel: a calm, high-legibility style readable from two steps away.

Two accessibility settings change it for the whole app (kiosk first): `high_contrast` (black on
white, thick blue focus frames, no tinted backgrounds) and `large_text` (every size x1.3). Both
are stored in the kit's settings and applied with `apply_kit_theme`; the focus frame is always a
thick border, never a colour change alone.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 13
LARGE_TEXT_FACTOR = 1.3

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
    "focus": "#d98e04",
    "focus_bg": "#fbf0d9",
    "border": "#b9b3a5",
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
QCheckBox::indicator {{ width: 24px; height: 24px; }}
QCheckBox:focus {{ background: {focus_bg}; border: 2px solid {focus}; border-radius: 4px; }}
QPushButton {{ font-size: 13pt; padding: 8px 16px; border-radius: 6px; border: 2px solid {border};
              background: #ffffff; }}
QPushButton:focus {{ border: {focus_width} solid {focus}; }}
QPushButton:checked {{ background: {selection}; font-weight: 600; border: 2px solid {ink}; }}
QPushButton:checked:focus {{ border: {focus_width} solid {focus}; }}
QPushButton:disabled {{ color: #6b6b6b; border: 2px dashed {border}; }}
QPushButton#Primary {{ background: {primary}; color: white; border: 2px solid {primary_dark};
                      font-size: 17pt; font-weight: 600; padding: 12px 32px; }}
QPushButton#Primary:hover {{ background: {primary_dark}; }}
QPushButton#Primary:focus {{ border: {focus_width} solid {focus}; }}
QPushButton#Quiet {{ font-size: 11pt; color: {muted}; background: transparent;
                    border: 1px solid {border}; }}
QPushButton#Quiet:focus {{ border: {focus_width} solid {focus}; }}
QPushButton#Language {{ font-size: 14pt; padding: 6px 18px; min-width: 90px; }}
#ThankYou {{ font-size: 34pt; font-weight: 600; color: {primary_dark}; }}
#ThankYouPanel:focus {{ border: {focus_width} solid {focus}; border-radius: 12px; }}
QStatusBar {{ font-size: 11pt; background: {header_bg}; }}
QTableView {{ font-size: 12pt; gridline-color: {grid}; selection-background-color: {selection};
             selection-color: {ink}; border: 1px solid {border_soft}; }}
QTableView:focus {{ border: {focus_width} solid {focus}; }}
QHeaderView::section {{ font-size: 11pt; font-weight: 600; padding: 6px; background: {header_bg};
                       border: none; border-bottom: 1px solid {border}; }}
QTabBar::tab {{ font-size: 13pt; padding: 8px 18px; border: 2px solid transparent; }}
QTabBar::tab:selected {{ font-weight: 600; border-bottom: 3px solid {primary}; }}
QTabBar::tab:focus {{ border: {focus_width} solid {focus}; }}
"""


def palette(*, high_contrast: bool = False) -> dict[str, str]:
    """The colours of the normal or the high-contrast theme."""
    return HIGH_CONTRAST if high_contrast else PALETTE


def style_sheet(*, high_contrast: bool = False, large_text: bool = False) -> str:
    """The application style sheet for these settings."""
    text = STYLE_SHEET.format(**palette(high_contrast=high_contrast))
    if large_text:
        text = re.sub(r"(\d+)pt", lambda m: f"{round(int(m.group(1)) * LARGE_TEXT_FACTOR)}pt", text)
    return text


def apply_theme(app: QApplication, *, high_contrast: bool = False, large_text: bool = False) -> None:
    """Set the base font and the style sheet for the whole app."""
    font = QFont(app.font())
    font.setPointSize(round(BASE_POINT_SIZE * (LARGE_TEXT_FACTOR if large_text else 1)))
    app.setFont(font)
    app.setProperty("kit_high_contrast", high_contrast)
    app.setProperty("kit_large_text", large_text)
    app.setStyleSheet(style_sheet(high_contrast=high_contrast, large_text=large_text))


def apply_kit_theme(app: QApplication, settings) -> None:
    """Apply the theme the kit's settings ask for (`high_contrast`, `large_text`)."""
    apply_theme(app, high_contrast=bool(settings.get("high_contrast")),
                large_text=bool(settings.get("large_text")))


def chart_colours() -> dict[str, str]:
    """Colours for charts drawn with QPainter, following the current theme."""
    app = QApplication.instance()
    high = bool(app.property("kit_high_contrast")) if app is not None else False
    colours = palette(high_contrast=high)
    return {"bar": colours["primary"], "ink": colours["ink"], "muted": colours["muted"],
            "grid": colours["grid"], "focus": colours["focus"]}
