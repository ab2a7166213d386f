"""Reading a campaign pack directory (campaign.toml + Markdown files) into a CampaignPack.

Validation is strict and explains itself: every problem raises PackError naming the file, the
field as a dotted path and what is wrong. Unknown keys are errors too, because a misspelt key
would otherwise silently print the default text at the next event.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from kit.content.errors import PackError
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
)
from kit.content.urls import url_problem

PACK_FILE = "campaign.toml"

# Length limits keep every handout inside its page budget; they are generous for real text.
LIMITS = {
    "name": 60,
    "city": 60,
    "tagline": 160,
    "paragraph": 1200,
    "title": 120,
    "line": 200,
    "fact": 400,
    "label": 48,
    "consent": 240,
    "privacy": 300,
    "headline": 80,
    "intro": 600,
}
MAX_ITEMS = {
    "mission": 6,
    "platform": 5,
    "actions": 10,
    "resources": 24,
    "key": 4,
    "reading": 12,
    "background": 8,
    "facts": 10,
    "interests": 8,
}
RESOURCE_KINDS = ("link", "reading", "report", "video", "film", "audio", "organisation", "petition")
READING_KINDS = ("book", "report", "article", "chapter", "film", "website")
_TAG_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
_COLOUR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
_SLUG_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
_LANGUAGE_RE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})?")
# Unicode's control characters (category Cc: U+0000-001F and U+007F-009F, a fixed set) except
# tab, and surrogates (Cs), which no valid text holds; multi-line texts may also hold line
# breaks. One regular expression instead of unicodedata.category per character: the kiosk reads
# the pack before its first frame, and the per-character loop took ~5 ms of it.
_CONTROL_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_MULTILINE_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")

T = TypeVar("T")


class _Reader:
    """Typed access to one parsed TOML document, with the dotted path of every value."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, path: str, problem: str) -> PackError:
        return PackError(self.file, path, problem)

    def table(self, data: Any, path: str, allowed: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(path, f"must be a table, not {_type_name(data)}")
        unknown = sorted(set(data) - set(allowed))
        if unknown:
            raise self.fail(
                _join(path, unknown[0]),
                f"unknown field; expected one of: {', '.join(allowed)}",
            )
        return data

    def sub_table(
        self, data: dict[str, Any], key: str, path: str, allowed: tuple[str, ...]
    ) -> dict[str, Any]:
        full = _join(path, key)
        if key not in data:
            raise self.fail(full, "is required")
        return self.table(data[key], full, allowed)

    def text(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        *,
        limit: int,
        required: bool = True,
        default: str = "",
        multiline: bool = False,
    ) -> str:
        full = _join(path, key)
        if key not in data:
            if required:
                raise self.fail(full, "is required")
            return default
        return self.clean(data[key], full, limit=limit, required=required, multiline=multiline)

    def clean(
        self, value: Any, path: str, *, limit: int, required: bool = True, multiline: bool = False
    ) -> str:
        if not isinstance(value, str):
            raise self.fail(path, f"must be text in quotes, not {_type_name(value)}")
        control = (_CONTROL_MULTILINE_RE if multiline else _CONTROL_RE).search(value)
        if control is not None:
            raise self.fail(path, f"contains a control character (U+{ord(control[0]):04X})")
        text = " ".join(value.split())
        if required and not text:
            raise self.fail(path, "must not be empty")
        if len(text) > limit:
            raise self.fail(
                path, f"is {len(text)} characters long; at most {limit} fit on the handouts"
            )
        return text

    def flag(self, data: dict[str, Any], key: str, path: str) -> bool:
        full = _join(path, key)
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(full, f"must be true or false, not {_type_name(value)}")
        return value

    def url(self, data: dict[str, Any], key: str, path: str, *, required: bool) -> str:
        value = self.text(data, key, path, limit=500, required=required)
        if value:
            problem = url_problem(value)
            if problem:
                raise self.fail(_join(path, key), f"URL {problem}")
        return value

    def colour(self, data: dict[str, Any], key: str, path: str) -> str:
        value = self.text(data, key, path, limit=7)
        if not _COLOUR_RE.fullmatch(value):
            raise self.fail(_join(path, key), f"must be a colour like #1D4A55, not {value!r}")
        return value.upper()

    def choice(
        self, data: dict[str, Any], key: str, path: str, choices: tuple[str, ...], default: str
    ) -> str:
        value = self.text(data, key, path, limit=32, required=False, default=default)
        if value not in choices:
            raise self.fail(_join(path, key), f"must be one of: {', '.join(choices)}")
        return value

    def items(
        self,
        data: dict[str, Any],
        key: str,
        path: str,
        parse: Callable[[Any, str], T],
        *,
        limit: int,
        required: bool = True,
    ) -> tuple[T, ...]:
        full = _join(path, key)
        if key not in data:
            if required:
                raise self.fail(full, "is required")
            return ()
        value = data[key]
        if not isinstance(value, list):
            raise self.fail(full, f"must be a list, not {_type_name(value)}")
        if required and not value:
            raise self.fail(full, "must have at least one entry")
        if len(value) > limit:
            raise self.fail(full, f"has {len(value)} entries; at most {limit} fit")
        return tuple(parse(item, f"{full}[{i}]") for i, item in enumerate(value))


MAX_PACK_FILE_BYTES = 2_000_000  # a campaign.toml or a Markdown text; real ones are a few kB


def load_pack(directory: str | Path) -> CampaignPack:
    """Read and validate the campaign pack in `directory`, or raise PackError.

    Only regular files inside the pack folder are read (a symlink to ~/.ssh/id_rsa named
    mission.md must not end up printed on a flyer), none larger than MAX_PACK_FILE_BYTES, and a
    TOML nested deeper than Python's recursion limit is a PackError like any other broken pack:
    the sign-up desk goes on with its built-in texts.
    """
    directory = Path(directory)
    toml_path = directory / PACK_FILE
    try:
        raw_bytes = read_pack_file(directory, PACK_FILE)
    except FileNotFoundError:
        raise PackError(str(toml_path), "", "no campaign.toml here: not a campaign pack") from None
    except PackFileRefused as exc:
        raise PackError(str(toml_path), "", str(exc)) from None
    except OSError as exc:
        raise PackError(str(toml_path), "", f"cannot be read ({exc.strerror})") from None
    try:
        data = tomllib.loads(raw_bytes.decode("utf-8"))
        return parse_pack(data, directory, file=str(toml_path))
    except UnicodeDecodeError as exc:
        raise PackError(str(toml_path), "", f"is not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise PackError(str(toml_path), "", f"is not valid TOML: {exc}") from None
    except RecursionError:
        raise PackError(str(toml_path), "", "is nested too deeply to be a campaign pack") from None


class PackFileRefused(OSError):
    """A pack file that is not a regular file inside the pack folder, or is too large."""


# Windows: a directory junction is a link too, though os.lstat does not call it one (S_ISLNK is
# for symbolic links); Windows has no O_NOFOLLOW, so both are refused by their reparse tag.
LINK_REPARSE_TAGS = frozenset({0xA000000C, 0xA0000003})  # IO_REPARSE_TAG_SYMLINK, _MOUNT_POINT


def read_pack_file(directory: Path, name: str | PurePosixPath) -> bytes:
    """The bytes of `name` in the pack folder: a regular file, reached through no symlink (the
    file itself or a folder on the way), never larger than MAX_PACK_FILE_BYTES."""
    root = Path(directory)
    current = root
    for part in PurePosixPath(name).parts:
        current = current / part
        info = os.lstat(current)  # FileNotFoundError for a missing file, as open() would
        if stat.S_ISLNK(info.st_mode) or getattr(info, "st_reparse_tag", 0) in LINK_REPARSE_TAGS:
            raise PackFileRefused(f"{name} is a link to another place; the pack reads only "
                                  "files inside its own folder")
    if not stat.S_ISREG(info.st_mode):
        raise PackFileRefused(f"{name} is not a regular file")
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(current, flags)
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since the lstat
            raise PackFileRefused(f"{name} is not a regular file")
        data = handle.read(MAX_PACK_FILE_BYTES + 1)
    if len(data) > MAX_PACK_FILE_BYTES:
        raise PackFileRefused(f"{name} is larger than {MAX_PACK_FILE_BYTES // 1_000_000} MB")
    return data


def parse_pack(data: dict[str, Any], directory: Path, *, file: str) -> CampaignPack:
    """Validate parsed TOML `data` (Markdown files resolved against `directory`)."""
    r = _Reader(file)
    top = r.table(
        data,
        "",
        (
            "schema_version", "slug", "language", "organisation", "resources", "reading",
            "background", "facts", "interests", "consent", "privacy", "handouts",
            "translations",
        ),
    )
    version = top.get("schema_version")
    if version is None:
        raise r.fail("schema_version", "is required (schema_version = 1)")
    if not isinstance(version, int) or isinstance(version, bool):
        raise r.fail("schema_version", f"must be a whole number, not {_type_name(version)}")
    if version != SCHEMA_VERSION:
        raise r.fail(
            "schema_version",
            f"is {version}; this version of Outreach Kit reads schema {SCHEMA_VERSION}",
        )
    slug = r.text(top, "slug", "", limit=64)
    if not _SLUG_RE.fullmatch(slug):
        raise r.fail("slug", "must be lower-case letters, digits and hyphens")
    language = r.text(top, "language", "", limit=16, required=False, default="en")

    organisation = _organisation(r, top, directory)

    resources = r.items(top, "resources", "", lambda v, p: _resource(r, v, p),
                        limit=MAX_ITEMS["resources"])
    key_count = sum(1 for res in resources if res.key)
    if key_count > MAX_ITEMS["key"]:
        raise r.fail("resources", f"{key_count} are marked key; the flyer has room for "
                     f"{MAX_ITEMS['key']}")
    reading = r.items(top, "reading", "", lambda v, p: _reading(r, v, p),
                      limit=MAX_ITEMS["reading"], required=False)
    background = _background(r, top, directory)
    facts = r.items(top, "facts", "", lambda v, p: _fact(r, v, p), limit=MAX_ITEMS["facts"])
    interests = r.items(top, "interests", "", lambda v, p: _interest(r, v, p),
                        limit=MAX_ITEMS["interests"])
    tags = [i.tag for i in interests]
    for index, tag in enumerate(tags):
        if tag in tags[:index]:
            raise r.fail(f"interests[{index}].tag", f"{tag!r} is used twice")
    consent_table = r.sub_table(top, "consent", "", ("email", "sms"))
    consent = Consent(
        email=r.text(consent_table, "email", "consent", limit=LIMITS["consent"]),
        sms=r.text(consent_table, "sms", "consent", limit=LIMITS["consent"]),
    )
    privacy = _privacy(r, top, "")
    handouts = _handouts(r, top)
    translations = _translations(r, top, language, tags, organisation)
    return CampaignPack(
        slug=slug,
        organisation=organisation,
        resources=resources,
        reading=reading,
        background=background,
        facts=facts,
        interests=interests,
        consent=consent,
        handouts=handouts,
        language=language,
        schema_version=version,
        translations=translations,
        privacy=privacy,
        directory=str(directory),
    )


def _organisation(r: _Reader, top: dict[str, Any], directory: Path) -> Organisation:
    path = "organisation"
    org = r.sub_table(
        top, "organisation", "",
        ("name", "city", "tagline", "mission", "mission_file", "platform", "actions_intro",
         "actions", "colours", "logo", "contact", "actions_short", "actions_intro_short"),
    )
    mission = _long_text(r, org, "mission", path, directory, limit=MAX_ITEMS["mission"])
    platform = r.items(org, "platform", path, lambda v, p: _platform_point(r, v, p),
                       limit=MAX_ITEMS["platform"])
    actions = r.items(
        org, "actions", path,
        lambda v, p: r.clean(v, p, limit=LIMITS["title"]),
        limit=MAX_ITEMS["actions"],
    )
    # [organisation.actions_short] maps an action, word for word, to its short form. A short
    # form whose action was since edited or removed is kept (saving writes it back) but unused.
    raw_shorts = org.get("actions_short", {})
    shorts_table = r.table(raw_shorts, f"{path}.actions_short",
                           tuple(raw_shorts) if isinstance(raw_shorts, dict) else ())
    if len(shorts_table) > 2 * MAX_ITEMS["actions"]:
        raise r.fail(f"{path}.actions_short", f"has more than {2 * MAX_ITEMS['actions']} entries")
    actions_short = tuple(
        (r.clean(action, f"{path}.actions_short", limit=LIMITS["title"]),
         r.clean(short, f"{path}.actions_short.{action}", limit=LIMITS["label"] * 2))
        for action, short in shorts_table.items()
    )
    colours_table = r.sub_table(org, "colours", path, ("primary", "accent"))
    colours = Colours(
        primary=r.colour(colours_table, "primary", f"{path}.colours"),
        accent=r.colour(colours_table, "accent", f"{path}.colours"),
    )
    logo = r.text(org, "logo", path, limit=200, required=False)
    if logo:
        _check_relative_file(r, logo, f"{path}.logo", directory, (".png", ".jpg", ".jpeg"))
    contact_table = org.get("contact", {})
    contact_table = r.table(contact_table, f"{path}.contact", ("website", "email", "social",
                                                               "meeting", "signup"))
    cpath = f"{path}.contact"
    contact = ContactDetails(
        website=r.url(contact_table, "website", cpath, required=False),
        email=r.text(contact_table, "email", cpath, limit=LIMITS["label"] * 2, required=False),
        social=r.text(contact_table, "social", cpath, limit=LIMITS["line"], required=False),
        meeting=r.text(contact_table, "meeting", cpath, limit=LIMITS["line"], required=False),
        signup=r.url(contact_table, "signup", cpath, required=False),
    )
    if contact.email and ("@" not in contact.email or " " in contact.email):
        raise r.fail(f"{cpath}.email", "must be an email address like info@example.org")
    return Organisation(
        name=r.text(org, "name", path, limit=LIMITS["name"]),
        city=r.text(org, "city", path, limit=LIMITS["city"], required=False),
        tagline=r.text(org, "tagline", path, limit=LIMITS["tagline"], required=False),
        mission=mission,
        platform=platform,
        actions_intro=r.text(org, "actions_intro", path, limit=LIMITS["intro"], required=False),
        actions=actions,
        colours=colours,
        logo=logo,
        contact=contact,
        actions_short=actions_short,
        actions_intro_short=r.text(org, "actions_intro_short", path, limit=LIMITS["tagline"],
                                   required=False),
    )


def _platform_point(r: _Reader, value: Any, path: str) -> PlatformPoint:
    table = r.table(value, path, ("title", "text", "short"))
    return PlatformPoint(
        title=r.text(table, "title", path, limit=LIMITS["title"]),
        text=r.text(table, "text", path, limit=LIMITS["intro"] + 200, multiline=True),
        short=r.text(table, "short", path, limit=LIMITS["tagline"], required=False),
    )


def _resource(r: _Reader, value: Any, path: str) -> Resource:
    table = r.table(value, path, ("title", "url", "kind", "description", "short_url", "key",
                                  "ours", "short_title"))
    return Resource(
        title=r.text(table, "title", path, limit=LIMITS["title"]),
        url=r.url(table, "url", path, required=True),
        kind=r.choice(table, "kind", path, RESOURCE_KINDS, "link"),
        description=r.text(table, "description", path, limit=LIMITS["line"], required=False),
        short_url=r.url(table, "short_url", path, required=False),
        key=r.flag(table, "key", path),
        ours=r.flag(table, "ours", path),
        short_title=r.text(table, "short_title", path, limit=LIMITS["label"], required=False),
    )


def _reading(r: _Reader, value: Any, path: str) -> ReadingItem:
    table = r.table(value, path, ("title", "authors", "year", "publisher", "url", "kind"))
    return ReadingItem(
        title=r.text(table, "title", path, limit=LIMITS["line"]),
        authors=r.text(table, "authors", path, limit=LIMITS["line"], required=False),
        year=r.text(table, "year", path, limit=20, required=False),
        publisher=r.text(table, "publisher", path, limit=LIMITS["title"], required=False),
        url=r.url(table, "url", path, required=False),
        kind=r.choice(table, "kind", path, READING_KINDS, "book"),
    )


def _background(r: _Reader, top: dict[str, Any], directory: Path) -> Background:
    table = r.sub_table(top, "background", "", ("text", "text_file", "source", "source_url"))
    paragraphs = _long_text(r, table, "text", "background", directory,
                            limit=MAX_ITEMS["background"])
    return Background(
        paragraphs=paragraphs,
        source=r.text(table, "source", "background", limit=LIMITS["line"], required=False),
        source_url=r.url(table, "source_url", "background", required=False),
    )


def _fact(r: _Reader, value: Any, path: str) -> Fact:
    table = r.table(value, path, ("text", "source", "source_url", "source_note"))
    return Fact(
        text=r.text(table, "text", path, limit=LIMITS["fact"], multiline=True),
        source=r.text(table, "source", path, limit=LIMITS["line"]),
        source_url=r.url(table, "source_url", path, required=False),
        source_note=r.text(table, "source_note", path, limit=LIMITS["line"], required=False),
    )


def tag_problem(tag: str) -> str | None:
    """What is wrong with `tag` as an interest tag, or None; the Content tab derives new tags
    from labels and checks them with this same rule before the pack is written."""
    if not _TAG_RE.fullmatch(tag):
        return "must be lower-case letters, digits, - or _ (like reading-group)"
    return None


def _privacy(r: _Reader, data: dict[str, Any], path: str) -> str:
    """The optional `[privacy]` table's `notice`: who sees a sign-up, where it goes, how to be
    removed. Optional, so packs written before it existed still load."""
    if "privacy" not in data:
        return ""
    table = r.table(data["privacy"], _join(path, "privacy"), ("notice",))
    return r.text(table, "notice", _join(path, "privacy"), limit=LIMITS["privacy"], required=False)


def _interest(r: _Reader, value: Any, path: str) -> Interest:
    table = r.table(value, path, ("tag", "label"))
    tag = r.text(table, "tag", path, limit=32)
    problem = tag_problem(tag)
    if problem:
        raise r.fail(f"{path}.tag", problem)
    return Interest(tag=tag, label=r.text(table, "label", path, limit=LIMITS["label"]))


def _translations(
    r: _Reader, top: dict[str, Any], own_language: str, tags: list[str],
    organisation: Organisation,
) -> tuple[PackTranslation, ...]:
    """`[translations.<code>]` tables: consent sentences and interest labels per language, and
    the words of the printed handouts (see _handout_words)."""
    if "translations" not in top:
        return ()
    table = top["translations"]
    if not isinstance(table, dict):
        raise r.fail("translations", f"must be a table, not {_type_name(table)}")
    result = []
    for code, value in table.items():
        path = f"translations.{code}"
        if not _LANGUAGE_RE.fullmatch(code):
            raise r.fail(path, "must be a language code like es, ur or pt-BR")
        if code == own_language:
            raise r.fail(path, f"is the pack's own language ({own_language}); edit the texts "
                         "above instead")
        entry = r.table(value, path, ("reviewed", "note", "consent", "interests", "privacy",
                                      "handouts", "organisation", "labels"))
        consent = None
        if "consent" in entry:
            consent_table = r.table(entry["consent"], f"{path}.consent", ("email", "sms"))
            consent = Consent(
                email=r.text(consent_table, "email", f"{path}.consent", limit=LIMITS["consent"]),
                sms=r.text(consent_table, "sms", f"{path}.consent", limit=LIMITS["consent"]),
            )
        labels = r.table(entry.get("interests", {}), f"{path}.interests", tuple(tags))
        interests = tuple(
            Interest(tag, r.clean(label, f"{path}.interests.{tag}", limit=LIMITS["label"]))
            for tag, label in labels.items()
        )
        result.append(PackTranslation(
            language=code,
            consent=consent,
            interests=interests,
            reviewed=r.flag(entry, "reviewed", path),
            note=r.text(entry, "note", path, limit=LIMITS["line"], required=False),
            privacy=_privacy(r, entry, path),
            handouts=_handout_words(r, entry, path, organisation),
        ))
    return tuple(result)


HANDOUT_TEXT_FIELDS = ("headline", "subheadline", "intro", "call_to_action", "footer")


def _handout_texts(r: _Reader, h: dict[str, Any], path: str, *, required: bool) -> HandoutText:
    return HandoutText(
        headline=r.text(h, "headline", path, limit=LIMITS["headline"], required=required),
        subheadline=r.text(h, "subheadline", path, limit=LIMITS["tagline"], required=False),
        intro=r.text(h, "intro", path, limit=LIMITS["intro"], required=False, multiline=True),
        call_to_action=r.text(h, "call_to_action", path, limit=LIMITS["line"], required=False),
        footer=r.text(h, "footer", path, limit=LIMITS["line"], required=False),
    )


def _handout_words(
    r: _Reader, entry: dict[str, Any], path: str, organisation: Organisation
) -> HandoutWords | None:
    """A translation's handout words: `handouts.<name>` texts, `organisation` texts (tagline,
    mission, platform, actions) and `labels` (the handouts' headings). Every field is optional:
    what is left out prints as the pack has it. None when the translation has none of them."""
    if not any(key in entry for key in ("handouts", "organisation", "labels")):
        return None
    texts = []
    if "handouts" in entry:
        table = r.table(entry["handouts"], f"{path}.handouts", HANDOUT_KEYS)
        for key, value in table.items():
            hpath = f"{path}.handouts.{key}"
            texts.append((key, _handout_texts(r, r.table(value, hpath, HANDOUT_TEXT_FIELDS),
                                              hpath, required=False)))
    opath = f"{path}.organisation"
    org = r.table(entry.get("organisation", {}), opath,
                  ("tagline", "mission", "actions_intro", "actions_intro_short", "actions",
                   "platform"))
    mission: tuple[str, ...] = ()
    if "mission" in org:
        mission = _long_text(r, org, "mission", opath, Path("."), limit=MAX_ITEMS["mission"])
    actions = r.items(org, "actions", opath, lambda v, p: r.clean(v, p, limit=LIMITS["title"]),
                      limit=MAX_ITEMS["actions"], required=False)
    if actions and len(actions) != len(organisation.actions):
        raise r.fail(f"{opath}.actions", f"has {len(actions)} entries; give all "
                     f"{len(organisation.actions)} actions of organisation.actions, in order")
    platform = r.items(org, "platform", opath, lambda v, p: _translated_point(r, v, p),
                       limit=MAX_ITEMS["platform"], required=False)
    if platform and len(platform) != len(organisation.platform):
        raise r.fail(f"{opath}.platform", f"has {len(platform)} entries; give one for each of "
                     f"the {len(organisation.platform)} points of organisation.platform, in "
                     "order (an empty table {} keeps a point as it is)")
    labels = r.table(entry.get("labels", {}), f"{path}.labels", tuple(HANDOUT_LABELS))
    return HandoutWords(
        texts=tuple(texts),
        tagline=r.text(org, "tagline", opath, limit=LIMITS["tagline"], required=False),
        mission=mission,
        actions_intro=r.text(org, "actions_intro", opath, limit=LIMITS["intro"],
                             required=False),
        actions_intro_short=r.text(org, "actions_intro_short", opath, limit=LIMITS["tagline"],
                                   required=False),
        actions=actions,
        platform=platform,
        labels=tuple(
            (key, r.clean(label, f"{path}.labels.{key}", limit=LIMITS["headline"]))
            for key, label in labels.items()
        ),
    )


def _translated_point(r: _Reader, value: Any, path: str) -> PlatformPoint:
    table = r.table(value, path, ("title", "text", "short"))
    return PlatformPoint(
        title=r.text(table, "title", path, limit=LIMITS["title"], required=False),
        text=r.text(table, "text", path, limit=LIMITS["intro"] + 200, required=False,
                    multiline=True),
        short=r.text(table, "short", path, limit=LIMITS["tagline"], required=False),
    )


def _handouts(r: _Reader, top: dict[str, Any]) -> HandoutTexts:
    table = r.sub_table(top, "handouts", "", HANDOUT_KEYS)
    texts = {}
    for key in HANDOUT_KEYS:
        path = f"handouts.{key}"
        h = r.sub_table(table, key, "handouts", HANDOUT_TEXT_FIELDS)
        texts[key] = _handout_texts(r, h, path, required=True)
    return HandoutTexts(**texts)


def _long_text(
    r: _Reader, table: dict[str, Any], key: str, path: str, directory: Path, *, limit: int
) -> tuple[str, ...]:
    """Paragraphs from `key` (a string) or `key_file` (a Markdown file beside the TOML)."""
    file_key = f"{key}_file"
    if key in table and file_key in table:
        raise r.fail(_join(path, file_key), f"give either {key} or {file_key}, not both")
    if file_key in table:
        name = r.text(table, file_key, path, limit=200)
        md_path = _check_relative_file(r, name, _join(path, file_key), directory, (".md",))
        try:
            source = read_pack_file(directory, PurePosixPath(name)).decode("utf-8")
        except PackFileRefused as exc:
            raise PackError(str(md_path), "", str(exc)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(str(md_path), "", f"cannot be read as UTF-8 text ({exc})") from None
        reader, field_path = _Reader(str(md_path)), "paragraph"
    elif key in table:
        source = table[key]
        if not isinstance(source, str):
            raise r.fail(_join(path, key), f"must be text in quotes, not {_type_name(source)}")
        reader, field_path = r, _join(path, key)
    else:
        raise r.fail(_join(path, key), f"is required (or {file_key} = \"name.md\")")
    blocks = [b for b in re.split(r"\n[ \t\r]*\n", source.replace("\r\n", "\n")) if b.strip()]
    paragraphs = []
    for index, block in enumerate(blocks):
        # A Markdown heading line is not a paragraph of the body text.
        lines = [ln for ln in block.split("\n") if not ln.lstrip().startswith("#")]
        if not "".join(lines).strip():
            continue
        where = f"{field_path}[{index}]" if reader is r else f"{field_path} {index + 1}"
        text = reader.clean("\n".join(lines), where, limit=LIMITS["paragraph"], multiline=True)
        # A leading backslash escapes a paragraph that starts with # (see storage._markdown).
        if text.startswith("\\"):
            text = text[1:].lstrip()
        if text:
            paragraphs.append(text)
    if not paragraphs:
        raise reader.fail(field_path, "has no text")
    if len(paragraphs) > limit:
        raise reader.fail(field_path, f"has {len(paragraphs)} paragraphs; at most {limit} fit")
    return tuple(paragraphs)


def _check_relative_file(
    r: _Reader, name: str, path: str, directory: Path, suffixes: tuple[str, ...]
) -> Path:
    pure = PurePosixPath(name)
    if pure.is_absolute() or ".." in pure.parts or "\\" in name:
        raise r.fail(path, "must be a file name inside the pack folder")
    if pure.suffix.lower() not in suffixes:
        raise r.fail(path, f"must end in {' or '.join(suffixes)}")
    full = directory / pure
    try:
        info = os.lstat(full)
    except OSError:
        raise r.fail(path, f"names {name!r}, which is not in the pack folder") from None
    if stat.S_ISLNK(info.st_mode) or any(
            (directory / parent).is_symlink() for parent in list(pure.parents)[:-1]):
        raise r.fail(path, f"names {name!r}, a link to another place; the pack reads only "
                     "files inside its own folder")
    if not stat.S_ISREG(info.st_mode):
        raise r.fail(path, f"names {name!r}, which is not a regular file in the pack folder")
    return full


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, str):
        return "text"
    return type(value).__name__
