"""Layering: everything below kit/ui works without Qt (docs/architecture.md: the store never needs a GUI)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
KIT = REPO / "kit"
QT_FREE_PACKAGES = ("kit.domain", "kit.store", "kit.services", "kit.commands",
                    "kit.handouts", "kit.export", "kit.sync", "kit.content")

# Runs in a fresh interpreter: any attempt to import PySide6 (or shiboken6) fails, then every
# module under the Qt-free packages is imported and the CLI parser is built.
PROBE = r"""
import importlib, importlib.abc, json, pkgutil, sys

class NoQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
            raise ImportError(f"{name} is blocked: this layer must not need Qt")
        return None

sys.meta_path.insert(0, NoQt())
imported, missing, failed = [], [], {}
for package in json.loads(sys.argv[1]):
    try:
        module = importlib.import_module(package)
    except ModuleNotFoundError as exc:
        if exc.name == package:
            missing.append(package)
            continue
        failed[package] = repr(exc)
        continue
    except Exception as exc:
        failed[package] = repr(exc)
        continue
    imported.append(package)
    for info in pkgutil.walk_packages(module.__path__, package + ".",
                                      onerror=lambda name: failed.setdefault(name, "walk error")):
        try:
            importlib.import_module(info.name)
            imported.append(info.name)
        except Exception as exc:
            failed[info.name] = repr(exc)
import kit.cli
kit.cli.build_parser().parse_args(["contacts", "list", "--json"])
imported.append("kit.cli")
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"imported": imported, "missing": missing, "failed": failed, "qt": qt}))
"""


def test_non_ui_packages_and_the_cli_import_without_pyside6():
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(QT_FREE_PACKAGES)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["failed"] == {}
    assert result["qt"] == []
    for required in ("kit.domain.signup", "kit.store.database", "kit.services.signups", "kit.cli"):
        assert required in result["imported"]
    # Packages being written by other sessions may not exist yet; the core ones must.
    assert not {"kit.domain", "kit.store", "kit.services"} & set(result["missing"])


def test_the_probe_really_blocks_pyside6():
    """The meta-path finder in PROBE must make a PySide6 import fail, or the test above proves nothing."""
    finder = PROBE.split("imported, missing")[0]
    script = finder + "try:\n    import PySide6.QtCore\nexcept ImportError:\n    print('blocked')\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "blocked", done.stderr


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_outside_kit_ui_imports_qt():
    offenders = []
    for path in sorted(KIT.rglob("*.py")):
        relative = path.relative_to(KIT)
        if relative.parts[0] == "ui":
            continue
        for name in imports_of(path):
            if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                offenders.append(f"{relative}: {name}")
    assert offenders == []


# Which layer may import which is an import-linter contract: see tests/tools/test_import_contracts.py.
