"""A layout that places its widgets left to right and starts a new line when the next one does
not fit, so a row of buttons wraps on a narrow window (1024x600 netbooks at the table) instead
of widening the page past it. Qt has none built in; this follows Qt's own "Flow Layout" example
(https://doc.qt.io/qtforpython-6/examples/example_widgets_layouts_flowlayout.html)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """Widgets in reading order, wrapped onto as many lines as the width needs."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8, *,
                 align_right: bool = False) -> None:
        """`align_right`: each line ends at the right edge (a header's buttons), else starts
        at the left."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._align_right = align_right
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def insert_widget(self, index: int, widget: QWidget) -> None:
        """Put `widget` before the item at `index` (QLayout has no insertWidget)."""
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # One line when there is room: as wide as every visible item side by side.
        width, height = 0, 0
        for item in self._visible():
            hint = item.sizeHint()
            width += hint.width() + (self._spacing if width else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        # As narrow as the widest single item: everything else wraps.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items
                if item.widget() is None or not item.widget().isHidden()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        x = area.x()
        for item in self._visible():
            hint = item.sizeHint()
            spacing = self._spacing
            if item.widget() is not None:  # the style's own gap between two such controls
                kind = item.widget().sizePolicy().controlType()
                spacing = max(spacing, item.widget().style().layoutSpacing(
                    kind, kind, Qt.Orientation.Horizontal))
            if lines[-1] and x + hint.width() > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, hint, spacing))
            x += hint.width() + spacing
        parent = self.parentWidget()
        direction = parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint, _spacing in line)
            used = sum(hint.width() for _item, hint, _spacing in line) + sum(
                spacing for _item, _hint, spacing in line[:-1])
            x = area.x() + (max(0, area.width() - used) if self._align_right else 0)
            for item, hint, spacing in line:
                if move:
                    size = QSize(min(hint.width(), area.width()), hint.height())
                    offset = (height - hint.height()) // 2  # centred on the line
                    # Mirrored in a right-to-left interface (Urdu), as a box layout would be.
                    item.setGeometry(QStyle.visualRect(direction, area,
                                                       QRect(QPoint(x, y + offset), size)))
                x += hint.width() + spacing
            y += height + self._spacing
        return max(0, y - self._spacing) - rect.y() + margins.bottom()
