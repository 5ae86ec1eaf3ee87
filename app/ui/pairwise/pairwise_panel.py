"""The pairwise panel: a group compares the criteria two at a time; the groups are compared;
communities and levels are compared under a criterion.

What it shows
-------------
- A group bar: the active group's name (editable), its weight in the combination, and buttons to
  add and remove groups. The active group is the one chosen in the weights panel.
- "Comparisons" tab, for the active group: a
  :class:`~app.ui.pairwise.pairwise_editor.PairwiseEditor` asking "How much more important is A than
  B?" for each pair of weighted criteria (answers, matrix, live priorities, consistency with the
  answers to check, suggested next questions), plus "Use these weights" (sets the group's sliders to
  the priorities) and a line saying whether the group's weights come from these comparisons. When
  the combined set is active, the tab says so and how the combined set is made (AIJ or AIP).
- "Groups" tab: the rank of every eligible community for each group and for the combined set,
  side by side, by TOPSIS or by AHP (one batch :meth:`~app.models.analysis.Problem.rank` call),
  the groups' agreement (Kendall's W) and the pair of criteria the groups disagree on most.
- "Communities and levels" tab:
  :class:`~app.ui.pairwise.criterion_comparisons.CriterionComparisons`.

Every change goes through :meth:`~app.ui.session.WorkshopSession.apply`, one undo step each.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.ahp import CR_ACCEPTABLE
from app.models.analysis import Evaluation
from app.models.criterion import Criterion
from app.models.document import Change
from app.models.judgements import (
    combined_weights,
    group_priorities,
    group_weight_batch,
    kendall_w,
    most_contested_pair,
)
from app.models.pairwise import PairwisePriorities
from app.models.workshop import COMBINED, Group, Workshop
from app.ui.i18n import current_language, format_number
from app.ui.pairwise.criterion_comparisons import CriterionComparisons
from app.ui.pairwise.pairwise_editor import PairwiseEditor, TableAdapter
from app.ui.quiet import set_enabled, set_hidden, set_text, signals_blocked
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question, No the default (the one modal call here; tests replace it)."""
    from PySide6.QtWidgets import QMessageBox

    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


