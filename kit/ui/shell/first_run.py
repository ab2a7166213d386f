"""First-run set-up: a short guided flow, shown in the kiosk before the first sign-up form.

1. Where you are tabling (event name, place, date; the cursor starts in Event name).
2. The group's own contact details (website, email, social, meeting), which the handouts print;
   saved into the data dir's campaign pack.
3. A kiosk PIN: recommended, skippable with a plain warning. Once set, the volunteer area asks
   for it.
4. Protection: the coordinator's laptop (a passphrase, its strength shown, a written-down
   reminder), a table laptop (the coordinator's public-key file), or not now.
5. Done: what was set, and for the coordinator the public-key file to give the table laptops.

Each step is stored when the volunteer passes it (kit.services.first_run, kiosk_pin,
protection), so nothing acknowledged is lost, and quitting half-way brings back the remaining
steps on the next start. A QWizard embedded in the kiosk page, not a window: Enter moves on,
Alt+N/Alt+B and Tab work as everywhere, and the inactivity reset never closes it (it only empties
the passphrase and PIN fields). Every text is translatable (`self.tr`).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kit.domain.errors import KitError, ValidationFailed
from kit.domain.protection import ProtectionMode
from kit.services import campaign, first_run, protection
from kit.services.events import active_event
from kit.services.kiosk_pin import PIN_MAX_DIGITS, PIN_MIN_DIGITS, KioskPin
from kit.services.kit import Kit
from kit.ui.content.event_form import EventForm
from kit.ui.i18n import arg, interface_language
from kit.ui.keys import enter_moves_on
from kit.ui.kiosk.pin_dialog import pin_edit, set_pin_typed_twice
from kit.ui.language_choice import LanguageChoice, draft_notice
from kit.ui.plain_text import PlainLabel
from kit.ui.protect.setup import ProtectionChoice, error_label, hint_label, save_public_key_file

log = logging.getLogger(__name__)

EVENT_PAGE, CONTACT_PAGE, PIN_PAGE, PROTECT_PAGE, DONE_PAGE = range(5)
STEPS = 5
PIN_FIELD_WIDTH = 280


class StepPage(QWizardPage):
    """A step with its own heading ("Step 2 of 5", a title and a line of explanation), the same
    on every page whatever the wizard style, and a first field that takes the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The step scrolls inside the wizard, so Next stays on screen on a 1024x600 netbook
        # with large text on.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # it was a Tab stop that showed nothing
        body = QWidget(scroll)
        body.setObjectName("KioskPage")  # the page's paper background, not the scroll area's
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self.page_layout = QVBoxLayout(body)
        self.step = hint_label("")
        self.heading = PlainLabel("")
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        self.explanation = PlainLabel("")
        self.explanation.setObjectName("Subtitle")
        self.explanation.setWordWrap(True)
        # Says so when the volunteer side's translation is a draft (hidden in English).
        self.draft_notice = draft_notice(interface_language(), self)
        for label in (self.draft_notice, self.step, self.heading, self.explanation):
            self.page_layout.addWidget(label)
        self.page_layout.addSpacing(8)

    def set_heading(self, number: int, title: str, explanation: str = "") -> None:
        self.step.setText(arg(self.tr("Step %1 of %2"), number, STEPS))
        self.heading.setText(title)
        self.setAccessibleName(title)
        self.explanation.setText(explanation)
        self.explanation.setVisible(bool(explanation))

    def first_field(self) -> QWidget | None:
        """The widget the cursor starts in on this step."""
        return None


