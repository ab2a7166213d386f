"""The Import dialog: choose a file, check how its columns are read, import, read the report.

kit.services.imports does the work: `plan_import` detects the encoding, the delimiter and which
column holds which field; `run_import` validates every row by the kiosk's rules, merges people
already here, and undoes everything when cancelled. The dialog shows the plan, lets the
coordinator correct the mapping (a combo box per column, passed on with
`dataclasses.replace(plan, mapping=...)`), and runs both steps in a worker so a large file never
freezes the window. Every text is translatable (`self.tr`, or context "ImportDialog" outside
the dialog; the label tables are marked with QT_TRANSLATE_NOOP).
"""

from __future__ import annotations

import threading
from dataclasses import replace
from itertools import islice
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kit.export.csv_reading import IMPORT_FIELDS
from kit.services.events import list_events
from kit.services.import_planning import answer_consent_question
from kit.services.imports import (
    ImportPlan,
    ImportReport,
    plan_import,
    run_import,
    unknown_labels,
)
from kit.services.kit import Kit
from kit.ui.file_dialogs import open_file_name
from kit.ui.folders import documents_folder
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel
from kit.ui.theme import PALETTE
from kit.ui.workers import JobRunner
from kit.ui.wrapping_check import narrow_combo

# The tables below are marked for pyside6-lupdate and translated where they are shown
# (context "ImportDialog"), so a change of language applies without a restart.
FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("ImportDialog", "Full name (split into first and last)"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "Email"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "postal_code": QT_TRANSLATE_NOOP("ImportDialog", "ZIP / postal code"),
    "interests": QT_TRANSLATE_NOOP("ImportDialog", "Interests"),
    "consent_email": QT_TRANSLATE_NOOP("ImportDialog", "Agreed to email (yes/no)"),
    "consent_sms": QT_TRANSLATE_NOOP("ImportDialog", "Agreed to text messages (yes/no)"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note"),
    "country": QT_TRANSLATE_NOOP("ImportDialog", "Country (to read its phone numbers)"),
}
IGNORE = ""
ENCODING_NAMES = {
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 (with a byte-order mark)"),
    "utf-8": "UTF-8",
    "utf-16": "UTF-16",
    "cp1252": QT_TRANSLATE_NOOP("ImportDialog", "Windows-1252 (older Excel)"),
}
DELIMITER_NAMES = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "commas"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "semicolons"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "tabs"),
}


def _tr(text: str) -> str:
    """A marked table entry in the volunteer-side language (context "ImportDialog")."""
    return QCoreApplication.translate("ImportDialog", text)
EXAMPLES = 2  # values shown per column, so a coordinator recognises it
STYLE = """
QProgressBar {{ font-size: 11pt; min-height: 24px; border: 1px solid {border}; border-radius: 6px;
               text-align: center; background: white; }}
QProgressBar::chunk {{ background: {primary}; border-radius: 5px; }}
QListWidget#import_report {{ font-size: 12pt; background: white; }}
#Detected {{ font-size: 12pt; }}
QPushButton#Primary:disabled {{ background: #9fb8b5; border-color: #9fb8b5; }}
QTableWidget#mapping_table {{ font-size: 12pt; }}
QComboBox#MappingChoice {{ font-size: 12pt; padding: 2px 8px; min-height: 0; border-width: 1px; }}
"""


def column_examples(plan: ImportPlan, count: int = EXAMPLES) -> dict[str, list[str]]:
    """{header: the first few non-empty values of that column}, read from the file."""
    examples: dict[str, list[str]] = {h: [] for h in plan.headers}
    if not plan.tabular:
        return examples
    rows = plan.rows()
    next(rows, None)
    for row in islice(rows, 50):  # a handful of rows is enough to recognise a column
        for header, cell in zip(plan.headers, row, strict=False):
            if cell.strip() and len(examples[header]) < count:
                text = cell.strip()
                # An example, not the cell: a 1 MB note must not fill the table.
                examples[header].append(text if len(text) <= 60 else text[:60] + "…")
    return examples


def mapping_problem(mapping: dict[str, str]) -> str:
    """Why this mapping cannot import anyone, or "" (the service checks the same)."""
    translate = QCoreApplication.translate
    fields = set(mapping.values())
    if not fields & {"first_name", "full_name"}:
        return translate("ImportDialog", "No column is read as a first name (or full name): "
                         "choose one in the “Read as” list above.")
    if not fields & {"email", "phone"}:
        return translate("ImportDialog", "No column is read as an email or a phone number: "
                         "choose one in the “Read as” list above.")
    return ""


