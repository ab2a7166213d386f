"""What a target may hold for a person: their LATEST consent answers, with enough history to
say it right (issue 12).

Every sign-up keeps the answer given that day, but a target gets the person's latest answer on
every request, whichever of their sign-ups is being sent, so a re-sent older sign-up never
carries its own older "yes". Pure: the store and the vault feed it the answers in the order
they were given.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class ChannelConsent:
    """One channel (email or texts) of one person, as a sync target needs to know it."""

    latest: bool
    """The latest answer: the newest sign-up's, or a coordinator's edit since."""
    ever_yes: bool
    """They said yes at least once: they may exist at a mailing list, so a later "no" is sent
    as an unsubscribe. Someone who never said yes is never created there."""
    resumed: bool = False
    """Yes again after a "no" that followed a yes: the target (which this kit told
    "unsubscribed") must be told "subscribed" explicitly."""
    wording: str = ""
    """The wording shown when the latest answer was given ("" when it came from an edit)."""
    answered_at: dt.datetime | None = None
    """When the latest answer was given (None when it came from an edit)."""

    @property
    def withdrawn(self) -> bool:
        """A "no" after a "yes": the target must end with this person unsubscribed."""
        return self.ever_yes and not self.latest


def channel_consent(answers: Iterable[tuple[bool, str, dt.datetime]], latest: bool
                    ) -> ChannelConsent:
    """The channel's state from its answers (granted, wording, time), oldest first, and the
    latest answer (which an edit or an import that did not ask may have set apart from them)."""
    said_yes = dropped = False
    wording, answered_at = "", None
    for granted, text, when in answers:
        if not granted and not text.strip():
            continue  # not asked (a file without a consent column): not a "no"
        if granted:
            said_yes = True
        elif said_yes:
            dropped = True
        if granted == latest:
            wording, answered_at = text, when
    return ChannelConsent(latest=latest, ever_yes=latest or said_yes,
                          resumed=latest and dropped, wording=wording, answered_at=answered_at)
