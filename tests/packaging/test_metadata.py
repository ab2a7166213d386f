"""Fast checks of the packaging files (run by default): desktop entry, AppStream metainfo,
icons, the spec's data list and the shell scripts. The slow build lives in test_bundle.py.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"
ICONS = REPO / "assets" / "icons"
APP_ID = "org.outreachkit.OutreachKit"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_names_the_app_its_icon_and_command():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Outreach Kit"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "outreach-kit"
    assert entry["Terminal"] == "false"


def test_metainfo_ids_match_the_desktop_file_and_the_app_version():
    from kit import __version__

    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("provides/binary").text == "outreach-kit"
    releases = [r.get("version") for r in root.iter("release")]
    assert __version__ in releases, "add a <release> for the new version to the metainfo"


def test_the_spec_and_the_macos_bundle_use_the_same_app_id():
    spec = (PACKAGING / "outreach-kit.spec").read_text(encoding="utf-8")
    assert f'APP_ID = "{APP_ID}"' in spec


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (apt install desktop-file-utils)")
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (apt install appstream)")
def test_metainfo_validates_with_appstreamcli():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", header[16:24])


def test_every_icon_size_is_rendered_and_square():
    assert (ICONS / "outreach-kit.svg").is_file()
    ET.parse(ICONS / "outreach-kit.svg")  # well-formed XML
    for size in PNG_SIZES:
        assert png_size(ICONS / f"outreach-kit-{size}.png") == (size, size)
    assert (ICONS / "outreach-kit.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "outreach-kit.icns").read_bytes()[:4] == b"icns"


def test_the_committed_pngs_match_the_svg(tmp_path):
    """The PNGs must be rendered from the current SVG: re-run packaging/render_icons.py."""
    import importlib.util

    from PIL import Image, ImageChops, ImageStat
    from PySide6.QtGui import QGuiApplication

    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive)
    render_icons.render(64, tmp_path / "64.png")
    fresh = Image.open(tmp_path / "64.png").convert("RGBA")
    committed = Image.open(ICONS / "outreach-kit-64.png").convert("RGBA")
    # A tolerance, so a newer Qt's slightly different anti-aliasing does not fail the test.
    difference = max(ImageStat.Stat(ImageChops.difference(fresh, committed)).mean)
    assert difference < 2.0, "the PNGs are stale: run uv run python packaging/render_icons.py"


def test_the_spec_ships_every_assets_folder():
    """A new folder under assets/ must be added to the spec's DATA_DIRS, or the bundle lacks it."""
    spec = (PACKAGING / "outreach-kit.spec").read_text(encoding="utf-8")
    listed = set(re.findall(r'\("assets/([\w-]+)", "assets/\1"\)', spec))
    present = {p.name for p in (REPO / "assets").iterdir() if p.is_dir()}
    assert present <= listed, f"not in the spec's DATA_DIRS: {sorted(present - listed)}"


@pytest.mark.parametrize("script", ["build.sh", "linux/install.sh", "linux/make-appimage.sh"])
def test_shell_scripts_parse(script):
    done = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
