"""The Sync tab: where sign-ups go (targets), what the next sync sends, Sync now, and failures.

Everything here goes through kit.services.sync and kit.services.targets. The sync itself runs in
a worker (kit.ui.workers) that touches no widget; `run_sync` closes the worker thread's database
connection itself. Keys come from the session's SecretStore: the OS keyring when there is one,
else memory only, asked for once per session (QInputDialog, password echo).

Two ways a sync starts: the coordinator presses Sync now (or Retry), and may then be asked for a
missing or rejected key; or MainWindow's timer asks the app's SyncRunner (kit.ui.sync.runner) to
sync quietly, which never opens a dialog and needs no page. This page and the timer share that
runner (the worker and the session's keys): a sync runs once at a time, and the page shows what
a quiet one sent when it is next opened. When the quiet retry starts, which targets a sync asks
keys for, which ones it paused, and how long the session keeps keys are decided in
kit.services.background_sync; this page owns the dialogs and what is shown.

Texts are translatable (`self.tr`; context "SyncPage" in the module-level functions and tables).
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.services import background_sync
from kit.services import sync as sync_service
from kit.services.kit import Kit
from kit.services.targets import remove_target, set_enabled, update_target
from kit.sync import states
from kit.sync.engine import SyncReport
from kit.sync.secrets import SecretStore
from kit.sync.targets import ADAPTERS
from kit.sync.targets.base import TargetConfig
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.scrolling import scrolled_body
from kit.ui.sync.runner import SyncRunner
from kit.ui.sync.target_dialog import TargetDialog
from kit.ui.tables import fit_columns, keep_titles_whole
from kit.ui.theme import PALETTE

log = logging.getLogger(__name__)

# Marked for pyside6-lupdate, translated where shown.
SKIP_WHY = {
    "actionnetwork": QT_TRANSLATE_NOOP("SyncPage", "no email consent and no phone"),
    "mailchimp": QT_TRANSLATE_NOOP("SyncPage", "no email consent"),
    "webhook": QT_TRANSLATE_NOOP("SyncPage", "consent rules"),
}
TARGET_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncPage", "Name"), QT_TRANSLATE_NOOP("SyncPage", "Kind"),
    QT_TRANSLATE_NOOP("SyncPage", "Address"), QT_TRANSLATE_NOOP("SyncPage", "Status"),
    QT_TRANSLATE_NOOP("SyncPage", "Waiting"), QT_TRANSLATE_NOOP("SyncPage", "Sent"),
    QT_TRANSLATE_NOOP("SyncPage", "Skipped"), QT_TRANSLATE_NOOP("SyncPage", "Failed"),
)
FAILED_COLUMNS = (
    QT_TRANSLATE_NOOP("SyncPage", "Person"), QT_TRANSLATE_NOOP("SyncPage", "Target"),
    QT_TRANSLATE_NOOP("SyncPage", "Reason"), "HTTP", QT_TRANSLATE_NOOP("SyncPage", "Tries"),
    QT_TRANSLATE_NOOP("SyncPage", "Last try"),
)

PAGE_STYLE = """
#SyncResult {{ font-size: 12pt; padding: 6px 10px; border-radius: 6px; }}
#SyncResult[ok="true"] {{ background: {ok_bg}; color: {primary_dark}; border: 1px solid #b7d6cd; }}
#SyncResult[ok="false"] {{ background: {error_bg}; color: {error}; border: 1px solid {error}; }}
#DryRun {{ font-size: 12pt; background: white; border: 1px solid {border_soft};
           border-radius: 6px; padding: 8px 10px; }}
QProgressBar {{ font-size: 11pt; min-height: 26px; border: 1px solid {border}; border-radius: 6px;
               text-align: center; background: white; }}
QProgressBar::chunk {{ background: {primary}; border-radius: 5px; }}
QPushButton#Primary:disabled {{ background: #9fb8b5; border-color: #9fb8b5; }}
"""


def _tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP, in the volunteer-side language."""
    return QCoreApplication.translate("SyncPage", text)


