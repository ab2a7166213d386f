"""Where API keys and webhook secrets live: the OS keyring, or this session's memory only.

Never the database, the settings or a log. With no usable keyring (a headless machine has only
keyring's "fail" backend) nothing is written anywhere: the app asks once per session and the CLI
takes `--token-env VAR`. There is deliberately no plaintext-file fallback.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)

KEYRING_SERVICE = "outreach-kit"


class SecretStore(Protocol):
    """Secrets by target uuid. `persistent` says whether a `set` outlives this process."""

    @property
    def persistent(self) -> bool: ...

    def get(self, target_uuid: str) -> str | None: ...

    def set(self, target_uuid: str, secret: str) -> bool:
        """Keep `secret`; True when it was saved beyond this process."""

    def delete(self, target_uuid: str) -> None: ...


class MemorySecretStore:
    """Secrets held in this process only: the no-keyring session store, and the tests' store."""

    persistent = False

    def __init__(self, secrets: dict[str, str] | None = None) -> None:
        self._secrets: dict[str, str] = dict(secrets or {})

    def get(self, target_uuid: str) -> str | None:
        return self._secrets.get(target_uuid)

    def set(self, target_uuid: str, secret: str) -> bool:
        self._secrets[target_uuid] = secret
        return False

    def delete(self, target_uuid: str) -> None:
        self._secrets.pop(target_uuid, None)

    def __repr__(self) -> str:  # never print the secrets themselves
        return f"MemorySecretStore({len(self._secrets)} secrets)"


def keyring_backend_usable(backend) -> bool:
    """False for keyring's fail and null backends, which cannot keep anything."""
    module = type(backend).__module__
    return not (module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"))


class KeyringSecretStore:
    """The OS keyring (service "outreach-kit", username = target uuid).

    `backend` is injectable so tests use an in-memory keyring backend, never the real one.
    """

    def __init__(self, backend=None) -> None:
        if backend is None:
            import keyring

            backend = keyring.get_keyring()
        self._backend = backend
        self.persistent = keyring_backend_usable(backend)

    def get(self, target_uuid: str) -> str | None:
        if not self.persistent:
            return None
        from keyring.errors import KeyringError

        try:
            return self._backend.get_password(KEYRING_SERVICE, target_uuid)
        except KeyringError as exc:  # a locked keyring: ask for the key instead
            log.warning("The keyring could not be read (%s)", type(exc).__name__)
            return None

    def set(self, target_uuid: str, secret: str) -> bool:
        if not self.persistent:
            return False
        from keyring.errors import KeyringError

        try:
            self._backend.set_password(KEYRING_SERVICE, target_uuid, secret)
        except KeyringError as exc:
            log.warning("The keyring refused to save a secret (%s)", type(exc).__name__)
            return False
        return True

    def delete(self, target_uuid: str) -> None:
        if not self.persistent:
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._backend.delete_password(KEYRING_SERVICE, target_uuid)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            log.warning("The keyring refused to delete a secret (%s)", type(exc).__name__)


class LayeredSecretStore:
    """This session's secrets first (typed in, or from --token-env), then the keyring.

    `set` saves to the keyring when it can and always keeps the secret for the session, so a
    machine without a keyring still syncs until the app closes.
    """

    def __init__(self, session: MemorySecretStore | None = None, keyring_store=None) -> None:
        self.session = session or MemorySecretStore()
        self.keyring = keyring_store

    @property
    def persistent(self) -> bool:
        return bool(self.keyring is not None and self.keyring.persistent)

    def get(self, target_uuid: str) -> str | None:
        found = self.session.get(target_uuid)
        if found is None and self.keyring is not None:
            found = self.keyring.get(target_uuid)
        return found

    def set(self, target_uuid: str, secret: str) -> bool:
        self.session.set(target_uuid, secret)
        return bool(self.keyring is not None and self.keyring.set(target_uuid, secret))

    def delete(self, target_uuid: str) -> None:
        self.session.delete(target_uuid)
        if self.keyring is not None:
            self.keyring.delete(target_uuid)


def default_secret_store() -> LayeredSecretStore:
    """The app's and the CLI's store: session memory over the OS keyring (if it is usable)."""
    try:
        store = KeyringSecretStore()
    except Exception as exc:  # noqa: BLE001 - any keyring start-up failure means "no keyring"
        log.warning("No keyring available (%s); secrets are kept for this session only",
                    type(exc).__name__)
        return LayeredSecretStore()
    return LayeredSecretStore(keyring_store=store if store.persistent else None)
