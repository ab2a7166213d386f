"""Searching contacts as the volunteer types: a page of rows per keystroke, no count and no
re-measuring of columns; the exact count of a long list arrives from a worker thread."""

from __future__ import annotations

from kit.domain.signup import SignupForm
from kit.services.signups import record_signup
from kit.store.models import Contact, Signup, utc_now
from kit.ui.contacts.model import PAGE_SIZE
from kit.ui.shell import volunteer as volunteer_module


def many_contacts(kit, count: int) -> None:
    now = utc_now()
    with kit.store.write():
        Contact.insert_many([
            {"first_name": f"Person{i}", "email": f"p{i}@example.org",
             "phone": f"+1612624{i:04d}", "created_at": now, "updated_at": now}
            for i in range(count)
        ]).execute()
        Signup.insert_many([
            {"contact": i + 1, "event": 1, "consent_email": False, "consent_email_text": "",
             "consent_sms": False, "consent_sms_text": "", "created_at": now}
            for i in range(count)
        ]).execute()


def test_a_long_list_shows_a_page_then_its_count_from_a_worker(qtbot, window):
    many_contacts(window._kit, PAGE_SIZE + 50)
    window.show_volunteer_area()
    page = window.volunteer.contacts
    assert page.model.rowCount() == PAGE_SIZE and page.model.canFetchMore()
    qtbot.waitUntil(lambda: page.count_label.text() == f"{PAGE_SIZE + 50} contacts", timeout=10_000)
    page.model.fetchMore()
    assert page.model.rowCount() == PAGE_SIZE + 50 and not page.model.canFetchMore()


def test_typing_asks_for_no_count_and_measures_columns_once(qtbot, window, monkeypatch):
    many_contacts(window._kit, 30)
    window.show_volunteer_area()
    page = window.volunteer.contacts
    counted, measured = [], []
    monkeypatch.setattr(volunteer_module, "count_contacts", lambda *a: counted.append(a) or 0)
    monkeypatch.setattr(page.table, "resizeColumnsToContents", lambda: measured.append(1))
    for typed in ("P", "Pe", "Person1", "612-624-001"):
        page.search.setText(typed)
        page.reload()
    assert page.model.rowCount() == 10  # Person10..19 ("612-624-001" is their phones' digits)
    assert page.count_label.text() == "10 contacts"
    assert counted == [] and measured == []


def test_tabs_are_built_when_first_shown_and_still_reach_the_window(qtbot, window):
    window.show_volunteer_area()
    area = window.volunteer
    later = ("events", "handouts", "content", "sync", "dashboard", "protect")
    assert [area.built(name) for name in later] == [None] * len(later)
    titles = [area.tabs.tabText(i) for i in range(area.tabs.count())]
    assert titles == ["Contacts", "Events", "Handouts", "Content", "Sync", "Dashboard", "Protect"]
    area.tabs.setCurrentIndex(titles.index("Content"))  # as a click on the tab does
    content = area.built("content")
    assert content is not None and area.tabs.currentWidget() is content
    assert area.built("handouts") is None
    with qtbot.waitSignal(area.pack_saved):
        content.pack_saved.emit()
    events = area.events  # asking for a page builds it, in its own tab
    assert area.tabs.indexOf(events) == titles.index("Events")
    with qtbot.waitSignal(area.active_changed):
        events.active_changed.emit()


def test_the_area_and_its_tabs_are_kept_between_openings(qtbot, window, kit_with_event):
    window.show_volunteer_area()
    area = window.volunteer
    area.tabs.setCurrentIndex(area.tabs.count() - 2)  # the dashboard, as a click on its tab
    board = area.built("dashboard")
    assert board is window.dashboard and area.tabs.currentWidget() is board
    qtbot.waitUntil(lambda: not board.busy)
    assert area.built("protect") is None
    window.show_kiosk()
    record_signup(kit_with_event, SignupForm(first_name="Amna", email="amna@example.org"))
    window.show_volunteer_area()
    assert window.volunteer is area and area.built("dashboard") is board  # kept, not rebuilt
    assert area.contacts.model.rowCount() == 1  # its data read again
    area.tabs.setCurrentWidget(window.protect)
    assert area.built("protect") is window.protect and window.protect.isVisible()


def test_a_keystroke_after_a_pause_is_answered_at_once_and_quick_ones_after_it_wait(qtbot, window):
    """The first key after a pause refills the table before the next frame (it waited for the
    typing delay, ~150 ms, before any search: every answer to a keystroke must come in 100 ms);
    keys typed quickly after it are searched once, when the typing pauses."""
    many_contacts(window._kit, 30)
    window.show_volunteer_area()
    page = window.volunteer.contacts
    searched = []
    page.model.modelReset.connect(lambda: searched.append(page.model.query[0]))
    qtbot.keyClick(page.search, "Z")  # nobody has a Z
    assert searched == ["Z"] and page.model.rowCount() == 0  # no event loop turn needed
    page.search.setText("Person7")  # typed on within the delay: no search yet
    assert searched == ["Z"]
    qtbot.waitUntil(lambda: searched == ["Z", "Person7"], timeout=5000)
    assert page.model.rowCount() == 1 and page.model.record(0).first_name == "Person7"
    qtbot.wait(volunteer_module.SEARCH_DELAY_MS * 2)
    assert searched == ["Z", "Person7"]  # and nothing more once typing stopped
