"""Content tab sections that are lists of rows: the platform points and the reading list.

Each row keeps the item it was loaded from, so fields the table does not show survive a save,
and a PackError naming `reading[2].url` marks exactly that cell.

The class-level texts (title, hint, columns, buttons, the row message) are marked with
QT_TRANSLATE_NOOP("PackSection", …) and translated where shown; the reading kinds are shown
translated while the combo box keeps the pack's own value ("report") as its data.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kit.content import CampaignPack, PackError, PlatformPoint, ReadingItem
from kit.content.loader import MAX_ITEMS, READING_KINDS
from kit.ui.content.section import PackSection, message, section_text
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.theme import PALETTE

ERROR_BG = QColor(PALETTE["error_bg"])
_ROW_FIELD = re.compile(r"^\[(\d+)\]\.(\w+)$")
# The loader's kinds, for translators; the pack keeps the English value.
KIND_LABELS = {
    "book": QT_TRANSLATE_NOOP("PackSection", "book"),
    "report": QT_TRANSLATE_NOOP("PackSection", "report"),
    "article": QT_TRANSLATE_NOOP("PackSection", "article"),
    "chapter": QT_TRANSLATE_NOOP("PackSection", "chapter"),
    "film": QT_TRANSLATE_NOOP("PackSection", "film"),
    "website": QT_TRANSLATE_NOOP("PackSection", "website"),
}


class TableSection(PackSection):
    """A table of items with Add and Remove, a limit from the loader, and cell-level errors.

    Subclasses name the pack field (`pack_field`, the dotted prefix of the loader's messages),
    the hint, the columns, the buttons, the row message, and how an item becomes cells and back.
    Texts are marked with QT_TRANSLATE_NOOP("PackSection", …) and translated where shown.
    """

    pack_field = ""
    hint = ""
    add_text = QT_TRANSLATE_NOOP("PackSection", "Add item")
    remove_text = QT_TRANSLATE_NOOP("PackSection", "Remove item")
    # %1 the row's number, %2 the column (lower case), %3 the loader's problem
    row_problem = QT_TRANSLATE_NOOP("PackSection", "Item %1: %2 %3.")
    columns: tuple[str, ...] = ()
    column_fields: tuple[str, ...] = ()  # the item field each column edits
    limit = 0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        intro = PlainLabel(section_text(self.hint))
        intro.setObjectName("Hint")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.columns), self)
        self.table.setHorizontalHeaderLabels([section_text(name) for name in self.columns])
        self.table.setAccessibleName(self.title())
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self.changed)
        # Wrapped text needs its row height measured at the width it is shown at, not at the
        # width the table had while it was built off-screen.
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.error = self.error_label()
        buttons = QHBoxLayout()
        self.add_button = QPushButton(section_text(self.add_text))
        self.remove_button = QPushButton(section_text(self.remove_text))
        self.count = PlainLabel("")
        self.count.setObjectName("Hint")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.error)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    # -- what subclasses fill in ---------------------------------------------------------------

    def items_of(self, pack: CampaignPack) -> tuple:
        raise NotImplementedError

    def with_items(self, pack: CampaignPack, items: tuple) -> CampaignPack:
        raise NotImplementedError

    def blank(self):
        raise NotImplementedError

    def item_from_row(self, original, row: int):
        """`original` with the columns' text put back (subclasses add non-text cells)."""
        values = {name: self.cell(row, column) for column, name in enumerate(self.column_fields)
                  if name}
        return dataclasses.replace(original, **values)

    def add_row(self, item) -> None:
        """Append `item` as a row (subclasses add cell widgets after calling this)."""
        row = self.table.rowCount()
        was, self._loading = self._loading, True
        self.table.insertRow(row)
        for column, name in enumerate(self.column_fields):
            self.table.setItem(row, column, QTableWidgetItem(getattr(item, name) if name else ""))
        self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, item)
        self._loading = was

    # -- the section contract ------------------------------------------------------------------

    def load(self, pack: CampaignPack) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for item in self.items_of(pack):
                self.add_row(item)
            self.table.resizeRowsToContents()
            self._update_count()
        finally:
            self._loading = False

    def apply(self, pack: CampaignPack) -> CampaignPack:
        items = tuple(
            self.item_from_row(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole), row)
            for row in range(self.table.rowCount()))
        return self.with_items(pack, items)

    def show_error(self, error: PackError) -> bool:
        if error.field == self.pack_field:
            self.flag(None, self.error, arg(self.tr("The list %1."), error.problem))
            return True
        if not error.field.startswith(self.pack_field + "["):
            return False
        match = _ROW_FIELD.match(error.field[len(self.pack_field):])
        if match is None:
            self.flag(None, self.error, f"{error.field}: {error.problem}")
            return True
        row, name = int(match.group(1)), match.group(2)
        column = self.column_fields.index(name) if name in self.column_fields else 0
        label = section_text(self.columns[column]).lower() if name in self.column_fields else name
        text = arg(section_text(self.row_problem), row + 1, label, error.problem)
        item = self.table.item(row, column)
        if item is not None:
            was, self._loading = self._loading, True
            item.setBackground(ERROR_BG)
            item.setToolTip(literal_text(text))
            self._loading = was
            self.table.clearSelection()  # a selected row would hide the red cell
            self.table.scrollToItem(item)
        self.flag(None, self.error, text)
        return True

    def clear_errors(self) -> None:
        super().clear_errors()
        was, self._loading = self._loading, True
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None and item.background().color() == ERROR_BG:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setToolTip("")
        self._loading = was

    # -- helpers -------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self, *_args) -> None:
        self.table.resizeRowsToContents()

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""

    def _update_count(self) -> None:
        rows = self.table.rowCount()
        self.count.setText(arg(self.tr("%1 of at most %2"), rows, self.limit))
        self.add_button.setEnabled(rows < self.limit)
        self.add_button.setToolTip("" if rows < self.limit else
                                   self.tr("At most %n fit on the handouts", "", self.limit))

    def _on_add_clicked(self) -> None:
        self.add_row(self.blank())
        row = self.table.rowCount() - 1
        self._update_count()
        self.changed()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _on_remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._update_count()
            self.changed()


