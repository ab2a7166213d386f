"""A sync run: push each target's due outbox rows, store every outcome, wait for short retries.

Per target, in batches: mark a batch `sending` (one transaction), make the requests one by one,
then store the outcomes (one transaction). Batching keeps the fsyncs of `synchronous=FULL` off
the per-request path; a crash leaves at most one batch in `sending`, which is re-sent.

Runs in whatever thread calls it (the app uses a worker thread): it touches only the store and
the network, and reports through the `progress` callback.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import httpx

from kit.domain.errors import KitError
from kit.domain.times import utc_now
from kit.store.database import Store
from kit.store.models import Setting
from kit.sync import http, notices, outbox, states
from kit.sync.backoff import RetryPolicy
from kit.sync.clock import SyncClock, SystemClock
from kit.sync.outbox import Marked, Result
from kit.sync.ratelimit import TokenBucket
from kit.sync.secrets import SecretStore
from kit.sync.targets import adapter_for
from kit.sync.targets.base import Call, Delivery, Skip, TargetAdapter, TargetConfig

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
MAX_BATCHES_PER_TARGET = 100_000  # a backstop: every row's attempts are bounded anyway


@dataclass
class SyncOptions:
    """How a run behaves; the defaults are the app's. Tests inject the clock and randomness."""

    batch_size: int = 100
    max_wait_s: float = 30.0
    """How long one run may wait in total for retries (and Retry-After) that fall due soon."""
    max_consecutive_failures: int = 5
    """Transient failures in a row after which a target is left for a later run."""
    clock: SyncClock = field(default_factory=SystemClock)
    rng: random.Random = field(default_factory=random.Random)
    base_delay_s: float = 5.0
    rate_limits: bool = True
    """False turns every target's token bucket off (benchmarks)."""
    country: str = "US"
    wrap_transport: Callable[[httpx.BaseTransport], httpx.BaseTransport] | None = None
    """Tests only: wrap the verified transport (to fail or crash around a real request)."""


@dataclass
class TargetReport:
    """What one run did for one target, and what is left there afterwards."""

    target: str
    kind: str
    sent: int = 0
    skipped: int = 0
    retry: int = 0
    failed: int = 0
    needs_attention: int = 0
    paused: str = ""
    stopped: str = ""
    waiting: int = 0
    stuck: int = 0
    told_removed: int = 0
    """Removals and replaced addresses this run told the service (kit.sync.notices)."""
    removals_waiting: int = 0
    removals_failed: int = 0
    notes: list[str] = field(default_factory=list)
    """What the service could not take (a tag it refused), or cannot do (delete a person),
    said instead of lost silently."""

    @property
    def complete(self) -> bool:
        """Nothing waits, nothing failed, and the target can be used."""
        return not (self.waiting or self.stuck or self.paused or self.removals_waiting
                    or self.removals_failed)

    def to_json(self) -> dict:
        return {**asdict(self), "complete": self.complete}


@dataclass
class SyncReport:
    """The outcome of one run, per target."""

    targets: list[TargetReport] = field(default_factory=list)
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        return all(t.complete for t in self.targets)

    def total(self, name: str) -> int:
        return sum(getattr(t, name) for t in self.targets)

    def to_json(self) -> dict:
        return {"complete": self.complete, "cancelled": self.cancelled,
                "sent": self.total("sent"), "skipped": self.total("skipped"),
                "retry": self.total("retry"), "failed": self.total("failed"),
                "needs_attention": self.total("needs_attention"),
                "waiting": self.total("waiting"), "stuck": self.total("stuck"),
                "told_removed": self.total("told_removed"),
                "removals_waiting": self.total("removals_waiting"),
                "removals_failed": self.total("removals_failed"),
                "notes": [f"{t.target}: {n}" for t in self.targets for n in t.notes],
                "targets": [t.to_json() for t in self.targets]}


class ProgressCounter:
    """done/total across targets; a re-attempt in the same run adds to both."""

    def __init__(self, total: int, callback: Progress | None) -> None:
        self.done, self.total, self._callback = 0, total, callback
        self._seen: set[tuple[int, int]] = set()

    def step(self, target_id: int, outbox_id: int) -> None:
        key = (target_id, outbox_id)
        if key in self._seen:
            self.total += 1
        self._seen.add(key)
        self.done = min(self.done + 1, self.total)
        if self._callback is not None:
            self._callback(self.done, self.total)


