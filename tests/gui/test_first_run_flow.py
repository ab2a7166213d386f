"""First-run set-up as a guided flow (issue 14, "Safe by default"): a first run on a fresh data
dir reaches a PIN-protected, protected kit without a terminal, by typing and clicking only."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from kit.services import first_run, protection
from kit.services.events import active_event
from kit.services.kiosk_pin import KioskPin
from kit.ui import file_dialogs
from kit.ui.kiosk.pin_dialog import PinDialog
from kit.ui.shell.first_run import CONTACT_PAGE, DONE_PAGE, EVENT_PAGE, PIN_PAGE, PROTECT_PAGE
from kit.ui.shell.main_window import MainWindow

PIN = "2468"
PASSPHRASE = "quiet river lantern orchard"


def make_window(qtbot, kit):
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def press_enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def focused(qtbot, widget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def click_option(qtbot, button) -> None:
    """Click a radio button on its label's first letters, where a person clicks."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(30, button.height() // 2))


def next_button(flow):
    return flow.button(QWizard.WizardButton.CommitButton if flow.currentPage().isCommitPage()
                       else QWizard.WizardButton.NextButton)


def test_a_first_run_reaches_a_pin_protected_protected_kit(qtbot, kit, tmp_path, monkeypatch):
    win = make_window(qtbot, kit)
    flow = win.kiosk.setup.flow
    assert win.kiosk.stack.currentWidget() is win.kiosk.setup and win.kiosk.form is None

    # 1. Where: the cursor starts in Event name; Enter goes from field to field, and the last
    # field's Enter moves on once the event is stored.
    assert flow.currentId() == EVENT_PAGE
    focused(qtbot, flow.form.name)
    press_enter(qtbot, flow.form.name)
    focused(qtbot, flow.form.location)
    press_enter(qtbot, flow.form.location)
    focused(qtbot, flow.form.date)
    press_enter(qtbot, flow.form.date)  # no name: refused, still on step 1
    assert flow.currentId() == EVENT_PAGE and "name" in flow.form.error.text()
    qtbot.keyClicks(flow.form.name, "Lake Street market")
    press_enter(qtbot, flow.form.name)  # not saved yet: the place comes next
    assert active_event(kit) is None and flow.currentId() == EVENT_PAGE
    focused(qtbot, flow.form.location)
    qtbot.keyClicks(flow.form.location, "Minneapolis")
    press_enter(qtbot, flow.form.location)
    assert active_event(kit) is None
    press_enter(qtbot, flow.form.date)
    assert active_event(kit).name == "Lake Street market"
    assert active_event(kit).location == "Minneapolis"
    assert flow.currentId() == CONTACT_PAGE
    assert win.kiosk.stack.currentWidget() is win.kiosk.setup  # not the form yet

    # 2. The group's contact details: a wrong website is refused in place, then saved to the pack.
    contact = flow.contact_page
    focused(qtbot, contact.edits["website"])
    qtbot.keyClicks(contact.edits["website"], "our group.org")
    press_enter(qtbot, contact.edits["website"])  # to the next field, not the next step
    focused(qtbot, contact.edits["email"])
    press_enter(qtbot, contact.edits["email"])
    press_enter(qtbot, contact.edits["social"])
    press_enter(qtbot, contact.edits["meeting"])  # the last field's Enter goes on
    assert flow.currentId() == CONTACT_PAGE and contact.errors["website"].isVisible()
    contact.edits["website"].clear()
    qtbot.keyClicks(contact.edits["website"], "solidarity.example.org")
    qtbot.keyClicks(contact.edits["email"], "info@solidarity.example.org")
    qtbot.keyClicks(contact.edits["social"], "@solidarity")
    qtbot.mouseClick(next_button(flow), Qt.MouseButton.LeftButton)
    assert flow.currentId() == PIN_PAGE
    details = kit.reload_pack().organisation.contact
    assert (details.website, details.email, details.social) == (
        "https://solidarity.example.org", "info@solidarity.example.org", "@solidarity")

    # 3. The kiosk PIN, typed twice (a mismatch first).
    pin_page = flow.pin_page
    focused(qtbot, pin_page.first)
    qtbot.keyClicks(pin_page.first, PIN)
    press_enter(qtbot, pin_page.first)  # to the second box; nothing wiped, nothing said
    focused(qtbot, pin_page.second)
    assert pin_page.first.text() == PIN and not pin_page.message.isVisible()
    qtbot.keyClicks(pin_page.second, "1357")
    press_enter(qtbot, pin_page.second)
    assert flow.currentId() == PIN_PAGE and "differ" in pin_page.message.text()
    assert pin_page.first.text() == "" and not KioskPin(kit.settings).is_set()
    qtbot.keyClicks(pin_page.first, PIN)
    qtbot.keyClicks(pin_page.second, PIN)
    press_enter(qtbot, pin_page.second)
    assert flow.currentId() == PROTECT_PAGE
    assert KioskPin(kit.settings).verify(PIN).ok

    # 4. Protection: the coordinator's laptop. A weak passphrase, then one not written down,
    # are refused; nothing is protected until all is right.
    choice = flow.protect_page.choice
    click_option(qtbot, choice.coordinator)
    fields = choice.passphrase
    focused(qtbot, fields.first)
    qtbot.keyClicks(fields.first, "Minneapolis2026!")
    assert fields.strength.level == "weak" and "Weak" in fields.strength_text.text()
    qtbot.keyClicks(fields.second, "Minneapolis2026!")
    qtbot.keyClick(fields.written_down, Qt.Key.Key_Space)
    qtbot.mouseClick(next_button(flow), Qt.MouseButton.LeftButton)
    assert flow.currentId() == PROTECT_PAGE and choice.error.isVisible()
    assert not kit.is_protected()
    fields.first.clear()
    fields.second.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    qtbot.keyClicks(fields.second, PASSPHRASE)
    assert fields.strength.acceptable and fields.meter.value() >= 3
    fields.written_down.setChecked(False)
    qtbot.mouseClick(next_button(flow), Qt.MouseButton.LeftButton)
    assert flow.currentId() == PROTECT_PAGE and "write the passphrase down" in choice.error.text().lower()
    qtbot.keyClick(fields.written_down, Qt.Key.Key_Space)
    qtbot.mouseClick(next_button(flow), Qt.MouseButton.LeftButton)
    assert flow.currentId() == DONE_PAGE, (choice.error.text(), fields.written_down.isChecked())
    assert protection.protection_status(kit).can_read
    assert fields.first.text() == "" and fields.second.text() == ""  # nothing kept in widgets

    # 5. Done: the public-key file for the table laptops, then the first form.
    done = flow.done_page
    assert "PIN" in done.summary.text() and "Protected" in done.summary.text()
    target = tmp_path / "public-key.json"
    monkeypatch.setattr(file_dialogs, "choose_file", lambda _dialog: str(target))
    qtbot.mouseClick(done.save_public_key, Qt.MouseButton.LeftButton)
    assert "keys" in json.loads(target.read_text(encoding="utf-8")) or target.stat().st_size
    assert not any(b.isVisible() for b in win.kiosk.language_buttons.values())  # set-up speaks
    qtbot.mouseClick(flow.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert not first_run.first_run_pending(kit)
    assert all(b.isVisible() for b in win.kiosk.language_buttons.values())  # the attendee's
    assert win.kiosk.stack.currentWidget() is win.kiosk.form_holder and win.kiosk.form is not None

    # Afterwards: the kit is protected (locked after a relock) and the volunteer area is
    # behind the PIN, kiosk mode or not.
    assert kit.is_protected()
    protection.lock(kit)
    assert protection.mode(kit) == "locked"
    seen: list = []

    def wrong_pin() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PinDialog):
            QTimer.singleShot(20, wrong_pin)
            return
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(0, wrong_pin)
    qtbot.mouseClick(win.kiosk.volunteer_button, Qt.MouseButton.LeftButton)
    assert seen and win.pages.currentWidget() is win.kiosk


