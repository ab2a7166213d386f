"""Campaign packs: loading, validating, installing and saving the content the handouts print.

A pack is `campaign.toml` (+ Markdown for long texts) in a folder; see `loader` for the format.
"""

from __future__ import annotations

from kit.content.errors import PackError
from kit.content.loader import PACK_FILE, load_pack
from kit.content.model import (
    HANDOUT_KEYS,
    HANDOUT_LABELS,
    SCHEMA_VERSION,
    Background,
    CampaignPack,
    Colours,
    Consent,
    ContactDetails,
    Fact,
    HandoutText,
    HandoutTexts,
    HandoutWords,
    Interest,
    Organisation,
    PackTranslation,
    PlatformPoint,
    ReadingItem,
    Resource,
    display_url,
    missing_contact_fields,
)
from kit.content.storage import (
    DEFAULT_SLUG,
    assets_dir,
    default_pack_dir,
    install_pack,
    load_user_pack,
    pack_to_toml,
    reset_pack,
    save_pack,
    user_pack_dir,
)
from kit.content.urls import is_valid_url, url_problem

__all__ = [
    "DEFAULT_SLUG",
    "HANDOUT_KEYS",
    "HANDOUT_LABELS",
    "PACK_FILE",
    "SCHEMA_VERSION",
    "Background",
    "CampaignPack",
    "Colours",
    "Consent",
    "ContactDetails",
    "Fact",
    "HandoutText",
    "HandoutTexts",
    "HandoutWords",
    "Interest",
    "Organisation",
    "PackError",
    "PackTranslation",
    "PlatformPoint",
    "ReadingItem",
    "Resource",
    "assets_dir",
    "default_pack_dir",
    "display_url",
    "install_pack",
    "is_valid_url",
    "load_pack",
    "load_user_pack",
    "missing_contact_fields",
    "pack_to_toml",
    "reset_pack",
    "save_pack",
    "url_problem",
    "user_pack_dir",
]