class EventPage(StepPage):
    """Step 1: the event sign-ups are collected for (stored when leaving the page)."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.set_heading(1, self.tr("Where are you tabling?"), self.tr(
            "Sign-ups are collected for an event. Name it once; you can add more later in the "
            "volunteer area."))
        layout = self.page_layout
        # The language of the set-up and the volunteer side, chosen before anything is typed.
        self.language_choice = LanguageChoice(interface_language(), self)
        layout.insertWidget(0, self.language_choice)
        self.form = EventForm(kit, self, with_button=False, submit_on_enter=False)
        layout.addWidget(self.form)
        layout.addStretch(1)  # the fields stay together at the top, whatever the height
        # Once stored, going back would make a second event: this is a commit page.
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Next >"))

    def first_field(self) -> QWidget | None:
        return self.form.name

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.form.save() is None:
            return False
        first_run.mark_started(self._kit)
        return True


class ContactPage(StepPage):
    """Step 2: how people reach the group (printed on the handouts)."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.set_heading(2, self.tr("How do people reach your group?"), self.tr(
            "The handouts print these, with a QR code for the website. Leave blank what you do not "
            "have; you can change them later in the Content tab."))
        layout = self.page_layout
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        rows = (
            ("website", self.tr("Website"), self.tr("e.g. example.org")),
            ("email", self.tr("Email"), self.tr("e.g. info@example.org")),
            ("social", self.tr("Social media"), self.tr("e.g. @ourgroup on Instagram")),
            ("meeting", self.tr("Meetings"), self.tr("e.g. Every Tuesday, 7 pm, at the library")),
        )
        for name, label, example in rows:
            edit = QLineEdit(self)
            edit.setObjectName(f"contact_{name}")
            edit.setAccessibleName(label)
            edit.setPlaceholderText(example)
            caption = PlainLabel(label)
            caption.setObjectName("FieldLabel")
            caption.setBuddy(edit)
            error = error_label()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(edit)
            column.addWidget(error)
            form.addRow(caption, column)
            self.edits[name], self.errors[name] = edit, error
        layout.addLayout(form)
        # Enter goes from field to field; the last one's Enter saves the step.
        enter_moves_on(*self.edits.values())
        self.problem = error_label()
        layout.addWidget(self.problem)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        details = first_run.contact_details(self._kit)
        for name, edit in self.edits.items():
            edit.setText(getattr(details, name))

    def first_field(self) -> QWidget | None:
        return self.edits["website"]

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        for error in (*self.errors.values(), self.problem):
            error.hide()
        typed = {name: edit.text() for name, edit in self.edits.items()}
        current = first_run.contact_details(self._kit)
        if all(typed[name].strip() == getattr(current, name) for name in typed):
            return True  # nothing changed: nothing to write
        try:
            campaign.save_contact_details(self._kit, **typed)
        except ValidationFailed as failed:
            for field, message in failed.by_field().items():
                label = self.errors.get(field, self.problem)
                label.setText(f"⚠ {message}")
                label.show()
            first = next((self.edits[f] for f in failed.by_field() if f in self.edits), None)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        except KitError as error:
            self.problem.setText(f"⚠ {error.message}")
            self.problem.show()
            return False
        return True


