"""Planning an import: what a file is and how its rows are read, before anything is written.

`plan_import` reads a file once (kind, encoding, delimiter, header mapping, the tool that made
it, row count, sample, the labels of its tags column); `ImportPlan` is what the app shows and the
coordinator may correct (column mapping, label choices). The per-row readers a CSV import shares
with the plan live here too: `row_values` (which cell feeds which field), `LabelResolver` (what
a label becomes) and `ConsentColumns` (how a row answers the consent questions). Nothing here
writes; kit.services.imports runs the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kit.domain.errors import FieldError, KitError
from kit.domain.signup import ConsentWording
from kit.domain.tags import event_tag
from kit.domain.text import clean_text
from kit.export.cells import unneutralise
from kit.export.csv_reading import (
    ASK_EMAIL_CONSENT,
    ENCODINGS,
    RefusedRow,
    UnreadableFile,
    check_encoding,
    detect_delimiter,
    detect_encoding,
    field_order,
    first_line,
    first_value,
    is_system_label,
    map_headers,
    oversized_cell,
    read_consent,
    read_rows,
    recognise_source,
    split_tags,
)
from kit.export.json_format import load_export
from kit.export.vcard_reading import looks_like_vcard, read_vcard_rows
from kit.services.kit import Kit

SAMPLE_ROWS = 5


class BadMapping(KitError):
    """The header mapping cannot produce valid sign-ups (no name or no email/phone column)."""

    code = "bad_mapping"


@dataclass(frozen=True)
class ImportPlan:
    """What an import would read, for the app to show and confirm before running it.

    `mapping` is {header: field}; the app may let the coordinator change it and pass
    `dataclasses.replace(plan, mapping=...)` to run_import. Fields are those of
    kit.export.csv_reading.IMPORT_FIELDS. For a JSON export, `kind` is "json" and `row_count`
    counts its contacts.

    `source` names the tool that exported the file when its headers say so; `implied_consent`
    is {consent field: (answer, why)} that the kind of file gives every row (Mailchimp's
    subscribed and unsubscribed exports) where no column holds it. `labels` counts the rows
    naming each label of the interests column (Google's own `* myContacts` left out);
    `label_map` is the coordinator's choice for labels that are not one of the kit's interests:
    {label: interest tag, or None to leave it out}. A label neither known nor mapped is never
    made an interest: the plan lists it (unknown_labels) and the report counts it.
    """

    path: Path
    kind: str
    encoding: str
    delimiter: str
    headers: tuple[str, ...]
    mapping: dict[str, str]
    row_count: int
    sample: tuple[dict[str, str], ...]
    source: str = ""
    implied_consent: dict[str, tuple[bool, str]] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    label_map: dict[str, str | None] = field(default_factory=dict)
    # A consent question only the coordinator can answer (a Mailchimp-shaped file under another
    # name: subscribed or not?), until `answer_consent_question` records the answer.
    consent_question: str = ""

    @property
    def tabular(self) -> bool:
        """Read row by row under a header (a CSV, or a vCard file's cards as rows)."""
        return self.kind in ("csv", "vcard")

    def rows(self) -> Iterator[list[str]]:
        """The header, then each row (kit.services.import_planning.plan_rows)."""
        return plan_rows(self.path, self.kind, self.encoding, self.delimiter)

    @property
    def unmapped(self) -> tuple[str, ...]:
        """Headers that no field reads (shown so nobody wonders where a column went)."""
        return tuple(h for h in self.headers if h not in self.mapping)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": str(self.path), "kind": self.kind, "encoding": self.encoding,
            "delimiter": self.delimiter, "headers": list(self.headers), "mapping": self.mapping,
            "unmapped": list(self.unmapped), "row_count": self.row_count,
            "sample": list(self.sample), "source": self.source,
            "implied_consent": {name: {"answer": answer, "why": why}
                                for name, (answer, why) in self.implied_consent.items()},
            "labels": self.labels, "label_map": self.label_map,
            "consent_question": self.consent_question,
        }


def _is_json(path: Path) -> bool:
    if path.suffix.lower() == ".json":
        return True
    with path.open("rb") as handle:
        head = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{")


def plan_import(path: str | Path, encoding: str | None = None) -> ImportPlan:
    """Read `path` once: its kind, encoding, delimiter, header mapping, row count and a sample.

    The encoding is detected (kit.export.csv_reading's policy: a file mixing encodings is refused
    with its row and byte) unless `encoding` names one, which the whole file must then be in.
    """
    path = Path(path)
    if not path.is_file():
        raise UnreadableFile(f"There is no file {path}.")
    from kit.services.bundles import is_bundle

    if is_bundle(path):  # a USB bundle from another kit: checked and merged by kit.services.bundles
        return ImportPlan(path, "bundle", "utf-8", "", (), {}, 0, ())
    if _is_json(path):
        with path.open("r", encoding="utf-8-sig") as handle:
            document = load_export(handle)
        return ImportPlan(path, "json", "utf-8", "", (), {}, len(document["contacts"]), ())
    kind = "csv"
    if looks_like_vcard(path):  # an address book: each card read as a row (kit.export.vcard_reading)
        kind, encoding, delimiter = "vcard", "utf-8", ""
    elif encoding is None:
        encoding = detect_encoding(path)
    elif encoding not in ENCODINGS:
        raise UnreadableFile(f"Unknown encoding {encoding!r}; choose one of: {', '.join(ENCODINGS)}.")
    else:
        check_encoding(path, encoding)
    if kind == "csv":
        delimiter = detect_delimiter(first_line(path, encoding))
    rows = plan_rows(path, kind, encoding, delimiter)
    headers = next(rows, None)
    if not headers or not any(h.strip() for h in headers):
        raise UnreadableFile(f"{path.name} is empty or has no header row.")
    headers = [h.replace("\ufeff", "").strip() for h in headers]
    mapping = map_headers(headers)
    source, implied, question = recognise_source(headers, path.name)
    order = field_order(headers, mapping)
    count = 0
    sample: list[dict[str, str]] = []
    labels: dict[str, int] = {}
    for row in rows:
        if isinstance(row, RefusedRow):
            count += 1
            continue
        if not any(cell.strip() for cell in row):
            continue
        count += 1
        if oversized_cell(headers, row) is not None:
            continue
        values = row_values(order, row)
        if len(sample) < SAMPLE_ROWS:
            sample.append(values)
        for label in set(split_tags(values.get("interests", ""))):
            if not is_system_label(label) and (label in labels or len(labels) < MAX_LABELS):
                labels[label] = labels.get(label, 0) + 1
    if question and any(mapping.get(h) == question for h in headers):
        question = ""  # the file has its own column for it after all
    if kind == "vcard":
        source = "vCard file (address book)"
    return ImportPlan(path, kind, encoding, delimiter, tuple(headers), mapping, count,
                      tuple(sample), source, implied, labels, consent_question=question)


def plan_rows(path: Path, kind: str, encoding: str, delimiter: str) -> Iterator[list[str]]:
    """The file's header, then its rows: a CSV's records, or a vCard file's cards as rows."""
    if kind == "vcard":
        return read_vcard_rows(path)
    return read_rows(path, encoding, delimiter)


class ConsentQuestionOpen(KitError):
    """The file cannot say whether its people agreed to email, and nobody has answered for it."""

    code = "bad_input"


def answer_consent_question(plan: ImportPlan, agreed: bool) -> ImportPlan:
    """The plan with the coordinator's answer to its consent question: `agreed` True says every
    row of the file agreed to email (a list of subscribed members); False records no consent
    (not a "no": a returning person's own answer stays). A plan with no question is refused:
    its file says it itself."""
    if plan.consent_question != ASK_EMAIL_CONSENT:
        raise KitError(f"--consent-from-file: {plan.path.name} says itself what its rows agreed to "
                       f"({plan.source or 'its own consent columns'}); no answer is needed.",
                       code="bad_input")
    implied = dict(plan.implied_consent)
    if agreed:
        implied["consent_email"] = (True, "the coordinator said the file lists subscribed "
                                          "members who agreed to email")
    return replace(plan, implied_consent=implied, consent_question="")


def check_consent_question(plan: ImportPlan) -> None:
    """Raise ConsentQuestionOpen while the plan's consent question is unanswered."""
    if plan.consent_question == ASK_EMAIL_CONSENT:
        raise ConsentQuestionOpen(
            f"{plan.path.name} looks like a Mailchimp audience export, but its name does not say "
            "which list (Mailchimp names them subscribed_, unsubscribed_, cleaned_ or "
            "nonsubscribed_members_export_...). Say whether its people agreed to email: "
            "--consent-from-file yes (a list of subscribed members) or no (record no consent); "
            "nothing was imported.")


MAX_LABELS = 1000  # distinct labels a plan counts: enough to list, bounded for a hostile file
# Fields where Google puts several values in a cell (`a ::: b`): the first one is read. Names
# are left whole (a name may hold anything typed, and Google never joins names).
_SINGLE_VALUE = frozenset({"email", "phone", "postal_code"})


def row_values(order: list[tuple[int, str]], row: list[str]) -> dict[str, str]:
    """{field: text}: the first non-empty mapped cell for each field, in field_order."""
    values: dict[str, str] = {}
    width = len(row)
    for index, field_name in order:
        if index >= width or field_name in values:
            continue
        cell = row[index]
        if cell and not cell.isspace():
            if field_name in _SINGLE_VALUE:
                cell = first_value(cell)
            values[field_name] = unneutralise(cell)
    return values


def unknown_labels(kit: Kit, plan: ImportPlan) -> dict[str, int]:
    """{label: rows} for the labels of the file that will not become interests: not one of the
    kit's interests, not an event's tag, and not mapped in `plan.label_map`."""
    resolve = LabelResolver(kit, plan.label_map)
    return {label: rows for label, rows in plan.labels.items()
            if resolve(label) is UNKNOWN}


UNKNOWN = object()


class LabelResolver:
    """What one label of the interests column becomes: an interest tag, None (left out on
    purpose: a Google system label, an event's own tag, a label mapped to nothing), or
    UNKNOWN. Decided once per distinct label."""

    def __init__(self, kit: Kit, label_map: dict[str, str | None]) -> None:
        self.known: dict[str, str] = {}
        for tag, label in kit.interests():
            self.known[tag.lower()] = tag
            self.known[clean_text(label).lower()] = tag
        self.allowed = set(self.known.values())
        self.label_map = label_map
        self.event_tags = {
            event_tag(name, dt.date.fromisoformat(str(date)) if date else None).lower()
            for name, date in kit.store.db.execute_sql("SELECT name, date FROM event")
        }
        self.cache: dict[str, object] = {}

    def __call__(self, text: str) -> object:
        found = self.cache.get(text, self)
        if found is self:
            found = self.cache[text] = self._decide(text)
        return found

    def _decide(self, text: str) -> object:
        if text in self.label_map:
            chosen = self.label_map[text]
            return chosen if chosen in self.allowed else None
        key = clean_text(text).lower()
        if key in self.known:
            return self.known[key]
        if is_system_label(text) or key in self.event_tags:
            return None
        return UNKNOWN


def check_mapping(plan: ImportPlan) -> None:
    fields = set(plan.mapping.values())
    if not fields & {"first_name", "full_name"}:
        raise BadMapping(
            f"No column of {plan.path.name} holds a first name (headers: "
            f"{', '.join(plan.headers)}). Name one 'First name'."
        )
    if not fields & {"email", "phone"}:
        raise BadMapping(
            f"No column of {plan.path.name} holds an email address or a phone number (headers: "
            f"{', '.join(plan.headers)}). Name them 'Email' and 'Phone'."
        )


# -- running -----------------------------------------------------------------------------------


class ConsentColumns:
    """How a CSV's rows answer the two consent questions, decided once per file: the column
    that holds each answer, or the answer the kind of file gives (Mailchimp's exports), or no
    answer (never a downgrade). Wording says where each answer came from."""

    CHANNELS = (("consent_email", "email"), ("consent_sms", "text message"))

    def __init__(self, plan: ImportPlan, headers: list[str], sealed: bool) -> None:
        self.file_name = source_label(plan, sealed)
        self.columns: dict[str, tuple[int, str] | None] = {}
        self.fixed: dict[str, tuple[bool, bool, str]] = {}  # name -> (given, answered, wording)
        for name, channel in self.CHANNELS:
            index = next((i for i, h in enumerate(headers) if plan.mapping.get(h) == name), None)
            if index is not None:
                self.columns[name] = (index, headers[index])
            elif name in plan.implied_consent:
                answer, why = plan.implied_consent[name]
                self.fixed[name] = (answer, True, f"Imported from {self.file_name}: {why}")
            else:
                self.fixed[name] = (False, False, f"Imported from {self.file_name}: the file has "
                                    f"no {channel} consent column, so no consent was recorded.")
        self.wording_cache: dict[tuple[str, str], str] = {}

    def read(self, row: list[str], problems: list[FieldError]
             ) -> tuple[dict[str, bool], dict[str, bool], ConsentWording]:
        given: dict[str, bool] = {}
        answered: dict[str, bool] = {}
        wording: dict[str, str] = {}
        for name, _channel in self.CHANNELS:
            fixed = self.fixed.get(name)
            if fixed is not None:
                given[name], answered[name], wording[name] = fixed
                continue
            index, header = self.columns[name]  # type: ignore[misc]
            cell = row[index] if index < len(row) else ""
            parsed = read_consent(cell)
            if parsed is None:
                shown = cell if len(cell) <= 40 else cell[:40] + "…"
                problems.append(FieldError(name, f"{header} = {shown!r} is not a yes or a no.",
                                           code="consent_value"))
                given[name], answered[name], wording[name] = False, False, ""
                continue
            given[name], answered[name] = parsed
            key = (header, cell.strip())
            text = self.wording_cache.get(key)
            if text is None:  # one string per distinct answer, not one per row
                text = f"Imported from {self.file_name}: {header} = {cell.strip() or '(empty)'}"
                if not parsed[1]:
                    text += " (about the address, not an answer: no consent recorded)"
                if len(self.wording_cache) < 100:
                    self.wording_cache[key] = text
            wording[name] = text
        return given, answered, ConsentWording(email=wording["consent_email"],
                                               sms=wording["consent_sms"])


def source_label(plan: ImportPlan, sealed: bool) -> str:
    """The file named in the consent wording a sign-up keeps. A sealed sign-up keeps its wording
    in clear, and a file's name can say who is in it ("members-of-..."), so it says "a file"."""
    return "a file" if sealed else plan.path.name
