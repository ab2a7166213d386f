"""Typed access to the settings table (JSON values with defaults)."""

from __future__ import annotations

import json
from typing import Any

from kit.store.database import Store
from kit.store.models import Setting

DEFAULTS: dict[str, Any] = {
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
        row = self._store.db.execute_sql(
            f"SELECT value FROM {Setting._meta.table_name} WHERE key = ?", (key,)
        ).fetchone()
        if row is None:
            return DEFAULTS.get(key)
        return json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._store.write():
            self.set_in_transaction(key, value)

    @staticmethod
    def set_in_transaction(key: str, value: Any) -> None:
        """Write a setting inside a transaction the caller already holds."""
        Setting.replace(key=key, value=json.dumps(value)).execute()
