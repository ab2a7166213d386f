"""The kiosk page: the sign-up form, a short thank-you, and first-run event set-up.

The attendee picks the form's language with one touch (English, Español, اردو); Urdu lays the
page out right to left. The language is the attendee's, not the kit's: after each sign-up the
kiosk returns to the default language (setting `kiosk_language`), and the volunteer-facing parts
(the volunteer button, first-run set-up) keep the interface language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QPointF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError, ValidationFailed
from kit.domain.shown_form import ShownForm
from kit.domain.signup import SignupForm, form_is_blank
from kit.services.starting_kit import StartingKit
from kit.ui.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Catalogue,
    catalogue,
    ensure_kiosk_fonts,
    font_for,
    font_style_sheet,
    interface_language,
)
from kit.ui.kiosk.signup_form import SignupFormWidget
from kit.ui.plain_text import PlainLabel
from kit.ui.theme import KIOSK_SIZES, LARGE_TEXT_FACTOR, kiosk_style_sheet, palette

if TYPE_CHECKING:  # the services below import peewee: the first frame does without them
    from kit.services.kit import Kit

log = logging.getLogger(__name__)

SETUP_MAX_WIDTH = 1000
VOLUNTEER_SHORTCUT = "Ctrl+Shift+V"  # the volunteer area from the keyboard (then the PIN)

# The kiosk is designed at 1200x650 (scale 1); a bigger window scales it up to MAX_SCALE, a
# smaller one down, and `KioskPage.fit` lowers the scale further until everything fits, but
# never below MIN_FIT_SCALE (below that the scroll area takes over).
DESIGN_SIZE = (1200, 650)
MIN_SCALE = 0.85
MAX_SCALE = 2.2
MIN_FIT_SCALE = 0.6
HEADER_GAP = 8
FIT_ATTEMPTS = 8
FIT_PRECISION = 0.03
GROW_PRECISION = 0.01
REMEMBERED_FITS = 60
# The scales found are written to the settings this long after the last one was found, once
# the form showing them has been painted (or at once when the page is hidden): a settings write
# is a committed transaction, which a language switch and each next attendee's form waited
# for before they were painted.
SAVE_FITS_DELAY_MS = 400
RESERVED_MESSAGE_LINES = 2  # error lines an empty form keeps room for (_message_reserve)
NEAR_PIXELS = 8  # a window this much smaller or larger keeps the scale found for it
FIT_SLACK = 4  # pixels kept free, for rounding in layouts measured before they settle


def invalidate_all(layout: QLayout) -> None:
    """Forget the sizes `layout` and the layouts nested in it have cached."""
    layout.invalidate()
    for index in range(layout.count()):
        nested = layout.itemAt(index).layout()
        if nested is not None:
            invalidate_all(nested)


def tick_icon() -> QIcon:
    """A tick drawn as a path, in the theme's ink, for the chosen language button."""
    app = QApplication.instance()
    ink = palette(high_contrast=bool(app.property("kit_high_contrast")))["ink"]
    pixmap = QPixmap(64, 64)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(ink), 9)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    path = QPainterPath(QPointF(12, 34))
    path.lineTo(QPointF(26, 48))
    path.lineTo(QPointF(52, 16))
    painter.drawPath(path)
    painter.end()
    return QIcon(pixmap)


