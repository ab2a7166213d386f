"""First-run set-up, the use-cases behind the guided flow (kit.ui.shell.first_run): where the table
is, the group's own contact details (saved by kit.services.campaign, as the Handouts tab saves
them), a kiosk PIN and protection, each stored as soon as the volunteer passes its step (nothing
typed and acknowledged is lost).

The flow is shown while the kit has no event, and, once started, until it is finished: the
setting `first_run` is "started" from the first stored step to the end, so quitting half-way
brings the remaining steps back on the next start. Kits that existed before the flow never have
the setting and are never asked again.
"""

from __future__ import annotations

import logging

from kit.content.model import ContactDetails
from kit.services.events import active_event_heading
from kit.services.kit import Kit

log = logging.getLogger(__name__)

FIRST_RUN_SETTING = "first_run"


def first_run_pending(kit: Kit) -> bool:
    """True while set-up should be shown: no event yet, or a set-up started and not finished.
    (The kiosk asks at every refresh: no sign-up count.)"""
    return active_event_heading(kit) is None or kit.settings.get(FIRST_RUN_SETTING) == "started"


def mark_started(kit: Kit) -> None:
    kit.settings.set(FIRST_RUN_SETTING, "started")


def mark_finished(kit: Kit) -> None:
    kit.settings.set(FIRST_RUN_SETTING, "done")
    log.info("First-run set-up finished")


def contact_details(kit: Kit) -> ContactDetails:
    """The group's contact details from the data dir's pack (empty when the pack is broken)."""
    pack = kit.pack()
    return pack.organisation.contact if pack is not None else ContactDetails()


