"""Every user-facing string in kit/ui goes through Qt's translation (issue 7, Languages).

A static check with `ast`: a string literal (or an f-string with words in it) passed straight to
a call that puts text on screen or reads it to a screen reader - setText, setWindowTitle,
QLabel(...), QPushButton(...), addTab, setPlaceholderText, setToolTip, setAccessibleName,
QMessageBox.question/warning/... - must be wrapped in `self.tr(...)`, `translate(...)` or
`QCoreApplication.translate(...)`, so pyside6-lupdate finds it and a translator can translate it.
Strings without letters ("", "—", "0") are never language. The few literals that are not
language either (markup around already translated text, a product name) are allowed below,
one by one, with the reason.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI_DIR = Path(__file__).resolve().parents[2] / "kit" / "ui"

# Calls whose string arguments are shown (or spoken) to the user.
TEXT_METHODS = frozenset({
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "addTab", "insertTab",
    "setTabText", "addRow", "setTitle", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "showMessage", "setLabelText", "setInformativeText",
    "setDetailedText", "setSuffix", "setPrefix", "setSpecialValueText", "addButton", "addItem",
})
TEXT_WIDGETS = frozenset({
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QCommandLinkButton", "PlainLabel", "rich_label",
})
MESSAGE_BOX_FUNCTIONS = frozenset({"question", "information", "warning", "critical", "about"})

# Literal text that is not language, by file: keep this list short and say why.
ALLOWED: dict[str, frozenset[str]] = {
    # Rich-text markup around a label and a hint that are both translated already.
    "kiosk/signup_form.py": frozenset({" <span style='font-weight:400;color:", "'>(", ")</span>"}),
    # The placeholder of a colour field is an example hex code (#RRGGBB), the same in every language.
    "content/colours.py": frozenset({"#1D4A55"}),
}

# Being converted by another change (the Content tab's own pages); remove a file from here once
# its strings go through tr, so the rule covers it too.
PENDING: frozenset[str] = frozenset()


def _has_words(text: str) -> bool:
    return any(character.isalpha() for character in text)


def _literal_texts(node: ast.AST) -> list[str]:
    """The language-looking literal pieces of an argument that is not a translation call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _has_words(node.value) else []
    if isinstance(node, ast.JoinedStr):
        return [part.value for part in node.values
                if isinstance(part, ast.Constant) and _has_words(part.value)]
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [text for element in node.elts for text in _literal_texts(element)]
    return []  # a call (tr, translate, arg, …), a name or an attribute: not a bare literal


def _shows_text(call: ast.Call) -> bool:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id in TEXT_WIDGETS
    if not isinstance(function, ast.Attribute):
        return False
    if function.attr in TEXT_METHODS or function.attr in TEXT_WIDGETS:
        return True
    return (function.attr in MESSAGE_BOX_FUNCTIONS and isinstance(function.value, ast.Name)
            and function.value.id == "QMessageBox")


def untranslated(path: Path) -> list[str]:
    """'file:line: text' for each literal shown to the user without going through tr."""
    allowed = ALLOWED.get(_ui_name(path), frozenset())
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if not (isinstance(node, ast.Call) and _shows_text(node)):
            continue
        for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
            found += [f"{path.name}:{node.lineno}: {text!r}"
                      for text in _literal_texts(argument) if text not in allowed]
    return found


def _ui_name(path: Path) -> str:
    """The file's place in kit/ui ('kiosk/signup_form.py'), the key of ALLOWED and PENDING."""
    return path.relative_to(UI_DIR).as_posix() if path.is_relative_to(UI_DIR) else path.name


# Every area folder too: a file moved into kit/ui/<area>/ must stay covered.
UI_FILES = sorted(path for path in UI_DIR.rglob("*.py") if _ui_name(path) not in PENDING)


@pytest.mark.parametrize("path", UI_FILES, ids=_ui_name)
def test_user_facing_strings_go_through_tr(path: Path) -> None:
    problems = untranslated(path)
    assert not problems, ("Wrap these in self.tr(...) or QCoreApplication.translate(...), with "
                          "%1/%n placeholders instead of f-strings:\n" + "\n".join(problems))


def test_the_check_catches_plain_strings(tmp_path: Path) -> None:
    """The scanner itself: plain text, f-strings and message boxes are caught; tr is not."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def build(self, n):\n"
        "    self.title.setText('Plain')\n"
        "    QLabel(f'{n} sign-ups')\n"
        "    QMessageBox.warning(self, self.tr('Fine'), 'Not fine')\n"
        "    self.ok.setText(self.tr('Wrapped'))\n"
        "    self.dash.setText('—')\n"
        "    self.box.setAccessibleName(arg(self.tr('Row %1'), n))\n",
        encoding="utf-8",
    )
    assert [line.split(": ", 1)[1] for line in untranslated(sample)] == [
        "'Plain'", "' sign-ups'", "'Not fine'"]


def test_allowed_and_pending_files_exist() -> None:
    """A renamed or removed file must not leave a stale exemption behind."""
    names = {_ui_name(path) for path in UI_DIR.rglob("*.py")}
    assert set(ALLOWED) <= names
    assert PENDING <= names
