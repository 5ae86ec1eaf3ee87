"""The results views: the TOPSIS and AHP rankings side by side, their agreement, the notes and
the screened-out communities.

:class:`RankingModel` is a thin Qt adapter over the session's current
:class:`~app.models.analysis.Evaluation` for one method: it keeps only the row order (positions
into the evaluation's arrays, and the community ids they stand for, so that a reordering can be
announced as a layout change) and reads every shown value from the evaluation and the workshop it
was computed from. Both are immutable snapshots, so the model keeps references to the pair it last
announced: rows and data never disagree while the session is being updated.

Ranks are standard competition ranks ("1224", see :mod:`app.models.ranking`): tied communities
share the best place of their group, are listed in the order they were entered, and are shown as
ties in words.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models.analysis import (
    Evaluation,
    Exclusion,
    Note,
    Reason,
    ReasonKind,
    method_results,
    rank_order,
)
from app.models.document import Change
from app.models.ranking import relative_scores
from app.models.text import in_language
from app.models.workshop import AhpMode, Criterion, CriterionKind, Workshop
from app.ui.i18n import current_language, format_number
from app.ui.quiet import fix_size_for, set_text

if TYPE_CHECKING:
    from app.models.arrays import IntArray
    from app.ui.results.charts import ScoresChart
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession
from app.ui.style import (
    AHP_COLOR,
    DOWN_COLOR,
    TABLE_POINT_SIZE,
    TEXT_POINT_SIZE,
    TOPSIS_COLOR,
    UP_COLOR,
)

#: Row height of the tables as a multiple of the font's line height (room for the score bar).
ROW_HEIGHT_FACTOR = 1.45
#: At most this share of the view's height goes to the tables when they are fitted to their rows
#: (the chart, the agreement and the screened-out list keep the rest)...
MAX_TABLES_SHARE = 0.62
#: ... except that this many rows are always in view where the view is tall enough for them: on
#: a small screen (a laptop at 125 % or 150 %) the rankings come before the chart.
ROWS_IN_VIEW = 8
#: Below this height the chart's names would run into each other: the agreement, the notes and
#: the screened-out communities take the chart's place (the tables have the same numbers).
CHART_MIN_HEIGHT = 180
#: Below this height not even the agreement shows in full: the chart's and the notes' part of
#: the view is folded away (the divider stays, to drag it back).
LOWER_MIN_HEIGHT = 60

# Item data roles beyond Qt's, for the delegate, the presentation window and tests.
SCORE_ROLE = Qt.ItemDataRole.UserRole + 1  #: float: the method's score
RELATIVE_ROLE = Qt.ItemDataRole.UserRole + 2  #: float in [0, 1]: score / best score
RANK_ROLE = Qt.ItemDataRole.UserRole + 3  #: int: competition rank, 1 = best
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 4  #: int places moved up since the baseline, or None
COMMUNITY_ID_ROLE = Qt.ItemDataRole.UserRole + 5  #: str: the community's id
TIED_ROLE = Qt.ItemDataRole.UserRole + 6  #: bool: the rank is shared with another community

# Plain ints, computed once: combining Qt flags creates Python enum members, which is slow on
# the live path.
_ALIGN_CENTER = int(Qt.AlignmentFlag.AlignCenter)
_ALIGNMENTS = {
    1: int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),  # community
    2: int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),  # score
}
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_ROLES = frozenset(
    {
        *(
            int(r)
            for r in (
                SCORE_ROLE,
                RELATIVE_ROLE,
                RANK_ROLE,
                CHANGE_ROLE,
                COMMUNITY_ID_ROLE,
                TIED_ROLE,
            )
        ),
        *(
            int(r)
            for r in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.TextAlignmentRole,
                Qt.ItemDataRole.FontRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleDescriptionRole,
            )
        ),
    }
)


class Method(StrEnum):
    """The two ranking methods shown side by side."""

    TOPSIS = "topsis"
    AHP = "ahp"


METHOD_COLORS: Mapping[Method, QColor] = {Method.TOPSIS: TOPSIS_COLOR, Method.AHP: AHP_COLOR}


# -- texts shared with the presentation window ---------------------------------------------------


def _number(value: float) -> str:
    """A data value as a person writes it: no trailing zeros, the locale's decimal separator."""
    return QLocale().toString(float(value), "g", 6)


