"""Which translations in the Qt Linguist catalogues a native speaker has not reviewed yet.

A translation written without a native speaker (a draft) still ships, so the volunteer side is
never English in the middle of Spanish or Urdu, but it carries the translator comment
`DRAFT_MARK`; a reviewer corrects the text and deletes that comment (docs/translations-review.md).
pyside6-lupdate keeps translator comments when it refreshes a catalogue, and pyside6-lrelease
compiles these texts like any other (they are not `type="unfinished"`, which would leave them
out with `-nounfinished`). Plain Python (no Qt): scripts/translations_unreviewed.py uses it.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DRAFT_MARK = "Machine/AI translation, not reviewed by a native speaker"
# Older drafts say only this much; a comment holding it counts as a draft as well.
DRAFT_WORDS = "not reviewed"


@dataclass(frozen=True)
class Message:
    """One message of a catalogue as a reviewer sees it."""

    context: str
    source: str
    translation: str
    draft: bool  # translated, not reviewed yet
    missing: bool  # no translation at all (the app shows the English source)


def messages(path: Path) -> list[Message]:
    """Every current message of the .ts file at `path` (vanished and obsolete ones left out)."""
    root = ET.parse(path).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            numerus = translation.findall("numerusform") if translation is not None else []
            text = ("\n".join(form.text or "" for form in numerus) if numerus
                    else (translation.text or "") if translation is not None else "")
            comment = message.findtext("translatorcomment") or ""
            missing = not text.strip() or kind == "unfinished"
            found.append(Message(name, message.findtext("source") or "", text,
                                 draft=not missing and DRAFT_WORDS in comment, missing=missing))
    return found


@cache
def draft_count(path: Path) -> int:
    """How many messages of the catalogue at `path` are drafts or missing (0 if unreadable)."""
    try:
        return sum(1 for message in messages(path) if message.draft or message.missing)
    except (OSError, ET.ParseError):
        return 0
