"""Create an event: name, place, date. Used on first run and in the volunteer area.

Every text on screen goes through `self.tr`, so the volunteer-side language applies.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import ValidationFailed
from kit.services.events import EVENT_LOCATION_MAX, EVENT_NAME_MAX, EventSummary, create_event
from kit.services.kit import Kit
from kit.ui.keys import enter_moves_on
from kit.ui.kiosk.signup_form import ErrorLabel
from kit.ui.plain_text import PlainLabel


class EventForm(QWidget):
    """Fields for a new event; `created` fires with the EventSummary once it is stored."""

    created = Signal(object)

    def __init__(self, kit: Kit, parent: QWidget | None = None, *, with_button: bool = True,
                 submit_on_enter: bool = True) -> None:
        super().__init__(parent)
        self._kit = kit
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.name = QLineEdit(self)
        self.name.setObjectName("event_name")
        self.name.setMaxLength(EVENT_NAME_MAX + 1)
        self.name.setPlaceholderText(self.tr("e.g. Lake Street farmers market"))
        self.name.setAccessibleName(self.tr("Event name"))
        self.location = QLineEdit(self)
        self.location.setObjectName("event_location")
        self.location.setMaxLength(EVENT_LOCATION_MAX + 1)
        self.location.setPlaceholderText(self.tr("e.g. Minneapolis"))
        self.location.setAccessibleName(self.tr("Place"))
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setObjectName("event_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Date"))
        self.error = ErrorLabel(self)
        for label, widget in ((self.tr("Event name"), self.name), (self.tr("Place"), self.location),
                              (self.tr("Date"), self.date)):
            caption = PlainLabel(label)
            caption.setObjectName("FieldLabel")
            caption.setBuddy(widget)
            layout.addRow(caption, widget)
        layout.addRow(self.error)
        # Enter moves from field to field; only the date's Enter saves (in the first-run flow,
        # moves to the next step). Enter in Event name used to save at once, without place or
        # date, and the place then typed went into the next step's first field.
        enter_moves_on(self.name, self.location, self.date)
        if submit_on_enter:
            self.date.installEventFilter(self)
        if with_button:
            self.save_button = QPushButton(self.tr("Start collecting sign-ups"), self)
            self.save_button.setObjectName("Primary")
            self.save_button.clicked.connect(self.save)
            layout.addRow(self.save_button)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if (watched is self.date and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.save()
            return True
        return super().eventFilter(watched, event)

    def save(self) -> EventSummary | None:
        try:
            event = create_event(
                self._kit, self.name.text(), self.location.text(),
                self.date.date().toString("yyyy-MM-dd"),
            )
        except ValidationFailed as failed:
            self.error.show_message(" ".join(failed.by_field().values()))
            self.name.setFocus()
            return None
        self.error.clear_message()
        self.created.emit(event)
        return event


class EventDialog(QDialog):
    """A dialog around EventForm for the volunteer area."""

    def __init__(self, kit: Kit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.form = EventForm(kit, self, with_button=False)
        layout.addWidget(self.form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.form.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.form.created.connect(lambda _event: self.accept())
        self.form.name.setFocus(Qt.FocusReason.OtherFocusReason)
