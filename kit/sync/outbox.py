"""Reading and marking outbox rows. Every write is one short `Store.write()` transaction.

The marks follow one rule: a row is `sending` (committed) before its request goes out and
`sent` only after a 2xx, so a crash in between leaves `sending`, which the next run re-sends.
Updates are conditional on the state they expect, so a row someone retried or that a second
process already handled is never overwritten with a stale result.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

import peewee as pw

from kit.domain.times import stored_text, utc_now
from kit.store.database import Store
from kit.store.models import Contact, Event, Outbox, Signup, SyncTarget
from kit.sync import states
from kit.sync.consent import ChannelConsent, channel_consent
from kit.sync.records import SyncRecord
from kit.sync.targets.base import Attention, Delivery, Plan, Skip, TargetAdapter

SEALED_REASON = ("This sign-up is sealed (protected mode): unlock the kit with the passphrase, "
                 "then sync again.")
UNOPENED_REASON = ("This sign-up's personal data could not be read on this kit: its seal did not "
                   "open (changed, moved, or sealed to a key this kit lacks) or it was purged.")

Unseal = Callable[[SyncRecord], SyncRecord | None]
"""Opens a sealed row's record from the unlocked vault (in memory); None if it cannot."""


def _record_columns() -> tuple:
    return (
        Outbox.id, Outbox.state, Outbox.attempts, Outbox.payload_hash,
        Signup.uuid, Signup.created_at, Signup.interests, Signup.consent_email,
        Signup.consent_email_text, Signup.consent_sms, Signup.consent_sms_text, Signup.language,
        Signup.source, Signup.sealed.is_null(False).alias("is_sealed"),
        Contact.uuid, Contact.first_name, Contact.last_name, Contact.email, Contact.phone,
        Contact.postal_code,
        Event.uuid, Event.name, Event.location, Event.date,
        Contact.consent_email, Contact.consent_sms,
    )


def _record_query() -> pw.ModelSelect:
    return (Outbox.select(*_record_columns())
            .join(Signup).join(Contact, pw.JOIN.LEFT_OUTER).switch(Signup).join(Event))


def _to_record(row: tuple, country: str) -> SyncRecord:
    (oid, state, attempts, phash, s_uuid, s_created, interests, c_email, c_email_text, c_sms,
     c_sms_text, language, source, sealed, p_uuid, first, last, email, phone, postal,
     e_uuid, e_name, e_location, e_date, latest_email, latest_sms) = row
    if isinstance(s_created, str):  # peewee leaves text it cannot parse; be strict instead
        s_created = dt.datetime.fromisoformat(s_created)
    if isinstance(e_date, str):
        e_date = dt.date.fromisoformat(e_date)
    return SyncRecord(
        outbox_id=oid, state=state, attempts=attempts, payload_hash=phash, signup_uuid=s_uuid,
        signup_created_at=s_created, interests=tuple(json.loads(interests or "[]")),
        consent_email=bool(c_email), consent_email_text=c_email_text, consent_sms=bool(c_sms),
        consent_sms_text=c_sms_text, language=language, source=source,
        sealed=bool(sealed) or p_uuid is None, contact_uuid=p_uuid or "",
        first_name=first or "", last_name=last or "", email=email or "", phone=phone or "",
        postal_code=postal or "", event_uuid=e_uuid, event_name=e_name,
        event_location=e_location or "", event_date=e_date, country=country,
        # Only the contact's latest answers for now; with_history() adds the rest.
        email_consent=None if p_uuid is None else ChannelConsent(
            bool(latest_email) and bool(email), bool(latest_email) and bool(email)),
        sms_consent=None if p_uuid is None else ChannelConsent(
            bool(latest_sms) and bool(phone), bool(latest_sms) and bool(phone)),
    )


HISTORY_CHUNK = 500  # contact uuids per query, well under SQLite's variable limit


