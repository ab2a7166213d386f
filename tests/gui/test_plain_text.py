"""Issue 21: text from data is shown as plain text, everywhere.

Qt renders any label, message box or tooltip text that "looks like" HTML as rich text
(Qt.TextFormat.AutoText). Consent wording could then hide a clause at 1 px while the consent
ledger records it as agreed, and an event name could load a local image and push the consent
boxes off the form. These tests fill a kit with markup in every kind of data (the campaign pack's
consent wording, interests, organisation name and privacy line, an event's name and place, an
attendee's names, a sync target's name), open every screen, and check that no label renders it.
"""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from kit.domain.signup import SignupForm
from kit.services import campaign
from kit.services.events import create_event
from kit.services.signups import record_signup
from kit.store.models import Signup
from kit.ui.plain_text import RICH_TEXT_PROPERTY, PlainLabel, literal_text, rich_label, shown_text

KIT_UI = Path(__file__).resolve().parents[2] / "kit" / "ui"

HIDDEN_CLAUSE = 'Email me about our events.<span style="font-size:1px"> And I agree to X.</span>'
SMS_WORDING = "<h1>Text me</h1> about our events."
IMAGE = '<img src="file:///etc/hosts" width="3000" height="3000">'
EVENT_NAME = IMAGE + "Rally"
PLACE = "<b>Lake Street</b>"
ORGANISATION = "<i>Solidarity</i> group"
PRIVACY = "<h1>Privacy</h1> we keep your details here."
INTEREST = "<img src=x width=900>Housing"
FIRST_NAME = '<img src="file:///tmp/x.png">Amna'
LAST_NAME = "<b>Qureshi</b>"
TARGET = "<b>Our list</b>"
# What must never be rendered as markup (their escaped forms may show as text).
MARKUP = ("font-size:1px", "<img", "<h1>", "<b>", "<i>")


@pytest.fixture
def hostile_kit(kit):
    """A kit whose data is full of markup, as a campaign pack, a bundle or an import could bring."""
    create_event(kit, EVENT_NAME, PLACE, "2026-06-14")
    pack = kit.pack()
    interests = tuple(dataclasses.replace(interest, label=INTEREST)
                      for interest in pack.interests[:1]) + pack.interests[1:]
    edited = dataclasses.replace(
        pack, consent=dataclasses.replace(pack.consent, email=HIDDEN_CLAUSE, sms=SMS_WORDING),
        organisation=dataclasses.replace(pack.organisation, name=ORGANISATION),
        interests=interests, privacy=PRIVACY)
    saved = campaign.save_campaign_pack(kit, edited, before=pack,
                                        confirm_consent_change=lambda: True)
    assert saved.saved, saved
    record_signup(kit, SignupForm(first_name=FIRST_NAME, last_name=LAST_NAME,
                                  email="amna@example.org", consent_email=True),
                  source="kiosk", language="en")
    from kit.services.targets import add_target

    add_target(kit, TARGET, "webhook", "https://hooks.example.org/in", secret="s" * 32)
    return kit


def rendered_markup(root: QWidget) -> list[str]:
    """Every label under `root` (shown or not) that renders text with markup as rich text."""
    problems = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if not text:
            continue
        if label.property(RICH_TEXT_PROPERTY):  # meant rich: only our own markup may be in it
            if any(marker in text for marker in MARKUP):
                problems.append(f"rich label {label.objectName()!r} carries data markup: {text!r}")
            continue
        text_format = label.textFormat()
        if text_format == Qt.TextFormat.PlainText:
            continue
        if text_format == Qt.TextFormat.AutoText and not QtGui.Qt.mightBeRichText(text):
            continue
        problems.append(f"{type(label).__name__} {label.objectName()!r} in "
                        f"{type(label.parent()).__name__}: {text[:70]!r} ({text_format.name})")
    return problems


def data_shown(root: QWidget) -> str:
    """All label texts under `root`, to check that the data is really on screen somewhere."""
    return "\n".join(label.text() for label in root.findChildren(QLabel))


def make_window(qtbot, kit):
    from kit.ui.shell.main_window import MainWindow

    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_the_kiosk_shows_data_as_plain_text_and_records_the_consent_shown(qtbot, hostile_kit):
    win = make_window(qtbot, hostile_kit)
    kiosk = win.kiosk
    form = kiosk.form
    assert rendered_markup(kiosk) == []
    shown = data_shown(kiosk)
    for text in (ORGANISATION, EVENT_NAME, PLACE, HIDDEN_CLAUSE, SMS_WORDING, INTEREST, PRIVACY):
        assert text in shown  # on screen, character for character
    # The hidden clause is as big as the rest of the sentence; the image was never loaded, and
    # the consent boxes stay on the form.
    label = form.consent_email.label
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.sizeHint().height() < 200 and form.consent_email.sizeHint().height() < 200
    needed = kiosk.needed_size()
    assert needed.height() <= kiosk.height() and needed.width() <= kiosk.width(), needed

    # The consent recorded is the text shown, exactly.
    form.edits["first_name"].setText("Sara")
    form.edits["email"].setText("sara@example.org")
    form.consent_email.setChecked(True)
    shown_wording = form.consent_email.label.text()
    form.submit()
    recorded = Signup.select().order_by(Signup.id.desc()).get()
    assert recorded.consent_email is True
    assert recorded.consent_email_text == shown_wording == HIDDEN_CLAUSE


