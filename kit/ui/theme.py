"""Look and feel: a calm, high-legibility style readable from two steps away."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 13

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
}

STYLE_SHEET = """
QWidget {{ color: {ink}; }}
QMainWindow, #KioskPage, #VolunteerArea {{ background: {paper}; }}
#FormCard {{ background: {card}; border: 1px solid #d9d4c7; border-radius: 12px; }}
#Title {{ font-size: 24pt; font-weight: 600; color: {primary_dark}; }}
#Subtitle {{ font-size: 14pt; color: {muted}; }}
#FieldLabel {{ font-size: 13pt; font-weight: 600; }}
#Hint {{ font-size: 11pt; color: {muted}; }}
#FieldError {{ font-size: 12pt; color: {error}; font-weight: 600; }}
#Banner {{ background: {error_bg}; color: {error}; border: 1px solid {error};
           border-radius: 6px; padding: 8px; font-size: 12pt; font-weight: 600; }}
QLineEdit, QDateEdit, QComboBox {{ font-size: 15pt; padding: 8px 10px; border: 2px solid #b9b3a5;
            border-radius: 6px; background: white; min-height: 28px; }}
QLineEdit[invalid="true"] {{ border: 2px solid {error}; background: {error_bg}; }}
QLineEdit:focus, QDateEdit:focus, QComboBox:focus {{ border: 3px solid {focus}; }}
QCheckBox {{ font-size: 13pt; spacing: 10px; padding: 4px; }}
QCheckBox::indicator {{ width: 24px; height: 24px; }}
QCheckBox:focus {{ background: #fbf0d9; border-radius: 4px; }}
QPushButton {{ font-size: 13pt; padding: 8px 16px; border-radius: 6px; border: 2px solid #b9b3a5;
              background: #ffffff; }}
QPushButton:focus {{ border: 3px solid {focus}; }}
QPushButton#Primary {{ background: {primary}; color: white; border: 2px solid {primary_dark};
                      font-size: 17pt; font-weight: 600; padding: 12px 32px; }}
QPushButton#Primary:hover {{ background: {primary_dark}; }}
QPushButton#Primary:focus {{ border: 3px solid {focus}; }}
QPushButton#Quiet {{ font-size: 11pt; color: {muted}; background: transparent; border: 1px solid #cfc9bb; }}
#ThankYou {{ font-size: 34pt; font-weight: 600; color: {primary_dark}; }}
QStatusBar {{ font-size: 11pt; background: #ece8de; }}
QTableView {{ font-size: 12pt; gridline-color: #e2ddd0; selection-background-color: #cfe3df;
             selection-color: {ink}; }}
QHeaderView::section {{ font-size: 11pt; font-weight: 600; padding: 6px; background: #ece8de;
                       border: none; border-bottom: 1px solid #cfc9bb; }}
QTabBar::tab {{ font-size: 13pt; padding: 8px 18px; }}
QTabBar::tab:selected {{ font-weight: 600; }}
"""


def apply_theme(app: QApplication) -> None:
    """Set the base font and the style sheet once for the whole app."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET.format(**PALETTE))
