"""The volunteer area: events (create, switch), contacts (search, edit, delete), and tabs for
handouts, content and sync. Every text is translatable (`self.tr`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError
from kit.services.contacts import count_contacts, delete_contact
from kit.services.events import list_events, set_active_event
from kit.services.kit import Kit
from kit.ui.contacts.dialog import ContactDialog
from kit.ui.contacts.export_dialog import ExportDialog
from kit.ui.contacts.import_dialog import ImportDialog
from kit.ui.contacts.model import ContactsTableModel
from kit.ui.content.event_form import EventDialog
from kit.ui.content.page import ContentPage
from kit.ui.flow import FlowLayout
from kit.ui.handouts.page import HandoutsPage
from kit.ui.i18n import arg, interface_language
from kit.ui.language_choice import draft_notice
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.sync.page import SyncPage
from kit.ui.sync.runner import SyncRunner
from kit.ui.tables import fit_columns, keep_titles_whole, refit_stretch
from kit.ui.workers import JobRunner

SEARCH_DELAY_MS = 150


def first_focusable(page: QWidget) -> QWidget | None:
    """The first widget inside `page`, in tab order, that a volunteer can type into or press
    (not a bare scroll area, which only frames a page)."""
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (page.isAncestorOf(widget) and widget.isVisibleTo(page) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and (type(widget) is not QScrollArea)):
            return widget
        widget = widget.nextInFocusChain()
    return None


class EventsPage(QWidget):
    """Every event with its sign-up count; one of them is where new sign-ups go."""

    active_changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None, *,
                 phones: Callable[[QWidget], QWidget] | None = None) -> None:
        """`phones`: makes the phone sign-up panel (kit.ui.phones.page) inside the dialog it
        is given; the window passes it, as it owns phone sign-ups."""
        super().__init__(parent)
        self._kit = kit
        self._phones = phones
        self._phones_dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New event…"))
        self.new_button.clicked.connect(self._on_new)
        self.use_button = QPushButton(self.tr("Collect sign-ups for the selected event"))
        self.use_button.clicked.connect(self._on_use)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.use_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("events_table")
        self.table.setAccessibleName(self.tr("Events"))
        self.table.setHorizontalHeaderLabels([self.tr("Active"), self.tr("Date"), self.tr("Event"),
                                              self.tr("Place"), self.tr("Sign-ups")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._on_use())
        layout.addWidget(self.table)
        # On a line of its own: beside the two buttons above it pushed the row past 1024 px.
        self.phones_button = QPushButton(self.tr("Phone sign-ups…"))
        self.phones_button.setObjectName("phones_button")
        self.phones_button.clicked.connect(self._on_phones)
        self.phones_button.setVisible(phones is not None)
        below = QHBoxLayout()
        below.addWidget(self.phones_button)
        below.addStretch(1)
        layout.addLayout(below)
        self.reload()

    def _on_phones(self) -> None:
        """The phone sign-up panel in a window of its own (not modal: the table goes on)."""
        if self._phones is None:
            return
        if self._phones_dialog is None:
            dialog = QDialog(self)
            dialog.setWindowTitle(self.tr("Phone sign-ups"))
            box = QVBoxLayout(dialog)
            box.addWidget(self._phones(dialog))
            dialog.resize(720, 640)
            self._phones_dialog = dialog
        self._phones_dialog.show()
        self._phones_dialog.raise_()

    def reload(self) -> None:
        events = list_events(self._kit)
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (
                self.tr("Active") if event.active else "",
                event.date.isoformat() if event.date else "",
                event.name, event.location, str(event.signups),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, event.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def selected_event_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _on_new(self) -> None:
        if EventDialog(self._kit, self).exec():
            self.reload()
            self.active_changed.emit()

    def _on_use(self) -> None:
        event_id = self.selected_event_id()
        if event_id is None:
            return
        set_active_event(self._kit, event_id)
        self.reload()
        self.active_changed.emit()


class ContactsPage(QWidget):
    """Search as you type; edit or delete the selected contact."""

    contacts_changed = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("contact_search")
        self.search.setPlaceholderText(self.tr("Search name, email, phone or ZIP"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setClearButtonEnabled(True)
        self.count_label = PlainLabel("")
        self.count_label.setObjectName("Hint")
        # Beside the buttons, wrapping when the line is short: at 1024x600 with Large text the
        # search field, the sealed message and five buttons on one line squeezed the field to
        # "S…" and cut the message.
        self.count_label.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.unlock_button = QPushButton(self.tr("Unlock…"))  # shown only while protected and locked
        self.unlock_button.hide()
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        actions = QHBoxLayout()
        for button in (self.unlock_button, self.edit_button, self.delete_button,
                       self.export_button, self.import_button):
            actions.addWidget(button)
        actions.addSpacing(12)
        actions.addWidget(self.count_label, 1)
        layout.addLayout(actions)
        self.model = ContactsTableModel(kit, self)
        self.table = QTableView(self)
        self.table.setObjectName("contacts_table")
        self.table.setAccessibleName(self.tr("Contacts"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(90)
        # Fitting columns measures this many rows, not the whole page of 200 (Qt's default
        # measures up to 1,000): the widths come out the same for a list of similar rows.
        header.setResizeContentsPrecision(40)
        self.table.verticalHeader().setResizeContentsPrecision(40)
        # The last column takes spare room, never so much of it that its title is cut.
        keep_titles_whole(self.table, self.model.columnCount() - 1)
        self.table.doubleClicked.connect(lambda _index: self._on_edit())
        layout.addWidget(self.table)

        self._columns_sized = False
        self._counter = JobRunner(self)
        self._counter.succeeded.connect(self._on_counted)
        self._count_again = False

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_typing_paused)
        self._search_waiting = False  # typed during the delay, not yet searched
        self.search.textChanged.connect(self._on_search_typed)
        self.edit_button.clicked.connect(self._on_edit)
        self.delete_button.clicked.connect(self._on_delete)
        self.export_button.clicked.connect(self._on_export)
        self.import_button.clicked.connect(self._on_import)
        self.unlock_button.clicked.connect(self._on_unlock)
        self.reload()

    def _on_search_typed(self, _text: str) -> None:
        """The first key after a pause is searched at once, so the table answers it in the same
        frame (waiting SEARCH_DELAY_MS first made every keystroke's answer take more than the
        100 ms a keystroke may); keys typed within the delay after it wait for a pause and are
        searched once (a query per key of a fast typist would only queue up)."""
        typing_on = self._search_timer.isActive()
        self._search_timer.start()
        if typing_on:
            self._search_waiting = True
            return
        self._search_waiting = False
        self.reload()

    def _on_typing_paused(self) -> None:
        if self._search_waiting:
            self._search_waiting = False
            self.reload()

    def reload(self) -> None:
        """Search again (as the volunteer types): one page of rows, no count, no re-measuring
        of columns; an exact count, when more than a page match, comes from a worker."""
        self.model.set_filter(self.search.text())
        self._show_count()
        # A table laptop (the coordinator's public key only) never asks for the passphrase:
        # typing the secret into a laptop strangers use is what protection is there to avoid.
        self.unlock_button.setVisible(self.model.locked and self._can_unlock())
        if not self._columns_sized:
            # Once, from the first page: measuring every cell again per keystroke cost more
            # than the search itself (and made columns jump as the volunteer typed).
            self.refit_columns()
        if self.model.total is None:
            self._count_in_background()

    def refit_columns(self) -> None:
        """Measure the columns again (after Large text or another theme change: the same
        widths would cut a phone number to "+1 …")."""
        self._columns_sized = bool(self.model.rowCount())
        # An empty table (a locked kit, nobody yet) is fitted to its column titles: the default
        # 100 px cut "Interests" and "First signed up" with Large text, and most Spanish ones.
        # Measured again once rows come.
        fit_columns(self.table)
        for column in (0, 1):  # name and email deserve room to breathe
            self.table.setColumnWidth(column, max(self.table.columnWidth(column) + 24, 200))
        refit_stretch(self.table)

    def _can_unlock(self) -> bool:
        """False on a table laptop: its key ring holds the public key only."""
        from kit.services import protection

        ring = protection.load_ring(self._kit)
        return ring is None or ring.can_read

    def _show_count(self) -> None:
        total = self.model.total
        if self.model.locked:
            text = (self.tr("Sign-ups are sealed: unlock to see contacts") if self._can_unlock()
                    else self.tr("Sign-ups are sealed for the coordinator: this table laptop "
                                 "cannot show them"))
        elif total is None:  # counting in the background
            text = arg(self.tr("%1+ contacts"), self.model.loaded)
        else:
            text = self.tr("%n contact", "", total) if total == 1 else self.tr("%n contacts", "", total)
        self.count_label.setText(text)

    def _count_in_background(self) -> None:
        if self._counter.busy:  # the running count ends soon; it asks again for the new search
            self._count_again = True
            return
        kit, query = self._kit, self.model.query
        self._count_again = False
        self._counter.start(lambda _progress, _cancel: (query, count_contacts(kit, *query)),
                            store=kit.store)

    def _on_counted(self, result) -> None:
        query, total = result
        self.model.set_total(query, total)
        self._show_count()
        if self._count_again and self.model.total is None:
            self._count_in_background()

    def _on_unlock(self) -> None:
        from kit.ui.protect.unlock_dialog import UnlockDialog

        if UnlockDialog(self._kit, self).exec():
            self.reload()
            self.contacts_changed.emit()

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _on_edit(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = ContactDialog(self._kit, self.model.record(row), self)
        if dialog.exec():
            self.reload()
            self.contacts_changed.emit()

    def _on_export(self) -> None:
        dialog = ExportDialog(self._kit, self)
        # The status bar's "Not yet exported" listens to contacts_changed.
        dialog.exported.connect(lambda _result: self.contacts_changed.emit())
        dialog.exec()
        dialog.deleteLater()

    def _on_import(self) -> None:
        dialog = ImportDialog(self._kit, self)
        dialog.imported.connect(lambda _report: (self.reload(), self.contacts_changed.emit()))
        dialog.exec()
        dialog.deleteLater()

    def _on_delete(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        record = self.model.record(row)
        name = f"{record.first_name} {record.last_name}".strip()
        answer = QMessageBox.question(
            self, self.tr("Delete contact"),
            literal_text(arg(self.tr("Delete %1 and all %2 of their sign-ups? This cannot be undone."), name,
                record.visits)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            delete_contact(self._kit, record.id)
        except KitError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), literal_text(error.message))
        self.reload()
        self.contacts_changed.emit()


class VolunteerArea(QWidget):
    """Tabs for the volunteers running the table; `back_requested` returns to the kiosk.

    Contacts, the tab that opens first, is built at once; the others (events, handouts,
    content, sync, and the dashboard and Protect tabs the window adds with `add_page`) when
    first shown or asked for (`area.sync`, `area.page("dashboard")`): the Content tab alone took
    half a second to build, for volunteers who mostly look up a contact. Their signals reach the
    window through this area's relays, which exist before the pages do. Once built, a page is
    kept: opening the area again reads the data again, it does not build the widgets again.
    """

    back_requested = Signal()
    active_changed = Signal()  # EventsPage.active_changed
    pack_saved = Signal()  # ContentPage.pack_saved
    outbox_changed = Signal()  # SyncPage.outbox_changed (targets, Retry; a sync's end: SyncRunner)

    def __init__(self, kit: Kit, parent: QWidget | None = None, *,
                 sync_runner: SyncRunner | None = None,
                 phones: Callable[[QWidget], QWidget] | None = None) -> None:
        """`sync_runner`: the window's, which its quiet retry uses too (the Sync tab makes
        its own without it)."""
        super().__init__(parent)
        self.setObjectName("VolunteerArea")
        self._kit = kit
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        top = QHBoxLayout()
        self.title = title = PlainLabel(self.tr("Volunteer area"))
        title.setObjectName("Title")
        title.setWordWrap(True)  # on a narrow window the title wraps, the button keeps its words
        self.back_button = QPushButton(self.tr("Back to the sign-up form"))
        self.back_button.setObjectName("Primary")
        self.back_button.clicked.connect(self.back_requested)
        top.addWidget(title, 1)
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        # The display and language switches (add_to_header) on a line of their own under the
        # way back, wrapping only on a narrow window. Beside the title they wrapped into three
        # lines at 1024x600 with Large text, which left the tabs a third of the window.
        actions = QWidget(self)
        self._header = FlowLayout(actions, align_right=True)
        layout.addWidget(actions)
        # One line that says the volunteer side's translation is a draft (hidden in English).
        self.draft_notice = draft_notice(interface_language(), self)
        layout.addWidget(self.draft_notice)
        self.tabs = QTabWidget(self)
        self.contacts = ContactsPage(kit, self)
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self._built: dict[str, Any] = {}
        self._waiting: dict[str, QWidget] = {}  # name -> the empty tab standing in for it
        self._builders: dict[str, Callable[[], QWidget]] = {}
        for name, title_text, page_class in (
                ("events", self.tr("Events"), partial(EventsPage, phones=phones)),
                ("handouts", self.tr("Handouts"), HandoutsPage),
                ("content", self.tr("Content"), ContentPage),
                ("sync", self.tr("Sync"), partial(SyncPage, runner=sync_runner))):
            self.add_page(name, title_text, partial(page_class, kit, self))
        self.tabs.currentChanged.connect(self._on_tab_shown)
        layout.addWidget(self.tabs, 1)
        self._just_built = True  # the contacts page has just read its first page

    # -- pages built on first use --------------------------------------------------------------
    @property
    def events(self) -> EventsPage:
        return self._page("events")

    @property
    def handouts(self) -> HandoutsPage:
        return self._page("handouts")

    @property
    def content(self) -> ContentPage:
        return self._page("content")

    @property
    def sync(self) -> SyncPage:
        return self._page("sync")

    def add_to_header(self, widget: QWidget) -> None:
        """Put `widget` in the header's line of switches, under the way back to the kiosk (not
        in the tab bar's corner: there it left too little room, and at 1024x600 the last tabs
        hid behind scroll arrows)."""
        self._header.addWidget(widget)

    def add_page(self, name: str, title: str, build: Callable[[], QWidget]) -> None:
        """A tab called `title` whose page `build` makes when it is first shown or asked for."""
        stand_in = QWidget(self)
        stand_in.setObjectName(f"{name}_tab")
        self._waiting[name] = stand_in
        self._builders[name] = build
        self.tabs.addTab(stand_in, title)

    def page(self, name: str) -> Any:
        """The page called `name`, built now if it was not yet."""
        return self._page(name)

    def built(self, name: str) -> Any:
        """The page if it has been built, else None (nothing is built by asking)."""
        return self._built.get(name)

    def _on_tab_shown(self, index: int) -> None:
        widget = self.tabs.widget(index)
        for name, stand_in in list(self._waiting.items()):
            if stand_in is widget:
                self._page(name)

    def _page(self, name: str) -> Any:
        page = self._built.get(name)
        if page is not None:
            return page
        page = self._builders[name]()
        self._built[name] = page
        stand_in = self._waiting.pop(name)
        index = self.tabs.indexOf(stand_in)
        shown = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)  # the swap is not a change of tab
        try:
            self.tabs.insertTab(index, page, self.tabs.tabText(index))
            self.tabs.removeTab(index + 1)
            if shown:
                self.tabs.setCurrentIndex(index)
        finally:
            self.tabs.blockSignals(False)
        stand_in.deleteLater()
        self._wire(name, page)
        return page

    def _wire(self, name: str, page: QWidget) -> None:
        if isinstance(page, EventsPage):
            page.active_changed.connect(self.active_changed)
        elif isinstance(page, ContentPage):
            page.pack_saved.connect(self.pack_saved)
        elif isinstance(page, SyncPage):
            page.outbox_changed.connect(self.outbox_changed)
        built = self._built
        handouts, content, events = built.get("handouts"), built.get("content"), built.get("events")
        # Each pair is joined once, when the second of the two is built.
        if handouts is not None and events is not None and name in ("events", "handouts"):
            events.active_changed.connect(handouts.reload)  # the sign-up sheet names the event
        if handouts is not None and content is not None and name in ("content", "handouts"):
            content.pack_saved.connect(handouts.reload)
            # Contact details saved from the Handouts tab: the Content tab shows them, so its
            # next save cannot write the old, empty ones back.
            handouts.pack_saved.connect(content.load)

    def focus_first_field(self) -> None:
        """Focus where the shown tab starts: the contacts search on Contacts, else the page's
        first control in tab order (the area reopens on the tab it was left on, and focus on
        a hidden tab's field would send the first keys nowhere visible)."""
        page = self.tabs.currentWidget()
        if page is self.contacts:
            self.contacts.search.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        first = first_focusable(page) if page is not None else None
        (first or self.tabs.tabBar()).setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        if not self._just_built:  # else it read them a moment ago, while being built
            self.contacts.reload()
        self._just_built = False
        for name in ("events", "handouts"):
            page = self._built.get(name)
            if page is not None:
                page.reload()

    @property
    def busy(self) -> bool:
        """True while a sync or a bundle import started here runs (the area is not built
        again for another language then)."""
        sync, protect = self._built.get("sync"), self._built.get("protect")
        return bool((sync is not None and sync.runner.busy)
                    or (protect is not None and protect.busy))

    def shutdown(self) -> None:
        """The window closes: a running sync stops after the request in flight; a bundle import
        on the Protect tab is cancelled (and undone)."""
        for name in ("sync", "protect"):
            page = self._built.get(name)
            if page is not None:
                page.shutdown()