def run(store: Store, targets: list[TargetConfig], secrets: SecretStore, *,
        options: SyncOptions | None = None, progress: Progress | None = None,
        cancel: threading.Event | None = None, unseal: outbox.Unseal | None = None,
        open_notice: notices.Open | None = None) -> SyncReport:
    """Deliver what is due for each of `targets` (enabled ones; paused ones are reported), then
    each target's removal notices (kit.sync.notices).

    `unseal` (an unlocked protected kit) builds sealed rows' requests from the vault in memory;
    without it sealed rows are held as needing attention. `open_notice` opens sealed notices.
    """
    options = options or SyncOptions()
    cancel = cancel or threading.Event()
    report = SyncReport()
    now = options.clock.now()
    total = sum(outbox.count_due(t.id, now) for t in targets if t.enabled and not t.paused_reason)
    counter = ProgressCounter(total, progress)
    for config in targets:
        if not config.enabled:
            continue
        target_report = TargetReport(config.name, config.kind, paused=config.paused_reason)
        report.targets.append(target_report)
        if cancel.is_set():
            report.cancelled = True
        elif config.paused_reason:
            target_report.stopped = "paused"
        else:
            _TargetRun(store, config, secrets, options, cancel, counter, target_report,
                       unseal, open_notice).run()
        counts = outbox.state_counts([config.id]).get(config.id, {})
        target_report.waiting = sum(counts.get(s, 0) for s in states.WAITING_STATES)
        target_report.stuck = sum(counts.get(s, 0) for s in states.STUCK_STATES)
        target_report.removals_waiting, target_report.removals_failed = notices.counts(config.id)
    report.cancelled = report.cancelled or cancel.is_set()
    return report


