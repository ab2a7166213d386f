"""USB bundles between kits: write one (works while locked), import one (merge by UUID).

A table laptop writes a bundle at the end of the day; the coordinator imports bundles from every
laptop. Everything that travels carries a UUID, so importing the same bundle twice, or bundles
that overlap, adds each event, sign-up and print only once.

Sealed sign-ups travel sealed and are stored sealed; the coordinator's unlocked kit opens them.
A clear sign-up (from a kit that was never protected) is sealed on arrival on a protected kit,
and merged into contacts by the usual identity rules on a clear one.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.atomic_file import write_atomic
from kit.domain.errors import KitError, ValidationFailed
from kit.domain.signup import ConsentWording, SignupForm, validate_signup
from kit.protect.bundle import SNIFF_BYTES, BadBundle, looks_like_bundle, open_bundle, write_bundle
from kit.services import incoming
from kit.services.incoming import IncomingError
from kit.services.kit import Kit
from kit.store.models import Contact, Event, HandoutLog, Signup, new_uuid, utc_now
from kit.sync import outbox

log = logging.getLogger(__name__)

KIT_ID_SETTING = "kit_id"


@dataclass(frozen=True)
class BundleExport:
    """What a bundle holds."""

    path: Path
    events: int
    signups: int
    sealed: int
    handouts: int
    authenticated: bool


@dataclass
class BundleImport:
    """What importing a bundle changed; `known` counts sign-ups that were already here."""

    kit_id: str = ""
    events_created: int = 0
    signups_added: int = 0
    known: int = 0
    handouts_added: int = 0
    authenticated: bool = True
    errors: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def kit_id(kit: Kit) -> str:
    """This kit's own id (made once), so a bundle says which laptop it came from."""
    value = kit.settings.get(KIT_ID_SETTING)
    if not value:
        value = new_uuid()
        kit.settings.set(KIT_ID_SETTING, value)
    return str(value)


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _family_key(kit: Kit) -> bytes | None:
    from kit.services.protection import load_ring

    ring = load_ring(kit)
    return ring.family_key if ring is not None else None


# -- writing -----------------------------------------------------------------------------------
def bundle_payload(kit: Kit, event_id: int | None = None) -> dict[str, Any]:
    """The payload of a bundle of every event (or one), read in one snapshot. Needs no key."""
    with kit.store.db.atomic():
        events = Event.select().order_by(Event.id)
        if event_id is not None:
            from kit.services.events import get_event

            get_event(kit, event_id)  # NotFound with a helpful message
            events = events.where(Event.id == event_id)
        events = list(events)
        uuids = {e.id: e.uuid for e in events}
        signups = []
        query = Signup.select().where(Signup.event.in_(list(uuids))).order_by(Signup.id)
        contacts = {c.id: c for c in Contact.select().where(
            Contact.id.in_(query.select(Signup.contact)))}
        for s in query:
            item: dict[str, Any] = {
                "uuid": s.uuid, "event_uuid": uuids[s.event_id], "created_at": _iso(s.created_at),
                "interests": json.loads(s.interests), "consent_email": bool(s.consent_email),
                "consent_email_text": s.consent_email_text, "consent_sms": bool(s.consent_sms),
                "consent_sms_text": s.consent_sms_text, "source": s.source, "language": s.language,
            }
            if s.sealed is not None:
                item["key_id"] = s.key_id
                item["sealed"] = base64.b64encode(bytes(s.sealed)).decode("ascii")
            elif s.contact_id is not None:
                c = contacts[s.contact_id]
                item["clear"] = {"first_name": c.first_name, "last_name": c.last_name,
                                 "email": c.email or "", "phone": c.phone or "",
                                 "postal_code": c.postal_code, "note": s.note}
            # else: purged (retention): only the counting columns travel.
            signups.append(item)
        handouts = [
            {"uuid": h.uuid, "event_uuid": uuids.get(h.event_id), "handout": h.handout,
             "paper": h.paper, "copies": h.copies, "action": h.action,
             "created_at": _iso(h.created_at)}
            for h in HandoutLog.select().where(
                HandoutLog.event.in_(list(uuids)) if event_id is not None else True)
            .order_by(HandoutLog.id)
        ]
    return {
        "kit_id": kit_id(kit), "created_at": _iso(kit.clock().astimezone(dt.UTC)),
        "events": [{"uuid": e.uuid, "name": e.name, "location": e.location, "date": _iso(e.date),
                    "created_at": _iso(e.created_at)} for e in events],
        "signups": signups, "handout_logs": handouts,
    }


