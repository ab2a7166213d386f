"""The Handouts tab: pick a handout, see its pages, print it in one click (or save a PDF).

Rendering and printing run in a QThreadPool: a job gets plain data (pack, event, paper), never
a widget or the kit, and reports back through a small QObject's signals. Each preview request
carries a number; a result whose number is not the latest (the volunteer clicked on) is dropped.
The print log is written on the GUI thread, through the service, once the printer took the job.
Texts are translatable (`self.tr`; context "HandoutsPage" in the jobs and the paper table).
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError, ValidationFailed
from kit.services import campaign
from kit.services import handouts as service
from kit.services.kit import Kit
from kit.ui.file_dialogs import save_file_name
from kit.ui.folders import documents_folder
from kit.ui.handouts import printing
from kit.ui.handouts.pdf_preview import PdfPreview, page_images
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.scrolling import ColumnScroll
from kit.ui.theme import PALETTE

log = logging.getLogger(__name__)

PAPER_SETTING = "handout_paper"
# Marked for pyside6-lupdate, translated where shown (context "HandoutsPage").
PAPER_LABELS = {
    "letter": (QT_TRANSLATE_NOOP("HandoutsPage", "Letter"),
               QT_TRANSLATE_NOOP("HandoutsPage", "8.5 × 11 in (US)")),
    "a4": ("A4", QT_TRANSLATE_NOOP("HandoutsPage", "210 × 297 mm")),
}
# Regions (ISO 3166 codes) where Letter is the everyday paper; everywhere else uses A4.
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "PR", "GT"})
PREVIEW_OVERSAMPLE = 1.5  # render a little wider than shown so a wider window stays sharp
FEEDBACK_MS = 10_000

# Local to this page, so the app-wide theme stays as it is.
PAGE_STYLE = """
#Feedback {{ font-size: 12pt; padding: 8px 10px; border-radius: 6px; }}
#Feedback[ok="true"] {{ background: {ok_bg}; color: {primary_dark}; border: 1px solid #b7d6cd; }}
#Feedback[ok="false"] {{ background: {error_bg}; color: {error}; border: 1px solid {error}; }}
#TodayCount {{ font-size: 12pt; color: {ink}; }}
#ContactWarning {{ background: #fff4d6; border: 1px solid #d9b44a; border-radius: 6px; }}
#ContactWarning QLabel {{ font-size: 11pt; color: {ink}; }}
#PreviewDesk {{ background: #e4e0d6; }}
#PreviewMessage {{ font-size: 12pt; color: {muted}; padding: 6px; }}
QListWidget#handout_list {{ font-size: 13pt; border: 1px solid #cfc9bb; border-radius: 6px;
                            background: white; }}
