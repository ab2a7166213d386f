"""The release check: build the one-folder bundle and run the built app.

Slow (a PyInstaller build, about a minute on a 2-core machine), so it runs only when asked:

    OUTREACH_KIT_PACKAGING=1 uv run pytest tests/packaging -v

It builds with `bash packaging/build.sh` into dist/outreach-kit/, unless OUTREACH_KIT_BUNDLE
points at an already built bundle folder (to check an artefact without rebuilding it).
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kit import __version__
from kit.selftest import CHECKS

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1800

pytestmark = pytest.mark.skipif(
    os.environ.get("OUTREACH_KIT_PACKAGING") != "1" or not sys.platform.startswith("linux"),
    reason="the packaging build runs only with OUTREACH_KIT_PACKAGING=1 (Linux release check)",
)


@pytest.fixture(scope="module")
def bundle() -> Path:
    given = os.environ.get("OUTREACH_KIT_BUNDLE")
    if given:
        return Path(given).resolve()
    started = time.monotonic()
    done = subprocess.run(["bash", "packaging/build.sh"], cwd=REPO, capture_output=True,
                          text=True, timeout=BUILD_TIMEOUT_S, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    print(f"\nbuild took {time.monotonic() - started:.0f} s")
    return REPO / "dist" / "outreach-kit"


def run(bundle: Path, *args: str, env: dict | None = None, timeout: float = 180):
    return subprocess.run([str(bundle / "outreach-kit"), *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout,
                          stdin=subprocess.DEVNULL, cwd="/")


def test_the_built_app_reports_its_version(bundle):
    done = run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"outreach-kit {__version__}"


def test_the_built_app_passes_its_self_test(bundle):
    done = run(bundle, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _check, _needs in CHECKS:
        assert any(line.strip().startswith(f"ok    {name}: ") for line in lines), done.stdout
    assert "(frozen, " in done.stdout
    assert "/_internal/assets" in done.stdout  # the assets came from inside the bundle
    assert "QR decode skipped: checker not bundled" in done.stdout  # no dev tools shipped


def test_the_built_app_paints_its_window(bundle, tmp_path):
    done = run(bundle, "--data-dir", str(tmp_path / "data"), "--smoke",
               env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_built_app_runs_a_headless_command(bundle, tmp_path):
    data = str(tmp_path / "data")
    assert run(bundle, "--data-dir", data, "event", "add", "Release check").returncode == 0
    done = run(bundle, "--data-dir", data, "signup", "add", "--first-name", "Ada",
               "--phone", "+91 98765 43210", "--consent-sms")
    assert done.returncode == 0, done.stderr
    listed = run(bundle, "--data-dir", data, "contacts", "list", "--json")
    assert '"+919876543210"' in listed.stdout  # phone metadata for India was bundled


def test_only_the_needed_parts_are_bundled(bundle):
    internal = bundle / "_internal"
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.so")}
    assert {"QtCore", "QtGui", "QtWidgets"} <= qt_modules
    assert not {"QtQml", "QtQuick", "QtWebEngineCore", "Qt3DCore", "QtMultimedia"} & qt_modules
    assert not list(internal.glob("zxingcpp*")), "a dev-only library was bundled"
    assert (internal / "assets" / "campaigns").is_dir()
    assert (internal / "assets" / "fonts" / "NotoSans-Regular.ttf").is_file()
    assert (internal / "assets" / "icons" / "outreach-kit-256.png").is_file()
    assert "GNU GENERAL PUBLIC LICENSE" in (internal / "LICENSE").read_text(encoding="utf-8")
    notices = (internal / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    assert "PySide6_Essentials" in notices and "PyInstaller" in notices


def test_the_python_modules_bundled_are_the_apps_not_the_test_tools(bundle):
    toc = REPO / "build" / "pyinstaller" / "outreach-kit" / "PYZ-00.toc"
    if os.environ.get("OUTREACH_KIT_BUNDLE") or not toc.is_file():
        pytest.skip("needs the build's own PYZ table of contents")
    modules = {entry[0] for entry in ast.literal_eval(toc.read_text(encoding="utf-8"))[1]}
    # Imported by name or lazily, so only the spec's hidden imports bring them in.
    for needed in ("kit.selftest", "kit.ui.shell.main_window", "kit.commands.events",
                   "kit.handouts.flyer", "phonenumbers.data", "email_validator"):
        assert needed in modules, needed
    for unwanted in ("pytest", "hypothesis", "pypdf", "phonenumbers.geodata", "tkinter"):
        assert unwanted not in modules, unwanted


def test_the_linux_install_script_puts_the_app_in_the_menu(bundle, tmp_path):
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix), "BUNDLE": str(bundle)}
    done = subprocess.run(["bash", "packaging/linux/install.sh"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    app_id = "org.outreachkit.OutreachKit"
    desktop = prefix / "share" / "applications" / f"{app_id}.desktop"
    assert f'Exec="{prefix}/lib/outreach-kit/outreach-kit"' in desktop.read_text()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{app_id}.png").is_file()
    assert (prefix / "share" / "metainfo" / f"{app_id}.metainfo.xml").is_file()
    linked = subprocess.run([str(prefix / "bin" / "outreach-kit"), "--version"],
                            capture_output=True, text=True, timeout=60)
    assert linked.stdout.strip() == f"outreach-kit {__version__}"  # works through the symlink
    done = subprocess.run(["bash", "packaging/linux/install.sh", "--uninstall"], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and not desktop.exists()
    assert not (prefix / "lib" / "outreach-kit").exists()