def report_lines(report: ImportReport) -> list[tuple[bool, str]]:
    """(is a problem, text) lines for the report list."""
    translate = QCoreApplication.translate
    imported = report.imported
    lines = [(False, translate("ImportDialog", "✓ %n new person", "", imported) if imported == 1
              else translate("ImportDialog", "✓ %n new people", "", imported))]
    if report.merged:
        lines.append((False, translate("ImportDialog", "↻ %n merged with people already in the kit",
                                       "", report.merged)))
    if report.unchanged:
        lines.append((False, translate("ImportDialog", "= %n unchanged (already imported)", "",
                                       report.unchanged)))
    if report.events_created:
        lines.append((False, translate("ImportDialog", "+ %n events added from the file", "",
                                       report.events_created)))
    for text, count in sorted(report.ignored_interests.items()):
        left_out = (translate("ImportDialog", "Interest “%1” is not one of this campaign's, so it "
                              "was left out (%n row)", "", count) if count == 1 else
                    translate("ImportDialog", "Interest “%1” is not one of this campaign's, so it "
                              "was left out (%n rows)", "", count))
        lines.append((True, left_out.replace("%1", text)))
    for row, reason in report.warnings:
        lines.append((True, arg(translate("ImportDialog", "Row %1, imported: %2"), str(row),
                                reason)))
    for row, reason in report.errors:
        lines.append((True, arg(translate("ImportDialog", "⚠ Row %1: %2"), str(row), reason)))
    return lines


