"""One way to retranslate (app/ui/retranslating.py): a widget that lists the mixin writes its
texts again when the language changes, and no widget of the interface handles the language
change on its own."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from app.ui.i18n import current_language, install_language
from app.ui.retranslating import Retranslating

UI_DIR = Path(__file__).resolve().parents[2] / "app" / "ui"


class _Greeting(Retranslating, QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel()
        QVBoxLayout(self).addWidget(self.label)
        self.languages: list[str] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.languages.append(current_language())
        self.label.setText(self.tr("Hello"))


def test_a_widget_with_the_mixin_retranslates_on_a_language_change(
    qtbot: Any, qapp: Any, spanish: None
) -> None:
    widget = _Greeting()
    qtbot.addWidget(widget)
    assert widget.label.text() == "Hello" and widget.languages == ["es"]
    for language in ("en", "es"):
        install_language(language)
        qapp.processEvents()  # Qt posts the LanguageChange events
    assert widget.languages == ["es", "en", "es"]


def test_only_the_mixin_handles_the_language_change() -> None:
    """A ``changeEvent`` elsewhere in app/ui would be a second way to retranslate."""
    found = []
    for path in sorted(UI_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and node.name == "changeEvent":
                found.append(path.relative_to(UI_DIR).as_posix())
    assert found == ["retranslating.py"]
