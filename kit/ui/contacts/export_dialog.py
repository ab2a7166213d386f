"""The Export dialog: choose a format and who goes in, see the count, save, off the GUI thread.

All rules live in kit.services.exports (which contacts match, the consent filter of the
mailing-list formats, the temporary file moved into place only when complete). The dialog only
gathers ExportOptions, shows `count_export` live, and runs `export_contacts` in a worker with a
progress bar and Cancel; a cancelled export leaves no file. Every text is translatable (`self.tr`;
the format help table is marked with QT_TRANSLATE_NOOP and translated where shown).
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError, KitLocked
from kit.export.formats import ALL_FORMATS, get_format
from kit.services.events import list_events
from kit.services.exports import (
    ExportOptions,
    ExportResult,
    count_export,
    export_contacts,
    offers_phones,
)
from kit.services.kit import Kit
from kit.ui.file_dialogs import save_file_name
from kit.ui.folders import documents_folder
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel
from kit.ui.scrolling import ColumnScroll
from kit.ui.theme import PALETTE
from kit.ui.workers import JobRunner
from kit.ui.wrapping_check import WrappingCheckBox, narrow_combo

# One line each, in the words of the person who will open the file.
# Marked for pyside6-lupdate, translated where shown (context "ExportDialog").
FORMAT_HELP = {
    "csv": QT_TRANSLATE_NOOP(
        "ExportDialog", "Every field, one row per person; opens in LibreOffice Calc or Excel."),
    "actionnetwork": QT_TRANSLATE_NOOP(
        "ExportDialog", "For Action Network's list upload (Start Organizing → Upload): two files, "
        "one of people who agreed to email (no phone numbers) and one of people who agreed to "
        "texts, because its upload form subscribes the phones of a whole file with one box."),
    "mailchimp": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "For Mailchimp's audience import (Audience → Add contacts → Import contacts)."),
    "nationbuilder": QT_TRANSLATE_NOOP(
        "ExportDialog", "For NationBuilder's import (Settings → Imports), with email and mobile "
        "opt-in columns."),
    "google": QT_TRANSLATE_NOOP(
        "ExportDialog", "For Google Contacts (Import), with the event and interests as labels."),
    "vcard": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Contact cards for phones and address books (Apple Contacts, Google, Outlook)."),
    "json": QT_TRANSLATE_NOOP(
        "ExportDialog",
        "Everything, consent history included; another Outreach Kit imports it exactly."),
}
PROGRESS_STYLE = """
QProgressBar {{ font-size: 11pt; min-height: 24px; border: 1px solid {border}; border-radius: 6px;
               text-align: center; background: white; }}
