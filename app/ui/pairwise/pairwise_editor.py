"""The pairwise editor: answers on Saaty's verbal scale, the matrix, priorities and consistency.

One widget for every set of things compared two at a time: a group's criteria
(:mod:`app.ui.pairwise.pairwise_panel`), the communities under a criterion and a verbal
criterion's levels (:mod:`app.ui.pairwise.criterion_comparisons`). It shows

- each pair as a question with an answer box on Saaty's verbal scale towards either side (17
  positions, "equal" in the middle) plus "Not asked yet";
- the same answers as a read-only matrix (row over column);
- the priorities, live, as soon as the answers link everything compared (eigenvector when every
  pair is answered, logarithmic least squares before; see :mod:`app.models.judgements`), or "not
  enough comparisons" with how many answers are still needed;
- the consistency ratio; above 0.10 a warning (icon and text) with the three answers that
  contribute most and, in words, the value the other answers imply for each, rounded to the
  scale;
- "12 of 28 answered", the pairs to ask next and a button that jumps to the first of them.

The owner supplies the question's wording and what an answer does (an undoable edit), and calls
:meth:`PairwiseEditor.show_answers` whenever the answers change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.judgements import nearest_scale_value
from app.models.pairwise import PairwisePriorities
from app.ui.i18n import format_number
from app.ui.quiet import set_current_index, set_enabled, set_hidden, set_text, signals_blocked
from app.ui.wheel import ListComboBox

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

Pair = tuple[int, int]


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


def position_of(value: float | None) -> int:
    """Combo index of an answer: 0 for not asked, else 1 + its place in :data:`POSITIONS`."""
    if value is None:
        return 0
    scaled = nearest_scale_value(value)
    return 1 + min(range(len(POSITIONS)), key=lambda k: abs(POSITIONS[k] - scaled))


# --------------------------------------------------------------------------------------------
# Qt models: thin adapters over what the editor shows
# --------------------------------------------------------------------------------------------


class TableAdapter(QAbstractTableModel):
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


Source = Callable[[], tuple[Sequence[str], PairwisePriorities | None]]


class _ItemTable(TableAdapter):
    """A table with one row per compared item, read from ``source()``: the items' labels and the
    editor's current :class:`PairwisePriorities`."""

    def __init__(self, source: Source, parent: QWidget) -> None:
        super().__init__(parent)
        self._source = source

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._source()[0])

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class JudgementMatrixModel(_ItemTable):
    """The answers as a reciprocal matrix, row item over column item; unanswered cells show a
    dash."""

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.rowCount(parent)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        labels = self._source()[0]
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(labels):
            return labels[section]
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
            labels = self._source()[0]
            first, second = labels[index.row()], labels[index.column()]
            if value is None:
                return QCoreApplication.translate(
                    "PairwiseEditor", "{first} over {second}: not asked yet"
                ).format(first=first, second=second)
            return QCoreApplication.translate(
                "PairwiseEditor", "{first} over {second}: {answer}"
            ).format(first=first, second=second, answer=judgement_words(first, second, value))
        return None


class PriorityModel(_ItemTable):
    """The priorities of the answers: item, percent, a bar of text blocks (the length carries
    the size, so it reads without colour). ``title`` names the first column."""

    def __init__(self, source: Source, title: Callable[[], str], parent: QWidget) -> None:
        super().__init__(source, parent)
        self._title = title

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
            (self._title(), QCoreApplication.translate("PairwiseEditor", "Priority"), "")[section]
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
                return self._source()[0][row]
            value = self.priority(row)
            if value is None:
                return "\N{EM DASH}" if column == 1 else ""
            if column == 1:
                return QCoreApplication.translate("PairwiseEditor", "{value} %").format(
                    value=format_number(value * 100.0, 1)
                )
            return _BAR_GLYPH * round(value * _BAR_LENGTH)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return self._source()[0][row]
        return None


# --------------------------------------------------------------------------------------------
# The editor
# --------------------------------------------------------------------------------------------


@dataclass
class _Question:
    first: str
    second: str
    label: QLabel
    answer: QComboBox


