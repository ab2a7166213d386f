"""Reading an import's file into typed rows, before anything is written.

A reader turns a planned file (kit.services.import_planning) into a stream of rows that passed
the kiosk's rules, or of problems naming the row: `CsvReader` yields `CsvSignup` (one sign-up
per spreadsheet row: the column mapping, the label mapping of the interests column and the
consent columns applied), `JsonReader` yields `JsonContact` (one contact of a JSON export with
each of its sign-ups as `JsonVisit`). Both yield `RowProblem` for a row that is refused, and
each item they yield counts as one step of the import's progress. Nothing here writes:
kit.services.imports decides what each row does to the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from kit.domain.contact_fields import country_region
from kit.domain.errors import FieldError, ValidationFailed
from kit.domain.records import ContactRecord, EventInfo, SignupRecord
from kit.domain.signup import FIELD_LABELS, CleanSignup, ConsentWording, SignupForm, validate_signup
from kit.domain.text import NOTE_MAX, clean_multiline, clean_text
from kit.domain.times import to_stored
from kit.export.csv_reading import (
    RefusedRow,
    field_order,
    is_contact_uuid,
    oversized_cell,
    split_full_name,
    split_tags,
)
from kit.export.json_format import BadJsonExport, contacts_from_json, events_from_json, load_export
from kit.services.import_planning import (
    UNKNOWN,
    BadMapping,
    ConsentColumns,
    ImportPlan,
    LabelResolver,
    row_values,
    source_label,
)
from kit.services.kit import Kit


@dataclass(frozen=True)
class RowProblem:
    """A refused row: its number (CSV: as a spreadsheet shows it, the header being row 1; JSON:
    the contact's position from 1) and why, in words for the coordinator."""

    row: int
    reason: str


@dataclass(frozen=True)
class CsvSignup:
    """One spreadsheet row as a sign-up. `email_answered`/`sms_answered` False: the file does
    not ask that consent question, so a returning person's answer must stay as it was."""

    row: int
    clean: CleanSignup
    email_answered: bool
    sms_answered: bool
    # Something the row lost on the way in, for the report (an unreadable phone number).
    warning: str = ""
    # The 'Contact UUID' of this kit's own export (a sheet's column, a card's UID), or "".
    contact_uuid: str = ""


class CsvReader:
    """The rows of a planned CSV file as `CsvSignup` or `RowProblem`; blank rows are skipped.

    Labels of the interests column become the kit's interests through `plan.label_map` and the
    kit's own names (LabelResolver); a label that is neither is left out and counted in
    `ignored_interests` ({label: rows}). Raises BadMapping at once when the label map names a
    tag that is not one of the kit's interests.
    """

    def __init__(self, kit: Kit, plan: ImportPlan, *, sealed: bool) -> None:
        self.plan = plan
        self.region = kit.region  # a settings read: once per file, not once per row
        self.headers = list(plan.headers)
        self.order = field_order(self.headers, plan.mapping)
        self.resolve = LabelResolver(kit, plan.label_map)
        for label, tag in plan.label_map.items():
            if tag is not None and tag not in self.resolve.allowed:
                raise BadMapping(f"{label!r} cannot become {tag!r}: it is not one of this kit's "
                                 f"interests ({', '.join(sorted(self.resolve.allowed))}).")
        self.consent = ConsentColumns(plan, self.headers, sealed=sealed)
        self.ignored_interests: dict[str, int] = {}
        self.contact_uuid_at = next(
            (i for i, h in enumerate(self.headers) if is_contact_uuid(h)), None)

    @property
    def total(self) -> int:
        return self.plan.row_count

    def __iter__(self) -> Iterator[CsvSignup | RowProblem]:
        plan = self.plan
        rows = plan.rows()
        next(rows, None)  # the header
        for number, row in enumerate(rows, start=2):
            if isinstance(row, RefusedRow):
                yield RowProblem(number, row.reason)
                continue
            if not any(cell.strip() for cell in row):
                continue
            too_long = oversized_cell(self.headers, row)
            if too_long is not None:
                yield RowProblem(number, too_long)
                continue
            try:
                yield self._signup(number, row)
            except ValidationFailed as failed:
                yield RowProblem(number, self._named_by_column(failed))

    def _signup(self, number: int, row: list[str]) -> CsvSignup:
        values = row_values(self.order, row)
        first, last = values.get("first_name", ""), values.get("last_name", "")
        if not first and not last and values.get("full_name"):
            first, last = split_full_name(values["full_name"])
        problems: list[FieldError] = []
        given, answered, wording = self.consent.read(row, problems)
        tags: list[str] = []
        for text in split_tags(values.get("interests", "")):
            tag = self.resolve(text)
            if tag is UNKNOWN:
                self.ignored_interests[text] = self.ignored_interests.get(text, 0) + 1
            elif isinstance(tag, str) and tag not in tags:  # neither None nor UNKNOWN
                tags.append(tag)
        form = SignupForm(
            first_name=first, last_name=last, email=values.get("email", ""),
            phone=values.get("phone", ""), postal_code=values.get("postal_code", ""),
            interests=tags, consent_email=given["consent_email"],
            consent_sms=given["consent_sms"], note=values.get("note", ""),
        )
        # Numbers and postal codes are read in the row's own country where the file has a
        # country column naming one (Outlook's "Home Country/Region", a sheet's "Pays"),
        # otherwise in the kit's region.
        region = country_region(values.get("country", "")) or self.region
        warning = ""
        try:
            clean = validate_signup(form, region=region,
                                    allowed_interests=self.resolve.allowed, wording=wording)
        except ValidationFailed as failed:
            kept = None if problems else self._without_phone(form, failed, region, wording)
            if kept is None:
                problems.extend(failed.errors)
            else:
                clean, warning = kept
                answered = {**answered, "consent_sms": False}
        if problems:
            raise ValidationFailed(problems)
        at = self.contact_uuid_at
        contact_uuid = row[at].strip() if at is not None and at < len(row) else ""
        return CsvSignup(number, clean, answered["consent_email"], answered["consent_sms"],
                         warning, contact_uuid)

    def _without_phone(self, form: SignupForm, failed: ValidationFailed, region: str,
                       wording: ConsentWording) -> tuple[CleanSignup, str] | None:
        """A row whose only fault is a phone number that cannot be read (a French `06 12 34 56
        78` in a file with no country column, read as a US number) keeps its name, email and
        email answer: (the row without the number, the report's line), or None when the number
        was not the only fault or the row has no email to keep it by."""
        if not form.phone or any(e.field not in ("phone", "consent_sms") for e in failed.errors):
            return None
        if not any(e.field == "phone" for e in failed.errors):
            return None
        lost_yes = form.consent_sms
        try:
            clean = validate_signup(
                replace(form, phone="", consent_sms=False), region=region,
                allowed_interests=self.resolve.allowed,
                wording=replace(wording, sms=f"Imported from {self.consent.file_name}: no text "
                                             "message answer recorded (the phone number could "
                                             "not be read)."))
        except ValidationFailed:
            return None
        shown = form.phone if len(form.phone) <= 40 else form.phone[:40] + "…"
        column = self._column_of("phone")
        reason = next(e.message for e in failed.errors if e.field == "phone")
        warning = (f"{column} = {shown!r} could not be read as a phone number ({reason}) "
                   "The row was imported without it")
        warning += (", and its yes to text messages was not recorded (no number to text)."
                    if lost_yes else ".")
        return clean, warning

    def _column_of(self, field_name: str) -> str:
        for index, name in self.order:
            if name == field_name and index < len(self.headers) and self.headers[index]:
                return self.headers[index]
        return FIELD_LABELS.get(field_name, field_name)

    def _named_by_column(self, failed: ValidationFailed) -> str:
        """A row's problems named by the file's own column headers ("zip: Enter a 5-digit ZIP
        code…"), not the kit's internal field names ("postal_code: …"); a field no column maps
        to (a missing first name) by its label on the form."""
        columns: dict[str, str] = {}
        for index, field_name in self.order:
            if index < len(self.headers) and self.headers[index]:
                columns.setdefault(field_name, self.headers[index])
        return "; ".join(
            f"{columns.get(e.field) or FIELD_LABELS.get(e.field, e.field)}: {e.message}"
            for e in failed.errors)


@dataclass(frozen=True)
class JsonVisit:
    """One sign-up of a JSON export's contact: the contact's checked fields with this sign-up's
    own note, interests, consent answers and wording (the wording shown at the kiosk where they
    signed up, or a line saying the export held no answer); `created_at` naive UTC as stored."""

    signup: SignupRecord
    clean: CleanSignup
    created_at: dt.datetime


@dataclass(frozen=True)
class JsonContact:
    """One contact of a JSON export that passed the kiosk's rules, with its sign-ups."""

    position: int
    record: ContactRecord
    clean: CleanSignup
    visits: tuple[JsonVisit, ...]


class JsonReader:
    """A planned JSON export: its events (`events`, each checked by the event form's rules, or
    BadJsonExport for the whole file) and its contacts as `JsonContact` or `RowProblem`.

    `sealed`: the consent wording written for a missing answer names "a file", not the file
    (kit.services.import_planning.source_label).
    """

    def __init__(self, kit: Kit, plan: ImportPlan, *, sealed: bool) -> None:
        self.plan = plan
        self.sealed = sealed
        self.region = kit.region
        with plan.path.open("r", encoding="utf-8-sig") as handle:
            self.document = load_export(handle)
        self.events: list[EventInfo] = events_from_json(self.document)
        for position, event in enumerate(self.events):
            _check_event(event, position)  # the event form's rules (kit.services.incoming)
        self.event_uuids = {event.uuid for event in self.events}

    @property
    def total(self) -> int:
        return len(self.document["contacts"])

    def __iter__(self) -> Iterator[JsonContact | RowProblem]:
        for position, record in contacts_from_json(self.document):
            if isinstance(record, BadJsonExport):
                yield RowProblem(position, record.message)
                continue
            try:
                _check_json_signups(record)  # the typed-input rules (kit.services.incoming)
                clean = self._clean_contact(record)
                visits = tuple(self._visit(clean, signup) for signup in record.signups)
            except (ValidationFailed, BadJsonExport) as failed:
                yield RowProblem(position, failed.message)
                continue
            yield JsonContact(position, record, clean, visits)

    def _clean_contact(self, record: ContactRecord) -> CleanSignup:
        """The contact's fields through the kiosk's rules; the file's consent wording is kept
        as it is, because it is the wording that was shown at the kiosk where they signed up."""
        clean = validate_signup(
            SignupForm(
                first_name=record.first_name, last_name=record.last_name, email=record.email,
                phone=record.phone, postal_code=record.postal_code, note=record.note,
                consent_email=record.consent_email, consent_sms=record.consent_sms,
            ),
            region=self.region,
        )
        for signup in record.signups:
            if signup.event_uuid not in self.event_uuids:
                raise BadJsonExport(f"sign-up {signup.uuid} names an event not in the file.")
        return clean

    def _visit(self, clean: CleanSignup, signup: SignupRecord) -> JsonVisit:
        answers = {c.channel: c for c in signup.consents}
        email, sms = answers.get("email"), answers.get("sms")
        one = replace(
            clean, note=clean_multiline("note", "Note", signup.note, NOTE_MAX),
            interests=tuple(clean_text(t) for t in signup.interests),
            consent_email=bool(email and email.granted), consent_sms=bool(sms and sms.granted),
            wording=ConsentWording(
                email=email.wording if email else self._no_record("email"),
                sms=sms.wording if sms else self._no_record("text message")),
        )
        return JsonVisit(signup, one, to_stored(signup.created_at))

    def _no_record(self, channel: str) -> str:
        return (f"Imported from {source_label(self.plan, self.sealed)}: the export held no "
                f"{channel} consent answer.")


def _check_json_signups(record: ContactRecord) -> None:
    """Each sign-up of a JSON export's contact passes the rules a kiosk sign-up follows: its time
    between 1970 and 2199, interest tags, a language code, consent wording of sane length on
    no control characters; raises BadJsonExport naming the first that does not."""
    from kit.services import incoming

    for index, signup in enumerate(record.signups):
        where = f"signups[{index}]"
        try:
            when = signup.created_at
            incoming.timestamp(when.isoformat() if when else None, f"{where}.created_at")
            incoming.interests(list(signup.interests), f"{where}.interests")
            incoming.pattern(signup.language, f"{where}.language", incoming.LANGUAGE,
                             "a language code")
            for consent in signup.consents:
                incoming.multiline(consent.wording, f"{where}.consents.wording",
                                   "Consent wording", incoming.CONSENT_TEXT_MAX)
                if consent.answered_at is not None:
                    incoming.timestamp(consent.answered_at.isoformat(),
                                       f"{where}.consents.answered_at")
        except incoming.IncomingError as exc:
            raise BadJsonExport(exc.message) from exc


def _check_event(event: Any, position: int) -> None:
    """An event a JSON export brings passes the event form's rules, or nothing is imported."""
    from kit.services import incoming

    try:
        incoming.event({"uuid": event.uuid, "name": event.name, "location": event.location,
                        "date": event.date.isoformat() if event.date else None},
                       f"events[{position}]")
    except incoming.IncomingError as exc:
        raise BadJsonExport(f"The file's {exc.message}; nothing was imported.") from exc