def _value_text(criterion: Criterion, value: float) -> str:
    number = _number(value)
    if criterion.kind is CriterionKind.ORDINAL:
        level = criterion.level_label(value, current_language())
        return f"{level} ({number})" if level else number
    unit = criterion.unit_label(current_language())
    return f"{number} {unit}" if unit else number


def reason_text(workshop: Workshop, reason: Reason) -> str:
    """Why a community is screened out, in words, e.g. "Gate: Prior consent = no"."""
    criterion = workshop.criteria[reason.criterion]
    name = criterion.label(current_language())
    if reason.kind is ReasonKind.MISSING:
        return QCoreApplication.translate("RankingsView", "Missing: {criterion}").format(
            criterion=name
        )
    if reason.kind is ReasonKind.GATE:
        if np.isnan(reason.value):
            return QCoreApplication.translate(
                "RankingsView", "Gate: {criterion} not answered"
            ).format(criterion=name)
        return QCoreApplication.translate("RankingsView", "Gate: {criterion} = no").format(
            criterion=name
        )
    value = _value_text(criterion, reason.value)
    if criterion.accept_max is not None and reason.value > criterion.accept_max:
        return QCoreApplication.translate(
            "RankingsView", "Threshold: {criterion} = {value} > {limit} (max accepted)"
        ).format(criterion=name, value=value, limit=_value_text(criterion, criterion.accept_max))
    limit = criterion.accept_min if criterion.accept_min is not None else reason.value
    return QCoreApplication.translate(
        "RankingsView", "Threshold: {criterion} = {value} < {limit} (min accepted)"
    ).format(criterion=name, value=value, limit=_value_text(criterion, limit))


def exclusion_text(workshop: Workshop, exclusion: Exclusion) -> str:
    """One screened-out community and every reason, e.g. "Comunidad 6: Gate: Prior consent = no"."""
    community = workshop.communities[exclusion.community].name
    reasons = "; ".join(reason_text(workshop, reason) for reason in exclusion.reasons)
    return QCoreApplication.translate("RankingsView", "{community}: {reasons}").format(
        community=community, reasons=reasons
    )


