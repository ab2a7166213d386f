"""kit.ui.tables: the column that takes spare room stretches only when there is room; a narrow
table keeps every column title whole and scrolls sideways inside itself."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

from kit.ui.tables import fit_columns, keep_titles_whole


def make_table(qtbot, width: int) -> QTableWidget:
    table = QTableWidget(0, 4)
    qtbot.addWidget(table)
    table.setHorizontalHeaderLabels(["Name", "A rather long address title", "Status", "Tries"])
    header = table.horizontalHeader()
    header.setMinimumSectionSize(40)
    keep_titles_whole(table, 1)
    table.resize(width, 200)
    table.show()
    qtbot.waitExposed(table)
    fit_columns(table)
    return table


def title_fits(table: QTableWidget, column: int) -> bool:
    header = table.horizontalHeader()
    return header.sectionSize(column) >= header.sectionSizeHint(column)


def test_a_wide_table_stretches_the_column_into_spare_room(qtbot):
    table = make_table(qtbot, 1200)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(1) is QHeaderView.ResizeMode.Stretch
    assert all(title_fits(table, column) for column in range(4))
    assert table.horizontalScrollBar().maximum() == 0


def test_a_narrow_table_keeps_every_title_whole_and_scrolls(qtbot):
    table = make_table(qtbot, 300)
    assert table.horizontalHeader().sectionResizeMode(1) is QHeaderView.ResizeMode.Interactive
    assert all(title_fits(table, column) for column in range(4))
    assert table.horizontalScrollBar().maximum() > 0
    table.resize(1200, 200)  # room again: it stretches again
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionResizeMode(1)
                    is QHeaderView.ResizeMode.Stretch)
