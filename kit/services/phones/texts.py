"""The words of the phone sign-up page, in the attendee's language.

Everything the kiosk's form also says is read from the kiosk's own translation catalogues
(assets/translations/outreach-kit_<code>.ts, the Qt Linguist sources the kiosk's .qm files are
built from), so a phone shows exactly the kiosk's words; like the kiosk (lrelease
-nounfinished), a message still marked unfinished shows in English. Read with ElementTree:
below kit/ui nothing imports Qt.

The few sentences only a phone needs (a form already sent, too many tries, paused) are kept
here with their Spanish and Urdu drafts (not yet reviewed, as the catalogues' drafts).
"""

from __future__ import annotations

import functools
import logging
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from kit.content.storage import assets_dir

log = logging.getLogger(__name__)

CATALOGUE_PREFIX = "outreach-kit_"
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class PageLanguage:
    """A language the phone page offers: its code, its name in itself, and its direction."""

    code: str
    native_name: str
    right_to_left: bool = False


# The kiosk's languages (kit.ui.i18n.LANGUAGES), in the same order.
LANGUAGES: tuple[PageLanguage, ...] = (
    PageLanguage("en", "English"),
    PageLanguage("es", "Español"),
    PageLanguage("ur", "اردو", right_to_left=True),
)
BY_CODE = {language.code: language for language in LANGUAGES}


def page_language(code: str | None) -> PageLanguage:
    """The language for `code`; English for anything else."""
    return BY_CODE.get(code or "", BY_CODE[DEFAULT_LANGUAGE])


# Sentences only the phone page says: English source -> {language: draft}.
PHONE_TEXTS: dict[str, dict[str, str]] = {
    "Your details are sealed on this phone before they are sent.": {
        "es": "Tus datos se sellan en este teléfono antes de enviarse.",
        "ur": "آپ کی معلومات بھیجنے سے پہلے اسی فون پر سیل کر دی جاتی ہیں۔",
    },
    "Sending…": {"es": "Enviando…", "ur": "بھیجا جا رہا ہے…"},
    "Sign up another person": {
        "es": "Inscribir a otra persona",
        "ur": "کسی اور کا اندراج کریں",
    },
    "This form was already sent. Open a new form to sign up again.": {
        "es": "Este formulario ya se envió. Abre uno nuevo para inscribirte otra vez.",
        "ur": "یہ فارم پہلے ہی بھیجا جا چکا ہے۔ دوبارہ اندراج کے لیے نیا فارم کھولیں۔",
    },
    "Too many tries from this phone. Wait a minute and try again.": {
        "es": "Demasiados intentos desde este teléfono. Espera un minuto y vuelve a intentarlo.",
        "ur": "اس فون سے بہت زیادہ کوششیں ہوئیں۔ ایک منٹ انتظار کریں اور دوبارہ کوشش کریں۔",
    },
    "Sign-ups from phones are paused. Please sign up at the table.": {
        "es": "Las inscripciones desde teléfonos están en pausa. Inscríbete en la mesa, por favor.",
        "ur": "فون سے اندراج فی الحال روک دیا گیا ہے۔ براہ کرم میز پر اندراج کریں۔",
    },
    "Not sent: the connection to the table was lost. Your details are still in the form; "
    "try again.": {
        "es": "No se envió: se perdió la conexión con la mesa. Tus datos siguen en el "
              "formulario; inténtalo de nuevo.",
        "ur": "نہیں بھیجا گیا: میز سے رابطہ ٹوٹ گیا۔ آپ کی معلومات فارم میں موجود ہیں؛ "
              "دوبارہ کوشش کریں۔",
    },
    "Open a new form": {"es": "Abrir un formulario nuevo", "ur": "نیا فارم کھولیں"},
    "This page needs JavaScript: it seals your details on this phone before sending them. "
    "Please sign up at the table.": {
        "es": "Esta página necesita JavaScript: sella tus datos en este teléfono antes de "
              "enviarlos. Inscríbete en la mesa, por favor.",
        "ur": "اس صفحے کو JavaScript درکار ہے: یہ آپ کی معلومات بھیجنے سے پہلے اسی فون پر "
              "سیل کرتا ہے۔ براہ کرم میز پر اندراج کریں۔",
    },
}


def phone_text(language: str, source: str) -> str:
    """One of PHONE_TEXTS in `language` (the English source where there is no draft)."""
    return PHONE_TEXTS.get(source, {}).get(language, source)


@functools.lru_cache(maxsize=8)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation for every finished message of one catalogue."""
    if language == DEFAULT_LANGUAGE:
        return {}
    path = assets_dir() / "translations" / f"{CATALOGUE_PREFIX}{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        log.warning("The %s catalogue cannot be read: %s", language, error)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or not translation.text:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            found[(name, source)] = translation.text
    return found


def kiosk_text(language: str, context: str, source: str) -> str:
    """The kiosk's translation of `source` (in Qt context `context`), English if it has none."""
    return _catalogue(language).get((context, source), source)
