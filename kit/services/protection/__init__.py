"""Protected mode's lifecycle: turn it on, lock and unlock, rotate, scrub, status.

The mode (kit.domain.protection.ProtectionMode): OFF (no key ring), LOCKED (sign-ups are sealed
on the way in and nothing personal can be read), UNLOCKED (the private keys and the opened
sign-ups are held in memory by this process only, in `kit.protection`; nothing opened is ever
written back in clear). Split by concern:

  ring.py       the key ring in the settings table, read on every use
  session.py    the mode, the keys in memory, lock, the idle relock, the request-hash key
  unlocking.py  unlock, opening sealed sign-ups into the vault, --passphrase-env
  setup.py      turning protection on (coordinator or table laptop), rotate, the public-key file
  scrubbing.py  the database scrub, old backups, clear copies sealed and unsealed
  status.py     what `protect status` shows

The sealed write itself (`seal_new_signup`) is people's: kit.services.people.sealed_write.
This package re-exports the names its many callers (the UI, the CLI, the tests) use as
`protection.<name>`.
"""

from __future__ import annotations

from kit.domain.errors import KitLocked
from kit.domain.protection import ProtectionMode
from kit.domain.times import COARSE_MINUTES, coarse_time
from kit.protect.keys import ProtectError, WrongPassphrase
from kit.services.protection.ring import RING_SETTING, load_ring
from kit.services.protection.scrubbing import (
    SEALED_COPY_SUFFIX,
    ScrubReport,
    leftover_clear_copies,
    scrub_database,
    seal_copy,
    unseal_copy,
)
from kit.services.protection.session import (
    DEFAULT_RELOCK_MINUTES,
    HASH_KEY_SETTING,
    RELOCK_SETTING,
    holds_keys,
    lock,
    mode,
    readable_vault,
    relock_seconds,
    request_hash_key,
)
from kit.services.protection.setup import (
    InitResult,
    init_protection,
    init_public_only,
    rotate,
    unnamed_source,
    write_public_key,
)
from kit.services.protection.status import ProtectionStatus, protection_status
from kit.services.protection.unlocking import (
    UnlockReport,
    passphrase_from_env,
    refresh_vault,
    unlock,
    unlock_from_env,
    unlock_report,
)

__all__ = [
    "COARSE_MINUTES", "DEFAULT_RELOCK_MINUTES", "HASH_KEY_SETTING", "RELOCK_SETTING",
    "RING_SETTING", "SEALED_COPY_SUFFIX", "InitResult", "KitLocked", "ProtectError",
    "ProtectionMode", "ProtectionStatus", "ScrubReport", "UnlockReport", "WrongPassphrase",
    "coarse_time", "holds_keys", "init_protection", "init_public_only", "leftover_clear_copies",
    "load_ring", "lock", "mode", "passphrase_from_env", "protection_status", "readable_vault",
    "refresh_vault", "relock_seconds", "request_hash_key", "rotate", "scrub_database",
    "seal_copy", "unlock", "unlock_from_env", "unlock_report", "unnamed_source", "unseal_copy",
    "write_public_key",
]
