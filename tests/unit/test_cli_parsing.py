"""The command line: opening the app parses only the global options (no sub-command module is
imported), while commands, help and mistakes go through the whole parser as before."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kit.cli import EXIT_BAD_INPUT, parse_arguments

REPO = Path(__file__).resolve().parents[2]


def test_opening_the_app_needs_no_command_module():
    probe = ("import json, sys, kit.cli\n"
             "args = kit.cli.parse_arguments(['--data-dir', 'somewhere', '--smoke'])\n"
             "print(json.dumps({'smoke': args.smoke, 'dir': args.data_dir, 'cmd': args.command,\n"
             "  'loaded': sorted(m for m in sys.modules if m.startswith('kit.commands.'))}))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == {"smoke": True, "dir": "somewhere", "cmd": None, "loaded": []}


def test_a_command_goes_through_the_whole_parser():
    args = parse_arguments(["--data-dir", "somewhere", "event", "add", "Fair"])
    assert (args.command, args.data_dir, args.name) == ("event", "somewhere", "Fair")
    assert args.option_names  # set by the whole parser only


def test_no_arguments_open_the_app():
    args = parse_arguments([])
    assert args.command is None and not args.smoke and not args.self_test


@pytest.mark.parametrize("words", [["--smoke", "nonsense"], ["--no-such-option"],
                                   ["--data-dir"]])
def test_mistakes_are_refused_with_exit_2(words, capsys):
    with pytest.raises(SystemExit) as stop:
        parse_arguments(words)
    assert stop.value.code == EXIT_BAD_INPUT
    assert "usage: outreach-kit --help" in capsys.readouterr().err


def test_help_still_lists_the_commands(capsys):
    with pytest.raises(SystemExit) as stop:
        parse_arguments(["--help"])
    assert stop.value.code == 0
    shown = capsys.readouterr().out
    assert "event" in shown and "signup" in shown and "--smoke" in shown
