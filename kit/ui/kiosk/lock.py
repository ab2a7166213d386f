"""Kiosk mode and the inactivity guard: what keeps one attendee's data from the next person.

Kiosk mode (setting `kiosk_mode`, only with a kiosk PIN set): the window is full screen; closing
it, Alt+F4, Esc, Ctrl+Q and Ctrl+W do nothing; quitting asks for the PIN. Minimised or taken out
of full screen by the window manager (its menu, its own shortcuts), it comes back full screen at
once. Once a PIN exists the
volunteer area (contacts and everything else that shows a person) asks for it, kiosk mode or not.

Inactivity (setting `kiosk_inactivity_seconds`, default 90): when nobody has pressed a key,
clicked or moved the mouse for that long, over the kiosk or over a volunteer area behind the PIN,
every open dialog and popup closes (modal or not: a half-typed PIN, a contact being edited, a
file dialog), a volunteer area goes back to the kiosk, the clipboard and the X11 middle-click
selection are emptied, and a kiosk form holding anything is rebuilt empty
(KioskPage.new_attendee). The thank-you screen is left to its own timer. Only input counts as
activity: timers and background work never restart the wait.

What an application cannot block: Ctrl+Alt+Del, switching virtual terminals (Ctrl+Alt+F1…),
the Windows key / Super, the desktop's own shortcuts, power buttons, and anyone who can reboot
the laptop. A real lock-down needs the operating system's kiosk or single-app mode as well.

One application event filter does both jobs, so every event costs one Python call, not two; it
looks at the event type first and returns at once for everything that is not input or a close.
The PIN dialog's purposes are translatable (`self.tr`).
"""

from __future__ import annotations

import logging
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QStackedWidget, QWidget

from kit.domain.signup import form_is_blank
from kit.services import kiosk_pin
from kit.services.kiosk_pin import KioskPin
from kit.services.kit import Kit
from kit.ui.kiosk.pin_dialog import ask_pin

log = logging.getLogger(__name__)

_T = QEvent.Type
# Input that means someone is at the table (restarts the inactivity timer).
ACTIVITY = frozenset({
    _T.KeyPress, _T.MouseButtonPress, _T.MouseMove, _T.Wheel, _T.TouchBegin, _T.TouchUpdate,
    _T.TabletPress, _T.InputMethod,
})
KEYS = frozenset({_T.KeyPress, _T.ShortcutOverride})
WATCHED = ACTIVITY | KEYS | {_T.Close}

_K, _M = Qt.Key, Qt.KeyboardModifier
# Quit and close shortcuts (Alt+F4 reaches us when the window manager passes it on; when it
# does not, it arrives as a close request, which is refused too).
BLOCKED_ANYWHERE = frozenset({
    (_K.Key_F4, _M.AltModifier), (_K.Key_Q, _M.ControlModifier), (_K.Key_W, _M.ControlModifier),
    (_K.Key_Q, _M.ControlModifier | _M.ShiftModifier), (_K.Key_W, _M.ControlModifier | _M.ShiftModifier),
})
MAX_DIALOGS = 50  # a bound on closing, should a dialog keep reopening itself
_MODIFIERS = _M.AltModifier | _M.ControlModifier | _M.ShiftModifier | _M.MetaModifier


def close_dialogs() -> int:
    """Close every dialog and popup of the application, innermost first; returns how many.

    A modal dialog runs its own event loop (QDialog.exec): rejecting the innermost one ends that
    loop, and its caller sees Cancel, as if the person had pressed it."""
    closed = 0
    popup = QApplication.activePopupWidget()
    while popup is not None and closed < MAX_DIALOGS:  # an open menu or calendar drop-down
        popup.close()
        closed += 1
        popup = QApplication.activePopupWidget()
    modal = QApplication.activeModalWidget()
    while modal is not None and closed < MAX_DIALOGS:
        _close(modal)
        closed += 1
        following = QApplication.activeModalWidget()
        if following is modal:  # it refused to close: do not spin on it
            break
        modal = following
    for widget in QApplication.topLevelWidgets():  # dialogs that do not block (modeless)
        if isinstance(widget, QDialog) and widget.isVisible() and closed < MAX_DIALOGS:
            _close(widget)
            closed += 1
    return closed


