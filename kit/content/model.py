"""The campaign pack as frozen dataclasses: what the loader produces and the handouts consume.

Every collection is a tuple so a pack is hashable: the handout registry caches page counts per
pack, and a pack can be compared after a save/load round trip.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
class HandoutText:
    """Words of one handout; empty fields are simply not printed."""

    headline: str
    subheadline: str = ""
    intro: str = ""
    call_to_action: str = ""
    footer: str = ""


HANDOUT_KEYS = ("flyer", "factsheet", "resources", "qr_cards", "signup_sheet")


@dataclass(frozen=True)
class HandoutTexts:
    """The words of each handout, keyed by handout (TOML table `handouts.<name>`)."""

    flyer: HandoutText
    factsheet: HandoutText
    resources: HandoutText
    qr_cards: HandoutText
    signup_sheet: HandoutText


# The handouts' own headings and labels, by key, in the pack's language (English). A translation
# gives them in its language (`[translations.<code>.labels]`); `{name}` is the group's name.
HANDOUT_LABELS: dict[str, str] = {
    "join_us": "Join us",
    "get_in_touch": "Get in touch with {name}",
    "what_we_stand_for": "What we stand for",
    "what_we_do": "What we do",
    "ways_to_take_part": "Ways to take part",
    "sign_up_online": "Sign up online",
    "on_the_web": "{name} on the web",
    "who_we_are": "Who we are: {name}",
    "from_group": "From {name}",
    "shared_by": "Shared by {name}",
    "source": "Source",
    "background": "Background",
    "key_facts": "Key facts & figures",
    "sources": "Sources and further reading",
    "further_reading": "Further reading",
    "books_and_print": "Books and print",
    "sign_up": "Sign up",
    "web": "Web",
    "email": "Email",
    "social": "Social",
    "meetings": "Meetings",
    # The paper sign-up sheet and slips
    "first_name": "First name",
    "last_name": "Last name",
    "phone": "Phone",
    "zip": "ZIP",
    "email_me": "Email me",
    "text_me": "Text me",
    "text": "Text",
    "privacy": "Privacy",
    "event": "Event",
    "date": "Date",
    "tick_note": "Tick a box only if you agree to the sentence beside its name:",
    "hear_about": "I’d like to hear about (tick any):",
    "fold_note": "Fold your slip and hand it to a volunteer or drop it in the box: nobody else "
                 "in line sees your details.",
}


@dataclass(frozen=True)
class HandoutWords:
    """A translation's words for the printed handouts; every field may be left out.

    An empty field ("" or ()) means "the pack's own text", field by field: a translated
    headline with no translated intro prints the headline in the translation and the intro as
    the pack has it. `platform` and `actions`, when given, have as many entries as the pack's
    own (the loader checks), and an empty title/text/short of a point is the pack's own.
    """

    texts: tuple[tuple[str, HandoutText], ...] = ()  # handout key -> texts ("" = own)
    tagline: str = ""
    mission: tuple[str, ...] = ()
    actions_intro: str = ""
    actions_intro_short: str = ""
    actions: tuple[str, ...] = ()
    platform: tuple[PlatformPoint, ...] = ()
    labels: tuple[tuple[str, str], ...] = ()  # HANDOUT_LABELS key -> label


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
    handouts: HandoutWords | None = None  # None: no handouts in this language

    def interest_label(self, tag: str) -> str | None:
        """The label of interest `tag` in this language, or None when not translated."""
        for interest in self.interests:
            if interest.tag == tag:
                return interest.label
        return None


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
    # The handouts' headings in the pack's language where not English (for_handouts sets them).
    labels: tuple[tuple[str, str], ...] = ()
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

    def handout_languages(self) -> tuple[str, ...]:
        """The languages the handouts can be printed in: the pack's own first, then each
        translation that carries handout words (a kiosk-only translation prints nothing)."""
        return (self.language, *(t.language for t in self.translations if t.handouts))

    def label(self, key: str) -> str:
        """The handout heading `key` (a HANDOUT_LABELS key) in the pack's language."""
        text = dict(self.labels).get(key) or HANDOUT_LABELS[key]
        return text.replace("{name}", self.organisation.name)

    def for_handouts(self, language: str) -> CampaignPack:
        """This pack with the handout words of `language`, field by field: every text the
        translation gives replaces the pack's own, every other stays as the pack has it.

        Raises ValueError naming the languages there are when `language` has no handouts.
        """
        if not language or language == self.language:
            return self
        translation = self.translation(language)
        if translation is None or translation.handouts is None:
            raise ValueError(
                f"the campaign pack has no handout texts in {language!r}; it has: "
                f"{', '.join(self.handout_languages())}"
            )
        words = translation.handouts
        org = self.organisation
        platform = org.platform
        if words.platform:
            platform = tuple(
                # A short form never falls back past its own translated paragraph: the
                # flyer would print the pack's words where the translation gave its own.
                PlatformPoint(title=t.title or own.title, text=t.text or own.text,
                              short=t.short or ("" if t.text else own.short))
                for own, t in zip(org.platform, words.platform, strict=False)
            )
        organisation = replace(
            org,
            tagline=words.tagline or org.tagline,
            mission=words.mission or org.mission,
            actions_intro=words.actions_intro or org.actions_intro,
            actions_intro_short=words.actions_intro_short
            or ("" if words.actions_intro else org.actions_intro_short),
            actions=words.actions or org.actions,
            platform=platform,
        )
        given = dict(words.texts)
        handouts = {}
        for key in HANDOUT_KEYS:
            own: HandoutText = getattr(self.handouts, key)
            theirs = given.get(key)
            handouts[key] = own if theirs is None else HandoutText(
                headline=theirs.headline or own.headline,
                subheadline=theirs.subheadline or own.subheadline,
                intro=theirs.intro or own.intro,
                call_to_action=theirs.call_to_action or own.call_to_action,
                footer=theirs.footer or own.footer,
            )
        return replace(
            self,
            organisation=organisation,
            handouts=HandoutTexts(**handouts),
            interests=self.interests_in(language),
            consent=self.consent_in(language),
            privacy=self.privacy_in(language),
            language=language,
            labels=words.labels,
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