def test_a_table_laptop_takes_the_public_key_file(qtbot, kit, tmp_path):
    from kit.protect.keys import KdfParams, new_ring

    # The coordinator's key ring, made here (one kit per process: the store is process-wide).
    ring, _private = new_ring(PASSPHRASE, KdfParams(n=2**10), "2026-06-14T10:00:00+00:00")
    key_file = tmp_path / "public-key.json"
    key_file.write_text(json.dumps(ring.public_file()), encoding="utf-8")

    win = make_window(qtbot, kit)
    flow = win.kiosk.setup.flow
    qtbot.keyClicks(flow.form.name, "Campus table")
    press_enter(qtbot, flow.form.date)
    press_enter(qtbot, flow.contact_page.edits["meeting"])  # nothing typed: nothing to save
    assert flow.currentId() == PIN_PAGE
    flow.pin_page.skip.click()
    assert flow.pin_page.skip_warning.isVisible() and not flow.pin_page.fields.isEnabled()
    qtbot.mouseClick(next_button(flow), Qt.MouseButton.LeftButton)
    assert flow.currentId() == PROTECT_PAGE
    choice = flow.protect_page.choice
    click_option(qtbot, choice.table)
    qtbot.keyClicks(choice.public_key.path, str(tmp_path / "missing.json"))
    press_enter(qtbot, choice.public_key.path)
    assert flow.currentId() == PROTECT_PAGE and "no file" in choice.error.text()
    choice.public_key.path.clear()
    qtbot.keyClicks(choice.public_key.path, str(key_file))
    press_enter(qtbot, choice.public_key.path)
    assert flow.currentId() == DONE_PAGE, choice.error.text()
    status = protection.protection_status(kit)
    assert status.mode != "off" and not status.can_read
    assert "No kiosk PIN" in flow.done_page.summary.text()
    assert not flow.done_page.save_public_key.isVisible()


