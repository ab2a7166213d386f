"""The Protect tab at a netbook's 1024x600: no sideways scrolling, no label cut off, with
protection off and on (a coordinator's kit shows four more buttons), in normal and large text,
in English, Spanish and Urdu (the volunteer side's languages)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from kit.protect.keys import KdfParams
from kit.services import protection


def assert_fits(page) -> None:
    scroll = page.findChild(QScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0, scroll.widget().minimumSizeHint()
    viewport = scroll.viewport()
    for label in page.findChildren(QLabel):
        if not label.isVisibleTo(page) or not label.text():
            continue
        right = label.mapTo(viewport, label.rect().topRight()).x()
        assert right <= viewport.width(), (label.text()[:40], right, viewport.width())
        if label.wordWrap():
            assert label.heightForWidth(label.width()) <= label.height() + 1, label.text()[:40]
        else:
            assert label.sizeHint().width() <= label.width() + 1, label.text()[:40]


def volunteer_area_at(qtbot, kit, width: int, height: int):
    """The main window at `width`x`height`, shown, with the volunteer area open."""
    from kit.ui.shell.main_window import MainWindow

    window = MainWindow(kit)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    window.show_volunteer_area()
    return window


@pytest.fixture
def interface_language(request, kit_with_event):
    """The volunteer side's language, as the kit's setting (the window applies it)."""
    from kit.ui.i18n import apply_interface_language

    kit_with_event.settings.set("ui_language", request.param)
    yield request.param
    apply_interface_language("en")


@pytest.mark.parametrize("interface_language", ["en", "es", "ur"], indirect=True)
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
@pytest.mark.parametrize("protected", [False, True], ids=["off", "coordinator"])
def test_the_protect_tab_fits_1024x600(qtbot, kit_with_event, protected, large_text,
                                       interface_language):
    if protected:
        protection.init_protection(kit_with_event, "correct horse", kdf=KdfParams(n=2**14))
    kit_with_event.settings.set("large_text", large_text)
    window = volunteer_area_at(qtbot, kit_with_event, 1024, 600)
    window.volunteer.tabs.setCurrentWidget(window.protect)
    qtbot.wait(50)  # the layouts settle (height-for-width takes a second pass)
    assert window.width() == 1024
    assert_fits(window.protect)
    # Every tab in sight: the Protect tab is not hidden behind the tab bar's scroll arrows.
    window.volunteer.tabs.setCurrentIndex(0)  # from the first tab, the last one is in sight
    bar = window.volunteer.tabs.tabBar()
    for index in range(bar.count()):
        rect = bar.tabRect(index)
        assert rect.left() >= 0 and rect.right() <= bar.width(), (bar.tabText(index), bar.width())
    back = window.volunteer.back_button
    assert back.width() >= back.sizeHint().width()


def test_the_contacts_table_may_scroll_sideways_but_its_bar_does_not(qtbot, kit_with_event):
    """A table with nine columns may scroll sideways at 1024x600 (that is what tables do); the
    search field and buttons above it stay inside the window."""
    window = volunteer_area_at(qtbot, kit_with_event, 1024, 600)
    contacts = window.volunteer.contacts
    for widget in (contacts.search, contacts.import_button, contacts.table):
        right = widget.mapTo(window, widget.rect().topRight()).x()
        assert right <= window.width(), widget.objectName()


@pytest.mark.parametrize("interface_language", ["en", "es"], indirect=True)
@pytest.mark.parametrize("large_text", [False, True], ids=["normal", "large"])
def test_on_the_narrowest_window_the_sections_stack_instead(qtbot, kit_with_event, large_text,
                                                            interface_language):
    """At the window's smallest 800x480 with large text, two sections side by side would be
    wider than the window: they stand one above the other, and widen back to two columns."""
    protection.init_protection(kit_with_event, "correct horse", kdf=KdfParams(n=2**14))
    kit_with_event.settings.set("large_text", large_text)
    window = volunteer_area_at(qtbot, kit_with_event, 800, 480)
    window.volunteer.tabs.setCurrentWidget(window.protect)
    qtbot.wait(50)
    assert window.width() == 800
    assert_fits(window.protect)
    back = window.volunteer.back_button  # the title above wraps; the way back keeps its words
    assert back.width() >= back.sizeHint().width()
    if large_text:
        assert window.protect.columns == 1
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.protect.columns == 2)
    qtbot.wait(50)
    assert_fits(window.protect)
