"""The Sync tab against the local FakeCRM: add a target in the dialog, Sync now off the GUI
thread, failed rows and Retry, a rejected key, keys asked once per session, the quiet retry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from kit.services import sync as sync_service
from kit.services.targets import add_target, list_targets
from kit.sync.secrets import LayeredSecretStore, MemorySecretStore
from kit.ui.shell.main_window import MainWindow
from kit.ui.sync.page import SyncPage
from kit.ui.sync.target_dialog import TargetDialog
from tests.fakecrm import FakeCRM
from tests.fakecrm.helpers import add_people

SYNC_TIMEOUT_MS = 30_000


@pytest.fixture(autouse=True)
def no_real_keyring(monkeypatch):
    """The page's session store is memory only, as on a machine without a keyring."""

    def refuse(*args, **kwargs):
        raise AssertionError("a test reached for the real keyring")

    monkeypatch.setattr("kit.services.background_sync.default_secret_store", LayeredSecretStore)
    monkeypatch.setattr("kit.services.targets.default_secret_store", refuse)
    monkeypatch.setattr("kit.services.sync.default_secret_store", refuse)


@pytest.fixture
def crm():
    with FakeCRM(lifetime_s=120) as server:
        yield server


@pytest.fixture
def prompts(monkeypatch):
    """QInputDialog.getText replaced: answers from `prompts.answers`, asks recorded."""

    class Prompts:
        answers: list[tuple[str, bool]] = []
        asked: list[str] = []

    def get_text(parent, title, label, echo=None, *args, **kwargs):
        Prompts.asked.append(label)
        assert echo is not None  # keys are typed with password echo
        return Prompts.answers.pop(0) if Prompts.answers else ("", False)

    Prompts.answers, Prompts.asked = [], []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return Prompts


def make_page(qtbot, kit) -> SyncPage:
    page = SyncPage(kit, secrets=LayeredSecretStore())
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def add_through_dialog(qtbot, page: SyncPage, url: str, key: str, name: str = "Action Network"):
    """Press Add…, fill the dialog as a coordinator would, Save."""
    seen = {}

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TargetDialog)
        seen["default_url"] = dialog.url.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData("actionnetwork"))
        dialog.name.setText(name)
        dialog.url.setText(url)
        dialog.secret.setText(key)
        seen["echo"] = dialog.secret.echoMode()
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return seen


def press_sync(qtbot, page: SyncPage) -> None:
    with qtbot.waitSignal(page.sync_finished, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=SYNC_TIMEOUT_MS)


def test_add_a_target_and_sync_now_delivers_exactly_those_people(qtbot, kit_with_event, crm):
    kit = kit_with_event
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_volunteer_area()
    page = win.volunteer.sync
    win.volunteer.tabs.setCurrentWidget(page)
    assert "No target yet" in page.dry_run_label.text()

    seen = add_through_dialog(qtbot, page, crm.an_url, crm.an_token)
    assert seen["default_url"] == "https://actionnetwork.org/api/v2"  # the kind's usual address
    assert seen["echo"] == QLineEdit.EchoMode.Password
    [target] = list_targets(kit)
    assert target.base_url == crm.an_url
    assert page.secrets.get(target.uuid) == crm.an_token  # memory only: no keyring here

    emails = add_people(kit, 3)
    add_people(kit, 1, consent_email=lambda i: False, prefix="quiet")  # no consent, no phone
    page.reload()
    assert "3 sign-ups will go to Action Network, 1 skipped (no email consent and no phone)" \
        in page.dry_run_label.text()
    win.refresh_status()  # the sign-ups were recorded behind the window's back
    assert "Waiting to sync: 4" in win.status_text.text()  # the skipped one is decided at sync

    press_sync(qtbot, page)

    assert sorted(e for p in crm.people for e in p["emails"]) == sorted(emails)
    assert len(crm.people) == 3
    assert "3 sent" in page.result.text()
    assert page.progress.isHidden() and page.sync_button.isEnabled()
    assert page.targets_table.item(0, 5).text() == "3"  # Sent column
    assert page.failed_table.rowCount() == 0
    assert "Waiting to sync: 0" in win.status_text.text()


