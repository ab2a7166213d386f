"""Sync use-cases for the Sync page and `outreach-kit sync`: what waits, dry runs, runs, retries.

`run_sync` is meant for a worker thread: it touches no widget, reports through `progress`,
stops early when `cancel` is set, and closes its own thread's database connection when it
runs outside the main thread (peewee connections are per thread).
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import filelock

from kit.domain.errors import KitError
from kit.services.kit import Kit
from kit.services.people import SyncReader, people_of, removing
from kit.services.people.outbox_rows import stuck_rows
from kit.services.status import awaiting_sync
from kit.services.targets import get_target, list_targets
from kit.store.models import Outbox, SyncTarget
from kit.sync import engine, http, notices, outbox, states
from kit.sync.engine import Progress, SyncOptions, SyncReport
from kit.sync.secrets import SecretStore, default_secret_store
from kit.sync.targets import adapter_for
from kit.sync.targets.base import Delivery, Skip, TargetConfig

log = logging.getLogger(__name__)

SAMPLE_SIZE = 3
SYNC_LOCK_NAME = "outreach-kit.sync.lock"


class SyncBusy(KitError):
    """Another sync (the app's, or a CLI's) is running on this kit."""

    code = "sync_busy"


@dataclass(frozen=True)
class TargetCounts:
    """Outbox rows of one target by state."""

    target: TargetConfig
    counts: dict[str, int]

    @property
    def waiting(self) -> int:
        return sum(self.counts.get(s, 0) for s in states.WAITING_STATES)

    @property
    def stuck(self) -> int:
        return sum(self.counts.get(s, 0) for s in states.STUCK_STATES)

    def to_json(self) -> dict:
        return {"target": self.target.name, "kind": self.target.kind,
                "enabled": self.target.enabled, "paused": self.target.paused_reason,
                "counts": {s: self.counts.get(s, 0) for s in states.ALL_STATES},
                "waiting": self.waiting, "stuck": self.stuck}


@dataclass(frozen=True)
class DryRunEntry:
    """What a sync would do for one target: `count` sign-ups go, `skipped` don't (consent)."""

    target: TargetConfig
    count: int
    skipped: int = 0
    needs_attention: int = 0
    sample: list[dict] = field(default_factory=list)
    removals: int = 0
    """Removals and replaced addresses waiting to be passed on (kit.sync.notices)."""

    def to_json(self) -> dict:
        return {"target": self.target.name, "kind": self.target.kind, "count": self.count,
                "skipped": self.skipped, "needs_attention": self.needs_attention,
                "removals": self.removals,
                "paused": self.target.paused_reason, "sample": self.sample}


@dataclass(frozen=True)
class FailedRow:
    """A row a person must look at: who, where to, and the service's reason."""

    outbox_id: int
    target: str
    state: str
    attempts: int
    last_status: int | None
    reason: str
    signup_uuid: str
    contact_id: int | None
    name: str
    updated_at: dt.datetime

    def to_json(self) -> dict:
        return {**{k: getattr(self, k) for k in ("outbox_id", "target", "state", "attempts",
                                                  "last_status", "reason", "signup_uuid",
                                                  "contact_id", "name")},
                "updated_at": self.updated_at.isoformat()}


@dataclass(frozen=True)
class ConnectionCheck:
    """The result of test_connection, in words the Sync page can show."""

    ok: bool
    message: str
    status: int | None = None


REASONS_SCRUBBED = "sync_reasons_scrubbed"
WITHDRAWALS_REPAIRED = "sync_withdrawals_repaired"


def repair_withdrawals(kit: Kit, targets: list[TargetConfig]) -> int:
    """Once per target: re-queue the rows of people whose latest answer withdrew a yes, so
    a target an older version told "subscribed" (it re-sent an older sign-up's own yes) hears
    "unsubscribed" on this sync. Returns rows re-queued."""
    from kit.services.settings import Settings

    done = kit.settings.get(WITHDRAWALS_REPAIRED) or []
    count = 0
    for config in targets:
        if config.uuid in done:
            continue
        rows = outbox.withdrawn_rows(adapter_for(config), kit.region)
        count += outbox.requeue(kit.store, [r.outbox_id for r, _ in rows],
                                states.DONE_STATES + states.STUCK_STATES)
        done = [*done, config.uuid]
        with kit.store.write():
            Settings.set_in_transaction(WITHDRAWALS_REPAIRED, done)
    if count:
        log.info("Re-queued %s rows of people who withdrew consent", count)
    return count


