"""What "fits" means for a screen or a dialog, checked on the live widgets: no sideways
scrolling, no text cut off (column titles of a table included), no widget drawn over another,
nothing outside the window.

`layout_problems(root)` walks every widget shown under `root` and returns one line per problem
(an empty list when the screen fits). Used by tests/gui/test_every_screen_fits.py.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QScrollArea,
    QScrollBar,
    QStatusBar,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 1  # a pixel of rounding


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "placeholderText", "accessibleName"):
        method = getattr(widget, getter, None)
        value = method() if callable(method) else ""
        if value:
            text = value
            break
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''} {text[:40]!r}"


def _internal(widget: QWidget, root: QWidget) -> bool:
    """Parts of Qt's compound widgets (scroll arrows, clear buttons, spin-box editors, the
    cells of a table) that are not ours to lay out."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root.parentWidget():
        if isinstance(parent, (QTabBar, QLineEdit, QComboBox, QAbstractSpinBox, QCalendarWidget,
                               QAbstractItemView, QScrollBar)):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def _managed(layout: QLayout) -> list[QWidget]:
    """The widgets a layout (and its sub-layouts) places."""
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found.extend(_managed(item.layout()))
    return found


def _clip_rect(widget: QWidget, root: QWidget) -> tuple[QWidget, QRect]:
    """The area `widget` is seen through: its nearest scroll area's viewport (which scrolls it
    up and down, not sideways), else the root."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return parent, parent.rect()
        parent = grand
    return root, root.rect()


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and not widget.isWindow()


def layout_problems(root: QWidget) -> list[str]:
    """Every way the widgets shown under `root` do not fit (see the module docstring)."""
    problems: list[str] = []
    widgets = [w for w in root.findChildren(QWidget) if _shown(w, root)]
    for widget in [root, *widgets]:
        if widget is not root and _internal(widget, root):
            continue
        if isinstance(widget, QScrollArea) and widget.horizontalScrollBar().maximum() > 0:
            problems.append(f"{describe(widget)} scrolls sideways by "
                            f"{widget.horizontalScrollBar().maximum()} px")
        layout = widget.layout()
        # A status bar's layout is Qt's own, rebuilt whenever it likes (QStatusBar::reformat
        # deletes its inner layouts): walking it crashed. Its label is checked like any other.
        if layout is not None and not isinstance(widget, (QAbstractScrollArea, QStatusBar)):
            need = layout.minimumSize()
            if (need.width() > widget.width() + SLACK or need.height() > widget.height() + SLACK):
                problems.append(f"{describe(widget)} squeezed: its layout needs {need.width()}x"
                                f"{need.height()}, it has {widget.width()}x{widget.height()}")
            problems.extend(_overlaps(widget, layout, root))
        if widget is root:
            continue
        problems.extend(_cut(widget))
        clip_owner, clip = _clip_rect(widget, root)
        top_left = widget.mapTo(clip_owner, widget.rect().topLeft())
        placed = QRect(top_left, widget.size())
        if placed.right() > clip.right() + SLACK or placed.left() < clip.left() - SLACK:
            problems.append(f"{describe(widget)} reaches outside the window sideways "
                            f"({placed.left()}..{placed.right()} of {clip.width()})")
    return problems


def _overlaps(parent: QWidget, layout: QLayout, root: QWidget) -> list[str]:
    shown = [w for w in _managed(layout) if _shown(w, root) and w.width() > 0 and w.height() > 0]
    problems = []
    for i, first in enumerate(shown):
        for second in shown[i + 1:]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > 2 and common.height() > 2:
                problems.append(f"{describe(first)} and {describe(second)} drawn over each other "
                                f"in {describe(parent)}")
    return problems


def _cut(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel):
        if not widget.text() or widget.pixmap() is not None and not widget.pixmap().isNull():
            return []
        if widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + SLACK:
                return [f"{describe(widget)} cut: needs {need} px high, has {widget.height()}"]
            return []
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return [f"{describe(widget)} cut: needs {hint.width()}x{hint.height()}, has "
                    f"{widget.width()}x{widget.height()}"]
        return []
    if isinstance(widget, QAbstractButton):
        if isinstance(widget, QToolButton) and not widget.text():
            return []
        if widget.hasHeightForWidth():  # its words wrap (WrappingCheckBox)
            need = widget.heightForWidth(widget.width())
            narrowest = widget.minimumSizeHint().width()
            if need > widget.height() + SLACK or narrowest > widget.width() + SLACK:
                return [f"{describe(widget)} cut: needs {need} px high at {widget.width()} "
                        f"(at least {narrowest} wide), has {widget.height()}"]
            return []
        hint = widget.sizeHint()
        if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
            return [f"{describe(widget)} cut: needs {hint.width()}x{hint.height()}, has "
                    f"{widget.width()}x{widget.height()}"]
        return []
    if isinstance(widget, QLineEdit):
        hint = widget.minimumSizeHint()
        # Qt's minimum height counts the style sheet's min-height twice; what matters is that a
        # line of text fits inside the frame and padding.
        if widget.contentsRect().height() < widget.fontMetrics().height():
            return [f"{describe(widget)} cut: {widget.contentsRect().height()} px inside, the "
                    f"text needs {widget.fontMetrics().height()}"]
        # A field narrower than Qt's preferred width (about 17 characters) shows a few letters
        # of its example text ("S…"), unless it was made narrow on purpose.
        wanted = min(widget.sizeHint().width(), widget.maximumWidth())
        if widget.width() + SLACK < min(wanted, 160) or widget.width() < hint.width():
            return [f"{describe(widget)} squeezed to {widget.width()} px"]
        return []
    if isinstance(widget, QComboBox):
        hint = widget.minimumSizeHint()
        # (Heights as for a line edit: the style sheet's min-height is counted twice.)
        if (widget.width() + SLACK < hint.width()
                or widget.height() - 8 < widget.fontMetrics().height()):
            return [f"{describe(widget)} squeezed to {widget.width()}x{widget.height()}"]
        return []
    if isinstance(widget, QTableView):  # its header is Qt's, inside it: checked from here
        return _cut_headers(widget.horizontalHeader())
    if isinstance(widget, QTabBar):
        problems = []
        for index in range(widget.count()):
            rect = widget.tabRect(index)
            if rect.left() < 0 or rect.right() > widget.width() + SLACK:
                problems.append(f"tab {widget.tabText(index)!r} behind the scroll arrows")
            elif rect.width() + SLACK < widget.tabSizeHint(index).width():
                problems.append(f"tab {widget.tabText(index)!r} cut")
        return problems
    return []


def _cut_headers(header: QHeaderView) -> list[str]:
    """Column titles narrower than their words ("Interests" drawn as "Interes"). A column
    scrolled out of sight is not cut (the table scrolls sideways inside itself); one drawn
    narrower than its title is, wherever it is."""
    if header.isHidden():
        return []
    model = header.model()
    problems = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        need = header.sectionSizeHint(section)
        if header.sectionSize(section) + SLACK < need:
            title = model.headerData(section, header.orientation()) if model else section
            problems.append(f"column title {title!r} cut: needs {need} px, has "
                            f"{header.sectionSize(section)}")
    return problems
