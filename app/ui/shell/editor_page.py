"""The page of a tab that holds an editor: it scrolls only when the window is too small for it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent


class EditorPage(QScrollArea):
    """A tab's page that scrolls only when the window is smaller than its editor's minimum.

    On a small screen (a laptop at 125 % or 150 %) an editor may need more room than the window
    has: its page scrolls rather than squeezing it. Otherwise the editor gets the whole page, as
    without a scroll area: a plain QScrollArea would scroll as soon as the page is lower than the
    editor's preferred height, which word-wrapped labels make large.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(False)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # the editor's minimum may have changed (a criterion added)
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        widget = self.widget()
        if widget is None:
            return
        least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
        room = self.maximumViewportSize()  # the page without scroll bars
        width = max(room.width(), least.width())
        height = max(room.height(), least.height())
        if width > room.width():  # a horizontal scroll bar takes some height
            height = max(least.height(), height - self._bar())
        if height > room.height():  # a vertical one some width
            width = max(least.width(), room.width() - self._bar())
        self._resize(widget, width, height)
        # Qt's minimum sizes leave out how many lines a word-wrapped label needs at the width
        # it gets: where one would be cut, the page grows by what is missing, and scrolls
        for _ in range(10):  # the layout shares what is added: it takes a few rounds
            missing = sum(
                max(0, label.heightForWidth(label.width()) - label.height())
                for label in widget.findChildren(QLabel)
                if label.wordWrap() and label.isVisible()
            )
            if missing == 0:
                break
            height += missing
            if height > room.height():
                width = max(least.width(), room.width() - self._bar())
            self._resize(widget, width, height)

    @staticmethod
    def _resize(widget: QWidget, width: int, height: int) -> None:
        if widget.size() != QSize(width, height):
            widget.resize(width, height)
        layout = widget.layout()
        if layout is not None:
            layout.activate()  # laid out now, to measure the labels

    def _bar(self) -> int:
        """A scroll bar's thickness."""
        return self.verticalScrollBar().sizeHint().width()
