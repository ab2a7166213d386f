"""A table model over the contacts service: pages of rows fetched as the view scrolls.

Headers and yes/no are translated when Qt asks for them (context "ContactsTableModel"), so a
language switch applies without rebuilding the model.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from kit.domain.contact_fields import display_phone
from kit.domain.errors import KitLocked
from kit.domain.records import ContactRecord
from kit.services.contacts import search_contacts
from kit.services.kit import Kit
from kit.ui.plain_text import literal_text

PAGE_SIZE = 200
_TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
_ROLES_SHOWN = frozenset(int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole))
Index = QModelIndex | QPersistentModelIndex

CONTEXT = "ContactsTableModel"
# (column, header): headers are marked for pyside6-lupdate and translated in headerData.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("ContactsTableModel", "Name")),
    ("email", QT_TRANSLATE_NOOP("ContactsTableModel", "Email")),
    ("phone", QT_TRANSLATE_NOOP("ContactsTableModel", "Phone")),
    ("postal_code", QT_TRANSLATE_NOOP("ContactsTableModel", "ZIP")),
    ("interests", QT_TRANSLATE_NOOP("ContactsTableModel", "Interests")),
    ("consent_email", QT_TRANSLATE_NOOP("ContactsTableModel", "Email OK")),
    ("consent_sms", QT_TRANSLATE_NOOP("ContactsTableModel", "Texts OK")),
    ("visits", QT_TRANSLATE_NOOP("ContactsTableModel", "Sign-ups")),
    ("created_at", QT_TRANSLATE_NOOP("ContactsTableModel", "First signed up")),
)


def cell_text(record: ContactRecord, column: str, interest_labels: dict[str, str] | None = None) -> str:
    """The text of one cell; yes/no spelled out so nothing relies on colour or an icon."""
    if column == "name":
        return f"{record.first_name} {record.last_name}".strip()
    if column == "interests":
        labels = interest_labels or {}
        return ", ".join(labels.get(tag, tag) for tag in record.interests)
    if column == "phone":
        return display_phone(record.phone)
    if column in ("consent_email", "consent_sms"):
        return (QCoreApplication.translate("ContactsTableModel", "Yes") if getattr(record, column)
                else QCoreApplication.translate("ContactsTableModel", "No"))
    if column == "visits":
        return str(record.visits)
    if column == "created_at":
        return record.created_at.astimezone().strftime("%Y-%m-%d %H:%M") if record.created_at else ""
    return str(getattr(record, column))


class ContactsTableModel(QAbstractTableModel):
    """Contacts matching a search, newest first, loaded a page at a time.

    No count per keystroke: each page is asked for one row more than it shows, which tells
    whether more exist. `total` is exact once every match is loaded, else None until
    `set_total` gives it (the contacts page counts in a worker thread).
    """

    def __init__(self, kit: Kit, parent=None) -> None:
        super().__init__(parent)
        self._kit = kit
        self._query = ""
        self._event_id: int | None = None
        self._rows: list[ContactRecord] = []
        self._more = False
        self._total: int | None = 0
        self.locked = False
        self._interest_labels = dict(kit.interests())

    # -- loading --------------------------------------------------------------------------
    def set_filter(self, query: str, event_id: int | None = None) -> None:
        self.beginResetModel()
        self._query = query
        self._event_id = event_id
        try:
            rows = search_contacts(self._kit, query, event_id=event_id, limit=PAGE_SIZE + 1)
            self._more = len(rows) > PAGE_SIZE
            self._rows = rows[:PAGE_SIZE]
            self._total = None if self._more else len(self._rows)
            self.locked = False
        except KitLocked:  # protected mode, locked: sign-ups are sealed, there is nothing to list
            self._total, self._rows, self._more, self.locked = 0, [], False, True
        self.endResetModel()

    def reload(self) -> None:
        self.set_filter(self._query, self._event_id)

    @property
    def query(self) -> tuple[str, int | None]:
        return self._query, self._event_id

    @property
    def total(self) -> int | None:
        """How many contacts match; None while only "more than are loaded" is known."""
        return self._total

    @property
    def loaded(self) -> int:
        return len(self._rows)

    def set_total(self, query: tuple[str, int | None], total: int) -> None:
        """A count made elsewhere (a worker) for `query`; ignored if the search moved on."""
        if query == self.query and not self.locked:
            self._total = max(total, len(self._rows))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        try:
            more = search_contacts(self._kit, self._query, event_id=self._event_id,
                                   limit=PAGE_SIZE + 1, offset=len(self._rows))
        except KitLocked:  # relocked while scrolling: the next reload empties the table
            more = []
        self._more = len(more) > PAGE_SIZE
        more = more[:PAGE_SIZE]
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
        if not self._more:
            self._total = len(self._rows)

    def record(self, row: int) -> ContactRecord:
        return self._rows[row]

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # Asked a few times per cell at every paint: the roles are compared as plain integers
        # (looking up `Qt.ItemDataRole.X` on each call took most of its time).
        if role not in _ROLES_SHOWN or not index.isValid():
            return None
        text = cell_text(self._rows[index.row()], COLUMNS[index.column()][0], self._interest_labels)
        # A tooltip guesses rich text; the cell and its spoken text never do.
        return literal_text(text) if role == _TOOLTIP_ROLE else text

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return QCoreApplication.translate(CONTEXT, COLUMNS[section][1])
        return None
