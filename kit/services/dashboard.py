"""How the day is going: counts per event, per hour, per interest; handouts printed; sync state.

Only non-personal columns are read: a sign-up's time, event, contact *id* (to tell a returning
attendee from a new one), interests, consent answers and language; the handout log; the outbox
states. No name, email, phone, ZIP or note is ever selected, so the dashboard and the report work
the same in protected mode (where those are sealed) and after a purge. A sign-up whose contact is
not linked (sealed, or purged) counts as "not known" for new/returning, never as new.

Times are stored as naive UTC and shown in the kit clock's local time.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import peewee as pw

from kit.atomic_file import write_atomic
from kit.domain.errors import KitError
from kit.domain.records import EventInfo
from kit.domain.times import from_stored
from kit.reports.model import Count, DashboardData, EventRow, EventStats, SyncSummary
from kit.services.events import EventSummary, get_event
from kit.services.kit import Kit
from kit.services.people import counting, people_of
from kit.services.status import local_day_bounds_utc, signups_today
from kit.store.models import Event, HandoutLog, Outbox, SyncTarget
from kit.sync import states
from kit.sync.states import DONE_STATES, STUCK_STATES, WAITING_STATES

log = logging.getLogger(__name__)

# The outbox states, grouped by who acts next, are kit.sync.states' (a module with no imports, so
# the dashboard pulls in nothing of the sync engine); the words for them are the dashboard's.
STATE_LABELS = {
    states.PENDING: "Waiting", states.SENDING: "Being sent", states.RETRY: "Will retry",
    states.SENT: "Delivered", states.SKIPPED: "Not sent (no consent)", states.FAILED: "Failed",
    states.NEEDS_ATTENTION: "Needs attention",
}
PRINT_ACTIONS = ("print", "quick-print")  # a saved PDF is not a printed handout
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "ur": "Urdu"}


def event_info(event: Event | EventSummary) -> EventInfo:
    """The plain record of an Event row (or an EventSummary)."""
    return EventInfo(
        id=event.id, uuid=event.uuid, name=event.name, location=event.location or "",
        date=event.date,
    )


# -- time ---------------------------------------------------------------------------------
def local_zone(kit: Kit) -> dt.tzinfo | None:
    """The zone sign-up times are shown in; None means "the machine's own, DST included".

    The system clock gives a fixed offset (like CDT, -05:00) valid only for *now*; an event last
    winter must be shown in winter time, so when the clock's offset is the machine's, each time
    is converted with the machine's rules. An injected clock with another zone is used as is.
    """
    now = kit.clock()
    zone = now.tzinfo
    if zone is None:
        return None
    if isinstance(zone, dt.timezone) and now.utcoffset() == now.astimezone().utcoffset():
        return None
    return zone


def to_local(stored: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    """A stored naive-UTC time as local time (aware)."""
    aware = from_stored(stored)
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def _as_datetime(value: object) -> dt.datetime:
    # peewee returns DATETIME columns selected through .tuples() as datetimes; be lenient with
    # text from rows written by other tools.
    if isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def hour_label(hour: int) -> str:
    """An hour of the day as the chart's tick: 9 -> '9:00'."""
    return f"{hour}:00"


def hour_counts(times: Iterable[dt.datetime]) -> tuple[Count, ...]:
    """Sign-ups per local hour of day, from the first busy hour to the last, zeros kept.

    Hours with no sign-up inside the span stay in, so the chart shows a quiet hour as a gap
    instead of hiding it.
    """
    return _hours(Counter(t.hour for t in times))


def _hours(counter: Counter[int]) -> tuple[Count, ...]:
    """hour_counts of sign-ups already counted per local hour."""
    if not counter:
        return ()
    first, last = min(counter), max(counter)
    return tuple(
        Count(key=f"{hour:02d}", label=hour_label(hour), count=counter.get(hour, 0))
        for hour in range(first, last + 1)
    )


# -- pieces -------------------------------------------------------------------------------
def interest_counts(kit: Kit, rows: Iterable[str | tuple[str, int]]) -> tuple[Count, ...]:
    """Count the interest tags in JSON `rows` (or (JSON, how many sign-ups chose it) pairs);
    every offered interest appears, zeros kept.

    Tags no longer offered by the pack (edited since) follow, labelled by their tag.
    """
    counter: Counter[str] = Counter()
    for row in rows:
        text, times = row if isinstance(row, tuple) else (row, 1)
        try:
            tags = json.loads(text or "[]")
        except (TypeError, ValueError):
            log.warning("A sign-up's interests are not JSON; not counted")
            continue
        if isinstance(tags, list):
            for tag in tags:
                counter[str(tag)] += times
    offered = kit.interests()
    result = [Count(tag, label, counter.pop(tag, 0)) for tag, label in offered]
    result += [Count(tag, tag, count) for tag, count in sorted(counter.items())]
    return tuple(result)


