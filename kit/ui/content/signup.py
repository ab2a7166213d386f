"""Content tab sections for what attendees read on the sign-up form: the interests offered and
the consent wording, in the pack's language and in each translation.

Two things here are not ordinary text. An interest's tag is an identifier that sign-ups and
mailing lists already carry, so labels change freely but a saved tag never does; new tags are
derived from the label and checked with the loader's own rule. Consent wording is what people
agree to: every sign-up stores the sentences it was shown, so an edit changes nothing already
recorded, and the page asks for an explicit confirmation before it saves a new wording.

Every text here goes through `self.tr`; the consent note and question are marked with
QT_TRANSLATE_NOOP("ConsentSection", …) and translated where shown. The consent sentences
themselves are the pack's, never translated by the app.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kit.content import CampaignPack, Consent, Interest, PackError
from kit.content.loader import LIMITS, MAX_ITEMS, tag_problem
from kit.ui.content.section import PackSection, plain_edit
from kit.ui.i18n import BY_CODE, arg
from kit.ui.plain_text import PlainLabel, literal_text
from kit.ui.theme import PALETTE

ERROR_BG = QColor(PALETTE["error_bg"])
TAG_ROLE = Qt.ItemDataRole.UserRole  # on the label cell: the saved tag, or None for a new row
CONSENT_NOTE = QT_TRANSLATE_NOOP(
    "ConsentSection",
    "Sign-ups keep the exact wording shown at the time; changing it affects only new sign-ups. "
    "Saving a change to these sentences asks you to confirm first."
)
CONSENT_CONFIRM = QT_TRANSLATE_NOOP(
    "ConsentSection",
    "You changed the consent wording.\n\n"
    "Sign-ups keep the exact wording shown at the time; changing it affects only new sign-ups, "
    "from the next attendee on.\n\n"
    "Make sure the sentences say exactly what the group will do with people's details. "
    "Save the new wording?"
)


def language_name(code: str) -> str:
    """'Español (Spanish)' for a kiosk language, else the code itself."""
    known = BY_CODE.get(code)
    if known is None:
        return code
    if known.native_name == known.english_name:
        return known.native_name
    return f"{known.native_name} ({known.english_name})"


def derive_tag(label: str, taken: set[str] | frozenset[str] = frozenset()) -> str:
    """A stable tag for a new interest: its label in lower-case ASCII with hyphens, unique among
    `taken`, and valid by the loader's rule ("Reading group" -> "reading-group")."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:32].strip("-")
    if not base or tag_problem(base):
        base = "interest"  # a label in a script with no ASCII letters still needs a tag
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate = base[: 32 - len(suffix)].rstrip("-") + suffix
        number += 1
    return candidate


def _replace_translation(pack: CampaignPack, code: str, **changes) -> CampaignPack:
    translations = tuple(
        dataclasses.replace(t, **changes) if t.language == code else t for t in pack.translations)
    return dataclasses.replace(pack, translations=translations)


def _clean(text: str) -> str:
    return " ".join(text.split())


