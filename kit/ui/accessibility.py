"""Display settings for people who need them: large text and a high-contrast theme.

Both are kit settings (`large_text`, `high_contrast`), so they survive a restart, and apply to the
whole app at once through kit.ui.theme. The toggles sit in the volunteer area (a volunteer sets
the kiosk up for the attendee in front of them); each is a labelled check box, so its state is
said in words and by the tick, not by colour.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QCheckBox, QHBoxLayout, QWidget

from kit.services.kit import Kit
from kit.ui.theme import apply_kit_theme

SETTINGS = ("large_text", "high_contrast")


class DisplayToggles(QWidget):
    """Two check boxes: Large text, High contrast. `changed` fires after the theme is applied."""

    changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.large_text = QCheckBox(self.tr("&Large text"), self)
        self.large_text.setObjectName("toggle_large_text")
        self.large_text.setAccessibleName(self.tr("Large text"))
        self.large_text.setAccessibleDescription(self.tr("Makes every text on screen larger"))
        self.high_contrast = QCheckBox(self.tr("&High contrast"), self)
        self.high_contrast.setObjectName("toggle_high_contrast")
        self.high_contrast.setAccessibleName(self.tr("High contrast"))
        self.high_contrast.setAccessibleDescription(
            self.tr("Black on white with a thick blue focus frame"))
        for key, box in (("large_text", self.large_text), ("high_contrast", self.high_contrast)):
            box.setChecked(bool(kit.settings.get(key)))
            box.toggled.connect(lambda on, setting=key: self._on_toggled(setting, on))
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignVCenter)

    def _on_toggled(self, setting: str, on: bool) -> None:
        self._kit.settings.set(setting, bool(on))
        app = QApplication.instance()
        if app is not None:
            apply_kit_theme(app, self._kit.settings)
        self.changed.emit()