def export_bundle(kit: Kit, path: str | os.PathLike[str], event_id: int | None = None) -> BundleExport:
    """Write a bundle file (atomically, readable by this user only)."""
    target = Path(path)
    if target.is_dir() or not target.parent.is_dir():
        raise KitError(f"Cannot write a bundle to {target}: give a file in an existing folder.",
                       code="bad_path")
    payload = bundle_payload(kit, event_id)
    family_key = _family_key(kit)
    data = write_bundle(payload, family_key)
    write_atomic(target, data)
    sealed = sum(1 for s in payload["signups"] if "sealed" in s)
    log.info("Wrote a bundle: %s events, %s sign-ups (%s sealed)", len(payload["events"]),
             len(payload["signups"]), sealed)
    return BundleExport(target, len(payload["events"]), len(payload["signups"]), sealed,
                        len(payload["handout_logs"]), family_key is not None)


# -- reading -----------------------------------------------------------------------------------
def is_bundle(path: str | os.PathLike[str]) -> bool:
    """True when `path` is a bundle file (import's detection hook)."""
    try:
        with open(path, "rb") as handle:
            return looks_like_bundle(handle.read(SNIFF_BYTES))
    except OSError:
        return False


BATCH_SIGNUPS = 500  # at most this many rows per write transaction ...
BATCH_SECONDS = 0.15  # ... and no longer than this: a kiosk's sign-up waits at most one batch
# After each batch the lock stays free a little longer than filelock's poll interval (50 ms),
# so a writer polling for it (the kiosk, in another process) gets it before the next batch.
YIELD_SECONDS = 0.06
Progress = Callable[[int, int], None]


def import_bundle(kit: Kit, path: str | os.PathLike[str], *, dry_run: bool = False,
                  progress: Progress | None = None) -> BundleImport:
    """Check a bundle whole, then merge it by UUID in short batches; raises BadBundle (nothing
    imported) when its check fails or any field breaks the rules typed input follows.

    Why batches: one transaction for 200,000 rows held the write lock for half a minute, and
    the kiosk's sign-ups waited (or timed out) behind it. Each batch of BATCH_SIGNUPS sign-ups
    is its own short transaction; a kiosk's write slips in between two. If the import stops
    half-way (a crash, a full disk), importing the bundle again adds the rest: every row merges
    by UUID. A dry run writes nothing at all and counts what an import would do.
    """
    from kit.services import protection

    ring = protection.load_ring(kit)
    # The file's bytes are handed over, not kept here: open_bundle drops them once read.
    opened = open_bundle(_read_bundle(path), ring.family_key if ring else None)
    payload = opened.payload
    report = BundleImport(authenticated=opened.authenticated)
    try:
        checked = _check_payload(payload)
    except IncomingError as exc:
        raise BadBundle(f"The bundle's {exc.message}; nothing was imported.") from exc
    report.kit_id = checked.kit_id
    if not opened.authenticated:
        report.warnings.append("This bundle is not authenticated (written by a kit that was never "
                               "protected): its digest only shows it is not damaged.")
        log.warning(report.warnings[-1])
    if ring is None and checked.any_sealed:
        raise BadBundle("This bundle holds sealed sign-ups and this kit has no keys to keep them "
                        "for: protect it with the group's keys first. Nothing was imported.")
    _merge(kit, ring, payload, checked, report, write=not dry_run, progress=progress)
    if not dry_run:
        protection.refresh_vault(kit)
    log.info("Imported a bundle: %s events, %s sign-ups new, %s known, %s prints, %s errors%s",
             report.events_created, report.signups_added, report.known, report.handouts_added,
             len(report.errors), " (dry run)" if dry_run else "")
    return report


