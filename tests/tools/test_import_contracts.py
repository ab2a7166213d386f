"""The import contracts in pyproject.toml ([tool.importlinter]) hold: the layers, the UI reaching
data only through the services, no cycles among the services, none among the UI's areas and
modules. Same as `uv run lint-imports`."""

from __future__ import annotations

import os
from pathlib import Path

from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parents[2]


def test_the_import_contracts_are_kept(capsys, monkeypatch):
    monkeypatch.chdir(REPO)  # the contracts are read from ./pyproject.toml
    exit_code = lint_imports(config_filename=os.fspath(REPO / "pyproject.toml"), no_cache=True,
                             no_logo=True)
    report = capsys.readouterr().out
    assert exit_code == 0, report
    assert "4 kept, 0 broken" in report, report  # every contract ran, none was dropped
