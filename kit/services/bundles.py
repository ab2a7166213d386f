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
import datetime as dt
import json
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kit.atomic_file import write_atomic
from kit.domain.errors import KitError, ValidationFailed
from kit.domain.signup import ConsentWording, SignupForm, validate_signup
from kit.domain.times import from_stored, to_stored
from kit.protect.bundle import SNIFF_BYTES, BadBundle, looks_like_bundle, open_bundle, write_bundle
from kit.services.kit import Kit
from kit.store.models import Contact, Event, HandoutLog, Signup, new_uuid

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


def _when(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    return to_stored(from_stored(text))  # naive text in a bundle is UTC already


def import_bundle(kit: Kit, path: str | os.PathLike[str], *, dry_run: bool = False) -> BundleImport:
    """Check and merge a bundle by UUID in one transaction; raises BadBundle (nothing imported)."""
    from kit.services import protection

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BadBundle(f"Cannot read the bundle {path}: {exc}") from exc
    ring = protection.load_ring(kit)
    opened = open_bundle(data, ring.family_key if ring else None)
    payload = opened.payload
    report = BundleImport(kit_id=str(payload.get("kit_id", "")), authenticated=opened.authenticated)
    if not opened.authenticated:
        report.warnings.append("This bundle is not authenticated (written by a kit that was never "
                               "protected): its digest only shows it is not damaged.")
        log.warning(report.warnings[-1])
    signups = payload.get("signups", [])
    if ring is None and any("sealed" in s for s in signups):
        raise BadBundle("This bundle holds sealed sign-ups and this kit has no keys to keep them "
                        "for: protect it with the group's keys first. Nothing was imported.")
    try:
        with kit.store.write():
            _merge(kit, ring, payload, report)
            if dry_run:
                raise _DryRun  # roll the whole transaction back
    except _DryRun:
        pass
    except (KeyError, TypeError, ValueError) as exc:  # authentic but not what this version reads
        raise BadBundle(f"The bundle's content is not what this version reads ({exc!r}); "
                        "nothing was imported.") from exc
    if not dry_run:
        protection.refresh_vault(kit)
    log.info("Imported a bundle: %s events, %s sign-ups new, %s known, %s prints, %s errors",
             report.events_created, report.signups_added, report.known, report.handouts_added,
             len(report.errors))
    return report


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that nothing stays written."""


def _merge(kit: Kit, ring, payload: dict[str, Any], report: BundleImport) -> None:
    """Merge the payload by UUID, inside the caller's transaction."""
    from kit.services import protection
    from kit.services.signups import enqueue_for_targets, find_contact, insert_signup, merge_contact

    signups = payload.get("signups", [])
    events: dict[str, int] = {}
    for e in payload.get("events", []):
        found = Event.get_or_none(Event.uuid == e["uuid"])
        if found is None:
            found = Event.create(uuid=e["uuid"], name=e["name"], location=e.get("location", ""),
                                 date=dt.date.fromisoformat(e["date"]) if e.get("date") else None,
                                 created_at=_when(e.get("created_at")) or _when(payload["created_at"]))
            report.events_created += 1
        events[e["uuid"]] = found.id
    existing = {u for (u,) in Signup.select(Signup.uuid).where(
        Signup.uuid.in_([s["uuid"] for s in signups])).tuples()}
    all_tags = {tag for s in signups for tag in s.get("interests", [])}
    for number, s in enumerate(signups, start=1):
        if s["uuid"] in existing:
            report.known += 1
            continue
        if s.get("event_uuid") not in events:
            report.errors.append((number, "its event is not in the bundle"))
            continue
        common = dict(
            uuid=s["uuid"], event=events[s["event_uuid"]], created_at=_when(s["created_at"]),
            interests=json.dumps(list(s.get("interests", [])), ensure_ascii=False),
            consent_email=bool(s["consent_email"]), consent_email_text=s["consent_email_text"],
            consent_sms=bool(s["consent_sms"]), consent_sms_text=s["consent_sms_text"],
            source=s.get("source", "bundle"), language=s.get("language", "en"),
        )
        if "sealed" in s:
            row = Signup.create(**common, contact=None, note="", key_id=s["key_id"],
                                sealed=base64.b64decode(s["sealed"]))
        elif "clear" in s:
            c = s["clear"]
            try:
                clean = validate_signup(
                    SignupForm(first_name=c.get("first_name", ""), last_name=c.get("last_name", ""),
                               email=c.get("email", ""), phone=c.get("phone", ""),
                               postal_code=c.get("postal_code", ""), note=c.get("note", ""),
                               interests=tuple(s.get("interests", [])),
                               consent_email=bool(s["consent_email"]),
                               consent_sms=bool(s["consent_sms"])),
                    region=kit.region, allowed_interests=all_tags,
                    wording=ConsentWording(s["consent_email_text"], s["consent_sms_text"]),
                )
            except ValidationFailed as failed:
                report.errors.append((number, failed.message))
                continue
            if ring is not None:  # a protected kit stores no clear sign-up, whatever came in
                row = protection.seal_new_signup(
                    kit, ring, clean, common["event"], source=common["source"],
                    language=common["language"], uuid=s["uuid"], created_at=common["created_at"])
            else:
                contact, _ = merge_contact(clean, find_contact(clean.email, clean.phone))
                row = insert_signup(contact, common["event"], clean, source=common["source"],
                                    language=common["language"], uuid=s["uuid"],
                                    created_at=common["created_at"])
        else:  # purged at the source: counting columns only
            row = Signup.create(**common, contact=None, note="")
        enqueue_for_targets(row)
        report.signups_added += 1
    for h in payload.get("handout_logs", []):
        if HandoutLog.get_or_none(HandoutLog.uuid == h["uuid"]) is not None:
            continue
        HandoutLog.create(uuid=h["uuid"], event=events.get(h.get("event_uuid")),
                          handout=h["handout"], paper=h["paper"], copies=h["copies"],
                          action=h["action"], created_at=_when(h["created_at"]))
        report.handouts_added += 1