def test_not_now_leaves_the_kit_unprotected_and_says_so(qtbot, kit):
    win = make_window(qtbot, kit)
    flow = win.kiosk.setup.flow
    qtbot.keyClicks(flow.form.name, "Campus table")
    press_enter(qtbot, flow.form.date)
    flow.next()
    flow.pin_page.skip.setChecked(True)
    flow.next()
    click_option(qtbot, flow.protect_page.choice.not_now)
    assert flow.protect_page.choice.not_now_text.isVisible()
    flow.next()
    assert flow.currentId() == DONE_PAGE and not kit.is_protected()
    assert "Not protected" in flow.done_page.summary.text()


def test_quitting_half_way_brings_back_the_remaining_steps(qtbot, kit):
    win = make_window(qtbot, kit)
    flow = win.kiosk.setup.flow
    qtbot.keyClicks(flow.form.name, "Campus table")
    press_enter(qtbot, flow.form.date)
    assert flow.currentId() == CONTACT_PAGE
    win.close()
    again = make_window(qtbot, kit)  # the next start
    assert again.kiosk.stack.currentWidget() is again.kiosk.setup
    assert again.kiosk.setup.flow.currentId() == CONTACT_PAGE


def test_an_existing_kit_is_never_asked_again(qtbot, kit_with_event):
    win = make_window(qtbot, kit_with_event)
    assert win.kiosk.stack.currentWidget() is win.kiosk.form_holder


def test_idle_empties_the_pin_and_passphrase_fields_of_set_up(qtbot, kit):
    win = make_window(qtbot, kit)
    flow = win.kiosk.setup.flow
    qtbot.keyClicks(flow.form.name, "Campus table")
    press_enter(qtbot, flow.form.date)
    flow.next()
    qtbot.keyClicks(flow.pin_page.first, PIN)
    win.kiosk_lock.set_inactivity_interval(0.2)
    qtbot.waitUntil(lambda: flow.pin_page.first.text() == "", timeout=3000)
    assert win.kiosk.stack.currentWidget() is win.kiosk.setup  # set-up itself stays


@pytest.mark.parametrize("size", [(1024, 600), (1366, 768)])
def test_next_stays_on_screen_on_a_small_window(qtbot, kit, size):
    win = make_window(qtbot, kit)
    win.resize(*size)
    flow = win.kiosk.setup.flow
    qtbot.keyClicks(flow.form.name, "Campus table")
    press_enter(qtbot, flow.form.date)
    flow.next()
    flow.pin_page.skip.setChecked(True)
    flow.next()
    flow.protect_page.choice.coordinator.click()  # the tallest step
    qtbot.wait(50)
    button = flow.button(QWizard.WizardButton.NextButton)
    bottom_right = button.mapTo(win, button.rect().bottomRight())
    assert button.isVisible() and win.rect().contains(bottom_right)


def test_a_kit_past_set_up_never_builds_the_flow(qtbot, kit_with_event):
    """Building the flow costs about a third of a second: only first runs pay it."""
    win = make_window(qtbot, kit_with_event)
    assert not win.kiosk.setup.built
