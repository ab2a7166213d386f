"""No widget stores something under the name of one of its Qt methods (`self.event = QComboBox()`
hides QWidget.event, which Qt calls for every event the widget gets)."""

from __future__ import annotations

import ast
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

UI = Path(__file__).resolve().parents[2] / "kit" / "ui"
QT_MODULES = (QtWidgets, QtGui, QtCore)


def qt_class(name: str):
    for module in QT_MODULES:
        found = getattr(module, name, None)
        if isinstance(found, type):
            return found
    return None


def qt_names(node: ast.ClassDef, classes: dict[str, ast.ClassDef], seen=()) -> set[str]:
    """The public names of the Qt classes `node` derives from (through kit/ui's own classes)."""
    names: set[str] = set()
    for base in node.bases:
        base_name = base.attr if isinstance(base, ast.Attribute) else getattr(base, "id", "")
        qt = qt_class(base_name)
        if qt is not None:
            names |= {name for name in dir(qt) if not name.startswith("_")}
        elif base_name in classes and base_name not in seen:
            names |= qt_names(classes[base_name], classes, (*seen, base_name))
    return names


def test_no_widget_attribute_hides_a_qt_method():
    hiding = []
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in sorted(UI.rglob("*.py"))}
    classes = {node.name: node for tree in trees.values() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)}
    for path, tree in trees.items():
        for cls in (node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)):
            taken = qt_names(cls, classes)
            for node in ast.walk(cls):
                targets = (node.targets if isinstance(node, ast.Assign)
                           else [node.target] if isinstance(node, ast.AnnAssign) else [])
                for target in targets:
                    for leaf in ast.walk(target):
                        if (isinstance(leaf, ast.Attribute) and isinstance(leaf.value, ast.Name)
                                and leaf.value.id == "self" and leaf.attr in taken):
                            hiding.append(f"{path.name}:{leaf.lineno} {cls.name}.{leaf.attr}")
    assert hiding == []


def test_the_check_sees_a_hidden_method():
    """The scan above must flag what it is for, or it proves nothing."""
    tree = ast.parse("class Page(QWidget):\n    def __init__(self):\n        self.event = 1\n")
    cls = tree.body[0]
    assert "event" in qt_names(cls, {"Page": cls})
