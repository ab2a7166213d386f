"""What a kit's campaign pack and settings say the forms show: shared by the open Kit and by
the StartingKit that paints the kiosk's first frame before the store is open."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from kit.content import CampaignPack, PackError, load_user_pack
from kit.domain.signup import DEFAULT_INTERESTS, ConsentWording
from kit.paths import Paths

log = logging.getLogger(__name__)

# The setting that holds protected mode's key ring (kit.services.protection writes it); its
# presence is what "protected" means.
PROTECTION_KEYS_SETTING = "protection_keys"


class SettingsReader(Protocol):
    def get(self, key: str) -> Any: ...


class KitContent:
    """The pack (loaded once, a broken one reported, never fatal) and what it offers."""

    paths: Paths
    settings: SettingsReader
    pack_problem: str
    _pack: CampaignPack | None

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
