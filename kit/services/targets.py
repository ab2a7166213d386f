"""Sync targets: add, edit, enable, remove. Secrets go to a SecretStore, never to the database.

Adding or enabling a target enqueues every existing sign-up it has not had yet, so a coordinator
can add Action Network after the event and sync what was collected.
"""

from __future__ import annotations

import ipaddress
import math
import secrets as _random
import urllib.parse
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import peewee as pw

from kit.domain.errors import FieldError, NotFound, ValidationFailed
from kit.domain.text import clean_one_line
from kit.services.kit import Kit
from kit.services.people import people_of
from kit.services.protection import HASH_KEY_SETTING, request_hash_key
from kit.services.settings import Settings
from kit.store.models import SyncTarget
from kit.sync import outbox
from kit.sync.engine import forget_known_tags
from kit.sync.secrets import SecretStore, default_secret_store
from kit.sync.targets import ADAPTERS, KINDS, adapter_for
from kit.sync.targets.base import TargetConfig
from kit.sync.targets.mailchimp import data_centre_url
from kit.sync.targets.webhook import check_secret

NAME_MAX = 60
LIST_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")


@dataclass(frozen=True)
class TargetSaved:
    """A target after add/update: whether its secret outlives this session, rows enqueued."""

    target: TargetConfig
    secret_saved: bool
    enqueued: int = 0




def hash_key(kit: Kit) -> bytes:
    """This kit's key for request hashes: a stored hash then says nothing to someone who guesses
    a person's request but lacks the key. A clear kit keeps a random key in its settings (made
    on first use); a protected kit derives it from its private key, so the files alone, without
    the passphrase, test no guess (kit.services.protection.request_hash_key)."""
    if people_of(kit).sealed:
        return request_hash_key(kit)
    value = kit.settings.get(HASH_KEY_SETTING)
    if not isinstance(value, str) or len(value) != 64:
        with kit.store.write():
            value = kit.settings.get(HASH_KEY_SETTING)  # another process may have made it
            if not isinstance(value, str) or len(value) != 64:
                value = _random.token_hex(32)
                Settings.set_in_transaction(HASH_KEY_SETTING, value)
    return bytes.fromhex(value)


def _config(kit: Kit, row) -> TargetConfig:
    return replace(TargetConfig.from_row(row), hash_key=hash_key(kit))


def list_targets(kit: Kit) -> list[TargetConfig]:
    """Every target, in the order they were added."""
    return [_config(kit, row) for row in SyncTarget.select().order_by(SyncTarget.id)]


def get_target(kit: Kit, target: str | int | TargetConfig) -> TargetConfig:
    """A target by name, id or (refreshed) config; NotFound otherwise."""
    if isinstance(target, TargetConfig):
        target = target.id
    if isinstance(target, int):
        row = SyncTarget.get_or_none(SyncTarget.id == target)
    else:
        row = SyncTarget.get_or_none(SyncTarget.name == target)
    if row is None:
        raise NotFound(f"There is no sync target {target!r}; 'outreach-kit target list' shows them.")
    return _config(kit, row)


def add_target(
    kit: Kit, name: str, kind: str, url: str = "", *, list_id: str = "", ca_file: str = "",
    rate: float | None = None, timeout_s: float | None = None, max_attempts: int | None = None,
    enabled: bool = True, secret: str | None = None, secrets: SecretStore | None = None,
) -> TargetSaved:
    """Store a new target (enqueueing existing sign-ups) and keep its secret in `secrets`."""
    draft = TargetConfig(id=0, uuid="", name=name, kind=kind, base_url=url, list_id=list_id,
                         enabled=enabled, ca_file=ca_file, rate=rate)
    if timeout_s is not None:
        draft = replace(draft, timeout_s=timeout_s)
    if max_attempts is not None:
        draft = replace(draft, max_attempts=max_attempts)
    clean = _validated(draft, secret)
    if SyncTarget.get_or_none(SyncTarget.name == clean.name) is not None:
        raise ValidationFailed([FieldError("name", f"There is already a target named {clean.name!r}.",
                                           code="duplicate")])
    with kit.store.write():
        try:
            row = SyncTarget.create(name=clean.name, kind=clean.kind, base_url=clean.base_url,
                                    list_id=clean.list_id, enabled=clean.enabled,
                                    options=clean.options_json())
        except pw.IntegrityError as exc:
            raise ValidationFailed([FieldError("name", "A target with this name already exists.",
                                               code="duplicate")]) from exc
        enqueued = outbox.enqueue_missing(row.id) if clean.enabled else 0
    saved = _config(kit, row)
    stored = _keep_secret(saved, secret, secrets)
    return TargetSaved(saved, stored, enqueued)


def update_target(
    kit: Kit, target: str | int | TargetConfig, *, name: str | None = None,
    url: str | None = None, list_id: str | None = None, ca_file: str | None = None,
    rate: float | None = None, timeout_s: float | None = None, max_attempts: int | None = None,
    secret: str | None = None, secrets: SecretStore | None = None,
) -> TargetSaved:
    """Change a target. A new secret, URL or CA file lifts a pause (that is what it waited for)."""
    current = get_target(kit, target)
    changes: dict[str, Any] = {k: v for k, v in {"name": name, "base_url": url, "list_id": list_id,
                                 "ca_file": ca_file, "rate": rate, "timeout_s": timeout_s,
                                 "max_attempts": max_attempts}.items() if v is not None}
    clean = _validated(replace(current, **changes), secret)
    if clean.name != current.name and SyncTarget.get_or_none(SyncTarget.name == clean.name):
        raise ValidationFailed([FieldError("name", f"There is already a target named {clean.name!r}.",
                                           code="duplicate")])
    lifts_pause = secret is not None or url is not None or ca_file is not None
    with kit.store.write():
        values = {SyncTarget.name: clean.name, SyncTarget.base_url: clean.base_url,
                  SyncTarget.list_id: clean.list_id, SyncTarget.options: clean.options_json()}
        if lifts_pause:
            values[SyncTarget.paused_reason] = ""
        SyncTarget.update(values).where(SyncTarget.id == current.id).execute()
        if secret is not None or url is not None:
            forget_known_tags(current.uuid)  # perhaps another group, with other tags
    saved = get_target(kit, current.id)
    return TargetSaved(saved, _keep_secret(saved, secret, secrets))


