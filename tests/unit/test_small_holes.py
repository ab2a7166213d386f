"""Smaller holes found by trying the kit as an attacker would (issue 21)."""

from __future__ import annotations

import argparse

import pytest

from kit.logsetup import private_rotating_file_handler
from tests.kit_fixtures import Cli


def test_the_log_file_is_not_opened_through_a_link(tmp_path):
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("someone else's file\n")
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "outreach-kit.log").symlink_to(elsewhere)
    with pytest.raises(OSError):
        private_rotating_file_handler(logs / "outreach-kit.log")
    assert elsewhere.read_text() == "someone else's file\n"


@pytest.mark.parametrize("value", ["inf", "nan", "-Infinity", "-1", "1e9", "soon"])
def test_sync_max_wait_refuses_what_is_not_a_finite_wait(value):
    from kit.commands import wait_seconds

    with pytest.raises(argparse.ArgumentTypeError, match="--max-wait|seconds"):
        wait_seconds(value)


def test_sync_max_wait_inf_is_exit_2_with_one_line_before_anything_changes(tmp_path):
    cli = Cli(tmp_path / "data")
    for value in ("inf", "nan"):
        done = cli("sync", "--retry-failed", "--max-wait", value)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert "--max-wait" in done.stderr
    assert wait_seconds_ok("0") == 0.0 and wait_seconds_ok("2.5") == 2.5


def wait_seconds_ok(text: str) -> float:
    from kit.commands import wait_seconds

    return wait_seconds(text)
