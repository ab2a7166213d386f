"""The Content tab: edit, save into the data dir, the preview follows; bad URLs; reset."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from kit.content import default_pack_dir, load_pack
from kit.ui.shell.main_window import MainWindow
from tests.unit.handout_helpers import pdf_text


def make_area(qtbot, kit):
    win = MainWindow(kit)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.show_volunteer_area()
    win.volunteer.tabs.setCurrentWidget(win.volunteer.content)
    return win.volunteer


def pack_file_text(kit) -> str:
    return (kit.paths.campaign / "campaign.toml").read_text(encoding="utf-8")


def test_edit_save_reloads_the_pack_and_the_preview_follows(qtbot, kit_with_event):
    kit = kit_with_event
    area = make_area(qtbot, kit)
    handouts, content = area.handouts, area.content
    area.tabs.setCurrentWidget(handouts)
    qtbot.waitUntil(lambda: not handouts.busy and handouts.preview.page_count == 1, timeout=20_000)
    before = handouts._last_pdf[1]

    area.tabs.setCurrentWidget(content)
    assert content.reminder.isVisible()  # the default pack has no contact details
    tagline = content.fields["organisation.tagline"]
    tagline.clear()
    qtbot.keyClicks(tagline, "Tea, talk and solidarity on Lake Street")  # typed, as a person edits
    content.fields["organisation.contact.email"].setText("hello@example.org")
    content.text_choice.setCurrentIndex(content.text_choice.findData("flyer"))
    content.headline.setText("Stand with Kashmir & <b>friends</b>")
    assert content.state.text() == "Unsaved changes."  # the indicator must show an edit
    with qtbot.waitSignal(content.pack_saved):
        content.save_button.click()
    assert "Saved" in content.state.text()

    pack = kit.pack()
    assert pack.organisation.tagline == "Tea, talk and solidarity on Lake Street"
    assert pack.handouts.flyer.headline == "Stand with Kashmir & <b>friends</b>"
    assert pack.organisation.contact.email == "hello@example.org"
    assert "Tea, talk and solidarity" in pack_file_text(kit)
    assert load_pack(default_pack_dir()).organisation.tagline != pack.organisation.tagline
    assert "email" not in content.reminder.text()

    area.tabs.setCurrentWidget(handouts)
    qtbot.waitUntil(lambda: not handouts.busy and handouts._last_pdf is not None
                    and handouts._last_pdf[1] != before, timeout=20_000)
    text = pdf_text(handouts._last_pdf[1])
    assert "hello@example.org" in text and "Stand with Kashmir & <b>friends</b>" in text


def test_a_bad_url_shows_the_message_and_saves_nothing(qtbot, kit):
    area = make_area(qtbot, kit)
    content = area.content
    before = pack_file_text(kit)
    content.resources.item(0, 1).setText("htp://example org")
    content.save_button.click()
    assert content.resources_error.isVisible()
    assert "URL" in content.resources_error.text() and "Resource 1" in content.resources_error.text()
    assert content.sections.currentWidget() is content.resources.parentWidget()  # Resources shown
    assert pack_file_text(kit) == before
    assert "Not saved" in content.state.text()


def test_a_pack_rule_is_shown_next_to_its_field(qtbot, kit):
    area = make_area(qtbot, kit)
    content = area.content
    before = pack_file_text(kit)
    content.fields["organisation.name"].setText("")
    content.save_button.click()
    error = content.field_errors["organisation.name"]
    assert error.isVisible() and "empty" in error.text()
    assert pack_file_text(kit) == before


def test_add_and_remove_a_resource(qtbot, kit):
    area = make_area(qtbot, kit)
    content = area.content
    count = content.resources.rowCount()
    content._add_resource_row(None, select=True)
    content.resources.item(count, 0).setText("Our reading group")
    content.resources.item(count, 1).setText("https://example.org/reading")
    assert content.save()
    assert kit.pack().resources[-1].url == "https://example.org/reading"
    content.resources.selectRow(content.resources.rowCount() - 1)
    content._remove_selected(content.resources)
    assert content.save()
    assert len(kit.pack().resources) == count


def test_reset_asks_first_then_restores_the_default(qtbot, kit, monkeypatch):
    area = make_area(qtbot, kit)
    content = area.content
    content.fields["organisation.tagline"].setText("Edited tagline")
    assert content.save()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    content.reset_button.click()
    assert kit.pack().organisation.tagline == "Edited tagline"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(content.pack_saved):
        qtbot.mouseClick(content.reset_button, Qt.MouseButton.LeftButton)
    default = load_pack(default_pack_dir()).organisation.tagline
    assert kit.pack().organisation.tagline == default
    assert content.fields["organisation.tagline"].text() == default
    kept = [p for p in kit.paths.data_dir.iterdir() if p.name.startswith("campaign.backup-")]
    assert len(kept) == 1 and "Edited tagline" in (kept[0] / "campaign.toml").read_text("utf-8")


def test_the_sections_are_listed_down_the_left_and_follow_each_other(qtbot, kit):
    """Ten sections as tabs were wider than a 1024-wide window (the last ones behind scroll
    arrows): they are a list beside the form, which the tab widget follows both ways."""
    area = make_area(qtbot, kit)
    area.window().resize(1024, 600)
    qtbot.wait(20)
    content = area.content
    names = [content.section_list.item(row).text() for row in range(content.section_list.count())]
    assert names[0] == "Organisation" and "Consent wording" in names
    assert not content.sections.tabBar().isVisibleTo(content)
    content.section_list.setCurrentRow(names.index("Facts"))
    assert content.sections.currentWidget() is content.facts.parentWidget()
    content.sections.setCurrentWidget(content.tab_for(content.consent))
    assert content.section_list.currentItem().text() == "Consent wording"
    bottom = content.section_list.visualItemRect(content.section_list.currentItem())
    assert content.section_list.viewport().rect().intersects(bottom)  # scrolled into view
    widest = max(content.section_list.sizeHintForColumn(0), 1)
    assert content.section_list.viewport().width() >= widest  # no name cut