class PinPage(StepPage):
    """Step 3: the kiosk PIN (recommended; skipping it says plainly what that means)."""

    def __init__(self, pin: KioskPin, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.set_heading(3, self.tr("A kiosk PIN"), arg(self.tr(
            "Strangers will use this laptop. With a PIN of %1 to %2 digits, only volunteers can "
            "open the volunteer area, where every name, email and phone is."),
            PIN_MIN_DIGITS, PIN_MAX_DIGITS))
        layout = self.page_layout
        self.already = hint_label(self.tr("A kiosk PIN is already set. Change it later in the volunteer "
                                     "area (Protect tab)."))
        layout.addWidget(self.already)
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.first = pin_edit(self, self.tr("New PIN"))
        self.first.setObjectName("first_run_pin")
        self.second = pin_edit(self, self.tr("New PIN again"))
        self.second.setObjectName("first_run_pin_again")
        for edit in (self.first, self.second):
            edit.setMaximumWidth(PIN_FIELD_WIDTH)  # twelve digits, not a page-wide box
        form.addRow(self.tr("PIN"), self.first)
        form.addRow(self.tr("Again"), self.second)
        # Enter after the first PIN goes to the second box; it used to press Next, which found
        # the second box empty and wiped both.
        enter_moves_on(self.first, self.second)
        layout.addWidget(self.fields)
        self.skip = QCheckBox(self.tr("Skip the PIN for now (not recommended)"), self)
        self.skip.setObjectName("skip_pin")
        layout.addWidget(self.skip)
        self.skip_warning = hint_label(self.tr(
            "Without a PIN, anyone at the table can tap Volunteer area and read every name, email "
            "and phone collected on this laptop. You can set one later in the volunteer area "
            "(Protect tab)."))
        self.skip_warning.setObjectName("FieldError")
        self.skip_warning.hide()
        layout.addWidget(self.skip_warning)
        self.message = error_label()
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.skip.toggled.connect(self._on_skip)

    def _on_skip(self, skipped: bool) -> None:
        self.fields.setEnabled(not skipped)
        self.skip_warning.setVisible(skipped)
        self.message.hide()
        if skipped:
            self.clear_secrets()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        is_set = self._pin.is_set()
        self.already.setVisible(is_set)
        self.fields.setVisible(not is_set)
        self.skip.setVisible(not is_set)

    def first_field(self) -> QWidget | None:
        return None if self._pin.is_set() else self.first

    @property
    def skipped(self) -> bool:
        return self.skip.isChecked() and not self._pin.is_set()

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self._pin.is_set() or self.skip.isChecked():
            return True
        first, second = self.first.text(), self.second.text()
        self.clear_secrets()
        if not first and not second:
            problem = self.tr("Type a PIN twice, or tick the box to skip it for now.")
        else:
            problem = set_pin_typed_twice(self._pin, first, second)
        del first, second
        if problem is not None:
            self.message.setText(f"⚠ {problem}")
            self.message.show()
            self.first.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.message.hide()
        return True

    def clear_secrets(self) -> None:
        self.first.clear()
        self.second.clear()


class ProtectPage(StepPage):
    """Step 4: protected mode, the way the CLI's `protect init` turns it on."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.set_heading(4, self.tr("Protect the sign-ups on this laptop"), self.tr(
            "Attendees may be at risk if their names reach the wrong hands. Protection seals each "
            "sign-up so that a lost or seized laptop shows nothing personal."))
        layout = self.page_layout
        self.already = hint_label("")
        layout.addWidget(self.already)
        self.choice = ProtectionChoice(kit, self)
        layout.addWidget(self.choice)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        on = protection.mode(self._kit).on
        self.already.setText(self.tr("Protection is already on for this kit.") if on else "")
        self.already.setVisible(on)
        self.choice.setVisible(not on)

    def first_field(self) -> QWidget | None:
        return None if protection.mode(self._kit).on else self.choice.coordinator

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if protection.mode(self._kit).on:  # already on: nothing to choose
            return True
        return self.choice.apply()


class DonePage(StepPage):
    """Step 5: what was set up, and the public-key file for the table laptops."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kit = kit
        self.set_heading(5, self.tr("Ready"))
        layout = self.page_layout
        self.summary = PlainLabel("")
        self.summary.setObjectName("Facts")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.public_key_hint = hint_label(self.tr(
            "Table laptops need this kit's public-key file to seal sign-ups for you. Save it to a "
            "USB stick; keep it within the group."))
        self.save_public_key = QPushButton(self.tr("Save the public-key file…"), self)
        self.save_public_key.clicked.connect(self._on_save_public_key)
        self.saved = hint_label("")
        layout.addWidget(self.public_key_hint)
        layout.addWidget(self.save_public_key, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.saved)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        wizard = self.wizard()
        event = active_event(self._kit)
        status = protection.protection_status(self._kit)
        lines = []
        if event is not None:
            lines.append(arg(self.tr("✓ Sign-ups go to: %1"), event.name))
        details = first_run.contact_details(self._kit)
        lines.append(self.tr("✓ The handouts show the group's contact details.") if details.has_any
                     else self.tr("• No contact details yet (Content tab)."))
        pin_page: PinPage = wizard.page(PIN_PAGE)
        lines.append(self.tr("⚠ No kiosk PIN: anyone at the table can open the volunteer area.")
                     if pin_page.skipped else
                     self.tr("✓ A kiosk PIN guards the volunteer area."))
        if status.mode is ProtectionMode.OFF:
            lines.append(self.tr("⚠ Not protected: sign-ups are stored in clear on this laptop."))
        elif status.can_read:
            lines.append(self.tr("✓ Protected: this is the coordinator's laptop; the passphrase "
                                 "reads the sign-ups."))
        else:
            lines.append(self.tr("✓ Protected: this table laptop seals sign-ups and cannot read "
                                 "them."))
        self.summary.setText("\n".join(lines))
        coordinator = status.mode.on and status.can_read
        self.public_key_hint.setVisible(coordinator)
        self.save_public_key.setVisible(coordinator)
        self.saved.setVisible(False)
        self.setFinalPage(True)

    def _on_save_public_key(self) -> None:
        written = save_public_key_file(self, self._kit)
        if written is None:
            return
        self.saved.setText(arg(self.tr("✓ Saved %1. On each table laptop, choose it in the "
                                       "set-up's protection step (\"This is a table laptop\")."),
                               written.name))
        self.saved.show()


class FirstRunFlow(QWizard):
    """The guided first-run set-up (module docstring), embedded in the kiosk page.

    `event_created` when step 1 stored the event; `completed` when Finish was pressed."""

    event_created = Signal(object)
    completed = Signal()
    language_chosen = Signal(str)  # step 1's language choice (the window applies it)

    def __init__(self, kit: Kit, pin: KioskPin | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Widget)  # a part of the kiosk page, not a window
        self.setObjectName("FirstRunFlow")
        self._kit = kit
        self.pin = pin or KioskPin(kit.settings)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start collecting sign-ups"))
        self.event_page = EventPage(kit, self)
        self.contact_page = ContactPage(kit, self)
        self.pin_page = PinPage(self.pin, self)
        self.protect_page = ProtectPage(kit, self)
        self.done_page = DonePage(kit, self)
        for page_id, page in ((EVENT_PAGE, self.event_page), (CONTACT_PAGE, self.contact_page),
                              (PIN_PAGE, self.pin_page), (PROTECT_PAGE, self.protect_page),
                              (DONE_PAGE, self.done_page)):
            self.setPage(page_id, page)
        self.event_page.form.created.connect(self.event_created)
        self.event_page.language_choice.chosen.connect(self.language_chosen)
        # Each step starts with the cursor in its first field, after Qt moved it to a button.
        self.currentIdChanged.connect(lambda _id: QTimer.singleShot(0, self.focus_first))
        for button in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                       QWizard.WizardButton.FinishButton):
            self.button(button).setObjectName("Primary")
        self.restart_where_left()

    @property
    def form(self) -> EventForm:
        return self.event_page.form

    def restart_where_left(self) -> None:
        """Start at step 1, or after it when the event was stored in an earlier session."""
        self.setStartId(CONTACT_PAGE if active_event(self._kit) is not None else EVENT_PAGE)
        self.restart()

    def focus_first(self) -> None:
        """Put the cursor in the current step's first field (Next when it has none)."""
        if not self.isVisible():
            # Set-up is over and hidden behind the kiosk form: taking the window's focus here
            # sent the attendee's first key to a language button.
            return
        page = self.currentPage()
        onwards = self.onwards_button()
        # Enter in any field moves on: after a mouse click on Next took the focus and gave it
        # back, Qt does not always make Next the default button again.
        onwards.setDefault(True)
        field = page.first_field() if isinstance(page, StepPage) else None
        (field or onwards).setFocus(Qt.FocusReason.OtherFocusReason)

    def onwards_button(self) -> QPushButton:
        """Next, Commit or Finish: the button that moves on from the current step."""
        page = self.currentPage()
        return self.button(
            QWizard.WizardButton.FinishButton if self.currentId() == DONE_PAGE else
            QWizard.WizardButton.CommitButton if page is not None and page.isCommitPage() else
            QWizard.WizardButton.NextButton)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Enter that no field took moves on. Qt's default button is not enough here: embedded
        # in the kiosk, the wizard is not a window, and a push button that loses the focus
        # (after a mouse click on Next) stops being the default, so Enter did nothing.
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            onwards = self.onwards_button()
            if onwards.isVisible() and onwards.isEnabled():
                onwards.click()
                return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        QTimer.singleShot(0, self.focus_first)  # after Qt has given the focus to a button

    def accept(self) -> None:
        first_run.mark_finished(self._kit)
        self.completed.emit()

    def reject(self) -> None:
        """Esc in a field: there is nothing to cancel to (the kiosk needs an event), so stay."""

    def clear_secrets(self) -> None:
        """Empty the PIN and passphrase fields (the table was left idle)."""
        self.pin_page.clear_secrets()
        self.protect_page.choice.clear_secrets()

