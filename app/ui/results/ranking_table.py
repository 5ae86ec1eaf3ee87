"""A ranking's table on screen: the score drawn as a bar beside its number, and columns that give
the names their room first in a narrow window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.ui.i18n import format_number

if TYPE_CHECKING:
    pass
from app.ui.results.ranking_model import RELATIVE_ROLE, RankingModel
from app.ui.style import (
    TABLE_POINT_SIZE,
    enlarged,
)

#: Row height of the tables as a multiple of the font's line height (room for the score bar).
ROW_HEIGHT_FACTOR = 1.45
#: The room a cell keeps either side of its text, in pixels (Qt's styles keep 3; one more for
#: rounding at 125 % and 150 %).
TEXT_MARGIN = 4


class ScoreBarDelegate(QStyledItemDelegate):
    """Paints a score cell as a bar (score / best score, in the method's colour) and the number.

    The number sits in its own area at the right, in the text colour, so that it never lies on
    the coloured bar: black on blue or orange is hard to read on a projector.
    """

    #: Space kept for the bar when the column is sized to its contents, in pixels.
    MIN_BAR_WIDTH = 80

    def __init__(self, color: QColor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.color = QColor(color)

    def _number_width(self, metrics: QFontMetrics) -> int:
        # widest plausible number: three decimals and the locale's separator
        return metrics.horizontalAdvance(format_number(0.888, 3)) + metrics.averageCharWidth()

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        # the style draws the cell (background, selection, focus) without the number: paint()
        # draws it beside the bar
        option.text = ""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        # The cell as the style draws it, through the base class rather than QStyle from Python:
        # the first use of QStyle (or of QPainter.fillRect, which brings in QGradient) from
        # Python builds its many enum types, about 5 ms of the start-up, whose first paint this is.
        super().paint(painter, option, index)
        rect = option.rect.adjusted(4, 0, -4, 0)
        number_width = self._number_width(option.fontMetrics)
        bar_area = QRect(
            rect.left(), rect.top(), max(0, rect.width() - number_width), rect.height()
        )
        painter.save()
        # as high in a row of a long name (two lines) as in any other
        line = option.fontMetrics.height() * ROW_HEIGHT_FACTOR
        bar_height = max(4, round(min(bar_area.height(), line) * 0.55))
        top = bar_area.top() + (bar_area.height() - bar_height) // 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 18))  # the track: where a full bar would end
        painter.drawRect(QRect(bar_area.left(), top, bar_area.width(), bar_height))
        relative = index.data(RELATIVE_ROLE)
        if isinstance(relative, float) and relative > 0:
            width = round(bar_area.width() * min(1.0, relative))
            painter.setBrush(self.color)
            painter.drawRect(QRect(bar_area.left(), top, width, bar_height))
        view = option.widget
        selected = isinstance(view, QAbstractItemView) and view.selectionModel().isSelected(index)
        palette = option.palette
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        painter.setFont(option.font)
        text_rect = QRect(bar_area.right() + 1, rect.top(), number_width, rect.height())
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        size.setWidth(self._number_width(option.fontMetrics) + self.MIN_BAR_WIDTH + 8)
        return size

    def number_width(self, metrics: QFontMetrics) -> int:
        """The width a cell needs for its number alone (no bar)."""
        return self._number_width(metrics) + 8


class RankingTable(QTableView):
    """A ranking, whose score column gives way to the names in a narrow window.

    The rank and the change since the baseline have fixed widths, measured once from their widest
    texts; the names and the scores share the rest. The scores get :data:`SCORE_SHARE` of it, at
    least what their number and header need (the bar then shrinks to nothing: the chart below
    has the bars too) and at most the number and a :attr:`ScoreBarDelegate.MIN_BAR_WIDTH` bar;
    the bar gives way first to the longest name. A name longer than the names' column even then
    wraps onto a second line (its row grows), never cut. Where the scores would leave the names
    fewer than :data:`NAME_CHARACTERS` characters (a laptop at 150 %), the scores are not shown:
    the order and the names are what the table is for. Widths and the taller rows follow the
    table's width and the names (measured when the communities change, never when only the scores
    do): the live path lays out nothing but the taller rows that moved.
    """

    #: The scores' share of the width the rank and the change leave.
    SCORE_SHARE = 0.45
    #: Room kept for the names before the scores get any, in average characters.
    NAME_CHARACTERS = 14

    def __init__(self, model: RankingModel, color: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.delegate = ScoreBarDelegate(color, self)
        self.setItemDelegateForColumn(RankingModel.SCORE, self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab moves on to the next widget
        self.setWordWrap(True)  # only the rows of long names are tall enough to show it
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = enlarged(self.font(), TABLE_POINT_SIZE)
        self.setFont(font)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(QFontMetrics(font).height() * ROW_HEIGHT_FACTOR))
        header = self.horizontalHeader()
        header.setFont(enlarged(font, TABLE_POINT_SIZE, bold=True))
        header.setHighlightSections(False)
        header.setMinimumSectionSize(1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(RankingModel.COMMUNITY, QHeaderView.ResizeMode.Stretch)
        metrics = QFontMetrics(font)
        bold = QFontMetrics(header.font())
        padding = metrics.averageCharWidth()

        def heading(column: int) -> int:
            return bold.horizontalAdvance(model.headerData(column, Qt.Orientation.Horizontal) or "")

        rank = metrics.horizontalAdvance(model.rank_text(88, tied=True))
        header.resizeSection(RankingModel.RANK, max(rank, heading(RankingModel.RANK)) + padding)
        header.resizeSection(
            RankingModel.CHANGE,
            max(metrics.horizontalAdvance("▼ 88"), heading(RankingModel.CHANGE)) + padding,
        )
        number = self.delegate.number_width(metrics)
        self._name_least = self.NAME_CHARACTERS * metrics.averageCharWidth()
        self._score_least = max(number, heading(RankingModel.SCORE) + padding)
        self._score_most = number + ScoreBarDelegate.MIN_BAR_WIDTH + 16
        self._name_padding = 2 * padding  # the cell's margins, and room for the eye
        self._measured: tuple[object, ...] | None = None  # the communities whose names were
        self._widest_name = 0
        self._names: dict[str, str] = {}  # each community's name, by id, as measured
        self._tall: dict[str, int] = {}  # the extra height of the rows of long names, by id
        self._tall_for = -1  # the names' column width the tall rows were measured for
        self._tall_rows: list[int] = []  # the rows made taller, to make ordinary again
        self._wrapping = True  # whether long names wrap (see set_wrapping)
        model.modelReset.connect(self.fit_columns)
        model.layoutChanged.connect(self._place_tall_rows)
        model.dataChanged.connect(self._on_data_changed)
        self.fit_columns()

    def _name_width(self) -> int:
        """The width of the longest community name, measured again only when the communities
        changed (a new tuple: workshops are immutable)."""
        model = self.model()
        assert isinstance(model, RankingModel)
        communities = model.communities
        if communities is not self._measured:
            metrics = QFontMetrics(self.font())
            self._names = {c.id: c.name for c in communities}
            self._widest_name = max(map(metrics.horizontalAdvance, self._names.values()), default=0)
            self._measured = communities
            self._tall_for = -1
        return self._widest_name + self._name_padding

    def _measure_tall_rows(self, column: int) -> None:
        """The extra height of each name that does not fit the names' ``column`` width on one
        line (less the margins the style draws text within)."""
        width = column - 2 * TEXT_MARGIN
        if width == self._tall_for:
            return
        self._tall_for = width
        self._tall = {}
        if self._widest_name <= width:
            return
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        for community_id, name in self._names.items():
            if metrics.horizontalAdvance(name) > width:
                box = metrics.boundingRect(
                    QRect(0, 0, max(width, 1), 100 * line), Qt.TextFlag.TextWordWrap, name
                )
                self._tall[community_id] = max(box.height() - line, 0)

    def _place_tall_rows(self) -> None:
        """Make the rows of long names taller where they are now (the order changes live)."""
        rows = self.verticalHeader()
        ordinary = rows.defaultSectionSize()
        for row in self._tall_rows:
            if row < rows.count():
                rows.resizeSection(row, ordinary)
        self._tall_rows = []
        if not self._tall or not self._wrapping:
            return
        model = self.model()
        assert isinstance(model, RankingModel)
        for row, community_id in enumerate(model.community_ids):
            extra = self._tall.get(community_id)
            if extra:
                rows.resizeSection(row, ordinary + extra)
                self._tall_rows.append(row)

    def set_wrapping(self, wrapping: bool) -> None:
        """Whether long names wrap onto more lines (their rows taller), or are shortened with an
        ellipsis where the table has no height for them (the whole name in the tooltip)."""
        if wrapping != self._wrapping:
            self._wrapping = wrapping
            self.setWordWrap(wrapping)
            self._place_tall_rows()

    def extra_height(self) -> int:
        """How much taller than ordinary rows the rows of long names are, together, when they
        wrap."""
        model = self.model()
        assert isinstance(model, RankingModel)
        shown = set(model.community_ids) if self._tall else set()
        return sum(extra for community_id, extra in self._tall.items() if community_id in shown)

    def _on_data_changed(self, *_: object) -> None:
        model = self.model()
        if isinstance(model, RankingModel) and model.communities is not self._measured:
            self.fit_columns()  # a community renamed

    def fit_columns(self) -> None:
        """Share the width between the names and the scores (see the class)."""
        header = self.horizontalHeader()
        # the header spans the viewport (QTableView lays it out so after every resize); asking
        # the header rather than viewport() spares the first paint PySide's lookup of the plain
        # QWidget it returns, which builds the Python types of every QWidget subclass (7 ms)
        rest = header.width() - header.sectionSize(RankingModel.RANK)
        if not self.isColumnHidden(RankingModel.CHANGE):
            rest -= header.sectionSize(RankingModel.CHANGE)
        shown = rest - self._score_least >= self._name_least
        if self.isColumnHidden(RankingModel.SCORE) == shown:
            self.setColumnHidden(RankingModel.SCORE, not shown)
        score = min(self._score_most, max(self._score_least, round(rest * self.SCORE_SHARE)))
        score = max(self._score_least, min(score, rest - self._name_width()))  # names first
        if shown and header.sectionSize(RankingModel.SCORE) != score:
            header.resizeSection(RankingModel.SCORE, score)
        self._measure_tall_rows(rest - (header.sectionSize(RankingModel.SCORE) if shown else 0))
        self._place_tall_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def show_change(self, shown: bool) -> None:
        """Show or hide the change since the baseline (there is none to show without one)."""
        if self.isColumnHidden(RankingModel.CHANGE) == shown:
            self.setColumnHidden(RankingModel.CHANGE, not shown)
            self.fit_columns()
