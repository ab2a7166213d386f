"""Languages: the compiled Qt catalogues in assets/translations and one object per language.

The kiosk speaks the attendee's language while the volunteer area keeps the volunteers' own, so
the kiosk does not install a translator for the whole application: it asks a `Catalogue` for
its strings (`catalogue.translate("SignupForm", "First name")`, which pyside6-lupdate extracts
like QCoreApplication.translate). The rest of the UI uses QCoreApplication.translate with the
application-wide translator that `install_interface_language` sets from the `ui_language`
setting. A translated sentence with values in it keeps them as %1, %2… (and %n for a count, so
translators get plural forms); `arg` fills them in one pass, as QString.arg does.

Sources: assets/translations/outreach-kit_<code>.ts (Qt Linguist); rebuild the .qm files with
`packaging/translations.sh` (see docs/development.md).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont

from kit.content import assets_dir

log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "outreach-kit_"
DEFAULT_LANGUAGE = "en"  # the language the source strings are written in


@dataclass(frozen=True)
class Language:
    """A language the kiosk offers: its code, its name in itself, and its writing direction."""

    code: str
    native_name: str
    english_name: str
    right_to_left: bool = False

    @property
    def direction(self) -> Qt.LayoutDirection:
        """The layout direction forms in this language use."""
        return Qt.LayoutDirection.RightToLeft if self.right_to_left else Qt.LayoutDirection.LeftToRight


LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English"),
    Language("es", "Español", "Spanish"),
    Language("ur", "اردو", "Urdu", right_to_left=True),
)
BY_CODE = {language.code: language for language in LANGUAGES}


def language(code: str) -> Language:
    """The Language for `code`, English for an unknown code."""
    return BY_CODE.get(code, BY_CODE[DEFAULT_LANGUAGE])


def translations_dir() -> Path:
    """Where the .ts sources and the compiled .qm catalogues live."""
    return assets_dir() / "translations"


class Catalogue:
    """One language's strings; English (the source language) translates to itself."""

    def __init__(self, code: str) -> None:
        self.language = language(code)
        self.code = self.language.code
        self.translator: QTranslator | None = None
        if self.code != DEFAULT_LANGUAGE:
            translator = QTranslator()
            path = translations_dir() / f"{CATALOGUE_PREFIX}{self.code}.qm"
            if translator.load(str(path)):
                self.translator = translator
            else:
                # A missing catalogue must not stop the kiosk: it falls back to English.
                log.warning("No translation catalogue at %s; showing English", path)

    @property
    def direction(self) -> Qt.LayoutDirection:
        return self.language.direction

    @property
    def locale(self) -> QLocale:
        """The QLocale for numbers and dates in this language."""
        return QLocale(self.code)

    def translate(self, context: str, text: str, disambiguation: str | None = None) -> str:
        """`text` in this language (the English `text` when there is no translation)."""
        if self.translator is None:
            return text
        return self.translator.translate(context, text, disambiguation) or text


@cache
def catalogue(code: str) -> Catalogue:
    """The (cached) catalogue for `code`; catalogues are read-only, so sharing them is safe."""
    return Catalogue(code)


_installed: dict[str, QTranslator] = {}
_interface = [DEFAULT_LANGUAGE]  # the volunteer side's language in force (apply_interface_language)


def install_interface_language(code: str) -> bool:
    """Install the application-wide translator for the volunteer-side UI (`ui_language`).

    Returns False (and keeps English) when there is no catalogue for `code`.
    """
    app = QCoreApplication.instance()
    if app is None:
        return False
    for old in _installed.values():
        app.removeTranslator(old)
    _installed.clear()
    if code == DEFAULT_LANGUAGE:
        return True
    found = catalogue(code).translator
    if found is None:
        return False
    app.installTranslator(found)
    _installed[code] = found
    return True


def interface_language() -> Language:
    """The volunteer side's language in force (English until one is applied)."""
    return language(_interface[0])


