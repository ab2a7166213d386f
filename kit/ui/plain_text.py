"""Text from data is shown as plain text, everywhere: never as markup Qt guessed.

A QLabel, a QMessageBox and a tooltip take any string that "looks like" HTML as rich text
(Qt.TextFormat.AutoText, Qt.mightBeRichText). Much of what the kit shows comes from outside: the
campaign pack's consent wording, interests and privacy line, event names and places (also from
bundles and JSON imports), attendees' names, a sync target's name. As rich text, consent wording
could hide a clause at 1 px while the consent ledger records it as agreed, and an event name could
load a local image and push the consent boxes off the form. So:

- `PlainLabel` is the app's label: always Qt.TextFormat.PlainText. Every label in kit/ui is one
  (tests/gui/test_plain_text.py checks the sources and walks every screen with markup in its data).
- `rich_label` is the one way to a rich label, for translated text that means its markup (a
  lighter hint inside a caption); whatever it interpolates goes through `html.escape` first.
- `literal_text` turns a string into what a guessing widget shows exactly as written: message
  boxes (QMessageBox's static functions guess) and tooltips (item views' and widgets').
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:  # not imported at start-up: their enums would be made before the first frame
    from PySide6.QtWidgets import QMessageBox

# A label whose markup is meant (rich_label): the walk in the tests leaves it alone, after
# checking that none of the data's markup got through.
RICH_TEXT_PROPERTY = "kitRichText"


class PlainLabel(QLabel):
    """A QLabel that shows its text exactly as given (Qt.TextFormat.PlainText), never as HTML."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:  # noqa: N802 (Qt override)
        """Plain text only: a caller asking for another format gets plain text all the same."""
        super().setTextFormat(Qt.TextFormat.PlainText)


def rich_label(markup: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that renders `markup` as rich text. Only for translated text whose markup is
    meant; anything else inside it must have gone through `html.escape`."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setProperty(RICH_TEXT_PROPERTY, True)
    label.setText(markup)
    return label


def literal_text(text: str) -> str:
    """`text` as a widget that guesses (Qt.TextFormat.AutoText: a message box, a tooltip) shows it
    exactly as written: unchanged when Qt would not take it for markup, else as escaped HTML
    that renders as the same characters (line breaks kept)."""
    if not QtGui.Qt.mightBeRichText(text):
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def shown_text(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """What a widget shows for `text` in `text_format`, as plain characters (for tests and the
    accessibility of guessed text)."""
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if not rich:
        return text
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def plain_message_box(box: QMessageBox) -> QMessageBox:
    """Make a QMessageBox built by hand show its texts (the informative one too) as plain
    text; returns it. Call it after the texts are set."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label in box.findChildren(QLabel):
        if label.objectName() in ("qt_msgbox_label", "qt_msgbox_informativelabel"):
            label.setTextFormat(Qt.TextFormat.PlainText)
    return box