class PairwiseEditor(QWidget):
    """Questions, matrix, priorities, consistency and suggestions for one set of answers.

    ``question(a, b)`` words the question for two item labels; ``title()`` names the items
    (the priority table's first column); ``on_answer(pair, value)`` applies an answer (``None``
    for "not asked yet") and returns False when it was refused.

    Public widgets (for the owner and tests): ``answers`` (combo box per pair ``(i, j)``),
    ``question_labels``, ``answer_tabs``, ``matrix_view`` (``matrix_model``), ``priority_view``
    (``priority_model``), ``count_label``, ``suggestion_label``, ``next_button``, ``status_label``,
    ``cr_label``, ``cr_icon``, ``warning_label``; ``results`` is the layout of the right-hand
    column, where the owner may add its own rows. ``result`` is the :class:`PairwisePriorities`
    shown.
    """

    def __init__(
        self,
        question: Callable[[str, str], str],
        title: Callable[[], str],
        on_answer: Callable[[Pair, float | None], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._question = question
        self._on_answer = on_answer
        self._ids: tuple[str, ...] = ()
        self._labels: tuple[str, ...] = ()
        self._questions: dict[Pair, _Question] = {}
        self.answers: dict[Pair, QComboBox] = {}
        self.question_labels: dict[Pair, QLabel] = {}
        self.result: PairwisePriorities | None = None

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
        self.matrix_model = JudgementMatrixModel(self._source, self)
        self.matrix_view = QTableView()
        self.matrix_view.setModel(self.matrix_model)
        self.matrix_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answer_tabs = QTabWidget()
        self.answer_tabs.addTab(self._scroll, "")
        self.answer_tabs.addTab(self.matrix_view, "")

        self.priority_model = PriorityModel(self._source, title, self)
        self.priority_view = QTableView()
        self.priority_view.setModel(self.priority_model)
        self.priority_view.verticalHeader().hide()
        header = self.priority_view.horizontalHeader()
        # the priority and its bar whole, the names in what is left (shortened with "…" in a
        # narrow window, whole in their tooltips): nothing scrolls sideways
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.priority_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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

        counts = QHBoxLayout()
        counts.addWidget(self.count_label)
        counts.addWidget(self.suggestion_label, 1)
        counts.addWidget(self.next_button)
        cr_row = QHBoxLayout()
        cr_row.addWidget(self.cr_icon)
        cr_row.addWidget(self.cr_label, 1)
        self.results = QVBoxLayout()
        self.results.addWidget(self.priority_view, 1)
        self.results.addWidget(self.status_label)
        self.results.addLayout(cr_row)
        self.results.addWidget(self.warning_label)
        body = QHBoxLayout()
        body.addWidget(self.answer_tabs, 3)
        body.addLayout(self.results, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(counts)
        layout.addLayout(body, 1)

        self.next_button.clicked.connect(self.go_to_next_suggestion)
        self.retranslate()

    # -- public ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.next_button.setText(
            QCoreApplication.translate("PairwiseEditor", "Ne&xt suggested question")
        )
        self.cr_icon.setToolTip(QCoreApplication.translate("PairwiseEditor", "Warning"))
        self.answer_tabs.setTabText(0, QCoreApplication.translate("PairwiseEditor", "Questions"))
        self.answer_tabs.setTabText(1, QCoreApplication.translate("PairwiseEditor", "Matrix"))
        self.relabel()
        if self.result is not None:
            self._refresh(self.result)

    def relabel(self) -> None:
        """Word every question and answer anew (the owner's wording changed)."""
        for question in self._questions.values():
            self._label_question(question)

    def first_focus(self) -> QWidget:
        """The first widget of the editor in the tab order."""
        return self.next_button

    def tab_chain(self) -> list[QWidget]:
        """The editor's widgets in tab order: the next-question button, then the answers."""
        return [self.next_button, *(q.answer for q in self._questions.values())]

    def show_answers(
        self, ids: Sequence[str], labels: Sequence[str], result: PairwisePriorities | None
    ) -> None:
        """Show ``result`` over the items ``ids`` named ``labels``; the questions are rebuilt
        only when the items change, relabelled when only their names do."""
        self._sync_questions(tuple(ids), tuple(labels))
        self.result = result
        if result is not None:
            self._refresh(result)
        else:
            self.matrix_model.refresh(len(self._ids))
            self.priority_model.refresh(len(self._ids))

    def go_to_next_suggestion(self) -> None:
        """Show and focus the first suggested question (keyboard: the button's mnemonic)."""
        if self.result is None or not self.result.suggestions:
            return
        question = self._questions.get(self.result.suggestions[0])
        if question is None:
            return
        self.answer_tabs.setCurrentIndex(0)
        self._scroll.ensureWidgetVisible(question.answer)
        question.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- internals ------------------------------------------------------------------------------
    def _source(self) -> tuple[Sequence[str], PairwisePriorities | None]:
        return self._labels, self.result

    def _sync_questions(self, ids: tuple[str, ...], labels: tuple[str, ...]) -> None:
        if ids == self._ids:
            if labels != self._labels:  # same items, new names
                self._labels = labels
                for (i, j), question in self._questions.items():
                    question.first, question.second = labels[i], labels[j]
                    self._label_question(question)
            return
        self._ids, self._labels = ids, labels
        for question in self._questions.values():
            # out of the grid and hidden now, deleted later: the rebuild may run inside a signal
            # of one of the old boxes
            for widget in (question.label, question.answer):
                self._questions_grid.removeWidget(widget)
                widget.hide()
                widget.deleteLater()
        self._questions.clear()
        row = 0
        for i, first in enumerate(labels):
            for j in range(i + 1, len(labels)):
                label = QLabel()
                label.setWordWrap(True)
                answer = ListComboBox()
                # wide enough for most answers (the open list shows them whole): the question
                # beside it keeps room to read
                answer.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                answer.setMinimumContentsLength(24)
                answer.addItems([""] * (1 + len(POSITIONS)))
                label.setBuddy(answer)
                answer.currentIndexChanged.connect(
                    lambda index, pair=(i, j): self._on_answer_chosen(pair, index)
                )
                self._questions_grid.addWidget(label, row, 0)
                self._questions_grid.addWidget(answer, row, 1)
                question = _Question(first, labels[j], label, answer)
                self._questions[(i, j)] = question
                self._label_question(question)
                row += 1
        self.answers = {pair: q.answer for pair, q in self._questions.items()}
        self.question_labels = {pair: q.label for pair, q in self._questions.items()}
        for first_widget, second_widget in pairwise(self.tab_chain()):
            QWidget.setTabOrder(first_widget, second_widget)

    def _label_question(self, question: _Question) -> None:
        text = self._question(question.first, question.second)
        set_text(question.label, text)
        question.answer.setAccessibleName(text)
        not_asked = QCoreApplication.translate("PairwiseEditor", "Not asked yet")
        with signals_blocked(question.answer):
            question.answer.setItemText(0, not_asked)
            for k, value in enumerate(POSITIONS):
                question.answer.setItemText(
                    k + 1, judgement_words(question.first, question.second, value)
                )

    def _refresh(self, result: PairwisePriorities) -> None:
        for pair, question in self._questions.items():
            set_current_index(question.answer, position_of(result.pairs.get(pair)))
        self.matrix_model.refresh(len(self._ids))
        self.priority_model.refresh(len(self._ids))
        self._refresh_counts(result)
        self._refresh_consistency(result)

    def _pair_text(self, pair: Pair) -> str:
        return QCoreApplication.translate("PairwiseEditor", "{a} vs {b}").format(
            a=self._labels[pair[0]], b=self._labels[pair[1]]
        )

    def _refresh_counts(self, result: PairwisePriorities) -> None:
        set_text(
            self.count_label,
            QCoreApplication.translate("PairwiseEditor", "{answered} of {total} answered").format(
                answered=result.answered, total=result.total
            ),
        )
        if result.suggestions:
            shown = "; ".join(self._pair_text(p) for p in result.suggestions[:3])
            text = QCoreApplication.translate("PairwiseEditor", "Ask next: {pairs}").format(
                pairs=shown
            )
        else:
            text = (
                QCoreApplication.translate("PairwiseEditor", "Every pair is answered.")
                if result.total
                else ""
            )
        set_text(self.suggestion_label, text)
        set_enabled(self.next_button, bool(result.suggestions))

    def _refresh_consistency(self, result: PairwisePriorities) -> None:
        if not result.enough:
            status = QCoreApplication.translate(
                "PairwiseEditor",
                "Not enough comparisons yet: the answers do not link everything compared. At "
                "least {count} more needed (see the suggested questions).",
            ).format(count=max(result.missing_links, 1))
        elif result.method == "llsm":
            status = QCoreApplication.translate(
                "PairwiseEditor",
                "Priorities from the answers so far (logarithmic least squares); more answers "
                "make them more reliable.",
            )
        else:
            status = QCoreApplication.translate(
                "PairwiseEditor", "Priorities from every answer (principal eigenvector)."
            )
        set_text(self.status_label, status)
        warning = result.cr is not None and not result.acceptable
        set_hidden(self.cr_icon, not warning)
        if result.cr is None:
            cr_text = ""
        elif warning:
            cr_text = QCoreApplication.translate(
                "PairwiseEditor",
                "{glyph} Consistency ratio {cr}: above 0.10, the answers contradict each other. "
                "Check these answers first:",
            ).format(glyph=_WARNING_GLYPH, cr=format_number(result.cr, 2))
        else:
            cr_text = QCoreApplication.translate(
                "PairwiseEditor", "{glyph} Consistency ratio {cr}: acceptable (0.10 or less)."
            ).format(glyph=_OK_GLYPH, cr=format_number(result.cr, 2))
        set_text(self.cr_label, cr_text)
        lines: list[str] = []
        if warning:
            for k, item in enumerate(result.inconsistencies[:SHOWN_INCONSISTENCIES]):
                first, second = self._labels[item.row], self._labels[item.col]
                lines.append(
                    QCoreApplication.translate(
                        "PairwiseEditor",
                        "{number}. {a} vs {b}: answered “{current}”; the other answers "
                        "imply “{implied}”.",
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
        set_text(self.warning_label, "\n".join(lines))
        set_hidden(self.warning_label, not lines)

    def _on_answer_chosen(self, pair: Pair, index: int) -> None:
        if index < 0:
            return
        value = None if index == 0 else POSITIONS[index - 1]
        current = None if self.result is None else self.result.pairs.get(pair)
        if current == value or (
            current is not None and value is not None and position_of(current) == index
        ):
            return
        if not self._on_answer(pair, value) and self.result is not None:
            self._refresh(self.result)  # refused: show the answers as they are
