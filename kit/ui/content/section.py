"""What every added section of the Content tab shares: load from a pack, apply to a pack, show
the loader's message next to the field it names.

The Content page keeps the pack; a section only turns part of it into widgets and back. The
loader stays the one judge of what is valid: a section never repeats a rule, it only finds the
widget a PackError's dotted field points at and puts the loader's words under it.

Every text is translatable: the sections' class-level texts (tab titles, column headers, hints)
are marked with QT_TRANSLATE_NOOP in the "PackSection" context and translated where shown with
`section_text`; the loader's own problem text ("must not be empty") is English, from kit/content.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from kit.content import CampaignPack, PackError
from kit.ui.plain_text import PlainLabel

_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


def section_text(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("PackSection", …), in the volunteer-side language."""
    return QCoreApplication.translate("PackSection", text) if text else text


class PackSection(QWidget):
    """One tab of the Content page over part of the campaign pack.

    Subclasses build their widgets, then implement `load`, `apply`, `show_error` and
    `clear_errors`; they emit `edited` when the user changes something (never while loading).
    """

    edited = Signal()
    tab_title = ""  # marked with QT_TRANSLATE_NOOP("PackSection", …); shown via `title()`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._error_labels: list[QLabel] = []
        self._invalid: list[QWidget] = []

    def title(self) -> str:
        """The tab title, translated."""
        return section_text(self.tab_title)

    # -- the contract the Content page calls ----------------------------------------------------

    def load(self, pack: CampaignPack) -> None:
        """Fill the widgets from `pack`, discarding unsaved edits."""
        raise NotImplementedError

    def apply(self, pack: CampaignPack) -> CampaignPack:
        """`pack` with this section's part replaced by what the widgets show now."""
        raise NotImplementedError

    def show_error(self, error: PackError) -> bool:
        """Show `error` next to its field if it belongs to this section; True when shown."""
        raise NotImplementedError

    def clear_errors(self) -> None:
        """Hide every message and red mark of this section."""
        for label in self._error_labels:
            label.clear()
            label.setVisible(False)
        for widget in self._invalid:
            mark_invalid(widget, False)
        self._invalid.clear()

    # -- helpers for subclasses ----------------------------------------------------------------

    def error_label(self) -> QLabel:
        """A hidden red message line, cleared by `clear_errors`."""
        label = PlainLabel("")
        label.setObjectName("FieldError")
        label.setWordWrap(True)
        label.setVisible(False)
        self._error_labels.append(label)
        return label

    def flag(self, widget: QWidget | None, label: QLabel, text: str) -> None:
        """Mark `widget` red (if any), put `text` in `label` and move the focus there."""
        label.setText("⚠ " + text)  # the sign, not only the colour, says something is wrong
        label.setVisible(True)
        if widget is not None:
            mark_invalid(widget, True)
            self._invalid.append(widget)
            widget.setFocus()

    def changed(self, *_args) -> None:
        """Slot for every edit signal: tell the page, unless the change came from `load`."""
        if not self._loading:
            self.edited.emit()


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the `invalid` property the style sheets draw as a red frame, and restyle."""
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def message(problem: str) -> str:
    """A loader problem ("must not be empty") as a sentence starting with a capital."""
    return problem[:1].upper() + problem[1:]


def paragraphs_text(paragraphs: tuple[str, ...]) -> str:
    """Paragraphs as editable text: a blank line between them, as in the pack's Markdown."""
    return "\n\n".join(paragraphs)


def text_paragraphs(text: str) -> tuple[str, ...]:
    """Editable text back into paragraphs: split at blank lines, spaces and line breaks inside a
    paragraph collapsed (the loader does the same when it reads the Markdown back)."""
    blocks = _BLANK_LINE.split(text.replace("\r\n", "\n"))
    return tuple(" ".join(block.split()) for block in blocks if block.strip())


def lines_text(lines: tuple[str, ...]) -> str:
    """A list of short items as text, one per line."""
    return "\n".join(lines)


def text_lines(text: str) -> tuple[str, ...]:
    """Text with one item per line back into items; empty lines are dropped."""
    return tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())


def error_file(error: PackError) -> str:
    """The file name a PackError names (mission.md, background.md, campaign.toml)."""
    return Path(error.file).name if error.file else ""


def plain_edit(accessible_name: str, *, height: int | None = None) -> QPlainTextEdit:
    """A multi-line text box with an accessible name; `height` fixes it for short texts."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the app
    if height is not None:
        edit.setFixedHeight(height)
    return edit
