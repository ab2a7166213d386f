"""A small bar chart drawn with QPainter: axis, ticks, value labels and a text description.

QtCharts is not used on purpose: it ships only in PySide6-Addons, which would add hundreds of
megabytes to a kit that runs on old laptops, for one chart. A bar chart is a few dozen lines of
QPainter. Every value is also written on its bar and listed in the accessible description (and in
`describe()` for a visible caption), so nothing is conveyed by the picture alone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kit.ui.plain_text import literal_text


def nice_step(maximum: float, ticks: int = 5) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving at most `ticks` steps to `maximum`."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        step = factor * power
        if step >= raw:
            return max(1, int(step))
    return max(1, int(10 * power))


class BarChart(QWidget):
    """Vertical bars for (label, value) pairs, e.g. sign-ups per hour of the day."""

    def __init__(self, parent: QWidget | None = None, *, title: str = "", unit: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("BarChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Focusable, so a keyboard or screen-reader user can reach it and hear the description.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._items: list[tuple[str, int]] = []
        self.title = title
        self.unit = unit
        self.empty_text = QCoreApplication.translate("BarChart", "No sign-ups yet")
        self.bar_colour = QColor("#1f5f5b")
        self.ink = QColor("#1d2327")
        self.muted = QColor("#4f5b62")
        self.grid = QColor("#e2ddd0")
        self.focus_colour = QColor("#d98e04")
        self.setAccessibleName(title)

    # -- data -----------------------------------------------------------------------------
    def set_items(self, items: Sequence[tuple[str, int]], *, title: str | None = None) -> None:
        """Show `items` (label, value) in this order and describe them for assistive tech."""
        self._items = [(str(label), int(value)) for label, value in items]
        if title is not None:
            self.title = title
            self.setAccessibleName(title)
        self.setAccessibleDescription(self.describe())
        self.setToolTip(literal_text(self.describe()))
        self.update()

    def items(self) -> list[tuple[str, int]]:
        """The (label, value) pairs shown."""
        return list(self._items)

    def describe(self) -> str:
        """Every value in words: '9:00: 3 sign-ups; 10:00: 5 sign-ups'."""
        if not self._items:
            return self.empty_text
        unit = f" {self.unit}" if self.unit else ""
        return "; ".join(f"{label}: {value}{unit}" for label, value in self._items)

    def set_colours(self, *, bar: str, ink: str, muted: str, grid: str, focus: str) -> None:
        """Colours from the theme (normal or high contrast)."""
        self.bar_colour, self.ink, self.muted = QColor(bar), QColor(ink), QColor(muted)
        self.grid, self.focus_colour = QColor(grid), QColor(focus)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(560, 280)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(280, 180)

    # -- drawing --------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if self.hasFocus():
            painter.setPen(QPen(self.focus_colour, 3))
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 6, 6)
        tick_font = QFont(self.font())
        tick_font.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.8))
        painter.setFont(tick_font)
        metrics = QFontMetricsF(tick_font)
        if not self._items or not any(value for _, value in self._items):
            painter.setPen(self.muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.empty_text)
            painter.end()
            return

        maximum = max(value for _, value in self._items)
        step = nice_step(maximum)
        top_value = step * math.ceil(maximum / step)
        label_width = metrics.horizontalAdvance(str(top_value)) + 10
        plot = QRectF(
            rect.left() + label_width + 4,
            rect.top() + metrics.height() + 6,  # room for the value over the tallest bar
            rect.width() - label_width - 12,
            rect.height() - 2 * metrics.height() - 16,
        )

        # Horizontal grid lines with their values on the left (the y axis).
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(self.grid if value else self.ink, 1))
            painter.drawLine(QLineF(plot.left(), y, plot.right(), y))
            painter.setPen(self.muted)
            painter.drawText(
                QRectF(rect.left(), y - metrics.height() / 2, label_width, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value),
            )

        slot = plot.width() / len(self._items)
        bar_width = max(2.0, min(slot * 0.7, 72.0))
        widest_label = max(metrics.horizontalAdvance(label) for label, _ in self._items)
        # Thin out the hour ticks when they would overlap; the values above bars stay.
        every = max(1, math.ceil((widest_label + 8) / slot))
        for index, (label, value) in enumerate(self._items):
            centre = plot.left() + slot * (index + 0.5)
            height = plot.height() * value / top_value
            bar = QRectF(centre - bar_width / 2, plot.bottom() - height, bar_width, height)
            painter.fillRect(bar, self.bar_colour)
            painter.setPen(self.ink)
            value_box = QRectF(centre - slot / 2, bar.top() - metrics.height() - 2, slot,
                               metrics.height())
            painter.drawText(value_box, Qt.AlignmentFlag.AlignCenter, str(value))
            if index % every == 0:
                painter.setPen(self.muted)
                painter.drawText(
                    QRectF(centre - slot * every / 2, plot.bottom() + 4, slot * every,
                           metrics.height()),
                    Qt.AlignmentFlag.AlignCenter, label,
                )
        painter.end()
