"""Write THIRD-PARTY-NOTICES.txt for the packaged app: every bundled distribution's name,
version, licence and licence texts, read from its installed metadata.

Run it with the build venv's Python (packaging/build.sh does), so the versions are the bundled
ones. Which distributions ship comes from the runtime requirements exported from uv.lock:

    python packaging/third_party_notices.py --requirements build/requirements.txt \
        --also pyinstaller -o build/THIRD-PARTY-NOTICES.txt

It refuses (exit 1) rather than write incomplete notices: a required distribution that is not
installed, a version different from the lock, or a distribution with no licence text at all.
`--also NAME` adds a distribution that is not in the lock but ends up in the bundle: PyInstaller,
whose bootloader starts every bundled app. Python itself and the bundled fonts are always added.
"""

from __future__ import annotations

import argparse
import importlib.metadata as metadata
import re
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LICENCE_NAME = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
# Distributions whose wheels carry no licence file; the text their metadata names is kept here.
# PySide6 and shiboken6 say "LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"; the app uses them
# under the LGPL 3.0, whose text (with the GPL 3.0 it builds on, in LICENSE) is shipped.
FALLBACK_TEXTS = {
    "pyside6-essentials": ROOT / "packaging" / "licenses" / "LGPL-3.0.txt",
    "shiboken6": ROOT / "packaging" / "licenses" / "LGPL-3.0.txt",
}
RULE = "=" * 78


class NoticeError(Exception):
    """The notices would be incomplete."""


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def read_requirements(path: Path) -> list[tuple[str, str, bool]]:
    """(name, pinned version, has an environment marker) from a `uv export` requirements file."""
    pins = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "--")):
            continue
        requirement, _, marker = line.rstrip("\\").partition(";")
        name, _, version = requirement.strip().partition("==")
        if name:
            pins.append((canonical(name), version.strip(), bool(marker.strip())))
    return pins


def licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if not expression:
        field = (meta.get("License") or "").strip()
        # Some projects paste the whole licence into this field: keep only a short name.
        expression = field if field and "\n" not in field and len(field) <= 100 else ""
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]
    named = "; ".join(part for part in [expression, *classifiers] if part)
    return named or "(not named in its metadata: see the text below)"


def licence_texts(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence files the distribution installed with its metadata."""
    texts = []
    for file in dist.files or []:
        parts = file.parts
        if not parts or not parts[0].endswith(".dist-info"):
            continue
        if len(parts) > 1 and LICENCE_NAME.search("/".join(parts[1:])):
            text = file.locate().read_text(encoding="utf-8", errors="replace")
            texts.append(("/".join(parts[1:]), text))
    return sorted(texts)


def distribution_section(name: str, pinned: str) -> str:
    dist = metadata.distribution(name)
    if pinned and dist.version != pinned:
        raise NoticeError(f"{name}: installed {dist.version}, locked {pinned}")
    homepage = dist.metadata.get("Home-page") or next(
        (url.split(", ", 1)[-1] for url in dist.metadata.get_all("Project-URL") or []
         if url.lower().startswith(("homepage", "home", "source", "repository"))), "")
    texts = licence_texts(dist)
    if not texts and name in FALLBACK_TEXTS:
        path = FALLBACK_TEXTS[name]
        texts = [(path.name, path.read_text(encoding="utf-8"))]
    if not texts:
        raise NoticeError(f"{name}: no licence text in its metadata; add one to FALLBACK_TEXTS")
    head = [RULE, f"{dist.metadata['Name']} {dist.version}", f"Licence: {licence_of(dist)}"]
    if homepage:
        head.append(f"Home: {homepage}")
    body = [f"--- {file} ---\n{text.rstrip()}\n" for file, text in texts]
    return "\n".join(head) + "\n\n" + "\n".join(body)


def python_section() -> str:
    version = ".".join(map(str, sys.version_info[:3]))
    candidates = [Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt",
                  Path(sys.base_prefix) / "LICENSE.txt"]
    found = next((path for path in candidates if path.is_file()), None)
    if found is None:
        raise NoticeError("Python's LICENSE.txt was not found next to its standard library")
    return (f"{RULE}\nPython {version} (the interpreter and standard library, with SQLite, "
            f"which is in the public domain)\nLicence: PSF-2.0\n\n"
            f"{found.read_text(encoding='utf-8').rstrip()}\n")


def fonts_section() -> str:
    fonts = ROOT / "assets" / "fonts"
    licences = sorted(fonts.glob("OFL*.txt"))
    if not licences:
        raise NoticeError("assets/fonts has no OFL licence file")
    names = ", ".join(sorted(path.stem for path in fonts.glob("*.ttf")))
    body = "\n".join(f"--- {path.name} ---\n{path.read_text(encoding='utf-8').rstrip()}\n"
                     for path in licences)
    return f"{RULE}\nFonts: {names}\nLicence: OFL-1.1\n\n{body}"


def phone_script_section() -> str:
    """The JavaScript the phone sign-up page carries (assets/phones/seal.js): the noble
    libraries, MIT, their licence texts kept beside it by packaging/phones-js/build.sh."""
    licences = ROOT / "assets" / "phones" / "LICENSES.txt"
    if not licences.is_file():
        raise NoticeError("assets/phones/LICENSES.txt is missing (packaging/phones-js/build.sh)")
    return (f"{RULE}\nJavaScript in the phone sign-up page (assets/phones/seal.js)\n"
            f"Licence: MIT\n\n{licences.read_text(encoding='utf-8').rstrip()}\n")


def build_notices(requirements: Path, also: tuple[str, ...] = ()) -> str:
    sections = [python_section()]
    seen = set()
    for name, version, has_marker in read_requirements(requirements) + [
            (canonical(name), "", False) for name in also]:
        if name in seen:
            continue
        seen.add(name)
        try:
            sections.append(distribution_section(name, version))
        except metadata.PackageNotFoundError:
            if has_marker:  # for another platform or Python (pywin32-ctypes, colorama…)
                continue
            raise NoticeError(f"{name} is required but not installed in {sys.prefix}") from None
    sections.append(fonts_section())
    sections.append(phone_script_section())
    intro = ("Outreach Kit is licensed under the GNU General Public License, version 3 or later\n"
             "(see LICENSE). It ships with the following third-party software, each under its\n"
             "own licence, reproduced below.\n\n")
    return intro + "\n".join(sections)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requirements", type=Path, required=True,
                        help="runtime requirements exported from uv.lock")
    parser.add_argument("--also", action="append", default=[], metavar="NAME",
                        help="a distribution bundled although not in the lock (pyinstaller)")
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args(argv)
    try:
        text = build_notices(args.requirements, tuple(args.also))
    except NoticeError as error:
        print(f"third_party_notices: {error}", file=sys.stderr)
        return 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"third_party_notices: wrote {args.output} ({text.count(RULE)} sections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
