"""The main window: the kiosk page and the volunteer area, with a status bar of counts."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from kit.services.settings import UI_LANGUAGE_SETTING
from kit.services.starting_kit import StartingKit
from kit.ui.i18n import DEFAULT_LANGUAGE, Language, apply_interface_language, arg
from kit.ui.kiosk.window import KioskPage
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.theme import apply_kit_theme

if TYPE_CHECKING:
    from kit.services.kit import Kit
    from kit.services.phones.switch import PhoneSwitch
    from kit.services.recording import SignupReceipt
    from kit.services.status import LiveStatus
    from kit.ui.dashboard.page import DashboardPage
    from kit.ui.kiosk.lock import KioskLock
    from kit.ui.phones.page import PhonesPage
    from kit.ui.protect.page import ProtectPage
    from kit.ui.shell.volunteer import VolunteerArea
    from kit.ui.sync.runner import SyncRunner

log = logging.getLogger(__name__)

STATUS_REFRESH_MS = 30_000


class StatusLine(PlainLabel):
    """The status bar's line of counts, exactly as tall as its lines.

    In the volunteer area it wraps when it must (four counts are wider than a 1024x600 screen
    in Spanish or with Large text). Beside the sign-up form it stays one line, cut with "…" if
    need be (the whole line is its accessible description and shows in the volunteer area):
    a second line there took its height from the attendee's form, whose labels then shrank.
    QStatusBar sizes a word-wrapped label by its size hint, made for a narrow block several
    lines tall, so the height is set here from the text's lines at the label's width.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._full = ""
        self._one_line = False
        self.setWordWrap(True)

    def text(self) -> str:
        """The whole line, whether or not it is cut on screen."""
        return self._full

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        self._full = text
        self.setAccessibleDescription(text)
        self._show()

    def set_one_line(self, one_line: bool) -> None:
        """One line, cut with "…" (beside the form), or wrapped (the volunteer area)."""
        if one_line != self._one_line:
            self._one_line = one_line
            self.setWordWrap(not one_line)
            self._show()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._show()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show()

    def _show(self) -> None:
        margins = self.contentsMargins()
        width = self.width() - margins.left() - margins.right() - 2 * self.margin()
        metrics = self.fontMetrics()
        shown = (metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, width)
                 if self._one_line and width > 1 else self._full)
        if super().text() != shown:
            super().setText(shown)
        if width <= 1:
            return
        # From the font: with a fixed height, heightForWidth would answer that height itself.
        lines = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                     int(Qt.TextFlag.TextWordWrap), shown or " ")
        height = lines.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if self.minimumHeight() != height or self.maximumHeight() != height:
            self.setFixedHeight(height)


def _first_run_flow(kit: Kit, parent: QWidget) -> QWidget:
    """The guided set-up, built (and imported) only on a first run: most starts are not one."""
    from kit.ui.shell.first_run import FirstRunFlow

    return FirstRunFlow(kit, parent=parent)