class PlatformSection(TableSection):
    """The points of the group's platform, printed on the flyer as a numbered list."""

    tab_title = QT_TRANSLATE_NOOP("PackSection", "Platform")
    pack_field = "organisation.platform"
    hint = QT_TRANSLATE_NOOP(
        "PackSection", "What the group stands for, point by point. The flyer prints each point's "
        "title in bold, then its text, or its short form when the whole text does not fit the "
        "page; the factsheet prints the whole text. Double-click a cell to edit it.")
    add_text = QT_TRANSLATE_NOOP("PackSection", "Add point")
    remove_text = QT_TRANSLATE_NOOP("PackSection", "Remove point")
    row_problem = QT_TRANSLATE_NOOP("PackSection", "Point %1: %2 %3.")
    columns = (QT_TRANSLATE_NOOP("PackSection", "Title"), QT_TRANSLATE_NOOP("PackSection", "Text"),
               QT_TRANSLATE_NOOP("PackSection", "Short form (flyer)"))
    column_fields = ("title", "text", "short")
    limit = MAX_ITEMS["platform"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 260)

    def items_of(self, pack: CampaignPack) -> tuple:
        return pack.organisation.platform

    def with_items(self, pack: CampaignPack, items: tuple) -> CampaignPack:
        return dataclasses.replace(
            pack, organisation=dataclasses.replace(pack.organisation, platform=items))

    def blank(self) -> PlatformPoint:
        return PlatformPoint(title="", text="")

    def show_error(self, error: PackError) -> bool:
        if error.field == self.pack_field and "is required" in error.problem:
            self.flag(None, self.error, self.tr("Add at least one point: the flyer needs it."))
            return True
        return super().show_error(error)


class ReadingSection(TableSection):
    """Sources and suggested reading: the resources handout and the factsheet list them, with a
    QR code for each one that has a URL."""

    tab_title = QT_TRANSLATE_NOOP("PackSection", "Reading list")
    pack_field = "reading"
    hint = QT_TRANSLATE_NOOP(
        "PackSection", "Books, reports and films worth reading. An entry with a URL gets a QR "
        "code; a book without one is printed without. Double-click a cell to edit it.")
    add_text = QT_TRANSLATE_NOOP("PackSection", "Add an entry")
    remove_text = QT_TRANSLATE_NOOP("PackSection", "Remove entry")
    row_problem = QT_TRANSLATE_NOOP("PackSection", "Reading %1: %2 %3.")
    columns = (QT_TRANSLATE_NOOP("PackSection", "Title"),
               QT_TRANSLATE_NOOP("PackSection", "Authors"),
               QT_TRANSLATE_NOOP("PackSection", "Year"),
               QT_TRANSLATE_NOOP("PackSection", "Publisher"),
               QT_TRANSLATE_NOOP("PackSection", "URL (optional)"),
               QT_TRANSLATE_NOOP("PackSection", "Kind"))
    column_fields = ("title", "authors", "year", "publisher", "url", "")
    limit = MAX_ITEMS["reading"]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 240), (2, 80), (3, 170), (4, 260)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)

    def items_of(self, pack: CampaignPack) -> tuple:
        return pack.reading

    def with_items(self, pack: CampaignPack, items: tuple) -> CampaignPack:
        return dataclasses.replace(pack, reading=items)

    def blank(self) -> ReadingItem:
        return ReadingItem(title="")

    def add_row(self, item: ReadingItem) -> None:
        super().add_row(item)
        row = self.table.rowCount() - 1
        kind = QComboBox()
        kind.setAccessibleName(arg(self.tr("Kind of entry %1"), row + 1))
        for value in READING_KINDS:
            kind.addItem(section_text(KIND_LABELS.get(value, value)), value)
        kind.setCurrentIndex(READING_KINDS.index(item.kind) if item.kind in READING_KINDS else 0)
        kind.currentIndexChanged.connect(self.changed)
        self.table.setCellWidget(row, 5, kind)

    def item_from_row(self, original: ReadingItem, row: int) -> ReadingItem:
        item = super().item_from_row(original, row)
        kind = self.table.cellWidget(row, 5)
        return dataclasses.replace(item, kind=kind.currentData()) if kind else item

    def show_error(self, error: PackError) -> bool:
        if error.field.startswith("reading[") and error.field.endswith(".kind"):
            self.flag(None, self.error, message(error.problem))
            return True
        return super().show_error(error)
