"""Controls that do not widen a dialog past the screen: a check box whose words wrap
(QCheckBox's own text never does, so one long Spanish export option made its dialog wider than
a 1024-wide screen), and a combo box sized to a few words rather than its longest item."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from kit.ui.plain_text import PlainLabel

NARROWEST_TEXT = 160  # px: narrower than this, a sentence becomes a column of single words


class WrappingCheckBox(QCheckBox):
    """A QCheckBox with its words in a word-wrapped label beside the box; a click on the words
    toggles it, as on a check box's own text. `text()`/`setText()` are the words."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = PlainLabel(text, self)
        self._words.setWordWrap(True)
        self._words.setObjectName("CheckText")
        sizing = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setAccessibleName(text)

    def text(self) -> str:  # the words (the box itself has none)
        return self._words.text()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._words.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def _box_width(self) -> int:
        option = QStyleOptionButton()
        option.initFrom(self)
        option.direction = Qt.LayoutDirection.LeftToRight  # measured from the box's side
        box = self.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, self)
        return box.right() + 1 + self.style().pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing, option, self) + 4

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        words = self._words.heightForWidth(max(1, width - self._box_width()))
        return max(super().sizeHint().height(), words + 4)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        width = self._box_width() + self._words.sizeHint().width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # The height is the layout's to ask at the width it gives (heightForWidth): the height
        # at the narrowest width made every row as tall as a column of single words.
        width = self._box_width() + min(NARROWEST_TEXT, self._words.sizeHint().width())
        return QSize(width, super().sizeHint().height())

    def hitButton(self, pos) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)  # the words too

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        box = self._box_width()
        width = max(1, self.width() - box)
        # The box is on the right in a right-to-left language, its words on the left.
        left = 0 if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else box
        self._words.setGeometry(left, 2, width, self.height() - 4)


def narrow_combo(combo: QComboBox, letters: int = 22) -> None:
    """Size `combo` to about `letters` letters, not to its longest item (an event's long name
    with its date and count); the open list still shows every item whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