def _close(widget: QWidget) -> None:
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


def clear_clipboard() -> None:
    """Empty the clipboard and, on X11, the middle-click selection (it keeps the last text
    anyone selected, such as an email typed into the form)."""
    clipboard = QGuiApplication.clipboard()
    clipboard.clear(QClipboard.Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(QClipboard.Mode.Selection)


def needs_full_screen_again(state: Qt.WindowState) -> bool:
    """True when a kiosk-mode window in this state shows the desktop: minimised, or no longer
    full screen."""
    return bool(state & Qt.WindowState.WindowMinimized) or \
        not state & Qt.WindowState.WindowFullScreen


def restore_full_screen(window: Any) -> None:
    """Bring a minimised or shrunk kiosk window back, full screen and in front."""
    if not needs_full_screen_again(window.windowState()):
        return
    log.info("Kiosk mode: the window was minimised or left full screen; restored")
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized)
                          | Qt.WindowState.WindowFullScreen)
    window.showFullScreen()
    window.raise_()
    window.activateWindow()


class KioskWindow(Protocol):
    """What the lock needs of the window it guards (kit.ui.shell.main_window.MainWindow, a
    QMainWindow). A protocol rather than an import: the shell holds the kiosk area, so the
    kiosk area does not import the shell (no import cycle between the UI's areas)."""

    kiosk: Any  # the KioskPage (kit.ui.kiosk.window, which imports this module)
    pages: QStackedWidget

    def refresh_status(self) -> None: ...
    def show_volunteer_area(self) -> None: ...
    def show_kiosk(self) -> None: ...
    # QWidget's own
    def isVisible(self) -> bool: ...  # noqa: N802
    def showFullScreen(self) -> None: ...  # noqa: N802
    def showMaximized(self) -> None: ...  # noqa: N802
    def close(self) -> bool: ...
    def windowHandle(self) -> QWindow | None: ...  # noqa: N802
    def windowState(self) -> Qt.WindowState: ...  # noqa: N802
    def setWindowState(self, state: Qt.WindowState) -> None: ...  # noqa: N802
    def raise_(self) -> None: ...
    def activateWindow(self) -> None: ...  # noqa: N802


