"""A page whose content scrolls: with large text or a small screen it scrolls instead of
squeezing its sections over each other (the Dashboard, Protect and Sync tabs, the Handouts tab's
column of controls)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget


def scrolled_body(page: QWidget, body_name: str) -> QWidget:
    """Fill `page` with a frameless scroll area and return the widget inside it, named
    `body_name` (for the style sheets), for the caller to lay out."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop
    body = QWidget(scroll)
    body.setObjectName(body_name)
    scroll.setWidget(body)
    outer.addWidget(scroll)
    return body


class ColumnScroll(QScrollArea):
    """A frameless scroll area for a column of controls beside something wider: it scrolls up
    and down when the window is short, never sideways, and asks for its column's full width
    (plus the scroll bar's) so nothing in it is squeezed or cut."""

    def __init__(self, column: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.setWidget(column)
        column.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # The column grew (a warning shown, Large text): the page makes this area wider too.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _column_width(self, hint: QSize) -> QSize:
        column = self.widget()
        bar = max(self.verticalScrollBar().sizeHint().width(),
                  self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self))
        width = column.minimumSizeHint().width() + bar if column is not None else hint.width()
        return QSize(width, hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        column = self.widget()
        hint = column.sizeHint() if column is not None else super().sizeHint()
        return self._column_width(hint)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self._column_width(QSize(0, 80))
