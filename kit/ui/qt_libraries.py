"""Before Qt starts: find out whether the system libraries Qt needs are there, and say how to
install them if not.

PySide6 brings Qt, but not the system libraries under it. Two failures on a fresh Linux machine:
importing PySide6.QtWidgets raises ImportError ("libEGL.so.1: cannot open shared object file"),
and, worse, the xcb platform plugin cannot be loaded, which Qt treats as fatal: it prints "This
application failed to start because no Qt platform plugin could be initialized" and aborts the
process, so no Python code runs after it. The first is caught where the app is launched
(kit.cli); the second is checked here beforehand by loading the plugin file the way Qt would
(dlopen resolves every library it needs and names the first one missing).

This module imports nothing from PySide6: it must work when PySide6 cannot be imported.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import sys
from pathlib import Path

# The README's line ("Qt on Linux"); Qt's own list for the xcb plugin is at
# https://doc.qt.io/qt-6/linux-requirements.html
APT_LINE = ("sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 "
            "libxcb-keysyms1 libxcb-shape0 libxcb-render-util0 libxcb-image0 libegl1 libgl1 "
            "libfontconfig1 libdbus-1-3")


def missing_libraries_message(reason: str) -> str:
    """What to tell someone whose Qt could not start for want of a system library."""
    return (f"outreach-kit: the desktop app cannot start: a system library Qt needs is missing "
            f"({reason}).\nOn Debian or Ubuntu install them with:\n  {APT_LINE}\n"
            "Every command (outreach-kit --help) works without them.")


def xcb_plugin_path() -> Path | None:
    """PySide6's xcb platform plugin file, when PySide6 is installed the usual way."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def will_use_xcb(environ: dict[str, str] | os._Environ = os.environ) -> bool:
    """True when Qt will pick the X11 (xcb) platform plugin: Linux, no other platform asked for,
    and not a Wayland session (where Qt tries its wayland plugin first)."""
    if not sys.platform.startswith("linux"):
        return False
    asked = environ.get("QT_QPA_PLATFORM", "")
    if asked:
        return asked.split(":")[0].split(";")[0] == "xcb"
    return environ.get("XDG_SESSION_TYPE") != "wayland" and not environ.get("WAYLAND_DISPLAY")


def xcb_plugin_problem(plugin: Path | None = None) -> str | None:
    """Why the xcb plugin would not load ("libxcb-cursor.so.0: cannot open shared object
    file…"), or None when it loads or cannot be found (a frozen app, another platform)."""
    plugin = plugin if plugin is not None else xcb_plugin_path()
    if plugin is None:
        return None
    try:
        ctypes.CDLL(str(plugin))
    except OSError as error:
        return str(error).replace(str(plugin) + ": ", "")
    return None


# How the dynamic loaders word a missing library (Linux, Windows, macOS).
_MISSING_LIBRARY_WORDS = ("cannot open shared object file", "DLL load failed", "Library not loaded")


def is_missing_library(error: ImportError) -> bool:
    """True when importing Qt failed for want of a system library (not for a bug of ours)."""
    return any(words in str(error) for words in _MISSING_LIBRARY_WORDS)