def scrub_old_reasons(kit: Kit) -> int:
    """Once per kit: replace what older versions stored of services' own words (which could
    quote an address or echo a key) with the fixed reason for its status. Returns rows changed.

    Rows with no status hold the kit's own words (a timeout, a skip) and are left as they are.
    """
    if kit.settings.get(REASONS_SCRUBBED):
        return 0
    from kit.services.settings import Settings

    changed = 0
    with kit.store.write():
        if kit.settings.get(REASONS_SCRUBBED):
            return 0
        rows = (Outbox.select(Outbox.id, Outbox.last_status, Outbox.last_error)
                .where((Outbox.last_error != "") & Outbox.last_status.is_null(False)).tuples())
        for outbox_id, status, reason in list(rows):
            fixed = http.fixed_reason(status)
            if reason != fixed:
                Outbox.update(last_error=fixed).where(Outbox.id == outbox_id).execute()
                changed += 1
        for target in SyncTarget.select().where(SyncTarget.paused_reason != ""):
            # Older pauses for a key appended the service's words in brackets.
            for status, start in ((401, "The service rejected the API key"),
                                  (403, "The service refused access with this key")):
                fixed = http.fixed_reason(status)
                if target.paused_reason.startswith(start) and target.paused_reason != fixed:
                    SyncTarget.update(paused_reason=fixed).where(
                        SyncTarget.id == target.id).execute()
                    changed += 1
        Settings.set_in_transaction(REASONS_SCRUBBED, True)
    if changed:
        log.info("Replaced %s stored service reasons with fixed ones", changed)
    return changed


def pending_summary(kit: Kit) -> list[TargetCounts]:
    """Every target with its rows counted by state."""
    scrub_old_reasons(kit)
    targets = list_targets(kit)
    counts = outbox.state_counts()
    return [TargetCounts(t, counts.get(t.id, {})) for t in targets]


def waiting_count(kit: Kit) -> int:
    """Rows of enabled targets a sync would still deliver (for the status bar)."""
    return awaiting_sync()


def _reader(kit: Kit, *, must_read: bool, background: bool = False) -> SyncReader | None:
    """What fills sealed rows with their person (see People.sync_reader); None when no row
    needs it or (locked, not `must_read`) none can be opened now."""
    return people_of(kit).sync_reader(must_read=must_read, background=background)


def kit_locked(kit: Kit) -> bool:
    """A protected kit without its passphrase: a sync would raise KitLocked (the app's quiet
    background sync skips instead)."""
    return not people_of(kit).readable


def dry_run(kit: Kit, target: str | int | TargetConfig | None = None, *,
            background: bool = False) -> list[DryRunEntry]:
    """What `run_sync` would send now, per enabled target, with a few sample documents.

    Reads only: rows whose contact was edited since they were sent are counted as going again.
    On an unlocked kit sealed rows are planned from the vault; on a locked one they count as
    needing attention (the passphrase).
    """
    entries = []
    unseal = _reader(kit, must_read=False, background=background)
    for config in _chosen(kit, target):
        adapter = adapter_for(config)
        planned = [(r, outbox.plan_for(adapter, r, unlocked=unseal is not None))
                   for r in outbox.waiting_records(config.id, kit.region, unseal)]
        planned += outbox.changed_rows(adapter, kit.region, unseal)
        deliveries = [(r, p) for r, p in planned if isinstance(p, Delivery)]
        skipped = sum(1 for _, p in planned if isinstance(p, Skip))
        sample = [{"signup_uuid": r.signup_uuid, "name": f"{r.first_name} {r.last_name}".strip(),
                   "document": p.document} for r, p in deliveries[:SAMPLE_SIZE]]
        entries.append(DryRunEntry(config, len(deliveries), skipped,
                                   len(planned) - len(deliveries) - skipped, sample,
                                   removals=sum(notices.counts(config.id))))
    return entries


