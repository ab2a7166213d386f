"""Turn the locked runtime requirements (`uv export --format requirements-txt`) into the list
that the Windows build installs: markers evaluated for Windows and the target Python (pip's
`--platform win_amd64` picks wheels but still evaluates markers for the machine it runs on, so
it would bring jeepney and SecretStorage and leave out pywin32-ctypes), and a few pins replaced.

    python3 packaging/windows/win_requirements.py build/windows/locked.txt \
        -o build/windows/requirements.txt --python 3.11 \
        --pin pyside6-essentials==6.9.3:sha256:... --pin shiboken6==6.9.3:sha256:...

Every requirement keeps its hashes (pip --require-hashes); a replaced pin brings its own.
Runs with any Python 3.9+ that has pip (its vendored `packaging` parses the markers).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

try:
    from packaging.markers import Marker
except ImportError:  # pragma: no cover - the build machine's python3 has pip, not packaging
    from pip._vendor.packaging.markers import Marker


def windows_environment(python: str) -> dict[str, str]:
    major, minor = python.split(".")[:2]
    return {
        "implementation_name": "cpython",
        "implementation_version": f"{major}.{minor}.0",
        "os_name": "nt",
        "platform_machine": "AMD64",
        "platform_python_implementation": "CPython",
        "platform_release": "10",
        "platform_system": "Windows",
        "platform_version": "10.0.19045",
        "python_full_version": f"{major}.{minor}.0",
        "python_version": f"{major}.{minor}",
        "sys_platform": "win32",
    }


def requirements(text: str) -> list[tuple[str, str, str, list[str]]]:
    """(name, version, marker, hashes) for each `name==version [; marker] \\ --hash=...` entry."""
    entries: list[tuple[str, str, str, list[str]]] = []
    for line in text.splitlines():
        stripped = line.strip().rstrip("\\").strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.startswith("--hash="):
            if not entries:
                raise ValueError(f"a hash before any requirement: {stripped}")
            entries[-1][3].append(stripped.removeprefix("--hash="))
            continue
        if stripped.startswith("-"):
            continue  # an option line (none in uv's export today)
        requirement, _, marker = stripped.partition(";")
        name, separator, version = requirement.partition("==")
        if not separator:
            raise ValueError(f"not pinned with ==: {stripped}")
        entries.append((name.strip().lower(), version.strip(), marker.strip(), []))
    return entries


def convert(text: str, python: str, pins: dict[str, tuple[str, str]]) -> str:
    environment = windows_environment(python)
    lines = []
    unused = set(pins)
    for name, version, marker, hashes in requirements(text):
        if marker and not Marker(marker).evaluate(environment):
            continue
        if name in pins:
            version, pinned_hash = pins[name]
            hashes = [pinned_hash]
            unused.discard(name)
        if not hashes:
            raise ValueError(f"{name} has no hash")
        lines.append(f"{name}=={version} \\")
        lines += [f"    --hash={h} \\" for h in hashes[:-1]] + [f"    --hash={hashes[-1]}"]
    if unused:
        raise ValueError(f"pinned but not required: {', '.join(sorted(unused))}")
    return "\n".join(lines) + "\n"


def parse_pin(value: str) -> tuple[str, tuple[str, str]]:
    match = re.fullmatch(r"([A-Za-z0-9_.-]+)==([^:]+):(sha256:[0-9a-f]{64})", value)
    if not match:
        raise argparse.ArgumentTypeError(f"expected NAME==VERSION:sha256:HEX, got {value!r}")
    return match[1].lower(), (match[2], match[3])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("locked", type=Path, help="uv export's requirements file")
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--python", default="3.11", help="the Windows Python's X.Y")
    parser.add_argument("--pin", type=parse_pin, action="append", default=[],
                        help="NAME==VERSION:sha256:HEX replaces the locked pin")
    args = parser.parse_args(argv)
    try:
        text = convert(args.locked.read_text(encoding="utf-8"), args.python, dict(args.pin))
    except ValueError as error:
        print(f"win_requirements: {error}", file=sys.stderr)
        return 1
    args.output.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
