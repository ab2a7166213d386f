"""The attendee-facing sign-up form: big fields, keyboard first, messages at the wrong field.

Consent is asked where it is given: the email question sits under the email field and the text
message question under the phone field, both unticked; Enter moves to the next field, so only
the last field (or the Sign up button) sends the form and nobody is signed up past a question
they never saw.

A new form widget is built for every attendee, so no undo stack, completer or selection can carry
one person's details to the next. It is also built in one language: the kiosk passes the
attendee's `Catalogue` (kit.ui.i18n), and every visible and accessible text comes from it. The
strings are marked with QT_TRANSLATE_NOOP / `translate("SignupForm", ...)` so pyside6-lupdate
finds them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from kit.domain.errors import FieldError
from kit.domain.signup import ConsentWording, SignupForm
from kit.domain.text import NAME_MAX, NOTE_MAX
from kit.ui.i18n import Catalogue, Language, catalogue, isolate
from kit.ui.plain_text import PlainLabel, rich_label
from kit.ui.theme import chart_colours

# Interests share one row up to five (their labels wrap), then two rows: the form's height is
# what a small screen runs out of first.
MAX_INTERESTS_IN_ONE_ROW = 5
# WCAG 2.5.5 (Target Size) asks for 44 by 44 CSS pixels: a check box row is never shorter.
MIN_TARGET = 44

REQUIRED = QT_TRANSLATE_NOOP("SignupForm", "required")
OPTIONAL = QT_TRANSLATE_NOOP("SignupForm", "optional")
EMAIL_OR_PHONE = QT_TRANSLATE_NOOP("SignupForm", "email or phone")

TEXT_FIELDS = (
    # name, label, hint, placeholder, max length, input hints
    ("first_name", QT_TRANSLATE_NOOP("SignupForm", "First name"), REQUIRED, "", NAME_MAX,
     Qt.InputMethodHint.ImhNone),
    ("last_name", QT_TRANSLATE_NOOP("SignupForm", "Last name"), OPTIONAL, "", NAME_MAX,
     Qt.InputMethodHint.ImhNone),
    ("email", QT_TRANSLATE_NOOP("SignupForm", "Email"), EMAIL_OR_PHONE, "name@example.com", 320,
     Qt.InputMethodHint.ImhEmailCharactersOnly),
    ("phone", QT_TRANSLATE_NOOP("SignupForm", "Phone"), EMAIL_OR_PHONE, "612 555 0123", 40,
     Qt.InputMethodHint.ImhDialableCharactersOnly),
    ("postal_code", QT_TRANSLATE_NOOP("SignupForm", "ZIP code"), OPTIONAL, "55406", 12,
     Qt.InputMethodHint.ImhPreferNumbers),
    ("note", QT_TRANSLATE_NOOP("SignupForm", "Anything you'd like us to know?"), OPTIONAL, "",
     NOTE_MAX, Qt.InputMethodHint.ImhNone),
)
# Addresses and numbers are written left to right even in an Urdu form.
LATIN_FIELDS = ("email", "phone", "postal_code")

# The domain's messages are English; for another language the form shows these, chosen by the
# error's field and code (the English text stays the domain's own, which says more).
ERROR_MESSAGES = {
    ("first_name", "required"): QT_TRANSLATE_NOOP("SignupErrors", "Please enter a first name."),
    ("email", "required"): QT_TRANSLATE_NOOP(
        "SignupErrors", "Enter an email address or a phone number."),
    ("consent_email", "needs_email"): QT_TRANSLATE_NOOP(
        "SignupErrors", "Add an email address to get emails."),
    ("consent_sms", "needs_phone"): QT_TRANSLATE_NOOP(
        "SignupErrors", "Add a phone number to get text messages."),
    ("email", "email"): QT_TRANSLATE_NOOP(
        "SignupErrors", "This email address is not valid. Check it for typos."),
    ("phone", "phone"): QT_TRANSLATE_NOOP(
        "SignupErrors", "This phone number is not valid. Check the digits. For a number from "
        "another country, start with + and the country code."),
    ("postal_code", "postal_code"): QT_TRANSLATE_NOOP("SignupErrors", "This ZIP code is not valid."),
}
CODE_MESSAGES = {
    "too_long": QT_TRANSLATE_NOOP("SignupErrors", "This is too long."),
    "control_characters": QT_TRANSLATE_NOOP(
        "SignupErrors", "Please write this on one line, without special characters."),
}


def error_messages(errors: list[FieldError], language: Catalogue) -> dict[str, str]:
    """The first message per field, in the form's language where a translation exists."""
    result: dict[str, str] = {}
    for error in errors:
        if error.field in result:
            continue
        source = ERROR_MESSAGES.get((error.field, error.code)) or CODE_MESSAGES.get(error.code)
        if language.translator is None or source is None:
            result[error.field] = error.message
        else:
            result[error.field] = language.translate("SignupErrors", source)
    return result