def run_sync(
    kit: Kit, target: str | int | TargetConfig | None = None, *,
    secrets: SecretStore | None = None, progress: Progress | None = None,
    cancel: threading.Event | None = None, options: SyncOptions | None = None,
    background: bool = False,
) -> SyncReport:
    """Deliver what is due to one target (or every enabled one); raises SyncBusy if a sync runs.

    Contacts edited since their rows were sent are re-queued first, so the CRM gets the edit.
    `background` (the app's quiet retry): reading the vault is not activity, so a kit left
    alone relocks on time even while sign-ups wait (issue 13).
    """
    # Sealed sign-ups can only be sent once opened; a locked kit says how to unlock (exit 2).
    unseal = _reader(kit, must_read=True, background=background)
    scrub_old_reasons(kit)
    secret_store = secrets if secrets is not None else default_secret_store()
    options = replace(options or SyncOptions(), country=kit.region)
    lock = filelock.FileLock(str(kit.paths.data_dir / SYNC_LOCK_NAME), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise SyncBusy("A sync is already running on this kit; wait for it to finish.") from exc
    try:
        targets = _chosen(kit, target)
        repair_withdrawals(kit, targets)
        for config in targets:
            changed = outbox.changed_rows(adapter_for(config), kit.region, unseal)
            if changed:
                count = outbox.requeue(kit.store, [r.outbox_id for r, _ in changed],
                                       states.DONE_STATES + states.STUCK_STATES)
                log.info("Re-queued %s edited rows for target %s", count, config.id)
        report = engine.run(kit.store, targets, secret_store, options=options, progress=progress,
                            cancel=cancel, unseal=unseal, open_notice=removing.opener(kit))
        if report.total("told_removed"):
            removing.after_told(kit)
        log.info("Sync: sent %s, retry %s, failed %s, waiting %s", report.total("sent"),
                 report.total("retry"), report.total("failed"), report.total("waiting"))
        return report
    finally:
        lock.release()
        if threading.current_thread() is not threading.main_thread():
            kit.store.close()  # this worker thread's own connection


def test_connection(kit: Kit, target: str | int | TargetConfig, secret: str) -> ConnectionCheck:
    """Try the target's URL, TLS and key with a harmless request; changes nothing stored."""
    config = get_target(kit, target) if not isinstance(target, TargetConfig) else target
    adapter = adapter_for(config)
    try:
        base = adapter.base_url(secret)
    except KitError as exc:
        return ConnectionCheck(False, exc.message)
    call = adapter.test_call()
    from kit.sync.clock import SystemClock

    now = SystemClock().now()
    with http.make_client(ca_file=config.ca_file, timeout_s=config.timeout_s) as client:
        try:
            response = http.send(client, call.method, base + call.path,
                                 content=call.body or None,
                                 headers=adapter.headers(call, secret, now))
        except Exception as exc:  # noqa: BLE001 - every transport failure becomes a message
            outcome = http.classify_exception(exc)
            return ConnectionCheck(False, outcome.reason)
    if http.is_success(response):
        return ConnectionCheck(True, f"Connected to {adapter.label}.", response.status_code)
    outcome = http.classify_response(response, now)
    return ConnectionCheck(False, outcome.reason, response.status_code)


def failed_rows(kit: Kit, target: str | int | TargetConfig | None = None) -> list[FailedRow]:
    """Rows in `failed` or `needs_attention`, newest first, with the reasons kept for them."""
    scrub_old_reasons(kit)
    target_id = None if target is None else get_target(kit, target).id
    return [FailedRow(*row) for row in stuck_rows(target_id)]


def retry_failed(kit: Kit, outbox_ids: Iterable[int] | None = None) -> int:
    """Put failed / needs-attention rows back to pending (all of them when `outbox_ids` is None)."""
    ids = outbox.stuck_ids() if outbox_ids is None else list(outbox_ids)
    if outbox_ids is None:
        notices.retry_failed(kit.store)  # removals a service refused are tried again too
    return outbox.requeue(kit.store, ids, states.STUCK_STATES)


def _chosen(kit: Kit, target: str | int | TargetConfig | None) -> list[TargetConfig]:
    if target is None:
        return [t for t in list_targets(kit) if t.enabled]
    return [get_target(kit, target)]
