"""Keys that move through a form: Enter in a field goes to the next field, as Tab does, and
only the last field's Enter submits (the dialog's or wizard's default button)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _EnterMovesOn(QObject):
    def __init__(self, field: QWidget, following: QWidget) -> None:
        super().__init__(field)
        self._following = following

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self._following.setFocus(Qt.FocusReason.TabFocusReason)
            return True  # taken: the default button is not pressed
        return False


def enter_moves_on(*fields: QWidget) -> None:
    """Enter in each of `fields` but the last moves the cursor to the next one; the last one's
    Enter is left to the form (it presses the default button)."""
    for field, following in zip(fields, fields[1:], strict=False):
        field.installEventFilter(_EnterMovesOn(field, following))
