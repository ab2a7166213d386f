"""Key pairs for sealed sign-ups, their private halves wrapped under a passphrase, the key ring.

- A key pair is X25519 (the KEM of the HPKE suite in sealing.py). Its id is the first 16 hex
  digits of SHA-256 of the raw public key, so any kit can name a key without holding it.
- The private key is stored only wrapped: ChaCha20-Poly1305 under a key derived from the
  passphrase with scrypt (memory-hard: n=2**17, r=8, p=1 needs 128 MiB and ~0.4 s per guess on
  a laptop). The key id is the associated data, so a wrapped key moved under another id fails.
- A "family key" (32 random bytes) is made with the first key pair and travels in the public-key
  file: every kit of the group shares it and authenticates USB bundles with it (bundle.py).
- The ring (every key, which one is active, the family key) is JSON kept in the settings table.
  A table laptop given only the public-key file holds keys with no private half: it can seal
  and never read.

Nothing here logs or stores a passphrase or a private key in clear.
"""

from __future__ import annotations

import base64
import hashlib
import os
import unicodedata
from dataclasses import dataclass, field, replace
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from kit.domain.errors import KitError

MIN_PASSPHRASE = 12
PUBLIC_FILE_FORMAT = "outreach-kit-public-key"
RING_VERSION = 1
_WRAP_AAD_PREFIX = b"outreach-kit/private-key/v1|"
_RAW = serialization.Encoding.Raw


class ProtectError(KitError):
    """Protected mode cannot do what was asked; the message says why and what to do."""

    code = "protect"


class WrongPassphrase(KitError):
    """The passphrase does not open the private keys."""

    code = "wrong_passphrase"


