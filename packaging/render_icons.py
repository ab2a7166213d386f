"""Render assets/icons/outreach-kit.svg to the PNG sizes, a Windows .ico and a macOS .icns.

Run after editing the SVG: `uv run python packaging/render_icons.py`; commit the results.
Rendered with Qt's own SVG renderer (QtSvg ships in PySide6-Essentials) so no extra tool is
needed; the .ico and .icns are written by Pillow, which reportlab already depends on.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SOURCE = ICONS / "outreach-kit.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(size: int, target: Path) -> None:
    """Draw the SVG at `size`×`size` with anti-aliasing on a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QImage text needs one
    for size in SIZES:
        render(size, ICONS / f"outreach-kit-{size}.png")
    biggest = Image.open(ICONS / "outreach-kit-256.png")
    # Windows picks the nearest size from the .ico; macOS builds the .icns from 16…512.
    biggest.save(ICONS / "outreach-kit.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    Image.open(ICONS / "outreach-kit-512.png").save(ICONS / "outreach-kit.icns")
    del app
    print(f"wrote {len(SIZES)} PNG sizes, outreach-kit.ico and outreach-kit.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
