"""What every target is made of: its stored configuration, and an adapter that plans requests.

An adapter turns a SyncRecord into a Delivery (the calls to make, with their exact bodies and the
hash of those bodies) or a Skip (consent says this sign-up must not go there). Planning needs no
secret and no network, so dry runs and edit detection use the same code as real delivery.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from kit.domain.tags import clean_tag, event_tag
from kit.sync.backoff import DEFAULT_TIMEOUT_S
from kit.sync.records import SyncRecord, sha256_hex

if TYPE_CHECKING:  # only in signatures: the kit opens without httpx (issue 26's start-up)
    import httpx

    from kit.sync.http import Outcome

DEFAULT_MAX_ATTEMPTS = 8


@dataclass(frozen=True)
class TargetConfig:
    """A sync target as stored (secrets are never part of it)."""

    id: int
    uuid: str
    name: str
    kind: str
    base_url: str
    list_id: str = ""
    enabled: bool = True
    paused_reason: str = ""
    ca_file: str = ""
    rate: float | None = None  # requests per second; None = the kind's default; 0 = no limit
    timeout_s: float = DEFAULT_TIMEOUT_S
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    hash_key: bytes = field(default=b"", repr=False, compare=False)
    """The kit's key for request hashes (kit.services.targets), so a stored hash cannot be
    matched against a guessed person's request."""

    OPTION_KEYS: ClassVar[tuple[str, ...]] = ("ca_file", "rate", "timeout_s", "max_attempts")

    @classmethod
    def from_row(cls, row: Any) -> TargetConfig:
        """From a SyncTarget model row (options are JSON text)."""
        try:
            options = json.loads(row.options or "{}")
        except ValueError:
            options = {}
        known = {k: options[k] for k in cls.OPTION_KEYS if k in options and options[k] is not None}
        return cls(id=row.id, uuid=row.uuid, name=row.name, kind=row.kind, base_url=row.base_url,
                   list_id=row.list_id, enabled=bool(row.enabled),
                   paused_reason=row.paused_reason, **known)

    def options_json(self) -> str:
        """The options column: only what differs from the defaults."""
        values = {k: getattr(self, k) for k in self.OPTION_KEYS}
        defaults = {"ca_file": "", "rate": None, "timeout_s": DEFAULT_TIMEOUT_S,
                    "max_attempts": DEFAULT_MAX_ATTEMPTS}
        return json.dumps({k: v for k, v in values.items() if v != defaults[k]}, sort_keys=True)

    def to_json(self) -> dict:
        """The `target list --json` shape."""
        data = asdict(self)
        data.pop("hash_key")
        data["paused"] = bool(self.paused_reason)
        return data


@dataclass(frozen=True)
class Call:
    """One HTTP request of a delivery; `path` is relative to the target's base URL."""

    method: str
    path: str
    body: bytes
    idempotency_key: str = ""  # sent as a header; not part of the payload hash
    event: str = ""  # what a webhook's X-Outreach-Kit-Event header says ("" : by the call)


@dataclass(frozen=True)
class Delivery:
    """The calls that deliver one sign-up, in order; all must answer 2xx."""

    calls: tuple[Call, ...]
    payload_hash: str
    document: dict = field(default_factory=dict, compare=False)

    @classmethod
    def of(cls, calls: tuple[Call, ...], document: dict, key: bytes = b"") -> Delivery:
        """The calls with the hash that detects edits: HMAC-SHA256 under the kit's key (a bare
        SHA-256 of a request would let anyone holding the database test a guessed person)."""
        content = b"\n".join(c.method.encode() + b" " + c.path.encode() + b"\n" + c.body
                             for c in calls)
        digest = hmac.new(key, content, hashlib.sha256).hexdigest() if key else sha256_hex(content)
        return cls(calls, digest, document)


@dataclass(frozen=True)
class Skip:
    """This sign-up is deliberately not sent to this target; `reason` says why."""

    reason: str

    @property
    def payload_hash(self) -> str:
        return sha256_hex(b"skip\n" + self.reason.encode())


