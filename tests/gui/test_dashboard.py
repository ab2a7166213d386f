"""The dashboard tab: it updates when the kiosk stores a sign-up, draws its chart with values
in words, and saves the event report."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kit.ui.dashboard.charts import BarChart, nice_step


def sign_up_at_the_kiosk(qtbot, window, name: str, email: str) -> None:
    form = window.kiosk.form
    form.edits["first_name"].setText(name)
    form.edits["email"].setText(email)
    form.interest_boxes["events"].setChecked(True)
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)  # Enter in a field moves on
    qtbot.keyClick(window.kiosk.thanks, Qt.Key.Key_Space)


def open_dashboard(qtbot, window):
    window.show_volunteer_area()
    window.volunteer.tabs.setCurrentWidget(window.dashboard)
    return read(qtbot, window.dashboard)


def read(qtbot, dashboard):
    """The dashboard once its worker has read the counts."""
    qtbot.waitUntil(lambda: not dashboard.busy, timeout=10_000)
    return dashboard


def test_the_dashboard_updates_as_signups_arrive(qtbot, window):
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.tile_today.number.text() == "0"
    assert dashboard.chart.items() == []
    window.show_kiosk()
    sign_up_at_the_kiosk(qtbot, window, "Amna", "amna@example.org")
    sign_up_at_the_kiosk(qtbot, window, "Bilal", "bilal@example.org")
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.tile_today.number.text() == "2"
    assert "Sign-ups today (all events): 2" == dashboard.tile_today.accessibleName()
    assert sum(value for _, value in dashboard.chart.items()) == 2
    assert "2 sign-ups" in dashboard.chart.accessibleDescription()
    assert dashboard.interests.item(0, 0).text() == "Events and actions"
    assert dashboard.events_table.item(0, 2).text() == "2"


def test_a_signup_while_the_dashboard_is_shown_refreshes_it_at_once(qtbot, window):
    dashboard = open_dashboard(qtbot, window)
    window.kiosk.form.edits["first_name"].setText("Chand")
    window.kiosk.form.edits["email"].setText("chand@example.org")
    window.kiosk.form.submit()  # as if a second screen showed the kiosk
    assert dashboard.busy  # reading in its worker: the window never waits for the counts
    assert read(qtbot, dashboard).tile_today.number.text() == "1"


def test_a_refresh_asked_for_while_reading_runs_once_the_reading_is_done(qtbot, window, monkeypatch):
    dashboard = open_dashboard(qtbot, window)
    dashboard.refresh()
    dashboard.refresh()  # asked again while the first is running: remembered, not lost
    window.kiosk.form.edits["first_name"].setText("Dilshad")
    window.kiosk.form.edits["email"].setText("dilshad@example.org")
    window.kiosk.form.submit()
    qtbot.waitUntil(lambda: dashboard.tile_today.number.text() == "1" and not dashboard.busy,
                    timeout=10_000)


def test_the_report_button_saves_a_pdf(qtbot, window, tmp_path):
    dashboard = open_dashboard(qtbot, window)
    assert dashboard.report_button.isEnabled()
    assert dashboard.save_report(tmp_path / "report")
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
    assert "Report saved" in dashboard.updated.text()


def test_the_chart_describes_every_value_and_paints_without_data(qtbot):
    chart = BarChart(title="Sign-ups per hour", unit="sign-ups")
    qtbot.addWidget(chart)
    chart.resize(500, 260)
    chart.show()
    assert chart.describe() == "No sign-ups yet"
    chart.set_items([("9:00", 3), ("10:00", 0), ("11:00", 12)])
    assert chart.accessibleDescription() == "9:00: 3 sign-ups; 10:00: 0 sign-ups; 11:00: 12 sign-ups"
    image = chart.grab().toImage()
    assert not image.isNull()
    assert [nice_step(n) for n in (0, 4, 12, 48, 230)] == [1, 1, 5, 10, 50]


def test_one_sign_up_is_one_and_a_protected_kit_says_its_quarter_hour(qtbot, window,
                                                                       kit_with_event):
    """"with 1 sign-up", and on a protected kit (times kept to the quarter hour) the quarter
    hour the sign-ups fell in, not "First sign-up 21:45, last 21:45"."""
    from kit.protect.keys import KdfParams
    from kit.services import protection

    sign_up_at_the_kiosk(qtbot, window, "Amna", "amna@example.org")
    caption = open_dashboard(qtbot, window).chart_caption.text()
    assert "with 1 sign-up." in caption and "First sign-up" in caption
    protection.init_protection(kit_with_event, "correct horse battery staple",
                               kdf=KdfParams(n=2**10))
    window.dashboard.refresh()
    caption = read(qtbot, window.dashboard).chart_caption.text()
    assert "First sign-up" not in caption and "between" in caption
    assert "quarter hour" in caption


def test_the_events_tables_titles_are_whole_before_the_counts_arrive(qtbot, window):
    """The counts come from a worker: on a slow machine the tab shows before they do, and its
    column titles must not sit cut at Qt's default 100 px meanwhile."""
    window.show_volunteer_area()
    window.volunteer.tabs.setCurrentWidget(window.dashboard)
    header = window.dashboard.events_table.horizontalHeader()
    for column in range(header.count()):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), column
