"""What a person checks on presentation mode's ranking board, shared by its tests and the
picture's."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from app.ui.results.presentation import PresentationWindow


def visible_name_labels(window: PresentationWindow) -> list[QLabel]:
    """The name labels of the rows shown, both methods."""
    return [
        row.name
        for pool in window.board.rows
        for row in pool
        if row.name.isVisible() and row.full_name
    ]


def assert_whole_and_as_many_as_fit(window: PresentationWindow) -> None:
    """Every name shown whole inside the board, the "… and N more" line under the last row, and
    no room for one more row above it."""
    board = QRect(0, 0, window.board.width(), window.board.height())
    labels = visible_name_labels(window)
    assert len(labels) == 2 * window.board.shown_rows
    assert all(label.text() == label.accessibleName() for label in labels)  # whole
    assert all(board.contains(label.geometry()) for label in labels)
    more = [label for label in window.board.findChildren(QLabel) if "more" in label.text()]
    assert len(more) == 2
    for label in more:
        assert board.contains(label.geometry())
        assert label.geometry().top() >= max(n.geometry().bottom() for n in labels)
        assert label.geometry().bottom() + label.height() > board.bottom()  # no room left
