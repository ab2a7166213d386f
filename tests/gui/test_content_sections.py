"""The Content tab's added sections: interests, consent wording, colours, mission and platform,
reading list, background; each edit reaches the saved pack, the kiosk and the handouts."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from kit.content.loader import LIMITS, MAX_ITEMS
from kit.handouts.registry import render_handout
from kit.store.models import Signup
from kit.ui.content.signup import CONSENT_NOTE, derive_tag
from tests.unit.handout_helpers import pdf_text


@pytest.fixture
def window(kit_with_event):
    """The main window at 1366x768, deleted for real after the test.

    qtbot's deleteLater is only carried out when an event loop next runs, which a test session
    never starts; every earlier window would stay alive and be restyled with each new one (this
    page alone has several hundred widgets), making each test slower than the last.
    """
    from kit.ui.shell.main_window import MainWindow

    win = MainWindow(kit_with_event)
    win.resize(1366, 768)
    win.show()
    yield win
    win.close()
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_content(window):
    window.show_volunteer_area()
    window.volunteer.tabs.setCurrentWidget(window.volunteer.content)
    return window.volunteer.content


def pack_file_text(kit) -> str:
    return (kit.paths.campaign / "campaign.toml").read_text(encoding="utf-8")


def answer(monkeypatch, button) -> list[str]:
    """Make every QMessageBox.question answer `button`; returns the texts it was asked."""
    asked: list[str] = []

    def question(_parent, _title, text, *_args, **_kwargs):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def sign_up(qtbot, window, email: str, *, interests=(), consent_email=True) -> Signup:
    form = window.kiosk.form
    form.edits["first_name"].setText("Sana")
    form.edits["email"].setText(email)
    for tag in interests:
        form.interest_boxes[tag].setChecked(True)
    form.consent_email.setChecked(consent_email)
    with qtbot.waitSignal(window.kiosk.signup_saved):
        form.submit_button.click()
    window.kiosk.new_attendee()
    return Signup.select().order_by(Signup.id.desc()).first()


def test_nothing_edited_saves_the_same_pack(window, kit_with_event):
    content = open_content(window)
    assert content.edited_pack() == kit_with_event.pack()


def test_an_interest_label_reaches_the_pack_and_the_next_kiosk_form(qtbot, window, kit_with_event):
    content = open_content(window)
    table = content.interests.table
    assert table.item(0, 1).text() == "volunteer"
    assert not table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # a saved tag is fixed
    table.item(0, 0).setText("Help at our table")
    table.item(0, 2).setText("Ayude en nuestra mesa")  # the Spanish label, same row
    with qtbot.waitSignal(content.pack_saved):
        content.save_button.click()
    pack = kit_with_event.pack()
    assert pack.interests[0].tag == "volunteer" and pack.interests[0].label == "Help at our table"
    assert pack.translation("es").interest_label("volunteer") == "Ayude en nuestra mesa"
    assert 'label = "Help at our table"' in pack_file_text(kit_with_event)

    window.show_kiosk()  # the untouched form is rebuilt at once
    assert "Help at our table" in window.kiosk.form.interest_boxes["volunteer"].text()
    window.kiosk.set_language("es")
    assert "Ayude en nuestra mesa" in window.kiosk.form.interest_boxes["volunteer"].text()


def test_a_half_filled_form_is_left_alone_until_the_next_attendee(qtbot, window, kit_with_event):
    window.kiosk.form.edits["first_name"].setText("Amna")
    started = window.kiosk.form
    content = open_content(window)
    content.interests.table.item(1, 0).setText("Events, actions and rallies")
    assert content.save()
    window.show_kiosk()
    assert window.kiosk.form is started and window.kiosk.form.edits["first_name"].text() == "Amna"
    window.kiosk.new_attendee()
    assert "rallies" in window.kiosk.form.interest_boxes["events"].text()


def test_add_an_interest_with_a_derived_tag_then_remove_it(qtbot, window, kit_with_event,
                                                           monkeypatch):
    content = open_content(window)
    section = content.interests
    rows = section.table.rowCount()
    section.add_button.click()
    section.table.item(rows, 0).setText("Café & Chai nights")
    assert section.tag_at(rows) == "cafe-chai-nights"
    section.table.item(rows, 0).setText("Chai nights")  # a new tag follows its label
    assert section.tag_at(rows) == "chai-nights"
    assert content.save()
    assert kit_with_event.pack().interests[-1].tag == "chai-nights"
    window.show_kiosk()
    assert "chai-nights" in window.kiosk.form.interest_boxes

    content = open_content(window)
    section.table.selectRow(rows)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    section.remove_button.click()
    assert section.table.rowCount() == rows + 1  # cancelled: still there
    assert "Past sign-ups keep the tag" in asked[0]
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    section.remove_button.click()
    assert content.save()
    tags = [i.tag for i in kit_with_event.pack().interests]
    assert "chai-nights" not in tags and len(tags) == rows


def test_interests_stop_at_the_loaders_limit(window):
    section = open_content(window).interests
    while section.add_button.isEnabled():
        section.add_button.click()
    assert section.table.rowCount() == MAX_ITEMS["interests"]
    assert len({section.tag_at(r) for r in range(section.table.rowCount())}) == MAX_ITEMS["interests"]


def test_derived_tags_follow_the_loaders_rule():
    assert derive_tag("Reading group") == "reading-group"
    assert derive_tag("Reading group", {"reading-group"}) == "reading-group-2"
    assert derive_tag("اردو") == "interest"  # no ASCII letters: still a valid tag
    assert len(derive_tag("x" * 80, {"x" * 32})) <= 32


def test_changing_the_consent_wording_asks_first_and_new_signups_record_it(
        qtbot, window, kit_with_event, monkeypatch):
    old = kit_with_event.pack().consent.email
    first = sign_up(qtbot, window, "first@example.org")
    assert first.consent_email_text == old

    content = open_content(window)
    content.sections.setCurrentWidget(content.tab_for(content.consent))
    assert CONSENT_NOTE in content.consent.note.text()
    new = "Email me about events. I can unsubscribe at any time with one click."
    content.consent.boxes["en"].email.setPlainText(new)
    before = pack_file_text(kit_with_event)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not content.save()
    assert "affects only new sign-ups" in asked[0]
    assert pack_file_text(kit_with_event) == before and "not confirmed" in content.state.text()

    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert content.save()
    assert kit_with_event.pack().consent.email == new
    window.show_kiosk()
    second = sign_up(qtbot, window, "second@example.org")
    assert second.consent_email_text == new
    assert Signup.get_by_id(first.id).consent_email_text == old  # the past keeps its wording


def test_a_form_open_during_a_wording_change_is_not_recorded_with_unread_words(
        qtbot, window, kit_with_event, monkeypatch):
    form = window.kiosk.form
    form.edits["first_name"].setText("Amna")
    form.edits["email"].setText("amna@example.org")
    form.consent_email.setChecked(True)
    content = open_content(window)
    content.consent.boxes["en"].email.setPlainText("Email me, new wording.")
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert content.save()
    window.show_kiosk()
    assert window.kiosk.form is form  # not disturbed while open
    form.submit_button.click()
    assert Signup.select().count() == 0
    fresh = window.kiosk.form
    assert fresh is not form and fresh.edits["first_name"].text() == "Amna"
    assert not fresh.consent_email.isChecked() and "updated" in fresh.banner.text()
    fresh.consent_email.setChecked(True)
    with qtbot.waitSignal(window.kiosk.signup_saved):
        fresh.submit_button.click()
    assert Signup.get().consent_email_text == "Email me, new wording."


def test_mark_a_translation_reviewed_without_a_consent_prompt(window, kit_with_event, monkeypatch):
    content = open_content(window)
    box = content.consent.boxes["es"]
    assert not box.reviewed.isChecked() and "Not reviewed" in box.review_state.text()
    box.reviewed.setChecked(True)
    box.note.setText("Checked by Lucía, June 2026")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert content.save() and asked == []  # the wording itself did not change
    translation = kit_with_event.pack().translation("es")
    assert translation.reviewed and translation.note == "Checked by Lucía, June 2026"
    assert content.consent.boxes["es"].reviewed.isChecked()
    assert kit_with_event.pack().translation("ur").reviewed is False


def test_a_translated_wording_is_saved_after_confirming(window, kit_with_event, monkeypatch):
    content = open_content(window)
    content.consent.boxes["ur"].sms.setPlainText("نیا جملہ")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert content.save() and len(asked) == 1
    assert kit_with_event.pack().consent_in("ur").sms == "نیا جملہ"
    assert kit_with_event.consent_wording_in("ur").sms == "نیا جملہ"


def test_the_privacy_line_is_edited_per_language_without_a_consent_prompt(
        window, kit_with_event, monkeypatch):
    content = open_content(window)
    own, spanish = content.consent.boxes["en"], content.consent.boxes["es"]
    assert own.privacy.toPlainText() == kit_with_event.pack().privacy
    own.privacy.setPlainText("Only our two coordinators see this. Ask us to delete it any time.")
    spanish.privacy.setPlainText("Solo nuestras dos coordinadoras lo ven.")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert content.save() and asked == []  # not consent wording: nothing to confirm
    pack = kit_with_event.pack()
    assert pack.privacy.startswith("Only our two coordinators")
    assert pack.privacy_in("es") == "Solo nuestras dos coordinadoras lo ven."
    window.show_kiosk()  # the untouched form shows the new line at once
    assert window.kiosk.form.privacy.text() == pack.privacy
    window.kiosk.set_language("es")
    assert window.kiosk.form.privacy.text() == "Solo nuestras dos coordinadoras lo ven."

    content = open_content(window)
    content.consent.boxes["ur"].privacy.setPlainText("x" * 400)
    assert not content.save()
    assert "privacy line" in content.consent.boxes["ur"].privacy_error.text()


def test_invalid_colour_shows_the_loaders_message_and_saves_nothing(window, kit_with_event):
    content = open_content(window)
    before = pack_file_text(kit_with_event)
    content.colours["organisation.colours.accent"].setText("#12GG45")
    assert not content.save()
    error = content.field_errors["organisation.colours.accent"]
    assert error.isVisible() and "Must be a colour like #1D4A55" in error.text()
    assert content.sections.currentWidget() is content.organisation_tab
    assert pack_file_text(kit_with_event) == before


def test_a_colour_from_the_picker_is_saved_and_shown_as_text(window, kit_with_event):
    content = open_content(window)
    field = content.colours["organisation.colours.primary"]
    field.choose(QColor("#336699"))
    assert field.text() == "#336699"
    assert "#336699" in field.button.styleSheet().lower()
    assert content.save()
    assert kit_with_event.pack().organisation.colours.primary == "#336699"


def test_too_long_consent_shows_the_loaders_message_and_saves_nothing(window, kit_with_event,
                                                                      monkeypatch):
    content = open_content(window)
    before = pack_file_text(kit_with_event)
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    content.consent.boxes["en"].sms.setPlainText("word " * 60)
    assert not content.save()
    error = content.consent.boxes["en"].sms_error
    assert error.isVisible() and f"at most {LIMITS['consent']}" in error.text()
    assert asked == []  # nobody is asked to confirm a wording that cannot be saved
    assert content.sections.currentWidget() is content.tab_for(content.consent)
    assert pack_file_text(kit_with_event) == before


def test_a_bad_reading_url_and_too_many_mission_paragraphs_save_nothing(window, kit_with_event):
    content = open_content(window)
    before = pack_file_text(kit_with_event)
    content.reading.table.item(1, 4).setText("htp://example org")
    assert not content.save()
    assert "Reading 2: url" in content.reading.error.text().replace("URL (optional)", "url")
    content.load()
    content.mission.mission.setPlainText("\n\n".join(["A paragraph."] * 7))
    assert not content.save()
    assert "has 7 paragraphs; at most 6 fit" in content.mission.mission_error.text()
    assert pack_file_text(kit_with_event) == before


def test_mission_platform_and_actions_appear_in_the_rerendered_flyer(qtbot, window, kit_with_event):
    content = open_content(window)
    content.mission.mission.setPlainText(
        "We are neighbours who meet for chai and solidarity.\n\nA second paragraph.")
    content.mission.actions_edit.setPlainText("hosting film nights\nwriting to our council")
    content.platform.table.item(0, 0).setText("Listen to Kashmiris first.")
    content.platform.table.item(0, 1).setText("We follow the lead of Kashmiri voices.")
    content.sections.setCurrentWidget(content.texts_tab)
    content.subheadline.setText("Chai, talk and solidarity")
    content.footer.setText("Find us every Saturday at the market.")
    with qtbot.waitSignal(content.pack_saved):
        content.save_button.click()
    text = " ".join(pdf_text(render_handout("flyer", kit_with_event.pack())).split())
    for expected in ("We are neighbours who meet for chai and solidarity.",
                     "Listen to Kashmiris first.", "We follow the lead of Kashmiri voices.",
                     "hosting film nights", "writing to our council",
                     "Chai, talk and solidarity", "Find us every Saturday at the market."):
        assert expected in text
    assert "mission.md" in pack_file_text(kit_with_event)  # long text stays in the Markdown file


def test_background_and_reading_list_reach_the_factsheet(window, kit_with_event):
    content = open_content(window)
    content.background.paragraphs.setPlainText("First background paragraph.\n\nSecond one.")
    content.background.source.setText("Our own research group")
    rows = content.reading.table.rowCount()
    content.reading.add_button.click()
    content.reading.table.item(rows, 0).setText("A new report on Kashmir")
    content.reading.table.item(rows, 4).setText("https://example.org/report")
    content.reading.table.cellWidget(rows, 5).setCurrentText("report")
    assert content.save()
    pack = kit_with_event.pack()
    assert pack.background.paragraphs == ("First background paragraph.", "Second one.")
    assert dataclasses.astuple(pack.reading[-1])[0] == "A new report on Kashmir"
    assert pack.reading[-1].kind == "report" and pack.reading[-1].url == "https://example.org/report"
    text = " ".join(pdf_text(render_handout("factsheet", pack)).split())
    assert "First background paragraph." in text and "Our own research group" in text


def test_the_organisation_name_reaches_the_kiosk_title(window, kit_with_event):
    content = open_content(window)
    content.fields["organisation.name"].setText("Twin Cities for Kashmir")
    assert content.save()
    window.show_kiosk()
    assert "Twin Cities for Kashmir" in window.kiosk.title.text()