class _TargetRun:
    """One target's share of a run."""

    def __init__(self, store: Store, config: TargetConfig, secrets: SecretStore,
                 options: SyncOptions, cancel: threading.Event, counter: ProgressCounter,
                 report: TargetReport, unseal: outbox.Unseal | None = None,
                 open_notice: notices.Open | None = None) -> None:
        self.store, self.config, self.options = store, config, options
        self.unseal = unseal
        self.open_notice = open_notice
        self.cancel, self.counter, self.report = cancel, counter, report
        self.clock = options.clock
        self.adapter: TargetAdapter = adapter_for(config)
        self.secret = secrets.get(config.uuid) or ""
        self.policy = RetryPolicy(max_attempts=config.max_attempts, base_s=options.base_delay_s)
        self.waited = 0.0
        self.hold_until: dt.datetime | None = None
        self.consecutive_failures = 0

    def run(self) -> None:
        if not self.secret:
            self.report.stopped = (f"No {self.adapter.secret_label} for this target in this "
                                   "session: enter it (or pass --token-env / --secret-env).")
            return
        try:
            self.base = self.adapter.base_url(self.secret)
        except KitError as exc:
            self.report.stopped = exc.message
            return
        rate = self.adapter.rate if self.options.rate_limits else None
        self.bucket = TokenBucket(rate, self.clock) if rate else None
        with http.make_client(ca_file=self.config.ca_file, timeout_s=self.config.timeout_s,
                              wrap_transport=self.options.wrap_transport) as client:
            self.client = client
            self.tags = TagKeeper(self.store, self.config, self.adapter, self._call, self.report)
            self._loop()
            self._notices()

    def _notices(self) -> None:
        """Tell the service about removals and replaced addresses (kit.sync.notices), after
        the sign-ups: a row of theirs sent by a sync that ran while they were removed is
        followed by the notice that undoes it."""
        told = 0
        for notice in notices.due(self.config.id, self.open_notice):
            if self.cancel.is_set() or self.report.stopped:
                break
            if notice.sealed:
                self.report.notes.append("A removal notice is sealed to a key this session "
                                         "cannot open; it waits.")
                continue
            plan = self.adapter.removal_plan(
                notice.kind, uuid=notice.uuid, email=notice.email, phone=notice.phone,
                signup_uuids=notice.signup_uuids, contact_uuid=notice.contact_uuid)
            if not isinstance(plan, Delivery):  # nothing this service needs to hear
                notices.delivered(self.store, notice.id)
                continue
            if self.bucket is not None and not self.bucket.acquire(self.cancel):
                break
            outcome = self._deliver(plan)
            if outcome.kind in (http.SENT_OK, http.SKIPPED):  # a 404 "not a member": done too
                notices.delivered(self.store, notice.id)
                told += 1
            elif outcome.kind in (http.PAUSE, http.OFFLINE):
                notices.not_delivered(self.store, notice, outcome.status, outcome.reason,
                                      give_up=False, counted=False)
                self.report.stopped = outcome.reason
                if outcome.kind == http.PAUSE:
                    self.report.paused = outcome.reason
                    outbox.store_results(self.store, [], pause=(self.config.id, outcome.reason))
                break
            else:
                notices.not_delivered(self.store, notice, outcome.status, outcome.reason,
                                      give_up=outcome.kind != http.RETRY)
        self.report.told_removed += told
        if told and self.adapter.removal_note:
            self.report.notes.append(self.adapter.removal_note)

    def _loop(self) -> None:
        for _ in range(MAX_BATCHES_PER_TARGET):
            if self.cancel.is_set() or self.report.stopped:
                return
            if self.hold_until is not None and not self._wait_until(
                    self.hold_until, "The service asked to wait before more requests."):
                return
            self.hold_until = None
            batch = outbox.due_records(self.config.id, self.clock.now(), self.options.batch_size,
                                       self.options.country, unseal=self.unseal)
            if not batch:
                upcoming = outbox.next_retry_at(self.config.id)
                if upcoming is None or not self._wait_until(upcoming, ""):
                    return
                continue
            self._batch(batch)

    def _wait_until(self, when: dt.datetime, why: str) -> bool:
        """Sleep until `when` if the run's wait budget allows; False to stop this target."""
        delay = max((when - self.clock.now()).total_seconds(), 0.0)
        if self.waited + delay > self.options.max_wait_s:
            if why:
                self.report.stopped = f"{why} Rows wait for the next sync."
            return False
        self.waited += delay
        if self.clock.sleep(delay, self.cancel):
            return False
        return True

    def _batch(self, batch) -> None:
        unlocked = self.unseal is not None
        planned = [(record, outbox.plan_for(self.adapter, record, unlocked=unlocked))
                   for record in batch]
        for record, plan in planned:
            if not isinstance(plan, Delivery):
                name = states.SKIPPED if isinstance(plan, Skip) else states.NEEDS_ATTENTION
                setattr(self.report, name, getattr(self.report, name) + 1)
                self.counter.step(self.config.id, record.outbox_id)
        marked = outbox.mark_sending(self.store, planned)
        results: list[Result] = []
        pause: tuple[int, str] | None = None
        tag_failures: dict[str, http.Outcome] = {}
        if self.adapter.tags_must_exist and marked:
            needed = {n for m in marked for n in self.adapter.tags_needed(m.plan)}
            tag_failures = self.tags.ensure(needed, self.cancel, self.bucket)
        for index, item in enumerate(marked):
            if self.cancel.is_set() or (self.bucket is not None and not self.bucket.acquire(self.cancel)):
                results.extend(_undo(m) for m in marked[index:])
                break
            if not outbox.still_there(item.record.outbox_id):
                continue  # removed since the batch was read (kit.services.removal): not sent
            failed_tag = next((tag_failures[n] for n in self.adapter.tags_needed(item.plan)
                               if n in tag_failures), None)
            # A tag that could not be made yet (the service was down) holds the row: sent now,
            # it would arrive without its tag.
            outcome = failed_tag if failed_tag is not None else self._deliver(item.plan)
            result = self._result(item, outcome)
            results.append(result)
            self.counter.step(self.config.id, item.record.outbox_id)
            if outcome.kind == http.PAUSE:
                pause = (self.config.id, outcome.reason)
                self.report.paused = self.report.stopped = outcome.reason
            elif outcome.kind == http.OFFLINE:
                self.report.stopped = outcome.reason
            elif outcome.kind == http.RETRY and (outcome.status == 429
                                                 or outcome.retry_after is not None):
                self.hold_until = result.next_attempt_at
            if self.consecutive_failures >= self.options.max_consecutive_failures:
                self.report.stopped = (f"{self.consecutive_failures} failures in a row; the "
                                       "rest waits for the next sync.")
            if self.report.stopped or self.hold_until is not None:
                results.extend(_undo(m) for m in marked[index + 1:])
                break
        outbox.store_results(self.store, results, pause=pause)

    def _call(self, call: Call) -> httpx.Response:
        """One request of this target, within its deadline and answer bound."""
        headers = self.adapter.headers(call, self.secret, self.clock.now())
        return http.send(self.client, call.method, self.base + call.path,
                         content=call.body or None, headers=headers)

    def _deliver(self, delivery: Delivery) -> http.Outcome:
        responses: list[httpx.Response] = []
        for call in delivery.calls:
            try:
                response = self._call(call)
            except httpx.HTTPError as exc:
                outcome = http.classify_exception(exc)
                if outcome.kind == http.OFFLINE and responses:
                    # An earlier call of this delivery went through: not "nothing sent".
                    return http.Outcome(http.RETRY, None, outcome.reason)
                return outcome
            if not http.is_success(response):
                return self.adapter.refine(http.classify_response(response, self.clock.now()),
                                           response, call)
            responses.append(response)
        return http.Outcome(http.SENT_OK, responses[-1].status_code,
                            remote_id=self.adapter.remote_id(responses))

    def _result(self, item: Marked, outcome: http.Outcome) -> Result:
        record = item.record
        attempts = record.attempts + 1
        if outcome.kind == http.SENT_OK:
            self.consecutive_failures = 0
            self.report.sent += 1
            # A server's id for a person read from the vault would be a clear trace of them.
            return Result(record.outbox_id, states.SENT, attempts, outcome.status,
                          remote_id="" if record.opened else outcome.remote_id)
        if outcome.kind == http.SKIPPED:
            self.consecutive_failures = 0
            self.report.skipped += 1
            return Result(record.outbox_id, states.SKIPPED, attempts, outcome.status,
                          outcome.reason)
        if outcome.kind in (http.PAUSE, http.OFFLINE):
            # Not this row's fault, and nothing was accepted: it waits, its attempt uncounted.
            return Result(record.outbox_id, _undo_state(record.state), record.attempts,
                          outcome.status, outcome.reason)
        if outcome.kind == http.RETRY:
            self.consecutive_failures += 1
            if attempts >= self.policy.max_attempts:
                self.report.failed += 1
                return Result(record.outbox_id, states.FAILED, attempts, outcome.status,
                              f"Gave up after {attempts} attempts: {outcome.reason}")
            delay = self.policy.delay(attempts, self.options.rng, outcome.retry_after)
            self.report.retry += 1
            return Result(record.outbox_id, states.RETRY, attempts, outcome.status,
                          outcome.reason,
                          next_attempt_at=self.clock.now() + dt.timedelta(seconds=delay))
        self.consecutive_failures = 0
        if outcome.kind == http.ATTENTION:
            self.report.needs_attention += 1
            return Result(record.outbox_id, states.NEEDS_ATTENTION, attempts, outcome.status,
                          outcome.reason)
        self.report.failed += 1
        return Result(record.outbox_id, states.FAILED, attempts, outcome.status, outcome.reason)