class ImportDialog(QDialog):
    """Choose a file, confirm the column mapping and the event, import, read the report."""

    imported = Signal(object)  # ImportReport

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None
        self._close_when_done = False
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumSize(760, 560)
        self.setStyleSheet(STYLE.format(**PALETTE))

        intro = PlainLabel(self.tr("Bring in people from a spreadsheet (CSV: a typed-up paper sign-up sheet, "
                               "or an export from Action Network, Mailchimp, NationBuilder, Google or "
                               "Outlook), a phone's or address book's vCard file (.vcf), or "
                               "from another Outreach Kit (JSON). People already here are merged, not "
                               "doubled; importing the same file twice changes nothing."))
        intro.setWordWrap(True)
        intro.setObjectName("Hint")
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.clicked.connect(self._on_choose)
        self.file_label = PlainLabel(self.tr("No file chosen yet."))
        self.file_label.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label, 1)

        self.detected = PlainLabel()
        self.detected.setObjectName("Detected")
        self.detected.setWordWrap(True)
        # A file that cannot say whether its people agreed to email (a Mailchimp audience
        # export under another name: Mailchimp's files differ only by their names) is imported
        # only once the coordinator says which it is; nothing is assumed.
        self.consent_hint = PlainLabel(self.tr("This file looks like a Mailchimp audience export, "
                                           "but its name does not say which list it is "
                                           "(subscribed, unsubscribed, cleaned or "
                                           "non-subscribed). Did its people agree to email?"))
        self.consent_hint.setObjectName("FieldError")
        self.consent_hint.setWordWrap(True)
        self.consent_choice = QComboBox()
        self.consent_choice.setObjectName("import_consent_answer")
        self.consent_choice.setAccessibleName(self.tr("Did the people in this file agree to "
                                                      "email?"))
        self.consent_choice.addItem(self.tr("Choose…"), None)
        self.consent_choice.addItem(self.tr("Yes: it lists subscribed members"), True)
        self.consent_choice.addItem(self.tr("No, or I do not know: record no email consent"),
                                    False)
        self.consent_choice.currentIndexChanged.connect(self._on_mapping_changed)
        self.consent_hint.hide()
        self.consent_choice.hide()
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setAccessibleName(self.tr("How the file's columns are read"))
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Read as"),
                                                      self.tr("Examples from the file")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.mapping_problem = PlainLabel()
        self.mapping_problem.setObjectName("FieldError")
        self.mapping_problem.setWordWrap(True)
        self.mapping_problem.hide()

        # Labels of the file's tags column that are not this campaign's interests: never made
        # interests unless the coordinator picks one here (kit.services.imports.unknown_labels).
        self.labels_hint = PlainLabel(self.tr("These labels in the file are not interests of this "
                                          "campaign. Choose what each becomes, or leave it out."))
        self.labels_hint.setObjectName("Hint")
        self.labels_hint.setWordWrap(True)
        self.label_table = QTableWidget(0, 3, self)
        self.label_table.setObjectName("label_table")
        self.label_table.setAccessibleName(self.tr("Labels that are not interests"))
        self.label_table.setHorizontalHeaderLabels([self.tr("Label in the file"),
                                                    self.tr("Import as"), self.tr("Rows")])
        self.label_table.verticalHeader().hide()
        self.label_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.label_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.label_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.labels_hint.hide()
        self.label_table.hide()

        self.event_choice = QComboBox()
        narrow_combo(self.event_choice)  # a long event name made the dialog 1,100 px wide
        self.event_choice.setObjectName("import_event")
        self.event_choice.setAccessibleName(self.tr("Event for the imported sign-ups"))
        for event in list_events(kit):
            when = f" ({event.date.isoformat()})" if event.date else ""
            self.event_choice.addItem(arg(self.tr("%1%2 — active"), event.name, when)
                               if event.active else f"{event.name}{when}", event.id)
            if event.active:
                self.event_choice.setCurrentIndex(self.event_choice.count() - 1)
        self.event_label = PlainLabel(self.tr("Sign-ups go to"))
        event_row = QHBoxLayout()
        event_row.addWidget(self.event_label)
        event_row.addWidget(self.event_choice, 1)

        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        self.message = PlainLabel()
        self.message.setWordWrap(True)
        self.report_list = QListWidget()
        self.report_list.setObjectName("import_report")
        self.report_list.setAccessibleName(self.tr("Import report"))
        self.report_list.hide()

        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("Primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._on_import)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.cancel_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(self.detected)
        layout.addWidget(self.consent_hint)
        layout.addWidget(self.consent_choice)
        layout.addWidget(self.mapping_table, 2)
        layout.addWidget(self.mapping_problem)
        layout.addWidget(self.labels_hint)
        layout.addWidget(self.label_table)
        layout.addLayout(event_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.report_list, 1)
        layout.addLayout(buttons)
        self._show_plan_widgets(False)

        self._planner = JobRunner(self)
        self._planner.succeeded.connect(self._on_planned)
        self._planner.failed.connect(self._on_plan_failed)
        self._importer = JobRunner(self)
        self._importer.progressed.connect(self._on_progressed)
        self._importer.succeeded.connect(self._on_imported)
        self._importer.cancelled.connect(self._on_import_stopped)
        self._importer.failed.connect(self._on_import_stopped)
        if self.event_choice.count() == 0:
            self.event_choice.addItem(self.tr("(no event yet — create one on the Events tab)"), None)

    @property
    def busy(self) -> bool:
        return self._planner.busy or self._importer.busy

    # -- planning ---------------------------------------------------------------------------
    def _on_choose(self) -> None:
        path = open_file_name(
            self, self.tr("Import contacts from"), str(documents_folder()),
            self.tr("Contacts (*.csv *.txt *.json *.vcf);;All files (*)"))
        if path:
            self.open_file(path)

    def open_file(self, path: str | Path) -> None:
        """Plan the import of `path` in the background; the mapping appears when it is read."""
        path = Path(path)
        self.plan = None
        self.report = None
        self.file_label.setText(str(path))
        self.detected.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.detected.show()
        self.import_button.setEnabled(False)
        self.report_list.hide()
        self.message.clear()

        def work(_progress, _cancel):
            plan = plan_import(path)
            return plan, column_examples(plan)

        self._planner.start(work)

    def _on_planned(self, planned) -> None:
        plan, examples = planned
        self.plan = plan
        if plan.kind == "json":
            self.detected.setText(self.tr("An Outreach Kit export (JSON) with %n contacts. Their "
                                          "events and consent history come with them.", "",
                                          plan.row_count))
            self._show_plan_widgets(False)
            self.import_button.setEnabled(plan.row_count > 0)
            return
        encoding = _tr(ENCODING_NAMES.get(plan.encoding, plan.encoding))
        delimiter = (_tr(DELIMITER_NAMES[plan.delimiter]) if plan.delimiter in DELIMITER_NAMES
                     else repr(plan.delimiter))
        detected = (self.tr("%n row of people · text encoding %1 · columns separated by %2. Check "
                            "how each column is read, then Import.", "", plan.row_count)
                    if plan.row_count == 1 else
                    self.tr("%n rows of people · text encoding %1 · columns separated by %2. Check "
                            "how each column is read, then Import.", "", plan.row_count))
        if plan.source:
            detected += "\n" + arg(self.tr("Recognised: %1."), plan.source)
        for name, (answer, _why) in plan.implied_consent.items():
            if name == "consent_email":
                detected += "\n" + (self.tr("Every row is read as having agreed to email.")
                                     if answer else
                                     self.tr("Every row is read as NOT agreeing to email."))
        self.detected.setText(arg(detected, encoding, delimiter))
        self._show_plan_widgets(True)
        self._fill_labels(plan)
        table = self.mapping_table
        table.setRowCount(len(plan.headers))
        for row, header in enumerate(plan.headers):
            table.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            # Compact: the app-wide combo style is sized for the kiosk, not for a table cell.
            combo.setObjectName("MappingChoice")
            combo.setAccessibleName(self.tr("Read column %1 as").replace("%1", header))
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for field_name in IMPORT_FIELDS:
                combo.addItem(_tr(FIELD_LABELS[field_name]) if field_name in FIELD_LABELS else field_name,
                              field_name)
            combo.setCurrentIndex(max(combo.findData(plan.mapping.get(header, IGNORE)), 0))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            table.setCellWidget(row, 1, combo)
            table.setRowHeight(row, combo.sizeHint().height() + 6)
            table.setItem(row, 2, QTableWidgetItem(" · ".join(examples.get(header, []))))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._on_mapping_changed()

    def _fill_labels(self, plan: ImportPlan) -> None:
        unknown = unknown_labels(self._kit, plan)
        table = self.label_table
        table.setRowCount(len(unknown))
        for row, (label, rows) in enumerate(sorted(unknown.items())):
            table.setItem(row, 0, QTableWidgetItem(label))
            combo = QComboBox()
            combo.setObjectName("MappingChoice")
            combo.setAccessibleName(arg(self.tr("Import label %1 as"), label))
            combo.addItem(self.tr("(leave out)"), None)
            for tag, text in self._kit.interests():
                combo.addItem(text, tag)
            table.setCellWidget(row, 1, combo)
            table.setRowHeight(row, combo.sizeHint().height() + 6)
            table.setItem(row, 2, QTableWidgetItem(str(rows)))
        table.resizeColumnToContents(1)
        # As tall as its rows (up to six), so the column mapping above keeps the room.
        shown = min(len(unknown), 6)
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + 4 + sum(
            table.rowHeight(row) for row in range(shown)))
        self.labels_hint.setVisible(bool(unknown))
        table.setVisible(bool(unknown))

    def label_map(self) -> dict[str, str | None]:
        """{label: interest tag or None} as the label combo boxes say now."""
        result: dict[str, str | None] = {}
        for row in range(self.label_table.rowCount()):
            combo = self.label_table.cellWidget(row, 1)
            result[self.label_table.item(row, 0).text()] = combo.currentData()
        return result

    def set_label_interest(self, label: str, tag: str | None) -> None:
        """Import `label` as interest `tag` (None: leave it out), as its combo box would."""
        for row in range(self.label_table.rowCount()):
            if self.label_table.item(row, 0).text() == label:
                combo = self.label_table.cellWidget(row, 1)
                combo.setCurrentIndex(0 if tag is None else combo.findData(tag))

    def _on_plan_failed(self, message: str) -> None:
        self.plan = None
        self._show_plan_widgets(False)
        self.detected.setText(f"⚠ {message}")

    def _show_plan_widgets(self, csv: bool) -> None:
        asks = csv and self.plan is not None and bool(self.plan.consent_question)
        self.consent_choice.setCurrentIndex(0)
        self.consent_hint.setVisible(asks)
        self.consent_choice.setVisible(asks)
        self.mapping_table.setVisible(csv)
        self.labels_hint.setVisible(False)
        self.label_table.setVisible(False)
        self.mapping_problem.setVisible(False)
        self.event_choice.setEnabled(csv)
        self.event_label.setText(self.tr("Sign-ups go to") if csv or self.plan is None else
                                 self.tr("Events come from the file"))

    def mapping(self) -> dict[str, str]:
        """{header: field} as the combo boxes say now."""
        result: dict[str, str] = {}
        if self.plan is None:
            return result
        for row, header in enumerate(self.plan.headers):
            combo = self.mapping_table.cellWidget(row, 1)
            if combo is not None and combo.currentData():
                result[header] = combo.currentData()
        return result

    def set_column_field(self, header: str, field_name: str) -> None:
        """Read column `header` as `field_name` ("" to leave it out), as the combo box would."""
        row = self.plan.headers.index(header)
        combo = self.mapping_table.cellWidget(row, 1)
        combo.setCurrentIndex(combo.findData(field_name))

    def _on_mapping_changed(self, *_args) -> None:
        problem = mapping_problem(self.mapping())
        self.mapping_problem.setText(f"⚠ {problem}")
        self.mapping_problem.setVisible(bool(problem))
        has_event = self.event_choice.currentData() is not None
        unanswered = (self.plan is not None and bool(self.plan.consent_question)
                      and self.consent_choice.currentData() is None)
        self.import_button.setEnabled(not problem and has_event and not self.busy and not unanswered
                                      and self.plan is not None and self.plan.row_count > 0)
        if not has_event:
            self.message.setText(self.tr("Create an event first (Events tab): imported sign-ups belong "
                                         "to one."))

    # -- importing --------------------------------------------------------------------------
    def _on_import(self) -> None:
        if self.plan is None:
            return
        plan = self.plan if self.plan.kind == "json" else replace(
            self.plan, mapping=self.mapping(), label_map=self.label_map())
        if plan.consent_question:
            agreed = self.consent_choice.currentData()
            if agreed is None:
                return
            plan = answer_consent_question(plan, bool(agreed))
        event_id = self.event_choice.currentData() if plan.tabular else None
        kit = self._kit
        self._set_running(True)
        self.message.setText(self.tr("Importing %1…").replace("%1", plan.path.name))

        def work(progress, cancel: threading.Event) -> ImportReport:
            return run_import(kit, plan, event_id, progress=progress, cancel=cancel.is_set)

        self._importer.start(work, store=kit.store)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, max(self.plan.row_count, 1) if self.plan else 0)
            self.progress.setValue(0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        self.choose_button.setEnabled(not running)
        self.import_button.setEnabled(not running)
        self.mapping_table.setEnabled(not running)
        self.label_table.setEnabled(not running)
        self.event_choice.setEnabled(not running and self.plan is not None and self.plan.tabular)

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        self._importer.cancel()
        self.cancel_button.setEnabled(False)
        self.message.setText(self.tr("Cancelling… everything imported so far is taken back."))

    def _on_imported(self, report: ImportReport) -> None:
        self.report = report
        self._set_running(False)
        self.import_button.setEnabled(False)  # done; importing again would change nothing
        problems = len(report.errors)
        self.message.setText(
            self.tr("Import finished. %n row could not be imported: fix it in the file and import "
                    "it again (rows already in are left as they are).", "", problems)
            if problems == 1 else
            self.tr("Import finished. %n rows could not be imported: fix them in the file and "
                    "import it again (rows already in are left as they are).", "", problems)
            if problems else self.tr("Import finished."))
        self.report_list.clear()
        for is_problem, text in report_lines(report):
            item = QListWidgetItem(text)
            if is_problem:
                item.setForeground(QBrush(QColor(PALETTE["error"])))
            self.report_list.addItem(item)
        self.report_list.show()
        self.imported.emit(report)
        self._finish_close()

    def _on_import_stopped(self, message: str) -> None:
        self._set_running(False)
        self._on_mapping_changed()
        self.message.setText(f"⚠ {message}")
        self._finish_close()

    def reject(self) -> None:
        # A running job reports to this dialog: cancel it and close once it has stopped.
        if self._importer.busy:
            self._close_when_done = True
            self._on_cancel()
            return
        if self._planner.busy:
            self._close_when_done = True
            self._planner.succeeded.connect(lambda _r: self._finish_close())
            self._planner.failed.connect(lambda _m: self._finish_close())
            return
        super().reject()

    def _finish_close(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()
