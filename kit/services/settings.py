"""Typed access to the settings table (JSON values with defaults)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # peewee is imported when the store opens, not for reading a setting
    from kit.store.database import Store

# The table of kit.store.models.Setting (a test checks they agree): the kiosk's first frame
# reads settings before peewee is imported (kit.services.starting_kit).
SETTING_TABLE = "setting"
SELECT_SETTING = f"SELECT value FROM {SETTING_TABLE} WHERE key = ?"

# The language of the volunteer side (set-up, PIN dialogs, the volunteer area, error dialogs,
# the status bar), chosen on first run's first screen, in the volunteer area or with
# `outreach-kit --language CODE`. The attendee's form has its own (`kiosk_language`). The codes
# are kit.ui.i18n.LANGUAGES' (a test checks they agree): the command line checks them without Qt.
UI_LANGUAGE_SETTING = "ui_language"
UI_LANGUAGE_CODES = ("en", "es", "ur")

DEFAULTS: dict[str, Any] = {
    UI_LANGUAGE_SETTING: "en",
    "region": "US",
    "active_event_id": None,
    "backup_keep": 10,
    "thank_you_seconds": 4,
    "last_export_at": None,
}


class Settings:
    """Reads and writes settings through the store's write gate."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str) -> Any:
        # Plain SQL: every sign-up reads two settings, and building the peewee query cost more
        # than running it. Not cached, since another process (the CLI) may change them.
        return setting_value(key, self._store.db.execute_sql(SELECT_SETTING, (key,)).fetchone())

    def set(self, key: str, value: Any) -> None:
        with self._store.write():
            self.set_in_transaction(key, value)

    @staticmethod
    def set_in_transaction(key: str, value: Any) -> None:
        """Write a setting inside a transaction the caller already holds."""
        from kit.store.models import Setting

        Setting.replace(key=key, value=json.dumps(value)).execute()


def setting_value(key: str, row: tuple | None) -> Any:
    """A setting's value from its row (None: the key is not stored, so its default)."""
    if row is None:
        return DEFAULTS.get(key)
    return json.loads(row[0])
