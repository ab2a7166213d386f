"""The Content tab: edit everything the campaign pack holds, so a group never has to open a file.

Sections: the organisation (with contact details and colours), mission and actions, platform,
resources, reading list, background, facts, handout texts, the interests on the sign-up form and
the consent wording per language. The later sections live in small modules (content_texts,
content_lists, content_signup) behind one contract, `PackSection`.

Edits stay in the form until Save. Save builds a new CampaignPack from the form and hands it to
kit.services.campaign, which checks it (URLs, then the loader's verdict), asks through a callback
before a changed consent wording is kept, writes it into the data dir's pack — never assets/ —
and reloads the kit's pack; this page only shows the outcome. `pack_saved` tells the Handouts tab
to render again and the kiosk to use the new interests and wording from the next attendee on. A
PackError is shown as it is, next to the field it names.

Every text is translatable: `self.tr` in the page, and the label tables below are marked with
QT_TRANSLATE_NOOP("ContentPage", …) and translated where shown. The loader's own problem text
("must not be empty") comes from kit/content, in English.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kit.content import (
    CampaignPack,
    Fact,
    HandoutText,
    PackError,
    Resource,
    missing_contact_fields,
)
from kit.services.campaign import (
    SaveOutcome,
    UrlProblem,
    reset_campaign_pack,
    save_campaign_pack,
)
from kit.services.kit import Kit
from kit.ui.content.colours import ColourField
from kit.ui.content.lists import PlatformSection, ReadingSection
from kit.ui.content.section import PackSection
from kit.ui.content.signup import ConsentSection, InterestsSection
from kit.ui.content.texts import BackgroundSection, MissionSection
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.theme import PALETTE

# The labels below are marked for pyside6-lupdate and translated where shown (`_tr`).
# (field in HandoutTexts, label people read)
HANDOUT_TEXTS = (
    ("flyer", QT_TRANSLATE_NOOP("ContentPage", "Flyer")),
    ("factsheet", QT_TRANSLATE_NOOP("ContentPage", "Factsheet")),
    ("resources", QT_TRANSLATE_NOOP("ContentPage", "Reading list and links")),
    ("qr_cards", QT_TRANSLATE_NOOP("ContentPage", "QR cards")),
    ("signup_sheet", QT_TRANSLATE_NOOP("ContentPage", "Paper sign-up sheet")),
)
ORGANISATION_FIELDS = (  # (dotted pack field, label, placeholder)
    ("organisation.name", QT_TRANSLATE_NOOP("ContentPage", "Group name"), ""),
    ("organisation.city", QT_TRANSLATE_NOOP("ContentPage", "City"), ""),
    ("organisation.tagline", QT_TRANSLATE_NOOP("ContentPage", "Tagline"),
     QT_TRANSLATE_NOOP("ContentPage", "One line under the name on every handout")),
    ("organisation.contact.website", QT_TRANSLATE_NOOP("ContentPage", "Website"), "https://…"),
    ("organisation.contact.email", QT_TRANSLATE_NOOP("ContentPage", "Email"),
     QT_TRANSLATE_NOOP("ContentPage", "hello@example.org")),
    ("organisation.contact.social", QT_TRANSLATE_NOOP("ContentPage", "Social"),
     QT_TRANSLATE_NOOP("ContentPage", "@yourgroup on Instagram")),
    ("organisation.contact.meeting", QT_TRANSLATE_NOOP("ContentPage", "Meetings"),
     QT_TRANSLATE_NOOP("ContentPage", "e.g. First Tuesday, 7 pm, Central Library")),
)
COLOUR_FIELDS = (  # (dotted pack field, label)
    ("organisation.colours.primary", QT_TRANSLATE_NOOP("ContentPage", "Main colour")),
    ("organisation.colours.accent", QT_TRANSLATE_NOOP("ContentPage", "Accent colour")),
)
# The contact fields the reminder names when they are empty (the last part of the dotted field).
CONTACT_NAMES = {
    "website": QT_TRANSLATE_NOOP("ContentPage", "website"),
    "email": QT_TRANSLATE_NOOP("ContentPage", "email"),
    "social": QT_TRANSLATE_NOOP("ContentPage", "social"),
    "meeting": QT_TRANSLATE_NOOP("ContentPage", "meeting"),
}
RESOURCE_COLUMNS = (
    QT_TRANSLATE_NOOP("ContentPage", "Title"), QT_TRANSLATE_NOOP("ContentPage", "URL"),
    QT_TRANSLATE_NOOP("ContentPage", "One line about it"),
    QT_TRANSLATE_NOOP("ContentPage", "On flyer"),
)
FACT_COLUMNS = (
    QT_TRANSLATE_NOOP("ContentPage", "Fact"), QT_TRANSLATE_NOOP("ContentPage", "Source"),
    QT_TRANSLATE_NOOP("ContentPage", "Source URL"),
)
ERROR_BG = QColor(PALETTE["error_bg"])
_INDEXED = re.compile(r"^(resources|facts)\[(\d+)\]\.(\w+)$")

PAGE_STYLE = """
#ContentPage QLineEdit, #ContentPage QPlainTextEdit {{ font-size: 13pt; padding: 5px 8px; }}
#ContentPage QPlainTextEdit {{ border: 2px solid #b9b3a5; border-radius: 6px; background: white; }}
#ContentPage QPlainTextEdit[invalid="true"] {{ border: 2px solid {error}; background: {error_bg}; }}
#ContentPage QGroupBox {{ font-size: 13pt; font-weight: 600; margin-top: 14px; padding-top: 6px; }}
#ContentPage QComboBox {{ font-size: 13pt; padding: 4px 8px; }}
#SaveState {{ font-size: 12pt; color: {muted}; }}
#SaveState[ok="true"] {{ color: {primary_dark}; font-weight: 600; }}
#Reminder {{ background: #fbf0d9; color: #6b4a00; border: 1px solid #e0c27a; border-radius: 6px;
             padding: 8px; font-size: 12pt; }}
