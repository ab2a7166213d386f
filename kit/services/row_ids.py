"""Identifiers of rows that travel (sign-ups in bundles, CRM payloads): they must not reveal who.

Kiosk sign-ups, contacts and events get random UUIDs (uuid4). A sign-up imported from a CSV
file gets a UUID derived from the row, so importing the same file twice adds nothing. It used
to be derived under a namespace written in the source code: anyone holding a bundle could then
confirm a guess ("did Jane Doe, jane@example.org, sign up at this event?") by computing the
UUID. It is now derived under a random key kept in this kit's settings (`import_row_key`), so a
UUID that leaves the kit says nothing to whoever lacks the key.

Turning protection on re-keys every sign-up whose UUID is not random (a derived one, from this
kit or from a bundle an older version wrote) and deletes the key: a seized protected kit holds
no key that confirms a guess, and no derived UUID to confirm it against.
"""

from __future__ import annotations

import secrets
import uuid as uuid_module

IMPORT_KEY_SETTING = "import_row_key"
# The namespace older versions used for every kit; kept only to recognise rows they imported
# (so a file imported before this version is not imported a second time).
LEGACY_IMPORT_NAMESPACE = uuid_module.UUID("6f1d3c2a-5b7e-4c1a-9e2f-0a8b7c6d5e4f")


def import_namespace(kit, *, save: bool = True) -> uuid_module.UUID:
    """This kit's secret namespace for imported rows' UUIDs (made and saved on first use; with
    `save` False, as a dry run, a missing one is made for this run only)."""
    stored = kit.settings.get(IMPORT_KEY_SETTING)
    if stored:
        return uuid_module.UUID(hex=stored)
    fresh = uuid_module.UUID(bytes=secrets.token_bytes(16))
    if save:
        kit.settings.set(IMPORT_KEY_SETTING, fresh.hex)
        stored = kit.settings.get(IMPORT_KEY_SETTING)  # another process may have won the race
        return uuid_module.UUID(hex=stored)
    return fresh


def derived_uuid(namespace: uuid_module.UUID, key: str) -> str:
    """The UUID of an imported row, from its content under the kit's secret namespace."""
    return str(uuid_module.uuid5(namespace, key))


def legacy_uuid(key: str) -> str:
    """The UUID an older version gave the same row (public namespace)."""
    return str(uuid_module.uuid5(LEGACY_IMPORT_NAMESPACE, key))


def is_random_uuid(text: str | None) -> bool:
    """True for a version-4 (random) UUID; a derived (version 3/5) or malformed one is False."""
    try:
        return uuid_module.UUID(str(text)).version == 4
    except ValueError:
        return False
