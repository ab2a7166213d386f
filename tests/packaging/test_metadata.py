"""Fast checks of the packaging files (run by default): desktop entry, AppStream metainfo,
icons, the spec's data list and the shell scripts. The slow build lives in test_bundle.py.
"""

from __future__ import annotations

import configparser
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.parts import require_tools

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


def test_desktop_file_validates():
    require_tools("desktop-file-utils", "desktop-file-validate", package="desktop-file-utils")
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_metainfo_validates_with_appstreamcli():
    require_tools("AppStream", "appstreamcli", package="appstream")
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


@pytest.mark.parametrize("script", ["build.sh", "linux/install.sh", "linux/make-appimage.sh",
                                    "windows/build.sh"])
def test_shell_scripts_parse(script):
    done = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# -- licence and third-party notices -----------------------------------------------------------
NOTICES_SCRIPT = PACKAGING / "third_party_notices.py"


def test_the_licence_file_is_the_gpl_3_the_project_declares():
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.split("\n", 2)[:2] == ["                    GNU GENERAL PUBLIC LICENSE",
                                       "                       Version 3, 29 June 2007"]
    assert "END OF TERMS AND CONDITIONS" in text
    assert 'license = "GPL-3.0-or-later"' in (REPO / "pyproject.toml").read_text(encoding="utf-8")
    project_license = ET.parse(METAINFO).getroot().findtext("project_license")
    assert project_license == "GPL-3.0-or-later"


def run_notices(tmp_path: Path, requirements: str) -> subprocess.CompletedProcess:
    listed = tmp_path / "requirements.txt"
    listed.write_text(requirements, encoding="utf-8")
    return subprocess.run(
        [sys.executable, str(NOTICES_SCRIPT), "--requirements", str(listed),
         "-o", str(tmp_path / "NOTICES.txt")], capture_output=True, text=True, timeout=120)


def test_the_notices_hold_every_locked_runtime_dependency_with_its_licence_text(tmp_path):
    require_tools("uv", "uv")  # it exports the locked runtime requirements
    exported = subprocess.run(
        ["uv", "export", "--quiet", "--frozen", "--no-dev", "--no-emit-project",
         "--format", "requirements-txt"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert exported.returncode == 0, exported.stderr
    done = run_notices(tmp_path, exported.stdout)
    assert done.returncode == 0, done.stderr
    notices = (tmp_path / "NOTICES.txt").read_text(encoding="utf-8")
    lines = notices.splitlines()
    headers = {lines[at + 1].split()[0].lower().replace("_", "-").replace(".", "-")
               for at, line in enumerate(lines[:-2])
               if line == "=" * 78 and lines[at + 2].startswith("Licence: ")}
    for line in exported.stdout.splitlines():
        if "==" in line and ";" not in line:  # a marker may exclude this platform
            name = line.split("==")[0].strip().lower().replace("_", "-").replace(".", "-")
            assert name in headers, f"{name} has no section in the notices"
    assert "Charles Leifer" in notices  # peewee's own LICENSE text, read from its metadata
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices  # PySide6 ships no licence file
    assert "SIL OPEN FONT LICENSE" in notices.upper()  # the bundled Noto fonts
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in notices.upper()
    for library in ("curves", "hashes", "ciphers"):  # the phone page's sealing script
        assert f"== @noble/{library} " in notices
    assert "assets/phones/seal.js" in notices and "The MIT License" in notices


@pytest.mark.parametrize("requirements, problem", [
    ("surely-not-installed-dist==1.0\n", "surely-not-installed-dist is required but not installed"),
    ("peewee==0.0.1\n", "peewee: installed"),
])
def test_the_notices_refuse_to_be_incomplete(tmp_path, requirements, problem):
    done = run_notices(tmp_path, requirements)
    assert done.returncode == 1
    assert problem in done.stderr
    assert not (tmp_path / "NOTICES.txt").exists()


def test_a_dependency_for_another_platform_is_left_out(tmp_path):
    done = run_notices(tmp_path, "surely-not-installed-dist==1.0 ; sys_platform == 'win32'\n")
    assert done.returncode == 0, done.stderr


def test_the_build_writes_the_notices_and_the_spec_ships_them_with_the_licence():
    build = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "packaging/third_party_notices.py --requirements build/requirements.txt" in build
    assert build.index("third_party_notices.py") < build.index("-m PyInstaller")
    spec = (PACKAGING / "outreach-kit.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "LICENSE"), ".")' in spec and '(str(NOTICES), ".")' in spec
    nsis = (PACKAGING / "windows" / "installer.nsi").read_text(encoding="utf-8")
    assert '!insertmacro MUI_PAGE_LICENSE "${ROOT}\\LICENSE"' in nsis
