"""PDF pages as images (pypdfium2 → QImage) and a scrollable preview of them.

PySide6-Essentials has no QtPdf, so pages are rasterised with pypdfium2. PDFium is not
thread-safe: every call into it goes through `PDFIUM_LOCK`, which lets the preview worker and a
print job run side by side without corrupting each other. QImage (unlike QPixmap) may be made in
any thread, so the rasterising functions here are safe to call from a QRunnable. Accessible
names are translatable (`self.tr`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pypdfium2
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsDropShadowEffect,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kit.ui.plain_text import PlainLabel

PDFIUM_LOCK = threading.RLock()
POINTS_PER_INCH = 72.0
PAGE_GAP = 20
SIDE_MARGIN = 28  # room for the shadow on either side of a page


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) of every page in points."""
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            return [document.get_page_size(index) for index in range(len(document))]
        finally:
            document.close()


def iter_page_images(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """Each page rendered at `dpi`, one at a time (a 300 dpi Letter page is ~30 MB)."""
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        count = len(document)
    try:
        for index in range(count):
            with PDFIUM_LOCK:
                image = _render_page(document, index, dpi / POINTS_PER_INCH)
            yield image
    finally:
        with PDFIUM_LOCK:
            document.close()


def page_images(pdf: bytes, width_px: int) -> list[QImage]:
    """Every page rendered so that it is `width_px` wide (for previews)."""
    with PDFIUM_LOCK:
        document = pypdfium2.PdfDocument(pdf)
        try:
            images = []
            for index in range(len(document)):
                width_pt = document.get_page_size(index)[0]
                images.append(_render_page(document, index, width_px / width_pt))
            return images
        finally:
            document.close()


def _render_page(document: pypdfium2.PdfDocument, index: int, scale: float) -> QImage:
    page = document[index]
    try:
        # RGBx with the byte order QImage.Format_RGBX8888 expects; white behind the page.
        bitmap = page.render(scale=scale, rev_byteorder=True, prefer_bgrx=True,
                             fill_color=(255, 255, 255, 255), optimize_mode="print")
        try:
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            # The QImage above borrows a temporary buffer: copy so it owns its pixels.
            return image.copy()
        finally:
            bitmap.close()
    finally:
        page.close()


class PdfPreview(QScrollArea):
    """A column of page images on a grey desk, each with a soft shadow, scaled to fit the width.

    `set_pages` takes images rendered at a generous width; they are scaled down smoothly to the
    viewport so a resize needs no new render.
    """

    MAX_PAGE_WIDTH = 760  # logical pixels: wider pages are harder to take in at a glance
    MIN_PAGE_WIDTH = 420  # below this the body text of a preview cannot be read

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PdfPreview")
        self.setAccessibleName(self.tr("Handout preview"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._desk = QWidget()
        self._desk.setObjectName("PreviewDesk")
        self._column = QVBoxLayout(self._desk)
        self._column.setContentsMargins(SIDE_MARGIN, 20, SIDE_MARGIN, 24)
        self._column.setSpacing(PAGE_GAP)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = PlainLabel("")
        self.message.setObjectName("PreviewMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._column.addWidget(self.message)
        self.setWidget(self._desk)
        self._images: list[QImage] = []
        self._labels: list[QLabel] = []

    @property
    def page_count(self) -> int:
        """How many page images are shown."""
        return len(self._images)

    def set_pages(self, images: list[QImage]) -> None:
        """Show these pages (replacing the previous ones) and clear any message."""
        for label in self._labels:
            self._column.removeWidget(label)
            label.deleteLater()
        self._images = list(images)
        self._labels = []
        for number, _image in enumerate(self._images, start=1):
            label = PlainLabel(self._desk)
            label.setAccessibleName(self.tr("Page %1 of %2").replace("%1", str(number)).replace(
                "%2", str(len(self._images))))
            label.setStyleSheet("background: white;")
            shadow = QGraphicsDropShadowEffect(label)
            shadow.setBlurRadius(18)
            shadow.setOffset(0, 3)
            shadow.setColor(QColor(0, 0, 0, 70))
            label.setGraphicsEffect(shadow)
            self._column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        self.set_message("")
        self._fit()

    def set_message(self, text: str) -> None:
        """A line above the pages ("Updating…", or why there is no preview); empty hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def page_width(self) -> int:
        """The logical width pages are shown at, for the worker to render a bit sharper."""
        # Measured with the vertical scroll bar's room taken off, shown or not: a page fitted
        # to the viewport before the bar appeared was 13 px too wide after (1024x600, Large
        # text), and the preview scrolled sideways.
        bar = max(self.verticalScrollBar().sizeHint().width(),
                  self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self))
        available = self.width() - 2 * self.frameWidth() - bar - 2 * SIDE_MARGIN
        return max(240, min(self.MAX_PAGE_WIDTH, available))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if not self._labels:
            return
        ratio = self.devicePixelRatioF()
        # A whole page in view at once (a volunteer checks it at a glance), unless that would
        # make it narrower than MIN_PAGE_WIDTH; longer handouts scroll page by page.
        room = self.viewport().height() - self._column.contentsMargins().top() - 24
        for label, image in zip(self._labels, self._images, strict=True):
            aspect = image.height() / image.width()
            width = min(self.page_width(), max(self.MIN_PAGE_WIDTH, round(room / aspect)))
            target = QSize(round(width * ratio), round(width * ratio * aspect))
            scaled = image.scaled(target, Qt.AspectRatioMode.KeepAspectRatio,
                                  Qt.TransformationMode.SmoothTransformation)
            pixmap = QPixmap.fromImage(scaled)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setFixedSize(round(scaled.width() / ratio), round(scaled.height() / ratio))