def with_history(records: list[SyncRecord]) -> list[SyncRecord]:
    """Clear records with their person's whole consent history (kit.sync.consent): every
    sign-up's answers, oldest first, and the contact's latest answer."""
    uuids = sorted({r.contact_uuid for r in records if not r.sealed and r.contact_uuid})
    answers: dict[str, list[tuple]] = {}
    for start in range(0, len(uuids), HISTORY_CHUNK):
        query = (Signup.select(Contact.uuid, Signup.consent_email, Signup.consent_email_text,
                               Signup.consent_sms, Signup.consent_sms_text, Signup.created_at)
                 .join(Contact).where(Contact.uuid.in_(uuids[start:start + HISTORY_CHUNK]))
                 .order_by(Signup.created_at, Signup.id).tuples())
        for uuid, c_email, email_text, c_sms, sms_text, created in query:
            answers.setdefault(uuid, []).append((bool(c_email), email_text, bool(c_sms),
                                                 sms_text, created))
    out = []
    for r in records:
        found = answers.get(r.contact_uuid)
        if r.sealed or found is None or r.email_consent is None or r.sms_consent is None:
            out.append(r)
            continue
        out.append(replace(
            r, email_consent=channel_consent(((a[0], a[1], a[4]) for a in found),
                                             r.email_consent.latest),
            sms_consent=channel_consent(((a[2], a[3], a[4]) for a in found),
                                        r.sms_consent.latest)))
    return out


def plan_for(adapter: TargetAdapter, record: SyncRecord, *, unlocked: bool = False) -> Plan:
    """The adapter's plan, except for sign-ups that cannot be read (still sealed).

    `unlocked`: the records were opened from the vault, so a row still sealed is one that
    did not open, not one waiting for the passphrase.
    """
    if record.sealed:
        return Attention(UNOPENED_REASON if unlocked else SEALED_REASON)
    return adapter.plan(record)


def _opened(records: list[SyncRecord], unseal: Unseal | None) -> list[SyncRecord]:
    """Sealed records filled in from the vault by `unseal` (in memory; nothing is written)."""
    if unseal is None:
        return records
    return [(unseal(r) or r) if r.sealed else r for r in records]


def _due(now: dt.datetime) -> pw.Expression:
    return (Outbox.state.in_((states.PENDING, states.SENDING))
            | ((Outbox.state == states.RETRY)
               & (Outbox.next_attempt_at.is_null() | (Outbox.next_attempt_at <= now))))


def due_records(target_id: int, now: dt.datetime, limit: int, country: str,
                after_id: int = 0, unseal: Unseal | None = None) -> list[SyncRecord]:
    """The next rows to deliver for one target, oldest first."""
    query = (_record_query()
             .where((Outbox.target == target_id) & _due(now) & (Outbox.id > after_id))
             .order_by(Outbox.id).limit(limit).tuples())
    return _opened(with_history([_to_record(row, country) for row in query]), unseal)


def count_due(target_id: int, now: dt.datetime) -> int:
    return Outbox.select().where((Outbox.target == target_id) & _due(now)).count()


def waiting_records(target_id: int, country: str, unseal: Unseal | None = None) -> list[SyncRecord]:
    """Every row a sync would still try, due now or later (for dry runs)."""
    query = (_record_query()
             .where((Outbox.target == target_id) & Outbox.state.in_(states.WAITING_STATES))
             .order_by(Outbox.id).tuples())
    return _opened(with_history([_to_record(row, country) for row in query]), unseal)


def next_retry_at(target_id: int) -> dt.datetime | None:
    """When the earliest waiting retry of a target falls due."""
    value = (Outbox.select(pw.fn.MIN(Outbox.next_attempt_at))
             .where((Outbox.target == target_id) & (Outbox.state == states.RETRY)).scalar())
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def changed_rows(adapter: TargetAdapter, country: str,
                 unseal: Unseal | None = None) -> list[tuple[SyncRecord, Plan]]:
    """Finished rows whose contact was edited since, and whose request would now differ.

    Sealed rows have no contact row to carry an edit time: with `unseal` (an unlocked kit)
    every finished sealed row is planned again from the vault, and counts as changed when it
    opens and its request differs (an edit, a newer sign-up of the same person, or a row that
    waited in needs-attention for the passphrase). One that does not open stays as it is.
    """
    finished = ((Outbox.target == adapter.config.id)
                & Outbox.state.in_(states.DONE_STATES + states.STUCK_STATES))
    edited = Contact.updated_at > Outbox.updated_at
    if unseal is not None:
        edited = edited | Signup.sealed.is_null(False)
    found = []
    records = with_history([_to_record(row, country)
                            for row in _record_query().where(finished & edited).tuples()])
    for record in records:
        if record.sealed:
            if unseal is None:
                continue
            opened = unseal(record)
            if opened is None:
                continue
            record = opened
        plan = plan_for(adapter, record)
        if plan.payload_hash != record.payload_hash:
            found.append((record, plan))
    return found


