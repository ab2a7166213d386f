"""File names made from what people typed (an event's name), safe on Windows, macOS and Linux.

Windows refuses `< > : " / \\ | ? *` and control characters in a name, a name that ends with a
dot or a space, and the old device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9, with or without
an extension, in any case); macOS refuses `:` in Finder and `/` everywhere. A name such as
"Rally: Free Kashmir?" would make the save dialog fail on Windows, so the kit proposes
`rally-free-kashmir` instead. Letters and digits of every script are kept (an event named in
Urdu keeps its name), so are their combining marks; every other run of characters becomes one
hyphen. Names are cut at a length every file system takes with room for a prefix and a date.
"""

from __future__ import annotations

import unicodedata

WINDOWS_FORBIDDEN = frozenset('<>:"/\\|?*') | frozenset(chr(code) for code in range(32))
WINDOWS_DEVICE_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{kind}{n}" for kind in ("COM", "LPT") for n in range(1, 10)]
)
MAX_LENGTH = 60


def _kept(character: str) -> bool:
    return character.isalnum() or unicodedata.category(character).startswith("M")


def safe_file_name(text: str, fallback: str = "event", max_length: int = MAX_LENGTH) -> str:
    """A lower-case, hyphenated part of a file name made from `text`; `fallback` when nothing
    of it can be kept. Never empty, never a Windows device name, no character any system refuses.
    """
    pieces: list[str] = []
    for character in unicodedata.normalize("NFC", text).lower():
        if _kept(character) and character not in WINDOWS_FORBIDDEN:
            pieces.append(character)
        elif pieces and pieces[-1] != "-":
            pieces.append("-")
    name = "".join(pieces)[:max_length].strip("-. ")
    if not name:
        return fallback
    if name.split(".")[0].upper() in WINDOWS_DEVICE_NAMES:
        name = f"{name}-{fallback}"
    return name
