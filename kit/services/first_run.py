"""First-run set-up, the use-cases behind the guided flow (kit.ui.shell.first_run): where the table
is, the group's own contact details (saved by kit.services.campaign, as the Handouts tab saves
them), a kiosk PIN and protection, each stored as soon as the volunteer passes its step (nothing
typed and acknowledged is lost).

The flow is shown while the kit has no event, and, once started, until it is finished: the
setting `first_run` is "started" from the first stored step to the end, so quitting half-way
brings the remaining steps back on the next start. Kits that existed before the flow never have
the setting and are never asked again. Once a kiosk PIN exists, set-up shown again (at the next
start, or after the kiosk was left idle) is behind the PIN (`resuming_needs_pin`).
"""

from __future__ import annotations

import logging

from kit.content.model import ContactDetails
from kit.services.events import active_event_heading
from kit.services.kiosk_pin import KioskPin
from kit.services.kit import Kit

log = logging.getLogger(__name__)

FIRST_RUN_SETTING = "first_run"


def first_run_pending(kit: Kit) -> bool:
    """True while set-up should be shown: no event yet, or a set-up started and not finished.
    (The kiosk asks at every refresh: no sign-up count.)"""
    return active_event_heading(kit) is None or kit.settings.get(FIRST_RUN_SETTING) == "started"


def resuming_needs_pin(kit: Kit) -> bool:
    """True when set-up is to be shown and a kiosk PIN exists: then it is a screen like the
    volunteer area's (it sets the group's website, printed as a QR code on every handout, the
    kit's protection, and opens file dialogs), and only someone with the PIN may go on with it.
    A first run with no PIN yet is open to whoever is setting the laptop up."""
    return first_run_pending(kit) and KioskPin(kit.settings).is_set()


def mark_started(kit: Kit) -> None:
    kit.settings.set(FIRST_RUN_SETTING, "started")


def mark_finished(kit: Kit) -> None:
    kit.settings.set(FIRST_RUN_SETTING, "done")
    log.info("First-run set-up finished")


def contact_details(kit: Kit) -> ContactDetails:
    """The group's contact details from the data dir's pack (empty when the pack is broken)."""
    pack = kit.pack()
    return pack.organisation.contact if pack is not None else ContactDetails()


