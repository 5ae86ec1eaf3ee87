"""A short guide for the room: what the weights, TOPSIS, AHP, the consistency ratio and the
screening mean, in plain words.

The guide is an HTML page per language in ``app/resources/help_<lang>.html``; a language without
its own page (Quechua, for now) reads the Spanish one. The window is not modal, so it can stay open
beside the workshop, and it follows a language switch at once.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.ui.i18n import current_language
from app.ui.retranslating import Retranslating

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
#: The language whose guide is shown when the interface language has none.
FALLBACK_LANGUAGE = "es"
#: Base size of the guide's text, in points (the pages set their own larger headings).
FONT_POINTS = 15


def help_path(language: str) -> Path:
    """The guide for ``language``, or the Spanish one if that language has none."""
    path = RESOURCES_DIR / f"help_{language}.html"
    return path if path.is_file() else RESOURCES_DIR / f"help_{FALLBACK_LANGUAGE}.html"


class HelpWindow(Retranslating, QDialog):
    """The built-in guide in the interface language (a non-modal window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModal(False)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        font = self.browser.font()
        font.setPointSize(FONT_POINTS)
        self.browser.setFont(font)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.language = ""
        self.retranslate()
        self.resize(820, 760)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Guide — Priorizar"))
        self.load(current_language())

    def load(self, language: str) -> None:
        """Show the guide for ``language`` (falls back to Spanish)."""
        path = help_path(language)
        self.language = path.stem.removeprefix("help_")
        try:
            html = path.read_text(encoding="utf-8")
        except OSError as error:
            message = self.tr("The guide could not be read: %s") % error
            html = "<p>" + escape(message) + "</p>"
        self.browser.setHtml(html)

    def text(self) -> str:
        """The guide as plain text (what the reader sees)."""
        return self.browser.toPlainText()
