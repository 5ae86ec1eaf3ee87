"""The criteria editor: the form applies one undoable edit; invalid input is refused inline."""

from __future__ import annotations

import numpy as np
import pytest

from app.models.analysis import evaluate
from app.models.criterion import CriterionKind, Direction, Level
from app.ui.editors.criteria_editor import CriteriaEditor, levels_from_text, levels_to_text
from app.ui.session import WorkshopSession
from tests.factories import LEVELS, make_workshop

NUMERIC = 1
ORDINAL = 0
GATE = 4


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(make_workshop(6, 4))


@pytest.fixture
def editor(qtbot, session: WorkshopSession) -> CriteriaEditor:
    widget = CriteriaEditor(session)
    qtbot.addWidget(widget)
    return widget


def test_list_shows_every_criterion_with_its_direction(editor: CriteriaEditor) -> None:
    model = editor.list_model
    assert model.rowCount() == 5
    assert model.index(0).data() == "Criterion 1  (↑ max)"
    assert model.index(2).data() == "Criterion 3  (↓ min)"
    assert model.index(4).data() == "Prior consent  (yes/no gate)"
    assert editor.current_column() == 0


def test_selection_loads_the_form(editor: CriteriaEditor) -> None:
    editor.select(NUMERIC)
    assert editor.name_es.text() == "Criterio 2"
    assert editor.name_en.text() == "Criterion 2"
    assert editor.kind.currentData() == CriterionKind.NUMERIC.value
    assert editor.unit_es.text() == editor.unit_en.text() == "pts"
    assert not editor.levels.isEnabled()
    editor.select(ORDINAL)
    assert editor.levels.toPlainText().splitlines()[0] == "muy bajo | very low"
    assert editor.levels.isEnabled()


def test_change_name_and_direction_is_one_undo_step(editor: CriteriaEditor, session) -> None:
    before = session.workshop
    editor.select(NUMERIC)
    editor.name_es.setText("Seguridad")
    editor.name_en.setText("Safety")
    editor.direction.setCurrentIndex(editor.direction.findData(Direction.MIN.value))
    editor.apply_action.trigger()
    criterion = session.workshop.criteria[NUMERIC]
    assert criterion.name == {"es": "Seguridad", "en": "Safety"}
    assert criterion.direction is Direction.MIN
    assert criterion.id == "c2"
    assert editor.list_model.index(NUMERIC).data() == "Safety  (↓ min)"
    np.testing.assert_allclose(
        session.evaluation.topsis.closeness, evaluate(session.workshop).topsis.closeness
    )
    assert "updated" in editor.message.text()
    session.undo()
    assert session.workshop is before
    # the form follows the undo
    assert editor.name_en.text() == "Criterion 2"
    assert editor.direction.currentData() == Direction.MAX.value


def test_english_unit_is_edited_as_one_undo_step(editor: CriteriaEditor, session) -> None:
    before = session.workshop
    editor.select(NUMERIC)
    editor.unit_es.setText("horas")
    editor.apply_action.trigger()
    assert session.workshop.criteria[NUMERIC].unit == {"es": "horas", "en": "pts"}
    middle = session.workshop
    editor.unit_en.setText("hours")
    editor.apply_action.trigger()
    criterion = session.workshop.criteria[NUMERIC]
    assert criterion.unit == {"es": "horas", "en": "hours"}
    assert criterion.unit_label("en") == "hours"
    session.undo()
    assert session.workshop is middle
    # the form follows the undo: the English unit is back, the Spanish one stays
    assert (editor.unit_es.text(), editor.unit_en.text()) == ("horas", "pts")
    session.undo()
    assert session.workshop is before
    session.redo()
    session.redo()
    assert session.workshop.criteria[NUMERIC].unit == {"es": "horas", "en": "hours"}
    assert editor.unit_en.text() == "hours"


def test_unit_fields_are_only_for_numeric_criteria(editor: CriteriaEditor) -> None:
    editor.select(NUMERIC)
    assert editor.unit_es.isEnabled() and editor.unit_en.isEnabled()
    editor.select(ORDINAL)
    assert not editor.unit_es.isEnabled() and not editor.unit_en.isEnabled()


def test_minimum_above_maximum_is_refused_inline(editor: CriteriaEditor, session) -> None:
    before = session.workshop
    editor.select(NUMERIC)
    editor.min_enabled.setChecked(True)
    editor.min_value.setValue(50)
    editor.max_enabled.setChecked(True)
    editor.max_value.setValue(10)
    editor.apply_action.trigger()
    assert session.workshop is before
    assert not session.document.can_undo
    assert "lowest acceptable value (50) is above the highest (10)" in editor.message.text()