"""


def _tr(text: str) -> str:
    """A label marked with QT_TRANSLATE_NOOP("ContentPage", …), in the volunteer-side language."""
    return QCoreApplication.translate("ContentPage", text) if text else text


def _scrolled(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless scroll area: with large text or a small screen a form scrolls
    instead of squeezing its fields over each other."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a frame, not a Tab stop
    area.setWidget(widget)
    # The page's paper colour shows through instead of the viewport's default grey.
    area.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
    return area


class SectionList(QListWidget):
    """The pack's sections down the left of the Content tab, as wide as its longest name in the
    current font (Large text widens it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        widest = max((self.sizeHintForColumn(0),), default=0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        # The item's padding and a bold selected name are not in every style's measure.
        return QSize(widest + 2 * self.frameWidth() + bar + 24, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(self.sizeHint().width(), 80)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()


class ContentPage(QWidget):
    """A form over the data dir's campaign pack; Save writes it, Reset restores the default."""

    pack_saved = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContentPage")
        self.setStyleSheet(PAGE_STYLE.format(**PALETTE))
        self._kit = kit
        self._pack: CampaignPack | None = None
        self._texts: dict[str, HandoutText] = {}
        self._loading = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        self.reminder = PlainLabel("")
        self.reminder.setObjectName("Reminder")
        self.reminder.setWordWrap(True)
        layout.addWidget(self.reminder)
        self.problem = PlainLabel("")
        self.problem.setObjectName("Banner")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem)

        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        # The ten sections are listed down the left, not as tabs: as tabs they were wider
        # than a 1024-wide window and the last ones hid behind scroll arrows. The list and the
        # tab widget (whose bar is hidden) follow each other; Ctrl+Tab still works.
        self.sections.tabBar().hide()
        self.section_list = SectionList(self)
        self.section_list.setObjectName("content_sections")
        self.section_list.setAccessibleName(self.tr("Sections of the campaign pack"))
        middle = QHBoxLayout()
        middle.addWidget(self.section_list)
        middle.addWidget(self.sections, 1)
        layout.addLayout(middle, 1)
        # Ordered as a coordinator thinks of the pack: who we are, what to read, the
        # factsheet's content, the handouts' words, then what the sign-up form asks.
        self.mission = MissionSection()
        self.platform = PlatformSection()
        self.reading = ReadingSection()
        self.background = BackgroundSection()
        self.interests = InterestsSection()
        self.consent = ConsentSection()
        self._sections: list[PackSection] = [self.mission, self.platform, self.reading,
                                             self.background, self.interests, self.consent]
        self._build_organisation()
        self._tab_of: dict[PackSection, QWidget] = {}
        self._add_section(self.mission, scroll=True)
        self._add_section(self.platform, scroll=True)
        self._build_resources()
        self._add_section(self.reading, scroll=True)
        self._add_section(self.background, scroll=True)
        self._build_facts()
        self._build_texts()
        self._add_section(self.interests, scroll=True)
        self._add_section(self.consent, scroll=True)
        for index in range(self.sections.count()):
            self.section_list.addItem(self.sections.tabText(index))
        self.section_list.setCurrentRow(self.sections.currentIndex())
        self.section_list.currentRowChanged.connect(self._on_section_row)
        self.sections.currentChanged.connect(self._on_section_changed)
        QWidget.setTabOrder(self.section_list, self.sections)

        bar = QHBoxLayout()
        self.reset_button = QPushButton(self.tr("Reset to the default pack…"))
        self.reset_button.setObjectName("Quiet")
        self.reset_button.clicked.connect(self._on_reset_clicked)
        self.state = PlainLabel("")
        self.state.setObjectName("SaveState")
        self.state.setWordWrap(True)
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.revert_button.clicked.connect(self.load)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("Primary")
        self.save_button.setAccessibleName(self.tr("Save the campaign content"))
        self.save_button.clicked.connect(self._on_save_clicked)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.state, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout.addLayout(bar)
        self.load()

    # -- building the form -------------------------------------------------------------------

    def _error_label(self) -> QLabel:
        label = PlainLabel("")
        label.setObjectName("FieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        return label

    def _build_organisation(self) -> None:
        tab = QWidget()
        form = QFormLayout(tab)
        # Narrow (beside the list of sections, Spanish, Large text): fields go under their labels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(6)
        self.fields: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        for key, source_label, placeholder in ORGANISATION_FIELDS:
            label = _tr(source_label)
            edit = QLineEdit(tab)
            edit.setPlaceholderText(_tr(placeholder))
            edit.setAccessibleName(label)
            edit.textEdited.connect(self._on_edited)
            error = self._error_label()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(edit)
            box.addWidget(error)
            form.addRow(label, box)
            self.fields[key] = edit
            self.field_errors[key] = error
        self.colours: dict[str, ColourField] = {}
        for key, source_label in COLOUR_FIELDS:
            label = _tr(source_label)
            colour = ColourField(label, tab)
            colour.edited.connect(self._on_edited)
            error = self._error_label()
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(colour)
            box.addWidget(error)
            form.addRow(label, box)
            # Registered with the text fields: the loader's colour message lands under it.
            self.fields[key] = colour.edit
            self.field_errors[key] = error
            self.colours[key] = colour
        hint = PlainLabel(self.tr("Contact details are optional: the handouts look complete without "
                              "them, and print them when they are filled in. The colours are "
                              "used for the headings and bands of every handout."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.organisation_tab = _scrolled(tab)
        self.sections.addTab(self.organisation_tab, self.tr("Organisation"))

    def _on_section_row(self, row: int) -> None:
        if row >= 0:
            self.sections.setCurrentIndex(row)

    def _on_section_changed(self, index: int) -> None:
        if self.section_list.currentRow() != index:
            self.section_list.setCurrentRow(index)

    def tab_for(self, section: PackSection) -> QWidget:
        """The tab `section` is shown in (a scroll area around it)."""
        return self._tab_of[section]

    def _add_section(self, section: PackSection, *, scroll: bool = False) -> None:
        section.edited.connect(self._on_edited)
        page = _scrolled(section) if scroll else section
        self._tab_of[section] = page
        self.sections.addTab(page, section.title())

    def _table_tab(self, title: str, columns: tuple[str, ...], add_text: str,
                   remove_text: str) -> tuple:
        """A tab with a table (`columns` marked with QT_TRANSLATE_NOOP) and Add/Remove buttons;
        `title` and the button texts come translated."""
        tab = QWidget()
        box = QVBoxLayout(tab)
        table = QTableWidget(0, len(columns), tab)
        table.setHorizontalHeaderLabels([_tr(name) for name in columns])
        table.setAccessibleName(title)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(44)  # its header, then it scrolls (1024x600, Large text)
        table.itemChanged.connect(self._on_item_changed)
        # Wrapped text needs its row height measured at the width it is shown at: measured once
        # while the page was built off-screen (a narrow first column), every fact row came out
        # hundreds of pixels tall with its text low in the cell. The header measures each row
        # again whenever the table is laid out (a few rows: cheap).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        error = self._error_label()
        buttons = QHBoxLayout()
        add = QPushButton(add_text)
        remove = QPushButton(remove_text)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box.addWidget(table, 1)
        box.addWidget(error)
        box.addLayout(buttons)
        self.sections.addTab(tab, title)
        return table, error, add, remove

    def _build_resources(self) -> None:
        self.resources, self.resources_error, add, remove = self._table_tab(
            self.tr("Resources"), RESOURCE_COLUMNS, self.tr("Add resource"),
            self.tr("Remove resource"))
        header = self.resources.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.resources.setColumnWidth(0, 300)
        self.resources.setColumnWidth(1, 340)
        add.clicked.connect(lambda: self._add_resource_row(None, select=True))
        remove.clicked.connect(lambda: self._remove_selected(self.resources))

    def _build_facts(self) -> None:
        self.facts, self.facts_error, add, remove = self._table_tab(
            self.tr("Facts"), FACT_COLUMNS, self.tr("Add fact"), self.tr("Remove fact"))
        header = self.facts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.facts.setColumnWidth(1, 220)
        self.facts.setColumnWidth(2, 260)
        add.clicked.connect(lambda: self._add_fact_row(None, select=True))
        remove.clicked.connect(lambda: self._remove_selected(self.facts))

    def _build_texts(self) -> None:
        tab = QWidget()
        form = QFormLayout(tab)
        # Narrow (beside the list of sections, Spanish, Large text): fields go under their labels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.text_choice = QComboBox(tab)
        self.text_choice.setAccessibleName(self.tr("Handout whose words you edit"))
        for key, label in HANDOUT_TEXTS:
            self.text_choice.addItem(_tr(label), key)
        self._text_key = HANDOUT_TEXTS[0][0]
        self.text_choice.currentIndexChanged.connect(self._on_text_choice_changed)
        self.headline = QLineEdit(tab)
        self.headline.setAccessibleName(self.tr("Headline"))
        self.subheadline = QLineEdit(tab)
        self.subheadline.setAccessibleName(self.tr("Subheadline"))
        self.subheadline.setPlaceholderText(self.tr("Optional: one line under the headline"))
        self.footer = QLineEdit(tab)
        self.footer.setAccessibleName(self.tr("Footer"))
        self.footer.setPlaceholderText(self.tr("Optional: a line at the foot of the page"))
        self.intro = QPlainTextEdit(tab)
        self.intro.setAccessibleName(self.tr("Introduction"))
        self.intro.setMinimumHeight(110)
        self.call_to_action = QPlainTextEdit(tab)
        self.call_to_action.setAccessibleName(self.tr("Call to action"))
        self.call_to_action.setMaximumHeight(80)
        self.headline.textEdited.connect(self._on_edited)
        self.subheadline.textEdited.connect(self._on_edited)
        self.footer.textEdited.connect(self._on_edited)
        self.intro.textChanged.connect(self._on_edited)
        self.call_to_action.textChanged.connect(self._on_edited)
        self.text_error = self._error_label()
        form.addRow(self.tr("Handout"), self.text_choice)
        form.addRow(self.tr("Headline"), self.headline)
        form.addRow(self.tr("Subheadline"), self.subheadline)
        form.addRow(self.tr("Introduction"), self.intro)
        form.addRow(self.tr("Call to action"), self.call_to_action)
        form.addRow(self.tr("Footer"), self.footer)
        form.addRow("", self.text_error)
        hint = PlainLabel(self.tr("An empty subheadline, introduction, call to action or footer is "
                              "simply left off the handout."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        # Scrolled like the other forms: its fields are taller than the tab at 1024x600, and
        # the tallest tab sets the height of the whole volunteer area.
        self.texts_tab = _scrolled(tab)
        self.sections.addTab(self.texts_tab, self.tr("Handout texts"))

    # -- loading -----------------------------------------------------------------------------

    def load(self) -> None:
        """Fill the form from the kit's pack (discarding unsaved edits)."""
        self._loading = True
        try:
            self._pack = self._kit.pack()
            self._clear_errors()
            enabled = self._pack is not None
            self.sections.setEnabled(enabled)
            self.save_button.setEnabled(enabled)
            self.revert_button.setEnabled(enabled)
            self.problem.setVisible(not enabled)
            if not enabled:
                self.problem.setText(arg(self.tr("The campaign pack cannot be used: %1\nFix the "
                                             "file, or reset to the default pack."),
                                     self._kit.pack_problem))
                self.reminder.setVisible(False)
                return
            pack = self._pack
            values = {
                "organisation.name": pack.organisation.name,
                "organisation.city": pack.organisation.city,
                "organisation.tagline": pack.organisation.tagline,
                **{f"organisation.contact.{k}": getattr(pack.organisation.contact, k)
                   for k in ("website", "email", "social", "meeting")},
                "organisation.colours.primary": pack.organisation.colours.primary,
                "organisation.colours.accent": pack.organisation.colours.accent,
            }
            for key, edit in self.fields.items():
                edit.setText(values[key])
            self.resources.setRowCount(0)
            for resource in pack.resources:
                self._add_resource_row(resource)
            self.facts.setRowCount(0)
            for fact in pack.facts:
                self._add_fact_row(fact)
            self._texts = {key: getattr(pack.handouts, key) for key, _label in HANDOUT_TEXTS}
            self._show_text(self.text_choice.currentData())
            for section in self._sections:
                section.load(pack)
            self._update_reminder(pack)
            self._set_state("")
        finally:
            self._loading = False

    def _add_resource_row(self, resource: Resource | None, *, select: bool = False) -> None:
        resource = resource or Resource(title="", url="")
        row = self.resources.rowCount()
        self._loading, was = True, self._loading
        self.resources.insertRow(row)
        for column, text in enumerate((resource.title, resource.url, resource.description)):
            self.resources.setItem(row, column, QTableWidgetItem(text))
        # The original keeps fields the table does not show (kind, short URL) through a save.
        self.resources.item(row, 0).setData(Qt.ItemDataRole.UserRole, resource)
        key = QTableWidgetItem()
        key.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        key.setCheckState(Qt.CheckState.Checked if resource.key else Qt.CheckState.Unchecked)
        key.setToolTip(self.tr("Show this one on the flyer (at most 4)"))
        self.resources.setItem(row, 3, key)
        self._loading = was
        if select:
            self._on_edited()
            self.resources.setCurrentCell(row, 0)
            self.resources.editItem(self.resources.item(row, 0))

    def _add_fact_row(self, fact: Fact | None, *, select: bool = False) -> None:
        fact = fact or Fact(text="", source="")
        row = self.facts.rowCount()
        self._loading, was = True, self._loading
        self.facts.insertRow(row)
        for column, text in enumerate((fact.text, fact.source, fact.source_url)):
            self.facts.setItem(row, column, QTableWidgetItem(text))
        self.facts.item(row, 0).setData(Qt.ItemDataRole.UserRole, fact)
        self._loading = was
        if select:
            self._on_edited()
            self.facts.setCurrentCell(row, 0)
            self.facts.editItem(self.facts.item(row, 0))

    def _remove_selected(self, table: QTableWidget) -> None:
        rows = sorted({index.row() for index in table.selectedIndexes()}, reverse=True)
        for row in rows:
            table.removeRow(row)
        if rows:
            self._on_edited()

    def _show_text(self, key: str) -> None:
        text = self._texts[key]
        self._text_key = key
        was, self._loading = self._loading, True
        self.headline.setText(text.headline)
        self.subheadline.setText(text.subheadline)
        self.footer.setText(text.footer)
        self.intro.setPlainText(text.intro)
        self.call_to_action.setPlainText(text.call_to_action)
        self._loading = was

    def _store_text(self) -> None:
        self._texts[self._text_key] = dataclasses.replace(
            self._texts[self._text_key], headline=self.headline.text(),
            subheadline=self.subheadline.text(), footer=self.footer.text(),
            intro=self.intro.toPlainText(), call_to_action=self.call_to_action.toPlainText())

    def _update_reminder(self, pack: CampaignPack) -> None:
        missing = [name.rsplit(".", 1)[-1] for name in missing_contact_fields(pack)]
        self.reminder.setVisible(bool(missing))
        if missing:
            names = ", ".join(_tr(CONTACT_NAMES.get(name, name)) for name in missing)
            self.reminder.setText(arg(
                self.tr("Reminder: the contact details are empty (%1). Add them under "
                        "Organisation so people who take a flyer can reach the group."), names))

    # -- editing and saving --------------------------------------------------------------------

    def edited_pack(self) -> CampaignPack:
        """The pack as the form shows it now (not yet checked or saved)."""
        assert self._pack is not None
        self._store_text()
        pack = self._pack
        f = {key: edit.text().strip() for key, edit in self.fields.items()}
        contact = dataclasses.replace(
            pack.organisation.contact, website=f["organisation.contact.website"],
            email=f["organisation.contact.email"], social=f["organisation.contact.social"],
            meeting=f["organisation.contact.meeting"])
        colours = dataclasses.replace(
            pack.organisation.colours, primary=f["organisation.colours.primary"],
            accent=f["organisation.colours.accent"])
        organisation = dataclasses.replace(
            pack.organisation, name=f["organisation.name"], city=f["organisation.city"],
            tagline=f["organisation.tagline"], contact=contact, colours=colours)
        resources = []
        for row in range(self.resources.rowCount()):
            original = self.resources.item(row, 0).data(Qt.ItemDataRole.UserRole)
            resources.append(dataclasses.replace(
                original, title=self._cell(self.resources, row, 0),
                url=self._cell(self.resources, row, 1),
                description=self._cell(self.resources, row, 2),
                key=self.resources.item(row, 3).checkState() == Qt.CheckState.Checked))
        facts = []
        for row in range(self.facts.rowCount()):
            original = self.facts.item(row, 0).data(Qt.ItemDataRole.UserRole)
            facts.append(dataclasses.replace(
                original, text=self._cell(self.facts, row, 0),
                source=self._cell(self.facts, row, 1), source_url=self._cell(self.facts, row, 2)))
        handouts = dataclasses.replace(pack.handouts, **self._texts)
        edited = dataclasses.replace(pack, organisation=organisation, resources=tuple(resources),
                                     facts=tuple(facts), handouts=handouts)
        for section in self._sections:
            edited = section.apply(edited)
        return edited

    @staticmethod
    def _cell(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def save(self) -> bool:
        """Check and save the form; True when the pack was written and reloaded."""
        if self._pack is None:
            return False
        self._clear_errors()
        result = save_campaign_pack(self._kit, self.edited_pack(), before=self._pack,
                                    confirm_consent_change=lambda: self.consent.confirm(self))
        if result.outcome is SaveOutcome.BAD_URL:
            self._show_url_problems(result.url_problems)
            self._set_state(self.tr("Not saved: fix the field marked in red."), ok=False)
            return False
        if result.outcome is SaveOutcome.INVALID:
            assert result.pack_error is not None
            self._show_pack_error(result.pack_error)
            self._set_state(self.tr("Not saved: fix the field marked in red."), ok=False)
            return False
        if result.outcome is SaveOutcome.CONSENT_NOT_CONFIRMED:
            self._set_state(self.tr("Not saved: the new consent wording was not confirmed."),
                            ok=False)
            return False
        if result.outcome is SaveOutcome.NOT_WRITTEN:
            QMessageBox.warning(self, self.tr("Not saved"),
                                literal_text(arg(self.tr("The pack could not be written: %1"),
                                    result.write_error)))
            return False
        self.load()
        self._set_state(self.tr("✓ Saved. The handouts print the new text, and the sign-up form "
                                "uses it from the next attendee on."), ok=True)
        self.pack_saved.emit()
        return True

    def _show_url_problems(self, problems: tuple[UrlProblem, ...]) -> None:
        """URL problems (the commonest slip, checked first): one message per table, the cell
        marked red."""
        for found in problems:
            if found.table == "resources":
                self._mark(self.resources, self.resources_error, found.row, 1,
                           arg(self.tr("Resource %1 (%2): URL %3."), found.row + 1,
                               found.title or self.tr("untitled"), found.problem))
            else:
                self._mark(self.facts, self.facts_error, found.row, 2,
                           arg(self.tr("Fact %1: source URL %2."), found.row + 1, found.problem))

    def _show_pack_error(self, error: PackError) -> None:
        for section in self._sections:
            if section.show_error(error):
                self.sections.setCurrentWidget(self._tab_of[section])
                return
        match = _INDEXED.match(error.field or "")
        message = f"{error.field}: {error.problem}" if error.field else error.problem
        if match:
            table_name, row, name = match.group(1), int(match.group(2)), match.group(3)
            if table_name == "resources":
                column = {"title": 0, "url": 1, "description": 2, "key": 3}.get(name, 0)
                self._mark(self.resources, self.resources_error, row, column,
                           arg(self.tr("Resource %1: %2 %3"), row + 1, name, error.problem))
            else:
                column = {"text": 0, "source": 1, "source_url": 2}.get(name, 0)
                self._mark(self.facts, self.facts_error, row, column,
                           arg(self.tr("Fact %1: %2 %3"), row + 1, name.replace("_", " "),
                               error.problem))
            return
        if error.field in self.fields:
            self.fields[error.field].setProperty("invalid", True)
            self._repolish(self.fields[error.field])
            self.field_errors[error.field].setText(
                "⚠ " + error.problem[:1].upper() + error.problem[1:])
            self.field_errors[error.field].setVisible(True)
            self.sections.setCurrentWidget(self.organisation_tab)
            self.fields[error.field].setFocus()
            return
        if error.field.startswith("handouts."):
            parts = error.field.split(".")
            keys = [key for key, _label in HANDOUT_TEXTS]
            if len(parts) >= 2 and parts[1] in keys:
                self.text_choice.setCurrentIndex(keys.index(parts[1]))
            self.sections.setCurrentWidget(self.texts_tab)
            self.text_error.setText(message)
            self.text_error.setVisible(True)
            return
        if error.field in ("resources", "facts"):
            label = self.resources_error if error.field == "resources" else self.facts_error
            label.setText(message)
            label.setVisible(True)
            table = self.resources if error.field == "resources" else self.facts
            self.sections.setCurrentWidget(table.parentWidget())
            return
        self.problem.setText(str(error))
        self.problem.setVisible(True)

    def _mark(self, table: QTableWidget, label: QLabel, row: int, column: int, text: str) -> None:
        item = table.item(row, column)
        if item is not None:
            was, self._loading = self._loading, True
            item.setBackground(ERROR_BG)
            item.setToolTip(literal_text(text))
            self._loading = was
        label.setText(text)
        label.setVisible(True)
        self.sections.setCurrentWidget(table.parentWidget())
        # Scroll to the cell without selecting its row: a selection would hide the red mark.
        table.clearSelection()
        if item is not None:
            table.scrollToItem(item)

    def _clear_errors(self) -> None:
        was, self._loading = self._loading, True
        for key, edit in self.fields.items():
            edit.setProperty("invalid", False)
            self._repolish(edit)
            self.field_errors[key].setVisible(False)
        for table in (self.resources, self.facts):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None and item.background().color() == ERROR_BG:
                        item.setData(Qt.ItemDataRole.BackgroundRole, None)
                        item.setToolTip("")
        for label in (self.resources_error, self.facts_error, self.text_error):
            label.setVisible(False)
        for section in self._sections:
            section.clear_errors()
        self.problem.setVisible(self._pack is None)
        self._loading = was

    @staticmethod
    def _repolish(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _set_state(self, text: str, *, ok: bool = False) -> None:
        self.state.setText(text)
        self.state.setProperty("ok", ok)
        self._repolish(self.state)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self._set_state(self.tr("Unsaved changes."))

    def _on_item_changed(self, _item: QTableWidgetItem) -> None:
        self._on_edited()

    def _on_text_choice_changed(self, _index: int) -> None:
        self._store_text()
        self._show_text(self.text_choice.currentData())

    def _on_save_clicked(self) -> None:
        self.save()

    def _on_reset_clicked(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Reset to the default pack"),
            literal_text(self.tr("Replace the campaign content with the pack that came with the app? Your "
                    "edited pack is kept in a folder beside it, so nothing is lost.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            aside = reset_campaign_pack(self._kit)
        except (PackError, OSError) as error:
            QMessageBox.warning(self, self.tr("Not reset"), literal_text(str(error)))
            return
        self.load()
        self._set_state(arg(self.tr("✓ Restored the default pack. Your edited pack is kept as "
                                    "%1."), aside.name), ok=True)
        self.pack_saved.emit()