class MainWindow(QMainWindow):
    """One window; the kiosk is the front page, the volunteer area sits behind a button."""

    def __init__(self, kit: Kit | StartingKit, parent: QWidget | None = None) -> None:
        """`kit`: the open Kit, or a StartingKit (first paint first, see kit.ui.app): the kiosk
        is shown from it and everything else waits for `kit_ready`."""
        super().__init__(parent)
        self._kit: Kit | StartingKit = kit
        # The volunteer side's language (set-up, PIN dialogs, the volunteer area, error dialogs,
        # this status bar), before anything is built in it; the kiosk's form has its own.
        self.interface: Language = apply_interface_language(
            str(kit.settings.get(UI_LANGUAGE_SETTING) or DEFAULT_LANGUAGE))
        self.setWindowTitle(self.tr("Outreach Kit"))
        # Small enough for a 1024x600 netbook screen with a panel and title bar: the kiosk page
        # scales its form to whatever height it gets (KioskPage.fit).
        self.setMinimumSize(800, 480)
        app = QApplication.instance()
        if app is not None:
            apply_kit_theme(app, kit.settings)  # large text / high contrast, as last chosen
        self.pages = QStackedWidget(self)
        self.kiosk = KioskPage(kit, self, first_run_flow=_first_run_flow)
        self.kiosk.interface_language_chosen.connect(self.set_interface_language)
        self.pages.addWidget(self.kiosk)
        self.setCentralWidget(self.pages)
        # The volunteer area (contacts, handouts, sync, dashboard…) is built the first time it
        # is needed: the attendee's form should not wait for pages they never see.
        self._volunteer: VolunteerArea | None = None
        self._phone_switch: PhoneSwitch | None = None

        # Four counts are wider than a 1024x600 screen in Spanish or with Large text: the line
        # wraps rather than losing "Not yet exported" off the edge.
        self.status_text = StatusLine()
        self.status_text.setObjectName("StatusText")
        self.status_text.setAccessibleName(self.tr("Status"))
        self.statusBar().addPermanentWidget(self.status_text, 1)
        # In kiosk mode the status bar is hidden from the first frame (see refresh_status).
        from kit.services.kiosk_pin import kiosk_mode

        self._kiosk_mode_at_start = kiosk_mode(kit.settings)
        self.statusBar().setVisible(not self._kiosk_mode_at_start)
        self.kiosk_lock: KioskLock | None = None
        self.sync_runner: SyncRunner | None = None  # with the open kit
        if not isinstance(kit, StartingKit):
            self.kit_ready(kit)

    @property
    def ready(self) -> bool:
        """True once the kit is open (sign-ups can be recorded)."""
        return self.kiosk_lock is not None

    @property
    def kit(self) -> Kit | StartingKit:
        return self._kit

    def kit_ready(self, kit: Kit) -> None:
        """The kit is open: what the first frame did not need, the kiosk lock's event filter
        and the status bar's counts, then the form takes sign-ups."""
        from kit.ui.kiosk.lock import KioskLock

        starting = self._kit if isinstance(self._kit, StartingKit) else None
        if starting is not None:
            try:
                starting.settings.write_into(kit.settings)  # the kiosk's remembered scale
            except Exception:  # a read-only or full disk must not stop the kiosk
                log.warning("Could not store a setting made while starting", exc_info=True)
            starting.close()
        self._kit = kit
        from kit.services.status import LiveStatus

        # Recounted now and then; after each sign-up here, counted on (LiveStatus).
        self._live_status: LiveStatus = LiveStatus(kit)
        self.kiosk.signup_saved.connect(self._on_signup_saved)
        self.kiosk.event_created.connect(lambda _event: self.refresh_status())
        # Kiosk mode (full screen, PIN for the volunteer area and quitting) and the inactivity
        # guard that clears a half-filled form.
        self.kiosk_lock = KioskLock(kit, self)
        self.kiosk.volunteer_requested.connect(self.kiosk_lock.open_volunteer_area)
        self.kiosk.kit_ready(kit)
        self.refresh_status()
        # Another process (a CLI import, a second volunteer's command) may add sign-ups too.
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(STATUS_REFRESH_MS)
        self._status_timer.timeout.connect(self.refresh_status)
        self._status_timer.start()
        # Sync later, quietly: a background retry that never opens a dialog and builds no page
        # (kit.ui.sync.runner); the window holds it and the session's keys, and the Sync tab
        # uses the same. How often, and when it may start, is kit.services.background_sync's.
        from kit.services.background_sync import QUIET_SYNC_INTERVAL
        from kit.ui.sync.runner import SyncRunner

        self.sync_runner = SyncRunner(kit, self)
        self.sync_runner.finished.connect(lambda _report, _quiet: self.refresh_status())
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(int(QUIET_SYNC_INTERVAL.total_seconds() * 1000))
        self._sync_timer.timeout.connect(self.sync_runner.sync_quietly)
        self._sync_timer.start()

    def show_for_kiosk_mode(self) -> None:
        """Full screen in kiosk mode, maximised otherwise (before the kit is open too)."""
        if self.kiosk_lock is not None:
            self.kiosk_lock.show_window()
        elif self._kiosk_mode_at_start:
            self.showFullScreen()
        else:
            self.showMaximized()

    @property
    def volunteer(self) -> VolunteerArea:
        """The volunteer area, built on first use."""
        if self._volunteer is None:
            self._volunteer = self._build_volunteer_area()
        return self._volunteer

    @property
    def dashboard(self) -> DashboardPage:
        """The dashboard tab (built now, with the volunteer area, if it was not yet)."""
        return self.volunteer.page("dashboard")

    @property
    def protect(self) -> ProtectPage:
        """The Protect tab (built now, with the volunteer area, if it was not yet)."""
        return self.volunteer.page("protect")

    @property
    def display_toggles(self):
        """The large-text / high-contrast switches (builds the volunteer area if needed)."""
        self.volunteer  # noqa: B018 (built on first use)
        return self._display_toggles

    def _build_volunteer_area(self) -> VolunteerArea:
        from kit.ui.accessibility import DisplayToggles
        from kit.ui.language_choice import LanguageChoice
        from kit.ui.shell.volunteer import VolunteerArea

        kit = self._kit
        assert self.ready, "the volunteer area opens only once the kit is open"
        # Made inside the page stack it is shown in: made elsewhere and moved in, every widget
        # of it was polished again for its new parent.
        volunteer = VolunteerArea(kit, self.pages, sync_runner=self.sync_runner,
                                  phones=self._build_phones)
        # The dashboard and the Protect tab live in the volunteer area but listen to the kiosk
        # and the kiosk lock, which only this window knows, so they are added here; like the
        # other tabs they are built when first shown (the two took a third of the opening).
        volunteer.add_page("dashboard", self.tr("Dashboard"), self._build_dashboard)
        volunteer.add_page("protect", self.tr("Protect"), self._build_protect)
        self._display_toggles = DisplayToggles(kit, volunteer)
        volunteer.add_to_header(self._display_toggles)
        self.language_choice = LanguageChoice(self.interface, volunteer)
        self.language_choice.chosen.connect(self.set_interface_language)
        volunteer.add_to_header(self.language_choice)
        self._display_toggles.changed.connect(self._on_display_changed)
        self.pages.addWidget(volunteer)
        volunteer.back_requested.connect(self.show_kiosk)
        volunteer.active_changed.connect(self._on_active_changed)
        volunteer.contacts.contacts_changed.connect(self.refresh_status)
        volunteer.contacts.contacts_changed.connect(self._dashboard_stale)
        volunteer.active_changed.connect(self._dashboard_stale)
        volunteer.outbox_changed.connect(self.refresh_status)
        # A Content save changes the interests, consent wording and name the kiosk shows; the
        # kiosk applies them without touching a form an attendee has started.
        volunteer.pack_saved.connect(self.kiosk.pack_changed)
        return volunteer

    def set_interface_language(self, code: str) -> None:
        """The volunteer side in `code` from now on: stored in the kit's settings (the next
        start opens in it too), then what a volunteer sees is built again in it: the volunteer
        area (on the tab it showed), the set-up, the status bar. The attendee's form keeps its
        own language. Not while a sync or a bundle import runs in the volunteer area."""
        if code == self.interface.code:
            return
        volunteer = self._volunteer
        if volunteer is not None and volunteer.busy:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, self.tr("Language not changed"), literal_text(self.tr(
                "A sync or an import is running. Change the language once it has finished.")))
            return
        self._kit.settings.set(UI_LANGUAGE_SETTING, code)
        self.interface = apply_interface_language(code)
        log.info("Volunteer-side language: %s", self.interface.code)
        self.setWindowTitle(self.tr("Outreach Kit"))
        self.status_text.setAccessibleName(self.tr("Status"))
        self.kiosk.interface_language_changed()
        if volunteer is not None:
            shown = self.pages.currentWidget() is volunteer
            tab = volunteer.tabs.currentIndex()
            self._volunteer = None
            self.pages.removeWidget(volunteer)
            volunteer.hide()
            volunteer.deleteLater()
            if shown:
                self.volunteer.tabs.setCurrentIndex(tab)
                self.show_volunteer_area()
        self.refresh_status()

    def _build_dashboard(self) -> DashboardPage:
        from kit.ui.dashboard.page import DashboardPage

        return DashboardPage(self._kit, self._volunteer)

    def _build_protect(self) -> ProtectPage:
        from kit.ui.protect.page import ProtectPage

        volunteer, lock = self._volunteer, self.kiosk_lock
        assert volunteer is not None and lock is not None  # built by the open volunteer area
        protect = ProtectPage(self._kit, lock, volunteer)
        protect.data_changed.connect(volunteer.contacts.reload)
        protect.data_changed.connect(self.refresh_status)
        protect.data_changed.connect(self._dashboard_stale)
        protect.wiped.connect(lock.close_after_wipe)
        return protect

    @property
    def phone_switch(self) -> PhoneSwitch:
        """Phone sign-ups (kit.services.phones.switch): the window's, so they go on while the
        volunteer area is built again, and stop when the window closes."""
        if self._phone_switch is None:
            from kit.services.phones.switch import PhoneSwitch

            self._phone_switch = PhoneSwitch(self._kit)
        return self._phone_switch

    def _build_phones(self, parent: QWidget) -> PhonesPage:
        from kit.ui.phones.page import PhonesPage

        return PhonesPage(self.phone_switch, parent)

    def _dashboard_stale(self) -> None:
        """New counts exist: a built dashboard reads them (now if shown); one not yet built
        reads them when it is."""
        board = self._volunteer.built("dashboard") if self._volunteer is not None else None
        if board is not None:
            board.mark_stale()

    def refresh_status(self, receipt: SignupReceipt | None = None) -> None:
        """Show the status line again: counted in full, or, given the receipt of a sign-up just
        recorded here, counted on from the last numbers."""
        if self.kiosk_lock is None:
            return  # the counts come with the open kit
        self._relock_if_idle()
        # In kiosk mode an attendee sees the status bar: counts of what waits to be synced or
        # exported are the volunteers' business, so it shows only behind the PIN.
        lock = self.kiosk_lock
        internal_hidden = lock.kiosk_mode and self.pages.currentWidget() is self.kiosk
        self.statusBar().setVisible(not internal_hidden)
        if internal_hidden:
            self.status_text.setText("")
            return
        self.status_text.set_one_line(self.pages.currentWidget() is self.kiosk)
        live = self._live_status
        status = live.after_signup(receipt) if receipt is not None else live.read()
        event = status.event.name if status.event else self.tr("no event yet")
        today = status.signups_today
        # One whole line for translators, with the plural chosen by the number of sign-ups.
        line = (self.tr("Event: %1   ·   Today: %n sign-up   ·   Waiting to sync: %2   ·   "
                        "Not yet exported: %3", "", today) if today == 1 else
                self.tr("Event: %1   ·   Today: %n sign-ups   ·   Waiting to sync: %2   ·   "
                        "Not yet exported: %3", "", today))
        self.status_text.setText(arg(line, event, str(status.awaiting_sync), str(status.awaiting_export)))

    def _relock_if_idle(self) -> None:
        """Protected mode relocks after idle minutes: take opened contacts off the screen too."""
        if self._volunteer is None:
            return  # nothing shown yet (and no cryptography to import at start-up)
        from kit.domain.protection import ProtectionMode
        from kit.services import protection

        model = self._volunteer.contacts.model
        if not model.locked and model.rowCount() and protection.mode(self._kit) is ProtectionMode.LOCKED:
            self.volunteer.contacts.reload()

    def show_volunteer_area(self) -> None:
        self.volunteer.reload()
        self.pages.setCurrentWidget(self.volunteer)
        self.refresh_status()
        self.volunteer.focus_first_field()

    def show_kiosk(self) -> None:
        self.pages.setCurrentWidget(self.kiosk)
        self.refresh_status()
        self.kiosk.refresh()
        if self.kiosk.form is not None:
            self.kiosk.form.focus_first()

    def _on_signup_saved(self, receipt: SignupReceipt) -> None:
        self.refresh_status(receipt)
        self._dashboard_stale()

    def _on_display_changed(self) -> None:
        board = self.volunteer.built("dashboard")
        if board is not None:  # one built later takes the colours of the theme then
            board.apply_colours()
        # Larger text needs wider columns; after the new style has reached the tables' fonts.
        QTimer.singleShot(0, self.volunteer.contacts.refit_columns)
        if self.volunteer.built("events") is not None:
            QTimer.singleShot(0, self.volunteer.events.reload)
        self.kiosk.restyle()  # the form's caption hints carry the theme's colour

    def _on_active_changed(self) -> None:
        self.kiosk.refresh()
        self.refresh_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() != QEvent.Type.WindowStateChange:
            return
        state = self.windowState()
        if state & Qt.WindowState.WindowFullScreen and not state & Qt.WindowState.WindowMinimized:
            return  # (the rule of kit.ui.kiosk.lock.needs_full_screen_again, without its import)
        if self.kiosk_lock is not None:
            self.kiosk_lock.window_state_changed()
        elif self._kiosk_mode_at_start and self.isVisible():  # before the kit is open
            QTimer.singleShot(0, self, self._restore_full_screen_before_ready)

    def _restore_full_screen_before_ready(self) -> None:
        from kit.ui.kiosk.lock import restore_full_screen

        if self.kiosk_lock is None and self.isVisible():
            restore_full_screen(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.kiosk_lock is None and self._kiosk_mode_at_start:
            event.ignore()  # kiosk mode: closing takes the PIN, whose lock comes with the kit
            return
        log.info("Main window closed")
        if self.sync_runner is not None:
            self.sync_runner.cancel()  # a running sync stops after the request in flight
        if self._volunteer is not None:
            self._volunteer.shutdown()
        if self._phone_switch is not None:
            self._phone_switch.stop()  # phone sign-ups end with the window
        super().closeEvent(event)
