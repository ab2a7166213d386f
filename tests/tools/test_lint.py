"""The code base stays clean under ruff (style, import order, bug patterns), as docs/development.md asks."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.parts import require_part

REPO = Path(__file__).resolve().parents[2]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    if not Path(ruff).exists():
        require_part("ruff", "not installed (it is a dev dependency: uv sync)")
    done = subprocess.run([ruff, "check", "--no-cache", "."], cwd=REPO, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