def dry_run_line(entry: sync_service.DryRunEntry) -> str:
    """One sentence per target: "37 sign-ups will go to Action Network, 4 skipped (…)".

    The sentence is a list of facts: the main clause, then optional ", N skipped (why)" and
    ", N need a look first"; each is one translatable phrase.
    """
    translate = QCoreApplication.translate
    target = entry.target
    if target.paused_reason:
        return arg(translate("SyncPage", "%1 is paused: %2"), target.name, target.paused_reason)
    if entry.count == 1:
        line = translate("SyncPage", "%n sign-up will go to %1", None, entry.count)
    elif entry.count:
        line = translate("SyncPage", "%n sign-ups will go to %1", None, entry.count)
    else:
        line = translate("SyncPage", "Nothing new to send to %1")
    parts = [arg(line, target.name)]
    if entry.skipped:
        why = _tr(SKIP_WHY.get(target.kind, SKIP_WHY["webhook"]))
        parts.append(arg(translate("SyncPage", "%n skipped (%1)", None, entry.skipped), why))
    if entry.needs_attention:
        parts.append(translate("SyncPage", "%n need a look first", None, entry.needs_attention))
    if entry.removals:
        parts.append(translate("SyncPage", "removals to pass on: %n", None, entry.removals))
    return arg(translate("SyncPage", "%1.", "the end of a dry-run line"), ", ".join(parts))


def report_text(report: SyncReport) -> str:
    """What a sync did, in a line or two a coordinator can act on."""
    translate = QCoreApplication.translate
    parts = [translate("SyncPage", "%n sent", None, report.total("sent"))]
    if report.total("skipped"):
        parts.append(translate("SyncPage", "%n not sent (consent)", None, report.total("skipped")))
    if report.total("failed") or report.total("needs_attention"):
        parts.append(translate("SyncPage", "%n failed (see the list below)", None,
                               report.total("failed") + report.total("needs_attention")))
    waiting = report.total("waiting")
    if waiting:
        parts.append(translate("SyncPage", "%n still waiting", None, waiting))
    # Removed people and replaced addresses passed on to the services (kit.sync.notices).
    told = report.total("told_removed")
    if told:
        parts.append(translate("SyncPage", "removals passed on: %n", None, told))
    removals_left = report.total("removals_waiting") + report.total("removals_failed")
    if removals_left:
        parts.append(translate("SyncPage", "removals still to pass on: %n", None, removals_left))
    head = arg(translate("SyncPage", "Sync cancelled: %1.") if report.cancelled
               else translate("SyncPage", "Sync finished: %1."), ", ".join(parts))
    notes = [f"{t.target}: {t.stopped}" for t in report.targets if t.stopped]
    # What a service could not take (a tag it refused) is said, never dropped silently.
    notes += [f"{t.target}: {note}" for t in report.targets for note in t.notes]
    if report.cancelled and waiting:
        notes.append(translate("SyncPage", "The rest waits for the next sync."))
    if not report.targets:
        return translate("SyncPage", "Nothing to sync: no target is turned on.")
    return "\n".join([head, *notes])