class ThankYouPanel(QWidget):
    """Shown for a few seconds after a sign-up, to the attendee who just signed up: what they
    asked for, and that the screen clears itself. Any key or click moves on to the next person."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThankYouPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        self.title = title = PlainLabel("")
        title.setObjectName("ThankYou")
        self.subtitle = subtitle = PlainLabel("")
        subtitle.setObjectName("ThankYouText")
        self.hint = hint = PlainLabel("")
        hint.setObjectName("ThankYouHint")
        for label in (title, subtitle, hint):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        layout.addWidget(title)
        layout.addSpacing(16)
        layout.addWidget(subtitle)
        layout.addSpacing(24)
        layout.addWidget(hint)
        layout.addStretch(3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finished)

        self.set_language(catalogue(DEFAULT_LANGUAGE))

    def set_language(self, language: Catalogue, data: SignupForm | None = None) -> None:
        """Say thank you in the language the attendee used, and tell them what they asked for
        (`data`: what they submitted; None before anyone has)."""
        translate = language.translate
        self.setLayoutDirection(language.direction)
        self.title.setText(translate("ThankYouPanel", "Thank you! You're signed up."))
        email, sms = (data.consent_email, data.consent_sms) if data is not None else (False, False)
        if email and sms:
            promise = translate("ThankYouPanel", "We will email and text you about our events "
                                "and actions, as you asked.")
        elif email:
            promise = translate("ThankYouPanel", "We will email you about our events and "
                                "actions, as you asked.")
        elif sms:
            promise = translate("ThankYouPanel", "We will text you about our events and "
                                "actions, as you asked.")
        else:
            promise = translate("ThankYouPanel", "We won't email or text you. You are welcome "
                                "at our table any time.")
        self.subtitle.setText(promise)
        self.hint.setText(translate(
            "ThankYouPanel", "Your details are saved and no longer on this screen. It is ready "
            "for the next person in a moment."))
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(f"{self.subtitle.text()} {self.hint.text()}")

    def start(self, seconds: float) -> None:
        self._timer.start(int(seconds * 1000))
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _finish_now(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.finished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        self._finish_now()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._finish_now()


# Builds the first-run flow (kit.ui.shell.first_run.FirstRunFlow) for a kit, as a child of the
# given widget. The shell that holds this page passes it in: the kiosk area does not import the
# shell, so the UI's areas import each other without a cycle.
FirstRunFlowFactory = Callable[["Kit", QWidget], Any]


class SetupGate(QWidget):
    """Set-up left unfinished on a kit that has a kiosk PIN: what a passer-by sees instead of it
    (the rule: kit.services.first_run.resuming_needs_pin). Continuing asks for the PIN."""

    continue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SetupGate")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = PlainLabel("")
        self.title.setObjectName("SectionTitle")
        self.text = PlainLabel("")
        self.text.setObjectName("Hint")
        for label in (self.title, self.text):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        layout.addSpacing(16)
        self.continue_button = QPushButton("", self)
        self.continue_button.setObjectName("Primary")
        self.continue_button.clicked.connect(self.continue_requested)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        """The texts in the volunteer side's language now in force."""
        self.title.setText(self.tr("Set-up is not finished"))
        self.text.setText(self.tr(
            "This laptop takes sign-ups once set-up is done. A volunteer with the kiosk PIN can "
            "continue it now."))
        self.continue_button.setText(self.tr("Continue set-up (kiosk PIN)…"))


