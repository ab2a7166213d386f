"""Tables whose column titles stay whole: one column stretches into spare room, only when
there is room.

Qt's stretched section shrinks to the header's minimum section size once the other columns
fill the table, which cut titles ("First signed up" at 1024 px with Large text, "Dirección" on
the Sync tab). `keep_titles_whole(table, column)` lets `column` stretch while it keeps at least
the width its cells and title want, and otherwise gives it that width (the table then scrolls
sideways inside itself); `fit_columns(table)` measures every column again, titles included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

_KEEPERS = "_titles_keeper"


class _Keeper(QObject):
    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self.table = table
        self.column = column
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        table, column = self.table, self.column
        header = table.horizontalHeader()
        if column >= header.count():
            return
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != column and not header.isSectionHidden(i))
        need = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        room = table.viewport().width() - others >= need
        mode = QHeaderView.ResizeMode.Stretch if room else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(column) != mode:
            header.setSectionResizeMode(column, mode)
        if not room and header.sectionSize(column) < need:
            header.resizeSection(column, need)


def keep_titles_whole(table: QTableView, column: int) -> None:
    """Let `column` of `table` stretch into spare room without ever cutting its title."""
    keeper = _Keeper(table, column)
    setattr(table, _KEEPERS, keeper)
    keeper.apply()


def fit_columns(table: QTableView) -> None:
    """Every column as wide as its cells and title want; the stretching one fills spare room."""
    keeper: _Keeper | None = getattr(table, _KEEPERS, None)
    if keeper is not None:  # a stretched column is not measured: measure it, then stretch again
        table.horizontalHeader().setSectionResizeMode(keeper.column,
                                                      QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    if keeper is not None:
        keeper.apply()


def refit_stretch(table: QTableView) -> None:
    """After setting widths by hand: stretch again, or not, for the room now left."""
    keeper: _Keeper | None = getattr(table, _KEEPERS, None)
    if keeper is not None:
        keeper.apply()