def test_a_400_shows_its_reason_and_retry_sends_it_after_the_fault_clears(
        qtbot, kit_with_event, crm):
    kit = kit_with_event
    page = make_page(qtbot, kit)
    add_through_dialog(qtbot, page, crm.an_url, crm.an_token)
    add_people(kit, 3)
    crm.fail_next("400", reason="Email looks fake")

    press_sync(qtbot, page)

    assert page.failed_table.rowCount() == 1
    reason = page.failed_table.item(0, 2).text()
    # A fixed reason for the status: the service's words can quote an address (issue 13).
    assert "Email looks fake" not in reason and "HTTP 400" in reason
    assert page.failed_table.item(0, 0).text() == "First0 Last0"
    assert page.failed_table.item(0, 3).text() == "400"
    assert "1 failed" in page.result.text()
    assert page.retry_button.isEnabled() and page.retry_button.text() == "Retry all"
    assert len(crm.people) == 2

    with qtbot.waitSignal(page.sync_finished, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)

    assert page.failed_table.rowCount() == 0
    assert len(crm.people) == 3
    assert not page.retry_button.isEnabled()


def test_a_rejected_key_pauses_the_target_and_asks_for_a_new_one(
        qtbot, kit_with_event, crm, prompts):
    kit = kit_with_event
    page = make_page(qtbot, kit)
    add_through_dialog(qtbot, page, crm.an_url, crm.an_token)
    add_people(kit, 2)
    crm.fail_next("401")
    prompts.answers = [("", False)]  # the coordinator closes the prompt the first time

    press_sync(qtbot, page)

    assert len(prompts.asked) == 1 and "rejected the key" in prompts.asked[0]
    assert not page.paused_banner.isHidden()
    assert "Key rejected — enter a new key" in page.paused_text.text()
    assert "Paused" in page.targets_table.item(0, 3).text()
    assert "paused" in page.dry_run_label.text()
    assert not crm.people

    prompts.answers = [(crm.an_token, True)]
    with qtbot.waitSignal(page.sync_finished, timeout=SYNC_TIMEOUT_MS):
        qtbot.mouseClick(page.new_key_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)

    assert len(prompts.asked) == 2
    assert page.paused_banner.isHidden()
    assert len(crm.people) == 2
    assert not list_targets(kit)[0].paused_reason


def test_without_a_keyring_the_key_is_asked_once_per_session(qtbot, kit_with_event, crm, prompts):
    kit = kit_with_event
    # Added in an earlier session (or by the CLI): its key is not in this session's memory.
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore())
    add_people(kit, 1)
    page = make_page(qtbot, kit)
    prompts.answers = [(crm.an_token, True)]

    press_sync(qtbot, page)
    add_people(kit, 1, prefix="later")
    press_sync(qtbot, page)

    assert len(prompts.asked) == 1 and "memory only" in prompts.asked[0]
    assert len(crm.people) == 2


def test_the_quiet_retry_never_asks_and_syncs_when_the_key_is_at_hand(
        qtbot, kit_with_event, crm, prompts):
    kit = kit_with_event
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore())
    page = make_page(qtbot, kit)
    assert page.sync_quietly() is False  # nothing waits
    add_people(kit, 2)
    assert page.sync_quietly() is False  # the key is not at hand: no prompt, no sync
    assert prompts.asked == [] and not crm.requests

    page.secrets.set(list_targets(kit)[0].uuid, crm.an_token)
    with qtbot.waitSignal(page.sync_finished, timeout=SYNC_TIMEOUT_MS):
        assert page.sync_quietly() is True
    qtbot.waitUntil(lambda: not page.busy)
    assert len(crm.people) == 2 and prompts.asked == []
    assert sync_service.waiting_count(kit) == 0


def test_cancel_stops_the_sync_and_the_rest_waits(qtbot, kit_with_event, crm):
    kit = kit_with_event
    page = make_page(qtbot, kit)
    add_through_dialog(qtbot, page, crm.an_url, crm.an_token)
    add_people(kit, 12)  # at Action Network's 4 requests a second: about 3 s

    with qtbot.waitSignal(page.sync_finished, timeout=SYNC_TIMEOUT_MS) as finished:
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.progress.value() >= 1, timeout=SYNC_TIMEOUT_MS)
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy)

    report = finished.args[0]
    assert report.cancelled
    assert "Sync cancelled" in page.result.text()
    assert 1 <= len(crm.people) < 12
    assert sync_service.waiting_count(kit) == 12 - len(crm.people)


