"""scripts/kiosk_screenshots.py under a real X display: Xvfb and the openbox window manager, the
way a volunteer's laptop shows the kiosk. One size and one language here (the whole set takes
minutes); the script itself checks that Sign up and every label are inside the window.

Skipped where Xvfb, openbox or Qt's xcb libraries are missing, except in CI (CI=true), which must
prove it (tests/parts.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.parts import require_tools, require_xcb

REPO = Path(__file__).resolve().parents[2]


# Xvfb and a window manager: one such test at a time (--dist loadgroup).
@pytest.mark.xdist_group("xvfb")
def test_the_screenshot_script_photographs_the_kiosk_under_xvfb(tmp_path):
    require_tools("an X display with a window manager", "xvfb-run", "openbox",
                  package="xvfb xauth openbox")
    require_xcb()  # without them Qt aborts inside Xvfb instead of drawing
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "kiosk_screenshots.py"), str(tmp_path),
         "--sizes", "1024x600", "--languages", "ur", "--variants", "large-contrast"],
        capture_output=True, text=True, timeout=300, cwd=REPO)
    assert done.returncode == 0, done.stdout + done.stderr
    shots = sorted(p.name for p in (tmp_path / "1024x600" / "large-contrast").glob("*.png"))
    assert shots == ["ur-empty.png", "ur-error.png", "ur-thanks.png"]
    with Image.open(tmp_path / "1024x600" / "large-contrast" / "ur-empty.png") as image:
        assert image.size == (1024, 600)
        low, high = image.convert("L").getextrema()
        assert high - low > 100  # something was drawn, not a blank screen