class SyncPage(QWidget):
    """Targets, the dry run, Sync now with progress and Cancel, failed rows and Retry."""

    sync_finished = Signal(object)  # SyncReport
    # What changes what waits to sync from this page (targets, Retry), for the status bar; the
    # end of a sync is the runner's `finished`, which the main window hears itself.
    outbox_changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None, *,
                 secrets: SecretStore | None = None, runner: SyncRunner | None = None) -> None:
        """`runner`: the app's (the main window's); a page on its own makes one, with `secrets`
        as its key store when given."""
        super().__init__(parent)
        self.setObjectName("SyncPage")
        self._kit = kit
        self.runner = runner if runner is not None else SyncRunner(kit, self, secrets=secrets)
        self._targets: list[TargetConfig] = []
        self.setStyleSheet(PAGE_STYLE.format(**PALETTE))

        # The page scrolls on a short window (1024x600, Large text): squeezed into it, the
        # intro, the buttons and the section titles were cut ("Svnc").
        layout = QVBoxLayout(scrolled_body(self, "SyncBody"))
        layout.setSpacing(8)
        intro = PlainLabel(self.tr("Sign-ups wait on this laptop until you sync. Nothing leaves it "
                               "before you press Sync now (or, once keys are entered, while the "
                               "app retries quietly every few minutes)."))
        intro.setObjectName("Hint")
        intro.setWordWrap(True)
        layout.addWidget(intro)

        title = PlainLabel(self.tr("Where sign-ups go"))
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        self.targets_table = QTableWidget(0, len(TARGET_COLUMNS), self)
        self.targets_table.setObjectName("targets_table")
        self.targets_table.setAccessibleName(self.tr("Sync targets"))
        self.targets_table.setHorizontalHeaderLabels([_tr(name) for name in TARGET_COLUMNS])
        self._table_defaults(self.targets_table)
        self.targets_table.setMinimumHeight(110)  # the header and two targets, when squeezed
        keep_titles_whole(self.targets_table, 2)
        self.targets_table.itemSelectionChanged.connect(self._on_selection_changed)
        self.targets_table.doubleClicked.connect(lambda _index: self._on_edit())
        layout.addWidget(self.targets_table)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setObjectName("add_target")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.enable_button = QPushButton(self.tr("Turn off"))
        self.enable_button.setObjectName("enable_target")
        self.remove_button = QPushButton(self.tr("Remove…"))
        for button in (self.add_button, self.edit_button, self.enable_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add)
        self.edit_button.clicked.connect(self._on_edit)
        self.enable_button.clicked.connect(self._on_toggle_enabled)
        self.remove_button.clicked.connect(self._on_remove)

        self.paused_banner = QFrame(self)
        self.paused_banner.setObjectName("Banner")
        banner_row = QHBoxLayout(self.paused_banner)
        banner_row.setContentsMargins(8, 4, 8, 4)
        self.paused_text = PlainLabel()
        self.paused_text.setWordWrap(True)
        self.paused_text.setObjectName("paused_text")
        self.new_key_button = QPushButton(self.tr("Enter a new key…"))
        self.new_key_button.setObjectName("new_key")
        self.new_key_button.clicked.connect(self._on_new_key)
        banner_row.addWidget(self.paused_text, 1)
        banner_row.addWidget(self.new_key_button)
        self.paused_banner.hide()
        layout.addWidget(self.paused_banner)

        title = PlainLabel(self.tr("What the next sync sends"))
        title.setObjectName("SectionTitle")
        layout.addWidget(title)
        # The dry run sits beside Sync now: what the button will do is read right before it.
        run_row = QHBoxLayout()
        self.dry_run_label = PlainLabel()
        self.dry_run_label.setObjectName("DryRun")
        self.dry_run_label.setWordWrap(True)
        self.dry_run_label.setAccessibleName(self.tr("What the next sync sends"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("Primary")
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self._on_sync_now)
        run_row.addWidget(self.dry_run_label, 1)
        run_row.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(run_row)

        progress_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setObjectName("sync_progress")
        self.progress.setAccessibleName(self.tr("Sync progress"))
        self.progress.setFormat(self.tr("%v of %m"))
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel_sync")
        self.cancel_button.clicked.connect(self._on_cancel)
        self.cancel_button.hide()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout.addLayout(progress_row)
        self.result = PlainLabel()
        self.result.setObjectName("SyncResult")
        self.result.setWordWrap(True)
        self.result.hide()
        layout.addWidget(self.result)

        failed_row = QHBoxLayout()
        self.failed_title = PlainLabel(self.tr("Sign-ups the service refused"))
        self.failed_title.setObjectName("SectionTitle")
        self.failed_title.setWordWrap(True)  # in Urdu with Large text it pushed the page sideways
        self.failed_hint = PlainLabel(self.tr("Fix the contact on the Contacts tab (or the target's "
                                          "settings), then Retry. Select rows to retry only "
                                          "those."))
        self.failed_hint.setObjectName("Hint")
        self.failed_hint.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry all"))
        self.retry_button.setObjectName("retry_failed")
        self.retry_button.clicked.connect(self._on_retry)
        failed_row.addWidget(self.failed_title, 1)
        failed_row.addWidget(self.retry_button)
        layout.addLayout(failed_row)
        layout.addWidget(self.failed_hint)  # its own line: beside the title it was cut
        self.failed_table = QTableWidget(0, len(FAILED_COLUMNS), self)
        self.failed_table.setObjectName("failed_table")
        self.failed_table.setAccessibleName(self.tr("Sign-ups the service refused"))
        self.failed_table.setHorizontalHeaderLabels([_tr(name) for name in FAILED_COLUMNS])
        self._table_defaults(self.failed_table, multi=True)
        self.failed_table.setMinimumHeight(120)
        self.failed_table.setWordWrap(True)
        keep_titles_whole(self.failed_table, 2)
        self.failed_table.itemSelectionChanged.connect(self._on_failed_selection_changed)
        layout.addWidget(self.failed_table, 1)

        self.runner.started.connect(lambda quiet: self._set_running(True, quiet=quiet))
        self.runner.progressed.connect(self._on_progressed)
        self.runner.finished.connect(self._on_synced)
        self.runner.failed.connect(self._on_sync_failed)
        self.reload()
        if self.runner.busy:  # a quiet sync started before the page was built
            self._set_running(True, quiet=self.runner.quiet)
        elif self.runner.quiet_news is not None:  # one sent something while nobody looked
            self._show_quiet_news(self.runner.quiet_news)

    # -- state ------------------------------------------------------------------------------
    @property
    def secrets(self) -> SecretStore:
        """The session's store; made on first use so opening the window never reads a keyring."""
        return self.runner.secrets

    @property
    def busy(self) -> bool:
        return self.runner.busy

    @staticmethod
    def _table_defaults(table: QTableWidget, multi: bool = False) -> None:
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                               else QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)

    @staticmethod
    def _fit_height(table: QTableWidget, rows: int, most: int = 4) -> None:
        """Tall enough for every target (there are seldom more than a few) without scrolling."""
        shown = min(rows, most)
        row_height = table.verticalHeader().defaultSectionSize()
        height = (table.horizontalHeader().sizeHint().height() + shown * row_height
                  + 2 * table.frameWidth() + 2)
        table.setFixedHeight(height)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Counts change behind the page's back (the kiosk, a CLI); refresh whenever it is shown.
        if not self.busy:
            self.reload()
        super().showEvent(event)

    def reload(self, *, background: bool = False) -> None:
        """Re-read targets, counts, the dry run and the failed rows. `background`: after the
        quiet retry, so reading the vault for the dry run is not someone using the kit."""
        selected = self.selected_target()
        summary = sync_service.pending_summary(self._kit)
        self._targets = [s.target for s in summary]
        table = self.targets_table
        table.setRowCount(len(summary))
        for row, entry in enumerate(summary):
            target = entry.target
            if target.paused_reason:
                status = self.tr("Paused: key rejected")
            elif target.enabled:
                status = self.tr("On")
            else:
                status = self.tr("Off")
            counts = entry.counts
            cells = (target.name, ADAPTERS[target.kind].label,
                     target.base_url or self.tr("(the service's usual address)"), status,
                     str(entry.waiting), str(counts.get(states.SENT, 0)),
                     str(counts.get(states.SKIPPED, 0)), str(entry.stuck))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, target.id)
                if column >= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if target.paused_reason and column == 3:
                    item.setForeground(Qt.GlobalColor.darkRed)
                    item.setToolTip(literal_text(target.paused_reason))
                table.setItem(row, column, item)
        fit_columns(table)
        self._fit_height(table, max(len(summary), 1))
        if selected is not None:
            self.select_target(selected.id)
        elif summary:
            table.selectRow(0)

        self._reload_dry_run(background)
        self._reload_paused()
        self._reload_failed()
        self._on_selection_changed()
        self.sync_button.setEnabled(not self.busy and any(t.enabled for t in self._targets))

    def _reload_dry_run(self, background: bool = False) -> None:
        if not self._targets:
            self.dry_run_label.setText(self.tr("No target yet. Add one (Action Network, Mailchimp "
                                               "or a webhook) to send sign-ups there."))
            return
        lines = [dry_run_line(e) for e in sync_service.dry_run(self._kit, background=background)]
        lines += [arg(self.tr("%1 is turned off: nothing goes there."), t.name)
                  for t in self._targets if not t.enabled]
        self.dry_run_label.setText("\n".join(lines))

    def _reload_paused(self) -> None:
        paused = [t for t in self._targets if t.enabled and t.paused_reason]
        self.paused_banner.setVisible(bool(paused))
        if paused:
            target = paused[0]
            self.paused_text.setText(arg(self.tr("⚠ %1: Key rejected — enter a new key. (%2) Its "
                                                 "sign-ups wait until then."),
                                         target.name, target.paused_reason))

    def _reload_failed(self) -> None:
        rows = sync_service.failed_rows(self._kit)
        table = self.failed_table
        table.setRowCount(len(rows))
        for row, failed in enumerate(rows):
            cells = (failed.name or self.tr("(no name)"), failed.target, failed.reason,
                     str(failed.last_status or ""), str(failed.attempts),
                     _local_time_text(failed.updated_at))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, failed.outbox_id)
                if column == 2:
                    item.setToolTip(literal_text(failed.reason))
                table.setItem(row, column, item)
        fit_columns(table)
        table.resizeRowsToContents()
        self.failed_title.setText(arg(self.tr("Sign-ups the service refused (%1)"), len(rows)) if rows
                                  else self.tr("Sign-ups the service refused: none"))
        self._on_failed_selection_changed()

    def selected_target(self) -> TargetConfig | None:
        items = self.targets_table.selectedItems()
        if not items:
            return None
        target_id = items[0].data(Qt.ItemDataRole.UserRole)
        return next((t for t in self._targets if t.id == target_id), None)

    def select_target(self, target_id: int) -> None:
        for row in range(self.targets_table.rowCount()):
            if self.targets_table.item(row, 0).data(Qt.ItemDataRole.UserRole) == target_id:
                self.targets_table.selectRow(row)
                return

    def _selected_failed_ids(self) -> list[int]:
        rows = {index.row() for index in self.failed_table.selectionModel().selectedRows()}
        return [self.failed_table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]

    def _on_selection_changed(self) -> None:
        target = self.selected_target()
        has = target is not None
        for button in (self.edit_button, self.enable_button, self.remove_button):
            button.setEnabled(has and not self.busy)
        self.enable_button.setText(self.tr("Turn on") if has and not target.enabled
                                   else self.tr("Turn off"))

    def _on_failed_selection_changed(self) -> None:
        chosen = len(self._selected_failed_ids())
        total = self.failed_table.rowCount()
        self.retry_button.setText(arg(self.tr("Retry %1 selected"), chosen) if chosen
                                  else self.tr("Retry all"))
        self.retry_button.setEnabled(bool(total) and not self.busy)

    def _changed(self) -> None:
        self.reload()
        self.outbox_changed.emit()

    # -- targets ----------------------------------------------------------------------------
    def _on_add(self) -> None:
        dialog = TargetDialog(self._kit, self.secrets, None, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            self._changed()
            self.select_target(saved.target.id)
            added = (self.tr("Added %1: %n sign-up queued for it.", "", saved.enqueued)
                     if saved.enqueued == 1 else
                     self.tr("Added %1: %n sign-ups queued for it.", "", saved.enqueued))
            self._show_result(True, arg(added, saved.target.name))

    def _on_edit(self) -> None:
        target = self.selected_target()
        if target is None:
            return
        dialog = TargetDialog(self._kit, self.secrets, target, self)
        if dialog.exec():
            self._changed()

    def _on_toggle_enabled(self) -> None:
        target = self.selected_target()
        if target is None:
            return
        try:
            saved = set_enabled(self._kit, target, not target.enabled)
        except KitError as error:
            QMessageBox.warning(self, self.tr("Not changed"), literal_text(error.message))
            return
        self._changed()
        if saved.target.enabled:
            on = (self.tr("%1 is on: %n more sign-up queued for it.", "", saved.enqueued)
                  if saved.enqueued == 1 else
                  self.tr("%1 is on: %n more sign-ups queued for it.", "", saved.enqueued))
            self._show_result(True, arg(on, target.name))
        else:
            self._show_result(True, arg(self.tr("%1 is off: its sign-ups stay queued and go when "
                                                "you turn it on again."), target.name))

    def _on_remove(self) -> None:
        target = self.selected_target()
        if target is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove sync target"),
            literal_text(arg(self.tr("Remove %1? Its queue and its key are deleted. Sign-ups already "
                                     "sent stay at the service; nothing is deleted there."),
                             target.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            remove_target(self._kit, target, secrets=self.secrets)
        except KitError as error:
            QMessageBox.warning(self, self.tr("Not removed"), literal_text(error.message))
            return
        self._changed()
        self._show_result(True, arg(self.tr("Removed %1."), target.name))

    # -- keys -------------------------------------------------------------------------------
    def _ask_key(self, target: TargetConfig, rejected: bool = False) -> str | None:
        """Ask for a target's key (password echo); None when the coordinator cancels."""
        adapter = ADAPTERS[target.kind]
        where = (self.tr("It is kept in this computer's keyring.") if self.secrets.persistent else
                 self.tr("It is kept in memory only, until the app closes."))
        if rejected:
            text = arg(self.tr("%1 rejected the key. Enter a new %2.\n%3"),
                       target.name, adapter.secret_label, where)
        else:
            text = arg(self.tr("Enter the %1 for %2.\n%3"), adapter.secret_label, target.name, where)
        key, ok = QInputDialog.getText(self, arg(self.tr("Key for %1"), target.name), literal_text(text),
                                       QLineEdit.EchoMode.Password)
        key = (key or "").strip()
        return key if ok and key else None

    def _on_new_key(self) -> None:
        paused = [t for t in self._targets if t.enabled and t.paused_reason]
        if not paused:
            return
        if self._replace_key(paused[0]):
            self.start_sync()

    def _replace_key(self, target: TargetConfig) -> bool:
        key = self._ask_key(target, rejected=True)
        if key is None:
            return False
        try:
            update_target(self._kit, target, secret=key, secrets=self.secrets)  # lifts the pause
        except KitError as error:
            QMessageBox.warning(self, self.tr("Key not saved"), literal_text(error.message))
            return False
        self._changed()
        return True

    # -- syncing ----------------------------------------------------------------------------
    def _on_sync_now(self) -> None:
        self.start_sync()

    def start_sync(self, *, quiet: bool = False) -> bool:
        """Start a sync in the background; False when none was started.

        Not quiet: asks for each missing key first (once per session). Quiet: never asks,
        never shows a dialog, and starts only if a target with waiting rows has its key.
        """
        if quiet:
            return self.runner.sync_quietly()
        if self.busy:
            return False
        active = background_sync.sync_targets(self._kit)
        if not active:
            self._show_result(False, self.tr("No target to sync to: add one, turn one on, or "
                                             "enter a new key for a paused one."))
            return False
        for target in background_sync.keys_to_ask_for(active, self.secrets):
            key = self._ask_key(target)
            if key is not None:
                self.secrets.set(target.uuid, key)
        return self.runner.start(quiet=False)

    def sync_quietly(self) -> bool:
        """The background retry: sync if rows wait and their keys are at hand; no dialogs."""
        return self.runner.sync_quietly()

    def _set_running(self, running: bool, *, quiet: bool = False) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.sync_button.setEnabled(not running)
        self.add_button.setEnabled(not running)
        self._on_selection_changed()
        self._on_failed_selection_changed()
        if running:
            self.progress.setRange(0, 0)  # busy until the first count arrives
            if not quiet:
                self._show_result(None, self.tr("Syncing…"))

    def _on_progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_cancel(self) -> None:
        self.runner.cancel()
        self.cancel_button.setEnabled(False)
        self._show_result(None, self.tr("Cancelling… the sign-up being sent finishes first."))

    def _on_synced(self, report: SyncReport, quiet: bool) -> None:
        self._set_running(False)
        self.reload(background=quiet)
        if quiet:
            if self.runner.quiet_news is not None:
                self._show_quiet_news(self.runner.quiet_news)
        else:
            ok = report.complete and not report.cancelled
            self._show_result(ok, report_text(report))
        self.sync_finished.emit(report)
        if quiet:
            return
        # The coordinator is here and pressed Sync: ask for a rejected key right away.
        newly_paused = background_sync.newly_paused(self._targets, self.runner.paused_before)
        if newly_paused and self._replace_key(newly_paused[0]):
            self.start_sync()

    def _show_quiet_news(self, report: SyncReport) -> None:
        """What a quiet sync sent, said once (the runner forgets it once shown)."""
        self._show_result(True, arg(self.tr("Tried again in the background: %1"),
                                    report_text(report)))
        self.runner.quiet_news = None

    def _on_sync_failed(self, message: str, quiet: bool) -> None:
        self._set_running(False)
        self.reload(background=quiet)
        if not quiet:  # a quiet one is only logged (by the runner)
            self._show_result(False, message)

    def _on_retry(self) -> None:
        ids = self._selected_failed_ids() or None
        count = sync_service.retry_failed(self._kit, ids)
        self._changed()
        if count:
            self.start_sync()

    def _show_result(self, ok: bool | None, message: str) -> None:
        self.result.setText(message)
        self.result.setProperty("ok", "" if ok is None else ("true" if ok else "false"))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.result.show()

    def shutdown(self) -> None:
        """Ask a running sync to stop (the app is closing); it ends at its next check."""
        self.runner.cancel()


def _local_time_text(naive_utc: dt.datetime) -> str:
    """A stored naive-UTC time as local "Mon 14 Jun 14:05"."""
    local = naive_utc.replace(tzinfo=dt.UTC).astimezone()
    return local.strftime("%a %d %b %H:%M")