def withdrawn_rows(adapter: TargetAdapter, country: str) -> list[tuple[SyncRecord, Plan]]:
    """Finished clear rows of people whose latest answer withdrew a yes, whose request would now
    differ: for the one repair pass after upgrading from versions that re-sent an older
    sign-up's own "yes" (issue 12). Sealed rows need none: they are re-planned on every sync."""
    finished = ((Outbox.target == adapter.config.id)
                & Outbox.state.in_(states.DONE_STATES + states.STUCK_STATES)
                & Signup.sealed.is_null())
    found = []
    query = _record_query().where(finished).tuples()
    for record in with_history([_to_record(row, country) for row in query]):
        if record.sealed or not (record.email_answers.withdrawn or record.sms_answers.withdrawn):
            continue
        plan = plan_for(adapter, record)
        if plan.payload_hash != record.payload_hash:
            found.append((record, plan))
    return found


def requeue(store: Store, outbox_ids: Iterable[int], expected: Iterable[str]) -> int:
    """Back to pending with a fresh attempt count (after an edit, or a person's retry)."""
    ids = list(outbox_ids)
    if not ids:
        return 0
    with store.write():
        return (Outbox.update(state=states.PENDING, attempts=0, next_attempt_at=None,
                              last_error="", updated_at=utc_now())
                .where(Outbox.id.in_(ids) & Outbox.state.in_(tuple(expected))).execute())


# Enqueueing is written here only: a new sign-up (enqueue) and a newly enabled target
# (enqueue_missing) each add `pending` rows inside the caller's transaction, so a sign-up and its
# rows commit together and none is ever missed. Plain SQL on the store's connection: the kiosk and
# imports add one sign-up at a time, and building a peewee query for each cost more than the row.
_ENQUEUE = (
    "INSERT OR IGNORE INTO outbox (signup_id, target_id, state, updated_at)"
    " SELECT ?, id, ?, ? FROM sync_target WHERE enabled = 1"
)


def enqueue(signup_id: int, now: dt.datetime | None = None) -> int:
    """Inside the caller's transaction: a pending row for sign-up `signup_id` at every enabled
    target. `now` (naive UTC, kit.domain.times) lets a batch share one time. Returns rows added."""
    connection = Outbox._meta.database.connection()
    stamp = stored_text(now or utc_now())
    return connection.execute(_ENQUEUE, (signup_id, states.PENDING, stamp)).rowcount


def enqueue_missing(target_id: int) -> int:
    """Inside the caller's transaction: a pending row for every sign-up this target lacks.
    Returns how many rows were added (a count: SQLite's INSERT answers with the last row id
    otherwise, which once made `target add` say "1 sign-ups queued" on an empty kit)."""
    have = Outbox.select(Outbox.signup).where(Outbox.target == target_id)
    now = utc_now()
    query = Signup.select(Signup.id, pw.Value(target_id), pw.Value(states.PENDING),
                          pw.Value(now)).where(Signup.id.not_in(have))
    return (Outbox.insert_from(query, [Outbox.signup, Outbox.target, Outbox.state,
                                       Outbox.updated_at])
            .on_conflict_ignore().as_rowcount().execute())


def still_there(outbox_id: int) -> bool:
    """The row was not deleted meanwhile (its person removed while a sync ran)."""
    return Outbox.select().where(Outbox.id == outbox_id).exists()


def stuck_ids() -> list[int]:
    """Every row a person has to look at (failed, needs attention), for a retry of them all."""
    return [oid for (oid,) in Outbox.select(Outbox.id)
            .where(Outbox.state.in_(states.STUCK_STATES)).tuples()]


