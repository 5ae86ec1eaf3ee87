"""The pairwise panel: a group compares the criteria two at a time; the groups are compared.

What it shows
-------------
- A group bar: the active group's name (editable), its weight in the combination, and buttons to
  add and remove groups. The active group is the one chosen in the weights panel.
- "Comparisons" tab, for the active group:

  - each pair of weighted criteria as a question ("How much more important is A than B?") with
    an answer box on Saaty's verbal scale towards either side (17 positions, "equal" in the
    middle) plus "Not asked yet";
  - the same answers as a read-only matrix (row over column);
  - the priorities, live, as soon as the answers link every criterion (eigenvector when every
    pair is answered, logarithmic least squares before; see :mod:`app.models.judgements`), or
    "not enough comparisons" with how many answers are still needed;
  - the consistency ratio; above 0.10 a warning (icon and text) with the three answers that
    contribute most and, in words, the value the other answers imply for each, rounded to the
    scale;
  - "12 of 28 answered", the pairs to ask next and a button that jumps to the first of them;
  - "Use these weights" (sets the group's sliders to the priorities) and a line saying whether
    the group's weights come from these comparisons.

  When the combined set is active, the tab says so and how the combined set is made (AIJ or AIP).
- "Groups" tab: the TOPSIS rank of every eligible community for each group and for the combined
  set, side by side (one batch :meth:`~app.models.analysis.Problem.rank` call), the groups'
  agreement (Kendall's W) and the pair of criteria the groups disagree on most.

Every change goes through :meth:`~app.ui.session.WorkshopSession.apply`, one undo step each.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.analysis import Evaluation
from app.models.document import Change
from app.models.judgements import (
    GroupPriorities,
    combined_weights,
    group_priorities,
    group_weight_batch,
    kendall_w,
    most_contested_pair,
    nearest_scale_value,
)
from app.models.workshop import COMBINED, Criterion, Group, Workshop
from app.ui.i18n import current_language, format_number
from app.ui.session import WorkshopSession
from app.ui.style import ensure_min_point_size

#: Smallest font of the panel, for a projected screen.
MIN_POINT_SIZE = 12.0

#: The answer positions, a over b: 9 (a extremely more important) ... 1 (equal) ... 1/9.
POSITIONS: tuple[float, ...] = tuple(
    [float(k) for k in range(9, 1, -1)] + [1.0] + [1.0 / k for k in range(2, 10)]
)

#: Answers shown as the top contributors to an inconsistency.
SHOWN_INCONSISTENCIES = 3

_WARNING_GLYPH = "\N{WARNING SIGN}"
_OK_GLYPH = "\N{CHECK MARK}"
_BAR_GLYPH = "\N{FULL BLOCK}"
_BAR_LENGTH = 30


def intensity_words(k: int) -> str:
    """Saaty's verbal scale (Saaty 1980, Table 1.1) for the intensity ``k`` = 1..9."""
    words = {
        1: QCoreApplication.translate("PairwisePanel", "equal"),
        2: QCoreApplication.translate("PairwisePanel", "equal to moderate"),
        3: QCoreApplication.translate("PairwisePanel", "moderate"),
        4: QCoreApplication.translate("PairwisePanel", "moderate to strong"),
        5: QCoreApplication.translate("PairwisePanel", "strong"),
        6: QCoreApplication.translate("PairwisePanel", "strong to very strong"),
        7: QCoreApplication.translate("PairwisePanel", "very strong"),
        8: QCoreApplication.translate("PairwisePanel", "very strong to extreme"),
        9: QCoreApplication.translate("PairwisePanel", "extreme"),
    }
    return words[k]


