"""The kiosk page: the sign-up form, a short thank-you, and first-run event set-up."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import KitError, ValidationFailed
from kit.services.events import active_event
from kit.services.kit import Kit
from kit.services.signups import SignupReceipt, record_signup
from kit.ui.event_form import EventForm
from kit.ui.signup_form import SignupFormWidget

log = logging.getLogger(__name__)


class ThankYouPanel(QWidget):
    """Shown for a few seconds after a sign-up; any key or click moves on to the next person."""

    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ThankYouPanel")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel("Thank you! You're signed up.")
        title.setObjectName("ThankYou")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)
        subtitle = QLabel("Your details are saved. Press any key to hand the form to the next person.")
        subtitle.setObjectName("Subtitle")
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle.setWordWrap(True)
        layout.addWidget(title)
        layout.addSpacing(12)
        layout.addWidget(subtitle)
        layout.addStretch(3)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.finished)

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


class SetupPanel(QWidget):
    """First run: no event yet, so ask where the table is before the form appears."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel("Where are you tabling today?")
        title.setObjectName("Title")
        hint = QLabel("Sign-ups are collected for an event. Name it once; you can add more later "
                      "in the volunteer area.")
        hint.setObjectName("Subtitle")
        hint.setWordWrap(True)
        self.form = EventForm(kit, self)
        for widget in (title, hint, self.form):
            layout.addWidget(widget)
        layout.addStretch(2)


class KioskPage(QWidget):
    """What the attendee sees. Emits `signup_saved` after every stored sign-up."""

    signup_saved = Signal(object)  # SignupReceipt
    event_created = Signal(object)
    volunteer_requested = Signal()

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("KioskPage")
        self._kit = kit
        self.form: SignupFormWidget | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 16, 48, 8)
        header = QHBoxLayout()
        titles = QVBoxLayout()
        self.title = QLabel("Stay in touch")
        self.title.setObjectName("Title")
        self.subtitle = QLabel("")
        self.subtitle.setObjectName("Subtitle")
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        self.volunteer_button = QPushButton("Volunteer area")
        self.volunteer_button.setObjectName("Quiet")
        self.volunteer_button.setAccessibleName("Open the volunteer area")
        self.volunteer_button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.volunteer_button.clicked.connect(self.volunteer_requested)
        header.addWidget(self.volunteer_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        outer.addSpacing(12)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.setup = SetupPanel(kit, self)
        self.setup.form.created.connect(self._on_event_created)
        # A scroll area, so that messages under fields on a small screen push the form down
        # instead of squeezing the fields into each other.
        self.form_holder = QScrollArea(self)
        self.form_holder.setWidgetResizable(True)
        self.form_holder.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(self.form_holder)
        inner.setObjectName("KioskPage")
        self.form_holder.setWidget(inner)
        self.form_holder_layout = QVBoxLayout(inner)
        self.form_holder_layout.setContentsMargins(0, 0, 0, 0)
        self.form_holder_layout.addStretch(1)
        self.thanks = ThankYouPanel(self)
        self.thanks.finished.connect(self.new_attendee)
        for page in (self.setup, self.form_holder, self.thanks):
            self.stack.addWidget(page)
        self.refresh()

    def refresh(self) -> None:
        """Show set-up when there is no event, else a fresh form under the event's name."""
        organisation = self._kit.organisation_name()
        self.title.setText(f"Stay in touch with {organisation}" if organisation else "Stay in touch")
        event = active_event(self._kit)
        if event is None:
            self.subtitle.setText("")
            self.stack.setCurrentWidget(self.setup)
            self.setup.form.name.setFocus()
            return
        when = f"{event.date:%A} {event.date.day} {event.date:%B %Y}" if event.date else ""
        place = f" · {event.location}" if event.location else ""
        self.subtitle.setText(f"{event.name}{place}{' · ' + when if when else ''}")
        if self.form is None:
            self.new_attendee()

    def _discard_form(self) -> None:
        if self.form is not None:
            self.form.hide()
            self.form_holder_layout.removeWidget(self.form)
            self.form.deleteLater()
            self.form = None

    def new_attendee(self) -> None:
        """Throw the old form away and build an empty one: nothing of the last person remains."""
        self._discard_form()
        self.form = SignupFormWidget(
            self._kit.interests(), self._kit.consent_wording(), self.form_holder.widget()
        )
        self.form.submitted.connect(self._on_submitted)
        self.form_holder_layout.insertWidget(0, self.form)
        self.stack.setCurrentWidget(self.form_holder)
        self.form.focus_first()

    def _on_event_created(self, event) -> None:
        self.event_created.emit(event)
        self.refresh()

    def _on_submitted(self, data) -> None:
        form = self.form
        if form is None:
            return
        form.set_busy(True)
        try:
            receipt: SignupReceipt = record_signup(self._kit, data, source="kiosk")
        except ValidationFailed as failed:
            form.show_errors(failed.by_field())
            return
        except KitError as error:
            log.warning("Sign-up not stored: %s", error.code)
            form.show_banner(f"Not saved: {error.message} Your details are still in the form.")
            return
        except Exception:
            log.exception("Sign-up could not be stored")
            form.show_banner("Not saved: the sign-up could not be written. Your details are still "
                             "in the form; try again, or ask a volunteer.")
            return
        finally:
            if self.form is form:
                form.set_busy(False)
        log.info("Sign-up %s stored", receipt.signup_uuid)
        # Leave nothing of this attendee behind for the next one.
        QGuiApplication.clipboard().clear()
        self._discard_form()
        self.stack.setCurrentWidget(self.thanks)
        self.thanks.start(float(self._kit.settings.get("thank_you_seconds") or 4))
        self.signup_saved.emit(receipt)
