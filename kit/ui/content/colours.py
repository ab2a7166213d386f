"""A colour field for the Content tab: the hex value as text, and a button that opens a colour
picker and shows the colour.

The hex text is the value (the loader checks it, and people can paste a colour from their
style guide); the swatch is only a picture of it, so nothing depends on seeing colour.
`name` is the field's label, already translated by the caller.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kit.ui.i18n import arg

_HEX = re.compile(r"#[0-9A-Fa-f]{6}")


class ColourField(QWidget):
    """A #RRGGBB line edit beside a "Choose…" button painted in the colour."""

    edited = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(arg(self.tr("%1, as a hex code"), name))
        self.edit.setPlaceholderText("#1D4A55")
        self.edit.setMaxLength(16)  # room to paste a wrong value, so the loader can say why
        self.edit.setFixedWidth(170)
        self.button = QPushButton(self.tr("Choose…"), self)
        self.button.setObjectName("ColourSwatch")
        self.button.setAccessibleName(arg(self.tr("Choose the %1"), name.lower()))
        self.button.setMinimumWidth(150)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        self.edit.textChanged.connect(self._paint)
        self.edit.textEdited.connect(self.edited)
        self.button.clicked.connect(self._on_choose_clicked)

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 (reads like QLineEdit's, on purpose)
        self.edit.setText(text)

    def _paint(self, text: str) -> None:
        if _HEX.fullmatch(text.strip()):
            colour = QColor(text.strip())
            ink = "#000000" if colour.lightnessF() > 0.55 else "#ffffff"
            self.button.setStyleSheet(
                f"#ColourSwatch {{ background: {colour.name()}; color: {ink}; "
                "border: 2px solid #5b5b5b; border-radius: 6px; padding: 6px 14px; }")
        else:
            self.button.setStyleSheet("")

    def choose(self, colour: QColor) -> None:
        """Take `colour` (from the picker) as the new value."""
        if colour.isValid():
            self.edit.setText(colour.name().upper())
            self.edited.emit()

    def _on_choose_clicked(self) -> None:
        current = QColor(self.edit.text().strip())
        picked = QColorDialog.getColor(current if current.isValid() else QColor("#1D4A55"),
                                       self, arg(self.tr("Choose the %1"), self._name.lower()))
        self.choose(picked)