def note_text(workshop: Workshop, note: Note) -> str:
    """A note about the data, translated, with criterion ids shown as the criterion's name."""
    language = current_language()
    params: dict[str, Any] = in_language(note.params, language)
    for key, value in params.items():
        if "criterion" in key and isinstance(value, str):
            with contextlib.suppress(KeyError):  # not an id: shown as it is
                params[key] = workshop.criteria[workshop.criterion_index(value)].label(language)
    template = QCoreApplication.translate("Messages", note.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return note.text()


def agreement_title() -> str:
    """The agreement line without its value: "Agreement between methods (Kendall's τ):"."""
    return QCoreApplication.translate("RankingsView", "Agreement between methods (Kendall's τ):")


def agreement_value(tau: float | None) -> str:
    """Kendall's τ with two decimals in the interface's locale, or a dash when one method has no
    ranking (the notes say why)."""
    if tau is None:
        return "—"
    return format_number(tau, 2)


def agreement_text(tau: float | None) -> str:
    """The agreement line, e.g. "Agreement between methods (Kendall's τ): 0.87"."""
    return f"{agreement_title()} {agreement_value(tau)}"


def agreement_hint() -> str:
    return QCoreApplication.translate(
        "RankingsView", "1 = same order, 0 = unrelated, −1 = reversed"
    )


def method_title(method: Method | str) -> str:
    if Method(method) is Method.TOPSIS:
        return QCoreApplication.translate("RankingsView", "TOPSIS: closeness to the ideal")
    return QCoreApplication.translate("RankingsView", "AHP: global priority")


def ahp_mode_name(mode: AhpMode) -> str:
    """The AHP synthesis mode in one word, for the AHP table's title: "ideal", "distributive"."""
    if mode is AhpMode.DISTRIBUTIVE:
        return QCoreApplication.translate("RankingsView", "distributive")
    return QCoreApplication.translate("RankingsView", "ideal")


def ahp_mode_hint(mode: AhpMode) -> str:
    """What the AHP synthesis mode does, in plain words (tooltips of the title and the menu).

    Ideal mode divides each criterion's values by the best one: adding or removing a community
    that is not the best on any criterion keeps the order of the others. Distributive mode
    divides by the sum, so the communities' priorities on a criterion sum to 1, and adding a
    community (even a copy of another) can reverse the order of the others (Belton & Gear 1983,
    Omega 11(3):228-230; Saaty 1994, Fundamentals of Decision Making and Priority Theory with the
    Analytic Hierarchy Process). Cost criteria use the reciprocals in both modes.
    """
    if mode is AhpMode.DISTRIBUTIVE:
        return QCoreApplication.translate(
            "RankingsView",
            "Distributive mode: on each criterion the communities share 1 (value / sum of all "
            "values). Adding or removing a community, even a copy of another, can reverse the "
            "order of the others.",
        )
    return QCoreApplication.translate(
        "RankingsView",
        "Ideal mode: on each criterion the best community gets 1 and the others their share of "
        "it (value / best value). Adding or removing a community that is not the best on any "
        "criterion keeps the order of the others.",
    )


# -- the model -----------------------------------------------------------------------------------


class RankingModel(QAbstractTableModel):
    """The ranking of one method ("topsis" or "ahp") as a read-only table, best first.

    Columns: :attr:`RANK` (ties in words), :attr:`COMMUNITY`, :attr:`SCORE` (TOPSIS closeness or
    AHP global priority, 3 decimals; :data:`SCORE_ROLE` and :data:`RELATIVE_ROLE` give numbers),
    :attr:`CHANGE` (places moved since the workshop's baseline: "▲ 2", "▼ 1", "=", "new"; empty
    without a baseline). A reordering is announced as a layout change, a different set of rows as
    a reset, new scores alone as ``dataChanged``.
    """

    RANK, COMMUNITY, SCORE, CHANGE = range(4)
    COLUMN_COUNT = 4

    def __init__(
        self, session: WorkshopSession, method: Method | str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self.method = Method(method)
        self._workshop = session.workshop
        self._evaluation = session.evaluation
        self._order = rank_order(self._evaluation, self.method)
        self._ids = self._community_ids(self._workshop, self._evaluation, self._order)
        self._rank_font = QFont()
        self._rank_font.setBold(True)
        # the header's texts by role and section, in the interface language: Qt asks for them
        # hundreds of times while it lays out and paints the headers
        self._headers: dict[int, dict[int, str]] | None = None
        session.evaluated.connect(self._on_evaluated)

    # -- row mapping ------------------------------------------------------------------------------
    @staticmethod
    def _community_ids(
        workshop: Workshop, evaluation: Evaluation, order: IntArray
    ) -> tuple[str, ...]:
        return tuple(workshop.communities[int(evaluation.eligible[p])].id for p in order)

    @property
    def community_ids(self) -> tuple[str, ...]:
        """The communities' ids in row order (best first)."""
        return self._ids

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        workshop = self._session.workshop
        order = rank_order(evaluation, self.method)
        ids = self._community_ids(workshop, evaluation, order)
        if len(ids) != len(self._ids) or set(ids) != set(self._ids):
            self.beginResetModel()
            self._adopt(workshop, evaluation, order, ids)
            self.endResetModel()
            return
        if ids != self._ids:
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            kept = [(self._ids[index.row()], index.column()) for index in persistent]
            self._adopt(workshop, evaluation, order, ids)
            row_of = {community_id: row for row, community_id in enumerate(ids)}
            self.changePersistentIndexList(
                persistent,
                [self.index(row_of[community_id], column) for community_id, column in kept],
            )
            self.layoutChanged.emit()
        else:
            self._adopt(workshop, evaluation, order, ids)
        # the scores (and names, baseline) may have changed on every row
        self._emit_all_changed()

    def _adopt(
        self, workshop: Workshop, evaluation: Evaluation, order: IntArray, ids: tuple[str, ...]
    ) -> None:
        self._workshop, self._evaluation, self._order, self._ids = workshop, evaluation, order, ids

    def _emit_all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.COLUMN_COUNT - 1)
            )

    def retranslate(self) -> None:
        """Tell the views that every text changed (the interface language was switched)."""
        self._headers = None
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMN_COUNT - 1)
        self._emit_all_changed()

    # -- Qt model interface -----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ITEM_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(section)
        if self._headers is None:
            self._headers = self._header_texts()
        texts = self._headers.get(role)
        return None if texts is None else texts.get(section)

    def _header_texts(self) -> dict[int, dict[int, str]]:
        topsis = self.method is Method.TOPSIS
        return {
            int(Qt.ItemDataRole.DisplayRole): {
                self.RANK: self.tr("#", "rank column"),
                self.COMMUNITY: self.tr("Community"),
                self.SCORE: self.tr("Closeness") if topsis else self.tr("Priority"),
                self.CHANGE: self.tr("±", "change since the baseline"),
            },
            int(Qt.ItemDataRole.ToolTipRole): {
                self.RANK: self.tr("1 is the best; communities with the same score share a place"),
                self.SCORE: self.tr("TOPSIS relative closeness to the ideal, from 0 to 1")
                if topsis
                else self.tr("AHP global priority: sum of weight × local priority"),
                self.CHANGE: self.tr("Places moved since the baseline"),
            },
        }

    def _alignment(self, column: int) -> int:
        return _ALIGNMENTS.get(column, _ALIGN_CENTER)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        # data() runs for every visible cell and role at every repaint of the live path: roles
        # this model does not provide leave at once
        if role not in _ROLES or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        results = method_results(self._evaluation, self.method)
        if results is None:
            return None
        scores, ranks = results
        position = int(self._order[index.row()])
        column = index.column()
        rank = int(ranks[position])
        if role == RANK_ROLE:
            return rank
        if role == SCORE_ROLE:
            return float(scores[position])
        if role == RELATIVE_ROLE:
            return float(relative_scores(scores)[position])
        if role == COMMUNITY_ID_ROLE:
            return self._ids[index.row()]
        if role == TIED_ROLE:
            return self._tied_with(ranks, rank) > 0
        if role == CHANGE_ROLE:
            return self._change(index.row(), rank)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.FontRole and column == self.RANK:
            return self._rank_font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE:
            change = self._change(index.row(), rank)
            if change is not None and change > 0:
                return UP_COLOR
            if change is not None and change < 0:
                return DOWN_COLOR
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return self.rank_text(rank, self._tied_with(ranks, rank) > 0)
            if column == self.COMMUNITY:
                return self._community(index.row()).name
            if column == self.SCORE:
                return format_number(float(scores[position]), 3)
            if column == self.CHANGE:
                return self._change_text(index.row(), rank)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if column == self.RANK:
                tied = self._tied_with(ranks, rank)
                if tied == 1:
                    return self.tr("Place {rank}, tied with one other community").format(rank=rank)
                if tied > 1:
                    return self.tr("Place {rank}, tied with {count} other communities").format(
                        rank=rank, count=tied
                    )
                return self.tr("Place {rank}").format(rank=rank)
            if column == self.COMMUNITY:
                community = self._community(index.row())
                if community.region:
                    return f"{community.name} ({community.region})"
                return community.name
            if column == self.SCORE:
                percent = QLocale().toString(100 * float(relative_scores(scores)[position]), "f", 0)
                return self.tr("{score} ({percent} % of the best)").format(
                    score=format_number(float(scores[position]), 3), percent=percent
                )
            if column == self.CHANGE:
                return self._change_words(index.row(), rank)
        return None

    # -- helpers ----------------------------------------------------------------------------------
    def _community(self, row: int) -> Any:
        return self._workshop.communities[int(self._evaluation.eligible[int(self._order[row])])]

    @staticmethod
    def _tied_with(ranks: IntArray, rank: int) -> int:
        """How many other communities share ``rank``."""
        return int(np.count_nonzero(ranks == rank)) - 1

    def rank_text(self, rank: int, tied: bool) -> str:
        # "=2": the sports-table mark of a shared place, narrow enough for the rank column; the
        # tooltip says it in words
        return self.tr("={rank}").format(rank=rank) if tied else str(rank)

    def _baseline_rank(self, row: int) -> int | None:
        baseline = self._workshop.baseline
        if baseline is None:
            return None
        ranks = baseline.topsis if self.method is Method.TOPSIS else baseline.ahp
        return ranks.get(self._ids[row])

    def _change(self, row: int, rank: int) -> int | None:
        """Places moved up since the baseline (negative: down); None if not in the baseline."""
        before = self._baseline_rank(row)
        return None if before is None else before - rank

    def _change_text(self, row: int, rank: int) -> str:
        if self._workshop.baseline is None:
            return ""
        change = self._change(row, rank)
        if change is None:
            return self.tr("new")
        if change > 0:
            return f"▲ {change}"
        if change < 0:
            return f"▼ {-change}"
        return "="

    def _change_words(self, row: int, rank: int) -> str:
        if self._workshop.baseline is None:
            return self.tr("No baseline fixed")
        change = self._change(row, rank)
        if change is None:
            return self.tr("Not in the baseline")
        # Spanish and English both say "1 place" but "n places"; no English .qm is shipped, so
        # Qt's %n plural forms would show "place(s)" to English readers.
        if change == 1:
            return self.tr("Up 1 place since the baseline")
        if change > 1:
            return self.tr("Up {count} places since the baseline").format(count=change)
        if change == -1:
            return self.tr("Down 1 place since the baseline")
        if change < -1:
            return self.tr("Down {count} places since the baseline").format(count=-change)
        return self.tr("Same place as in the baseline")