class WeakPassphrase(KitError):
    """The passphrase is too short to resist guessing by someone who holds the laptop."""

    code = "weak_passphrase"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters and salt; stored beside each wrapped key so costs can change."""

    n: int = 2**17
    r: int = 8
    p: int = 1
    salt: bytes = b""

    def with_new_salt(self) -> KdfParams:
        return replace(self, salt=os.urandom(16))

    def to_json(self) -> dict[str, Any]:
        return {"name": "scrypt", "n": self.n, "r": self.r, "p": self.p, "salt": b64(self.salt)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KdfParams:
        if data.get("name") != "scrypt":
            raise ProtectError(f"Unknown key derivation {data.get('name')!r}.")
        return cls(int(data["n"]), int(data["r"]), int(data["p"]), unb64(data["salt"]))


def check_passphrase(passphrase: str) -> None:
    """Refuse passphrases a seized laptop could give up to guessing in reasonable time."""
    if len(normalise_passphrase(passphrase)) < MIN_PASSPHRASE:
        raise WeakPassphrase(
            f"The passphrase must be at least {MIN_PASSPHRASE} characters long; a few unrelated "
            "words make a good one."
        )


def normalise_passphrase(passphrase: str) -> str:
    # NFC, so the same passphrase typed on two keyboards (composed or decomposed accents) matches.
    return unicodedata.normalize("NFC", passphrase)


def derive_wrapping_key(passphrase: str, params: KdfParams) -> bytes:
    """The 32-byte ChaCha20-Poly1305 key that wraps private keys, from the passphrase."""
    kdf = Scrypt(salt=params.salt, length=32, n=params.n, r=params.r, p=params.p)
    return kdf.derive(normalise_passphrase(passphrase).encode("utf-8"))


def key_id_for(public: X25519PublicKey | bytes) -> str:
    """First 16 hex digits of SHA-256 of the raw public key."""
    raw = public if isinstance(public, bytes) else public.public_bytes(_RAW, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def family_id_for(family_key: bytes) -> str:
    """A short name for a family key that reveals nothing about it (shown by `protect status`)."""
    return hashlib.sha256(b"outreach-kit/family-id|" + family_key).hexdigest()[:16]


@dataclass(frozen=True)
class StoredKey:
    """One key pair as kept in the ring: the public half, and the private half wrapped (or not
    at all, on a table laptop that must never read)."""

    key_id: str
    public: bytes
    wrapped_private: bytes | None
    kdf: KdfParams | None
    created_at: str

    @property
    def can_read(self) -> bool:
        return self.wrapped_private is not None

    def public_key(self) -> X25519PublicKey:
        return X25519PublicKey.from_public_bytes(self.public)

    def to_json(self) -> dict[str, Any]:
        return {
            "key_id": self.key_id, "public": b64(self.public),
            "wrapped_private": b64(self.wrapped_private) if self.wrapped_private else None,
            "kdf": self.kdf.to_json() if self.kdf else None, "created_at": self.created_at,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> StoredKey:
        public = unb64(data["public"])
        if len(public) != 32:
            raise ProtectError("A public key in the key ring is not an X25519 key.")
        key_id = key_id_for(public)
        if data.get("key_id", key_id) != key_id:
            raise ProtectError(f"Key {data.get('key_id')} does not match its public key.")
        wrapped = data.get("wrapped_private")
        kdf = data.get("kdf")
        return cls(key_id, public, unb64(wrapped) if wrapped else None,
                   KdfParams.from_json(kdf) if kdf else None, str(data.get("created_at", "")))


def _wrap_aad(key_id: str) -> bytes:
    return _WRAP_AAD_PREFIX + key_id.encode("ascii")


def wrap_private(private: X25519PrivateKey, key_id: str, wrapping_key: bytes) -> bytes:
    """nonce (12 bytes) + ChaCha20-Poly1305 of the raw private key, bound to `key_id`."""
    raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    nonce = os.urandom(12)
    return nonce + ChaCha20Poly1305(wrapping_key).encrypt(nonce, raw, _wrap_aad(key_id))


def unwrap_private(stored: StoredKey, wrapping_key: bytes) -> X25519PrivateKey:
    """The private key of `stored`; raises WrongPassphrase when the wrapping key is wrong."""
    if stored.wrapped_private is None:
        raise ProtectError(
            f"This kit holds only the public half of key {stored.key_id}: it can record sign-ups "
            "but never read them. Unlock on the coordinator's kit."
        )
    blob = stored.wrapped_private
    try:
        raw = ChaCha20Poly1305(wrapping_key).decrypt(blob[:12], blob[12:], _wrap_aad(stored.key_id))
    except InvalidTag:
        raise WrongPassphrase("wrong passphrase") from None
    private = X25519PrivateKey.from_private_bytes(raw)
    if key_id_for(private.public_key()) != stored.key_id:
        raise ProtectError(f"The private key stored for {stored.key_id} does not match it.")
    return private


def new_key(passphrase: str | None, kdf: KdfParams, created_at: str,
            wrapping_key: bytes | None = None) -> tuple[StoredKey, X25519PrivateKey]:
    """A fresh key pair, its private half wrapped under the passphrase (or the already derived
    `wrapping_key` for the same `kdf`, which saves a second scrypt run on rotation)."""
    private = X25519PrivateKey.generate()
    public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    key_id = key_id_for(public)
    if wrapping_key is None:
        if passphrase is None:
            raise ProtectError("A passphrase is needed to protect the new private key.")
        wrapping_key = derive_wrapping_key(passphrase, kdf)
    wrapped = wrap_private(private, key_id, wrapping_key)
    return StoredKey(key_id, public, wrapped, kdf, created_at), private


@dataclass(frozen=True)
class KeyRing:
    """Every key this kit knows, the one new sign-ups are sealed to, and the family key."""

    keys: tuple[StoredKey, ...]
    active_key_id: str
    family_key: bytes | None = field(default=None, repr=False)

    def active(self) -> StoredKey:
        return self.get(self.active_key_id)

    def get(self, key_id: str) -> StoredKey:
        for key in self.keys:
            if key.key_id == key_id:
                return key
        raise ProtectError(f"This kit does not know key {key_id}.")

    def knows(self, key_id: str) -> bool:
        return any(key.key_id == key_id for key in self.keys)

    @property
    def can_read(self) -> bool:
        return any(key.can_read for key in self.keys)

    def to_json(self) -> dict[str, Any]:
        return {
            "version": RING_VERSION, "active_key_id": self.active_key_id,
            "keys": [key.to_json() for key in self.keys],
            "family_key": b64(self.family_key) if self.family_key else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KeyRing:
        if int(data.get("version", 0)) != RING_VERSION:
            raise ProtectError("The key ring was written by another version of Outreach Kit.")
        keys = tuple(StoredKey.from_json(item) for item in data["keys"])
        family = data.get("family_key")
        ring = cls(keys, str(data["active_key_id"]), unb64(family) if family else None)
        ring.active()  # the active key must be one of the keys
        return ring

    def unlock(self, passphrase: str) -> dict[str, X25519PrivateKey]:
        """Every private key this ring holds, by key id; raises WrongPassphrase."""
        derived: dict[KdfParams, bytes] = {}
        opened: dict[str, X25519PrivateKey] = {}
        for key in self.keys:
            if not key.can_read or key.kdf is None:
                continue
            if key.kdf not in derived:  # rotated keys share the salt: one scrypt run
                derived[key.kdf] = derive_wrapping_key(passphrase, key.kdf)
            opened[key.key_id] = unwrap_private(key, derived[key.kdf])
        if not opened:
            raise ProtectError(
                "This kit holds only public keys: it can record sign-ups but never read them. "
                "Carry a bundle to the coordinator's kit and unlock there."
            )
        return opened

    def public_file(self) -> dict[str, Any]:
        """The document `protect public-key -o FILE` writes: public keys and the family key."""
        return {
            "format": PUBLIC_FILE_FORMAT, "version": RING_VERSION,
            "active_key_id": self.active_key_id,
            "keys": [{"key_id": k.key_id, "public": b64(k.public), "created_at": k.created_at}
                     for k in self.keys],
            "family_key": b64(self.family_key) if self.family_key else None,
        }

    @classmethod
    def from_public_file(cls, data: dict[str, Any]) -> KeyRing:
        """A read-never ring from a public-key file (no private halves at all)."""
        if data.get("format") != PUBLIC_FILE_FORMAT:
            raise ProtectError("This is not an Outreach Kit public-key file.")
        keys = tuple(
            StoredKey.from_json({**item, "wrapped_private": None, "kdf": None})
            for item in data.get("keys", [])
        )
        if not keys:
            raise ProtectError("The public-key file holds no keys.")
        family = data.get("family_key")
        ring = cls(keys, str(data["active_key_id"]), unb64(family) if family else None)
        ring.active()
        return ring

    def merged_public(self, other: KeyRing) -> KeyRing:
        """This ring plus the public keys of `other` it lacks, with `other`'s active key (a table
        laptop given the file again after the coordinator rotated)."""
        keys = list(self.keys)
        for key in other.keys:
            if not self.knows(key.key_id):
                keys.append(key)
        return KeyRing(tuple(keys), other.active_key_id, self.family_key or other.family_key)


def new_ring(passphrase: str, kdf: KdfParams, created_at: str) -> tuple[KeyRing, dict[str, X25519PrivateKey]]:
    """A first key pair and a new family key; returns the ring and the open private key."""
    check_passphrase(passphrase)
    stored, private = new_key(passphrase, kdf.with_new_salt(), created_at)
    return KeyRing((stored,), stored.key_id, os.urandom(32)), {stored.key_id: private}


def rotated_ring(ring: KeyRing, passphrase: str, created_at: str) -> tuple[KeyRing, X25519PrivateKey]:
    """`ring` plus a new active key wrapped under the same passphrase (checked first)."""
    active = ring.active()
    if not active.can_read or active.kdf is None:
        raise ProtectError("Only the coordinator's kit (with the private key) can rotate keys.")
    wrapping_key = derive_wrapping_key(passphrase, active.kdf)
    unwrap_private(active, wrapping_key)  # the passphrase must be the one that opens the ring
    stored, private = new_key(None, active.kdf, created_at, wrapping_key=wrapping_key)
    return KeyRing(ring.keys + (stored,), stored.key_id, ring.family_key), private
