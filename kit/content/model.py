"""The campaign pack as frozen dataclasses: what the loader produces and the handouts consume.

Every collection is a tuple so a pack is hashable: the handout registry caches page counts per
pack, and a pack can be compared after a save/load round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

SCHEMA_VERSION = 1

# Dotted TOML paths of the contact details a group is expected to fill in.
CONTACT_FIELDS = ("website", "email", "social", "meeting")


@dataclass(frozen=True)
class Colours:
    """The group's two brand colours as #RRGGBB strings."""

    primary: str
    accent: str


@dataclass(frozen=True)
class ContactDetails:
    """How people reach the group; every field may be empty (the default pack has none)."""

    website: str = ""
    email: str = ""
    social: str = ""
    meeting: str = ""
    signup: str = ""  # an online sign-up form; the join panel's first QR code when set

    @property
    def way_in(self) -> str:
        """The URL the join panel leads with: the sign-up form, else the website, else ""."""
        return self.signup or self.website

    @property
    def has_any(self) -> bool:
        """True when at least one way to reach the group is filled in."""
        return any((self.website, self.email, self.social, self.meeting, self.signup))


@dataclass(frozen=True)
class PlatformPoint:
    """One point of the group's platform: a short title, a paragraph and its short form.

    The flyer prints `short` (a sentence or two) when the whole paragraph does not fit its one
    page; the factsheet always prints `text` in full.
    """

    title: str
    text: str
    short: str = ""

    @property
    def brief(self) -> str:
        """The short form, or the paragraph when the pack gives none."""
        return self.short or self.text


@dataclass(frozen=True)
class Organisation:
    """Who the group is and what it stands for."""

    name: str
    city: str
    tagline: str
    mission: tuple[str, ...]  # paragraphs; light Markdown (*italic*, **bold**)
    platform: tuple[PlatformPoint, ...]
    actions_intro: str
    actions: tuple[str, ...]
    colours: Colours
    logo: str = ""  # path relative to the pack directory, or empty
    contact: ContactDetails = ContactDetails()
    # The flyer's short forms: (action as written, short form) pairs, keyed by the action's
    # text so editing or deleting an action can never pair it with another's short form; and
    # the sentence introducing the actions.
    actions_short: tuple[tuple[str, str], ...] = ()
    actions_intro_short: str = ""

    def brief_actions(self) -> tuple[str, ...]:
        """Each action's short form where the pack gives one, else the action as written."""
        shorts = dict(self.actions_short)
        return tuple(shorts.get(action) or action for action in self.actions)


@dataclass(frozen=True)
class Resource:
    """An external link worth a QR code: a site, a report, a film."""

    title: str
    url: str
    kind: str = "link"
    description: str = ""
    short_url: str = ""
    key: bool = False  # shown on the flyer
    ours: bool = False  # the group's own page: listed under "From the group"
    short_title: str = ""  # for a QR code's caption, where the full title would not fit

    @property
    def caption(self) -> str:
        """The title for a caption: the short title, or the title when there is none."""
        return self.short_title or self.title

    @property
    def display_url(self) -> str:
        """The URL as printed for people to type: the short URL if given, without scheme."""
        return display_url(self.short_url or self.url)


@dataclass(frozen=True)
class ReadingItem:
    """One entry of the suggested reading; a book may have no URL."""

    title: str
    authors: str = ""
    year: str = ""
    publisher: str = ""
    url: str = ""
    kind: str = "book"


@dataclass(frozen=True)
class Fact:
    """A fact or figure, always with the source it comes from."""

    text: str
    source: str
    source_url: str = ""
    source_note: str = ""  # e.g. a document the source cites


@dataclass(frozen=True)
class Background:
    """Background paragraphs and who wrote them."""

    paragraphs: tuple[str, ...]
    source: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Interest:
    """A box on the sign-up form: a stable tag and the label people read."""

    tag: str
    label: str


@dataclass(frozen=True)
class Consent:
    """The exact consent sentences shown on the kiosk form and the paper sheet."""

    email: str
    sms: str


