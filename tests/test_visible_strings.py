"""Every string the clerk sees passes through Qt's translator.

A literal with letters handed straight to a widget (a label, a button, a tooltip, a combo
item, a tab, a header...) would show in English on a Thai screen. Text built by
`self.tr(...)` or `QCoreApplication.translate(...)` is a call, not a literal, so it passes.
"""

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "desktop" / "ui"
SETTERS = {
    "setText", "setPlaceholderText", "setToolTip", "setWindowTitle", "setTitle", "addItem",
    "insertItem", "setItemText", "addTab", "insertTab", "setTabText", "setFormat",
    "setLabelText", "setStatusTip", "setWhatsThis", "addAction", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addRow", "showMessage",
    "setSuffix", "setPrefix", "setSpecialValueText",
}  # fmt: skip
CONSTRUCTORS = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QTableWidgetItem", "QTreeWidgetItem", "QListWidgetItem",
}  # fmt: skip
# Literals that are meant to read the same in every language.
ALLOWED = {"ภาษาไทย", "English", "Excel (*.xlsx)", "–", "x-xxxx-xxxxx-xx-x"}
# Where the visible text is among the arguments (the rest is item data, an index...).
VISIBLE_ARGUMENT = {"addItem": 0, "addRow": 0, "insertItem": 1, "setItemText": 1, "setTabText": 1}


def visible_literals(node: ast.AST) -> list[str]:
    """String literals with letters inside an argument (lists of headers included)."""
    if isinstance(node, ast.Call):  # tr(...), translate(...), format(...) are fine
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value.strip()
        return [text] if any(c.isalpha() for c in text) and text not in ALLOWED else []
    return [text for child in ast.iter_child_nodes(node) for text in visible_literals(child)]


def visible_arguments(call: ast.Call, name: str) -> list[ast.AST]:
    """The arguments that are shown, except those that are themselves calls (self.tr)."""
    arguments = call.args
    if name in VISIBLE_ARGUMENT:
        index = VISIBLE_ARGUMENT[name]
        arguments = arguments[index : index + 1]
    return [arg for arg in arguments if not isinstance(arg, ast.Call)]


def untranslated(path: Path) -> list[str]:
    problems = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name not in SETTERS and name not in CONSTRUCTORS:
            continue
        for argument in visible_arguments(node, name):
            if isinstance(argument, ast.Constant | ast.List | ast.Tuple):
                for text in visible_literals(argument):
                    problems.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {text!r}")
    return problems


def test_no_visible_string_bypasses_translation() -> None:
    problems = [problem for path in sorted(UI.rglob("*.py")) for problem in untranslated(path)]
    assert problems == []


def test_the_check_finds_an_untranslated_label(tmp_path: Path) -> None:
    sample = UI / "_sample_untranslated.py"
    try:
        sample.write_text(
            "from PySide6.QtWidgets import QLabel, QPushButton\n"
            "label = QLabel('Households')\n"
            "button = QPushButton(tr('Save'))\n"
            "label.setToolTip('Click to open')\n"
            "label.setHeaderLabels(['Name', tr('Age')])\n",
            encoding="utf-8",
        )
        found = untranslated(sample)
    finally:
        sample.unlink()
    assert [problem.split(": ", 1)[1] for problem in found] == [
        "'Households'",
        "'Click to open'",
        "'Name'",
    ]
