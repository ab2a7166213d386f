"""The open kit: paths, store, settings and clock, passed to every service call."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from kit.content import CampaignPack, PackError, load_user_pack
from kit.domain.signup import DEFAULT_INTERESTS, ConsentWording
from kit.paths import Paths, resolve_paths
from kit.services.settings import Settings
from kit.store.database import Store, open_store
from kit.store.database import StoreDamaged as StoreDamaged  # open_kit raises it; the UI catches it

log = logging.getLogger(__name__)

# The setting that holds protected mode's key ring (kit.services.protection writes it); its
# presence is what "protected" means.
PROTECTION_KEYS_SETTING = "protection_keys"


def system_clock() -> dt.datetime:
    """Local wall-clock time, aware."""
    return dt.datetime.now().astimezone()


@dataclass
class Kit:
    """Everything a use-case needs, created once per process (GUI or CLI command)."""

    paths: Paths
    store: Store
    clock: Callable[[], dt.datetime] = system_clock
    settings: Settings = field(init=False)
    pack_problem: str = field(default="", init=False)
    _pack: CampaignPack | None = field(default=None, init=False, repr=False)
    # Protected mode's open session (private keys and opened sign-ups, in memory only); None
    # while locked or off. Owned by kit.services.protection.
    protection: Any = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.settings = Settings(self.store)

    def pack(self) -> CampaignPack | None:
        """The data dir's campaign pack (installed from the default on first use).

        A broken pack must not stop the sign-up desk: the form falls back to the built-in
        interests and consent wording, and `pack_problem` says what is wrong.
        """
        if self._pack is None and not self.pack_problem:
            try:
                self._pack = load_user_pack(self.paths.data_dir)
            except (PackError, OSError) as error:
                self.pack_problem = str(error)
                log.warning("The campaign pack cannot be used: %s", error)
            except Exception as error:  # any other way a pack breaks must not stop the desk
                self.pack_problem = (f"{self.paths.campaign / 'campaign.toml'}: cannot be used "
                                     f"({type(error).__name__}: {error})")
                log.warning("The campaign pack cannot be used", exc_info=True)
        return self._pack

    def reload_pack(self) -> CampaignPack | None:
        """Forget the loaded pack (after an edit or a reset) and load it again."""
        self._pack, self.pack_problem = None, ""
        return self.pack()

    @property
    def region(self) -> str:
        return str(self.settings.get("region") or "US")

    def interests(self, language: str = "") -> tuple[tuple[str, str], ...]:
        """(tag, label) pairs offered on the sign-up form, labelled in `language` where the
        pack translates them (tags never change with the language)."""
        pack = self.pack()
        if pack is None or not pack.interests:
            return DEFAULT_INTERESTS
        interests = pack.interests_in(language) if language else pack.interests
        return tuple((interest.tag, interest.label) for interest in interests)

    def consent_wording(self) -> ConsentWording:
        """The consent sentences the form shows and every sign-up records."""
        pack = self.pack()
        if pack is None:
            return ConsentWording()
        return ConsentWording(email=pack.consent.email, sms=pack.consent.sms)

    def consent_wording_in(self, language: str) -> ConsentWording:
        """The consent sentences in `language` where the pack translates them; otherwise the
        pack's own (`consent_wording()`), which is then exactly what the form shows."""
        pack = self.pack()
        translation = pack.translation(language) if pack is not None else None
        if translation is None or translation.consent is None:
            return self.consent_wording()
        return ConsentWording(email=translation.consent.email, sms=translation.consent.sms)

    def is_protected(self) -> bool:
        """Protected mode is on: sign-ups are sealed (whether or not the kit is unlocked)."""
        return self.settings.get(PROTECTION_KEYS_SETTING) is not None

    def organisation_name(self) -> str:
        pack = self.pack()
        return pack.organisation.name if pack is not None else ""

    def close(self) -> None:
        self.protection = None  # drop the keys and the opened sign-ups with the kit
        self.store.close()


def open_kit(
    where: Paths | str | os.PathLike[str] | None = None,
    *,
    clock: Callable[[], dt.datetime] | None = None,
) -> Kit:
    """Open (creating if needed) the kit at `where` (Paths or a data dir), or the default one."""
    paths = where if isinstance(where, Paths) else resolve_paths(where)
    store = open_store(paths)
    kit = Kit(paths=paths, store=store, clock=clock or system_clock)
    if kit.is_protected():
        from kit.logsetup import use_coarse_times

        use_coarse_times()  # the log keeps nothing finer than the sealed rows (quarter hours)
    return kit
