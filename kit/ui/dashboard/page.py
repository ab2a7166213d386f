"""The dashboard: today's sign-ups, the chosen event hour by hour, interests, handouts, sync.

Counts only: the numbers come from kit.services.dashboard, which never reads a name, email or
phone, so the page works the same in protected mode and after a purge. It refreshes when the kiosk
stores a sign-up (MainWindow calls `refresh`), and every 30 seconds while shown, since a CLI
import or another process may add sign-ups too.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.domain.file_names import safe_file_name
from kit.reports.model import Count, DashboardData, EventStats
from kit.services.dashboard import dashboard, event_stats, save_event_report
from kit.services.kit import Kit
from kit.ui.dashboard.charts import BarChart
from kit.ui.file_dialogs import save_file_name
from kit.ui.folders import documents_folder
from kit.ui.i18n import arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.scrolling import scrolled_body
from kit.ui.tables import fit_columns, keep_titles_whole
from kit.ui.theme import chart_colours
from kit.ui.workers import JobRunner

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
# Made once: combining two Qt flags builds Python enum members, per cell of every refresh.
NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class StatTile(QFrame):
    """A big number with its caption; the accessible name reads both together."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatTile")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 8)
        layout.setSpacing(0)
        self.number = PlainLabel("–", self)
        self.number.setObjectName("StatNumber")
        self.caption = PlainLabel(caption, self)
        self.caption.setObjectName("StatCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.number)
        layout.addWidget(self.caption)

    def set_value(self, value: int | str, caption: str | None = None) -> None:
        if caption is not None:
            self.caption.setText(caption)
        self.number.setText(str(value))
        self.setAccessibleName(f"{self.caption.text()}: {value}")


def count_table(name: str, headers: tuple[str, str], parent: QWidget) -> QTableWidget:
    """A read-only two-column table (what, how many) that sizes to its rows."""
    table = QTableWidget(0, 2, parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    table.verticalHeader().setDefaultSectionSize(30)
    return table


def fill_counts(table: QTableWidget, counts: tuple[Count, ...], empty: str) -> None:
    """Put `counts` into a count table; one row saying `empty` when there is nothing."""
    rows = [(c.label, str(c.count)) for c in counts] or [(empty, "")]
    table.setRowCount(len(rows))
    for row, (label, number) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(label))
        item = QTableWidgetItem(number)
        item.setTextAlignment(NUMBER_ALIGNMENT)
        table.setItem(row, 1, item)
    height = table.horizontalHeader().height() + sum(table.rowHeight(r) for r in range(len(rows)))
    table.setFixedHeight(height + 2 * table.frameWidth() + 2)


def _event_to_show(data: DashboardData, wanted: int | None) -> int | None:
    """The event whose counts to show: the one chosen if it still exists, else the active one,
    else the newest."""
    ids = [row.event.id for row in data.events]
    for choice in (wanted, data.active_event_id):
        if choice is not None and choice in ids:
            return choice
    return ids[0] if ids else None


def slug(text: str) -> str:
    """A file-name-safe version of an event name, on every system (kit.domain.file_names)."""
    return safe_file_name(text, fallback="event")


class DashboardPage(QWidget):
    """The volunteer area's Dashboard tab."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DashboardPage")
        self._kit = kit
        self._stale = True
        self.data: DashboardData | None = None
        self.stats: EventStats | None = None

        body = scrolled_body(self, "DashboardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 8, 4, 8)
        layout.setSpacing(10)

        tiles = QHBoxLayout()
        self.tile_today = StatTile(self.tr("Sign-ups today (all events)"), body)
        self.tile_event_today = StatTile(self.tr("Today at the active event"), body)
        self.tile_handouts = StatTile(self.tr("Handouts printed today"), body)
        self.tile_sync = StatTile(self.tr("Waiting to sync"), body)
        for tile in (self.tile_today, self.tile_event_today, self.tile_handouts, self.tile_sync):
            tiles.addWidget(tile, 1)
        layout.addLayout(tiles)

        controls = QHBoxLayout()
        event_label = PlainLabel(self.tr("&Event"), body)
        event_label.setObjectName("FieldLabel")
        self.event_choice = QComboBox(body)
        self.event_choice.setObjectName("dashboard_event")
        self.event_choice.setAccessibleName(self.tr("Event shown"))
        self.event_choice.setMinimumContentsLength(16)
        self.event_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        event_label.setBuddy(self.event_choice)
        self.report_button = QPushButton(self.tr("Save event &report (PDF)…"), body)
        self.report_button.setObjectName("report_button")
        self.refresh_button = QPushButton(self.tr("Re&fresh"), body)
        self.refresh_button.setObjectName("refresh_button")
        self.updated = PlainLabel("", body)
        self.updated.setObjectName("Hint")
        # Two lines: the event, then what to do with it. On one line, with a name 28 letters
        # wide, the row was wider than a 1024x600 window and the whole tab scrolled sideways.
        controls.addWidget(event_label)
        controls.addWidget(self.event_choice, 1)
        layout.addLayout(controls)
        actions = QHBoxLayout()
        actions.addWidget(self.report_button)
        actions.addWidget(self.refresh_button)
        actions.addStretch(1)
        actions.addWidget(self.updated)
        layout.addLayout(actions)

        middle = QGridLayout()
        middle.setHorizontalSpacing(20)
        middle.setVerticalSpacing(4)
        self.chart_heading = PlainLabel(self.tr("Sign-ups per hour (local time)"), body)
        self.chart_heading.setObjectName("SectionTitle")
        self.chart = BarChart(body, title=self.tr("Sign-ups per hour"), unit=self.tr("sign-ups"))
        self.chart.setObjectName("hour_chart")
        self.chart.empty_text = self.tr("No sign-ups at this event yet")
        self.chart.setMinimumHeight(220)
        self.chart.setMaximumHeight(300)
        self.chart_caption = PlainLabel("", body)
        self.chart_caption.setObjectName("Hint")
        self.chart_caption.setWordWrap(True)
        self.facts_heading = PlainLabel(self.tr("This event"), body)
        self.facts_heading.setObjectName("SectionTitle")
        self.facts = PlainLabel("", body)
        self.facts.setObjectName("Facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.interests = count_table("interests_table", (self.tr("Interest"), self.tr("Chosen")), body)
        self.interests.setAccessibleName(self.tr("Interests chosen at this event"))
        self.handouts = count_table("handouts_table", (self.tr("Handout"), self.tr("Copies")), body)
        self.handouts.setAccessibleName(self.tr("Handouts printed at this event"))
        interests_heading = PlainLabel(self.tr("Interests chosen"), body)
        interests_heading.setObjectName("SectionTitle")
        handouts_heading = PlainLabel(self.tr("Handouts printed"), body)
        handouts_heading.setObjectName("SectionTitle")

        left = QVBoxLayout()
        left.addWidget(self.chart_heading)
        left.addWidget(self.chart)
        left.addWidget(self.chart_caption)
        left.addWidget(handouts_heading)
        left.addWidget(self.handouts)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.facts_heading)
        right.addWidget(self.facts)
        right.addWidget(interests_heading)
        right.addWidget(self.interests)
        right.addStretch(1)
        middle.addLayout(left, 0, 0)
        middle.addLayout(right, 0, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)
        layout.addLayout(middle)

        events_heading = PlainLabel(self.tr("All events"), body)
        events_heading.setObjectName("SectionTitle")
        layout.addWidget(events_heading)
        self.events_table = QTableWidget(0, 9, body)
        self.events_table.setObjectName("events_compare")
        self.events_table.setAccessibleName(self.tr("All events compared"))
        self.events_table.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Event"), self.tr("Sign-ups"), self.tr("New"),
            self.tr("Returning"), self.tr("Email OK"), self.tr("Text OK"),
            self.tr("Handouts printed"), self.tr("To sync"),
        ])
        self.events_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.events_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.events_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.events_table.verticalHeader().hide()
        keep_titles_whole(self.events_table, 1)  # the event's name takes the spare room
        fit_columns(self.events_table)  # titles whole before the worker's first answer
        self.events_table.setMinimumHeight(160)
        self.events_table.doubleClicked.connect(self._on_event_row_chosen)
        layout.addWidget(self.events_table, 1)

        QWidget.setTabOrder(self.event_choice, self.report_button)
        QWidget.setTabOrder(self.report_button, self.refresh_button)
        QWidget.setTabOrder(self.refresh_button, self.chart)
        QWidget.setTabOrder(self.chart, self.interests)
        QWidget.setTabOrder(self.interests, self.handouts)
        QWidget.setTabOrder(self.handouts, self.events_table)

        self.event_choice.currentIndexChanged.connect(lambda _i: self._show_event())
        self.report_button.clicked.connect(self._on_report)
        self.refresh_button.clicked.connect(self.refresh)
        self._runner = JobRunner(self)
        self._runner.succeeded.connect(self._on_loaded)
        self._runner.failed.connect(self._on_load_failed)
        self._again = ""  # "overview" or "event": what to read again once the worker is done
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.apply_colours()

    # -- refreshing ---------------------------------------------------------------------------
    def apply_colours(self) -> None:
        """Take the chart colours from the theme (called again when the theme changes)."""
        self.chart.set_colours(**chart_colours())

    def mark_stale(self) -> None:
        """New data exists: refresh now if shown, else the next time the page is shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        """Read the counts again and show them (keeps the chosen event).

        The queries run in a worker thread (at 100,000 sign-ups they take a good part of a
        second, and this runs every 30 s and after each sign-up while shown); the numbers are
        filled in when they arrive. A refresh asked for meanwhile runs once this one is done.
        """
        self._stale = False
        self._load(overview=True)

    @property
    def busy(self) -> bool:
        """True while counts are being read (tests wait for it)."""
        return self._runner.busy

    def _load(self, *, overview: bool) -> None:
        if self._runner.busy:
            self._again = "overview" if overview or self._again == "overview" else "event"
            return
        self._again = ""
        kit, wanted = self._kit, self.event_choice.currentData()

        def work(_progress, _cancel):
            data = dashboard(kit) if overview else None
            event_id = wanted if data is None else _event_to_show(data, wanted)
            stats = event_stats(kit, int(event_id)) if event_id is not None else None
            return data, event_id, stats

        self._runner.start(work, store=kit.store)

    def _on_loaded(self, result) -> None:
        data, event_id, stats = result
        if data is not None:
            self._show_overview(data, event_id)
        if event_id == self.event_choice.currentData():  # else the choice moved on meanwhile
            self._show_stats(event_id, stats)
        self._load_again()

    def _on_load_failed(self, message: str) -> None:
        log.warning("Dashboard not refreshed: %s", message)
        self.updated.setText(self.tr("Could not read the counts: %1").replace("%1", message))
        self._load_again()

    def _load_again(self) -> None:
        if self._again:
            self._load(overview=self._again == "overview")

    def _show_overview(self, data: DashboardData, event_id: int | None) -> None:
        self.data = data
        self.tile_today.set_value(data.today)
        self.tile_event_today.set_value(data.today_active)
        self.tile_handouts.set_value(data.handouts_today)
        waiting = data.sync.waiting + data.sync.stuck
        self.tile_sync.set_value(waiting if data.sync.targets or data.sync.total else "–",
                                 self.tr("Waiting to sync") if data.sync.targets or data.sync.total
                                 else self.tr("Waiting to sync (no sync target set up)"))
        self._fill_event_choice(data, event_id)
        self._fill_events_table(data)
        self.updated.setText(self.tr("Updated %1").replace("%1", f"{data.generated_at:%H:%M}"))

    def _fill_event_choice(self, data: DashboardData, wanted: int | None) -> None:
        self.event_choice.blockSignals(True)
        self.event_choice.clear()
        for row in data.events:
            when = row.event.date.isoformat() if row.event.date else self.tr("no date")
            suffix = self.tr(" (active)") if row.active else ""
            self.event_choice.addItem(f"{row.event.name} · {when}{suffix}", row.event.id)
        index = self.event_choice.findData(wanted)
        self.event_choice.setCurrentIndex(index if index >= 0 else 0)
        self.event_choice.blockSignals(False)

    def _fill_events_table(self, data: DashboardData) -> None:
        table = self.events_table
        table.setRowCount(len(data.events))
        unknown = self.tr("not known")
        for row, item in enumerate(data.events):
            name = item.event.name + (self.tr(" (active)") if item.active else "")
            cells = (
                item.event.date.isoformat() if item.event.date else "",
                name,
                str(item.signups),
                unknown if item.new is None else str(item.new),
                unknown if item.returning is None else str(item.returning),
                str(item.consent_email),
                str(item.consent_sms),
                str(item.handouts_printed),
                str(item.awaiting_sync),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.event.id)
                if column >= 2:
                    cell.setTextAlignment(NUMBER_ALIGNMENT)
                table.setItem(row, column, cell)
        fit_columns(table)

    def _show_event(self) -> None:
        """The event choice changed: read that event's counts (in the worker)."""
        self.report_button.setEnabled(self.event_choice.currentData() is not None)
        self._load(overview=False)

    def _show_stats(self, event_id: int | None, stats: EventStats | None) -> None:
        self.report_button.setEnabled(event_id is not None)
        if event_id is None or stats is None:
            self.stats = None
            self.chart.set_items([])
            self.chart_caption.setText(self.tr("No event yet: create one in the Events tab."))
            self.facts.setText("")
            fill_counts(self.interests, (), self.tr("No sign-ups yet"))
            fill_counts(self.handouts, (), self.tr("None printed"))
            return
        self.stats = stats
        self.chart.set_items([(c.label, c.count) for c in stats.per_hour],
                             title=self.tr("Sign-ups per hour at %1").replace("%1", stats.event.name))
        busiest = stats.busiest_hour
        if busiest is None or stats.first_signup is None or stats.last_signup is None:
            self.chart_caption.setText(self.tr("No sign-ups at this event yet."))
        else:
            # Every value is written on its bar too; the full list is the chart's description.
            # One whole sentence per plural for translators. A protected kit keeps times to the
            # quarter hour: it says which quarter hours, not "first 21:45, last 21:45".
            count = busiest.count
            if stats.quarter_hours:
                text = (self.tr("Busiest hour: %1 with %n sign-up. Sign-ups between %2 and %3 "
                                "(times kept to the quarter hour).", "", count) if count == 1 else
                        self.tr("Busiest hour: %1 with %n sign-ups. Sign-ups between %2 and %3 "
                                "(times kept to the quarter hour).", "", count))
                last = stats.last_signup + dt.timedelta(minutes=15)
            else:
                text = (self.tr("Busiest hour: %1 with %n sign-up. First sign-up %2, last %3.",
                                "", count) if count == 1 else
                        self.tr("Busiest hour: %1 with %n sign-ups. First sign-up %2, last %3.",
                                "", count))
                last = stats.last_signup
            self.chart_caption.setText(arg(text, busiest.label, f"{stats.first_signup:%H:%M}",
                                           f"{last:%H:%M}"))
        self.facts.setText(self._facts_text(stats))
        self.facts.setAccessibleName(self.facts.text().replace("\n", ". "))
        fill_counts(self.interests, tuple(c for c in stats.interests if c.count) or (),
                    self.tr("No interests chosen yet"))
        fill_counts(self.handouts, stats.handouts, self.tr("None printed at this event"))

    def _facts_text(self, stats: EventStats) -> str:
        lines = [self.tr("Sign-ups: %1").replace("%1", str(stats.signups))]
        if stats.signups:
            if stats.returning_known:
                lines.append(self.tr("New: %1 · Returning: %2")
                             .replace("%1", str(stats.new)).replace("%2", str(stats.returning)))
            else:
                lines.append(self.tr("New: %1 · Returning: %2 · Not known: %3 (protected or purged)")
                             .replace("%1", str(stats.new)).replace("%2", str(stats.returning))
                             .replace("%3", str(stats.unknown_origin)))
            lines.append(self.tr("Said yes to email: %1 · to text messages: %2")
                         .replace("%1", str(stats.consent_email)).replace("%2", str(stats.consent_sms)))
            lines.append(self.tr("Form language: %1").replace(
                "%1", ", ".join(f"{c.label} {c.count}" for c in stats.languages)))
        lines.append(self.tr("Sync: %1").replace("%1", stats.sync.describe()))
        return "\n".join(lines)  # plain text: a target's name is data

    # -- actions ------------------------------------------------------------------------------
    def _on_event_row_chosen(self, index) -> None:
        event_id = self.events_table.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        position = self.event_choice.findData(event_id)
        if position >= 0:
            self.event_choice.setCurrentIndex(position)
            self.event_choice.setFocus(Qt.FocusReason.OtherFocusReason)

    def default_report_path(self) -> Path:
        name = self.stats.event.name if self.stats else "event"
        date = self.stats.event.date.isoformat() if self.stats and self.stats.event.date else ""
        return documents_folder() / f"report-{slug(name)}{'-' + date if date else ''}.pdf"

    def _on_report(self) -> None:
        if self.event_choice.currentData() is None:
            return
        path = save_file_name(
            self, self.tr("Save the event report"), str(self.default_report_path()),
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_report(Path(path))

    def save_report(self, path: Path) -> bool:
        """Write the chosen event's report to `path`; tell the user how it went."""
        event_id = self.event_choice.currentData()
        if event_id is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # One page of counts renders in a fraction of a second: no worker thread needed.
            save_event_report(self._kit, int(event_id), path)
        except (KitError, OSError) as error:
            message = error.message if isinstance(error, KitError) else str(error)
            QMessageBox.warning(self, self.tr("Report not saved"), literal_text(message))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.updated.setText(self.tr("Report saved to %1").replace("%1", str(path)))
        return True
