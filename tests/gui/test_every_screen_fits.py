"""Every screen and dialog of the volunteer side fits (issue 23, "Every screen fits"): the
first-run steps, the PIN dialogs, each volunteer tab and its dialogs, unlock, sync, export and
import, at 1024x600, 1366x768 and 1920x1080, in English, Spanish and Urdu, with normal and Large
text. "Fits" is tests/gui/screen_fit.py: no sideways scrolling, no text cut off, no widget drawn
over another, nothing outside the window, no dialog larger than the screen.

One window per language and text size is built and reused by every screen and size (building
one and restyling it for Large text are most of the cost): the whole matrix takes ~20 s of CPU.

`KIT_SCREENSHOTS=DIR uv run pytest tests/gui/test_every_screen_fits.py` saves a PNG of every
case in DIR: look at them (1024x600, Urdu, Large text above all).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kit.domain.signup import SignupForm
from kit.protect.keys import KdfParams
from kit.services import protection
from kit.services.events import create_event
from kit.services.kit import open_kit
from kit.services.signups import record_signup
from tests.gui.screen_fit import layout_problems

# Problems not fixed yet, by screen: what each line starts with.
KNOWN: dict[str, tuple[str, ...]] = {}
# Cases that do not fit yet, seen once the sessions really ran in Spanish and Urdu (they had
# installed the translator before building the window, which applies the kit's own language:
# English). Strict: a case that starts to pass fails here until it is taken off the list.
NOT_YET: dict[str, str] = {}
SIZES = ((1024, 600), (1366, 768), (1920, 1080))
PASS = "correct horse battery staple"


class Session:
    """One language and text size: a protected, locked coordinator's kit with sign-ups in its
    main window, and a fresh kit whose window shows the first-run set-up."""

    def __init__(self, base: Path, language: str, large_text: bool) -> None:
        from kit.ui.i18n import install_interface_language
        from kit.ui.shell.main_window import MainWindow

        assert install_interface_language(language)
        self.key = (language, large_text)
        self.kit = open_kit(base / "coordinator")
        self.kit.settings.set("large_text", large_text)
        self.kit.settings.set("ui_language", language)  # the window applies it
        create_event(self.kit, "Lake Street table", "Minneapolis", "2026-06-14")
        protection.init_protection(self.kit, PASS, kdf=KdfParams(n=2**14))
        for name in ("Ayesha", "Bilal", "Carmen"):
            record_signup(self.kit, SignupForm(first_name=name, last_name="Example",
                                               email=f"{name.lower()}@example.org",
                                               consent_email=True))
        protection.lock(self.kit)
        self.window = MainWindow(self.kit)
        self.window.show()
        self.window.show_volunteer_area()
        self.fresh = open_kit(base / "fresh")
        self.fresh.settings.set("large_text", large_text)
        self.fresh.settings.set("ui_language", language)
        self.first_run = MainWindow(self.fresh)

    def close(self) -> None:
        from kit.ui.i18n import install_interface_language

        for window in (self.window, self.first_run):
            window.close()
            window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.kit.close()
        self.fresh.close()
        install_interface_language("en")


_current: dict[str, Session] = {}


@pytest.fixture(scope="module")
def sessions(tmp_path_factory, kit_qapp):
    yield _current
    for session in _current.values():
        session.close()
    _current.clear()
    from kit.ui.theme import apply_theme

    apply_theme(kit_qapp)


def session_for(sessions, tmp_path_factory, language: str, large_text: bool) -> Session:
    found = sessions.get("now")
    if found is not None and found.key == (language, large_text):
        return found
    if found is not None:
        found.close()
    made = Session(tmp_path_factory.mktemp(f"screens-{language}-{int(large_text)}"), language,
                   large_text)
    sessions["now"] = made
    return made


def settle() -> None:
    for _ in range(3):  # layouts settle on posted events, as in the running app
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


# --- the screens -------------------------------------------------------------------------------
# Each one shows a screen of `session` at `size` and yields the widget to check.

Screen = Callable[["Session", tuple[int, int]], Iterator[QWidget]]
SCREENS: dict[str, Screen] = {}


def screen(name: str) -> Callable[[Screen], Screen]:
    def register(function: Screen) -> Screen:
        SCREENS[name] = contextmanager(function)
        return function
    return register


def _window_at(window, size: tuple[int, int]):
    window.resize(*size)
    window.show()
    settle()
    return window


def _tab(name: str):
    def show(session: Session, size):
        window = _window_at(session.window, size)
        area = window.volunteer
        window.pages.setCurrentWidget(area)
        page = area.contacts if name == "contacts" else area.page(name)
        area.tabs.setCurrentWidget(page)
        settle()
        yield window
    return show


for _name in ("contacts", "events", "handouts", "content", "sync", "dashboard", "protect"):
    screen(f"tab-{_name}")(_tab(_name))


@screen("tab-contacts-unlocked")
def _contacts_unlocked(session: Session, size):
    protection.unlock(session.kit, PASS)
    try:
        window = _window_at(session.window, size)
        area = window.volunteer
        window.pages.setCurrentWidget(area)
        area.tabs.setCurrentWidget(area.contacts)
        area.contacts.reload()
        area.contacts.refit_columns()
        settle()
        yield window
    finally:
        protection.lock(session.kit)
        session.window.volunteer.contacts.reload()


def _dialog(make: Callable[[Session], QDialog]):
    def show(session: Session, size):
        _window_at(session.window, size)
        dialog = make(session)
        try:
            dialog.show()
            settle()
            # A window manager gives a dialog its preferred size, within the screen.
            hint = dialog.sizeHint()
            dialog.resize(min(hint.width(), size[0]), min(hint.height(), size[1]))
            settle()
            need = dialog.minimumSizeHint()
            assert need.width() <= size[0] and need.height() <= size[1], (
                f"{type(dialog).__name__} needs {need.width()}x{need.height()}, larger than the "
                f"screen")
            yield dialog
        finally:
            dialog.done(0)
            dialog.close()
            dialog.deleteLater()
    return show


def _volunteer(session: Session):
    return session.window.volunteer


def _make_event_dialog(session):
    from kit.ui.content.event_form import EventDialog

    return EventDialog(session.kit, _volunteer(session))


def _make_export(session):
    from kit.ui.contacts.export_dialog import ExportDialog

    return ExportDialog(session.kit, _volunteer(session))


def _make_import(session):
    from kit.ui.contacts.import_dialog import ImportDialog

    return ImportDialog(session.kit, _volunteer(session))


def _make_unlock(session):
    from kit.ui.protect.unlock_dialog import UnlockDialog

    return UnlockDialog(session.kit, _volunteer(session))


def _make_target(session):
    from kit.ui.sync.target_dialog import TargetDialog

    sync = _volunteer(session).page("sync")
    return TargetDialog(session.kit, sync.secrets, None, sync)


def _make_handout_contacts(session):
    from kit.ui.handouts.page import ContactDialog

    page = _volunteer(session).page("handouts")
    return ContactDialog(session.kit, session.kit.pack().organisation.contact, page)


def _make_pin(session):
    from kit.services.kiosk_pin import KioskPin
    from kit.ui.kiosk.pin_dialog import PinDialog

    return PinDialog(KioskPin(session.kit.settings), "volunteer", session.window)


def _make_set_pin(session):
    from kit.services.kiosk_pin import KioskPin
    from kit.ui.kiosk.pin_dialog import SetPinDialog

    return SetPinDialog(KioskPin(session.kit.settings), session.window)


def _make_wipe(session):
    from kit.services.kiosk_pin import KioskPin
    from kit.ui.protect.page import WipeDialog

    return WipeDialog(KioskPin(session.kit.settings), _volunteer(session))


def _make_protect(session):
    from kit.ui.protect.setup import ProtectDialog

    return ProtectDialog(session.fresh, _volunteer(session))


def _make_passphrase_prompt(session):
    from kit.ui.protect.setup import PassphrasePrompt

    return PassphrasePrompt("A new key", "Type the passphrase that opens this kit's sign-ups.",
                            _volunteer(session))


for _name, _make in (("event", _make_event_dialog), ("export", _make_export),
                     ("import", _make_import), ("unlock", _make_unlock),
                     ("sync-target", _make_target), ("handout-contacts", _make_handout_contacts),
                     ("pin", _make_pin), ("set-pin", _make_set_pin), ("wipe", _make_wipe),
                     ("protect", _make_protect), ("passphrase", _make_passphrase_prompt)):
    screen(f"dialog-{_name}")(_dialog(_make))


def _first_run_step(page_id: int):
    def show(session: Session, size):
        window = _window_at(session.first_run, size)
        flow = window.kiosk.setup.flow
        flow.setStartId(page_id)
        flow.restart()
        settle()
        try:
            yield window
        finally:
            flow.restart_where_left()
            window.hide()
    return show


for _step in range(5):
    screen(f"first-run-{_step + 1}")(_first_run_step(_step))


# --- the matrix --------------------------------------------------------------------------------

def cases() -> list:
    """Every screen at every size, language and text size, grouped by language and text size,
    in order, so each group builds its windows once."""
    found = []
    for language in ("en", "es", "ur"):
        for large in (False, True):
            for name in SCREENS:
                for size in SIZES:
                    case = (f"{language}-{'large' if large else 'normal'}-{name}-"
                            f"{size[0]}x{size[1]}")
                    marks = ([pytest.mark.xfail(reason=NOT_YET[case], strict=True)]
                             if case in NOT_YET else [])
                    found.append(pytest.param(language, large, name, size, id=case, marks=marks))
    return found


@pytest.mark.parametrize(("language", "large_text", "name", "size"), cases())
def test_the_screen_fits(sessions, tmp_path_factory, language, large_text, name, size):
    session = session_for(sessions, tmp_path_factory, language, large_text)
    with SCREENS[name](session, size) as shown:
        if shown.isWindow() and not isinstance(shown, QDialog):
            assert (shown.width(), shown.height()) == size, "the window is wider than the screen"
        problems = layout_problems(shown)
        folder = os.environ.get("KIT_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            shown.grab().save(str(Path(folder) / (
                f"{size[0]}x{size[1]}-{language}-{'large' if large_text else 'normal'}-{name}.png")))
    problems = [p for p in problems if not p.startswith(KNOWN.get(name, ("\0",)))]
    assert not problems, "\n".join(problems)