QProgressBar::chunk {{ background: {primary}; border-radius: 5px; }}
QPushButton#Primary:disabled {{ background: #9fb8b5; border-color: #9fb8b5; }}
#Warning {{ color: {error}; font-weight: 600; font-size: 12pt; }}
#Count {{ font-size: 14pt; font-weight: 600; color: {primary_dark}; }}
"""


def default_file_name(fmt: str, today: dt.date | None = None) -> str:
    """outreach-kit-mailchimp-2026-06-14.csv: says what it is and when it was made."""
    export_format = get_format(fmt)
    return f"outreach-kit-{fmt}-{(today or dt.date.today()).isoformat()}.{export_format.extension}"


class ExportDialog(QDialog):
    """Format, event, dates, "new since last export", consent, count, file, progress, Cancel."""

    exported = Signal(object)  # ExportResult

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._folder = documents_folder()  # created when missing: the first export must work
        self._path_edited = False
        self.result_info: ExportResult | None = None
        self.setWindowTitle(self.tr("Export contacts"))
        # Room for every row at once (the consent warning wraps): nothing jumps when it appears.
        self.setMinimumSize(780, 560)
        self.setStyleSheet(PROGRESS_STYLE.format(**PALETTE))

        self.format = QComboBox()
        self.format.setObjectName("export_format")
        narrow_combo(self.format)
        self.format.setAccessibleName(self.tr("Format"))
        for name, export_format in ALL_FORMATS.items():
            self.format.addItem(export_format.title, name)
        self.format_help = PlainLabel()
        self.format_help.setObjectName("Hint")
        self.format_help.setWordWrap(True)

        self.event_choice = QComboBox()
        self.event_choice.setObjectName("export_event")
        narrow_combo(self.event_choice)
        self.event_choice.setAccessibleName(self.tr("Event"))
        self.event_choice.addItem(self.tr("All events"), None)
        for event in list_events(kit):
            when = f" ({event.date.isoformat()})" if event.date else ""
            self.event_choice.addItem(arg(self.tr("%1%2 — %3 sign-ups"), event.name, when, event.signups),
                               event.id)

        self.use_dates = QCheckBox(self.tr("Only sign-ups from"))
        self.date_from = QDateEdit(QDate.currentDate())
        self.date_to = QDateEdit(QDate.currentDate())
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
        # The box above its two dates: on one line they were wider than the screen in Spanish.
        dates = QVBoxLayout()
        dates.setSpacing(2)
        dates.addWidget(self.use_dates)
        span = QHBoxLayout()
        span.addWidget(self.date_from)
        span.addWidget(PlainLabel(self.tr("to")))
        span.addWidget(self.date_to)
        span.addStretch(1)
        dates.addLayout(span)

        last = kit.settings.get("last_export_at")
        since = _local_text(last) if last else self.tr("never exported yet")
        # Check boxes whose words wrap: in Spanish one line made the dialog 1,043 px wide.
        self.new_only = WrappingCheckBox(
            self.tr("Only people new since the last full export (%1)").replace("%1", since))
        self.consented_only = WrappingCheckBox(self.tr("Only people who agreed to email"))
        self.include_everyone = WrappingCheckBox(
            self.tr("Include people who did not agree to email"))
        self.include_warning = PlainLabel(
            self.tr("⚠ Mailing-list tools treat everyone in this file as subscribed. Use it only "
                    "to update records you already have, never to add these people to a mailing "
                    "list."))
        self.include_warning.setObjectName("Warning")
        self.include_warning.setWordWrap(True)
        # The upload rule for phones (kit.export.csv_presets.upload_contacts): no number without
        # a yes to texts, unless the coordinator ticks this; the file then says whose is whose.
        self.include_phones = WrappingCheckBox(self.tr("Include phone numbers of people who "
                                                       "did not agree to text messages"))
        self.include_phones.setObjectName("include_phones")
        self.phones_warning = PlainLabel(
            self.tr("⚠ Their numbers are marked text_consent = no in the file. Never text them; "
                    "use this only to update records you already have."))
        self.phones_warning.setObjectName("Warning")
        self.phones_warning.setWordWrap(True)
        self.consent_note = PlainLabel(self.tr("This format takes only people who agreed to email."))
        self.consent_note.setObjectName("Hint")

        self.vcard_version = QComboBox()
        self.vcard_version.addItem(self.tr("3.0 — what Apple and Google import best"), "3.0")
        self.vcard_version.addItem(self.tr("4.0 — newer (RFC 6350)"), "4.0")
        self.vcard_label = PlainLabel(self.tr("vCard version"))

        self.count_label = PlainLabel()
        self.count_label.setObjectName("Count")
        # It also says why nothing can be written (a locked kit), a long sentence: on one line
        # the dialog grew to 1,860 px, past any laptop's screen.
        self.count_label.setWordWrap(True)
        self.count_label.setAccessibleName(self.tr("How many contacts will be written"))

        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.setAccessibleName(self.tr("File to write"))
        self.path.textEdited.connect(lambda _text: setattr(self, "_path_edited", True))
        self.browse_button = QPushButton(self.tr("Save as…"))
        self.browse_button.clicked.connect(self._on_browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse_button)

        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow("", self.format_help)
        form.addRow(self.tr("Event"), self.event_choice)
        form.addRow(self.tr("Dates"), dates)
        form.addRow("", self.new_only)
        consent = QVBoxLayout()
        consent.setSpacing(2)
        for widget in (self.consent_note, self.consented_only, self.include_everyone,
                       self.include_warning, self.include_phones, self.phones_warning):
            consent.addWidget(widget)
        form.addRow(self.tr("Consent"), consent)
        form.addRow(self.vcard_label, self.vcard_version)
        form.addRow(self.tr("File"), path_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("export_progress")
        self.progress.hide()
        self.message = PlainLabel()
        self.message.setObjectName("export_message")
        self.message.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setObjectName("Primary")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self._on_export)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._on_cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.export_button)
        self.cancel_button.hide()

        layout = QVBoxLayout(self)
        # The options scroll on a short screen (1024x600 with Large text); the progress, the
        # count and the buttons stay in sight below them.
        options = QWidget()
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addStretch(1)  # room to spare goes under the options, not between them
        scroll = ColumnScroll(options, self)
        scroll.setObjectName("export_options")
        layout.addWidget(scroll, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        self._runner = JobRunner(self)
        self._runner.progressed.connect(self._on_progressed)
        self._runner.succeeded.connect(self._on_exported)
        self._runner.cancelled.connect(self._on_export_cancelled)
        self._runner.failed.connect(self._on_export_failed)
        self._close_when_done = False

        for signal in (self.format.currentIndexChanged, self.event_choice.currentIndexChanged,
                       self.date_from.dateChanged, self.date_to.dateChanged,
                       self.vcard_version.currentIndexChanged):
            signal.connect(self._on_options_changed)
        for box in (self.use_dates, self.new_only, self.consented_only, self.include_everyone,
                    self.include_phones):
            box.toggled.connect(self._on_options_changed)
        self._on_options_changed()

    # -- options ----------------------------------------------------------------------------
    def current_format(self) -> str:
        return self.format.currentData()

    def set_format(self, name: str) -> None:
        self.format.setCurrentIndex(self.format.findData(name))

    def options(self) -> ExportOptions:
        """The choices as the service's ExportOptions."""
        mailing = get_format(self.current_format()).mailing_list
        phones = offers_phones(self.current_format())
        dates = self.use_dates.isChecked()
        return ExportOptions(
            event_id=self.event_choice.currentData(),
            date_from=self.date_from.date().toPython() if dates else None,
            date_to=self.date_to.date().toPython() if dates else None,
            new_since_last_export=self.new_only.isChecked(),
            consented_only=self.consented_only.isChecked() and not mailing,
            include_everyone=self.include_everyone.isChecked() and mailing,
            vcard_version=self.vcard_version.currentData(),
            include_phones_without_consent=self.include_phones.isChecked() and phones,
        )

    def _on_options_changed(self, *_args) -> None:
        fmt = self.current_format()
        export_format = get_format(fmt)
        help_text = FORMAT_HELP.get(fmt)
        self.format_help.setText(QCoreApplication.translate("ExportDialog", help_text) if help_text
                                 else export_format.title)
        mailing = export_format.mailing_list
        # Mailing lists take only people who agreed unless the coordinator says otherwise;
        # other formats take everyone unless asked to narrow.
        self.consent_note.setVisible(mailing)
        self.include_everyone.setVisible(mailing)
        self.include_warning.setVisible(mailing and self.include_everyone.isChecked())
        self.consented_only.setVisible(not mailing)
        phones = offers_phones(fmt)
        self.include_phones.setVisible(phones)
        self.phones_warning.setVisible(phones and self.include_phones.isChecked())
        self.vcard_label.setVisible(fmt == "vcard")
        self.vcard_version.setVisible(fmt == "vcard")
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(self.use_dates.isChecked())
        if not self._path_edited:
            folder = Path(self.path.text()).parent if self.path.text() else self._folder
            self.path.setText(str(folder / default_file_name(fmt)))
        self._update_count()

    def _update_count(self) -> int | None:
        try:
            count = count_export(self._kit, self.options(), self.current_format())
        except KitLocked:  # the service's sentence is English (and the CLI's): say it here
            self.count_label.setText("⚠ " + self._locked_text())
            self.export_button.setEnabled(False)
            return None
        except KitError as error:
            self.count_label.setText(f"⚠ {error.message}")
            self.export_button.setEnabled(False)
            return None
        text = (self.tr("%n person will be written", "", count) if count == 1
                else self.tr("%n people will be written", "", count) if count
                else self.tr("Nobody matches these choices"))
        companion = get_format(self.current_format()).companion
        if companion is not None:  # Action Network's second file, people who agreed to texts
            texts = count_export(self._kit, self.options(), companion)
            text += "\n" + (self.tr("and %n who agreed to texts, in a second file", "", texts)
                            if texts != 1 else
                            self.tr("and %n person who agreed to texts, in a second file", "",
                                    texts))
            count += texts
        self.count_label.setText(text)
        self.export_button.setEnabled(count > 0 and not self._runner.busy)
        return count

    def _on_browse(self) -> None:
        fmt = get_format(self.current_format())
        path = save_file_name(
            self, self.tr("Export contacts to"), self.path.text(),
            arg(self.tr("%1 (*.%2);;All files (*)"), fmt.title, fmt.extension))
        if path:
            if not Path(path).suffix:
                path += f".{fmt.extension}"
            self.path.setText(path)
            self._path_edited = True

    # -- running ----------------------------------------------------------------------------
    def _on_export(self) -> None:
        text = self.path.text().strip()
        if not text:
            self._show(False, self.tr("Choose a file to write (Save as…)."))
            return
        path = Path(text).expanduser()
        if not path.parent.is_dir():
            self._show(False, self.tr("The folder %1 does not exist; choose another.").replace(
                "%1", str(path.parent)))
            return
        fmt, options, kit = self.current_format(), self.options(), self._kit
        self._set_running(True)
        self._show(None, self.tr("Writing %1…").replace("%1", path.name))

        def work(progress, cancel: threading.Event) -> ExportResult:
            return export_contacts(kit, fmt, path, options, progress=progress,
                                   cancel=cancel.is_set)

        self._runner.start(work, store=kit.store)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.close_button.setEnabled(not running)
        for widget in (self.format, self.event_choice, self.use_dates, self.new_only,
                       self.consented_only, self.include_everyone, self.include_phones,
                       self.vcard_version,
                       self.path, self.browse_button):
            widget.setEnabled(not running)
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(not running and self.use_dates.isChecked())
        self.export_button.setEnabled(not running)

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        self._runner.cancel()
        self.cancel_button.setEnabled(False)
        self._show(None, self.tr("Cancelling…"))

    def _on_exported(self, result: ExportResult) -> None:
        self.result_info = result
        self._set_running(False)
        wrote = (self.tr("✓ Wrote %n person to %1", "", result.count) if result.count == 1
                 else self.tr("✓ Wrote %n people to %1", "", result.count))
        lines = [wrote.replace("%1", str(result.path))]
        if result.email_consent_filter:
            lines.append(self.tr("Only people who agreed to email are in it."))
        if result.companion is not None:  # Action Network: which box to tick for which file
            texts = result.companion
            lines.append(arg(self.tr("Upload %1 with the mobile box (“Subscribe only activists who "
                                     "have not previously unsubscribed to the mobile list”) "
                                     "left unticked: it holds no phone numbers."),
                             result.path.name))
            lines.append(arg(self.tr("✓ Wrote %n person who agreed to texts to %1", "", texts.count)
                             if texts.count == 1 else
                             self.tr("✓ Wrote %n people who agreed to texts to %1", "",
                                     texts.count), str(texts.path)))
            lines.append(arg(self.tr("Upload %1 separately and tick that box (Advanced upload "
                                     "options)."), texts.path.name))
        lines += [f"⚠ {warning}" for warning in result.warnings]
        self._show(True, "\n".join(lines))
        self.new_only.setText(self.tr("Only people new since the last full export (just now)"))
        self._update_count()
        self.exported.emit(result)
        self._finish_close()

    def _on_export_cancelled(self, message: str) -> None:
        self._set_running(False)
        self._update_count()
        self._show(False, message)
        self._finish_close()

    def _locked_text(self) -> str:
        """Why nothing can be written while the kit is locked, in the volunteer's language."""
        from kit.services import protection

        ring = protection.load_ring(self._kit)
        if ring is not None and not ring.can_read:
            return self.tr("Exporting needs the sealed contacts: this table laptop cannot read "
                           "them. Export on the coordinator's laptop.")
        return self.tr("Exporting needs the sealed contacts and the kit is locked: unlock it "
                       "(Contacts, Unlock…) and export again.")

    def _on_export_failed(self, message: str) -> None:
        self._set_running(False)
        self._update_count()
        if _locked(self._kit):  # relocked while writing: the service's sentence is English
            message = self._locked_text()
        self._show(False, self.tr("The export failed: %1").replace("%1", message))
        self._finish_close()

    def _show(self, ok: bool | None, message: str) -> None:
        colour = {True: PALETTE["primary_dark"], False: PALETTE["error"], None: PALETTE["muted"]}
        self.message.setStyleSheet(f"color: {colour[ok]}; font-size: 12pt;")
        self.message.setText(message)
        # A longer message (Action Network's two files) grows the dialog instead of being clipped.
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def reject(self) -> None:
        # The worker reports to this dialog: cancel it and close once it has stopped.
        if self._runner.busy:
            self._close_when_done = True
            self._on_cancel()
            return
        super().reject()

    def _finish_close(self) -> None:
        if self._close_when_done:
            self._close_when_done = False
            super().reject()


def _local_text(iso_utc: str) -> str:
    """A stored UTC ISO time as local "2026-06-14 18:05"."""
    try:
        when = dt.datetime.fromisoformat(iso_utc)
    except ValueError:
        return iso_utc
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%Y-%m-%d %H:%M")


def _locked(kit: Kit) -> bool:
    from kit.domain.protection import ProtectionMode
    from kit.services import protection

    return protection.mode(kit) is ProtectionMode.LOCKED
