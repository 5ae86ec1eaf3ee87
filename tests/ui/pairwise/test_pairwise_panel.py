"""The pairwise panel: answers update priorities and consistency, warnings name the right pair,
"Use these weights" moves the sliders and both rankings, groups are managed and compared."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.io.example import INCONSISTENT_GROUP, example_workshop
from app.models import edits
from app.models.ahp import priorities
from app.models.analysis import evaluate, prepare
from app.models.derived import weight_vector
from app.models.judgements import (
    combined_weights,
    group_priorities,
    judgement_matrix,
    kendall_w,
)
from app.models.workshop import COMBINED, Workshop
from app.ui.editors.weights_panel import WeightsPanel
from app.ui.i18n import format_number
from app.ui.pairwise.pairwise_editor import POSITIONS, judgement_number, judgement_words
from app.ui.pairwise.pairwise_panel import PairwisePanel
from app.ui.session import WorkshopSession
from tests.factories import make_workshop


def without_judgements(m: int = 4) -> Workshop:
    """6 communities, m weighted criteria c1..cm plus a gate; groups g1, g2 without answers."""
    return make_workshop(6, m)


def with_answers(upper: dict[tuple[int, int], float], m: int = 4) -> Workshop:
    workshop = without_judgements(m)
    ids = [c.id for c in workshop.weighted_criteria]
    g1 = replace(
        workshop.group("g1"),
        judgements={(ids[i], ids[j]): value for (i, j), value in upper.items()},
    )
    return workshop.replace(groups=(g1, *workshop.groups[1:]))


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(without_judgements())


@pytest.fixture
def panel(qtbot, session: WorkshopSession) -> PairwisePanel:
    widget = PairwisePanel(session)
    qtbot.addWidget(widget)
    return widget


def answer(panel: PairwisePanel, pair: tuple[int, int], value: float | None) -> None:
    """Choose an answer in the pair's box as a user does (the box's own index change)."""
    index = 0 if value is None else 1 + POSITIONS.index(value)
    panel.editor.answers[pair].setCurrentIndex(index)


def reciprocal(upper: dict[tuple[int, int], float], n: int) -> np.ndarray:
    a = np.ones((n, n))
    for (i, j), value in upper.items():
        a[i, j] = value
        a[j, i] = 1.0 / value
    return a


def test_one_question_per_pair_in_words(panel: PairwisePanel) -> None:
    assert list(panel.editor.answers) == [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
    assert panel.editor.question_labels[(0, 2)].text() == (
        "How much more important is Criterion 1 than Criterion 3?"
    )
    box = panel.editor.answers[(0, 2)]
    assert box.count() == 18
    assert box.currentText() == "Not asked yet"
    assert box.itemText(1) == "Criterion 1: extreme (9)"
    assert box.itemText(9) == "Equal (1)"
    assert box.itemText(17) == "Criterion 3: extreme (9)"
    assert panel.editor.count_label.text() == "0 of 6 answered"


def test_answering_updates_priorities_and_cr_live(
    panel: PairwisePanel, session: WorkshopSession
) -> None:
    upper = {(0, 1): 3.0, (0, 2): 5.0, (0, 3): 1 / 2, (1, 2): 2.0, (1, 3): 1 / 4, (2, 3): 1 / 7}
    for k, (pair, value) in enumerate(upper.items()):
        answer(panel, pair, value)
        assert panel.editor.count_label.text() == f"{k + 1} of 6 answered"
    stored = session.workshop.group("g1").judgements
    ids = ["c1", "c2", "c3", "c4"]
    assert stored == pytest.approx({(ids[i], ids[j]): v for (i, j), v in upper.items()})
    expected = priorities(reciprocal(upper, 4))
    assert panel.result is not None and panel.result.priorities is not None
    np.testing.assert_allclose(panel.result.priorities, expected.priorities, rtol=1e-12)
    assert panel.result.cr == pytest.approx(expected.cr, rel=1e-12)
    model = panel.editor.priority_model
    for row, p in enumerate(expected.priorities):
        assert model.data(model.index(row, 1)) == f"{format_number(p * 100, 1)} %"
    assert format_number(expected.cr, 2) in panel.editor.cr_label.text()
    # the matrix shows the same answers, reciprocals below the diagonal
    matrix = panel.editor.matrix_model
    assert matrix.data(matrix.index(0, 3)) == "1/2"
    assert matrix.data(matrix.index(3, 0)) == "2"
    assert matrix.data(matrix.index(2, 2)) == "1"
    # one change of answer: the numbers follow at once
    answer(panel, (0, 3), 4.0)
    upper[(0, 3)] = 4.0
    np.testing.assert_allclose(
        panel.result.priorities, priorities(reciprocal(upper, 4)).priorities, rtol=1e-12
    )
    assert matrix.data(matrix.index(0, 3)) == "4"


def test_not_enough_comparisons_then_priorities_once_connected(panel: PairwisePanel) -> None:
    answer(panel, (0, 1), 2.0)
    answer(panel, (2, 3), 3.0)
    assert "Not enough comparisons" in panel.editor.status_label.text()
    assert (
        panel.editor.priority_model.data(panel.editor.priority_model.index(0, 1)) == "\N{EM DASH}"
    )
    assert not panel.use_button.isEnabled()
    assert panel.editor.cr_label.text() == ""
    # the suggestion links the two halves; answering it gives the LLSM (here exact) priorities
    suggestion = panel.result.suggestions[0]
    assert "Ask next:" in panel.editor.suggestion_label.text()
    answer(panel, suggestion, 1.0)
    assert panel.result.enough and panel.result.method == "llsm"
    assert "answers so far" in panel.editor.status_label.text()
    assert panel.use_button.isEnabled()
    # removing an answer returns to the state before
    answer(panel, suggestion, None)
    assert "Not enough comparisons" in panel.editor.status_label.text()


def test_the_warning_names_the_perturbed_judgement_and_the_value_it_needs(qtbot) -> None:
    # consistent with w = (8, 4, 2, 1): a_ij = 2^(j - i); then a_14 = 8 answered as 1/2.
    upper = {(i, j): 2.0 ** (j - i) for i in range(4) for j in range(i + 1, 4)}
    upper[(0, 3)] = 0.5
    session = WorkshopSession(with_answers(upper))
    panel = PairwisePanel(session)
    qtbot.addWidget(panel)
    assert panel.result is not None and panel.result.cr is not None and panel.result.cr > 0.1
    assert not panel.editor.cr_icon.isHidden()
    assert "above 0.10" in panel.editor.cr_label.text()
    first_line = panel.editor.warning_label.text().splitlines()[0]
    assert first_line.startswith("1. Criterion 1 vs Criterion 4:")
    assert "answered “Criterion 4: equal to moderate (2)”" in first_line
    # the other answers imply 2 x 2 x 2 = 8 for this pair
    assert "imply “Criterion 1: very strong to extreme (8)”" in first_line
    assert len(panel.editor.warning_label.text().splitlines()) == 3
    # repairing it as suggested makes the answers consistent and the warning goes
    answer(panel, (0, 3), 8.0)
    assert panel.result.cr == pytest.approx(0.0, abs=1e-9)
    assert panel.editor.cr_icon.isHidden() and panel.editor.warning_label.isHidden()
    assert "acceptable" in panel.editor.cr_label.text()


def test_example_inconsistent_group_shows_its_top_contributor(qtbot) -> None:
    workshop = example_workshop().replace(active_group=INCONSISTENT_GROUP)
    session = WorkshopSession(workshop)
    panel = PairwisePanel(session)
    qtbot.addWidget(panel)
    matrix, _ = judgement_matrix(workshop, workshop.group(INCONSISTENT_GROUP))
    assert matrix is not None
    expected = priorities(matrix)
    worst = expected.inconsistencies[0]
    a = workshop.weighted_criteria[worst.row].label("en")
    b = workshop.weighted_criteria[worst.col].label("en")
    assert panel.editor.warning_label.text().startswith(f"1. {a} vs {b}:")
    assert format_number(expected.cr, 2) in panel.editor.cr_label.text()


def test_use_these_weights_moves_the_sliders_and_both_rankings_and_undo_restores(
    qtbot,
) -> None:
    upper = {(0, 1): 3.0, (0, 2): 5.0, (0, 3): 7.0, (1, 2): 2.0, (1, 3): 3.0, (2, 3): 2.0}
    session = WorkshopSession(with_answers(upper))
    panel = PairwisePanel(session)
    sliders = WeightsPanel(session)
    qtbot.addWidget(panel)
    qtbot.addWidget(sliders)
    before = session.workshop
    topsis_before = session.evaluation.topsis.closeness.copy()
    ahp_before = session.evaluation.ahp_scores.copy()
    assert "do not come from these comparisons" in panel.source_label.text()

    panel.use_button.click()

    expected = priorities(reciprocal(upper, 4)).priorities
    group = session.workshop.group("g1")
    assert group.weights_from_judgements
    for k, cid in enumerate(["c1", "c2", "c3", "c4"]):
        assert group.weights[cid] == pytest.approx(expected[k] * 100.0, rel=1e-12)
        assert sliders.sliders[cid].value() == round(expected[k] * 100.0)
    assert "come from these comparisons" in panel.source_label.text()
    assert "come from the group's pairwise comparisons" in sliders.source_label.text()
    assert not panel.use_button.isEnabled()
    fresh = evaluate(session.workshop)
    np.testing.assert_allclose(session.evaluation.topsis.closeness, fresh.topsis.closeness)
    np.testing.assert_allclose(session.evaluation.ahp_scores, fresh.ahp_scores)
    assert not np.allclose(session.evaluation.topsis.closeness, topsis_before)
    assert not np.allclose(session.evaluation.ahp_scores, ahp_before)

    # a slider moved afterwards: the panel says the weights no longer come from the answers
    sliders.sliders["c2"].setValue(80)
    assert "do not come from these comparisons" in panel.source_label.text()
    assert panel.use_button.isEnabled()

    session.undo()
    session.undo()
    assert session.workshop is before
    assert sliders.sliders["c1"].value() == round(before.group("g1").weights["c1"])
    np.testing.assert_allclose(session.evaluation.topsis.closeness, topsis_before)


def test_undo_restores_an_answer_in_the_box_and_the_numbers(
    panel: PairwisePanel, session: WorkshopSession
) -> None:
    answer(panel, (0, 1), 5.0)
    answer(panel, (0, 1), 1 / 3)
    assert panel.editor.answers[(0, 1)].currentText() == "Criterion 2: moderate (3)"
    session.undo()
    assert panel.editor.answers[(0, 1)].currentText() == "Criterion 1: strong (5)"
    assert session.workshop.group("g1").judgements == {("c1", "c2"): 5.0}
    session.undo()
    assert panel.editor.answers[(0, 1)].currentText() == "Not asked yet"
    assert panel.editor.count_label.text() == "0 of 6 answered"


def test_next_suggested_question_gets_the_focus(qtbot, panel: PairwisePanel) -> None:
    panel.show()
    qtbot.waitExposed(panel)
    answer(panel, (0, 1), 2.0)
    suggestion = panel.result.suggestions[0]
    panel.editor.next_button.click()
    QApplication.processEvents()
    assert panel.editor.answers[suggestion].hasFocus()


def test_combined_set_says_how_it_is_made(qtbot) -> None:
    session = WorkshopSession(example_workshop())
    panel = PairwisePanel(session)
    qtbot.addWidget(panel)
    session.apply(edits.set_active_group(COMBINED))
    assert not panel.combined_label.isHidden() and panel.combined_label.text()
    assert "AIP" in panel.combined_label.text()
    assert panel.editor.isHidden()
    # every group uses its (complete) answers: the combined set is made by AIJ
    for group in session.workshop.groups:
        session.apply(edits.use_judgement_weights(group.id))
    assert combined_weights(session.workshop)[1] == "AIJ"
    assert "AIJ" in panel.combined_label.text()
    assert panel.group_model.headerData(1, Qt.Orientation.Horizontal) == "Combined (AIJ)"


def test_group_bar_adds_renames_weighs_and_removes_groups(
    panel: PairwisePanel, session: WorkshopSession
) -> None:
    panel.add_button.click()
    workshop = session.workshop
    assert len(workshop.groups) == 3
    new_id = workshop.active_group
    assert new_id == workshop.groups[-1].id
    assert panel.name_edit.text() == "Group 3"
    panel.name_edit.setText("Mujeres")
    panel.name_edit.editingFinished.emit()
    assert session.workshop.group(new_id).name == "Mujeres"
    panel.combination_spin.setValue(2.5)
    assert session.workshop.group(new_id).combination_weight == 2.5
    session.undo()
    assert session.workshop.group(new_id).combination_weight == 1.0
    assert panel.combination_spin.value() == 1.0
    panel.remove_button.click()
    assert [g.id for g in session.workshop.groups] == ["g1", "g2"]
    assert session.workshop.active_group == COMBINED
    assert not panel.remove_button.isEnabled()


def test_groups_tab_ranks_each_group_with_the_engine(qtbot) -> None:
    workshop = example_workshop()
    session = WorkshopSession(workshop)
    panel = PairwisePanel(session)
    qtbot.addWidget(panel)
    comparison = panel.comparison
    assert comparison is not None
    problem = prepare(workshop)
    model = panel.group_model
    assert model.columnCount() == 2 + len(workshop.groups)
    names = [workshop.communities[int(i)].name for i in problem.eligible]
    combined = problem.rank(weight_vector(workshop, COMBINED)).topsis_ranks
    per_group = []
    for column, group in enumerate(workshop.groups, start=2):
        assert model.headerData(column, Qt.Orientation.Horizontal) == group.name
        ranks = problem.rank(weight_vector(workshop, group.id)).topsis_ranks
        per_group.append(ranks)
        for row in range(model.rowCount()):
            k = names.index(model.data(model.index(row, 0)))
            assert model.rank(row, column) == ranks[k]
            assert model.rank(row, 1) == combined[k]
    # rows in combined-rank order
    shown = [model.rank(row, 1) for row in range(model.rowCount())]
    assert shown == sorted(shown)
    w = kendall_w(np.array(per_group))
    assert w is not None
    assert f"(Kendall's W): {format_number(w, 2)}" in panel.consensus_label.text()
    assert panel.contested_label.text().startswith("Groups disagree most on: ")
    assert " vs " in panel.contested_label.text()
    # ranked by AHP instead: the same groups, AHP's ranks
    panel.ranking_method.setCurrentIndex(panel.ranking_method.findData("ahp"))
    for column, group in enumerate(workshop.groups, start=2):
        ranks = problem.rank(weight_vector(workshop, group.id)).ahp_ranks
        for row in range(model.rowCount()):
            k = names.index(model.data(model.index(row, 0)))
            assert model.rank(row, column) == ranks[k]
    ahp_combined = problem.rank(weight_vector(workshop, COMBINED)).ahp_ranks
    for row in range(model.rowCount()):  # rows now in AHP's combined order
        k = names.index(model.data(model.index(row, 0)))
        assert model.rank(row, 1) == ahp_combined[k]
    assert [model.rank(row, 1) for row in range(model.rowCount())] == sorted(ahp_combined)
    assert not np.array_equal(ahp_combined, combined)  # so the order did change
    # a change of one group's weights moves its column
    session.apply(edits.set_active_group("cusco"))
    session.apply(edits.use_judgement_weights("cusco"))
    assert panel.comparison is not None
    assert panel.comparison is not comparison


def test_answers_in_words_and_numbers() -> None:
    assert judgement_words("A", "B", 1 / 3) == "B: moderate (3)"
    assert judgement_words("A", "B", 6.0) == "A: strong to very strong (6)"
    assert judgement_words("A", "B", 1.1) == "Equal (1)"
    assert judgement_number(1 / 7) == "1/7"
    assert judgement_number(9.0) == "9"


def test_language_change_retranslates(panel: PairwisePanel) -> None:
    QApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.tabs.tabText(0) == "Comparisons"
    assert panel.use_button.text() == "&Use these weights"


def test_group_priorities_of_the_panel_equal_the_model(panel: PairwisePanel, session) -> None:
    answer(panel, (0, 1), 2.0)
    answer(panel, (1, 2), 2.0)
    answer(panel, (2, 3), 2.0)
    workshop = session.workshop
    model_result = group_priorities(workshop, workshop.group("g1"))
    assert panel.result is not None and model_result.priorities is not None
    np.testing.assert_allclose(panel.result.priorities, model_result.priorities, rtol=1e-15)
    np.testing.assert_allclose(model_result.priorities, np.array([8, 4, 2, 1]) / 15, rtol=1e-12)


@pytest.mark.parametrize("yes", [False, True])
def test_inconsistent_answers_or_locked_weights_are_named_before_they_are_replaced(
    qtbot, monkeypatch: pytest.MonkeyPatch, yes: bool
) -> None:
    """ "Use these weights" asks first when the answers contradict each other (CR above 0.10)
    and when a weight the facilitator locked would change; No keeps every weight."""
    from app.ui.pairwise import pairwise_panel

    # a is 9 times b, b 9 times c, but c 9 times a: a circle, far above Saaty's 0.10
    upper = {(0, 1): 9.0, (0, 2): 1 / 9, (0, 3): 1.0, (1, 2): 9.0, (1, 3): 1.0, (2, 3): 1.0}
    session = WorkshopSession(with_answers(upper))
    sliders = WeightsPanel(session)
    panel = PairwisePanel(session, locked=sliders.locked)
    qtbot.addWidget(panel)
    qtbot.addWidget(sliders)
    sliders.lock_buttons["c3"].click()
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return yes

    monkeypatch.setattr(pairwise_panel, "confirm", confirm)
    before = session.workshop
    panel.use_button.click()
    assert len(asked) == 1
    assert "consistency ratio" in asked[0] and "more than 0.10" in asked[0]
    assert "locked weights will change too: Criterion 3." in asked[0]
    assert (session.workshop is before) is not yes
    assert session.workshop.group("g1").weights_from_judgements is yes


def test_consistent_answers_and_no_lock_ask_nothing(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.ui.pairwise import pairwise_panel

    upper = {(0, 1): 3.0, (0, 2): 5.0, (0, 3): 7.0, (1, 2): 2.0, (1, 3): 3.0, (2, 3): 2.0}
    session = WorkshopSession(with_answers(upper))
    panel = PairwisePanel(session, locked=lambda _group: ())
    qtbot.addWidget(panel)
    monkeypatch.setattr(pairwise_panel, "confirm", lambda *_a: pytest.fail("asked"))
    panel.use_button.click()
    assert session.workshop.group("g1").weights_from_judgements