MAX_TAG_PAGES = 400  # 10,000 tags: a backstop against a service that never says "last page"
KNOWN_TAGS_SETTING = "sync_known_tags:"


def known_tags(target_uuid: str) -> set[str]:
    """The tag names this target is known to have (remembered across runs)."""
    row = Setting.get_or_none(Setting.key == KNOWN_TAGS_SETTING + target_uuid)
    try:
        names = json.loads(row.value) if row is not None else []
    except ValueError:
        names = []
    return {n for n in names if isinstance(n, str)}


def forget_known_tags(target_uuid: str) -> None:
    """Inside a write transaction: another group (new key or URL) has other tags."""
    Setting.delete().where(Setting.key == KNOWN_TAGS_SETTING + target_uuid).execute()


class TagKeeper:
    """Makes sure tags exist at a service that ignores unknown ones (Action Network).

    Before a tag name's first use at a target: list the service's tags (once per run, and only
    when a name is not already known), create the missing ones, and remember the names this kit
    uses (not the group's whole list) in the settings table so later runs neither list nor
    create them again.
    """

    def __init__(self, store: Store, config: TargetConfig, adapter: TargetAdapter,
                 call: Callable[[Call], httpx.Response], report: TargetReport) -> None:
        self.store, self.config, self.adapter, self.call = store, config, adapter, call
        self.report = report
        self.known = known_tags(config.uuid)
        self.listed = False
        self.at_service: set[str] = set()
        self.refused: set[str] = set()

    def ensure(self, names: set[str], cancel: threading.Event,
               bucket: TokenBucket | None) -> dict[str, http.Outcome]:
        """Create what is missing; returns {name: outcome} for tags that could not be made yet
        (their rows wait). A tag the service refuses for good is reported, and its rows go
        without it."""
        missing = sorted(names - self.known - self.refused)
        if not missing:
            return {}
        if not self.listed:
            failure = self._list(cancel, bucket)
            if failure is not None and failure.kind != http.FAILED:
                return dict.fromkeys(missing, failure)  # down or offline: the rows wait
            if failure is not None:
                self.listed = True  # refused for good: create what this run needs instead
                self.report.notes.append(
                    f"{self.adapter.label} would not list its tags (HTTP {failure.status}); "
                    "the tags this sync uses were created without checking first.")
        # Only the names this kit uses are remembered: the group's whole list is its business.
        self._remember([n for n in missing if n in self.at_service])
        missing = [n for n in missing if n not in self.known]
        failures: dict[str, http.Outcome] = {}
        created: list[str] = []
        for name in missing:
            if cancel.is_set() or (bucket is not None and not bucket.acquire(cancel)):
                failures[name] = http.Outcome(http.OFFLINE, None, "Stopped before the tag was made.")
                continue
            outcome = self._request(self.adapter.create_tag_call(name))
            if isinstance(outcome, httpx.Response):
                created.append(name)
            elif outcome.kind == http.FAILED:
                self.refused.add(name)
                self.report.notes.append(
                    f"{self.adapter.label} refused to create the tag {name!r} "
                    f"(HTTP {outcome.status}); sign-ups were sent without it.")
            else:
                failures[name] = outcome
        self._remember(created)
        return failures

    def _list(self, cancel: threading.Event, bucket: TokenBucket | None) -> http.Outcome | None:
        found: list[str] = []
        for page in range(1, MAX_TAG_PAGES + 1):
            if cancel.is_set() or (bucket is not None and not bucket.acquire(cancel)):
                return http.Outcome(http.OFFLINE, None, "Stopped while listing the tags.")
            outcome = self._request(self.adapter.list_tags_call(page))
            if not isinstance(outcome, httpx.Response):
                return outcome
            names, more = self.adapter.tag_page(outcome)
            found.extend(names)
            if not more:
                break
        self.listed = True
        self.at_service = set(found)  # this run only, in memory
        return None

    def _request(self, call: Call) -> httpx.Response | http.Outcome:
        try:
            response = self.call(call)
        except httpx.HTTPError as exc:
            return http.classify_exception(exc)
        if http.is_success(response):
            return response
        return http.classify_response(response, utc_now())

    def _remember(self, names: list[str]) -> None:
        new = set(names) - self.known
        if not new:
            return
        self.known |= new
        with self.store.write():
            Setting.replace(key=KNOWN_TAGS_SETTING + self.config.uuid,
                            value=json.dumps(sorted(self.known), ensure_ascii=False)).execute()


def _undo_state(previous: str) -> str:
    # A row found in `sending` (a crash) may have been delivered; "pending" says the same
    # thing to the next run (it is due and re-sent) without claiming a request is in flight.
    return states.PENDING if previous == states.SENDING else previous


def _undo(item: Marked) -> Result:
    """A row marked `sending` but never requested goes back as it was."""
    return Result(item.record.outbox_id, _undo_state(item.record.state), item.record.attempts,
                  keep_error=True)

