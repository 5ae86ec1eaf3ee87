"""The weights as the room sees them: one bar and its percentage per criterion, large.

Presentation mode shows them beside the rankings, so that the room sees cause and effect on one
mirrored screen: the facilitator picks a criterion with the arrow keys and moves its weight
(:class:`~app.ui.results.presentation.PresentationWindow` handles the keys; this widget only
shows). A bar's length is the criterion's share of the weight set in use, the longest bar the
largest share; the percentage is written beside it. The chosen criterion is marked with ▶ and a
light background.

The widget paints itself, with a type size fitted to the space it is given (as the ranking board
of presentation mode does): names wrap onto two lines rather than being cut, and in a wide, low
space (a portrait picture for a phone puts the weights above the rankings) the criteria go into
two columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QTextOption
from PySide6.QtWidgets import QWidget

from app.ui.i18n import format_share
from app.ui.style import TOPSIS_COLOR

BAR_COLOR = QColor("#555555")
CHOSEN_BACKGROUND = QColor("#FFF3B0")


@dataclass(frozen=True)
class WeightBar:
    """One criterion's line: its name in the interface language and its share in percent."""

    criterion_id: str
    name: str
    percent: float


class WeightBars(QWidget):
    """The weight set's bars (see the module doc). ``set_bars`` gives the content, ``chosen`` the
    marked criterion (``None``: none), ``title`` and ``hint`` the lines above and below."""

    MAX_PX = 34
    MIN_PX = 16
    #: Height of a bar, as a fraction of the type size.
    BAR = 0.7
    #: Space below each criterion, as a fraction of the type size.
    GAP = 0.45

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: tuple[WeightBar, ...] = ()
        self.chosen: str | None = None
        self.title = ""
        self.hint = ""
        self.columns = 1
        self.px = self.MAX_PX

    def set_bars(
        self, bars: Sequence[WeightBar], chosen: str | None, title: str, hint: str
    ) -> None:
        self.bars = tuple(bars)
        self.chosen = chosen if any(b.criterion_id == chosen for b in self.bars) else None
        self.title, self.hint = title, hint
        self.update()

    def texts(self) -> list[tuple[str, str]]:
        """(name, percentage) of each bar as shown, in order."""
        return [(bar.name, format_share(bar.percent)) for bar in self.bars]

    # -- sizes ------------------------------------------------------------------------------------
    def _font(self, px: int, *, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def _name_height(self, px: int, width: int, name: str) -> int:
        metrics = QFontMetrics(self._font(px))
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRect(0, 0, max(1, width), 10_000), flags, name).height()

    def _entry_height(self, px: int, width: int, bar: WeightBar) -> int:
        return self._name_height(px, width, bar.name) + round(px * (self.BAR + self.GAP))

    def _height_at(self, px: int, columns: int) -> int:
        width = self._column_width(columns)
        per_column = -(-len(self.bars) // columns)  # ceiling
        heights = [self._entry_height(px, width, bar) for bar in self.bars]
        tallest = max(
            (sum(heights[c * per_column : (c + 1) * per_column]) for c in range(columns)),
            default=0,
        )
        lines = QFontMetrics(self._font(px, bold=True)).height()
        if self.hint:
            lines += QFontMetrics(self._font(max(self.MIN_PX, px * 2 // 3))).height() * 2
        return lines + tallest

    def _column_width(self, columns: int) -> int:
        gap = self.MAX_PX
        return max(1, (self.width() - (columns - 1) * gap) // columns)

    def fit(self) -> tuple[int, int]:
        """(type size, columns) for the widget's size: the largest type that fits one column,
        else two columns where the space is wide and low, else the smallest type."""
        choices = (1, 2) if self.width() > 1.5 * self.height() else (1,)
        for columns in choices:
            for px in range(self.MAX_PX, self.MIN_PX - 1, -1):
                if self._height_at(px, columns) <= self.height():
                    return px, columns
        return self.MIN_PX, choices[-1]

    # -- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.px, self.columns = self.fit()
        px, columns = self.px, self.columns
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font, name_font = self._font(px, bold=True), self._font(px)
        painter.setFont(title_font)
        painter.setPen(QColor("#000000"))
        title_h = QFontMetrics(title_font).height()
        painter.drawText(
            QRect(0, 0, self.width(), title_h), int(Qt.AlignmentFlag.AlignLeft), self.title
        )
        width = self._column_width(columns)
        per_column = max(1, -(-len(self.bars) // columns))
        largest = max((bar.percent for bar in self.bars), default=0.0)
        metrics = QFontMetrics(name_font)
        share_w = metrics.horizontalAdvance(format_share(100.0)) + px // 2
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        for index, bar in enumerate(self.bars):
            column, row = divmod(index, per_column)
            if row == 0:
                y = title_h + px // 3
            x = column * (width + self.MAX_PX)
            height = self._entry_height(px, width, bar)
            if bar.criterion_id == self.chosen:
                painter.fillRect(QRect(x, y, width, height), CHOSEN_BACKGROUND)
            name_h = self._name_height(px, width, bar.name)
            painter.setFont(name_font)
            painter.setPen(QColor("#000000"))
            marker = "▶ " if bar.criterion_id == self.chosen else ""
            painter.drawText(QRectF(x, y, width, name_h), marker + bar.name, option)
            bar_top = y + name_h
            bar_h = round(px * self.BAR)
            track = max(0, width - share_w)
            length = round(track * bar.percent / largest) if largest > 0 else 0
            painter.fillRect(QRect(x, bar_top, track, bar_h), QColor(0, 0, 0, 18))
            painter.fillRect(
                QRect(x, bar_top, length, bar_h),
                TOPSIS_COLOR if bar.criterion_id == self.chosen else BAR_COLOR,
            )
            painter.drawText(
                QRect(
                    x + track, bar_top - (metrics.height() - bar_h) // 2, share_w, metrics.height()
                ),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_share(bar.percent),
            )
            y += height
        if self.hint:
            hint_font = self._font(max(self.MIN_PX, px * 2 // 3))
            painter.setFont(hint_font)
            painter.setPen(QColor("#333333"))
            hint_h = QFontMetrics(hint_font).height() * 2
            painter.drawText(
                QRectF(0, self.height() - hint_h, self.width(), hint_h), self.hint, option
            )
        painter.end()


__all__ = ["WeightBar", "WeightBars"]
