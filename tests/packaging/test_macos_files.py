"""Fast checks of the macOS packaging and the release workflow (nothing here can run macOS):
the .app's Info.plist entries in the spec, its minimum macOS against the locked Qt wheels, the
disk-image script, and the workflow that builds both systems on a forge's hosted runners.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "outreach-kit.spec"
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"


def test_the_app_bundle_names_itself_and_its_minimum_macos():
    spec = SPEC.read_text(encoding="utf-8")
    for key in ("CFBundleIdentifier", "CFBundleName", "CFBundleShortVersionString",
                "CFBundleVersion", "LSMinimumSystemVersion", "NSHighResolutionCapable"):
        assert f'"{key}"' in spec, key
    assert 'bundle_identifier=APP_ID' in spec and 'icon=str(ICONS / "outreach-kit.icns")' in spec


def test_the_minimum_macos_is_the_locked_qt_wheels_own():
    """A .app that claims an older macOS than its Qt was built for would crash at start."""
    minimum = re.search(r'^MACOS_MINIMUM = "(\d+)\.(\d+)"', SPEC.read_text(encoding="utf-8"),
                        re.M)
    lock = (REPO / "uv.lock").read_text(encoding="utf-8")
    version = re.search(r'name = "pyside6-essentials"\nversion = "([^"]+)"', lock)[1]
    tags = set(re.findall(rf"pyside6_essentials-{re.escape(version)}-[^\"]*macosx_(\d+)_(\d+)_",
                          lock))
    assert tags, "no macOS wheel of PySide6 in the lock"
    floor = min((int(major), int(minor)) for major, minor in tags)
    assert (int(minimum[1]), int(minimum[2])) >= floor


def test_the_dmg_script_parses():
    done = subprocess.run(["bash", "-n", str(REPO / "packaging" / "macos" / "make-dmg.sh")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_release_workflow_builds_windows_and_both_macos_architectures():
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert "{ os: windows-latest, system: windows, arch: x86_64 }" in workflow
    assert "system: macos, arch: arm64" in workflow and "system: macos, arch: x86_64" in workflow
    for step in ("packaging/core-tests.txt", "bash packaging/build.sh", "--self-test",
                 "packaging/windows/installer.nsi", "packaging/macos/make-dmg.sh",
                 "actions/upload-artifact"):
        assert step in workflow, step
    assert "\t" not in workflow  # YAML: spaces only


def test_the_core_test_list_names_existing_files_below_the_ui():
    listed = [line.split("#")[0].strip() for line in
              (REPO / "packaging" / "core-tests.txt").read_text(encoding="utf-8").splitlines()]
    listed = [path for path in listed if path]
    assert len(listed) == len(set(listed)) > 30
    for path in listed:
        text = (REPO / path).read_text(encoding="utf-8")
        assert "qtbot" not in text, path  # no widget tests: those need a display