class InterestsSection(PackSection):
    """The boxes offered under "I'm interested in", with their labels in every language."""

    tab_title = QT_TRANSLATE_NOOP("PackSection", "Interests")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._languages: tuple[str, ...] = ()
        box = QVBoxLayout(self)
        intro = PlainLabel(self.tr(
            "The boxes people tick on the sign-up form. Edit a label freely. The tag is what "
            "your mailing list or CRM receives; it never changes once saved, so past sign-ups "
            "and new ones stay comparable. A new interest gets its tag from its label."))
        intro.setObjectName("Hint")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Interests on the sign-up form"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.itemChanged.connect(self._on_item_changed)
        self.error = self.error_label()
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add interest"))
        self.remove_button = QPushButton(self.tr("Remove interest…"))
        self.count = PlainLabel("")
        self.count.setObjectName("Hint")
        self.count.setWordWrap(True)  # one line was wider than a 1024x600 window
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.count, 1)
        box.addWidget(intro)
        box.addWidget(self.table, 1)
        box.addWidget(self.error)
        box.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)

    # -- rows ----------------------------------------------------------------------------------

    def _set_columns(self, languages: tuple[str, ...]) -> None:
        self._languages = languages
        headers = [self.tr("Label on the form"), self.tr("Tag (sent to your mailing list)")]
        headers += [arg(self.tr("Label in %1"), language_name(code)) for code in languages]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 250)
        for column in range(2, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def add_row(self, tag: str | None, label: str, translated: dict[str, str]) -> int:
        """Append a row; `tag` None marks a new interest whose tag follows its label."""
        row = self.table.rowCount()
        was, self._loading = self._loading, True
        self.table.insertRow(row)
        label_item = QTableWidgetItem(label)
        label_item.setData(TAG_ROLE, tag)
        self.table.setItem(row, 0, label_item)
        tag_item = QTableWidgetItem(tag or "")
        # Read-only: a saved tag is an identifier, not text to polish.
        tag_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        tag_item.setForeground(QColor(PALETTE["muted"]))
        self.table.setItem(row, 1, tag_item)
        for offset, code in enumerate(self._languages):
            item = QTableWidgetItem(translated.get(code, ""))
            item.setToolTip(self.tr("Empty: the form shows the label above in this language too"))
            self.table.setItem(row, 2 + offset, item)
        self._loading = was
        if tag is None:
            self._derive(row)
        self._update_count()
        return row

    def tag_at(self, row: int) -> str:
        return self.table.item(row, 1).text()

    def _derive(self, row: int) -> None:
        """Give a new row the tag its label suggests, unique among the other rows."""
        taken = {self.tag_at(r) for r in range(self.table.rowCount()) if r != row}
        tag = derive_tag(self.table.item(row, 0).text(), taken)
        was, self._loading = self._loading, True
        self.table.item(row, 1).setText(tag)
        self.table.item(row, 1).setToolTip(
            self.tr("New: the tag follows the label until you save"))
        self._loading = was

    def _update_count(self) -> None:
        limit, rows = MAX_ITEMS["interests"], self.table.rowCount()
        self.count.setText(arg(self.tr("%1 of at most %2 (the form has room for %2)"), rows, limit))
        self.add_button.setEnabled(rows < limit)

    # -- the section contract ------------------------------------------------------------------

    def load(self, pack: CampaignPack) -> None:
        self._loading = True
        try:
            self._set_columns(tuple(t.language for t in pack.translations))
            self.table.setRowCount(0)
            for interest in pack.interests:
                translated = {}
                for translation in pack.translations:
                    label = translation.interest_label(interest.tag)
                    if label:
                        translated[translation.language] = label
                self.add_row(interest.tag, interest.label, translated)
            self.table.resizeRowsToContents()
        finally:
            self._loading = False

    def apply(self, pack: CampaignPack) -> CampaignPack:
        rows = range(self.table.rowCount())
        interests = tuple(Interest(self.tag_at(r), _clean(self.table.item(r, 0).text()))
                          for r in rows)
        pack = dataclasses.replace(pack, interests=interests)
        for offset, code in enumerate(self._languages):
            if pack.translation(code) is None:
                continue
            labels = tuple(
                Interest(self.tag_at(r), _clean(self.table.item(r, 2 + offset).text()))
                for r in rows if self.table.item(r, 2 + offset).text().strip())
            pack = _replace_translation(pack, code, interests=labels)
        return pack

    def show_error(self, error: PackError) -> bool:
        field = error.field
        if field == "interests":
            self._show(None, arg(self.tr("The list %1."), error.problem))
            return True
        match = re.fullmatch(r"interests\[(\d+)\]\.(tag|label)", field)
        if match:
            row, is_tag = int(match.group(1)), match.group(2) == "tag"
            text = (self.tr("Interest %1: tag %2.") if is_tag
                    else self.tr("Interest %1: label %2."))
            self._show((row, 1 if is_tag else 0), arg(text, row + 1, error.problem))
            return True
        match = re.fullmatch(r"translations\.([^.]+)\.interests\.(.+)", field)
        if match and match.group(1) in self._languages:
            code, tag = match.groups()
            rows = [r for r in range(self.table.rowCount()) if self.tag_at(r) == tag]
            cell = (rows[0], 2 + self._languages.index(code)) if rows else None
            self._show(cell, arg(self.tr("Label in %1 for %2: %3."), language_name(code),
                                 repr(tag), error.problem))
            return True
        return False

    def _show(self, cell: tuple[int, int] | None, text: str) -> None:
        if cell is not None and self.table.item(*cell) is not None:
            item = self.table.item(*cell)
            was, self._loading = self._loading, True
            item.setBackground(ERROR_BG)
            item.setToolTip(literal_text(text))
            self._loading = was
            self.table.clearSelection()
            self.table.scrollToItem(item)
        self.flag(None, self.error, text)

    def clear_errors(self) -> None:
        super().clear_errors()
        was, self._loading = self._loading, True
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is not None and item.background().color() == ERROR_BG:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
        self._loading = was

    # -- slots ---------------------------------------------------------------------------------

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 0 and self.table.item(item.row(), 0).data(TAG_ROLE) is None:
            self._derive(item.row())
        self.changed()

    def _on_add_clicked(self) -> None:
        row = self.add_row(None, "", {})
        self.changed()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _on_remove_clicked(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        if not rows:
            return
        saved = [self.tag_at(r) for r in rows if self.table.item(r, 0).data(TAG_ROLE)]
        if saved:
            names = ", ".join(arg(self.tr("“%1” (tag %2)"), self.table.item(r, 0).text(),
                                  self.tag_at(r)) for r in reversed(rows))
            answer = QMessageBox.question(
                self, self.tr("Remove interest"),
                literal_text(arg(self.tr("Remove %1 from the sign-up form?\n\nPast sign-ups keep the tag: it "
                            "stays in their record, in exports and on your mailing list. New "
                            "sign-ups will not offer it. This takes effect when you save."),
                    names)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        for row in rows:
            self.table.removeRow(row)
        self._update_count()
        self.changed()


class _WordingBox(QGroupBox):
    """The two consent sentences of one language (and, for a translation, its review state)."""

    def __init__(self, section: ConsentSection, code: str, *, translation: bool) -> None:
        super().__init__()
        title = language_name(code)
        self.setTitle(arg(self.tr("%1 — translation") if translation
                          else self.tr("%1 — the form's own language"), title))
        self.code = code
        form = QFormLayout(self)
        # Narrow (beside the list of sections, Spanish, Large text): fields go under their labels.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        fallback = self.tr("Empty: the form shows the English sentence") if translation else ""
        self.email = plain_edit(arg(self.tr("Email consent sentence, %1"), title), height=80)
        self.sms = plain_edit(arg(self.tr("Text message consent sentence, %1"), title), height=80)
        self.email_error = section.error_label()
        self.sms_error = section.error_label()
        for edit in (self.email, self.sms):
            edit.setPlaceholderText(fallback)
            if BY_CODE.get(code) is not None:
                edit.setLayoutDirection(BY_CODE[code].direction)
            edit.textChanged.connect(section.changed)
        form.addRow(self.tr("Email box"), _stack(self.email, self.email_error))
        form.addRow(self.tr("Text message box"), _stack(self.sms, self.sms_error))
        # The pack's privacy notice: one line under the kiosk form (who sees the details, where
        # they go, how to be removed). Not consent wording: changing it asks nothing.
        self.privacy = plain_edit(arg(self.tr("Privacy line under the form, %1"), title), height=80)
        self.privacy.setPlaceholderText(
            self.tr("Empty: the form shows the line in the form's own language") if translation
            else self.tr("Who sees the details, where they go, and how to be removed"))
        if BY_CODE.get(code) is not None:
            self.privacy.setLayoutDirection(BY_CODE[code].direction)
        self.privacy.textChanged.connect(section.changed)
        self.privacy_error = section.error_label()
        form.addRow(self.tr("Privacy line"), _stack(self.privacy, self.privacy_error))
        self.reviewed: QCheckBox | None = None
        self.note: QLineEdit | None = None
        self.note_error: QLabel | None = None
        self.review_state: QLabel | None = None
        if translation:
            self.reviewed = QCheckBox(self.tr("Reviewed by a native speaker"))
            self.reviewed.setAccessibleName(arg(self.tr("%1: reviewed by a native speaker"), title))
            self.review_state = PlainLabel("")
            self.review_state.setObjectName("Hint")
            self.review_state.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(self.reviewed)
            row.addWidget(self.review_state, 1)
            self.note = QLineEdit()
            self.note.setAccessibleName(arg(self.tr("Note about the %1 translation"), title))
            self.note.setPlaceholderText(self.tr("e.g. Checked by Sara, May 2025"))
            self.note_error = section.error_label()
            form.addRow("", row)
            form.addRow(self.tr("Note"), _stack(self.note, self.note_error))
            self.reviewed.toggled.connect(section.changed)
            self.reviewed.toggled.connect(self._show_review_state)
            self.note.textEdited.connect(section.changed)

    def _show_review_state(self, reviewed: bool) -> None:
        # Said in words, so the state never rests on the tick alone.
        assert self.review_state is not None
        self.review_state.setText(
            self.tr("Reviewed: a native speaker has checked these sentences and the interest "
                    "labels.")
            if reviewed else
            self.tr("Not reviewed yet: ask a native speaker to read these sentences and the "
                    "interest labels, correct them, then tick the box."))

    def consent(self) -> Consent | None:
        email, sms = _clean(self.email.toPlainText()), _clean(self.sms.toPlainText())
        if self.reviewed is not None and not email and not sms:
            return None  # a translation without sentences shows the pack's own
        return Consent(email=email, sms=sms)


def _stack(*widgets: QWidget) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    for widget in widgets:
        box.addWidget(widget)
    return box


class ConsentSection(PackSection):
    """The exact sentences beside the two consent boxes, per language, with review flags."""

    tab_title = QT_TRANSLATE_NOOP("PackSection", "Consent wording")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, _WordingBox] = {}
        outer = QVBoxLayout(self)
        self.note = PlainLabel("⚠ " + QCoreApplication.translate("ConsentSection", CONSENT_NOTE))
        self.note.setObjectName("Reminder")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        limit = PlainLabel(self.tr("Each sentence may be at most %n characters. The paper sign-up "
                               "sheet prints the same sentences as the screen.", "",
                               LIMITS["consent"]))
        limit.setObjectName("Hint")
        limit.setWordWrap(True)
        outer.addWidget(limit)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setStyleSheet(
            "QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        outer.addWidget(self.scroll_area, 1)
        self.error = self.error_label()
        outer.addWidget(self.error)

    def _rebuild(self, pack: CampaignPack) -> None:
        """One box per language; rebuilt on load because a reset may change the languages."""
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 8, 0)
        self._error_labels = [self.error]
        self.boxes = {pack.language: _WordingBox(self, pack.language, translation=False)}
        for translation in pack.translations:
            self.boxes[translation.language] = _WordingBox(
                self, translation.language, translation=True)
        for box in self.boxes.values():
            column.addWidget(box)
        column.addStretch(1)
        self.scroll_area.setWidget(holder)

    def load(self, pack: CampaignPack) -> None:
        self._loading = True
        try:
            self._rebuild(pack)
            own = self.boxes[pack.language]
            own.email.setPlainText(pack.consent.email)
            own.sms.setPlainText(pack.consent.sms)
            own.privacy.setPlainText(pack.privacy)
            for translation in pack.translations:
                box = self.boxes[translation.language]
                consent = translation.consent
                box.email.setPlainText(consent.email if consent else "")
                box.sms.setPlainText(consent.sms if consent else "")
                box.privacy.setPlainText(translation.privacy)
                assert box.reviewed is not None and box.note is not None
                box.reviewed.setChecked(translation.reviewed)
                box._show_review_state(translation.reviewed)
                box.note.setText(translation.note)
        finally:
            self._loading = False

    def apply(self, pack: CampaignPack) -> CampaignPack:
        own = self.boxes.get(pack.language)
        if own is not None:
            pack = dataclasses.replace(pack, consent=own.consent(),
                                       privacy=_clean(own.privacy.toPlainText()))
        for code, box in self.boxes.items():
            if code == pack.language or pack.translation(code) is None:
                continue
            assert box.reviewed is not None and box.note is not None
            pack = _replace_translation(pack, code, consent=box.consent(),
                                        reviewed=box.reviewed.isChecked(),
                                        note=box.note.text().strip(),
                                        privacy=_clean(box.privacy.toPlainText()))
        return pack

    def show_error(self, error: PackError) -> bool:
        match = re.fullmatch(r"consent\.(email|sms)|privacy\.(notice)", error.field)
        code, which = (None, None)
        if match:
            code, which = next(iter(self.boxes)), match.group(1) or "privacy"
        else:
            match = re.fullmatch(
                r"translations\.([^.]+)\.(consent\.(email|sms)|note|privacy\.notice)", error.field)
            if match is None or match.group(1) not in self.boxes:
                return False
            code = match.group(1)
            which = match.group(3) or ("privacy" if match.group(2).startswith("privacy") else "note")
        box = self.boxes[code]
        widget, label = {
            "email": (box.email, box.email_error), "sms": (box.sms, box.sms_error),
            "note": (box.note, box.note_error), "privacy": (box.privacy, box.privacy_error),
        }[which]
        text = {"email": self.tr("The email sentence (%1) %2."),
                "sms": self.tr("The text message sentence (%1) %2."),
                "note": self.tr("The note (%1) %2."),
                "privacy": self.tr("The privacy line (%1) %2.")}[which]
        assert label is not None
        self.flag(widget, label, arg(text, language_name(code), error.problem))
        self.scroll_area.ensureWidgetVisible(widget)
        return True

    def confirm(self, parent: QWidget) -> bool:
        """Ask before a new consent wording is saved; True when the coordinator agrees."""
        answer = QMessageBox.question(
            parent, self.tr("Change the consent wording"),
            literal_text(QCoreApplication.translate("ConsentSection", CONSENT_CONFIRM)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

