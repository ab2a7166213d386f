"""Content tab sections for the pack's long texts: the mission with the proposed actions, and
the background the factsheet prints.

Paragraphs are edited as plain text with a blank line between them, exactly as they sit in
mission.md and background.md, so a coordinator who later opens the files finds the same text.
Every text goes through `self.tr` (tab titles: QT_TRANSLATE_NOOP, see content_section).
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kit.content import CampaignPack, PackError
from kit.content.loader import MAX_ITEMS
from kit.content.storage import BACKGROUND_FILE, MISSION_FILE
from kit.ui.content.section import (
    PackSection,
    error_file,
    lines_text,
    message,
    paragraphs_text,
    plain_edit,
    text_lines,
    text_paragraphs,
)
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel


def _hint(text: str) -> QLabel:
    label = PlainLabel(text)
    label.setObjectName("Hint")
    label.setWordWrap(True)
    return label


def _field(*widgets: QWidget) -> QVBoxLayout:
    """An editor with its hint and error line stacked under it, for one form row."""
    box = QVBoxLayout()
    box.setSpacing(2)
    for widget in widgets:
        box.addWidget(widget)
    return box


def _paragraph_problem(error: PackError, one: str, whole: str) -> str:
    """The loader's message about a Markdown file, in the words of the form.

    The loader names paragraphs of mission.md as "paragraph 3" (or just "paragraph" when the
    count or emptiness is wrong); the form says "Paragraph 3 of the mission …" (`one`, with %1
    the paragraph's number and %2 the problem) or "The mission …" (`whole`, %1 the problem)."""
    if error.field.startswith("paragraph "):
        return arg(one, error.field[len("paragraph "):], error.problem)
    return arg(whole, error.problem)


class MissionSection(PackSection):
    """Who the group is in its own words: the mission paragraphs and the proposed actions."""

    tab_title = QT_TRANSLATE_NOOP("PackSection", "Mission")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        # Narrow (beside the list of sections, Spanish, Large text): fields go under their labels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.mission = plain_edit(self.tr("Mission statement"))
        self.mission.setMinimumHeight(170)
        self.mission_error = self.error_label()
        form.addRow(self.tr("Mission statement"), _field(
            self.mission, self.mission_error,
            _hint(arg(self.tr("Leave an empty line between paragraphs (at most %1). The flyer "
                              "prints the first paragraph: make it the one that says who you "
                              "are."), MAX_ITEMS["mission"]))))
        self.actions_intro = QLineEdit()
        self.actions_intro.setAccessibleName(self.tr("Before the list of actions"))
        self.actions_intro.setPlaceholderText(self.tr("e.g. Our proposed actions include:"))
        self.actions_intro_error = self.error_label()
        form.addRow(self.tr("Before the actions"),
                    _field(self.actions_intro, self.actions_intro_error))
        self.actions_edit = plain_edit(self.tr("Proposed actions, one per line"))
        self.actions_edit.setMinimumHeight(130)
        self.actions_error = self.error_label()
        form.addRow(self.tr("Proposed actions"), _field(
            self.actions_edit, self.actions_error,
            _hint(arg(self.tr("One action per line (at most %1). The flyer prints them as one "
                              "sentence after the line above."), MAX_ITEMS["actions"]))))
        self.mission.textChanged.connect(self.changed)
        self.actions_intro.textEdited.connect(self.changed)
        self.actions_edit.textChanged.connect(self.changed)

    def load(self, pack: CampaignPack) -> None:
        self._loading = True
        try:
            org = pack.organisation
            self.mission.setPlainText(paragraphs_text(org.mission))
            self.actions_intro.setText(org.actions_intro)
            self.actions_edit.setPlainText(lines_text(org.actions))
        finally:
            self._loading = False

    def apply(self, pack: CampaignPack) -> CampaignPack:
        organisation = dataclasses.replace(
            pack.organisation, mission=text_paragraphs(self.mission.toPlainText()),
            actions_intro=self.actions_intro.text().strip(),
            actions=text_lines(self.actions_edit.toPlainText()))
        return dataclasses.replace(pack, organisation=organisation)

    def show_error(self, error: PackError) -> bool:
        if error_file(error) == MISSION_FILE:
            self.flag(self.mission, self.mission_error, _paragraph_problem(
                error, self.tr("Paragraph %1 of the mission %2."), self.tr("The mission %1.")))
            return True
        if error.field == "organisation.actions_intro":
            self.flag(self.actions_intro, self.actions_intro_error, message(error.problem))
            return True
        if error.field == "organisation.actions":
            self.flag(self.actions_edit, self.actions_error,
                      arg(self.tr("The list %1."), error.problem))
            return True
        if error.field.startswith("organisation.actions["):
            index = int(error.field.split("[", 1)[1].split("]", 1)[0])
            self.flag(self.actions_edit, self.actions_error,
                      arg(self.tr("Action %1 %2."), index + 1, error.problem))
            return True
        return False


class BackgroundSection(PackSection):
    """The background paragraphs the factsheet opens with, and who wrote them."""

    tab_title = QT_TRANSLATE_NOOP("PackSection", "Background")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        # Narrow (beside the list of sections, Spanish, Large text): fields go under their labels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(8)
        self.paragraphs = plain_edit(self.tr("Background"))
        self.paragraphs.setMinimumHeight(260)
        self.paragraphs_error = self.error_label()
        form.addRow(self.tr("Background"), _field(
            self.paragraphs, self.paragraphs_error,
            _hint(arg(self.tr("The factsheet opens with this text. Leave an empty line between "
                              "paragraphs (at most %1)."), MAX_ITEMS["background"]))))
        self.source = QLineEdit()
        self.source.setAccessibleName(self.tr("Source of the background"))
        self.source.setPlaceholderText(self.tr("Who wrote it, e.g. a report or a campaign page"))
        self.source_error = self.error_label()
        form.addRow(self.tr("Source"), _field(self.source, self.source_error))
        self.source_url = QLineEdit()
        self.source_url.setAccessibleName(self.tr("Source URL"))
        self.source_url.setPlaceholderText(
            self.tr("https://… (optional: gets a QR code on the factsheet)"))
        self.source_url_error = self.error_label()
        form.addRow(self.tr("Source URL"), _field(self.source_url, self.source_url_error))
        self.paragraphs.textChanged.connect(self.changed)
        self.source.textEdited.connect(self.changed)
        self.source_url.textEdited.connect(self.changed)

    def load(self, pack: CampaignPack) -> None:
        self._loading = True
        try:
            self.paragraphs.setPlainText(paragraphs_text(pack.background.paragraphs))
            self.source.setText(pack.background.source)
            self.source_url.setText(pack.background.source_url)
        finally:
            self._loading = False

    def apply(self, pack: CampaignPack) -> CampaignPack:
        background = dataclasses.replace(
            pack.background, paragraphs=text_paragraphs(self.paragraphs.toPlainText()),
            source=self.source.text().strip(), source_url=self.source_url.text().strip())
        return dataclasses.replace(pack, background=background)

    def show_error(self, error: PackError) -> bool:
        if error_file(error) == BACKGROUND_FILE:
            self.flag(self.paragraphs, self.paragraphs_error, _paragraph_problem(
                error, self.tr("Paragraph %1 of the background %2."),
                self.tr("The background %1.")))
            return True
        if error.field == "background.source":
            self.flag(self.source, self.source_error, message(error.problem))
            return True
        if error.field == "background.source_url":
            self.flag(self.source_url, self.source_url_error, message(error.problem))
            return True
        return False
