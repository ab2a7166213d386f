"""A target's key in a REAL keyring: gnome-keyring's Secret Service over a private D-Bus session
started by .ci/services/keyring.sh. Skips locally without that session; fails under CI=true,
where the CI must prove it. It never touches a user's own keyring: it talks only to the bus the
script named, and checks that is the bus in use."""

from __future__ import annotations

import os

import pytest

from kit.services.targets import add_target, remove_target
from kit.sync.secrets import KEYRING_SERVICE, KeyringSecretStore, LayeredSecretStore
from tests.parts import require_part

# One Secret Service session: one worker (--dist loadgroup).
pytestmark = pytest.mark.xdist_group("keyring")

MARKER = "OUTREACH_KIT_TEST_SECRET_SERVICE"


@pytest.fixture
def secret_service(monkeypatch):
    address = os.environ.get(MARKER, "")
    if not address:
        require_part("a Secret Service", f"no private session ({MARKER} unset; see "
                     ".ci/services/keyring.sh)")
    # Only ever the private bus the script started, whatever the environment says otherwise.
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    from keyring.backends import SecretService

    backend = SecretService.Keyring()
    assert backend.priority > 0, "the Secret Service backend is not usable on this bus"
    return backend


def _stored_items(target_uuid: str) -> list:
    """What the Secret Service itself holds for this target (read with secretstorage)."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return [item.get_secret().decode() for item in collection.search_items(
            {"service": KEYRING_SERVICE, "username": target_uuid})]
    finally:
        connection.close()


def test_a_target_key_is_stored_read_and_deleted_in_a_real_keyring(secret_service,
                                                                    kit_with_event):
    store = KeyringSecretStore(secret_service)
    assert store.persistent
    secrets = LayeredSecretStore(keyring_store=store)
    saved = add_target(kit_with_event, "AN", "actionnetwork", "http://127.0.0.1:1/an",
                       secret="an-key-for-the-keyring-test", secrets=secrets)
    uuid = saved.target.uuid
    assert saved.secret_saved
    assert _stored_items(uuid) == ["an-key-for-the-keyring-test"]
    # A new session (nothing in memory) reads it back from the keyring.
    assert LayeredSecretStore(keyring_store=KeyringSecretStore(secret_service)).get(uuid) == \
        "an-key-for-the-keyring-test"
    remove_target(kit_with_event, saved.target, secrets=secrets)
    assert _stored_items(uuid) == []
    assert KeyringSecretStore(secret_service).get(uuid) is None