# -- the score bar -------------------------------------------------------------------------------


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
        bar_height = max(4, round(bar_area.height() * 0.55))
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
    has the bars too) and at most the number and a :attr:`ScoreBarDelegate.MIN_BAR_WIDTH` bar.
    Where that would leave the names fewer than :data:`NAME_CHARACTERS` characters (a laptop at
    150 %), the scores are not shown: the order and the names are what the table is for. Widths
    follow the table's width only, never its rows: the live path lays out nothing.
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
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        font = _enlarged(self.font(), TABLE_POINT_SIZE)
        self.setFont(font)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(round(QFontMetrics(font).height() * ROW_HEIGHT_FACTOR))
        header = self.horizontalHeader()
        header.setFont(_enlarged(font, TABLE_POINT_SIZE, bold=True))
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
        self.fit_columns()

    def fit_columns(self) -> None:
        """Share the width between the names and the scores (see the class)."""
        header = self.horizontalHeader()
        rest = self.viewport().width() - header.sectionSize(RankingModel.RANK)
        if not self.isColumnHidden(RankingModel.CHANGE):
            rest -= header.sectionSize(RankingModel.CHANGE)
        shown = rest - self._score_least >= self._name_least
        if self.isColumnHidden(RankingModel.SCORE) == shown:
            self.setColumnHidden(RankingModel.SCORE, not shown)
        score = min(self._score_most, max(self._score_least, round(rest * self.SCORE_SHARE)))
        if shown and header.sectionSize(RankingModel.SCORE) != score:
            header.resizeSection(RankingModel.SCORE, score)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def show_change(self, shown: bool) -> None:
        """Show or hide the change since the baseline (there is none to show without one)."""
        if self.isColumnHidden(RankingModel.CHANGE) == shown:
            self.setColumnHidden(RankingModel.CHANGE, not shown)
            self.fit_columns()