class KioskLock(QObject):
    """Kiosk mode and the inactivity guard for one main window (see the module docstring)."""

    def __init__(self, kit: Kit, window: KioskWindow, *, pin: KioskPin | None = None) -> None:
        super().__init__(window)
        self._kit = kit
        self._window = window
        self.pin = pin or KioskPin(kit.settings)
        # Cached: the filter runs for every event and must not query the database.
        self._kiosk_mode = kiosk_pin.kiosk_mode(kit.settings)
        self._allow_close = False
        self.wiped = False  # after an emergency wipe the kit is gone: nothing may touch it
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._on_idle)
        self.set_inactivity_interval(kiosk_pin.inactivity_seconds(kit.settings))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle.start()

    # -- kiosk mode ----------------------------------------------------------------------------
    @property
    def kiosk_mode(self) -> bool:
        return self._kiosk_mode

    def set_kiosk_mode(self, on: bool) -> None:
        """Store the setting (NoPin when turning on without a PIN) and show the window to match."""
        kiosk_pin.set_kiosk_mode(self._kit.settings, on)
        self._kiosk_mode = bool(on)
        self._window.refresh_status()  # no internal counts in front of attendees
        if self._window.isVisible():
            self.show_window()

    def show_window(self) -> None:
        """Full screen in kiosk mode, maximised otherwise."""
        if self._kiosk_mode:
            self._window.showFullScreen()
        else:
            self._window.showMaximized()

    def window_state_changed(self) -> None:
        """The window was minimised or taken out of full screen, perhaps by the window manager
        (its title-bar menu, a shortcut the app never sees): in kiosk mode it comes back full
        screen at once, so the desktop behind it is never left open to the next person."""
        if self._kiosk_mode and not self.wiped and not self._allow_close:
            QTimer.singleShot(0, self, self._restore_full_screen)  # once Qt has finished the change

    def _restore_full_screen(self) -> None:
        if not self._kiosk_mode or self.wiped or self._allow_close or not self._window.isVisible():
            return
        restore_full_screen(self._window)

    def open_volunteer_area(self) -> None:
        """The kiosk's "Volunteer area" button: the PIN first whenever one is set (the volunteer
        area shows people's names, emails and phones), kiosk mode or not."""
        if not ask_pin(self.pin, self.tr("Open the volunteer area"), self._window):
            return
        self._window.show_volunteer_area()

    def request_quit(self) -> bool:
        """Close the app (the PIN first in kiosk mode); True when it closed."""
        if self._kiosk_mode and not ask_pin(self.pin, self.tr("Quit Outreach Kit"), self._window):
            return False
        return self.close_window()

    def close_window(self) -> bool:
        """Close the window even in kiosk mode (after the PIN, or after a wipe)."""
        self._allow_close = True
        closed = self._window.close()
        self._allow_close = closed
        return closed

    def close_after_wipe(self) -> None:
        """The emergency wipe destroyed the kit: stop everything that would read it, and close."""
        self.wiped = True
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.close_window()

    # -- inactivity ----------------------------------------------------------------------------
    def set_inactivity_interval(self, seconds: float) -> None:
        """Use this many idle seconds from now on (the setting is stored by the caller)."""
        self.idle.setInterval(max(1, int(seconds * 1000)))
        if self.idle.isActive():
            self.idle.start()

    def guarded(self) -> bool:
        """True when the volunteer area is behind the PIN (kiosk mode, or simply a PIN set)."""
        return self._kiosk_mode or self.pin.is_set()

    def _on_idle(self) -> None:
        window = self._window
        kiosk = window.kiosk
        on_kiosk = window.pages.currentWidget() is kiosk
        if not on_kiosk and not self.guarded():
            return  # an unguarded volunteer area: whoever is there may see it anyway
        # Over the kiosk (or a guarded volunteer area), nothing an earlier person opened stays
        # open for the next one: a half-typed PIN, a contact, a file dialog, a question.
        closed = close_dialogs()
        if closed:
            log.info("Idle: closed %s open dialogs", closed)
        if not on_kiosk:
            log.info("Volunteer area idle behind the PIN: back to the kiosk")
            window.show_kiosk()
        # Whatever anyone copied or selected goes, typed data or not.
        clear_clipboard()
        if kiosk.stack.currentWidget() is kiosk.setup:
            # A half-typed PIN or passphrase does not wait, and with a PIN set, set-up goes
            # back behind it: the next person is not the volunteer who opened it.
            kiosk.setup.relock()
            return
        if kiosk.stack.currentWidget() is not kiosk.form_holder:
            return  # the thank-you screen has its own timer
        if kiosk.form is not None and not form_is_blank(kiosk.form.form_data()):
            log.info("Kiosk form idle: cleared for the next person")
            kiosk.new_attendee()

    # -- the event filter ----------------------------------------------------------------------
    def _in_main_window(self, watched: QObject) -> bool:
        if isinstance(watched, QWidget):
            return watched.window() is self._window
        if isinstance(watched, QWindow):
            return watched is self._window.windowHandle()
        return False

    def _blocked(self, event: QKeyEvent, watched: QObject) -> bool:
        combo = (event.key(), event.modifiers() & _MODIFIERS)
        if combo in BLOCKED_ANYWHERE:
            return True
        # Esc stays useful in dialogs (Cancel); on the main window it must not leave full screen.
        return combo == (_K.Key_Escape, _M.NoModifier) and self._in_main_window(watched)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind not in WATCHED:
            return False
        if kind in ACTIVITY:
            self.idle.start()
        if not self._kiosk_mode:
            return False
        if kind in KEYS and self._blocked(event, watched):
            event.accept()  # an accepted ShortcutOverride also stops any shortcut for the key
            return True
        if kind == _T.Close and watched is self._window and not self._allow_close:
            event.ignore()
            log.info("Close refused: kiosk mode")
            return True
        return False
