"""An unlocked kit's session: the private keys and the opened sign-ups, in memory only.

Kept here, below the services, so the open kit (kit.services.kit) can name its type without
importing the use-cases that open and close it (kit.services.protection).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kit.protect.vault import Vault


@dataclass
class Session:
    """An unlocked kit: private keys and the vault, in this process's memory only."""

    private_keys: dict[str, X25519PrivateKey]
    vault: Vault
    last_used: float
    monotonic: Callable[[], float] = time.monotonic

    def touch(self) -> None:
        self.last_used = self.monotonic()