def resume_target(kit: Kit, target: str | int | TargetConfig) -> TargetConfig:
    """Lift a pause (after new credentials were given some other way)."""
    current = get_target(kit, target)
    with kit.store.write():
        SyncTarget.update(paused_reason="").where(SyncTarget.id == current.id).execute()
    return get_target(kit, current.id)


def set_enabled(kit: Kit, target: str | int | TargetConfig, enabled: bool) -> TargetSaved:
    """Enable (enqueueing the sign-ups it lacks) or disable a target; rows are kept."""
    current = get_target(kit, target)
    with kit.store.write():
        SyncTarget.update(enabled=enabled).where(SyncTarget.id == current.id).execute()
        enqueued = outbox.enqueue_missing(current.id) if enabled else 0
    return TargetSaved(get_target(kit, current.id), False, enqueued)


def remove_target(kit: Kit, target: str | int | TargetConfig,
                  secrets: SecretStore | None = None) -> None:
    """Delete a target, its outbox rows and its secret."""
    current = get_target(kit, target)
    with kit.store.write():
        SyncTarget.delete().where(SyncTarget.id == current.id).execute()
        forget_known_tags(current.uuid)
    (secrets if secrets is not None else default_secret_store()).delete(current.uuid)


def _keep_secret(target: TargetConfig, secret: str | None, secrets: SecretStore | None) -> bool:
    if not secret:
        return False
    return (secrets if secrets is not None else default_secret_store()).set(target.uuid, secret)


def _validated(draft: TargetConfig, secret: str | None) -> TargetConfig:
    """Check every field; raise ValidationFailed listing all problems."""
    errors: list[FieldError] = []
    values: dict = {}
    try:
        values["name"] = clean_one_line("name", "Name", draft.name, NAME_MAX)
        if not values["name"]:
            errors.append(FieldError("name", "Give the target a name.", code="required"))
    except FieldError as error:
        errors.append(error)
    if draft.kind not in KINDS:
        errors.append(FieldError("kind", f"Choose a kind: {', '.join(KINDS)}.", code="kind"))
        raise ValidationFailed(errors)
    adapter_class = ADAPTERS[draft.kind]
    url = (draft.base_url or "").strip()
    if url:
        try:
            values["base_url"] = check_url(url)
        except FieldError as error:
            errors.append(error)
    elif draft.kind == "webhook":
        errors.append(FieldError("url", "A webhook needs its URL.", code="required"))
    else:
        values["base_url"] = ""
    list_id = (draft.list_id or "").strip()
    if adapter_class.needs_list and not list_id:
        errors.append(FieldError("list_id", "Mailchimp needs the audience (list) id.", code="required"))
    elif list_id and not set(list_id) <= LIST_ID_CHARS:
        errors.append(FieldError("list_id", "A list id has only letters, digits, - and _.",
                                 code="list_id"))
    values["list_id"] = list_id
    if draft.kind == "webhook" and secret:
        try:
            check_secret(secret)
        except FieldError as error:
            errors.append(error)
    if draft.kind == "mailchimp" and not url and secret:
        try:
            data_centre_url(secret)
        except FieldError as error:
            errors.append(error)
    ca_file = (draft.ca_file or "").strip()
    if ca_file:
        path = Path(ca_file).expanduser()
        if not path.is_file():
            errors.append(FieldError("ca_file", f"There is no CA file at {ca_file}.", code="ca_file"))
        else:
            values["ca_file"] = str(path.resolve())
    else:
        values["ca_file"] = ""
    if draft.rate is not None and (not math.isfinite(draft.rate) or draft.rate < 0):
        errors.append(FieldError("rate", "The rate is requests per second: 0 (no limit) or more.",
                                 code="rate"))
    if not (0 < draft.timeout_s <= 300):
        errors.append(FieldError("timeout_s", "The timeout is 1 to 300 seconds.", code="timeout"))
    if not (1 <= draft.max_attempts <= 100):
        errors.append(FieldError("max_attempts", "Attempts are 1 to 100.", code="max_attempts"))
    if errors:
        raise ValidationFailed(errors)
    clean = replace(draft, **values)
    adapter_for(clean)
    return clean


def check_url(url: str) -> str:
    """An http(s) URL without credentials; plain http only for this machine (keys travel)."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("https", "http") or not parsed.hostname:
        raise FieldError("url", "Give a full URL, like https://example.org/hook.", code="url")
    if parsed.username or parsed.password:
        raise FieldError("url", "Put no password in the URL; give the key separately.", code="url")
    if parsed.scheme == "http" and not _is_loopback(parsed.hostname):
        raise FieldError("url", "Use https: API keys and people's details must not travel "
                         "unencrypted (plain http is allowed only for this machine).", code="url")
    return url.rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False