# -- the view ------------------------------------------------------------------------------------


def _enlarged(font: QFont, points: float, *, bold: bool = False) -> QFont:
    font = QFont(font)
    font.setPointSizeF(max(font.pointSizeF(), points))
    font.setBold(bold)
    return font


def _title_html(color: QColor, text: str) -> str:
    # the coloured square ties the table to its bars in the chart; the words carry the meaning
    # for readers who do not tell the colours apart
    return f'<span style="color:{color.name()}">■</span> {text}'


class RankingsView(Retranslating, QWidget):
    """Both rankings side by side, the chart, the agreement, the notes and the screened-out list.

    Layout (fits a 1366 x 768 laptop and a projector): the two tables on top (TOPSIS left, AHP
    right); below, in a splitter the facilitator can drag, the chart beside the agreement, notes
    and screened-out communities.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # models first: they must update before this view's own handler reads them
        self.topsis_model = RankingModel(session, Method.TOPSIS, self)
        self.ahp_model = RankingModel(session, Method.AHP, self)

        self.topsis_title = QLabel(self)
        self.ahp_title = QLabel(self)
        self._ahp_mode: AhpMode | None = None  # the mode the AHP title names
        self.topsis_empty = QLabel(self)
        self.ahp_empty = QLabel(self)
        self.topsis_table = RankingTable(self.topsis_model, TOPSIS_COLOR, self)
        self.ahp_table = RankingTable(self.ahp_model, AHP_COLOR, self)
        self.topsis_delegate = self.topsis_table.delegate
        self.ahp_delegate = self.ahp_table.delegate
        # The chart (pyqtgraph, slow to import) is built once the window is on screen, so that
        # the window appears fast; see :attr:`chart`.
        self._chart: ScoresChart | None = None
        self.chart_slot = QWidget(self)
        # the chart's place before it is built
        self.chart_slot.setMinimumSize(200, CHART_MIN_HEIGHT)
        QVBoxLayout(self.chart_slot).setContentsMargins(0, 0, 0, 0)
        self.agreement_label = QLabel(self)
        # τ in a label of its own, of fixed size: it changes with every weight (see retranslate)
        self.agreement_value = QLabel(self)
        self.agreement_hint_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.excluded_title = QLabel(self)
        self.excluded_list = QListWidget(self)

        self._build_layout()
        # the tables fit their rows when first shown and when another workshop is opened
        self._fit_pending = True
        session.changed.connect(self._on_changed)
        session.evaluated.connect(self._on_evaluated)
        self.retranslate()

    @property
    def chart(self) -> ScoresChart:
        """The scores chart, built on first use."""
        if self._chart is None:
            from app.ui.results.charts import ScoresChart

            self._chart = ScoresChart(self._session, self.chart_slot)
            layout = self.chart_slot.layout()
            assert layout is not None
            layout.addWidget(self._chart)
            total = sum(self._lower.sizes())
            self._lower.setSizes([total * 3 // 5, total - total * 3 // 5])
        return self._chart

    def _build_layout(self) -> None:
        title_font = _enlarged(self.font(), TABLE_POINT_SIZE, bold=True)
        for title in (self.topsis_title, self.ahp_title):
            title.setFont(title_font)
            title.setTextFormat(Qt.TextFormat.RichText)
            # a title too long for a narrow window goes on to a second line, never cut; the two
            # tables share the width equally, however long a title is in a language
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.topsis_title.setBuddy(self.topsis_table)
        self.ahp_title.setBuddy(self.ahp_table)
        text_font = _enlarged(self.font(), TEXT_POINT_SIZE)
        for empty in (self.topsis_empty, self.ahp_empty):
            empty.setWordWrap(True)
            empty.setFont(text_font)
            empty.hide()

        # titles, notes and tables in a grid: a title on two lines moves both tables down alike
        tables = QWidget(self)
        grid = QGridLayout(tables)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, empty, table) in enumerate(
            (
                (self.topsis_title, self.topsis_empty, self.topsis_table),
                (self.ahp_title, self.ahp_empty, self.ahp_table),
            )
        ):
            grid.addWidget(title, 0, column)
            grid.addWidget(empty, 1, column)
            grid.addWidget(table, 2, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)

        agreement_font = _enlarged(self.font(), TABLE_POINT_SIZE, bold=True)
        self.agreement_label.setFont(agreement_font)
        self.agreement_label.setWordWrap(True)
        self.agreement_value.setFont(agreement_font)
        self.agreement_value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.agreement_hint_label.setFont(text_font)
        self.agreement_hint_label.setWordWrap(True)
        self.notes_label.setFont(text_font)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by users
        self.excluded_title.setFont(_enlarged(self.font(), TEXT_POINT_SIZE, bold=True))
        self.excluded_title.setWordWrap(True)
        self.excluded_title.setBuddy(self.excluded_list)
        self.excluded_list.setFont(text_font)
        self.excluded_list.setWordWrap(True)
        self.excluded_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.excluded_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.excluded_list.setMinimumHeight(3 * QFontMetrics(text_font).lineSpacing())

        # The agreement, the notes and the screened-out communities scroll when the room is
        # short: a splitter gives its parts heights without asking their wrapped lines.
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        agreement = QHBoxLayout()
        agreement.addWidget(self.agreement_label, 1)
        agreement.addWidget(self.agreement_value, 0, Qt.AlignmentFlag.AlignBottom)
        info_layout.addLayout(agreement)
        info_layout.addWidget(self.agreement_hint_label)
        info_layout.addWidget(self.notes_label)
        info_layout.addWidget(self.excluded_title)
        info_layout.addWidget(self.excluded_list, 1)
        self.info_area = QScrollArea(self)
        self.info_area.setWidget(info)
        self.info_area.setWidgetResizable(True)
        self.info_area.setFrameShape(QFrame.Shape.NoFrame)
        self.info_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        lower = self._lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart_slot)
        lower.addWidget(self.info_area)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(tables)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)  # folded away when the tables need the height
        # the tables follow the view's height until the facilitator drags the divider
        self._fitted = True
        self.splitter.splitterMoved.connect(self._on_divider_dragged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.topsis_table, self.ahp_table)
        QWidget.setTabOrder(self.ahp_table, self.excluded_list)

    def fit_rows(self) -> None:
        """Give the tables the height that shows every ranked community without scrolling, up
        to :data:`MAX_TABLES_SHARE` of the view, and at least :data:`ROWS_IN_VIEW` rows however
        small the view; the chart and the notes take the rest, or are folded away when it is
        less than :data:`LOWER_MIN_HEIGHT`.

        With the example workshop on a 1366 x 768 laptop, all eight ranked communities are in
        view, and the first paint has no scroll bars to draw; at 125 % and 150 % scaling too.
        """
        top, bottom = self.splitter.sizes()
        total = top + bottom
        if total <= 0:
            return
        rows = max(self.topsis_model.rowCount(), self.ahp_model.rowCount())
        table = self.topsis_table
        # the titles and the margins (before the tables' part was ever laid out, its titles)
        around = top - table.height() if top > 0 else self.topsis_title.sizeHint().height()

        def height_for(count: int) -> int:
            return (
                around
                + table.horizontalHeader().sizeHint().height()
                + 2 * table.frameWidth()
                + count * table.verticalHeader().defaultSectionSize()
            )

        needed = height_for(rows)
        least = height_for(min(rows, ROWS_IN_VIEW))
        wanted = min(needed, max(least, int(total * MAX_TABLES_SHARE)))
        self._show_chart_if_room(total - wanted)
        # what the lower part cannot do without (the splitter would take it from the tables)
        lower_least = max(LOWER_MIN_HEIGHT, self._lower.minimumSizeHint().height())
        if total - wanted < lower_least:
            wanted = total  # the chart and the notes are folded away
        self._fitted = True
        self.splitter.setSizes([wanted, total - wanted])
        # tables that show all their rows need no more height as the window grows: the chart and
        # the notes take it
        self.splitter.setStretchFactor(0, 0 if wanted >= needed else 3)

    def _show_chart_if_room(self, height: int) -> None:
        """The chart where its part of the view is :data:`CHART_MIN_HEIGHT` high or more."""
        if self.chart_slot.isHidden() != (height < CHART_MIN_HEIGHT):
            self.chart_slot.setHidden(height < CHART_MIN_HEIGHT)

    def _on_divider_dragged(self) -> None:
        self._fitted = False
        self._show_chart_if_room(self.splitter.sizes()[1])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted and event.size().height() != event.oldSize().height():
            self.fit_rows()

    # -- updates ----------------------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.DOCUMENT in changes:
            self._fit_pending = True  # fitted once the models have the new rows

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        if self._fit_pending and self.isVisible():
            self._fit_pending = False
            self.fit_rows()
        workshop = self._session.workshop
        no_baseline = workshop.baseline is None
        for model, table, empty in (
            (self.topsis_model, self.topsis_table, self.topsis_empty),
            (self.ahp_model, self.ahp_table, self.ahp_empty),
        ):
            table.show_change(not no_baseline)
            empty.setVisible(model.rowCount() == 0)
        self._show_ahp_mode(workshop.settings.ahp_mode)
        set_text(self.agreement_value, agreement_value(evaluation.agreement))
        notes = [note_text(workshop, note) for note in evaluation.notes]
        self.notes_label.setText("\n".join(f"• {note}" for note in notes))
        self.notes_label.setVisible(bool(notes))
        self._update_excluded(workshop, evaluation)

    def _show_ahp_mode(self, mode: AhpMode) -> None:
        """The AHP title names the synthesis mode; its tooltip says what the mode does."""
        if mode is self._ahp_mode:
            return
        self._ahp_mode = mode
        method, name = method_title(Method.AHP), ahp_mode_name(mode)
        # the mode in lighter, smaller type: the method stays the title, and the column keeps
        # the TOPSIS table's width
        self.ahp_title.setText(
            _title_html(AHP_COLOR, method)
            + f' <span style="font-size:{TEXT_POINT_SIZE:g}pt; font-weight:normal">'
            + f"({name})</span>"
        )
        self.ahp_title.setToolTip(ahp_mode_hint(mode))
        self.ahp_table.setAccessibleName(f"{method} ({name})")

    def _update_excluded(self, workshop: Workshop, evaluation: Evaluation) -> None:
        excluded = evaluation.problem.excluded
        if excluded:
            self.excluded_title.setText(
                self.tr("Screened out, not ranked ({count}):").format(count=len(excluded))
            )
        else:
            self.excluded_title.setText(self.tr("No community is screened out."))
        self.excluded_list.setVisible(bool(excluded))
        # update the existing items in place; add or drop only the difference in count
        while self.excluded_list.count() > len(excluded):
            self.excluded_list.takeItem(self.excluded_list.count() - 1)  # Python deletes it
        while self.excluded_list.count() < len(excluded):
            self.excluded_list.addItem(QListWidgetItem())
        for row, exclusion in enumerate(excluded):
            item = self.excluded_list.item(row)
            text = exclusion_text(workshop, exclusion)
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, workshop.communities[exclusion.community].id)

    def excluded_texts(self) -> list[str]:
        """The screened-out lines as shown."""
        return [self.excluded_list.item(row).text() for row in range(self.excluded_list.count())]

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.topsis_title.setText(_title_html(TOPSIS_COLOR, method_title(Method.TOPSIS)))
        self.topsis_table.setAccessibleName(method_title(Method.TOPSIS))
        self._ahp_mode = None  # the AHP title is shown again below, in the new language
        no_result = self.tr("No ranking to show: see the notes below.")
        self.topsis_empty.setText(no_result)
        self.ahp_empty.setText(no_result)
        self.agreement_label.setText(agreement_title())
        self.agreement_value.setAccessibleName(agreement_title())
        # sized once per language for any value: a label that could grow would lay out the
        # window again at every weight, and that repaints all of it (see fix_size_for)
        fix_size_for(self.agreement_value, [agreement_value(t) for t in (None, -1.0, -0.88)])
        self.agreement_hint_label.setText(agreement_hint())
        self.excluded_list.setAccessibleName(self.tr("Screened-out communities"))
        self.topsis_model.retranslate()
        self.ahp_model.retranslate()
        self._on_evaluated(self._session.evaluation)


__all__ = [
    "CHANGE_ROLE",
    "COMMUNITY_ID_ROLE",
    "RANK_ROLE",
    "RELATIVE_ROLE",
    "SCORE_ROLE",
    "TIED_ROLE",
    "Method",
    "RankingModel",
    "RankingsView",
    "ScoreBarDelegate",
    "agreement_text",
    "agreement_title",
    "agreement_value",
    "exclusion_text",
    "note_text",
    "reason_text",
]
