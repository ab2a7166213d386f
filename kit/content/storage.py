"""Where packs live: the read-only default in assets/, the editable copy in the data dir.

The app copies the default pack into `<data_dir>/campaign/` on first run and edits only that
copy; `reset_pack` puts the default back and keeps the edited copy aside, so nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

from kit.atomic_file import write_atomic
from kit.content.errors import PackError
from kit.content.loader import PACK_FILE, load_pack
from kit.content.model import CampaignPack, PackTranslation
from kit.content.toml_writer import dumps
from kit.paths import tighten_tree

log = logging.getLogger(__name__)

DEFAULT_SLUG = "solidarity-kashmir"
PACK_DIR_NAME = "campaign"
MISSION_FILE = "mission.md"
BACKGROUND_FILE = "background.md"


def assets_dir() -> Path:
    """The read-only assets folder, in a source checkout or a PyInstaller bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "assets"
    # kit/content/storage.py -> repository root is two levels above the package.
    return Path(__file__).resolve().parent.parent.parent / "assets"


def default_pack_dir(slug: str = DEFAULT_SLUG) -> Path:
    """The folder of a pack shipped with the app (`assets/campaigns/<slug>`)."""
    return assets_dir() / "campaigns" / slug


def user_pack_dir(data_dir: str | Path) -> Path:
    """The editable pack folder inside a data dir."""
    return Path(data_dir) / PACK_DIR_NAME


def install_pack(data_dir: str | Path, slug: str = DEFAULT_SLUG) -> Path:
    """Copy the shipped pack into `<data_dir>/campaign/` unless one is already there.

    Returns the pack folder. An existing folder is never touched, so edits survive upgrades.
    """
    target = user_pack_dir(data_dir)
    if (target / PACK_FILE).exists():
        return target
    source = default_pack_dir(slug)
    if not (source / PACK_FILE).is_file():
        raise PackError(str(source / PACK_FILE), "", f"no shipped pack named {slug!r}")
    target.parent.mkdir(parents=True, exist_ok=True)
    # Copy next to the target, then rename: a crash never leaves a half-copied pack.
    staging = Path(tempfile.mkdtemp(prefix=".campaign-", dir=target.parent))
    try:
        shutil.copytree(source, staging, dirs_exist_ok=True)
        if target.exists():  # an empty or broken folder without campaign.toml
            target.rename(_aside_name(target, "incomplete"))
        staging.rename(target)
        tighten_tree(target)  # copytree copied the shipped files' modes (world-readable)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    log.info("installed campaign pack %s into %s", slug, target)
    return target


def reset_pack(data_dir: str | Path, slug: str = DEFAULT_SLUG) -> Path:
    """Restore the shipped pack; the edited one is kept as `campaign.<timestamp>` beside it.

    Returns the folder the old pack was moved to, or the pack folder if there was none.
    """
    target = user_pack_dir(data_dir)
    aside = target
    if target.exists():
        aside = _aside_name(target, "backup")
        target.rename(aside)
        log.info("kept the edited campaign pack as %s", aside)
    install_pack(data_dir, slug)
    return aside