def _read_bundle(path: str | os.PathLike[str]) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise BadBundle(f"Cannot read the bundle {path}: {exc}") from exc


@dataclass
class _Checked:
    """A payload that passed every rule, with what the merge needs to know up front."""

    kit_id: str
    created_at: dt.datetime | None
    events: list[dict[str, Any]]
    signup_count: int
    any_sealed: bool


def _signups(payload: dict[str, Any]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(position, checked sign-up), checked one at a time so no second copy of 200,000 rows is
    ever held."""
    for position, item in enumerate(incoming.rows(payload.get("signups"), "signups")):
        yield position, incoming.bundle_signup(item, f"signups[{position}]")


def _handouts(payload: dict[str, Any]) -> Iterator[dict[str, Any]]:
    from kit.services.handouts import ACTIONS, MAX_COPIES, PAPERS

    for position, item in enumerate(incoming.rows(payload.get("handout_logs"), "handout_logs")):
        yield incoming.handout_log(item, f"handout_logs[{position}]", papers=PAPERS,
                                   actions=ACTIONS, max_copies=MAX_COPIES)


def _check_payload(payload: dict[str, Any]) -> _Checked:
    """Every field through kit.services.incoming's rules, and no UUID twice; raises
    IncomingError naming the first field that breaks a rule."""
    kit_id = incoming.one_line(payload.get("kit_id"), "kit_id", "Kit id", 64)
    created_at = incoming.timestamp(payload.get("created_at"), "created_at", required=False)
    events = [incoming.event(item, f"events[{i}]")
              for i, item in enumerate(incoming.rows(payload.get("events"), "events"))]
    incoming.unique((e["uuid"] for e in events), "events")
    seen: set[str] = set()
    count, any_sealed = 0, False
    for position, signup in _signups(payload):
        if signup["uuid"] in seen:
            raise IncomingError(f"signups[{position}].uuid", f"{signup['uuid']} appears twice")
        seen.add(signup["uuid"])
        count += 1
        any_sealed = any_sealed or "sealed" in signup
    incoming.unique((h["uuid"] for h in _handouts(payload)), "handout_logs")
    return _Checked(kit_id, created_at, events, count, any_sealed)


def _merge(kit: Kit, ring, payload: dict[str, Any], checked: _Checked, report: BundleImport,
           *, write: bool, progress: Progress | None) -> None:
    """Merge the checked payload by UUID: events first, then sign-ups and prints in batches,
    each batch one short write transaction (or, with `write` False, only counted)."""
    events: dict[str, int] = {}
    with _transaction(kit, write):
        for e in checked.events:
            found = Event.get_or_none(Event.uuid == e["uuid"])
            if found is None:
                report.events_created += 1
                if write:
                    found = Event.create(uuid=e["uuid"], name=e["name"], location=e["location"],
                                         date=e["date"],
                                         created_at=e["created_at"] or checked.created_at
                                         or utc_now())
            events[e["uuid"]] = found.id if found is not None else -1
    total = checked.signup_count
    done = 0
    batch: list[tuple[int, dict[str, Any]]] = []
    all_tags = None
    def merge(rows: list[tuple[int, dict[str, Any]]]) -> None:
        nonlocal all_tags, done
        all_tags = all_tags if all_tags is not None else _all_tags(payload)
        while rows:
            merged = _merge_batch(kit, ring, rows, events, all_tags, report, write)
            rows = rows[merged:]
            done += merged
            if progress is not None:
                progress(done, total)
            if write and done < total:
                time.sleep(YIELD_SECONDS)  # let a waiting kiosk write between two batches

    for position, signup in _signups(payload):
        batch.append((position + 1, signup))
        if len(batch) >= BATCH_SIGNUPS:
            merge(batch)
            batch = []
    if batch:
        merge(batch)
    handouts = list(_handouts(payload))
    for start in range(0, len(handouts), BATCH_SIGNUPS):
        with _transaction(kit, write):
            chunk = handouts[start:start + BATCH_SIGNUPS]
            known = {u for (u,) in HandoutLog.select(HandoutLog.uuid).where(
                HandoutLog.uuid.in_([h["uuid"] for h in chunk])).tuples()}
            for h in chunk:
                if h["uuid"] in known:
                    continue
                if write:
                    HandoutLog.create(uuid=h["uuid"], event=events.get(h["event_uuid"]),
                                      handout=h["handout"], paper=h["paper"],
                                      copies=h["copies"], action=h["action"],
                                      created_at=h["created_at"])
                report.handouts_added += 1


def _all_tags(payload: dict[str, Any]) -> set[str]:
    return {tag for s in payload.get("signups") or () if isinstance(s, dict)
            for tag in s.get("interests") or () if isinstance(tag, str)}


@contextlib.contextmanager
def _transaction(kit: Kit, write: bool) -> Iterator[None]:
    if write:
        with kit.store.write():
            yield
    else:
        yield


def _merge_batch(kit: Kit, ring, batch: list[tuple[int, dict[str, Any]]], events: dict[str, int],
                 all_tags: set[str], report: BundleImport, write: bool) -> int:
    """Merge rows of `batch` in one transaction until BATCH_SECONDS have passed; returns how
    many rows it merged (at least one)."""
    from kit.services import protection
    from kit.services.signups import find_contact, insert_signup, merge_contact

    merged = 0
    with _transaction(kit, write):
        deadline = time.monotonic() + BATCH_SECONDS
        existing = {u for (u,) in Signup.select(Signup.uuid).where(
            Signup.uuid.in_([s["uuid"] for _, s in batch])).tuples()}
        for number, s in batch:
            if merged and time.monotonic() > deadline:
                break
            merged += 1
            if s["uuid"] in existing:
                report.known += 1
                continue
            if s["event_uuid"] not in events:
                report.errors.append((number, "its event is not in the bundle"))
                continue
            email_text, sms_text = s["consent_email_text"], s["consent_sms_text"]
            if ring is not None:  # kept in clear on a protected kit: no file names
                email_text = protection.unnamed_source(email_text)
                sms_text = protection.unnamed_source(sms_text)
            common = dict(
                uuid=s["uuid"], event=events[s["event_uuid"]], created_at=s["created_at"],
                interests=json.dumps(s["interests"], ensure_ascii=False),
                consent_email=s["consent_email"], consent_email_text=email_text,
                consent_sms=s["consent_sms"], consent_sms_text=sms_text,
                source=s["source"], language=s["language"],
            )
            row = None
            if "sealed" in s:
                if write:
                    row = Signup.create(**common, contact=None, note="", key_id=s["key_id"],
                                        sealed=s["sealed"])
            elif "clear" in s:
                c = s["clear"]
                try:
                    clean = validate_signup(
                        SignupForm(first_name=c["first_name"], last_name=c["last_name"],
                                   email=c["email"], phone=c["phone"],
                                   postal_code=c["postal_code"], note=c["note"],
                                   interests=tuple(s["interests"]),
                                   consent_email=s["consent_email"],
                                   consent_sms=s["consent_sms"]),
                        region=kit.region, allowed_interests=all_tags,
                        wording=ConsentWording(email_text, sms_text),
                    )
                except ValidationFailed as failed:
                    report.errors.append((number, failed.message))
                    continue
                if not write:
                    pass
                elif ring is not None:  # a protected kit stores no clear sign-up
                    row = protection.seal_new_signup(
                        kit, ring, clean, common["event"], source=common["source"],
                        language=common["language"], uuid=s["uuid"],
                        created_at=common["created_at"])
                else:
                    contact, _ = merge_contact(clean, find_contact(clean.email, clean.phone))
                    row = insert_signup(contact, common["event"], clean, source=common["source"],
                                        language=common["language"], uuid=s["uuid"],
                                        created_at=common["created_at"])
            elif write:  # purged at the source: counting columns only
                row = Signup.create(**common, contact=None, note="")
            if row is not None:
                outbox.enqueue(row.id)
            report.signups_added += 1
    return merged