def handout_title(name: str) -> str:
    """The title people read for a handout name (the registry's, else the name tidied)."""
    try:
        from kit.handouts.registry import HANDOUTS  # reportlab: loaded only when needed

        spec = HANDOUTS.get(name)
        if spec is not None:
            return spec.title
    except ImportError:  # pragma: no cover - reportlab is a dependency
        pass
    return name.replace("-", " ").replace("_", " ").capitalize()


def sync_summary(event_id: int | None = None) -> SyncSummary:
    """Outbox rows by state, for one event's sign-ups or for all."""
    query = Outbox.select(Outbox.state, pw.fn.COUNT(Outbox.id)).group_by(Outbox.state)
    if event_id is not None:
        query = query.where(Outbox.signup.in_(counting.signups_at(event_id)))
    rows = dict(query.tuples())
    targets = SyncTarget.select().where(SyncTarget.enabled == True).count()  # noqa: E712
    ordered = [s for s in (*WAITING_STATES, *STUCK_STATES, *DONE_STATES) if s in rows]
    ordered += sorted(s for s in rows if s not in ordered)
    return SyncSummary(
        targets=targets,
        waiting=sum(rows.get(s, 0) for s in WAITING_STATES),
        stuck=sum(rows.get(s, 0) for s in STUCK_STATES),
        done=sum(n for s, n in rows.items() if s not in WAITING_STATES + STUCK_STATES),
        by_state=tuple(Count(s, STATE_LABELS.get(s, s), rows[s]) for s in ordered),
    )


# -- use-cases ----------------------------------------------------------------------------
def event_stats(kit: Kit, event_id: int) -> EventStats:
    """Every count the dashboard and the report show for one event (raises NotFound)."""
    # One read transaction: the counts below come from several queries, and a sign-up landing
    # between two of them made an hour with sign-ups but no first sign-up.
    with kit.store.db.atomic():
        return _event_stats(kit, event_id)


def _event_stats(kit: Kit, event_id: int) -> EventStats:
    summary = get_event(kit, event_id)
    zone = local_zone(kit)
    conn = kit.store.db.connection()
    # Counted by SQLite, not row by row in Python (100,000 sign-ups: ~2 s -> ~0.1 s). Identifiers
    # are quoted so the test that no personal column is read recognises every one.
    total, unknown, consent_email, consent_sms, first, last = conn.execute(
        'SELECT COUNT(*), TOTAL("contact_id" IS NULL), TOTAL("consent_email"),'
        ' TOTAL("consent_sms"), MIN("created_at"), MAX("created_at")'
        ' FROM "signup" WHERE "event_id" = ?', (event_id,)).fetchone()
    # Per quarter hour of UTC: every UTC offset in use is a multiple of 15 minutes, so each
    # quarter falls in one local hour, whatever the zone and its summer time.
    quarters = conn.execute(
        'SELECT substr("created_at", 1, 13), CAST(substr("created_at", 15, 2) AS INTEGER) / 15,'
        ' COUNT(*) FROM "signup" WHERE "event_id" = ? GROUP BY 1, 2', (event_id,)).fetchall()
    per_hour: Counter[int] = Counter()
    for hour_text, quarter, count in quarters:
        start = _as_datetime(f"{hour_text}:00:00") + dt.timedelta(minutes=15 * int(quarter or 0))
        per_hour[to_local(start, zone).hour] += count
    returning = conn.execute(
        'SELECT COUNT(*) FROM "signup" AS s WHERE s."event_id" = ? AND s."contact_id" IS NOT NULL'
        ' AND EXISTS (SELECT 1 FROM "signup" AS p WHERE p."contact_id" = s."contact_id"'
        ' AND (p."created_at" < s."created_at"'
        ' OR (p."created_at" = s."created_at" AND p."id" < s."id")))', (event_id,)).fetchone()[0]
    interests = conn.execute('SELECT "interests", COUNT(*) FROM "signup" WHERE "event_id" = ?'
                             ' GROUP BY 1', (event_id,)).fetchall()
    languages = Counter({code or "en": n for code, n in conn.execute(
        'SELECT "language", COUNT(*) FROM "signup" WHERE "event_id" = ? GROUP BY 1',
        (event_id,))})
    firsts = [to_local(_as_datetime(t), zone) for t in (first, last) if t is not None]
    printed: Counter[str] = Counter()
    saved = 0
    for name, action, copies in (
        HandoutLog.select(HandoutLog.handout, HandoutLog.action, pw.fn.SUM(HandoutLog.copies))
        .where(HandoutLog.event == event_id)
        .group_by(HandoutLog.handout, HandoutLog.action)
        .tuples()
    ):
        if action in PRINT_ACTIONS:
            printed[name] += int(copies or 0)
        else:
            saved += int(copies or 0)
    zone_name = firsts[0].tzname() if firsts else (kit.clock().tzname() or "")
    unknown = int(unknown)
    return EventStats(
        event=event_info(summary),
        active=summary.active,
        signups=total,
        new=total - unknown - returning,
        returning=returning,
        unknown_origin=unknown,
        consent_email=int(consent_email),
        consent_sms=int(consent_sms),
        per_hour=_hours(per_hour),
        interests=interest_counts(kit, interests),
        languages=tuple(
            Count(code, LANGUAGE_NAMES.get(code, code), n) for code, n in languages.most_common()
        ),
        handouts=tuple(
            Count(name, handout_title(name), n) for name, n in printed.most_common() if n
        ),
        handouts_saved=saved,
        sync=sync_summary(event_id),
        first_signup=firsts[0] if firsts else None,
        last_signup=firsts[-1] if firsts else None,
        timezone=zone_name or "",
        quarter_hours=people_of(kit).sealed,
    )