def test_turn_off_and_remove_with_confirmation(qtbot, kit_with_event, crm, monkeypatch):
    kit = kit_with_event
    page = make_page(qtbot, kit)
    add_through_dialog(qtbot, page, crm.an_url, crm.an_token)
    add_people(kit, 1)
    page.reload()
    qtbot.mouseClick(page.enable_button, Qt.MouseButton.LeftButton)
    assert page.targets_table.item(0, 3).text() == "Off"
    assert "turned off" in page.dry_run_label.text()
    assert page.enable_button.text() == "Turn on"
    assert sync_service.waiting_count(kit) == 0

    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert len(list_targets(kit)) == 1
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert list_targets(kit) == [] and page.targets_table.rowCount() == 0


def test_the_dialog_shows_every_problem_and_tests_the_connection(qtbot, kit_with_event, crm):
    kit = kit_with_event
    dialog = TargetDialog(kit, LayeredSecretStore())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("mailchimp"))
    assert dialog.list_id.isVisible() and dialog.url.text() == ""
    dialog.url.setText("http://crm.example.org/api")
    dialog.buttons.accepted.emit()
    assert dialog.result() == 0 and not list_targets(kit)
    assert "https" in dialog.errors.text() and "audience" in dialog.errors.text()

    dialog.kind.setCurrentIndex(dialog.kind.findData("actionnetwork"))
    dialog.url.setText(crm.an_url)
    dialog.secret.setText("wrong key")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not connected" in dialog.test_result.text(), timeout=10_000)
    dialog.secret.setText(crm.an_token)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "✓ Connected" in dialog.test_result.text(), timeout=10_000)
    assert not list_targets(kit)  # testing stores nothing


def test_the_result_line_says_what_a_service_could_not_take(qtbot):
    from kit.sync.engine import SyncReport, TargetReport
    from kit.ui.sync.page import report_text

    target = TargetReport("AN", "actionnetwork", sent=1,
                          notes=["Action Network refused to create the tag 'x' (HTTP 400); "
                                 "sign-ups were sent without it."])
    text = report_text(SyncReport([target]))
    assert "AN: Action Network refused to create the tag 'x'" in text


def test_a_result_with_a_note_is_shown_whole(qtbot, kit_with_event, crm):
    """A refused tag's note under the counts, and a refused row below: all of it readable."""
    page = make_page(qtbot, kit_with_event)
    add_through_dialog(qtbot, page, crm.an_url, crm.an_token)
    add_people(kit_with_event, 3)
    crm.fail_next("400", path_contains="/an/tags", method="POST")
    crm.fail_next("400", path_contains="/an/people")
    press_sync(qtbot, page)
    qtbot.wait(20)
    assert "refused to create the tag" in page.result.text()
    assert page.result.height() >= page.result.heightForWidth(page.result.width()) - 2


def test_the_quiet_timer_on_an_unopened_kiosk_builds_nothing_when_nothing_waits(
        qtbot, window, kit_with_event, crm, prompts):
    """`window`: the app as it starts at the table, the volunteer area never opened."""
    kit, win = kit_with_event, window
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore())
    win._sync_timer.timeout.emit()  # the five minutes are up
    assert win._volunteer is None  # the contacts table and the other tabs: not built
    assert not win.sync_runner.busy and not crm.requests and prompts.asked == []
    assert not win.sync_runner.session_secrets.made  # nothing waits: the keyring is not read


def test_the_quiet_timer_on_an_unopened_kiosk_syncs_what_waits_without_building_the_area(
        qtbot, window, kit_with_event, crm, prompts):
    kit, win = kit_with_event, window
    add_target(kit, "AN", "actionnetwork", crm.an_url, secret=crm.an_token,
               secrets=MemorySecretStore())
    emails = add_people(kit, 2)
    win.sync_runner.secrets.set(list_targets(kit)[0].uuid, crm.an_token)  # typed in earlier
    win.refresh_status()
    assert "Waiting to sync: 2" in win.status_text.text()

    with qtbot.waitSignal(win.sync_runner.finished, timeout=SYNC_TIMEOUT_MS):
        win._sync_timer.timeout.emit()
    qtbot.waitUntil(lambda: not win.sync_runner.busy)
    assert sorted(e for p in crm.people for e in p["emails"]) == sorted(emails)
    assert win._volunteer is None and prompts.asked == []
    assert "Waiting to sync: 0" in win.status_text.text()  # the status bar heard of it

    # The Sync tab, opened later, says what the quiet retry sent, once.
    win.show_volunteer_area()
    page = win.volunteer.sync
    assert page.runner is win.sync_runner and page.secrets is win.sync_runner.secrets
    assert "Tried again in the background: Sync finished: 2 sent" in page.result.text()
    assert win.sync_runner.quiet_news is None
