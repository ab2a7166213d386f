"""The Content tab shows each outcome of kit.services.campaign's save where a coordinator looks:
a bad fact source URL in the Facts table, and a pack the disk would not take in a warning, with
the form left as typed and the kit's pack unchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from tests.gui.test_content_page import make_area, pack_file_text


def test_a_bad_fact_source_url_is_marked_in_the_facts_table(qtbot, kit):
    area = make_area(qtbot, kit)
    content = area.content
    before = pack_file_text(kit)
    content.facts.item(1, 2).setText("nope")
    content.save_button.click()
    assert content.facts_error.isVisible() and not content.resources_error.isVisible()
    assert content.facts_error.text().startswith("Fact 2: source URL")
    assert content.facts.item(1, 2).toolTip() == content.facts_error.text()  # the cell says why
    assert content.sections.currentWidget() is content.facts.parentWidget()
    assert "Not saved" in content.state.text() and pack_file_text(kit) == before
    # The marked row is as tall as its wrapped text at the width shown, not the height measured
    # while the tab was built off-screen (it was about ten lines, its text low in the cell).
    facts = content.facts
    three_lines = 3 * facts.fontMetrics().lineSpacing()
    for row in range(facts.rowCount()):
        assert facts.rowHeight(row) == facts.sizeHintForRow(row)
    # "Kashmir, a Muslim-majority…": two or three lines (beside the list of sections)
    assert facts.rowHeight(1) <= three_lines + 16


def test_a_pack_the_disk_refuses_is_reported_and_the_edit_stays_in_the_form(
        qtbot, kit, monkeypatch):
    area = make_area(qtbot, kit)
    content = area.content
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a, **k: shown.append(text)))
    folder = kit.paths.campaign
    (folder / "mission.md").unlink()  # a folder where a file must go: the write fails
    (folder / "mission.md").mkdir()
    (folder / "mission.md" / "keep").write_text("x", encoding="utf-8")
    before, pack = pack_file_text(kit), kit.pack()
    content.fields["organisation.city"].setText("St Paul")
    content.save_button.click()
    assert len(shown) == 1 and "could not be written" in shown[0]
    assert pack_file_text(kit) == before and kit.pack() is pack
    assert content.fields["organisation.city"].text() == "St Paul"  # nothing typed is lost
    assert "Saved" not in content.state.text()