def judgement_words(first: str, second: str, value: float) -> str:
    """An answer ``first`` over ``second`` in words, e.g. "Mining threat: strong (5)"; answers off
    the scale are rounded to it."""
    scaled = nearest_scale_value(value)
    if abs(scaled - 1.0) < 1e-9:
        return QCoreApplication.translate("PairwisePanel", "Equal (1)")
    name, k = (first, round(scaled)) if scaled > 1 else (second, round(1.0 / scaled))
    return QCoreApplication.translate("PairwisePanel", "{name}: {words} ({value})").format(
        name=name, words=intensity_words(k), value=k
    )


def judgement_number(value: float) -> str:
    """A judgement as the matrix shows it: "5", "1/5", "1", or a decimal off the scale."""
    if value >= 1.0:
        whole = round(value)
        return str(whole) if abs(value - whole) < 1e-9 else format_number(value, 2)
    inverse = 1.0 / value
    whole = round(inverse)
    return f"1/{whole}" if abs(inverse - whole) < 1e-9 else format_number(value, 2)


def _position_of(value: float | None) -> int:
    """Combo index of an answer: 0 for not asked, else 1 + its place in :data:`POSITIONS`."""
    if value is None:
        return 0
    scaled = nearest_scale_value(value)
    return 1 + min(range(len(POSITIONS)), key=lambda k: abs(POSITIONS[k] - scaled))


# On the live path a setter is called only when its value differs (see weights_panel.py: it saves
# Qt's work and sidesteps a reference leak of PySide6 6.12.0 on methods returning nothing).


def _set_text(label: QLabel | QPushButton, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_enabled(widget: QWidget, enabled: bool) -> None:
    if widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled) == enabled:
        widget.setEnabled(enabled)


def _set_hidden(widget: QWidget, hidden: bool) -> None:
    if widget.isHidden() != hidden:
        widget.setHidden(hidden)


# --------------------------------------------------------------------------------------------
# Qt models: thin adapters over the workshop and what the panel computed from it
# --------------------------------------------------------------------------------------------