def save_pack(pack: CampaignPack, directory: str | Path) -> Path:
    """Write `pack` as campaign.toml + mission.md + background.md into `directory`.

    Each file is written to a temporary file and moved into place with os.replace, so a crash
    leaves either the old or the new file, never half of one. A logo file is copied along
    when the pack came from another folder.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    logo = pack.logo_path()
    if logo is not None and logo.is_file() and logo.resolve() != (
        directory / pack.organisation.logo
    ).resolve():
        (directory / pack.organisation.logo).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(logo, directory / pack.organisation.logo)
    _write_atomic(directory / MISSION_FILE, _markdown(pack.organisation.mission))
    _write_atomic(directory / BACKGROUND_FILE, _markdown(pack.background.paragraphs))
    _write_atomic(directory / PACK_FILE, pack_to_toml(pack))
    return directory


def pack_to_toml(pack: CampaignPack) -> str:
    """The campaign.toml text for `pack`, long texts referring to the Markdown files."""
    org = pack.organisation
    document: dict[str, Any] = {
        "schema_version": pack.schema_version,
        "slug": pack.slug,
        "language": pack.language,
        "organisation": {
            "name": org.name,
            "city": org.city,
            "tagline": org.tagline,
            "mission_file": MISSION_FILE,
            "actions_intro": org.actions_intro,
            "actions": list(org.actions),
            "actions_intro_short": org.actions_intro_short,
            "actions_short": dict(org.actions_short),
            "logo": org.logo,
            "colours": asdict(org.colours),
            "contact": asdict(org.contact),
            "platform": [asdict(p) for p in org.platform],
        },
        "background": {
            "text_file": BACKGROUND_FILE,
            "source": pack.background.source,
            "source_url": pack.background.source_url,
        },
        "facts": [asdict(f) for f in pack.facts],
        "resources": [asdict(r) for r in pack.resources],
        "reading": [asdict(r) for r in pack.reading],
        "interests": [asdict(i) for i in pack.interests],
        "consent": asdict(pack.consent),
        "privacy": {"notice": pack.privacy},
        "handouts": {
            name: asdict(getattr(pack.handouts, name))
            for name in ("flyer", "factsheet", "resources", "qr_cards", "signup_sheet")
        },
    }
    if pack.translations:
        document["translations"] = {t.language: _translation_table(t) for t in pack.translations}
    if not pack.reading:
        del document["reading"]  # an empty array of tables cannot be written as [[reading]]
    header = (
        "# Outreach Kit campaign pack. Edit the text between quotes; keep the field names.\n"
        "# Long texts live in mission.md and background.md (blank line = new paragraph).\n\n"
    )
    return header + dumps(document)


def _translation_table(translation: PackTranslation) -> dict[str, Any]:
    table: dict[str, Any] = {"reviewed": translation.reviewed}
    if translation.note:
        table["note"] = translation.note
    if translation.consent is not None:
        table["consent"] = asdict(translation.consent)
    if translation.interests:
        table["interests"] = {i.tag: i.label for i in translation.interests}
    if translation.privacy:
        table["privacy"] = {"notice": translation.privacy}
    words = translation.handouts
    if words is not None:
        handouts = {key: {k: v for k, v in asdict(text).items() if v} for key, text in words.texts}
        if handouts:
            table["handouts"] = handouts
        org: dict[str, Any] = {
            "tagline": words.tagline,
            "mission": "\n\n".join(words.mission),
            "actions_intro": words.actions_intro,
            "actions_intro_short": words.actions_intro_short,
            "actions": list(words.actions),
            "platform": [{k: v for k, v in asdict(p).items() if v} for p in words.platform],
        }
        org = {k: v for k, v in org.items() if v}
        if org:
            table["organisation"] = org
        if words.labels:
            table["labels"] = dict(words.labels)
        if not (handouts or org or words.labels):
            table["labels"] = {}  # keeps the language among the handouts' languages
    return table


def _markdown(paragraphs: tuple[str, ...]) -> str:
    # A paragraph starting with # would read back as a heading: escape it with a backslash.
    escaped = ["\\" + p if p.startswith(("#", "\\")) else p for p in paragraphs]
    return "\n\n".join(escaped) + "\n"


def _write_atomic(path: Path, text: str) -> None:
    write_atomic(path, text)


def _aside_name(target: Path, label: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.name}.{label}-{stamp}")
    counter = 1
    while candidate.exists():
        candidate = target.with_name(f"{target.name}.{label}-{stamp}-{counter}")
        counter += 1
    return candidate


def load_user_pack(data_dir: str | Path, slug: str = DEFAULT_SLUG) -> CampaignPack:
    """Install the default pack if needed, then load the data dir's pack."""
    return load_pack(install_pack(data_dir, slug))
