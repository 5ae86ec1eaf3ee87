"""A tab's page (app/ui/shell/editor_page.py): the editor gets the whole page, and the page
scrolls only where the window is smaller than the editor needs, word-wrapped lines included."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.ui.shell.editor_page import EditorPage


def _page(qtbot: Any, editor: QWidget, width: int, height: int) -> EditorPage:
    page = EditorPage()
    qtbot.addWidget(page)
    page.setWidget(editor)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page


def _editor(least_width: int, least_height: int, text: str = "") -> tuple[QWidget, QLabel]:
    editor = QWidget()
    layout = QVBoxLayout(editor)
    box = QWidget()
    box.setMinimumSize(least_width, least_height)
    label = QLabel(text)
    label.setWordWrap(True)
    layout.addWidget(box)
    layout.addWidget(label)
    return editor, label


def test_the_editor_gets_the_whole_page_where_it_fits(qtbot: Any) -> None:
    editor, _ = _editor(200, 150)
    page = _page(qtbot, editor, 600, 500)
    assert editor.size() == page.maximumViewportSize()
    assert not page.horizontalScrollBar().isVisible()
    assert not page.verticalScrollBar().isVisible()


def test_a_page_narrower_than_its_editor_scrolls_sideways_only(qtbot: Any) -> None:
    editor, _ = _editor(500, 150)
    page = _page(qtbot, editor, 300, 500)
    qtbot.waitUntil(page.horizontalScrollBar().isVisible)
    assert editor.width() >= 500
    assert not page.verticalScrollBar().isVisible()


def test_a_wrapped_label_that_needs_more_lines_makes_the_page_scroll(qtbot: Any) -> None:
    words = " ".join(["comunidad"] * 120)
    editor, label = _editor(100, 100, words)
    page = _page(qtbot, editor, 250, 200)
    qtbot.waitUntil(page.verticalScrollBar().isVisible)
    # every line of the label is there to scroll to: none is cut
    assert label.height() >= label.heightForWidth(label.width())