class ErrorLabel(PlainLabel):
    """A message under a field; text, not colour alone, says what is wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FieldError")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(f"⚠ {message}")
        self.show()

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class CheckRow(QCheckBox):
    """A check box whose sentence wraps and whose whole row, text included, is the target.

    QCheckBox cannot wrap its text, so a consent sentence made the form as wide as the sentence
    (Urdu clipped sideways). Here the sentence is a word-wrapped label placed where the style
    would draw the box's text, every click in the row toggles the box, and the row is at least
    MIN_TARGET pixels tall. `text()` stays the sentence exactly as the pack wrote it, for the
    record of consent.
    """

    def __init__(self, text: str, language: Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text
        self.label = PlainLabel(isolate(text, language), self)
        self.label.setObjectName("CheckText")
        self.label.setWordWrap(True)
        # Clicks go through the label to the box, so the whole row toggles it.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def text(self) -> str:
        """The sentence beside the box, exactly as the pack wrote it."""
        return self._text

    def _text_rect(self, width: int, height: int) -> QRect:
        """Where the style puts a check box's text in a box of this size (after the indicator,
        its spacing and the style sheet's padding; mirrored for right to left)."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.rect = QRect(0, 0, width, height)
        return self.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, self)

    def _extra(self, width: int) -> tuple[int, int]:
        nominal = 200
        text = self._text_rect(width, nominal)
        return width - text.width(), nominal - text.height()

    def hitButton(self, pos: QPoint) -> bool:  # noqa: N802 (Qt override)
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        extra_width, extra_height = self._extra(width)
        return max(MIN_TARGET, self.label.heightForWidth(max(1, width - extra_width)) + extra_height)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        label = self.label.sizeHint()
        extra_width, extra_height = self._extra(label.width() + 100)
        width = label.width() + extra_width
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        label = self.label.minimumSizeHint()
        extra_width, _extra_height = self._extra(label.width() + 100)
        return QSize(label.width() + extra_width, MIN_TARGET)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.label.setGeometry(self._text_rect(self.width(), self.height()))

    def event(self, event: QEvent) -> bool:
        # A new style sheet (theme, scale) moves the indicator and resizes the text.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.LayoutDirectionChange,
                            QEvent.Type.FontChange, QEvent.Type.Polish):
            self.label.setGeometry(self._text_rect(self.width(), self.height()))
            self.updateGeometry()
        return super().event(event)


