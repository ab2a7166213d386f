"""The suite's own safety nets: no test reaches the user's data dir or shared settings."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from kit.services.retention import qt_shared_settings_file


def test_the_shared_qt_settings_a_wipe_edits_are_a_throwaway_copy():
    # wipe() drops the folder history from QtProject.conf: every test that wipes would edit
    # the real user's file without conftest's throwaway XDG_CONFIG_HOME.
    shared = qt_shared_settings_file()
    assert shared is not None
    assert not shared.is_relative_to(Path.home() / ".config")
    assert shared.is_relative_to(Path(tempfile.gettempdir()))


def test_the_data_dir_is_a_throwaway_folder():
    assert Path(os.environ["OUTREACH_KIT_HOME"]).is_relative_to(Path(tempfile.gettempdir()))