def test_every_screen_of_the_volunteer_side_shows_data_as_plain_text(qtbot, hostile_kit):
    from kit.ui.contacts.dialog import ContactDialog
    from kit.ui.contacts.export_dialog import ExportDialog
    from kit.ui.contacts.import_dialog import ImportDialog

    win = make_window(qtbot, hostile_kit)
    win.show_volunteer_area()
    volunteer = win.volunteer
    for name in ("events", "handouts", "content", "sync", "dashboard", "protect"):
        page = volunteer.page(name)
        volunteer.tabs.setCurrentWidget(page)
        qtbot.wait(20)
    assert rendered_markup(win) == []
    shown = data_shown(win)
    assert EVENT_NAME in shown  # the dashboard's and the events page's event
    record = volunteer.contacts.model.record(0)
    for dialog in (ContactDialog(hostile_kit, record, win), ExportDialog(hostile_kit, win),
                   ImportDialog(hostile_kit, win)):
        qtbot.addWidget(dialog)
        dialog.show()
        assert rendered_markup(dialog) == [], type(dialog).__name__
        dialog.reject()


def test_a_contact_tooltip_shows_the_name_as_typed(qtbot, hostile_kit):
    win = make_window(qtbot, hostile_kit)
    win.show_volunteer_area()
    model = win.volunteer.contacts.model
    texts = []
    for column in range(model.columnCount()):
        index = model.index(0, column)
        display = model.data(index, Qt.ItemDataRole.DisplayRole)
        tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert shown_text(tooltip) == display  # what a tooltip shows is the cell's text
        texts.append(display)
    assert any(FIRST_NAME in text for text in texts)


def test_a_message_box_shows_a_name_as_typed(qtbot, hostile_kit, monkeypatch):
    win = make_window(qtbot, hostile_kit)
    win.show_volunteer_area()
    contacts = win.volunteer.contacts
    contacts.table.selectRow(0)
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", question)
    contacts._on_delete()
    [text] = asked
    assert FIRST_NAME in shown_text(text) and LAST_NAME in shown_text(text)


@pytest.mark.parametrize("text", [HIDDEN_CLAUSE, EVENT_NAME, "a < b & c > d", "plain words",
                                  "two\nlines <b>x</b>"])
def test_literal_text_is_shown_exactly_as_written(text):
    assert shown_text(literal_text(text)) == text


def test_a_plain_label_stays_plain(qtbot):
    label = PlainLabel(EVENT_NAME)
    qtbot.addWidget(label)
    label.setTextFormat(Qt.TextFormat.RichText)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == EVENT_NAME
    rich = rich_label("<b>ours</b>")
    qtbot.addWidget(rich)
    assert rich.textFormat() == Qt.TextFormat.RichText and rich.property(RICH_TEXT_PROPERTY)


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Call):
            yield node


def test_kit_ui_makes_no_label_that_guesses():
    """Labels are PlainLabel (or rich_label, for our own markup); a message box's text and a
    tooltip go through literal_text, since both guess."""
    problems = []
    for path in sorted(KIT_UI.rglob("*.py")):
        if path.name == "plain_text.py":
            continue
        where = path.relative_to(KIT_UI).as_posix()
        source = path.read_text(encoding="utf-8")
        if re.search(r"(?<![\w.])QLabel\(|class \w+\(QLabel\)", source):
            problems.append(f"{where}: a bare QLabel (use PlainLabel or rich_label)")
        if "RichText" in source or "AutoText" in source:
            problems.append(f"{where}: a text format other than plain (use rich_label)")
        for call in _calls(path):
            function = call.func
            owner = getattr(function.value, "id", "") if isinstance(function, ast.Attribute) else ""
            name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
            if name in ("question", "information", "warning", "critical", "about") and \
                    owner == "QMessageBox":
                text = call.args[2] if len(call.args) > 2 else None
                if not (isinstance(text, ast.Call) and getattr(text.func, "id", "") == "literal_text"):
                    problems.append(f"{where}:{call.lineno}: QMessageBox.{name} text not literal_text")
            if name == "setToolTip" and call.args:
                argument = call.args[0]
                translated = isinstance(argument, ast.Call) and \
                    isinstance(argument.func, ast.Attribute) and argument.func.attr == "tr"
                empty = isinstance(argument, ast.Constant) and argument.value == ""
                wrapped = isinstance(argument, ast.Call) and \
                    getattr(argument.func, "id", "") == "literal_text"
                conditional_tr = isinstance(argument, ast.IfExp)
                if not (translated or empty or wrapped or conditional_tr):
                    problems.append(f"{where}:{call.lineno}: setToolTip without literal_text")
            if name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText") and \
                    owner == "QInputDialog":
                label = call.args[2] if len(call.args) > 2 else None
                if not (isinstance(label, ast.Call) and getattr(label.func, "id", "") == "literal_text"):
                    problems.append(f"{where}:{call.lineno}: QInputDialog label not literal_text")
            if name == "QMessageBox" and len(call.args) > 2 and "plain_message_box" not in source:
                problems.append(f"{where}:{call.lineno}: a QMessageBox without plain_message_box")
    assert problems == []


def test_no_application_wide_rich_text_on_screen_now(qtbot, hostile_kit):
    """Whatever is open at the end (the kiosk): nothing renders data markup."""
    win = make_window(qtbot, hostile_kit)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            assert rendered_markup(widget) == []
    assert win.kiosk.form is not None
