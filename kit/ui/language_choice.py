"""The volunteer side's language choice, and the notice that its translation is a draft.

Shown on first run's first screen and in the volunteer area's header; the window applies the
choice (MainWindow.set_interface_language: stored in the kit's settings, then the volunteer
side is built again in the new language). Each button names its language in that language, so
a volunteer finds theirs whatever the screen speaks now.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kit.ui.catalogue_review import draft_count
from kit.ui.i18n import CATALOGUE_PREFIX, DEFAULT_LANGUAGE, LANGUAGES, Language, translations_dir
from kit.ui.plain_text import PlainLabel


def shows_drafts(language: Language) -> bool:
    """True when the volunteer side in `language` shows translations nobody has reviewed."""
    if language.code == DEFAULT_LANGUAGE:
        return False
    return draft_count(translations_dir() / f"{CATALOGUE_PREFIX}{language.code}.ts") > 0


class LanguageChoice(QWidget):
    """One button per language (the current one checked); `chosen(code)` on a press."""

    chosen = Signal(str)

    def __init__(self, current: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageChoice")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = PlainLabel(self.tr("Language:"))
        self.caption.setObjectName("Hint")
        layout.addWidget(self.caption)
        self.buttons: dict[str, QPushButton] = {}
        for option in LANGUAGES:
            button = QPushButton(option.native_name, self)
            button.setObjectName(f"interface_language_{option.code}")
            button.setCheckable(True)
            button.setChecked(option.code == current.code)
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setLayoutDirection(option.direction)
            button.setAccessibleName(
                option.native_name if option.native_name == option.english_name
                else f"{option.native_name} ({option.english_name})")
            button.clicked.connect(lambda _checked=False, code=option.code: self._on_pressed(code))
            layout.addWidget(button)
            self.buttons[option.code] = button
        layout.addStretch(1)  # the caption and its buttons stay together
        self._current = current.code

    def _on_pressed(self, code: str) -> None:
        if code != self._current:
            # Building the volunteer side again takes a second or more on a loaded laptop:
            # the pressed button is shown chosen and the pointer busy at once, before the work.
            for other, button in self.buttons.items():
                button.setChecked(other == code)
            self.repaint()
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            try:
                self.chosen.emit(code)
            finally:
                QGuiApplication.restoreOverrideCursor()
        for other, button in self.buttons.items():
            # The window built a new area with a new choice; this one (kept when the change
            # was refused, or the current one pressed) shows the language in use.
            button.setChecked(other == self._current)


def draft_notice(language: Language, parent: QWidget | None = None) -> QLabel:
    """A one-line notice that the volunteer side's translation is a draft (hidden in English
    and once every message has been reviewed)."""
    label = PlainLabel(QCoreApplication.translate(
        "LanguageChoice", "Draft translation — not yet reviewed by a native speaker"), parent)
    label.setObjectName("DraftNotice")
    label.setWordWrap(True)
    label.setVisible(shows_drafts(language))
    return label
