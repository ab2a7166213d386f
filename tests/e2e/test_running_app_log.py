"""An app already running when `protect init` runs from the command line coarsens its log's
times from its next line on, without a restart (issue 21)."""

from __future__ import annotations

import logging
import re

from kit.logsetup import KitFormatter, use_coarse_times
from tests.kit_fixtures import Cli

PASS = "correct horse battery staple"


def test_a_running_process_coarsens_its_log_once_another_turns_protection_on(tmp_path):
    cli = Cli(tmp_path / "data")
    assert cli("event", "add", "Lake Street table").returncode == 0
    use_coarse_times(False)
    # The running app's log format, as configure_logging gives it to the log file.
    formatter = KitFormatter("%(asctime)s %(message)s", log_dir=cli.data_dir / "logs")
    line = logging.LogRecord("kit", logging.INFO, __file__, 1, "a sign-up", None, None)
    try:
        assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} ", formatter.format(line))

        done = cli("protect", "init", "--passphrase-env", "KIT_PASS", env={"KIT_PASS": PASS})
        assert done.returncode == 0, done.stderr

        later = logging.LogRecord("kit", logging.INFO, __file__, 1, "a sign-up", None, None)
        stamp = formatter.format(later).split(" a sign-up")[0]
        assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:(00|15|30|45)", stamp), stamp
    finally:
        use_coarse_times(False)
