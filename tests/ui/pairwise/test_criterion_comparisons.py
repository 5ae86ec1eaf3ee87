"""The "Communities and levels" tab: communities compared pairwise under a criterion, levels
compared for a verbal criterion, through the boxes and buttons a facilitator uses."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.models.analysis import prepare
from app.models.criterion import CriterionKind
from app.models.derived import weight_vector
from app.ui.editors.data_editor import FIRST_CRITERION_COLUMN, DataEditor
from app.ui.pairwise.criterion_comparisons import SMALL_SET, CriterionComparisons
from app.ui.pairwise.pairwise_editor import POSITIONS
from app.ui.session import WorkshopSession
from tests.factories import make_workshop
from tests.models.test_ahp import HOUSE_LOCAL_MATRICES


@pytest.fixture
def session() -> WorkshopSession:
    # c1 verbal (5 levels), c2 and c3 numeric; 3 communities, no gate
    return WorkshopSession(make_workshop(3, 3, gate=False))


@pytest.fixture
def tab(qtbot, session: WorkshopSession) -> CriterionComparisons:
    widget = CriterionComparisons(session)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose(tab: CriterionComparisons, pair: tuple[int, int], value: float | None) -> None:
    box = tab.editor.answers[pair]
    box.setCurrentIndex(0 if value is None else 1 + POSITIONS.index(value))


def test_a_numeric_criterion_becomes_one_judged_pairwise(
    qtbot, tab: CriterionComparisons, session: WorkshopSession
) -> None:
    tab.select("c2")
    assert tab.editor.isHidden() and not tab.convert_button.isHidden()
    assert "measured with numbers" in tab.explanation.text()
    before = session.workshop
    qtbot.mouseClick(tab.convert_button, Qt.MouseButton.LeftButton)
    criterion = session.workshop.criteria[1]
    assert criterion.kind is CriterionKind.PAIRWISE
    assert np.isnan(session.workshop.values[:, 1]).all()
    assert not tab.editor.isHidden() and tab.convert_button.isHidden()
    assert len(tab.editor.answers) == 3
    assert "Under Criterion 2, how much better is Comunidad 1 than Comunidad 2?" in (
        tab.editor.question_labels[(0, 1)].text()
    )
    session.undo()
    assert session.workshop is before


def test_answers_set_the_values_priorities_consistency_and_both_rankings(
    qtbot, tab: CriterionComparisons, session: WorkshopSession
) -> None:
    """Saaty (1990) "transportation": A/B 7, A/C 1/5, B/C 1/8 → .233, .055, .713, C.R. 0.213."""
    tab.select("c2")
    qtbot.mouseClick(tab.convert_button, Qt.MouseButton.LeftButton)
    matrix = HOUSE_LOCAL_MATRICES[1]
    choose(tab, (0, 1), matrix[0, 1])
    assert "Not enough comparisons" in tab.editor.status_label.text()
    assert np.isnan(session.workshop.values[:, 1]).all()
    choose(tab, (1, 2), matrix[1, 2])
    assert "from the answers so far" in tab.editor.status_label.text()
    assert not np.isnan(session.workshop.values[:, 1]).any()
    choose(tab, (0, 2), matrix[0, 2])
    result = tab.editor.result
    assert result is not None and result.answered == 3
    np.testing.assert_allclose(result.priorities, [0.233, 0.055, 0.713], atol=1e-3)
    assert "contradict each other (0.21, where 0.10" in tab.editor.cr_label.text()
    assert not tab.editor.cr_icon.isHidden()
    assert tab.editor.status_label.text() == "Priorities from every answer."
    published = np.array([0.233, 0.055, 0.713])
    np.testing.assert_allclose(session.workshop.values[:, 1], published / 0.713, atol=3e-3)
    expected = prepare(session.workshop).rank(weight_vector(session.workshop))
    np.testing.assert_array_equal(session.evaluation.topsis.closeness, expected.topsis.closeness)
    assert tab.editor.priority_model.rowCount() == 3


def test_more_than_nine_communities_ask_before_converting(
    qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = WorkshopSession(make_workshop(SMALL_SET + 1, 3, gate=False))
    tab = CriterionComparisons(session)
    qtbot.addWidget(tab)
    tab.select("c2")
    asked: list[str] = []

    def answer_with(button: QMessageBox.StandardButton):
        def question(parent, title, text, *args):
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer_with(QMessageBox.StandardButton.No))
    tab.convert_button.click()
    assert session.workshop.criteria[1].kind is CriterionKind.NUMERIC
    assert "10 communities make 45 pairs" in asked[0] and "9 well-chosen" in asked[0]
    monkeypatch.setattr(QMessageBox, "question", answer_with(QMessageBox.StandardButton.Yes))
    tab.convert_button.click()
    assert session.workshop.criteria[1].kind is CriterionKind.PAIRWISE
    assert "45 pairs" in tab.explanation.text()


def test_level_comparisons_set_the_levels_priorities_and_defaults_restore_them(
    qtbot, tab: CriterionComparisons, session: WorkshopSession
) -> None:
    tab.select("c1")
    assert "default priorities" in tab.source_label.text()
    assert not tab.defaults_button.isEnabled()
    assert tab.editor.question_labels[(0, 1)].text() == (
        "How much better is the level “very low” than “low”?"
    )
    ahp_before = session.evaluation.ahp_scores.copy()
    for k in range(4):  # each level twice as good as the one below
        choose(tab, (k, k + 1), 0.5)
    levels = session.workshop.criteria[0].levels
    np.testing.assert_allclose([lv.priority for lv in levels], [1 / 16, 1 / 8, 1 / 4, 1 / 2, 1])
    assert "come from these comparisons" in tab.source_label.text()
    assert not np.allclose(session.evaluation.ahp_scores, ahp_before)
    qtbot.mouseClick(tab.defaults_button, Qt.MouseButton.LeftButton)
    assert all(lv.priority is None for lv in session.workshop.criteria[0].levels)
    np.testing.assert_allclose(session.evaluation.ahp_scores, ahp_before, rtol=1e-12)
    assert tab.editor.result is not None and tab.editor.result.answered == 0


def test_the_data_table_shows_pairwise_values_read_only(
    qtbot, tab: CriterionComparisons, session: WorkshopSession
) -> None:
    editor = DataEditor(session)
    qtbot.addWidget(editor)
    model = editor.model
    index = model.index(0, FIRST_CRITERION_COLUMN + 1)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    tab.select("c2")
    tab.convert_button.click()
    choose(tab, (0, 1), 2.0)
    choose(tab, (1, 2), 2.0)
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.data(index) == "1.000"
    assert model.data(model.index(2, FIRST_CRITERION_COLUMN + 1)) == "0.250"
    assert "Pairwise comparisons tab" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(index, "0.5")