@dataclass(frozen=True)
class GroupComparison:
    """The groups' ranks of the eligible communities by one method, computed in one batch.

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


class GroupRankingModel(TableAdapter):
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


class PairwisePanel(Retranslating, QWidget):
    """Pairwise comparisons of the criteria for the active group, the groups compared, and the
    communities or levels compared under a criterion.

    Public widgets (for the main window and tests): ``name_edit``, ``combination_spin``,
    ``add_button``, ``remove_button``, ``tabs``; on the comparisons tab ``editor`` (a
    :class:`~app.ui.pairwise.pairwise_editor.PairwiseEditor` over the weighted criteria, whose
    ``result`` is the active group's :class:`PairwisePriorities`, None for the combined set),
    ``source_label``, ``use_button``, ``combined_label``; on the groups tab ``group_view``
    (``group_model``), ``consensus_label``, ``contested_label``; the third tab is
    ``criterion_comparisons``
    (:class:`~app.ui.pairwise.criterion_comparisons.CriterionComparisons`).
    """

    def __init__(
        self,
        session: WorkshopSession,
        parent: QWidget | None = None,
        *,
        locked: Callable[[str], Collection[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        # the weights panel's locks of a group (its view state): "Use these weights" asks first
        self._locked = locked or (lambda _group: ())
        # what the editor's result was computed from: group id, its answers (the object), the
        # criteria
        self._result_key: (
            tuple[str, Mapping[tuple[str, str], float], tuple[Criterion, ...]] | None
        ) = None
        self.comparison: GroupComparison | None = None

        ensure_min_point_size(self, TEXT_POINT_SIZE)

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
        self.editor = PairwiseEditor(
            lambda a, b: self.tr("How much more important is {a} than {b}?").format(a=a, b=b),
            lambda: self.tr("Criterion"),
            self._on_answer,
        )
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.use_button = QPushButton()
        # one question at a time on the projector: the main window gives it its action (F9)
        self.project_button = QToolButton()
        self.project_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.editor.results.addWidget(self.source_label)
        self.editor.results.addWidget(self.use_button)
        self.editor.results.addWidget(self.project_button)
        comparisons = QWidget()
        comparisons_layout = QVBoxLayout(comparisons)
        comparisons_layout.addWidget(self.combined_label)
        comparisons_layout.addWidget(self.editor, 1)

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
        self.ranking_label = QLabel()
        self.ranking_method = QComboBox()
        self.ranking_method.addItem("TOPSIS", "topsis")
        self.ranking_method.addItem("AHP", "ahp")
        self.ranking_label.setBuddy(self.ranking_method)
        method_row = QHBoxLayout()
        method_row.addWidget(self.ranking_label)
        method_row.addWidget(self.ranking_method)
        method_row.addStretch(1)
        groups_page = QWidget()
        groups_layout = QVBoxLayout(groups_page)
        groups_layout.addLayout(method_row)
        groups_layout.addWidget(self.group_view, 1)
        groups_layout.addWidget(self.consensus_label)
        groups_layout.addWidget(self.contested_label)

        # -- communities and levels under a criterion
        self.criterion_comparisons = CriterionComparisons(session)

        self.tabs = QTabWidget()
        self.tabs.addTab(comparisons, "")
        self.tabs.addTab(groups_page, "")
        self.tabs.addTab(self.criterion_comparisons, "")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.tabs)
        chain: list[QWidget] = [self.name_edit, self.combination_spin, self.add_button]
        chain += [self.remove_button, self.tabs, self.editor.first_focus()]
        for first_widget, second_widget in pairwise(chain):
            QWidget.setTabOrder(first_widget, second_widget)

        self.name_edit.editingFinished.connect(self._on_name_edited)
        self.combination_spin.valueChanged.connect(self._on_combination_changed)
        self.add_button.clicked.connect(self._on_add_group)
        self.remove_button.clicked.connect(self._on_remove_group)
        self.use_button.clicked.connect(self._on_use_weights)
        self.ranking_method.currentIndexChanged.connect(
            lambda _: self._on_evaluated(self._session.evaluation)
        )
        session.changed.connect(self._on_changed)
        session.evaluated.connect(self._on_evaluated)

        self.retranslate()

    @property
    def result(self) -> PairwisePriorities | None:
        """The active group's answers as the editor shows them (None for the combined set)."""
        return self.editor.result

    # -- public ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the interface language and numbers in its locale."""
        self.setLocale(QLocale())
        self.group_label.setText(self.tr("Gr&oup:"))
        self.name_edit.setAccessibleName(self.tr("Name of the group"))
        self.combination_label.setText(self.tr("Weight in the combina&tion:"))
        self.combination_spin.setToolTip(
            self.tr("How much this group counts in the combined set; 0 leaves it out")
        )
        self.add_button.setText(self.tr("Add grou&p"))
        self.remove_button.setText(self.tr("Re&move group"))
        self.use_button.setText(self.tr("&Use these weights"))
        self.use_button.setToolTip(
            self.tr("Set this group's weights (the sliders) to the priorities of its answers")
        )
        self.tabs.setTabText(0, self.tr("Comparisons"))
        self.tabs.setTabText(1, self.tr("Groups"))
        self.tabs.setTabText(2, self.tr("Communities and levels"))
        self.ranking_label.setText(self.tr("Ran&k by:"))
        self.editor.retranslate()
        self._refresh(self._session.workshop, relabel=True)
        self._on_evaluated(self._session.evaluation)

    def go_to_next_suggestion(self) -> None:
        """Show and focus the first suggested question (keyboard: the button's mnemonic)."""
        self.tabs.setCurrentIndex(0)
        self.editor.go_to_next_suggestion()

    # -- document -> panel ----------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        self._refresh(self._session.workshop)

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self._refresh_comparison(self._session.workshop, evaluation)

    def _refresh(self, workshop: Workshop, *, relabel: bool = False) -> None:
        group_id = workshop.active_group
        combined = group_id == COMBINED
        group = None if combined else workshop.group(group_id)
        # the answers' priorities depend on the answers and the criteria only: a slider move keeps
        # both objects (workshops are immutable and share unchanged parts), so nothing is redone
        previous = self._result_key
        result = self.editor.result
        key = None if group is None else (group.id, group.judgements, workshop.criteria)
        if (
            relabel
            or key is None
            or previous is None
            or previous[0] != key[0]
            or previous[1] is not key[1]
            or previous[2] != key[2]
        ):
            result = None if group is None else group_priorities(workshop, group)
            self._result_key = key
            criteria = workshop.weighted_criteria
            lang = current_language()
            self.editor.show_answers(
                [c.id for c in criteria], [c.label(lang) for c in criteria], result
            )
        self._refresh_group_bar(workshop, group)
        set_hidden(self.editor, combined)
        set_hidden(self.combined_label, not combined)
        if combined:
            method = combined_weights(workshop)[1]
            set_text(self.combined_label, self._combined_text(method))
            return
        assert group is not None and result is not None
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
        set_enabled(self.name_edit, group is not None)
        set_enabled(self.combination_spin, group is not None)
        set_enabled(self.remove_button, group is not None)
        weight = 0.0 if group is None else group.combination_weight
        if abs(self.combination_spin.value() - weight) > 1e-9:
            with signals_blocked(self.combination_spin):
                self.combination_spin.setValue(weight)

    def _refresh_source(self, group: Group, result: PairwisePriorities) -> None:
        if group.weights_from_judgements:
            text = self.tr("The group's weights come from these comparisons.")
        elif result.enough:
            text = self.tr(
                "The group's weights (the sliders) do not come from these comparisons. "
                "“Use these weights” sets them."
            )
        else:
            text = self.tr("The group's weights were set with the sliders.")
        set_text(self.source_label, text)
        set_enabled(self.use_button, result.enough and not group.weights_from_judgements)

    def _refresh_comparison(self, workshop: Workshop, evaluation: Evaluation) -> None:
        problem = evaluation.problem
        groups = workshop.groups
        comparison: GroupComparison | None = None
        if problem.eligible.size and problem.columns.size:
            vector, method = combined_weights(workshop)
            batch = np.vstack([vector[None, :], group_weight_batch(workshop, groups)])
            ranked = problem.rank(batch)
            by_ahp = self.ranking_method.currentData() == "ahp"
            batch_ranks = ranked.ahp_ranks if by_ahp else ranked.topsis_ranks
            if batch_ranks is not None:
                ranks = np.asarray(batch_ranks).reshape(len(groups) + 1, -1)
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
        set_text(self.consensus_label, consensus)
        contested = most_contested_pair(workshop)
        if contested is None:
            text = self.tr("No pair of criteria was judged differently by two groups yet.")
        else:
            lang = current_language()
            text = self.tr("Groups disagree most on: {a} vs {b}").format(
                a=workshop.criteria[workshop.criterion_index(contested.first)].label(lang),
                b=workshop.criteria[workshop.criterion_index(contested.second)].label(lang),
            )
        set_text(self.contested_label, text)

    # -- panel -> document ----------------------------------------------------------------------
    def _on_answer(self, pair: tuple[int, int], value: float | None) -> bool:
        workshop = self._session.workshop
        if workshop.active_group == COMBINED:
            return False
        criteria = workshop.weighted_criteria
        first, second = criteria[pair[0]], criteria[pair[1]]
        return self._session.apply(
            edits.set_judgement(workshop.active_group, first.id, second.id, value)
        )

    def _on_use_weights(self) -> None:
        workshop = self._session.workshop
        group_id = workshop.active_group
        if group_id == COMBINED:
            return
        worries = self._worries(workshop, group_id)
        if worries and not confirm(
            self,
            self.tr("Use these weights?"),
            "\n\n".join([*worries, self.tr("Use the comparisons' weights anyway?")]),
        ):
            return
        self._session.apply(edits.use_judgement_weights(group_id))

    def _worries(self, workshop: Workshop, group_id: str) -> list[str]:
        """What the facilitator should weigh before the comparisons replace the weights: answers
        too inconsistent to trust (Saaty's ratio above 0.10), locked weights that would change."""
        worries = []
        result = group_priorities(workshop, workshop.group(group_id))
        if result.cr is not None and result.cr > CR_ACCEPTABLE:
            worries.append(
                self.tr(
                    "The answers contradict each other ({cr}, where {limit} or less is "
                    "accepted): the weights they give may not say what the group means."
                ).format(cr=format_number(result.cr, 2), limit=format_number(CR_ACCEPTABLE, 2))
            )
        names = {c.id: c.label(current_language()) for c in workshop.weighted_criteria}
        locked = [names[c] for c in self._locked(group_id) if c in names]
        if locked:
            worries.append(
                self.tr("These locked weights will change too: {names}.").format(
                    names=", ".join(sorted(locked))
                )
            )
        return worries

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