QListWidget#handout_list::item {{ padding: 7px 10px; border-bottom: 1px solid #eee9de; }}
QListWidget#handout_list::item:selected {{ background: #cfe3df; color: {ink}; }}
QSpinBox {{ font-size: 15pt; padding: 6px 8px; min-height: 28px; }}
"""


def default_paper(kit: Kit, locale: QLocale | None = None) -> str:
    """The paper last chosen on this kit, else Letter in the US (and its neighbours), else A4.

    A locale without a country (the C locale of a fresh Linux box) defers to the kit's region
    setting, which the sign-up form already uses for phone numbers.
    """
    saved = kit.settings.get(PAPER_SETTING)
    if saved in service.PAPERS:
        return saved
    territory = (locale or QLocale.system()).territory()
    if territory == QLocale.Country.AnyTerritory:
        region = kit.region.upper()
    else:
        region = QLocale.territoryToCode(territory).upper()
    return "letter" if region in LETTER_REGIONS else "a4"


class JobSignals(QObject):
    """How a worker reports back; created on the GUI thread, so slots run there."""

    rendered = Signal(int, object, object)  # request number, PDF bytes, list[QImage]
    printed = Signal(int, object, object)  # request number, PrintResult, PDF bytes
    failed = Signal(int, str)  # request number, message for the volunteer


class PreviewJob(QRunnable):
    """Render one handout and rasterise its pages for the preview (touches no widget).

    The signals object belongs to the page, not to the job: the pool deletes a finished job on
    its own thread, and a QObject must not be destroyed away from the thread it lives in.
    """

    def __init__(self, signals: JobSignals, number: int, name: str, pack, event, paper: str,
                 width_px: int) -> None:
        super().__init__()
        self.signals = signals
        self._args = (number, name, pack, event, paper, width_px)

    def run(self) -> None:
        number, name, pack, event, paper, width_px = self._args
        try:
            pdf = service.render_plain(name, pack, event, paper)
            images = page_images(pdf, width_px)
        except KitError as error:
            self.signals.failed.emit(number, error.message)
        except Exception as error:  # a worker must report, never die silently
            log.error("Preview of %s failed:\n%s", name, traceback.format_exc())
            self.signals.failed.emit(number, QCoreApplication.translate(
                "HandoutsPage", "The preview could not be made (%1).").replace("%1", str(error)))
        else:
            self.signals.rendered.emit(number, pdf, images)


class PrintJob(QRunnable):
    """Render (unless the bytes are given) and print one handout on a prepared QPrinter."""

    def __init__(self, signals: JobSignals, number: int, printer: QPrinter, pdf: bytes | None,
                 render_args: tuple, copies: int, pages: tuple[int, int] | None = None,
                 keep_paper: bool = False) -> None:
        super().__init__()
        self.signals = signals
        self._printer = printer
        self._pdf = pdf
        self._render_args = render_args
        self._copies = copies
        self._pages = pages
        self._keep_paper = keep_paper
        self._number = number

    def run(self) -> None:
        try:
            pdf = self._pdf or service.render_plain(*self._render_args)
            result = printing.print_pdf(self._printer, pdf, self._copies, self._pages,
                                        keep_paper=self._keep_paper)
        except KitError as error:
            self.signals.failed.emit(self._number, error.message)
        except Exception as error:
            log.error("Printing failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(self._number, QCoreApplication.translate(
                "HandoutsPage", "Printing failed (%1).").replace("%1", str(error)))
        else:
            self.signals.printed.emit(self._number, result, pdf)


class HandoutsPage(QWidget):
    """One click to print: a list of handouts, paper, copies, Quick print, and a live preview."""

    handout_logged = Signal(str, int)  # handout name, copies (after a print or a save)
    pack_saved = Signal()  # the contact details were saved into the pack from this tab

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HandoutsPage")
        self.setStyleSheet(PAGE_STYLE.format(**PALETTE))
        self._kit = kit
        # The pool is created before the signals object, so when the page goes away the pool
        # (deleted first) waits for running jobs while their signals object still exists.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._signals = JobSignals(self)
        self._signals.rendered.connect(self._on_job_rendered)
        self._signals.printed.connect(self._on_job_printed)
        self._signals.failed.connect(self._on_job_failed)
        self._pending: set[int] = set()  # numbers of jobs not yet reported back
        self._request = 0
        self._last_pdf: tuple[tuple, bytes] | None = None  # (render key, bytes) of the preview
        self._printing: dict[int, tuple[str, str, str]] = {}  # job -> (name, paper, action)
        self._stale = True

        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.setSpacing(18)
        # The column of controls scrolls on a short window: at 1024x600 the list of every
        # handout, Paper, Copies and Quick print are taller than the tab, and squeezed into it
        # they were drawn over the list's last rows (the paper sign-up sheet and slips).
        column = QWidget(self)
        column.setObjectName("HandoutsColumn")
        side = QVBoxLayout(column)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(10)
        layout.addWidget(ColumnScroll(column, self), 0)

        hint = PlainLabel(self.tr("Pick a handout, check the preview, press Quick print."))
        hint.setObjectName("Hint")
        hint.setWordWrap(True)
        side.addWidget(hint)

        # Shown while the pack gives no way to reach the group (see _update_contact_warning).
        self.contact_warning = QFrame(self)
        self.contact_warning.setObjectName("ContactWarning")
        warning_layout = QVBoxLayout(self.contact_warning)
        warning_layout.setContentsMargins(10, 8, 10, 8)
        self.contact_warning_text = PlainLabel("")
        self.contact_warning_text.setWordWrap(True)
        self.add_contact_button = QPushButton(self.tr("Add contact details…"))
        self.add_contact_button.clicked.connect(self.open_contact_dialog)
        warning_layout.addWidget(self.contact_warning_text)
        warning_layout.addWidget(self.add_contact_button)
        self.contact_warning.setVisible(False)
        side.addWidget(self.contact_warning)

        self.list = QListWidget(self)
        self.list.setObjectName("handout_list")
        self.list.setAccessibleName(self.tr("Handouts"))
        self.list.setMinimumWidth(330)
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        side.addWidget(self.list)

        options = QHBoxLayout()
        options.setSpacing(8)
        paper_label = PlainLabel(self.tr("Paper"))
        paper_label.setObjectName("FieldLabel")
        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper size"))
        for key, (label, size) in PAPER_LABELS.items():
            self.paper.addItem(self.tr(label), key)
            self.paper.setItemData(self.paper.count() - 1, self.tr(size), Qt.ItemDataRole.ToolTipRole)
        self.paper.setCurrentIndex(list(PAPER_LABELS).index(default_paper(kit)))
        self.paper.currentIndexChanged.connect(self._on_paper_changed)
        paper_label.setBuddy(self.paper)
        copies_label = PlainLabel(self.tr("Copies"))
        copies_label.setObjectName("FieldLabel")
        self.copies = QSpinBox(self)
        self.copies.setAccessibleName(self.tr("Copies"))
        self.copies.setRange(1, service.MAX_COPIES)
        self.copies.setValue(1)
        self.copies.setMinimumWidth(80)
        self.copies.valueChanged.connect(self._on_copies_changed)
        copies_label.setBuddy(self.copies)
        options.addWidget(paper_label)
        options.addWidget(self.paper, 1)
        options.addSpacing(10)
        options.addWidget(copies_label)
        options.addWidget(self.copies)
        side.addLayout(options)

        # Shown only when the pack has handout texts in more than one language.
        self.language_row = QWidget(self)
        language_layout = QHBoxLayout(self.language_row)
        language_layout.setContentsMargins(0, 0, 0, 0)
        language_layout.setSpacing(8)
        language_label = PlainLabel(self.tr("Language"))
        language_label.setObjectName("FieldLabel")
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language of the handout"))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        language_label.setBuddy(self.language)
        language_layout.addWidget(language_label)
        language_layout.addWidget(self.language, 1)
        self.language_row.setVisible(False)
        side.addWidget(self.language_row)

        self.quick_print_button = QPushButton(self.tr("Quick print"))
        self.quick_print_button.setObjectName("Primary")
        self.quick_print_button.setAccessibleName(self.tr("Quick print on the default printer"))
        self.quick_print_button.clicked.connect(self._on_quick_print_clicked)
        side.addWidget(self.quick_print_button)
        self.printer_hint = PlainLabel("")
        self.printer_hint.setObjectName("Hint")
        self.printer_hint.setWordWrap(True)
        side.addWidget(self.printer_hint)

        more = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setToolTip(self.tr("Choose the printer, copies and pages in the print dialog"))
        self.print_button.clicked.connect(self._on_print_clicked)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self._on_save_clicked)
        more.addWidget(self.print_button, 1)
        more.addWidget(self.save_button, 1)
        side.addLayout(more)

        self.feedback = PlainLabel("")
        self.feedback.setObjectName("Feedback")
        self.feedback.setWordWrap(True)
        self.feedback.setVisible(False)
        side.addWidget(self.feedback)
        self._feedback_timer = QTimer(self)
        self._feedback_timer.setSingleShot(True)
        self._feedback_timer.setInterval(FEEDBACK_MS)
        self._feedback_timer.timeout.connect(lambda: self.feedback.setVisible(False))

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setObjectName("Rule")
        side.addWidget(line)
        self.today_label = PlainLabel("")
        self.today_label.setObjectName("TodayCount")
        self.today_label.setAccessibleName(self.tr("Handouts given out today"))
        self.today_label.setWordWrap(True)
        side.addWidget(self.today_label)
        side.addStretch(1)

        self.preview = PdfPreview(self)
        layout.addWidget(self.preview, 1)

    # -- public --------------------------------------------------------------------------------

    def current_name(self) -> str | None:
        """The registry name of the selected handout, or None."""
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_language(self) -> str:
        """The language the handouts are printed in ("" = the pack's own)."""
        return self.language.currentData() or ""

    def current_paper(self) -> str:
        """'letter' or 'a4', as chosen."""
        return self.paper.currentData()

    def select(self, name: str) -> None:
        """Select handout `name` (which starts its preview)."""
        self._ensure_loaded()
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)
                return

    def reload(self) -> None:
        """Read the pack and the active event again (after a content edit or an event switch)."""
        self._stale = True
        if self.isVisible():
            self._ensure_loaded()

    def refresh_today(self) -> None:
        """Update the "handed out today" line from the log."""
        counts = service.handouts_printed_today(self._kit)
        if not counts:
            self.today_label.setText(self.tr("Handed out today: nothing yet."))
            return
        titles = {self.list.item(r).data(Qt.ItemDataRole.UserRole): self.list.item(r).data(
            Qt.ItemDataRole.UserRole + 1) for r in range(self.list.count())}
        parts = [f"{titles.get(name, name)}: {count}" for name, count in counts.items()]
        self.today_label.setText(self.tr("Handed out today:  %1").replace("%1", "   ·   ".join(parts)))

    @property
    def busy(self) -> bool:
        """True while a preview or a print job has not reported back yet."""
        return bool(self._pending)

    # -- loading and preview ---------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        # Counting pages renders every handout once: do it when the tab is first seen, not at
        # start-up, so the kiosk opens fast.
        self._ensure_loaded()

    def _ensure_loaded(self) -> None:
        if not self._stale:
            return
        self._stale = False
        selected = self.current_name() or "flyer"
        self._update_printer_hint()
        self._update_contact_warning()
        try:
            catalogue = service.handout_catalogue(self._kit, self.current_paper())
        except KitError as error:
            self.list.clear()
            self.preview.set_pages([])
            self.preview.set_message(error.message)
            self._set_actions_enabled(False)
            self.refresh_today()
            return
        self._fill_languages()
        self.list.blockSignals(True)
        self.list.clear()
        for info in catalogue:
            pages = (self.tr("%n page", "", info.pages) if info.pages == 1
                     else self.tr("%n pages", "", info.pages))
            item = QListWidgetItem(f"{info.title}  ·  {pages}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setData(Qt.ItemDataRole.UserRole + 1, info.title)
            item.setToolTip(literal_text(f"{info.title} ({info.name}), {pages}"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        # Every handout in view without scrolling: there are only a handful.
        rows = sum(self.list.sizeHintForRow(r) for r in range(self.list.count()))
        self.list.setFixedHeight(rows + 2 * self.list.frameWidth() + 4)
        names = [info.name for info in catalogue]
        self.list.setCurrentRow(names.index(selected) if selected in names else 0)
        self.refresh_today()

    def _fill_languages(self) -> None:
        """The pack's handout languages, each named in itself (español, اردو), the choice kept."""
        pack = self._kit.pack()
        languages = pack.handout_languages() if pack is not None else ()
        chosen = self.current_language()
        self.language.blockSignals(True)
        self.language.clear()
        for code in languages:
            name = QLocale(code).nativeLanguageName() or code
            self.language.addItem(f"{name} ({code})", "" if code == languages[0] else code)
        index = self.language.findData(chosen)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self.language_row.setVisible(len(languages) > 1)

    def _render_key(self) -> tuple | None:
        name = self.current_name()
        pack = self._kit.pack()
        if name is None or pack is None:
            return None
        try:
            pack = service.in_language(pack, self.current_language())
        except KitError:  # the language left the pack since the list was filled
            pass
        return (name, pack, service.active_event_info(self._kit), self.current_paper())

    def _request_preview(self) -> None:
        key = self._render_key()
        if key is None:
            return
        self._request += 1
        self._set_actions_enabled(True)
        self.preview.set_message(self.tr("Updating the preview…") if self.preview.page_count else
                                 self.tr("Preparing the preview…"))
        width = round(self.preview.page_width() * self.devicePixelRatioF() * PREVIEW_OVERSAMPLE)
        self._start(self._request, PreviewJob(self._signals, self._request, *key, width))

    def _start(self, number: int, job: QRunnable) -> None:
        self._pending.add(number)
        self._pool.start(job)

    def _on_job_rendered(self, number: int, pdf: bytes, images: list) -> None:
        self._pending.discard(number)
        if number != self._request:
            return  # the volunteer has moved on; this preview is stale
        key = self._render_key()
        self._last_pdf = (key, pdf) if key else None
        self.preview.set_pages(images)

    def _on_job_failed(self, number: int, message: str) -> None:
        self._pending.discard(number)
        if number in self._printing:
            self._printing.pop(number)
            self._set_busy(False)
            self._show_feedback(self.tr("Not printed: %1").replace("%1", message), ok=False)
            return
        if number == self._request:
            self.preview.set_pages([])
            self.preview.set_message(message)

    def _on_current_row_changed(self, _row: int) -> None:
        self._request_preview()

    def _on_language_changed(self, _index: int) -> None:
        self._request_preview()

    def _on_paper_changed(self, _index: int) -> None:
        try:
            self._kit.settings.set(PAPER_SETTING, self.current_paper())
        except KitError as error:  # a locked kit: the choice still holds for this session
            log.warning("Paper choice not saved: %s", error.message)
        self._stale = True
        self._ensure_loaded()  # page counts can differ between Letter and A4

    def _on_copies_changed(self, value: int) -> None:
        self.quick_print_button.setText(self.tr("Quick print") if value == 1 else
                                        self.tr("Quick print %n copies", "", value))

    # -- printing and saving ---------------------------------------------------------------------

    def _pdf_if_current(self, key: tuple) -> bytes | None:
        if self._last_pdf is not None and self._last_pdf[0] == key:
            return self._last_pdf[1]
        return None

    def _handout_and_printer(self) -> tuple[tuple, QPrinter] | None:
        """The handout to print and the default printer; None (said in the feedback line when
        there is no printer) when there is nothing to print or nowhere to print it."""
        key = self._render_key()
        if key is None:
            return None
        try:
            return key, printing.printer_for(None)
        except KitError as error:
            self._show_feedback(error.message, ok=False)
            return None

    def _on_quick_print_clicked(self) -> None:
        ready = self._handout_and_printer()
        if ready is not None:
            key, printer = ready
            self._start_print(printer, key, self.copies.value(), None, "quick-print")

    def _on_print_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        ready = self._handout_and_printer()
        if ready is None:
            return
        key, printer = ready
        printing.prepare_printer(printer, key[3], self.copies.value())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print handout"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.print_as_dialog_left(printer, key)

    def print_as_dialog_left(self, printer: QPrinter, key: tuple) -> None:
        """Print on `printer` as the print dialog left it: its copies, pages and paper.

        A switch between Letter and A4 in the dialog sets the handout again for that paper
        (its layout is made for each); any other paper keeps the layout, scaled to fit.
        """
        chosen = printing.chosen_paper(printer)
        if chosen is not None and chosen != key[3]:
            key = (*key[:3], chosen)
        self._start_print(printer, key, max(1, printer.copyCount()),
                          printing.dialog_page_range(printer), "print", keep_paper=True)

    def _start_print(self, printer: QPrinter, key: tuple, copies: int,
                     pages: tuple[int, int] | None, action: str, *,
                     keep_paper: bool = False) -> None:
        name, pack, event, paper = key
        self._request += 1  # printing also makes any preview in flight stale; that is fine
        number = self._request
        job = PrintJob(self._signals, number, printer, self._pdf_if_current(key),
                       (name, pack, event, paper), copies, pages, keep_paper)
        self._printing[number] = (name, paper, action)
        self._set_busy(True)
        self._show_feedback(self.tr("Sending to %1…").replace("%1", printing.printer_label(printer)), ok=True)
        self._start(number, job)

    def _on_job_printed(self, number: int, result, pdf: bytes) -> None:
        self._pending.discard(number)
        name, paper, action = self._printing.pop(number)
        self._set_busy(False)
        if number == self._request:  # the preview request this print superseded
            self._request_preview()
        try:
            service.log_handout(self._kit, name, paper, result.copies, action)
        except KitError as error:
            self._show_feedback(self.tr("Printed, but not counted: %1").replace("%1", error.message),
                                ok=False)
            return
        title = self._title(name)
        sent = (self.tr("✓ Sent %n copy of the %1 to %2.", "", result.copies) if result.copies == 1
                else self.tr("✓ Sent %n copies of the %1 to %2.", "", result.copies))
        self._show_feedback(arg(sent, title, result.printer), ok=True)
        self.refresh_today()
        self.handout_logged.emit(name, result.copies)

    def _on_save_clicked(self) -> None:
        key = self._render_key()
        if key is None:
            return
        name, _pack, _event, paper = key
        suggested = str(documents_folder() / f"{name}-{paper}.pdf")
        path = save_file_name(self, self.tr("Save handout as PDF"), suggested,
                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        try:
            saved = service.save_handout(self._kit, name, paper, path, self._pdf_if_current(key),
                                         language=self.current_language())
        except KitError as error:
            QMessageBox.warning(self, self.tr("Not saved"), literal_text(error.message))
            return
        except OSError as error:
            QMessageBox.warning(self, self.tr("Not saved"), literal_text(self.tr(
                "The file could not be written: %1.").replace("%1", str(error.strerror))))
            return
        self._show_feedback(arg(self.tr("✓ Saved the %1 as %2."), self._title(name), saved.name), ok=True)
        self.refresh_today()
        self.handout_logged.emit(name, 1)

    # -- small helpers ---------------------------------------------------------------------------

    def _title(self, name: str) -> str:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item.data(Qt.ItemDataRole.UserRole + 1)
        return name

    def _update_contact_warning(self) -> None:
        gap = service.contact_gap(self._kit)
        if gap:
            self.contact_warning_text.setText(self.tr(
                "These handouts give no way to reach your group: the campaign pack has no "
                "website, sign-up link, email, social media or meeting place. People who take "
                "a flyer home cannot find you again."))
        self.contact_warning.setVisible(bool(gap))

    def open_contact_dialog(self) -> bool:
        """Ask for the group's contact details and save them into the pack; True when saved."""
        pack = self._kit.pack()
        if pack is None:
            return False
        dialog = ContactDialog(self._kit, pack.organisation.contact, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._show_feedback(self.tr("✓ Saved. Every handout now shows how to reach you."), ok=True)
        self._stale = True
        self._ensure_loaded()
        self.pack_saved.emit()
        return True

    def _update_printer_hint(self) -> None:
        try:
            names = printing.available_printers()
            default = printing.default_printer_name()
        except Exception:  # a broken print system must not break the tab
            log.exception("Could not list printers")
            names, default = [], ""
        if default:
            self.printer_hint.setText(self.tr("Prints on %1, no questions asked.").replace("%1", default))
        elif names:
            self.printer_hint.setText(
                self.tr("Prints on %1 (no default printer is set).").replace("%1", names[0]))
        else:
            self.printer_hint.setText(self.tr("No printer found. Connect one, or use Save as PDF."))

    def _set_actions_enabled(self, enabled: bool) -> None:
        for button in (self.quick_print_button, self.print_button, self.save_button):
            button.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        self.quick_print_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def _show_feedback(self, text: str, *, ok: bool) -> None:
        self.feedback.setText(text)
        self.feedback.setProperty("ok", ok)
        self.feedback.style().unpolish(self.feedback)
        self.feedback.style().polish(self.feedback)
        self.feedback.setVisible(True)
        self._feedback_timer.start()


class ContactDialog(QDialog):
    """The group's contact details, saved into the campaign pack (kit.services.campaign, as the
    first-run step saves them).

    Only what the group wants printed: every field may stay empty. A refused address keeps the
    dialog open with the reason, and nothing is saved.
    """

    FIELDS = (
        ("website", QT_TRANSLATE_NOOP("ContactDialog", "Website"), "https://"),
        ("signup", QT_TRANSLATE_NOOP("ContactDialog", "Online sign-up link"), "https://"),
        ("email", QT_TRANSLATE_NOOP("ContactDialog", "Email"), "info@example.org"),
        ("social", QT_TRANSLATE_NOOP("ContactDialog", "Social media"), "@group on Instagram"),
        ("meeting", QT_TRANSLATE_NOOP("ContactDialog", "Meetings"),
         "First Tuesdays, 7 pm, at the library"),
    )

    def __init__(self, kit: Kit, contact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.setWindowTitle(self.tr("How people reach your group"))
        layout = QVBoxLayout(self)
        intro = PlainLabel(self.tr(
            "These lines and a QR code for the website (or sign-up link) go on every handout. "
            "Fill in only what your group wants printed; a public address, not a person's own."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label, placeholder in self.FIELDS:
            edit = QLineEdit(getattr(contact, name))
            edit.setPlaceholderText(placeholder)
            edit.setAccessibleName(QCoreApplication.translate("ContactDialog", label))
            form.addRow(QCoreApplication.translate("ContactDialog", label), edit)
            self.edits[name] = edit
        layout.addLayout(form)
        self.error = PlainLabel("")
        self.error.setObjectName("Error")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> None:
        typed = {name: edit.text() for name, edit in self.edits.items()}
        try:
            campaign.save_contact_details(self._kit, **typed)
        except ValidationFailed as failed:  # each refused field, in the form's order
            messages = failed.by_field()
            self.error.setText("\n".join(messages[name] for name in (*typed, "pack")
                                         if name in messages))
            self.error.setVisible(True)
            return
        except KitError as error:
            self.error.setText(error.message)
            self.error.setVisible(True)
            return
        self.accept()