@dataclass(frozen=True)
class PackTranslation:
    """What attendees read on the kiosk, in one more language: consent sentences, interest labels.

    `reviewed` stays False until a native speaker has checked the text: a machine or AI
    translation of a consent sentence is a promise made in words nobody has vouched for yet.
    Missing parts fall back to the pack's own language, and the sign-up records the wording
    actually shown.
    """

    language: str
    consent: Consent | None = None
    interests: tuple[Interest, ...] = ()  # tag + label in this language
    reviewed: bool = False
    note: str = ""
    privacy: str = ""  # the privacy notice in this language ("" = the pack's own)

    def interest_label(self, tag: str) -> str | None:
        """The label of interest `tag` in this language, or None when not translated."""
        for interest in self.interests:
            if interest.tag == tag:
                return interest.label
        return None


@dataclass(frozen=True)
class HandoutText:
    """Words of one handout; empty fields are simply not printed."""

    headline: str
    subheadline: str = ""
    intro: str = ""
    call_to_action: str = ""
    footer: str = ""


@dataclass(frozen=True)
class HandoutTexts:
    """The words of each handout, keyed by handout (TOML table `handouts.<name>`)."""

    flyer: HandoutText
    factsheet: HandoutText
    resources: HandoutText
    qr_cards: HandoutText
    signup_sheet: HandoutText


@dataclass(frozen=True)
class CampaignPack:
    """A whole campaign pack: everything the handouts and the sign-up form print."""

    slug: str
    organisation: Organisation
    resources: tuple[Resource, ...]
    reading: tuple[ReadingItem, ...]
    background: Background
    facts: tuple[Fact, ...]
    interests: tuple[Interest, ...]
    consent: Consent
    handouts: HandoutTexts
    language: str = "en"
    schema_version: int = SCHEMA_VERSION
    translations: tuple[PackTranslation, ...] = ()
    # One plain line under the sign-up form: who sees the attendee's details, where they go and
    # how to be removed (`[privacy] notice`; "" in packs written before it existed).
    privacy: str = ""
    # Where the pack was loaded from (to find the logo); not part of the content.
    directory: str = field(default="", compare=False, hash=False)

    def translation(self, language: str) -> PackTranslation | None:
        """The kiosk texts in `language`, or None (the pack's own language has none)."""
        for translation in self.translations:
            if translation.language == language:
                return translation
        return None

    def consent_in(self, language: str) -> Consent:
        """The consent sentences to show in `language` (the pack's own when not translated)."""
        translation = self.translation(language)
        if translation is not None and translation.consent is not None:
            return translation.consent
        return self.consent

    def privacy_in(self, language: str) -> str:
        """The privacy notice to show in `language` (the pack's own when not translated)."""
        translation = self.translation(language)
        if translation is not None and translation.privacy:
            return translation.privacy
        return self.privacy

    def interests_in(self, language: str) -> tuple[Interest, ...]:
        """The interests with their labels in `language` where translated, else as written."""
        translation = self.translation(language)
        if translation is None:
            return self.interests
        return tuple(
            Interest(i.tag, translation.interest_label(i.tag) or i.label) for i in self.interests
        )

    def missing_contact_fields(self) -> list[str]:
        """Dotted names of the contact fields still empty, for a reminder to the coordinator."""
        return missing_contact_fields(self)

    @property
    def key_resources(self) -> tuple[Resource, ...]:
        """The resources flagged `key`, the ones the flyer shows."""
        return tuple(r for r in self.resources if r.key)

    def logo_path(self) -> Path | None:
        """The absolute logo path, or None when the pack has no logo."""
        if not self.organisation.logo or not self.directory:
            return None
        return Path(self.directory) / self.organisation.logo


def missing_contact_fields(pack: CampaignPack) -> list[str]:
    """Dotted TOML names (`organisation.contact.website`, ...) of empty contact fields."""
    contact = pack.organisation.contact
    return [
        f"organisation.contact.{name}" for name in CONTACT_FIELDS if not getattr(contact, name)
    ]


def display_url(url: str) -> str:
    """A URL as people read it: no scheme, no `www.`, no lone trailing slash."""
    text = url
    for prefix in ("https://", "http://"):
        if text.lower().startswith(prefix):
            text = text[len(prefix):]
            break
    if text.lower().startswith("www."):
        text = text[4:]
    if text.endswith("/") and text.count("/") == 1:
        text = text[:-1]
    return text