class SetupPanel(QWidget):
    """First run: the guided set-up (kit.ui.shell.first_run) before the first form appears.

    The flow is built the first time it is needed: most starts are not first runs, and
    building it (and importing it) would cost every start about a third of a second.

    Once a kiosk PIN exists, set-up shown again (a set-up left half-way, at the next start; or
    after the table was left idle) sits behind it: a passer-by sees the gate (`SetupGate`) and
    only the PIN opens the flow (kit.services.first_run.resuming_needs_pin). A first run with
    no PIN yet stays open to whoever sets the laptop up, from step to step."""

    event_created = Signal(object)
    completed = Signal()
    language_chosen = Signal(str)  # the volunteer side's language, chosen on the first step

    def __init__(self, kit: Kit, make_flow: FirstRunFlowFactory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._make_flow = make_flow
        self._flow = None
        self._unlocked = False  # the flow was opened in this session, with the PIN or before one
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(self)
        self.pages.setMaximumWidth(SETUP_MAX_WIDTH)  # lines a volunteer reads at a glance
        self.gate = SetupGate(self.pages)
        self.gate.continue_requested.connect(self._on_continue_requested)
        self.pages.addWidget(self.gate)
        self._layout.addStretch(1)
        self._layout.addWidget(self.pages, 20)
        self._layout.addStretch(1)
        # Set-up speaks the volunteers' language and runs in its direction, whatever the
        # attendee's form around it does.
        self.setLayoutDirection(interface_language().direction)

    def kit_ready(self, kit: Kit) -> None:
        """The open kit replaces the one read for the first frame."""
        self._kit = kit

    def rebuild(self) -> None:
        """Build the flow again in the volunteer side's language now in force, keeping what
        was typed into step 1 (the only step that offers the choice, nothing is stored yet)."""
        self.setLayoutDirection(interface_language().direction)
        self.gate.retranslate()
        old = self._flow
        if old is None:
            return
        typed = (old.form.name.text(), old.form.location.text())
        showing = self.pages.currentWidget() is old
        self._flow = None
        self.pages.removeWidget(old)
        old.hide()
        old.deleteLater()
        name, location = typed
        flow = self.flow
        if showing:
            self.pages.setCurrentWidget(flow)
        flow.form.name.setText(name)
        flow.form.location.setText(location)

    @property
    def built(self) -> bool:
        return self._flow is not None

    @property
    def flow(self):
        """The FirstRunFlow, built on first use."""
        if self._flow is None:
            self._flow = self._make_flow(self._kit, self.pages)
            self._flow.event_created.connect(self.event_created)
            self._flow.completed.connect(self.completed)
            self._flow.language_chosen.connect(self.language_chosen)
            self.pages.addWidget(self._flow)
        return self._flow

    @property
    def form(self):
        """Step 1's event fields."""
        return self.flow.form

    @property
    def locked(self) -> bool:
        """True while the gate stands in front of set-up (a PIN exists and was not given)."""
        if self._unlocked:
            return False
        from kit.services.first_run import resuming_needs_pin

        return resuming_needs_pin(self._kit)

    def show_current(self) -> None:
        """Show the gate or the flow, whichever is due, with the cursor in it."""
        if self.locked:
            self.pages.setCurrentWidget(self.gate)
            self.gate.continue_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._unlocked = True  # set a PIN in step 3 and the next steps stay open
        self.pages.setCurrentWidget(self.flow)
        self.flow.focus_first()

    def relock(self) -> None:
        """Nobody is at the table (the inactivity guard): half-typed secrets go, and with a PIN
        set the gate comes back in front of set-up."""
        if self._flow is not None:
            self._flow.clear_secrets()
        self._unlocked = False
        if self.locked:
            self.pages.setCurrentWidget(self.gate)

    def _on_continue_requested(self) -> None:
        from kit.services.kiosk_pin import KioskPin
        from kit.ui.kiosk.pin_dialog import ask_pin

        if not ask_pin(KioskPin(self._kit.settings), self.tr("Continue set-up"), self):
            return
        self._unlocked = True
        self.show_current()


class KioskPage(QWidget):
    """What the attendee sees. Emits `signup_saved` after every stored sign-up."""

    signup_saved = Signal(object)  # SignupReceipt
    event_created = Signal(object)
    volunteer_requested = Signal()
    interface_language_chosen = Signal(str)  # on set-up's first step (the window applies it)

    def __init__(self, kit: Kit | StartingKit, parent: QWidget | None = None, *,
                 first_run_flow: FirstRunFlowFactory) -> None:
        """`kit` may be a StartingKit: the page is shown at once and takes sign-ups from
        `kit_ready` on (the Sign up button says it is getting ready until then).
        `first_run_flow` builds the guided set-up when a first run needs it."""
        super().__init__(parent)
        self.setObjectName("KioskPage")
        self._kit: Kit | StartingKit = kit
        self.ready = not isinstance(kit, StartingKit)
        self.form: SignupFormWidget | None = None
        # What the current form shows (its consent wording and interest tags), to notice a
        # Content save that changed them while an attendee was filling it in.
        self._form_shows: ShownForm | None = None
        ensure_kiosk_fonts()
        self.language: Catalogue = catalogue(self.default_language())

        outer = QVBoxLayout(self)
        outer.setSpacing(0)  # HEADER_GAP only, so that `needed_size` adds up exactly
        outer.setContentsMargins(48, 16, 48, 8)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = PlainLabel(self.tr("Stay in touch"))  # set per language by _show_language
        self.title.setObjectName("Title")
        self.title.setWordWrap(True)  # a longer title in another language wraps, never clips
        self.subtitle = PlainLabel("")
        self.subtitle.setObjectName("Subtitle")
        self.subtitle.setWordWrap(True)
        for label in (self.title, self.subtitle):  # scaled with the form (theme.kiosk_style_sheet)
            label.setProperty("kioskHeader", True)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addSpacing(16)  # a long title wraps before it reaches the language buttons
        # One touch per language; each button is labelled in its own language and script, and the
        # chosen one is marked by a drawn tick, bold text and a thick frame as well as its
        # background (a tick character depends on fonts: some render it as a slash). No
        # exclusive QButtonGroup: it would make the three one Tab stop reached by arrow keys;
        # _show_language keeps exactly one checked.
        self.language_bar = QHBoxLayout()
        self.language_bar.setSpacing(8)
        self.language_buttons: dict[str, QPushButton] = {}
        for option in LANGUAGES:
            button = QPushButton(option.native_name, self)
            button.setObjectName("Language")
            button.setCheckable(True)
            # Never squeezed below its text (large text, the tick added): the titles wrap instead.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.setProperty("language", option.code)
            button.setProperty("rightToLeft", option.right_to_left)  # its script's font, size
            button.setLayoutDirection(option.direction)
            button.setAccessibleName(
                option.native_name if option.native_name == option.english_name
                else f"{option.native_name} ({option.english_name})")
            button.clicked.connect(lambda _checked=False, code=option.code: self.set_language(code))
            self.language_bar.addWidget(button)
            self.language_buttons[option.code] = button
        header.addLayout(self.language_bar)
        header.addSpacing(16)
        self.volunteer_button = QPushButton(self.tr("Volunteer area"))
        self.volunteer_button.setObjectName("Quiet")
        self.volunteer_button.setAccessibleName(self.tr("Open the volunteer area"))
        # Reachable by keyboard like every screen: Tab after Sign up, or Ctrl+Shift+V from
        # anywhere on the page (it asks for the PIN, as a click does).
        self.volunteer_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.volunteer_button.setToolTip(self.tr("Volunteer area (Ctrl+Shift+V)"))
        self.volunteer_button.clicked.connect(self.volunteer_requested)
        self._volunteer_shortcut = QShortcut(QKeySequence(VOLUNTEER_SHORTCUT), self)
        self._volunteer_shortcut.activated.connect(self._on_volunteer_shortcut)
        self.volunteer_button.setEnabled(self.ready)  # its PIN check comes with the open kit
        header.addWidget(self.volunteer_button, 0, Qt.AlignmentFlag.AlignTop)
        self.header = header
        outer.addLayout(header)
        outer.addSpacing(HEADER_GAP)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.setup = SetupPanel(kit, first_run_flow, self)
        self.setup.event_created.connect(self.event_created)
        self.setup.completed.connect(self.refresh)
        self.setup.language_chosen.connect(self.interface_language_chosen)
        # The page scales the form to fit its window (`fit`), messages included; the scroll
        # area is only a safety net for a window smaller than any the kit supports.
        self.form_holder = QScrollArea(self)
        self.form_holder.setWidgetResizable(True)
        self.form_holder.setFrameShape(QFrame.Shape.NoFrame)
        # No scroll bars: one that appeared for a moment while the page was being fitted took
        # its width from the form, which then wrapped taller and kept it. Tab still scrolls to
        # the focused field should a window ever be too small.
        self.form_holder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_holder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Never a Tab stop of its own: the attendee's first key goes to a field.
        self.form_holder.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(self.form_holder)
        inner.setObjectName("KioskPage")
        self.form_holder.setWidget(inner)
        self.form_holder_layout = QVBoxLayout(inner)
        self.form_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.form_holder_layout.setSpacing(0)
        self.thanks = ThankYouPanel(self)
        self.thanks.finished.connect(self.new_attendee)
        for page in (self.setup, self.form_holder, self.thanks):
            self.stack.addWidget(page)
        self.scale = 0.0
        self._shrink_guess = 0.9
        self._restyled = True
        self._fitted_for: tuple | None = None
        self._grown_for: tuple | None = None  # the fit `_grow_if_room` last looked again at
        self._fitted_scales: dict[tuple, float] = self._remembered_scales()
        self._save_fits = QTimer(self)
        self._save_fits.setSingleShot(True)
        self._save_fits.setInterval(SAVE_FITS_DELAY_MS)
        self._save_fits.timeout.connect(self._save_fitted_scales)
        self._messages_size = (0, 0)
        self.refresh()

    def default_language(self) -> str:
        """The language each new attendee's form starts in (setting `kiosk_language`)."""
        code = str(self._kit.settings.get("kiosk_language") or DEFAULT_LANGUAGE)
        return code if any(option.code == code for option in LANGUAGES) else DEFAULT_LANGUAGE

    def interface_language_changed(self) -> None:
        """The volunteer side speaks another language: the volunteer button and the set-up
        follow (the attendee's form keeps its own)."""
        self.volunteer_button.setText(self.tr("Volunteer area"))
        self.volunteer_button.setAccessibleName(self.tr("Open the volunteer area"))
        self.volunteer_button.setToolTip(self.tr("Volunteer area (Ctrl+Shift+V)"))
        self.setup.rebuild()
        if self.stack.currentWidget() is self.setup:
            self.refresh()

    def kit_ready(self, kit: Kit) -> None:
        """The kit is open: sign-ups are taken from now on (set-up is shown instead should the
        open kit say it is needed, after a backup was restored at start-up)."""
        self._kit = kit
        self.setup.kit_ready(kit)
        self.ready = True
        self.volunteer_button.setEnabled(True)
        if self.form is not None:
            self.form.set_waiting(False)
        if self._setting_up():
            self.refresh()

    def _setting_up(self) -> bool:
        if not self.ready:
            return False  # a starting kit is only used when an event exists and set-up is done
        from kit.services.first_run import first_run_pending

        return first_run_pending(self._kit)

    def _active_event(self):
        """The active event (name, place, day), or None."""
        if isinstance(self._kit, StartingKit):
            return self._kit.active_event()
        from kit.services.events import active_event_heading

        return active_event_heading(self._kit)  # the heading shows no count: none is made

    def refresh(self) -> None:
        """Show set-up when there is no event, else a fresh form under the event's name."""
        self._show_language()
        setting_up = self._setting_up()
        for button in self.language_buttons.values():  # the attendee's choice; set-up is not
            button.setVisible(not setting_up)
        if setting_up:
            self.subtitle.setText("")
            self.stack.setCurrentWidget(self.setup)
            self.setup.show_current()
            return
        if self.form is None:
            self.new_attendee()

    def pack_changed(self) -> None:
        """The campaign pack was saved: new interests, consent wording and name apply to the
        next attendee. A form nobody has touched yet is rebuilt at once; one an attendee has
        started stays as it is (checked again when they submit, see `_form_outdated`)."""
        self._show_language()  # the title carries the organisation's name
        if self.form is not None and form_is_blank(self.form.form_data()):
            self._build_form()

    def _form_outdated(self, data: SignupForm) -> bool:
        """True when recording this form would break "consent exactly as shown" (the rule:
        kit.domain.shown_form)."""
        if self._form_shows is None:
            return False
        from kit.services import kiosk_form

        return kiosk_form.form_outdated(self._kit, self._form_shows, self.language.code,
                                        data.interests)

    def _show_language(self) -> None:
        """Titles, direction and the chosen language button for `self.language`."""
        translate = self.language.translate
        self.setLayoutDirection(self.language.direction)
        self.setFont(font_for(self.language.language, QApplication.font()))
        # Children styled by the app's style sheet (font sizes) take their family from the style
        # sheet, not from this page's font, so the family list is set with the page's scaled
        # sizes (`fit`).
        self.fit(force=True)
        for code, button in self.language_buttons.items():
            chosen = code == self.language.code
            button.setChecked(chosen)
            # Bold through the widget's font (not the style sheet), so the button's size is
            # measured with the bold text it shows.
            font = button.font()
            font.setBold(chosen)
            button.setFont(font)
            button.setIcon(tick_icon() if chosen else QIcon())
        organisation = self._kit.organisation_name()
        # A right-to-left page's heading starts with a right-to-left mark: a label takes its
        # alignment and word order from the text's first strong letter, and the Urdu title
        # begins with the organisation's Latin name, so it stood on the left, read backwards.
        mark = "\u200f" if self.language.language.right_to_left else ""
        self.title.setText(mark + (
            translate("KioskPage", "Stay in touch with %1").replace("%1", organisation)
            if organisation else translate("KioskPage", "Stay in touch")))
        event = self._active_event()
        if event is None:
            return
        when = ""
        if event.date:
            date = QDate(event.date.year, event.date.month, event.date.day)
            when = self.language.locale.toString(date, "dddd d MMMM yyyy")
        place = f" · {event.location}" if event.location else ""
        self.subtitle.setText(f"{mark}{event.name}{place}{' · ' + when if when else ''}")

    def restyle(self) -> None:
        """Rebuild the form after a theme change, keeping what was typed (not consent)."""
        if self.form is None:
            return
        typed = self.form.form_data()
        self._build_form()
        self.form.fill(typed)

    def set_language(self, code: str) -> None:
        """Switch the form to `code` at once, keeping what this attendee typed (not consent)."""
        if code == self.language.code and self.form is not None:
            self._show_language()
            return
        typed = self.form.form_data() if self.form is not None else None
        # Rebuilding and refitting the form takes a second or more on a loaded laptop: the
        # pressed button shows at once that it was taken (checked), and the pointer is busy,
        # drawn now, before the work. (A second press meanwhile finds the language chosen.)
        pressed = self.language_buttons.get(code)
        if pressed is not None:
            pressed.setChecked(True)
            pressed.repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        try:
            self.language = catalogue(code)
            self._show_language()
            if self._setting_up():
                return
            self._build_form()
            if typed is not None and self.form is not None:
                self.form.fill(typed)
        finally:
            QGuiApplication.restoreOverrideCursor()
        log.info("Kiosk language: %s", self.language.code)

    def _discard_form(self) -> None:
        if self.form is not None:
            self.form.hide()
            self.form_holder_layout.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None

    def new_attendee(self) -> None:
        """Throw the old form away and build an empty one: nothing of the last person remains,
        not even the language they chose."""
        self.language = catalogue(self.default_language())
        self._show_language()
        self._build_form()

    def _build_form(self) -> None:
        self._discard_form()
        code = self.language.code
        interests, wording = self._kit.interests(code), self._kit.consent_wording_in(code)
        self.form = SignupFormWidget(
            interests, wording, self.form_holder.widget(), language=self.language,
            privacy=self._privacy_notice(code),
        )
        self._form_shows = ShownForm(wording, tuple(tag for tag, _label in interests))
        self.form.set_waiting(not self.ready)
        self.form.submitted.connect(self._on_submitted)
        self.form.messages_changed.connect(self.fit)
        # The form fills the page, Sign up at its foot: messages take the room above it.
        self.form_holder_layout.insertWidget(0, self.form, 1)
        # Shown now rather than when the event loop next runs, so that it can be measured.
        self.form.show()
        self.stack.setCurrentWidget(self.form_holder)
        # Tab order follows the screen: the language buttons sit above the form; the way to
        # the volunteer area comes last, after Sign up.
        chain = [self.language_buttons[option.code] for option in LANGUAGES]
        chain += self.form.tab_chain()
        chain.append(self.volunteer_button)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.fit(force=True)
        self.form.focus_first()

    def _on_volunteer_shortcut(self) -> None:
        button = self.volunteer_button
        if button.isVisible() and button.isEnabled():
            button.click()

    def _privacy_notice(self, code: str) -> str:
        """The pack's line on who sees a sign-up, where it goes and how to be removed."""
        pack = self._kit.pack()
        return pack.privacy_in(code) if pack is not None else ""

    # -- fitting the window ---------------------------------------------------------------
    def wanted_scale(self) -> float:
        """The scale the window's size asks for (larger with Large text), before fitting."""
        top = self.window()
        if (self.isVisible() or top.testAttribute(Qt.WidgetAttribute.WA_Resized)) \
                and not self._settling():
            window = top.size()  # the screen's size, less the title bar
        else:  # the app opens maximised or full screen
            screen = self.screen() or QGuiApplication.primaryScreen()
            window = screen.availableGeometry().size() if screen is not None else QSize(*DESIGN_SIZE)
        size = min(window.width() / DESIGN_SIZE[0], window.height() / DESIGN_SIZE[1])
        large = bool(QApplication.instance().property("kit_large_text"))
        return min(MAX_SCALE, max(MIN_SCALE, size)) * (LARGE_TEXT_FACTOR if large else 1.0)

    def _apply_scale(self, scale: float) -> None:
        self._messages_size = (self.width(), self.height())  # the size this scale is for
        sheet = font_style_sheet(self.language.language) + kiosk_style_sheet(
            scale, right_to_left=self.language.language.right_to_left)
        if sheet != self.styleSheet():
            self.setStyleSheet(sheet)
            self._restyled = True
        self.scale = scale
        size = self.language_buttons[self.language.code].fontMetrics().height()
        for button in self.language_buttons.values():
            button.setIconSize(QSize(size, size))

    def needed_size(self) -> QSize:
        """The page's size with everything shown at the current scale, at the current width."""
        # A form built a moment ago has no style (fonts) yet, and polishing the page does not
        # polish its children: measured with the app's fonts, a new Urdu form came out a tenth
        # taller than it is drawn, and the page settled on a smaller scale than fits.
        widgets = (self, *self.findChildren(QWidget))
        for widget in widgets:
            widget.ensurePolished()
        if self._restyled:
            # Layouts keep the sizes they measured before the new style sheet: measure afresh.
            for widget in widgets:
                if widget.layout() is not None:
                    invalidate_all(widget.layout())
            self._restyled = False
        margins = self.layout().contentsMargins()
        width = max(1, self.width() - margins.left() - margins.right())
        header = self.header.totalHeightForWidth(width) if self.header.hasHeightForWidth() \
            else self.header.totalSizeHint().height()
        header_width = self.header.totalMinimumSize().width()
        page = self.stack.currentWidget()
        if page is self.form_holder and self.form is not None:
            body = self.form.heightForWidth(width) if self.form.hasHeightForWidth() \
                else self.form.sizeHint().height()
            body_width = self.form.minimumSizeHint().width()
        else:  # first-run set-up (which scrolls if it must) or the thank-you screen
            body = page.minimumSizeHint().height()
            body_width = page.minimumSizeHint().width()
        return QSize(max(header_width, body_width) + margins.left() + margins.right(),
                     margins.top() + header + HEADER_GAP + body + margins.bottom())

    def fit(self, force: bool = False) -> None:
        """Show the page at the largest scale (up to `wanted_scale`) at which the header and
        the whole form, messages included, fit the window without scrolling, in any language."""
        if self.isVisible() and self._settling():
            # Maximised or full screen but not yet on the screen: the window manager passes
            # through other sizes first (the window's natural size, 910x484 here), and fitting
            # those restyled the page twice before the first frame. It is fitted once exposed,
            # at the size the attendee sees (eventFilter), from the scale chosen before.
            self._fitted_for = None
            return
        if not self.isVisible() or self.width() <= 1 or self.height() <= 1:
            # Measured when shown (showEvent). Styling a page before it is first shown is cheap
            # (nothing is polished yet), restyling it afterwards is not: take the scale the
            # screen asks for now, so that showing it usually needs no second style.
            self._fitted_for = None
            wanted = self.wanted_scale()
            before = [scale for (_w, _h, code, asked, page, messages), scale
                      in self._fitted_scales.items()
                      if (code, asked, page, messages) == (self.language.code, round(wanted, 3),
                                                           "form", 0)]
            self._apply_scale(before[-1] if before else wanted)
            return
        if not self._window_sized():
            # A window left at its natural size (the --smoke start) grows with the form: there
            # is nothing to fit it to, and the scale it was built with will do.
            if not self.scale:
                self._apply_scale(self.wanted_scale())
            return
        key = (self.width(), self.height(), self.language.code, self.wanted_scale(),
               self.stack.currentWidget(), self.form, self._visible_messages())
        if key == self._fitted_for and not force:
            return
        self._fitted_for = key
        # Each try restyles the page (a tenth of a second on a slow laptop), so the scale found
        # for this window, language and number of messages is remembered: the next attendee's
        # form is checked at that scale and usually needs no search.
        wanted = self.wanted_scale()
        page = "form" if self.stack.currentWidget() is self.form_holder else "other"
        remembered_as = (self.width(), self.height(), self.language.code, round(wanted, 3), page,
                         self._visible_messages())
        remembered = self._fitted_scales.get(remembered_as)
        if remembered is None:  # a window a few pixels smaller or larger keeps its scale
            remembered = next((scale for (width, height, *rest), scale in self._fitted_scales.items()
                               if rest == list(remembered_as[2:])
                               and abs(width - self.width()) <= NEAR_PIXELS
                               and abs(height - self.height()) <= NEAR_PIXELS), None)
        if (page == "form" and self._visible_messages() and self.scale
                and (self.width(), self.height()) == self._messages_size and self._fits_at(self.scale)):
            # Messages appeared or went: the form keeps its scale while it fits, so Sign up
            # stays where it was (the room they take was kept free, _message_reserve).
            return
        if remembered is not None and self._fits_at(remembered):
            if next(reversed(self._fitted_scales), None) != remembered_as:
                self._remember(remembered_as, remembered)
            QTimer.singleShot(0, self, self._refit_if_cut)  # dropped with the page
            return
        # Otherwise: the wanted scale, else a guess from how much too big it was, then a few
        # halvings of the gap between the largest that fits and the smallest that does not.
        fits_at, too_big_at = MIN_FIT_SCALE, None
        scale = wanted
        for _attempt in range(FIT_ATTEMPTS):
            if self._fits_at(scale):
                fits_at = scale
                if scale == wanted:
                    break
            else:
                too_big_at = scale
            if too_big_at is None or too_big_at - fits_at < FIT_PRECISION:
                break
            scale = (fits_at + too_big_at) / 2 if fits_at > MIN_FIT_SCALE else \
                max(MIN_FIT_SCALE, too_big_at * self._shrink_guess)
        if self.scale != fits_at:
            self._apply_scale(fits_at)
        self._remember(remembered_as, fits_at)
        # A window that settles a moment later (a status bar restyled by Large text, a bold
        # language button) may take a few pixels back: check again once it has.
        QTimer.singleShot(0, self, self._refit_if_cut)  # dropped with the page

    def _window_sized(self) -> bool:
        """True when the window's size is given from outside: maximised or full screen (as the
        app opens), resized by code, or resized by the person at the table."""
        window = self.window()
        return bool(window.windowState() & (Qt.WindowState.WindowMaximized
                                             | Qt.WindowState.WindowFullScreen)
                    or window.testAttribute(Qt.WidgetAttribute.WA_Resized)
                    or window.property("kioskUserSized"))

    def _remember(self, key: tuple, scale: float) -> None:
        """Keep the scale found for this window, also for the next start (setting
        `kiosk_fitted_scales`: window sizes and scales, nothing about people)."""
        self._fitted_scales.pop(key, None)
        self._fitted_scales[key] = scale  # the most recent last: the next start begins with it
        while len(self._fitted_scales) > REMEMBERED_FITS:
            del self._fitted_scales[next(iter(self._fitted_scales))]
        self._save_fits.start()  # after the paint (SAVE_FITS_DELAY_MS)

    def _save_fitted_scales(self) -> None:
        self._save_fits.stop()
        try:
            self._kit.settings.set("kiosk_fitted_scales",
                                   [[*key, scale] for key, scale in self._fitted_scales.items()])
        except Exception:  # a read-only or full disk must not stop the kiosk
            log.warning("Could not remember the kiosk's scale", exc_info=True)

    def _remembered_scales(self) -> dict[tuple, float]:
        stored = self._kit.settings.get("kiosk_fitted_scales") or []
        scales: dict[tuple, float] = {}
        for entry in stored if isinstance(stored, list) else []:
            if isinstance(entry, list) and len(entry) == 7:
                *key, scale = entry
                if isinstance(scale, (int, float)) and MIN_FIT_SCALE <= scale <= MAX_SCALE * 2:
                    scales[tuple(key)] = float(scale)
        return scales

    def _refit_if_cut(self) -> None:
        if not self.isVisible():
            return
        needed = self.needed_size()
        if (needed.height() > self.height() or needed.width() > self.width()) \
                and self.scale > MIN_FIT_SCALE:
            self.fit(force=True)
            return
        self._grow_if_room()

    def _grow_if_room(self) -> None:
        """Once per fitted window, language and form: below the wanted scale, look again for
        the largest that fits, now that the form has been laid out once. A form measured the
        moment it was built comes out taller than it is drawn (its wrapped labels were measured
        before their first layout): the Urdu form settled at 1.02 where 1.07 fits, and with
        Large text, whose status bar is a few pixels taller, below its size without it."""
        key = self._fitted_for
        wanted = self.wanted_scale()
        if key is None or key == self._grown_for or self.scale >= wanted - FIT_PRECISION:
            return
        self._grown_for = key
        fits_at, too_big_at = self.scale, wanted
        # Finer than the first search: done once per window and language (then remembered),
        # and a hundredth of scale is a pixel of label at the smallest sizes.
        for _attempt in range(FIT_ATTEMPTS + 2):
            if too_big_at - fits_at < GROW_PRECISION:
                break
            middle = (fits_at + too_big_at) / 2
            if self._fits_at(middle):
                fits_at = middle
            else:
                too_big_at = middle
        if self.scale != fits_at:
            self._apply_scale(fits_at)
        page = "form" if self.stack.currentWidget() is self.form_holder else "other"
        self._remember((self.width(), self.height(), self.language.code, round(wanted, 3), page,
                        self._visible_messages()), fits_at)

    def _fits_at(self, scale: float) -> bool:
        self._apply_scale(scale)
        needed = self.needed_size()
        reserve = self._message_reserve(scale)
        self._shrink_guess = min(0.97, self.height() / (needed.height() + reserve),
                                 self.width() / needed.width())
        return (needed.height() + reserve + FIT_SLACK <= self.height()
                and needed.width() + FIT_SLACK <= self.width())

    def _message_reserve(self, scale: float) -> int:
        """Room kept free under an empty form for RESERVED_MESSAGE_LINES lines of messages: they
        take it when they appear, and Sign up (at the foot of the page) does not move, so a tap
        after a fix lands where the finger expects it."""
        if (self.form is None or self.stack.currentWidget() is not self.form_holder
                or self._visible_messages()):
            return 0
        return round(RESERVED_MESSAGE_LINES * KIOSK_SIZES["error"] * scale * 1.6)

    def _visible_messages(self) -> int:
        if self.form is None:
            return 0
        shown = [label for label in self.form.errors.values() if not label.isHidden()]
        return len(shown) + (0 if self.form.banner.isHidden() else 1000)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        # A resize the window system sends (someone dragged the window's edge) makes the
        # window's size one to fit.
        if watched is self.window() and event.type() == QEvent.Type.Resize \
                and event.spontaneous() and not watched.property("kioskUserSized"):
            watched.setProperty("kioskUserSized", True)
        # The window is on the screen (before its first paint): fit it at its real size.
        elif watched is self.window().windowHandle() and event.type() == QEvent.Type.Expose \
                and watched.isExposed() and self.isVisible():
            self.fit()
        return False

    def _settling(self) -> bool:
        """Asked to be maximised or full screen, and not on the screen yet."""
        top = self.window()
        handle = top.windowHandle()
        return bool(top.windowState() & (Qt.WindowState.WindowMaximized
                                         | Qt.WindowState.WindowFullScreen)) \
            and handle is not None and not handle.isExposed()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self._save_fits.isActive():  # the window closes, or the volunteer area opens
            self._save_fitted_scales()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if self.window() is not self:
            self.window().removeEventFilter(self)
            self.window().installEventFilter(self)
        handle = self.window().windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)
            handle.installEventFilter(self)
        super().showEvent(event)
        self.fit()
        # The first letters an attendee types go into First name, not a language button (Qt
        # gives a window's focus to the first widget in the chain when nothing asked for it).
        if self.form is not None and self.stack.currentWidget() is self.form_holder:
            self.form.focus_first()

    def _on_submitted(self, data) -> None:
        form = self.form
        if form is None or not self.ready:
            return  # never before the store is open (the button waits; so does Enter)
        translate = self.language.translate
        if self._form_outdated(data):
            # A volunteer saved new wording while this form was open: show the new form with
            # what was typed (consent unticked) rather than record words nobody read.
            self._build_form()
            assert self.form is not None
            self.form.fill(data)
            self.form.show_banner(translate(
                "KioskPage", "This form was just updated. Please check your choices and read "
                "the consent boxes again before you sign up."))
            return
        from kit.services.signups import SignupReceipt, record_signup

        form.set_busy(True)
        try:
            receipt: SignupReceipt = record_signup(
                self._kit, data, source="kiosk", language=self.language.code)
        except ValidationFailed as failed:
            form.show_field_errors(failed.errors)
            return
        except KitError as error:
            log.warning("Sign-up not stored: %s", error.code)
            if self.language.translator is None:
                form.show_banner(f"Not saved: {error.message} Your details are still in the form.")
            else:
                form.show_banner(translate(
                    "KioskPage", "Not saved: the sign-up could not be written. Your details are "
                    "still in the form; try again, or ask a volunteer."))
            return
        except Exception:
            log.exception("Sign-up could not be stored")
            form.show_banner(translate(
                "KioskPage", "Not saved: the sign-up could not be written. Your details are "
                "still in the form; try again, or ask a volunteer."))
            return
        finally:
            if self.form is form:
                form.set_busy(False)
        log.info("Sign-up %s stored", receipt.signup_uuid)
        # Leave nothing of this attendee behind for the next one (the X11 selection included:
        # a middle click would paste their email into the next form).
        from kit.ui.kiosk.lock import clear_clipboard

        clear_clipboard()
        self._discard_form()
        self.thanks.set_language(self.language, data)
        self.stack.setCurrentWidget(self.thanks)
        self.thanks.start(float(self._kit.settings.get("thank_you_seconds") or 4))
        self.signup_saved.emit(receipt)
