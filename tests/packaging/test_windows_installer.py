"""The Windows release check, under Wine: build the installer, install it silently, run the
installed app, record a sign-up and read it back, uninstall.

Slow (the build runs PyInstaller under Wine: minutes on a 2-core machine), so it runs only when
asked, on a Debian machine (packaging/windows/build.sh installs Wine, NSIS and the rest):

    OUTREACH_KIT_WINDOWS=1 uv run pytest tests/packaging/test_windows_installer.py -v

OUTREACH_KIT_WINDOWS_INSTALLER=path/to/OutreachKit-Setup-X.exe checks an installer already
built instead of building one. Everything happens in a copy of the build's Wine prefix, in a
temporary folder: the build's cache is left as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kit import __version__
from kit.selftest import CHECKS

REPO = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 3600
CACHE = Path(os.environ.get("OUTREACH_KIT_WINDOWS_CACHE",
                            Path.home() / ".cache" / "outreach-kit-windows"))
UNINSTALL_KEY = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\OutreachKit"

pytestmark = pytest.mark.skipif(
    os.environ.get("OUTREACH_KIT_WINDOWS") != "1" or not sys.platform.startswith("linux"),
    reason="the Windows installer check runs only with OUTREACH_KIT_WINDOWS=1 (under Wine)",
)


@pytest.fixture(scope="module")
def installer() -> Path:
    given = os.environ.get("OUTREACH_KIT_WINDOWS_INSTALLER")
    if given:
        return Path(given).resolve()
    started = time.monotonic()
    done = subprocess.run(["bash", "packaging/windows/build.sh"], cwd=REPO, capture_output=True,
                          text=True, timeout=BUILD_TIMEOUT_S, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-4000:]
    print(f"\nWindows build took {time.monotonic() - started:.0f} s")
    built = REPO / "dist" / "windows" / f"OutreachKit-Setup-{__version__}.exe"
    assert built.is_file(), done.stdout[-2000:]
    return built


class Wine:
    """One Wine prefix (a copy of the build's) and the paths of its only user."""

    def __init__(self, prefix: Path):
        self.prefix = prefix
        # Not the tests' own OUTREACH_KIT_HOME (tests/conftest.py): the installed app must use
        # its default data folder, %LOCALAPPDATA%\outreach-kit.
        host = {k: v for k, v in os.environ.items() if k != "OUTREACH_KIT_HOME"}
        self.env = {**host, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all",
                    "WINEDLLOVERRIDES": "mscoree,mshtml="}
        users = [p for p in (prefix / "drive_c" / "users").iterdir()
                 if p.is_dir() and p.name != "Public"]
        assert len(users) == 1, users
        self.home = users[0]
        self.local = self.home / "AppData" / "Local"

    def run(self, *args: str, timeout: float = 300, env: dict | None = None):
        # Wine keeps the host's QT_* variables from Windows programs (they are meant for the
        # host's Qt) and passes WINEQT_* on as QT_*.
        extra = {(f"WINE{k}" if k.startswith("QT_") else k): v for k, v in (env or {}).items()}
        # Pipes, never files: Wine 8 gives CPython an invalid handle for a redirected file.
        done = subprocess.run(["wine", *args], env={**self.env, **extra},
                              capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, errors="replace")
        self.wait()
        done.stdout = done.stdout.replace("\r\n", "\n")
        return done

    def wait(self) -> None:
        """Until every Windows process of the prefix has ended (an uninstaller copies itself
        to the temporary folder and goes on from there)."""
        subprocess.run(["wineserver", "--wait"], env=self.env, timeout=600)

    def user_registry(self) -> str:
        self.wait()  # wineserver writes user.reg when it has nothing left to do
        return (self.prefix / "user.reg").read_text(encoding="utf-8", errors="replace")

    @property
    def app_dir(self) -> Path:
        return self.local / "Programs" / "Outreach Kit"

    @property
    def data_dir(self) -> Path:
        return self.local / "outreach-kit"

    @property
    def shortcut(self) -> Path:
        return (self.home / "AppData" / "Roaming" / "Microsoft" / "Windows" / "Start Menu"
                / "Programs" / "Outreach Kit.lnk")

    def app(self, *args: str, timeout: float = 300, env: dict | None = None):
        return self.run(str(self.app_dir / "outreach-kit.exe"), *args, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def wine(installer, tmp_path_factory) -> Wine:
    source = CACHE / "wineprefix"
    assert (source / "system.reg").is_file(), f"no Wine prefix in {source}: run the build"
    prefix = tmp_path_factory.mktemp("wine") / "prefix"
    shutil.copytree(source, prefix, symlinks=True)
    return Wine(prefix)


@pytest.fixture(scope="module")
def installed(installer, wine) -> Wine:
    done = wine.run(str(installer), "/S")
    assert done.returncode == 0, done.stdout + done.stderr
    assert (wine.app_dir / "outreach-kit.exe").is_file(), sorted(wine.local.rglob("*"))[:50]
    return wine


def utf16(text: str) -> bytes:
    return text.encode("utf-16-le")


def test_the_installer_names_its_version_and_publisher(installer):
    data = installer.read_bytes()
    assert data[:2] == b"MZ"
    # VS_VERSIONINFO strings (Explorer > Properties > Details) are UTF-16 in the resource.
    for key, value in (("ProductName", "Outreach Kit"), ("ProductVersion", __version__),
                       ("CompanyName", "Outreach Kit contributors")):
        assert utf16(key) in data and utf16(value) in data, key


def test_it_installs_for_this_user_with_a_start_menu_shortcut(installed):
    assert (installed.app_dir / "uninstall.exe").is_file()
    assert (installed.app_dir / "_internal" / "LICENSE").is_file()
    assert installed.shortcut.is_file()
    registry = installed.user_registry()  # HKCU: no administrator rights were needed
    assert UNINSTALL_KEY in registry
    entry = registry.split(UNINSTALL_KEY, 1)[1].split("\n[", 1)[0]
    assert f'"DisplayVersion"="{__version__}"' in entry
    assert '"Publisher"="Outreach Kit contributors"' in entry
    assert '"QuietUninstallString"=' in entry and "/S" in entry


def test_the_installed_app_declares_itself_long_path_aware(installed):
    """Paths past 260 characters work where Windows' LongPathsEnabled is on (the manifest)."""
    exe = (installed.app_dir / "outreach-kit.exe").read_bytes()
    assert re.search(rb"<longPathAware[^>]*>true</longPathAware>", exe)


def test_the_installed_app_reports_its_version(installed):
    done = installed.app("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"outreach-kit {__version__}"


def test_the_installed_app_passes_its_self_test(installed):
    done = installed.app("--self-test", timeout=600, env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    for name, _check, _needs in CHECKS:
        assert any(line.strip().startswith(f"ok    {name}: ") for line in lines), done.stdout
    assert "(frozen, " in done.stdout
    assert "\\_internal\\assets" in done.stdout  # the assets came from inside the bundle


def test_the_installed_app_paints_its_window(installed, tmp_path):
    done = installed.app("--data-dir", "C:\\smoke-data", "--smoke", timeout=600,
                         env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_sign_up_recorded_through_the_cli_reads_back_then_uninstall_keeps_the_data(installed):
    # The default data folder, %LOCALAPPDATA%\outreach-kit, as on a volunteer's laptop.
    added = installed.app("event", "add", "Release check on Windows")
    assert added.returncode == 0, added.stderr
    done = installed.app("signup", "add", "--first-name", "Ada", "--email", "ada@example.org",
                         "--phone", "+91 98765 43210", "--consent-email")
    assert done.returncode == 0, done.stderr
    listed = installed.app("contacts", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    contacts = json.loads(listed.stdout)
    assert [(c["first_name"], c["email"], c["phone"]) for c in contacts] == [
        ("Ada", "ada@example.org", "+919876543210")]
    database = installed.data_dir / "outreach-kit.sqlite3"
    assert database.is_file()

    done = installed.run(str(installed.app_dir / "uninstall.exe"), "/S")
    assert done.returncode == 0, done.stdout + done.stderr
    installed.wait()
    assert not installed.app_dir.exists()
    assert not installed.shortcut.exists()
    assert UNINSTALL_KEY not in installed.user_registry()
    assert database.is_file(), "the uninstaller removed the data without being asked"


def test_the_uninstaller_removes_the_data_when_asked(installer, installed):
    assert installed.data_dir.is_dir()
    done = installed.run(str(installer), "/S")  # installed again, over the kept data
    assert done.returncode == 0 and (installed.app_dir / "outreach-kit.exe").is_file()
    done = installed.run(str(installed.app_dir / "uninstall.exe"), "/S", "/REMOVEDATA")
    assert done.returncode == 0, done.stdout + done.stderr
    installed.wait()
    assert not installed.app_dir.exists()
    assert not installed.data_dir.exists()
