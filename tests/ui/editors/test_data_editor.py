"""The data editor: cells edited through the model as the delegate would, refusals, undo."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QStyleOptionViewItem,
)

from app.models import edits
from app.models.analysis import evaluate
from app.models.workshop import MissingPolicy
from app.ui.editors.data_editor import (
    FIRST_CRITERION_COLUMN,
    MAX_COLUMN_WIDTH,
    MISSING_BACKGROUND,
    NAME_COLUMN,
    REGION_COLUMN,
    DataEditor,
    DataTableModel,
    parse_number,
    two_lines,
)
from app.ui.session import WorkshopSession
from tests.factories import make_workshop

EDIT = Qt.ItemDataRole.EditRole
DISPLAY = Qt.ItemDataRole.DisplayRole
NUMERIC = 1  # make_workshop: criterion 0 is verbal, 1..3 numeric (2 a cost), 4 the gate
COST = 2
ORDINAL = 0
GATE = 4


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(make_workshop(6, 4))


@pytest.fixture
def editor(qtbot, session: WorkshopSession) -> DataEditor:
    widget = DataEditor(session)
    qtbot.addWidget(widget)
    return widget


def cell(model: DataTableModel, row: int, criterion: int):
    return model.index(row, model.criterion_column(criterion))


def assert_same_evaluation(session: WorkshopSession) -> None:
    expected = evaluate(session.workshop)
    actual = session.evaluation
    np.testing.assert_array_equal(actual.eligible, expected.eligible)
    np.testing.assert_allclose(actual.topsis.closeness, expected.topsis.closeness)
    np.testing.assert_allclose(actual.ahp_scores, expected.ahp_scores)


def test_layout_names_regions_then_every_criterion(editor: DataEditor, session) -> None:
    model = editor.model
    workshop = session.workshop
    assert model.rowCount() == 6
    assert model.columnCount() == FIRST_CRITERION_COLUMN + len(workshop.criteria) == 7
    assert model.index(2, NAME_COLUMN).data() == "Comunidad 3"
    assert model.index(1, REGION_COLUMN).data() == "Cusco"
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
    header = model.headerData(model.criterion_column(COST), Qt.Orientation.Horizontal)
    assert header.splitlines() == ["Criterion 3", "pts · ↓ min"]
    gate_header = model.headerData(model.criterion_column(GATE), Qt.Orientation.Horizontal)
    assert gate_header.splitlines() == ["Prior consent", "yes/no gate"]


def _header_with_bilingual_unit(session: WorkshopSession, model: DataTableModel) -> list[str]:
    criterion = session.workshop.criteria[COST]
    unit = {"es": "horas", "en": "hours"}
    assert session.apply(edits.update_criterion(COST, replace(criterion, unit=unit)))
    header = model.headerData(model.criterion_column(COST), Qt.Orientation.Horizontal)
    return header.splitlines()


def test_header_shows_the_english_unit_in_english(editor: DataEditor, session) -> None:
    assert _header_with_bilingual_unit(session, editor.model) == ["Criterion 3", "hours · ↓ min"]


def test_header_shows_the_spanish_unit_in_spanish(editor: DataEditor, session, spanish) -> None:
    assert _header_with_bilingual_unit(session, editor.model) == ["Criterio 3", "horas · ↓ mín"]


def test_cells_show_numbers_level_words_and_yes_no(editor: DataEditor, session) -> None:
    model = editor.model
    workshop = session.workshop
    value = float(workshop.values[0, NUMERIC])
    assert cell(model, 0, NUMERIC).data() == f"{value:g}"
    score = int(workshop.values[0, ORDINAL])
    assert cell(model, 0, ORDINAL).data() == workshop.criteria[ORDINAL].levels[score - 1].name["en"]
    assert cell(model, 0, GATE).data() == "Yes"
    assert cell(model, 5, GATE).data() == "No"


def test_typing_a_comma_decimal_sets_the_number_and_reranks(
    qtbot, editor: DataEditor, session
) -> None:
    model = editor.model
    before = session.evaluation.topsis.closeness.copy()
    with qtbot.waitSignal(session.evaluated):
        assert model.setData(cell(model, 0, NUMERIC), "42,5", EDIT)
    assert session.workshop.values[0, NUMERIC] == 42.5
    assert cell(model, 0, NUMERIC).data() == "42.5"
    assert not np.allclose(session.evaluation.topsis.closeness, before)
    assert_same_evaluation(session)
    assert model.setData(cell(model, 1, NUMERIC), "3.25", EDIT)
    assert session.workshop.values[1, NUMERIC] == 3.25


def test_cell_update_is_in_place_not_a_reset(qtbot, editor: DataEditor) -> None:
    model = editor.model
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.dataChanged):
        model.setData(cell(model, 0, NUMERIC), "7", EDIT)
    assert resets == []


def test_text_that_is_not_a_number_is_refused_with_a_named_message(
    qtbot, editor: DataEditor, session
) -> None:
    model = editor.model
    before = session.workshop
    with qtbot.waitSignal(model.rejected) as blocker:
        assert model.setData(cell(model, 2, NUMERIC), "abc", EDIT) is False
    assert session.workshop is before
    message = blocker.args[0]
    assert "Comunidad 3" in message
    assert "Criterion 2" in message
    assert "“abc”" in message
    assert "Comunidad 3" in editor.message.text()
    assert not session.document.can_undo


@pytest.mark.parametrize("text", ["1e999", "9" * 400, "1,2,3", "3.5.1", "inf", "nan"])
def test_numbers_that_cannot_stand_in_a_cell_are_refused(editor: DataEditor, session, text) -> None:
    before = session.workshop
    with_signal: list[str] = []
    editor.model.rejected.connect(with_signal.append)
    assert editor.model.setData(cell(editor.model, 0, NUMERIC), text, EDIT) is False
    assert session.workshop == before
    assert len(with_signal) == 1


def test_a_level_that_does_not_exist_is_refused(qtbot, editor: DataEditor, session) -> None:
    before = session.workshop
    with qtbot.waitSignal(editor.model.rejected) as blocker:
        assert editor.model.setData(cell(editor.model, 0, ORDINAL), 7, EDIT) is False
    assert session.workshop == before
    assert blocker.args[0] == "Comunidad 1, Criterion 1: “7” is not one of the choices."


def test_empty_text_makes_the_cell_missing_and_excludes_the_community(
    editor: DataEditor, session
) -> None:
    model = editor.model
    assert session.workshop.settings.missing is MissingPolicy.EXCLUDE
    assert model.setData(cell(model, 1, NUMERIC), "", EDIT)
    assert math.isnan(session.workshop.values[1, NUMERIC])
    assert 1 in [e.community for e in session.evaluation.problem.excluded]
    assert 1 not in session.evaluation.eligible
    index = cell(model, 1, NUMERIC)
    assert index.data() == "—"
    assert index.data(Qt.ItemDataRole.BackgroundRole) == MISSING_BACKGROUND
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Missing value"
    assert_same_evaluation(session)


def test_missing_policy_selector_counts_missing_as_worst(editor: DataEditor, session) -> None:
    editor.model.setData(cell(editor.model, 1, NUMERIC), "", EDIT)
    row = editor.missing_policy.findData(MissingPolicy.WORST.value)
    editor.missing_policy.setCurrentIndex(row)
    editor.missing_policy.activated.emit(row)
    assert session.workshop.settings.missing is MissingPolicy.WORST
    assert 1 in session.evaluation.eligible
    assert_same_evaluation(session)
    session.undo()
    assert editor.missing_policy.currentData() == MissingPolicy.EXCLUDE.value


def test_ordinal_level_score_shows_the_level_word(editor: DataEditor, session) -> None:
    model = editor.model
    assert model.setData(cell(model, 0, ORDINAL), 3, EDIT)
    assert session.workshop.values[0, ORDINAL] == 3
    assert cell(model, 0, ORDINAL).data() == "medium"
    assert model.setData(cell(model, 0, ORDINAL), "very high", EDIT)
    assert session.workshop.values[0, ORDINAL] == 5
    assert model.setData(cell(model, 0, ORDINAL), None, EDIT)
    assert math.isnan(session.workshop.values[0, ORDINAL])


def test_gate_takes_yes_and_no(editor: DataEditor, session) -> None:
    model = editor.model
    assert model.setData(cell(model, 5, GATE), 1, EDIT)
    assert session.workshop.values[5, GATE] == 1
    assert cell(model, 5, GATE).data() == "Yes"
    assert 5 in session.evaluation.eligible
    assert model.setData(cell(model, 0, GATE), "No", EDIT)
    assert session.workshop.values[0, GATE] == 0
    assert model.setData(cell(model, 0, GATE), 2, EDIT) is False


def test_undo_restores_the_exact_workshop_and_redo_reapplies(editor: DataEditor, session) -> None:
    before = session.workshop
    editor.model.setData(cell(editor.model, 3, NUMERIC), "12,75", EDIT)
    after = session.workshop
    session.undo()
    assert session.workshop is before
    assert cell(editor.model, 3, NUMERIC).data() == editor.model.display_value(
        before.criteria[NUMERIC], float(before.values[3, NUMERIC])
    )
    assert_same_evaluation(session)
    session.redo()
    assert session.workshop is after
    assert session.workshop.values[3, NUMERIC] == 12.75
    assert cell(editor.model, 3, NUMERIC).data() == "12.75"


def test_unchanged_value_makes_no_undo_step(editor: DataEditor, session) -> None:
    text = cell(editor.model, 0, NUMERIC).data(EDIT)
    assert editor.model.setData(cell(editor.model, 0, NUMERIC), text, EDIT)
    assert not session.document.can_undo


def test_add_community_appends_an_empty_named_row(editor: DataEditor, session) -> None:
    editor.add_community_action.trigger()
    workshop = session.workshop
    assert len(workshop.communities) == 7
    assert workshop.communities[-1].name == "New community 7"
    assert len({c.id for c in workshop.communities}) == 7
    assert np.isnan(workshop.values[-1]).all()
    assert editor.model.rowCount() == 7
    assert editor.current_row() == 6
    assert 6 in [e.community for e in session.evaluation.problem.excluded]


def test_rename_and_region_through_the_name_columns(editor: DataEditor, session) -> None:
    model = editor.model
    assert model.setData(model.index(2, NAME_COLUMN), "  Q'eros  ", EDIT)
    assert session.workshop.communities[2].name == "Q'eros"
    assert session.workshop.communities[2].id == "k3"
    assert model.setData(model.index(2, REGION_COLUMN), "Cusco", EDIT)
    assert session.workshop.communities[2].region == "Cusco"
    before = session.workshop
    assert model.setData(model.index(2, NAME_COLUMN), "   ", EDIT) is False
    assert session.workshop is before
    assert "name" in editor.message.text()


def test_remove_selected_community(editor: DataEditor, session) -> None:
    editor.select_row(1, FIRST_CRITERION_COLUMN)
    editor.remove_community_action.trigger()
    workshop = session.workshop
    assert [c.id for c in workshop.communities] == ["k1", "k3", "k4", "k5", "k6"]
    assert workshop.values.shape == (5, 5)
    assert editor.model.rowCount() == 5
    assert editor.current_row() == 1
    assert_same_evaluation(session)


def test_move_community_up_and_down(editor: DataEditor, session) -> None:
    original = session.workshop
    editor.select_row(2)
    editor.move_up_action.trigger()
    assert [c.id for c in session.workshop.communities][:3] == ["k1", "k3", "k2"]
    np.testing.assert_array_equal(session.workshop.values[1], original.values[2])
    assert editor.current_row() == 1
    assert editor.model.index(1, NAME_COLUMN).data() == "Comunidad 3"
    editor.move_down_action.trigger()
    editor.move_down_action.trigger()
    assert [c.id for c in session.workshop.communities][:4] == ["k1", "k2", "k4", "k3"]
    editor.select_row(0)
    assert not editor.move_up_action.isEnabled()
    editor.select_row(5)
    assert not editor.move_down_action.isEnabled()


def test_numeric_editor_refuses_letters_as_typed(editor: DataEditor) -> None:
    index = cell(editor.model, 0, NUMERIC)
    widget = editor.delegate.createEditor(editor.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(widget, QLineEdit)
    validator = widget.validator()
    assert validator.validate("a", 1) == QValidator.State.Invalid
    assert validator.validate("3a", 2) == QValidator.State.Invalid
    assert validator.validate("3,5", 3) == QValidator.State.Acceptable
    assert validator.validate("3.5", 3) == QValidator.State.Acceptable
    assert validator.validate("-", 1) == QValidator.State.Intermediate
    assert validator.validate("", 0) == QValidator.State.Acceptable
    widget.deleteLater()


def test_typed_keys_commit_through_the_delegate(qtbot, editor: DataEditor, session) -> None:
    index = cell(editor.model, 0, NUMERIC)
    widget = editor.delegate.createEditor(editor.view.viewport(), QStyleOptionViewItem(), index)
    qtbot.addWidget(widget)
    editor.delegate.setEditorData(widget, index)
    widget.clear()
    qtbot.keyClicks(widget, "1x2,5")  # the x never enters
    assert widget.text() == "12,5"
    editor.delegate.setModelData(widget, editor.model, index)
    assert session.workshop.values[0, NUMERIC] == 12.5


def test_verbal_cell_editor_offers_levels_and_missing(editor: DataEditor, session) -> None:
    index = cell(editor.model, 0, ORDINAL)
    widget = editor.delegate.createEditor(editor.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(widget, QComboBox)
    assert [widget.itemText(i) for i in range(widget.count())] == [
        "— (missing)",
        "very low",
        "low",
        "medium",
        "high",
        "very high",
    ]
    editor.delegate.setEditorData(widget, index)
    assert widget.currentIndex() == int(session.workshop.values[0, ORDINAL])
    widget.setCurrentIndex(2)
    editor.delegate.setModelData(widget, editor.model, index)
    assert session.workshop.values[0, ORDINAL] == 2
    widget.setCurrentIndex(0)
    editor.delegate.setModelData(widget, editor.model, index)
    assert math.isnan(session.workshop.values[0, ORDINAL])
    widget.deleteLater()


def test_structure_change_from_outside_resets_the_table(editor: DataEditor, session) -> None:
    session.open(make_workshop(3, 2, seed=4))
    assert editor.model.rowCount() == 3
    assert editor.model.columnCount() == FIRST_CRITERION_COLUMN + 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3,5", 3.5), ("3.5", 3.5), (" -2 ", -2.0), (",5", 0.5), ("7,", 7.0), ("", math.nan)],
)
def test_parse_number(text: str, expected: float) -> None:
    value = parse_number(text)
    assert value is not None
    assert value == expected or (math.isnan(value) and math.isnan(expected))


def test_language_change_rereads_criterion_names(qtbot, editor: DataEditor) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from app.ui.i18n import install_language

    model = editor.model
    install_language("es")
    try:
        QCoreApplication.sendEvent(editor, QEvent(QEvent.Type.LanguageChange))
        header = model.headerData(model.criterion_column(COST), Qt.Orientation.Horizontal)
        assert header.splitlines()[0] == "Criterio 3"
        with qtbot.waitSignal(model.rejected) as blocker:
            model.setData(cell(model, 0, NUMERIC), "abc", EDIT)
        assert blocker.args[0].startswith("Comunidad 1, Criterio 2:")
    finally:
        install_language("en")


def test_typing_into_the_table_with_the_keyboard(qtbot, editor: DataEditor, session) -> None:
    editor.view.setFocus()
    editor.view.setCurrentIndex(cell(editor.model, 2, NUMERIC))
    qtbot.keyClicks(editor.view, "8")  # any key opens the editor with that key
    editor_widget = editor.view.focusWidget()
    assert isinstance(editor_widget, QLineEdit)
    qtbot.keyClicks(editor_widget, "a,5")
    qtbot.keyClick(editor_widget, Qt.Key.Key_Return)
    # the delegate commits on Return through a queued call
    qtbot.waitUntil(lambda: session.workshop.values[2, NUMERIC] == 8.5)


def test_add_community_opens_its_name_for_typing(qtbot, editor: DataEditor, session) -> None:
    editor.add_community_action.trigger()
    name_editor = editor.view.focusWidget()
    assert isinstance(name_editor, QLineEdit)
    name_editor.selectAll()
    qtbot.keyClicks(name_editor, "Q'eros")
    qtbot.keyClick(name_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.workshop.communities[-1].name == "Q'eros")
    # adding again while nothing is being edited works; a second name editor opens
    editor.add_community_action.trigger()
    assert session.workshop.communities[-1].name == "New community 8"


def test_columns_fit_whole_names_and_long_names_take_two_header_lines(qtbot) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QFontMetrics

    from app.io.example import example_workshop
    from app.models import edits

    session = WorkshopSession(example_workshop())
    editor = DataEditor(session)
    qtbot.addWidget(editor)
    model, header = editor.model, editor.view.horizontalHeader()
    commitment = model.criterion_column(session.workshop.criterion_index("commitment"))
    label = model.headerData(commitment, Qt.Orientation.Horizontal)
    assert label == "Commitment\nagainst mining"
    assert two_lines("Land tenure") == "Land tenure"  # short names stay on one line
    metrics = QFontMetrics(header.font())
    names = [session.workshop.communities[row].name for row in range(model.rowCount())]
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert widest < header.sectionSize(NAME_COLUMN) <= MAX_COLUMN_WIDTH
    for line in label.split("\n"):
        assert metrics.horizontalAdvance(line) < header.sectionSize(commitment)
    # a longer name after a rename: the column follows, up to the cap
    first = session.workshop.communities[0]
    renamed = replace(first, name="Comunidad campesina de Q'umir Kuntur")
    assert session.apply(edits.update_community(0, renamed))
    assert header.sectionSize(NAME_COLUMN) == MAX_COLUMN_WIDTH


def test_a_name_another_row_has_is_refused_in_the_message_line(
    qtbot, editor: DataEditor, session
) -> None:
    model = editor.model
    model.setData(cell(model, 0, NUMERIC), "55", EDIT)  # an undo step to keep
    before, last_edit = session.workshop, session.document.undo_edit
    index = model.index(2, NAME_COLUMN)
    with qtbot.waitSignal(model.rejected) as blocker:
        assert model.setData(index, " comunidad 1 ", EDIT) is False
    assert blocker.args[0].startswith(
        "Row 3: “comunidad 1” is the same name as “Comunidad 1” in row 1"
    )
    assert editor.message.text() == f"⚠ {blocker.args[0]}"
    assert session.workshop is before
    assert model.data(index, DISPLAY) == "Comunidad 3"
    assert session.document.undo_edit is last_edit and not session.document.can_redo
    # the same row in other capitals is a rename, and clears the message
    assert model.setData(index, "COMUNIDAD 3", EDIT)
    assert session.workshop.communities[2].name == "COMUNIDAD 3"
    assert "same name" not in editor.message.text()


def test_a_refused_name_reads_in_spanish(qtbot, editor: DataEditor, spanish) -> None:
    model = editor.model
    with qtbot.waitSignal(model.rejected) as blocker:
        model.setData(model.index(1, NAME_COLUMN), "Comunidád 1", EDIT)
    assert blocker.args[0].startswith(
        "Fila 2: “Comunidád 1” es el mismo nombre que “Comunidad 1” de la fila 1"
    )


def test_a_new_community_gets_a_name_no_other_row_has(editor: DataEditor, session) -> None:
    assert editor.model.setData(editor.model.index(0, NAME_COLUMN), "new community 7", EDIT)
    editor.add_community_action.trigger()
    assert session.workshop.communities[-1].name == "New community 8"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("hi", 4.0),  # begins "high" only ("very high" contains it)
        ("HIGH", 4.0),
        ("very h", 5.0),
        ("edium", 3.0),  # inside "medium" only
        ("low", 2.0),  # spells "low" ("very low" contains it)
        ("ver", None),  # begins "very low" and "very high"
        ("x", None),
    ],
)
def test_typing_in_a_level_cell_finds_the_level_by_its_words(
    editor: DataEditor, session, typed: str, expected: float | None
) -> None:
    """Typed words name a level by its name (not the first level with the same first letter);
    words that name no level, or several, change nothing."""
    index = cell(editor.model, 0, ORDINAL)
    before = float(session.workshop.values[0, ORDINAL])
    widget = editor.delegate.createEditor(editor.view.viewport(), QStyleOptionViewItem(), index)
    editor.delegate.setEditorData(widget, index)
    widget.setEditText(typed)
    editor.delegate.setModelData(widget, editor.model, index)
    value = float(session.workshop.values[0, ORDINAL])
    assert value == (before if expected is None else expected)
    widget.deleteLater()


# the completer's list opens as a popup, which Qt's offscreen platform cannot raise nor give the
# keyboard to: it says so; a real display does both
@pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)
def test_typing_on_a_level_cell_starts_the_word_afresh(qtbot, editor: DataEditor, session) -> None:
    """A facilitator on a level cell types "hi" and Enter, as in a spreadsheet: the level
    "high" is set (the typing does not add to the level shown before)."""
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.view.setCurrentIndex(cell(editor.model, 0, ORDINAL))
    editor.view.setFocus()
    qtbot.keyClicks(editor.view, "h")  # opens the cell's editor with the letter typed
    assert isinstance(QApplication.focusWidget(), QComboBox)
    qtbot.keyClicks(QApplication.focusWidget(), "i")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.view.state() != QAbstractItemView.State.EditingState)
    assert session.workshop.values[0, ORDINAL] == 4.0