@dataclass(frozen=True)
class Attention:
    """This sign-up cannot be planned until a person acts (say, it is sealed); `reason` says why."""

    reason: str

    @property
    def payload_hash(self) -> str:
        return sha256_hex(b"attention\n" + self.reason.encode())


Plan = Delivery | Skip | Attention


class TargetAdapter:
    """Base of the three kinds. Subclasses set `kind`, `default_rate` and implement plan()."""

    kind: ClassVar[str] = ""
    label: ClassVar[str] = ""
    default_base_url: ClassVar[str] = ""
    default_rate: ClassVar[float | None] = None
    needs_list: ClassVar[bool] = False
    secret_label: ClassVar[str] = "API key"

    def __init__(self, config: TargetConfig) -> None:
        self.config = config

    @property
    def hash_key(self) -> bytes:
        return self.config.hash_key

    def tags_for(self, record: SyncRecord) -> list[str]:
        """The event's tag and the interests, named by the rule CSV presets share
        (kit.domain.tags), without empties or repeats."""
        names: list[str] = []
        for name in (event_tag(record.event_name, record.event_date),
                     *(clean_tag(i) for i in record.interests)):
            if name and name not in names:
                names.append(name)
        return names

    def plan(self, record: SyncRecord) -> Plan:  # pragma: no cover - abstract
        raise NotImplementedError

    def base_url(self, secret: str) -> str:
        """Where requests go; the configured URL, else the kind's default."""
        return (self.config.base_url or self.default_base_url).rstrip("/")

    def headers(self, call: Call, secret: str, now: dt.datetime) -> dict[str, str]:
        """Authentication (and signature) headers for one call."""
        return {"Content-Type": "application/json"}

    def test_call(self) -> Call:
        """A harmless request that proves the URL, TLS and the key work."""
        raise NotImplementedError

    def remote_id(self, responses: list[httpx.Response]) -> str:
        """The target's id of the person, from the answers (empty when it gives none)."""
        return ""

    def refine(self, outcome: Outcome, response: httpx.Response, call: Call | None = None
               ) -> Outcome:
        """Adjust a generic outcome with what this service's errors are known to mean."""
        return outcome

    # -- removals and changed addresses (kit.sync.notices) ------------------------------------
    removal_fields: ClassVar[tuple[str, ...]] = ()
    """What a notice for this service keeps until it is delivered: "email", "phone" (a webhook
    is told the sign-up UUIDs it was sent, and keeps neither)."""
    tells_address_changes: ClassVar[bool] = False
    """An address corrected after a yes stays subscribed here unless it is told (a member or
    person is keyed by the address)."""
    removal_note: ClassVar[str] = ""
    """What this service can and cannot delete, said in the sync report when it was told."""

    def removal_plan(self, kind: str, *, uuid: str, email: str = "", phone: str = "",
                     signup_uuids: tuple[str, ...] = (), contact_uuid: str = "") -> Plan:
        """The calls that tell this service a person was removed (`kind` "removed") or that
        an address of theirs with a yes was replaced ("address_changed"), with what the
        notice kept (kit.sync.notices); Skip when there is nothing to tell."""
        return Skip("This service is not told about removals.")

    tags_must_exist: ClassVar[bool] = False
    """The service ignores tags it does not know (Action Network): the engine lists the
    service's tags and creates missing ones before their first use (see engine.TagKeeper)."""

    def tags_needed(self, delivery: Delivery) -> list[str]:
        """Tag names that must exist at the service before this delivery (none by default)."""
        return []

    def list_tags_call(self, page: int) -> Call:  # pragma: no cover - only when tags_must_exist
        raise NotImplementedError

    def tag_page(self, response: httpx.Response) -> tuple[list[str], bool]:  # pragma: no cover
        raise NotImplementedError

    def create_tag_call(self, name: str) -> Call:  # pragma: no cover
        raise NotImplementedError

    @property
    def rate(self) -> float | None:
        """Requests per second for the token bucket; None or 0 means no limit."""
        rate = self.config.rate if self.config.rate is not None else self.default_rate
        return rate or None


def json_body(response: httpx.Response) -> Any:
    try:
        return response.json() if response.content else None
    except ValueError:
        return None