class _TableAdapter(QAbstractTableModel):
    """Common part: a shape key decides between a reset and ``dataChanged``."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._shape: Any = None

    def refresh(self, shape: Any) -> None:
        if shape != self._shape:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
            return
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)


class _CriteriaTable(_TableAdapter):
    """A table with one row per weighted criterion, read from ``source()``: the criteria and the
    panel's current :class:`GroupPriorities`."""

    def __init__(
        self,
        source: Callable[[], tuple[tuple[Criterion, ...], GroupPriorities | None]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._source = source

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source()[0])


class JudgementMatrixModel(_CriteriaTable):
    """The active group's answers as a reciprocal matrix, row criterion over column criterion.

    Reads ``source()``: the panel's current :class:`GroupPriorities` (answered pairs in index
    form) and the weighted criteria. Unanswered cells show a dash.
    """

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.rowCount(parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        criteria = self._source()[0]
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(criteria):
            return criteria[section].label(current_language())
        return None

    def value(self, row: int, column: int) -> float | None:
        """The answer ``a_row,column`` (1 on the diagonal), or None when not asked yet."""
        result = self._source()[1]
        if row == column:
            return 1.0
        if result is None:
            return None
        if row < column:
            return result.pairs.get((row, column))
        inverse = result.pairs.get((column, row))
        return None if inverse is None else 1.0 / inverse

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "\N{EM DASH}" if value is None else judgement_number(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            criteria = self._source()[0]
            first = criteria[index.row()].label(current_language())
            second = criteria[index.column()].label(current_language())
            if value is None:
                return QCoreApplication.translate(
                    "PairwisePanel", "{first} over {second}: not asked yet"
                ).format(first=first, second=second)
            return QCoreApplication.translate(
                "PairwisePanel", "{first} over {second}: {answer}"
            ).format(first=first, second=second, answer=judgement_words(first, second, value))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class PriorityModel(_CriteriaTable):
    """The priorities of the active group's answers: criterion, percent, a bar of text blocks
    (the length carries the size, so it reads without colour)."""

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def priority(self, row: int) -> float | None:
        result = self._source()[1]
        if result is None or result.priorities is None:
            return None
        return float(result.priorities[row])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (
            (
                QCoreApplication.translate("PairwisePanel", "Criterion"),
                QCoreApplication.translate("PairwisePanel", "Priority"),
                "",
            )[section]
            if 0 <= section < 3
            else None
        )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self._source()[0][row].label(current_language())
            value = self.priority(row)
            if value is None:
                return "\N{EM DASH}" if column == 1 else ""
            if column == 1:
                return QCoreApplication.translate("PairwisePanel", "{value} %").format(
                    value=format_number(value * 100.0, 1)
                )
            return _BAR_GLYPH * round(value * _BAR_LENGTH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class GroupComparison:
    """The groups' TOPSIS ranks of the eligible communities, computed in one batch.

    ``names``: eligible community names in combined-rank order; ``ranks``: ``(K + 1, n)``,
    row 0 the combined set, then one row per group, columns in the order of ``names``;
    ``columns``: the column titles' sources (group ids, ``COMBINED`` first).
    """

    names: tuple[str, ...]
    group_ids: tuple[str, ...]
    group_names: tuple[str, ...]
    ranks: np.ndarray
    method: str
    concordance: float | None


class GroupRankingModel(_TableAdapter):
    """Rows: eligible communities by combined rank; columns: community, combined, each group."""

    def __init__(self, source: Callable[[], GroupComparison | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._source = source

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        comparison = self._source()
        return 0 if parent.isValid() or comparison is None else len(comparison.names)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        comparison = self._source()
        return 0 if parent.isValid() or comparison is None else 2 + len(comparison.group_ids)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        comparison = self._source()
        if (
            comparison is None
            or role != Qt.ItemDataRole.DisplayRole
            or orientation != Qt.Orientation.Horizontal
        ):
            return None
        if section == 0:
            return QCoreApplication.translate("PairwisePanel", "Community")
        if section == 1:
            return QCoreApplication.translate("PairwisePanel", "Combined ({method})").format(
                method=comparison.method
            )
        if 2 <= section < 2 + len(comparison.group_names):
            return comparison.group_names[section - 2]
        return None

    def rank(self, row: int, column: int) -> int | None:
        """The rank shown in a cell (column 1: combined, 2..: groups), None for the name column."""
        comparison = self._source()
        if comparison is None or column < 1:
            return None
        return int(comparison.ranks[column - 1, row])

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        comparison = self._source()
        if comparison is None or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return comparison.names[index.row()]
            return str(self.rank(index.row(), index.column()))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# --------------------------------------------------------------------------------------------
# The panel
# --------------------------------------------------------------------------------------------


@dataclass
class _Question:
    first: Criterion
    second: Criterion
    label: QLabel
    answer: QComboBox


class PairwisePanel(QWidget):
    """Pairwise comparisons of the criteria for the active group, and the groups compared.

    Public widgets (for the main window and tests): ``name_edit``, ``combination_spin``,
    ``add_button``, ``remove_button``, ``tabs``; on the comparisons tab ``answers`` (combo box per
    pair ``(i, j)``, indices over the weighted criteria), ``question_labels``, ``matrix_view``
    (``matrix_model``), ``priority_view`` (``priority_model``), ``count_label``,
    ``suggestion_label``, ``next_button``, ``cr_label``, ``cr_icon``, ``warning_label``,
    ``status_label``, ``source_label``, ``use_button``, ``combined_label``; on the groups tab
    ``group_view`` (``group_model``), ``consensus_label``, ``contested_label``.
    ``result`` is the :class:`GroupPriorities` shown (None for the combined set).
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._criteria: tuple[Criterion, ...] = ()
        self._questions: dict[tuple[int, int], _Question] = {}
        self.answers: dict[tuple[int, int], QComboBox] = {}
        self.question_labels: dict[tuple[int, int], QLabel] = {}
        self.result: GroupPriorities | None = None
        # what self.result was computed from: group id, its answers (the object), the criteria
        self._result_key: (
            tuple[str, Mapping[tuple[str, str], float], tuple[Criterion, ...]] | None
        ) = None
        self.comparison: GroupComparison | None = None

        ensure_min_point_size(self, MIN_POINT_SIZE)

        # -- group bar
        self.group_label = QLabel()
        self.name_edit = QLineEdit()
        self.group_label.setBuddy(self.name_edit)
        self.combination_label = QLabel()
        self.combination_spin = QDoubleSpinBox()
        self.combination_spin.setRange(0.0, 10.0)
        self.combination_spin.setDecimals(1)
        self.combination_spin.setSingleStep(0.5)
        self.combination_spin.setKeyboardTracking(False)
        self.combination_label.setBuddy(self.combination_spin)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        bar = QHBoxLayout()
        bar.addWidget(self.group_label)
        bar.addWidget(self.name_edit, 1)
        bar.addWidget(self.combination_label)
        bar.addWidget(self.combination_spin)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)

        # -- comparisons tab
        self.combined_label = QLabel()
        self.combined_label.setWordWrap(True)
        self.count_label = QLabel()
        self.suggestion_label = QLabel()
        self.suggestion_label.setWordWrap(True)
        self.next_button = QPushButton()
        self._questions_box = QWidget()
        self._questions_grid = QGridLayout(self._questions_box)
        self._questions_grid.setColumnStretch(0, 1)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._questions_box)
        self.matrix_model = JudgementMatrixModel(self._matrix_source, self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answer_tabs = QTabWidget()
        self.answer_tabs.addTab(self._scroll, "")
        self.answer_tabs.addTab(self.matrix_view, "")

        self.priority_model = PriorityModel(self._matrix_source, self)
        self.priority_view = QTableView()
        self.priority_view.setModel(self.priority_model)
        self.priority_view.verticalHeader().hide()
        self.priority_view.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.priority_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.cr_icon = QLabel()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.cr_icon.setPixmap(icon.pixmap(32, 32))
        self.cr_label = QLabel()
        self.cr_label.setWordWrap(True)
        self.warning_label = QLabel()
        self.warning_label.setWordWrap(True)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.use_button = QPushButton()

        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addWidget(self.suggestion_label, 1)
        counts.addWidget(self.next_button)
        cr_row = QHBoxLayout()
        cr_row.addWidget(self.cr_icon)
        cr_row.addWidget(self.cr_label, 1)
        results = QVBoxLayout()
        results.addWidget(self.priority_view, 1)
        results.addWidget(self.status_label)
        results.addLayout(cr_row)
        results.addWidget(self.warning_label)
        results.addWidget(self.source_label)
        results.addWidget(self.use_button)
        body = QHBoxLayout()
        body.addWidget(self.answer_tabs, 3)
        body.addLayout(results, 2)
        self._editor = QWidget()
        editor = QVBoxLayout(self._editor)
        editor.setContentsMargins(0, 0, 0, 0)
        editor.addLayout(counts)
        editor.addLayout(body, 1)
        comparisons = QWidget()
        comparisons_layout = QVBoxLayout(comparisons)
        comparisons_layout.addWidget(self.combined_label)
        comparisons_layout.addWidget(self._editor, 1)

        # -- groups tab
        self.group_model = GroupRankingModel(lambda: self.comparison, self)
        self.group_view = QTableView()
        self.group_view.setModel(self.group_model)
        self.group_view.verticalHeader().hide()
        self.group_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consensus_label = QLabel()
        self.consensus_label.setWordWrap(True)
        self.contested_label = QLabel()
        self.contested_label.setWordWrap(True)
        groups_page = QWidget()
        groups_layout = QVBoxLayout(groups_page)
        groups_layout.addWidget(self.group_view, 1)
        groups_layout.addWidget(self.consensus_label)
        groups_layout.addWidget(self.contested_label)

        self.tabs = QTabWidget()
        self.tabs.addTab(comparisons, "")
        self.tabs.addTab(groups_page, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)

        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.combination_spin.valueChanged.connect(self._on_combination_changed)
        self.add_button.clicked.connect(self._on_add_group)
        self.remove_button.clicked.connect(self._on_remove_group)
        self.next_button.clicked.connect(self.go_to_next_suggestion)
        self.use_button.clicked.connect(self._on_use_weights)
        session.changed.connect(self._on_changed)
        session.evaluated.connect(self._on_evaluated)

        self._sync_questions(session.workshop)
        self.retranslate()
        self._on_evaluated(session.evaluation)

    # -- public ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the interface language and numbers in its locale."""
        self.setLocale(QLocale())
        self.group_label.setText(self.tr("&Group:"))
        self.name_edit.setAccessibleName(self.tr("Name of the group"))
        self.combination_label.setText(self.tr("W&eight in the combination:"))
        self.combination_spin.setToolTip(
            self.tr("How much this group counts in the combined set; 0 leaves it out")
        )
        self.add_button.setText(self.tr("&Add group"))
        self.remove_button.setText(self.tr("Re&move group"))
        self.next_button.setText(self.tr("&Next suggested question"))
        self.use_button.setText(self.tr("&Use these weights"))
        self.use_button.setToolTip(
            self.tr("Set this group's weights (the sliders) to the priorities of its answers")
        )
        self.cr_icon.setToolTip(self.tr("Warning"))
        self.tabs.setTabText(0, self.tr("Comparisons"))
        self.tabs.setTabText(1, self.tr("Groups"))
        self.answer_tabs.setTabText(0, self.tr("Questions"))
        self.answer_tabs.setTabText(1, self.tr("Matrix"))
        for question in self._questions.values():
            self._label_question(question)
        self._refresh(self._session.workshop)
        self._on_evaluated(self._session.evaluation)

    def go_to_next_suggestion(self) -> None:
        """Show and focus the first suggested question (keyboard: the button's mnemonic)."""
        if self.result is None or not self.result.suggestions:
            return
        question = self._questions.get(self.result.suggestions[0])
        if question is None:
            return
        self.tabs.setCurrentIndex(0)
        self.answer_tabs.setCurrentIndex(0)
        self._scroll.ensureWidgetVisible(question.answer)
        question.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- Qt events ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- document -> panel ----------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        workshop = self._session.workshop
        if changes & {Change.STRUCTURE, Change.DOCUMENT}:
            self._sync_questions(workshop)
        self._refresh(workshop)

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self._refresh_comparison(self._session.workshop, evaluation)

    def _matrix_source(self) -> tuple[tuple[Criterion, ...], GroupPriorities | None]:
        return self._criteria, self.result

    def _sync_questions(self, workshop: Workshop) -> None:
        """One row per pair; rebuilt only when the weighted criteria change."""
        criteria = workshop.weighted_criteria
        if tuple(c.id for c in criteria) == tuple(c.id for c in self._criteria):
            changed = criteria != self._criteria
            self._criteria = criteria
            if changed:  # same criteria, new names or descriptions
                for (i, j), question in self._questions.items():
                    question.first, question.second = criteria[i], criteria[j]
                    self._label_question(question)
            return
        self._criteria = criteria
        for question in self._questions.values():
            # deleted later: the rebuild may run inside a signal of one of the old boxes
            question.label.deleteLater()
            question.answer.deleteLater()
        self._questions.clear()
        row = 0
        for i, first in enumerate(criteria):
            for j in range(i + 1, len(criteria)):
                label = QLabel()
                label.setWordWrap(True)
                answer = QComboBox()
                answer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                answer.addItems([""] * (1 + len(POSITIONS)))
                label.setBuddy(answer)
                answer.currentIndexChanged.connect(
                    lambda index, pair=(i, j): self._on_answer_chosen(pair, index)
                )
                self._questions_grid.addWidget(label, row, 0)
                self._questions_grid.addWidget(answer, row, 1)
                question = _Question(first, criteria[j], label, answer)
                self._questions[(i, j)] = question
                self._label_question(question)
                row += 1
        self.answers = {pair: q.answer for pair, q in self._questions.items()}
        self.question_labels = {pair: q.label for pair, q in self._questions.items()}
        chain: list[QWidget] = [self.name_edit, self.combination_spin, self.add_button]
        chain += [self.remove_button, self.tabs, self.next_button]
        chain += [q.answer for q in self._questions.values()]
        chain.append(self.use_button)
        for first_widget, second_widget in pairwise(chain):
            QWidget.setTabOrder(first_widget, second_widget)

    def _label_question(self, question: _Question) -> None:
        lang = current_language()
        first, second = question.first.label(lang), question.second.label(lang)
        text = self.tr("How much more important is {a} than {b}?").format(a=first, b=second)
        _set_text(question.label, text)
        question.answer.setAccessibleName(text)
        blocked = question.answer.blockSignals(True)
        question.answer.setItemText(0, self.tr("Not asked yet"))
        for k, value in enumerate(POSITIONS):
            question.answer.setItemText(k + 1, judgement_words(first, second, value))
        question.answer.blockSignals(blocked)

    def _refresh(self, workshop: Workshop) -> None:
        group_id = workshop.active_group
        combined = group_id == COMBINED
        group = None if combined else workshop.group(group_id)
        # the answers' priorities depend on the answers and the criteria only: a slider move keeps
        # both objects (workshops are immutable and share unchanged parts), so nothing is redone
        previous = self._result_key
        if (
            group is None
            or previous is None
            or previous[0] != group.id
            or previous[1] is not group.judgements
            or previous[2] != workshop.criteria
        ):
            self.result = None if group is None else group_priorities(workshop, group)
            self._result_key = (
                None if group is None else (group.id, group.judgements, workshop.criteria)
            )
        self._refresh_group_bar(workshop, group)
        _set_hidden(self._editor, combined)
        _set_hidden(self.combined_label, not combined)
        if combined:
            method = combined_weights(workshop)[1]
            _set_text(self.combined_label, self._combined_text(method))
            self.matrix_model.refresh(len(self._criteria))
            self.priority_model.refresh(len(self._criteria))
            return
        assert group is not None and self.result is not None
        result = self.result
        for pair, question in self._questions.items():
            position = _position_of(result.pairs.get(pair))
            if question.answer.currentIndex() != position:
                blocked = question.answer.blockSignals(True)
                question.answer.setCurrentIndex(position)
                question.answer.blockSignals(blocked)
        self.matrix_model.refresh(len(self._criteria))
        self.priority_model.refresh(len(self._criteria))
        self._refresh_counts(result)
        self._refresh_consistency(result)
        self._refresh_source(group, result)

    def _combined_text(self, method: str) -> str:
        if method == "AIJ":
            how = self.tr(
                "made by AIJ: the weighted geometric mean of the groups' pairwise judgements, "
                "because every group answered every pair and uses those answers as its weights"
            )
        else:
            how = self.tr(
                "made by AIP: the weighted geometric mean of the groups' weights, because not "
                "every group uses a complete set of pairwise answers as its weights"
            )
        return self.tr(
            "The combined set is active ({how}). Choose a group in the weight set selector to "
            "answer its comparisons; the Groups tab compares the groups."
        ).format(how=how)

    def _refresh_group_bar(self, workshop: Workshop, group: Group | None) -> None:
        name = "" if group is None else group.name
        if self.name_edit.text() != name and not self.name_edit.hasFocus():
            self.name_edit.setText(name)
        _set_enabled(self.name_edit, group is not None)
        _set_enabled(self.combination_spin, group is not None)
        _set_enabled(self.remove_button, group is not None)
        weight = 0.0 if group is None else group.combination_weight
        if abs(self.combination_spin.value() - weight) > 1e-9:
            blocked = self.combination_spin.blockSignals(True)
            self.combination_spin.setValue(weight)
            self.combination_spin.blockSignals(blocked)

    def _pair_text(self, pair: tuple[int, int]) -> str:
        lang = current_language()
        return self.tr("{a} vs {b}").format(
            a=self._criteria[pair[0]].label(lang), b=self._criteria[pair[1]].label(lang)
        )

    def _refresh_counts(self, result: GroupPriorities) -> None:
        _set_text(
            self.count_label,
            self.tr("{answered} of {total} answered").format(
                answered=result.answered, total=result.total
            ),
        )
        if result.suggestions:
            shown = "; ".join(self._pair_text(p) for p in result.suggestions[:3])
            text = self.tr("Ask next: {pairs}").format(pairs=shown)
        else:
            text = self.tr("Every pair is answered.") if result.total else ""
        _set_text(self.suggestion_label, text)
        _set_enabled(self.next_button, bool(result.suggestions))

    def _refresh_consistency(self, result: GroupPriorities) -> None:
        if not result.enough:
            status = self.tr(
                "Not enough comparisons yet: the answers do not link every criterion. At least "
                "{count} more needed (see the suggested questions)."
            ).format(count=max(result.missing_links, 1))
        elif result.method == "llsm":
            status = self.tr(
                "Priorities from the answers so far (logarithmic least squares); more answers "
                "make them more reliable."
            )
        else:
            status = self.tr("Priorities from every answer (principal eigenvector).")
        _set_text(self.status_label, status)
        warning = result.cr is not None and not result.acceptable
        _set_hidden(self.cr_icon, not warning)
        if result.cr is None:
            cr_text = ""
        elif warning:
            cr_text = self.tr(
                "{glyph} Consistency ratio {cr}: above 0.10, the answers contradict each other. "
                "Check these answers first:"
            ).format(glyph=_WARNING_GLYPH, cr=format_number(result.cr, 2))
        else:
            cr_text = self.tr("{glyph} Consistency ratio {cr}: acceptable (0.10 or less).").format(
                glyph=_OK_GLYPH, cr=format_number(result.cr, 2)
            )
        _set_text(self.cr_label, cr_text)
        lines: list[str] = []
        if warning:
            lang = current_language()
            for k, item in enumerate(result.inconsistencies[:SHOWN_INCONSISTENCIES]):
                first = self._criteria[item.row].label(lang)
                second = self._criteria[item.col].label(lang)
                lines.append(
                    self.tr(
                        "{number}. {a} vs {b}: answered “{current}”; the other answers "
                        "imply “{implied}”."
                    ).format(
                        number=k + 1,
                        a=first,
                        b=second,
                        current=judgement_words(first, second, item.current),
                        implied=judgement_words(
                            first, second, nearest_scale_value(item.implied_value)
                        ),
                    )
                )
        _set_text(self.warning_label, "\n".join(lines))
        _set_hidden(self.warning_label, not lines)

    def _refresh_source(self, group: Group, result: GroupPriorities) -> None:
        if group.weights_from_judgements:
            text = self.tr("The group's weights come from these comparisons.")
        elif result.enough:
            text = self.tr(
                "The group's weights (the sliders) do not come from these comparisons. "
                "“Use these weights” sets them."
            )
        else:
            text = self.tr("The group's weights were set with the sliders.")
        _set_text(self.source_label, text)
        _set_enabled(self.use_button, result.enough and not group.weights_from_judgements)

    def _refresh_comparison(self, workshop: Workshop, evaluation: Evaluation) -> None:
        problem = evaluation.problem
        groups = workshop.groups
        comparison: GroupComparison | None = None
        if problem.eligible.size and problem.columns.size:
            vector, method = combined_weights(workshop)
            batch = np.vstack([vector[None, :], group_weight_batch(workshop, groups)])
            ranked = problem.rank(batch)
            if ranked.topsis is not None:
                ranks = np.asarray(ranked.topsis.ranks).reshape(len(groups) + 1, -1)
                order = np.argsort(ranks[0], kind="stable")
                names = tuple(workshop.communities[int(problem.eligible[k])].name for k in order)
                comparison = GroupComparison(
                    names,
                    tuple(g.id for g in groups),
                    tuple(g.name for g in groups),
                    ranks[:, order],
                    method,
                    kendall_w(ranks[1:]) if len(groups) >= 2 else None,
                )
        self.comparison = comparison
        shape = (
            None
            if comparison is None
            else (len(comparison.names), comparison.group_ids, comparison.names)
        )
        self.group_model.refresh(shape)
        if comparison is None or comparison.concordance is None:
            consensus = self.tr(
                "Agreement between the groups: needs two groups and two communities."
            )
        else:
            consensus = self.tr(
                "Agreement between the groups' rankings (Kendall's W): {w}. "
                "1 means identical rankings, 0 no agreement."
            ).format(w=format_number(comparison.concordance, 2))
        _set_text(self.consensus_label, consensus)
        contested = most_contested_pair(workshop)
        if contested is None:
            text = self.tr("No pair of criteria was judged differently by two groups yet.")
        else:
            lang = current_language()
            text = self.tr("Groups disagree most on: {a} vs {b}").format(
                a=workshop.criteria[workshop.criterion_index(contested.first)].label(lang),
                b=workshop.criteria[workshop.criterion_index(contested.second)].label(lang),
            )
        _set_text(self.contested_label, text)

    # -- panel -> document ----------------------------------------------------------------------
    def _on_answer_chosen(self, pair: tuple[int, int], index: int) -> None:
        workshop = self._session.workshop
        if workshop.active_group == COMBINED or index < 0:
            return
        value = None if index == 0 else POSITIONS[index - 1]
        first, second = self._criteria[pair[0]], self._criteria[pair[1]]
        current = None if self.result is None else self.result.pairs.get(pair)
        if current == value or (
            current is not None and value is not None and _position_of(current) == index
        ):
            return
        if not self._session.apply(
            edits.set_judgement(workshop.active_group, first.id, second.id, value)
        ):
            self._refresh(self._session.workshop)

    def _on_use_weights(self) -> None:
        group_id = self._session.workshop.active_group
        if group_id != COMBINED:
            self._session.apply(edits.use_judgement_weights(group_id))

    def _on_name_edited(self) -> None:
        workshop = self._session.workshop
        if workshop.active_group == COMBINED:
            return
        group = workshop.group(workshop.active_group)
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setText(group.name)
        elif name != group.name:
            self._session.apply(edits.update_group(replace(group, name=name)))

    def _on_combination_changed(self, value: float) -> None:
        workshop = self._session.workshop
        if workshop.active_group == COMBINED:
            return
        if workshop.group(workshop.active_group).combination_weight != value:
            self._session.apply(edits.set_combination_weight(workshop.active_group, value))

    def _on_add_group(self) -> None:
        workshop = self._session.workshop
        ids = {g.id for g in workshop.groups}
        number = len(workshop.groups) + 1
        while f"group{number}" in ids:
            number += 1
        group = Group(
            id=f"group{number}",
            name=self.tr("Group {number}").format(number=number),
            weights={c.id: 50.0 for c in workshop.weighted_criteria},
        )
        if self._session.apply(edits.add_group(group)):
            self._session.apply(edits.set_active_group(group.id))

    def _on_remove_group(self) -> None:
        group_id = self._session.workshop.active_group
        if group_id != COMBINED:
            self._session.apply(edits.remove_group(group_id))
