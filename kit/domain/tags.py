"""The one rule for naming tags, shared by every sync target and every CSV preset.

A CRM sees an event as a tag; the sync and the upload files must name it the same way, or one
event becomes two tags at the service (issue 12).
"""

from __future__ import annotations

import datetime as dt
import re

_COMMA = re.compile(r"\s*,\s*")
_SPACES = re.compile(r"\s+")


def clean_tag(text: str) -> str:
    """A tag as services take it: one line, no commas, single spaces.

    Mailchimp and NationBuilder split tag lists on commas, so a comma inside one tag would make
    two; a space keeps it one readable tag.
    """
    return _SPACES.sub(" ", _COMMA.sub(" ", text)).strip()


def event_tag(name: str, date: dt.date | None) -> str:
    """How an event reads as a tag or a cell: its name, and its date when it has one.

    The date keeps a weekly market's sign-ups apart at the service.
    """
    label = f"{name} ({date.isoformat()})" if date else name
    return clean_tag(label)