@dataclass
class Marked:
    """A row this run marked `sending`, with what it was before (to undo if never sent)."""

    record: SyncRecord
    plan: Delivery  # only deliveries are marked; skips and holds are settled at once


def mark_sending(store: Store, planned: list[tuple[SyncRecord, Plan]]) -> list[Marked]:
    """One transaction: deliveries become `sending` (attempts + 1); skips and holds are settled.

    Returns the deliveries actually marked (a row whose state changed meanwhile is left alone).
    Plain SQL with executemany: building one peewee query per row cost more than the request.
    """
    if not planned:
        return []
    marked: list[Marked] = []
    now = _sql_time(utc_now())
    with store.write():
        placeholders = ",".join("?" * len(planned))
        current = dict(store.db.execute_sql(
            f"SELECT id, state FROM outbox WHERE id IN ({placeholders})",
            [r.outbox_id for r, _ in planned]).fetchall())
        settled, sending = [], []
        for record, plan in planned:
            if current.get(record.outbox_id) != record.state:
                continue
            if isinstance(plan, Skip | Attention):
                state = states.SKIPPED if isinstance(plan, Skip) else states.NEEDS_ATTENTION
                settled.append((state, plan.reason, plan.payload_hash, now, record.outbox_id))
            else:
                sending.append((plan.payload_hash, now, record.outbox_id))
                marked.append(Marked(record, plan))
        cursor = store.db.cursor()
        cursor.executemany(
            "UPDATE outbox SET state = ?, last_error = ?, last_status = NULL, payload_hash = ?, "
            "next_attempt_at = NULL, updated_at = ? WHERE id = ?", settled)
        cursor.executemany(
            f"UPDATE outbox SET state = '{states.SENDING}', attempts = attempts + 1, "
            "payload_hash = ?, updated_at = ? WHERE id = ?", sending)
    return marked


@dataclass(frozen=True)
class Result:
    """What to store for one row after its attempt (or after deciding not to attempt it)."""

    outbox_id: int
    state: str
    attempts: int
    last_status: int | None = None
    last_error: str = ""
    remote_id: str = ""
    next_attempt_at: dt.datetime | None = None
    keep_error: bool = False  # an undone row keeps the error it had


def store_results(store: Store, results: list[Result], *, pause: tuple[int, str] | None = None) -> None:
    """One transaction: every result of a batch, and the target's pause if one happened.

    Only rows still in `sending` are updated: a result never overwrites what happened since.
    """
    if not results and pause is None:
        return
    now = _sql_time(utc_now())
    full, undone = [], []
    for r in results:
        if r.keep_error:
            undone.append((r.state, r.attempts, now, r.outbox_id))
        else:
            full.append((r.state, r.attempts, r.last_status, r.last_error, r.remote_id,
                         _sql_time(r.next_attempt_at), now, r.outbox_id))
    with store.write():
        cursor = store.db.cursor()
        cursor.executemany(
            "UPDATE outbox SET state = ?, attempts = ?, last_status = ?, last_error = ?, "
            "remote_id = COALESCE(NULLIF(?, ''), remote_id), next_attempt_at = ?, updated_at = ? "
            f"WHERE id = ? AND state = '{states.SENDING}'", full)
        cursor.executemany(
            "UPDATE outbox SET state = ?, attempts = ?, updated_at = ? "
            f"WHERE id = ? AND state = '{states.SENDING}'", undone)
        if pause is not None:
            target_id, reason = pause
            SyncTarget.update(paused_reason=reason).where(SyncTarget.id == target_id).execute()


def _sql_time(value: dt.datetime | None) -> str | None:
    return None if value is None else stored_text(value)


def state_counts(target_ids: Iterable[int] | None = None) -> dict[int, dict[str, int]]:
    """{target id: {state: count}} for the given targets (all when None)."""
    query = (Outbox.select(Outbox.target, Outbox.state, pw.fn.COUNT(Outbox.id))
             .group_by(Outbox.target, Outbox.state))
    if target_ids is not None:
        query = query.where(Outbox.target.in_(list(target_ids)))
    counts: dict[int, dict[str, int]] = {}
    for target_id, state, count in query.tuples():
        counts.setdefault(target_id, {})[state] = count
    return counts
