"""The first run's protection step on a 1024x600 netbook, by keyboard (issue 23): the strength
verdict and "I have written it down" come into view as the passphrase is typed, Enter after a
weak one shows why in view, the radio buttons grow with Large text, and no Tab stop is invisible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from kit.ui.shell.first_run import PROTECT_PAGE
from kit.ui.shell.main_window import MainWindow


def step_four(qtbot, kit, large_text: bool = False):
    kit.settings.set("large_text", large_text)
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    qtbot.waitExposed(win)
    flow = win.kiosk.setup.flow
    flow.setStartId(PROTECT_PAGE)
    flow.restart()
    win.activateWindow()
    qtbot.wait(20)  # the step's first field takes the focus
    return win, flow, flow.protect_page


def in_view(widget) -> bool:
    """`widget` is wholly inside the visible part of the scroll area it sits in."""
    parent = widget.parentWidget()
    while not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    viewport = parent.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, widget.size()))


@pytest.fixture(autouse=True)
def _normal_text_after(kit):
    yield
    from kit.ui.theme import apply_theme

    apply_theme(QApplication.instance())


def test_the_verdict_and_the_written_down_box_come_into_view(qtbot, kit):
    win, flow, page = step_four(qtbot, kit, large_text=True)
    choice = page.choice
    choice.coordinator.click()
    fields = choice.passphrase
    qtbot.keyClicks(fields.first, "kashmir")
    qtbot.waitUntil(lambda: in_view(fields.written_down) and in_view(fields.strength_text))
    assert "Too short" in fields.strength_text.text()


def test_enter_after_a_weak_passphrase_says_why_in_view(qtbot, kit):
    win, flow, page = step_four(qtbot, kit)
    fields = page.choice.passphrase
    page.choice.coordinator.click()
    qtbot.keyClicks(fields.first, "password")
    qtbot.keyClick(fields.first, Qt.Key.Key_Return)  # to the second box, not onwards
    qtbot.waitUntil(lambda: QApplication.focusWidget() is fields.second)
    assert not page.choice.error.isVisible()
    qtbot.keyClicks(fields.second, "password")
    qtbot.keyClick(fields.second, Qt.Key.Key_Return)
    assert flow.currentId() == PROTECT_PAGE
    error = page.choice.error
    assert error.isVisible() and "Too short" in error.text()
    qtbot.waitUntil(lambda: in_view(error))


@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_radio_buttons_are_as_large_as_check_boxes_and_grow(qtbot, kit, large_text):
    win, flow, page = step_four(qtbot, kit, large_text=large_text)
    option = page.choice.coordinator
    option.setFocus()
    indicator = option.style().subElementRect(
        option.style().SubElement.SE_RadioButtonIndicator, _option_of(option), option)
    assert indicator.width() >= (30 if large_text else 24)


def _option_of(button):
    from PySide6.QtWidgets import QStyleOptionButton

    option = QStyleOptionButton()
    option.initFrom(button)
    return option


def test_every_tab_stop_of_the_step_shows_where_it_is(qtbot, kit):
    """Tab from the first option goes only to controls a volunteer sees (the step's scroll
    area took a Tab stop and showed nothing)."""
    win, flow, page = step_four(qtbot, kit)
    page.choice.coordinator.click()
    seen = []
    widget = page.choice.coordinator
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        seen.append(focus)
        assert not isinstance(focus, QScrollArea), [type(w).__name__ for w in seen]