def apply_interface_language(code: str) -> Language:
    """Make `code` the volunteer side's language: its catalogue for every `tr`, and its writing
    direction for the application (the kiosk page sets the attendee's own direction on itself).
    Widgets already built keep their texts: the caller builds them again. Returns the language
    in force, English when `code` is unknown or its catalogue is missing."""
    chosen = language(code)
    if not install_interface_language(chosen.code):
        chosen = language(DEFAULT_LANGUAGE)
        install_interface_language(chosen.code)
    _interface[0] = chosen.code
    if chosen.right_to_left:
        ensure_kiosk_fonts()  # Urdu needs the bundled Arabic-script font, in the set-up too
    app = QCoreApplication.instance()
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(chosen.direction)
    return chosen


# Bundled so Urdu renders on a laptop without Arabic-script fonts (Windows and macOS have some,
# many Linux installs do not); the OFL licence is assets/fonts/OFL-NotoNaskhArabic.txt. Naskh
# rather than Nastaliq: it stays legible at kiosk sizes and is a third of the size. The UI
# variant: plain Noto Naskh Arabic has a line a quarter taller than Latin text at the same
# size (34 px against 27 at 20 px), so every Urdu label, check box and note took that much more
# height and the fitted form was drawn far smaller than the English one; the UI variant has
# the same letters on a Latin-sized line.
KIOSK_FONT_FILES = ("NotoNaskhArabicUI-Regular.ttf", "NotoNaskhArabicUI-Bold.ttf")
ARABIC_SCRIPT_FAMILY = "Noto Naskh Arabic UI"


@cache
def ensure_kiosk_fonts() -> tuple[str, ...]:
    """Register the bundled Arabic-script font once; returns the families it provides."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for name in KIOSK_FONT_FILES:
        path = assets_dir() / "fonts" / name
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("Could not load the font %s; Urdu may not render", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def font_for(language: Language, base: QFont) -> QFont:
    """`base`, led by the bundled Arabic-script family for right-to-left languages.

    The Arabic-script family comes first so that Qt sizes labels with its taller line height
    (as a mere fallback, captions were measured for Latin text and overlapped the fields);
    Latin letters it lacks still come from the base family.
    """
    font = QFont(base)
    if language.right_to_left:
        families = [family for family in base.families() or [base.family()] if family]
        font.setFamilies([ARABIC_SCRIPT_FAMILY, *families])
    return font


def font_style_sheet(language: Language) -> str:
    """A style sheet giving every widget of a page the font families of `language`."""
    if not language.right_to_left:
        return ""
    # Fields keep the Latin font's height (most typed addresses are Latin), with the Arabic
    # script as fallback, so the Urdu form is no taller than the English one; so does the
    # heading's second line, the event's name and place as the volunteers typed them.
    latin_first = f'font-family: "Noto Sans", "{ARABIC_SCRIPT_FAMILY}", sans-serif;'
    return (f'QWidget {{ font-family: "{ARABIC_SCRIPT_FAMILY}", "Noto Sans", sans-serif; }}\n'
            f'QLineEdit {{ {latin_first} }}\n'
            f'QLabel#Subtitle[kioskHeader="true"] {{ {latin_first} }}')


def isolate(text: str, language: Language) -> str:
    """`text` wrapped in a right-to-left embedding for display in a right-to-left form.

    Check box texts are laid out as left-to-right paragraphs whatever the widget's direction, so
    a sentence that mixes Urdu with a Latin name came out in the wrong order. Only the displayed
    text is wrapped; the wording stored with the sign-up is the pack's, character for character.
    """
    return f"\u202b{text}\u202c" if language.right_to_left else text


_PLACEHOLDER = re.compile(r"%([1-9])")


def arg(text: str, *values: object) -> str:
    """`text` with %1, %2, … replaced by `values` in one pass, like QString.arg.

    One pass matters: a name that itself contains "%2" is shown as typed, not filled in again.
    A placeholder without a value is left as it is.
    """
    def fill(match: re.Match[str]) -> str:
        number = int(match[1])
        return str(values[number - 1]) if number <= len(values) else match[0]

    return _PLACEHOLDER.sub(fill, text)
