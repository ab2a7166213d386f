"""Large text re-fits the contacts table: no phone number cut to "+1 …" (issue 14)."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics

from kit.domain.signup import SignupForm
from kit.services.signups import record_signup

PHONE_COLUMN_HEADER = "Phone"


def phone_column(model) -> int:
    from PySide6.QtCore import Qt

    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == PHONE_COLUMN_HEADER:
            return column
    raise AssertionError("no Phone column")


def test_large_text_widens_the_columns_to_fit(qtbot, window, kit_with_event):
    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org",
                                             phone="+44 20 7946 0958"))
    window.show_volunteer_area()
    page = window.volunteer.contacts
    column = phone_column(page.model)
    phone = page.model.index(0, column).data()

    def fits() -> bool:
        needed = QFontMetrics(page.table.font()).horizontalAdvance(phone)
        return page.table.columnWidth(column) >= needed

    assert fits()
    before = page.table.columnWidth(column)
    window.display_toggles.large_text.setChecked(True)
    qtbot.waitUntil(lambda: page.table.columnWidth(column) > before, timeout=3000)
    assert fits()
    window.display_toggles.large_text.setChecked(False)