def test_thresholds_screen_communities_out(editor: CriteriaEditor, session) -> None:
    editor.select(NUMERIC)
    values = session.workshop.values[:, NUMERIC]
    editor.min_enabled.setChecked(True)
    editor.min_value.setValue(50)
    editor.apply_action.trigger()
    assert session.workshop.criteria[NUMERIC].accept_min == 50
    excluded = {e.community for e in session.evaluation.problem.excluded}
    assert {i for i, v in enumerate(values) if v < 50} <= excluded


def test_verbal_threshold_is_chosen_among_levels(editor: CriteriaEditor, session) -> None:
    editor.select(ORDINAL)
    assert editor.min_level.count() == 5
    assert editor.min_level.itemText(1) == "low"
    editor.min_enabled.setChecked(True)
    editor.min_level.setCurrentIndex(1)
    editor.apply_action.trigger()
    assert session.workshop.criteria[ORDINAL].accept_min == 2


def test_verbal_criterion_needs_two_levels(editor: CriteriaEditor, session) -> None:
    before = session.workshop
    editor.select(ORDINAL)
    editor.levels.setPlainText("solo | only")
    editor.apply_action.trigger()
    assert session.workshop is before
    assert "at least two levels" in editor.message.text()


def test_a_criterion_needs_a_name(editor: CriteriaEditor, session) -> None:
    before = session.workshop
    editor.select(NUMERIC)
    editor.name_es.clear()
    editor.name_en.clear()
    editor.apply_action.trigger()
    assert session.workshop is before
    assert "name" in editor.message.text()


def test_turning_numeric_into_verbal_leaves_unfit_values_missing(
    editor: CriteriaEditor, session
) -> None:
    editor.select(NUMERIC)
    editor.kind.setCurrentIndex(editor.kind.findData(CriterionKind.ORDINAL.value))
    editor.levels.setPlainText("bajo | low\nalto | high")
    editor.apply_action.trigger()
    criterion = session.workshop.criteria[NUMERIC]
    assert criterion.kind is CriterionKind.ORDINAL
    assert [lv.name for lv in criterion.levels] == [
        {"es": "bajo", "en": "low"},
        {"es": "alto", "en": "high"},
    ]
    assert np.isnan(session.workshop.values[:, NUMERIC]).all()
    assert "missing" in editor.message.text()


def test_unchanged_form_makes_no_undo_step(editor: CriteriaEditor, session) -> None:
    for column in range(5):
        editor.select(column)
        editor.apply_action.trigger()
    assert not session.document.can_undo


def test_add_remove_and_move_criteria(editor: CriteriaEditor, session) -> None:
    editor.add_criterion_action.trigger()
    workshop = session.workshop
    assert [c.id for c in workshop.criteria] == ["c1", "c2", "c3", "c4", "consent", "c6"]
    assert workshop.values.shape == (6, 6)
    assert all(g.weights["c6"] == 1.0 for g in workshop.groups)
    assert editor.current_column() == 5
    assert editor.name_en.text() == "New criterion 6"

    editor.move_up_action.trigger()
    assert [c.id for c in session.workshop.criteria][-2:] == ["c6", "consent"]
    assert editor.current_column() == 4
    assert editor.name_en.text() == "New criterion 6"

    editor.select(1)
    values = session.workshop.values.copy()
    editor.move_down_action.trigger()
    assert [c.id for c in session.workshop.criteria][:3] == ["c1", "c3", "c2"]
    np.testing.assert_array_equal(session.workshop.values[:, 2], values[:, 1])
    assert editor.current_column() == 2

    editor.remove_criterion_action.trigger()
    assert [c.id for c in session.workshop.criteria] == ["c1", "c3", "c4", "c6", "consent"]
    assert all("c2" not in g.weights for g in session.workshop.groups)
    assert editor.list_model.rowCount() == 5
    assert editor.current_column() == 2
    assert editor.name_en.text() == "Criterion 4"


def test_form_keeps_typing_when_another_part_changes(editor: CriteriaEditor, session) -> None:
    from app.models import edits

    editor.select(NUMERIC)
    editor.name_en.setText("Typing…")
    session.apply(edits.set_value(0, 3, 5.0))
    session.apply(edits.move_criterion(3, 2))
    assert editor.name_en.text() == "Typing…"
    assert editor.current_column() == NUMERIC


def test_levels_text_round_trip_keeps_priorities() -> None:
    levels = (Level({"es": "bajo", "en": "low"}, 0.2), Level({"es": "alto"}, 0.8))
    text = levels_to_text(levels)
    assert text == "bajo | low\nalto"
    assert levels_from_text(text, levels) == levels
    reordered = levels_from_text("alto\nmedio | medium\nbajo | low", levels)
    assert [lv.priority for lv in reordered] == [0.8, None, 0.2]
    assert levels_from_text(levels_to_text(LEVELS), LEVELS) == LEVELS
    assert levels_from_text("\n  \n a | b \n") == (Level({"es": "a", "en": "b"}),)
