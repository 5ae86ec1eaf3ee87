"""One method's ranking as a Qt table model.

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

from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from app.models.analysis import (
    Evaluation,
    method_results,
    rank_order,
)
from app.models.ranking import relative_scores
from app.models.workshop import Workshop
from app.ui.i18n import format_number

if TYPE_CHECKING:
    from app.models.arrays import IntArray
from app.ui.results.texts import Method
from app.ui.session import WorkshopSession
from app.ui.style import (
    DOWN_COLOR,
    UP_COLOR,
)

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
    def communities(self) -> tuple[Any, ...]:
        """Every community of the workshop shown (ranked or not): a new tuple only when they
        change, so that a view can measure their names once."""
        return self._workshop.communities

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