class SignupFormWidget(QFrame):
    """One attendee's form. Emits `submitted` with what was typed; never stores anything itself."""

    submitted = Signal(object)  # SignupForm
    messages_changed = Signal()  # a message appeared: the kiosk fits the taller form again

    def __init__(
        self,
        interests: tuple[tuple[str, str], ...],
        wording: ConsentWording,
        parent: QWidget | None = None,
        *,
        language: Catalogue | None = None,
        privacy: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FormCard")
        self._waiting = False  # set_waiting
        self._busy = False  # set_busy
        self.language = language or catalogue("en")
        translate = self.language.translate
        shown = self.language.language
        self.setLayoutDirection(self.language.direction)
        self.setLocale(self.language.locale)
        muted = chart_colours()["muted"]
        self.edits: dict[str, QLineEdit] = {}
        self.captions: dict[str, QLabel] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.interest_boxes: dict[str, CheckRow] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 14, 28, 14)
        layout.setSpacing(6)

        self.banner = PlainLabel(self)
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        layout.addWidget(self.banner)

        # Two columns; each consent question right under the field whose address it concerns.
        self.consent_email = CheckRow(wording.email, shown, self)
        self.consent_email.setObjectName("consent_email")
        self.consent_email.setAccessibleName(translate("SignupForm", "Email consent"))
        self.consent_email.setAccessibleDescription(wording.email)
        self.consent_sms = CheckRow(wording.sms, shown, self)
        self.consent_sms.setObjectName("consent_sms")
        self.consent_sms.setAccessibleName(translate("SignupForm", "Text message consent"))
        self.consent_sms.setAccessibleDescription(wording.sms)
        consent_under = {"email": ("consent_email", self.consent_email),
                         "phone": ("consent_sms", self.consent_sms)}

        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        placements = {
            "first_name": (0, 0), "last_name": (0, 1), "email": (5, 0), "phone": (5, 1),
            "postal_code": (12, 0), "note": (12, 1),
        }
        for name, source_label, source_hint, placeholder, limit, hints in TEXT_FIELDS:
            label = translate("SignupForm", source_label)
            hint = translate("SignupForm", source_hint)
            row, column = placements[name]
            edit = QLineEdit(self)
            if name in LATIN_FIELDS:
                edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setObjectName(f"field_{name}")
            edit.setMaxLength(limit + 1)  # one past the limit, so the rule can say what is wrong
            edit.setPlaceholderText(placeholder)
            edit.setInputMethodHints(hints | Qt.InputMethodHint.ImhNoPredictiveText
                                     | Qt.InputMethodHint.ImhSensitiveData)
            edit.setAccessibleName(label)
            edit.setAccessibleDescription(hint)
            edit.textEdited.connect(lambda _text, field=name: self._clear_error(field))
            # The hint is text in the label, not a colour: "(required)" reads the same to all.
            caption = rich_label(f"{escape(label)} <span style='font-weight:400;color:{muted}'>"
                                 f"({escape(hint)})</span>")
            caption.setObjectName("FieldLabel")
            caption.setWordWrap(True)
            caption.setBuddy(edit)
            error = ErrorLabel(self)
            grid.addWidget(caption, row, column)
            grid.addWidget(edit, row + 1, column)
            grid.addWidget(error, row + 2, column)
            self.edits[name] = edit
            self.captions[name] = caption
            self.errors[name] = error
            if name in consent_under:
                field, box = consent_under[name]
                box.toggled.connect(lambda _on, field=field: self._clear_error(field))
                self.errors[field] = ErrorLabel(self)
                grid.addWidget(box, row + 3, column)
                grid.addWidget(self.errors[field], row + 4, column)
        # A little air between the groups of rows (names / contact and consent / the rest).
        grid.setRowMinimumHeight(3, 8)
        grid.setRowMinimumHeight(10, 8)
        layout.addLayout(grid)

        if interests:
            heading = rich_label(escape(translate("SignupForm", "I'm interested in")) +
                                 f" <span style='font-weight:400;color:{muted}'>("
                                 + escape(translate("SignupForm", "optional")) + ")</span>")
            heading.setObjectName("FieldLabel")
            heading.setWordWrap(True)
            layout.addSpacing(4)
            layout.addWidget(heading)
            self.interests_heading = heading
            boxes = QGridLayout()
            boxes.setHorizontalSpacing(18)
            boxes.setVerticalSpacing(0)
            columns = len(interests) if len(interests) <= MAX_INTERESTS_IN_ONE_ROW \
                else (len(interests) + 1) // 2
            # Each column shares the row in proportion to its longest label (equal columns
            # wrapped a long label onto a second line while a short one had room to spare: a
            # whole line of height, which the Urdu form, taller per line, could not spare).
            # Measured in the form's font, so Urdu letters count as wide as they are drawn.
            metrics = self.fontMetrics()
            for column in range(columns):
                longest = max(metrics.horizontalAdvance(label)
                              for _tag, label in interests[column::columns])
                boxes.setColumnStretch(column, max(1, longest))
            for position, (tag, label) in enumerate(interests):
                box = CheckRow(label, shown, self)
                box.setObjectName(f"interest_{tag}")
                box.setAccessibleName(translate("SignupForm", "Interest: %1").replace("%1", label))
                boxes.addWidget(box, position // columns, position % columns)
                self.interest_boxes[tag] = box
            layout.addLayout(boxes)
            self.errors["interests"] = ErrorLabel(self)
            layout.addWidget(self.errors["interests"])

        actions = QHBoxLayout()
        actions.setSpacing(24)
        self.submit_button = QPushButton(translate("SignupForm", "Sign up"), self)
        self.submit_button.setObjectName("Primary")
        self.submit_button.setAccessibleName(self.submit_button.text())
        self.submit_button.clicked.connect(self.submit)
        # The campaign pack's own line (who sees the details, where they go, how to be removed);
        # a pack without one gets the kit's general promise.
        self.privacy = PlainLabel(privacy or translate(
            "SignupForm", "We use your details only to keep you informed about our work. "
            "Leave the boxes unticked and we won't email or text you."), self)
        self.privacy.setObjectName("Privacy")
        self.privacy.setWordWrap(True)
        actions.addWidget(self.privacy, 1)
        actions.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignVCenter)
        # Sign up stays at the foot of the form: messages that appear take the room above it
        # (kept free by the kiosk page) instead of pushing it down.
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addLayout(actions)

        self._set_tab_order()

    def tab_chain(self) -> list[QWidget]:
        """The widgets in the order Tab (and Enter) visits them: as they read on screen, each
        consent question right after the address it concerns."""
        order: list[QWidget] = [self.edits["first_name"], self.edits["last_name"],
                                self.edits["email"], self.consent_email,
                                self.edits["phone"], self.consent_sms,
                                self.edits["postal_code"], self.edits["note"]]
        order += list(self.interest_boxes.values())
        order.append(self.submit_button)
        return order

    def _set_tab_order(self) -> None:
        order = self.tab_chain()
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # -- reading and messages -------------------------------------------------------------
    def form_data(self) -> SignupForm:
        """What is typed now, untouched: the rules live in the domain layer."""
        text = {name: edit.text() for name, edit in self.edits.items()}
        return SignupForm(
            first_name=text["first_name"], last_name=text["last_name"], email=text["email"],
            phone=text["phone"], postal_code=text["postal_code"], note=text["note"],
            interests=tuple(tag for tag, box in self.interest_boxes.items() if box.isChecked()),
            consent_email=self.consent_email.isChecked(),
            consent_sms=self.consent_sms.isChecked(),
        )

    def submit(self) -> None:
        if self._waiting:
            return  # Enter in the last field too: nothing is sent before the kit is open
        self.submitted.emit(self.form_data())

    def fill(self, data: SignupForm) -> None:
        """Put what an attendee typed back in (after switching language); consent stays unticked,
        because it must be given to the wording in the new language."""
        for name, edit in self.edits.items():
            edit.setText(getattr(data, name))
        for tag, box in self.interest_boxes.items():
            box.setChecked(tag in data.interests)

    def show_field_errors(self, errors: list[FieldError]) -> None:
        """Show domain errors at their fields, in the form's language."""
        self.show_errors(error_messages(errors, self.language))

    def show_errors(self, messages: dict[str, str]) -> None:
        """Show each message at its field and move the focus to the first wrong one."""
        self.clear_errors()
        first: QWidget | None = None
        for field, message in messages.items():
            label = self.errors.get(field)
            if label is None:
                self.show_banner(message)
                continue
            label.show_message(message)
            edit = self.edits.get(field)
            if edit is not None:
                edit.setProperty("invalid", True)
                edit.style().unpolish(edit)
                edit.style().polish(edit)
            widget = edit or self._widget_for(field)
            if first is None and widget is not None:
                first = widget
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.messages_changed.emit()

    def _widget_for(self, field: str) -> QWidget | None:
        if field == "consent_email":
            return self.consent_email
        if field == "consent_sms":
            return self.consent_sms
        if field == "interests" and self.interest_boxes:
            return next(iter(self.interest_boxes.values()))
        return None

    def show_banner(self, message: str) -> None:
        self.banner.setText(f"⚠ {message}")
        self.banner.show()
        self.messages_changed.emit()

    def clear_errors(self) -> None:
        self.banner.hide()
        for field in list(self.errors):
            self._clear_error(field)

    def _clear_error(self, field: str) -> None:
        self.errors[field].clear_message()
        edit = self.edits.get(field)
        if edit is not None and edit.property("invalid"):
            edit.setProperty("invalid", False)
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def set_busy(self, busy: bool) -> None:
        """While a sign-up is stored (a second or more on a loaded laptop): the button says
        "Saving…", takes no second press and the pointer is busy, drawn at once, before the
        work, so the attendee sees the press was taken. The button keeps its width."""
        if busy == self._busy:
            return
        self._busy = busy
        button = self.submit_button
        translate = self.language.translate
        if busy:
            button.setMinimumWidth(max(button.minimumWidth(), button.width()))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        else:
            QGuiApplication.restoreOverrideCursor()
        text = translate("SignupForm", "Saving…") if busy else translate("SignupForm", "Sign up")
        button.setText(text)
        button.setAccessibleName(text)
        button.setEnabled(not busy)
        if busy:
            button.repaint()  # now: the event loop does not run until the sign-up is stored

    def set_waiting(self, waiting: bool) -> None:
        """While the kit opens (just after the window's first frame), the button is disabled
        and says so; typing is welcome meanwhile."""
        if self._waiting and not waiting and self.submit_button.isVisible():
            # The attendee may be reading the form: "Sign up" keeps the width the longer
            # "Getting ready…" had, so nothing on it moves when the kit is ready.
            self.submit_button.setMinimumWidth(self.submit_button.width())
        self._waiting = waiting
        translate = self.language.translate
        text = (translate("SignupForm", "Getting ready…") if waiting
                else translate("SignupForm", "Sign up"))
        self.submit_button.setText(text)
        self.submit_button.setAccessibleName(text)
        self.submit_button.setEnabled(not waiting)

    def focus_first(self) -> None:
        self.edits["first_name"].setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # Enter moves on to the next field, as Tab does; only the last field and the Sign up
        # button send the form. (QLineEdit and QCheckBox pass Enter on to their parent.)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            chain = self.tab_chain()
            here = self.focusWidget()  # the field the key came from, even in an inactive window
            if here in chain and chain.index(here) < len(chain) - 2:
                chain[chain.index(here) + 1].setFocus(Qt.FocusReason.TabFocusReason)
            else:
                self.submit()
            return
        super().keyPressEvent(event)