def event_rows(kit: Kit) -> tuple[EventRow, ...]:
    """One row per event, newest first, for the table comparing events."""
    active = kit.settings.get("active_event_id")
    totals = counting.event_totals()
    returning = counting.returning_counts()
    printed = dict(
        HandoutLog.select(HandoutLog.event, pw.fn.SUM(HandoutLog.copies))
        .where(HandoutLog.action.in_(PRINT_ACTIONS) & HandoutLog.event.is_null(False))
        .group_by(HandoutLog.event)
        .tuples()
    )
    waiting = counting.outbox_per_event(DONE_STATES)
    rows = []
    for event in Event.select().order_by(Event.date.desc(nulls="LAST"), Event.id.desc()):
        count, unknown, email, sms = totals.get(event.id, (0, 0, 0, 0))
        count, unknown = int(count or 0), int(unknown or 0)
        known = count - unknown
        back = int(returning.get(event.id, 0))
        rows.append(
            EventRow(
                event=event_info(event),
                signups=count,
                # With some contacts unknown the split is partial; None only when nothing is known.
                new=(known - back) if known or not count else None,
                returning=back if known or not count else None,
                consent_email=int(email or 0),
                consent_sms=int(sms or 0),
                handouts_printed=int(printed.get(event.id, 0) or 0),
                awaiting_sync=int(waiting.get(event.id, 0)),
                active=event.id == active,
            )
        )
    return tuple(rows)


def dashboard(kit: Kit) -> DashboardData:
    """The dashboard's snapshot: today, every event, sync state."""
    active = kit.settings.get("active_event_id")
    active_id = int(active) if active is not None else None
    start, end = local_day_bounds_utc(kit.clock())
    handouts_today = (
        HandoutLog.select(pw.fn.SUM(HandoutLog.copies))
        .where(
            (HandoutLog.created_at >= start) & (HandoutLog.created_at < end)
            & HandoutLog.action.in_(PRINT_ACTIONS)
        )
        .scalar()
    )
    return DashboardData(
        generated_at=kit.clock(),
        today=signups_today(kit),
        today_active=signups_today(kit, active_id) if active_id is not None else 0,
        active_event_id=active_id,
        events=event_rows(kit),
        sync=sync_summary(),
        handouts_today=int(handouts_today or 0),
    )


# -- the after-event report -------------------------------------------------------------------
class ReportNotWritten(KitError):
    """The report file cannot be written where asked (a missing folder, no permission)."""

    code = "report_not_written"


def render_event_report(kit: Kit, event_id: int, *, paper: str = "letter") -> bytes:
    """The after-event report PDF of one event (counts only; raises NotFound)."""
    from kit.reports.event_report import render_event_report as render  # reportlab, lazily

    stats = event_stats(kit, event_id)
    pack = kit.pack()
    return render(
        stats,
        organisation=pack.organisation.name if pack else "",
        colours=pack.organisation.colours if pack else None,
        paper=paper,
        generated_at=kit.clock(),
    )


def save_event_report(kit: Kit, event_id: int, path: str | Path, *, paper: str = "letter") -> Path:
    """Render the report and write it to `path` (atomically: a crash leaves no half a file)."""
    target = Path(path)
    data = render_event_report(kit, event_id, paper=paper)
    if not target.parent.is_dir():
        raise ReportNotWritten(f"The folder {target.parent} does not exist.")
    try:
        write_atomic(target, data)
    except OSError as exc:
        raise ReportNotWritten(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    log.info("Event report for event %s saved to %s", event_id, target)
    return target
