"""The comparisons on the projector: one question at a time, answered by keyboard or click, the
next suggested question following, the consistency in plain words, the weights the answers give,
the same undoable edits as the Comparisons tab; opened from the main window with F9."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.io.example import INCONSISTENT_GROUP, example_workshop
from app.models import edits
from app.models.judgements import group_priorities
from app.models.workshop import COMBINED
from app.ui.pairwise.pairwise_editor import POSITIONS
from app.ui.pairwise.projector import EQUAL, ComparisonProjector
from app.ui.session import WorkshopSession
from tests.factories import make_workshop

N_CRITERIA = 4
PAIRS = N_CRITERIA * (N_CRITERIA - 1) // 2


@pytest.fixture
def session() -> WorkshopSession:
    """Group g1 looked at, without answers; criteria c1..c4 named "Criterion 1".. (plus a gate)."""
    return WorkshopSession(make_workshop(6, N_CRITERIA))


@pytest.fixture
def projector(qtbot: Any, session: WorkshopSession) -> ComparisonProjector:
    window = ComparisonProjector(session)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    window.refresh()
    return window


def asked_ids(projector: ComparisonProjector, session: WorkshopSession) -> tuple[str, str]:
    assert projector.pair is not None
    ids = [c.id for c in session.workshop.weighted_criteria]
    return ids[projector.pair[0]], ids[projector.pair[1]]


def answers(session: WorkshopSession) -> dict[tuple[str, str], float]:
    return dict(session.workshop.group("g1").judgements)


def test_the_first_suggested_question_is_asked_with_the_criteria_names(
    projector: ComparisonProjector, session: WorkshopSession
) -> None:
    result = group_priorities(session.workshop, session.workshop.group("g1"))
    assert projector.pair == result.suggestions[0]
    first, second, answer = projector.question_texts()
    i, j = projector.pair
    assert (first, second) == (f"Criterion {i + 1}", f"Criterion {j + 1}")
    assert projector.progress_label.text() == f"0 of {PAIRS} answered"
    assert projector.pending == EQUAL and projector.scale_buttons[EQUAL].isChecked()
    assert "not answered yet" in answer
    assert "Not enough comparisons yet" in projector.status_label.text()
    assert projector.weights.bars == ()  # no weights before the answers link every criterion
    assert [b.text() for b in projector.scale_buttons] == [
        *"98765432",
        "1",
        *"23456789",
    ]


def test_arrows_and_enter_record_the_answer_and_the_next_suggested_question_follows(
    qtbot: Any, projector: ComparisonProjector, session: WorkshopSession
) -> None:
    a, b = asked_ids(projector, session)
    first_pair = projector.pair
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert projector.pending == EQUAL - 2 and POSITIONS[projector.pending] == 3.0
    assert answers(session) == {}  # moving on the scale records nothing
    assert "moderate (3)" in projector.answer_label.text()
    qtbot.keyClick(projector, Qt.Key.Key_Return)
    stored = answers(session)
    assert stored == {(a, b): 3.0}  # "a is moderately more important than b"
    assert projector.pair != first_pair
    suggestions = group_priorities(session.workshop, session.workshop.group("g1")).suggestions
    assert projector.pair == next(p for p in suggestions if p != first_pair)
    assert projector.progress_label.text() == f"1 of {PAIRS} answered"
    assert session.document.undo_edit is not None
    assert session.document.undo_edit.text() == f"Compare Criterion {int(a[1:])} and " + (
        f"Criterion {int(b[1:])}"
    )


def test_a_click_on_the_scale_records_that_answer_right_side_for_the_second_criterion(
    qtbot: Any, projector: ComparisonProjector, session: WorkshopSession
) -> None:
    a, b = asked_ids(projector, session)
    qtbot.mouseClick(projector.scale_buttons[-1], Qt.MouseButton.LeftButton)  # the right 9
    assert answers(session) == {(a, b): pytest.approx(1 / 9)}
    assert projector.progress_label.text() == f"1 of {PAIRS} answered"


def test_page_up_goes_back_undo_removes_the_answer_and_delete_removes_it_too(
    qtbot: Any, projector: ComparisonProjector, session: WorkshopSession
) -> None:
    first_pair = projector.pair
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    qtbot.keyClick(projector, Qt.Key.Key_Return)
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert projector.pair == first_pair
    assert projector.pending == EQUAL + 1
    assert projector.answer_label.text().startswith("Answered: ")
    qtbot.keyClick(projector, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert answers(session) == {}
    assert projector.pair == first_pair and "not answered yet" in projector.answer_label.text()
    qtbot.keyClick(projector, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert len(answers(session)) == 1
    qtbot.keyClick(projector, Qt.Key.Key_Delete)
    assert answers(session) == {}
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)  # skip: a question, nothing recorded
    assert projector.pair != first_pair and answers(session) == {}


def test_linked_answers_show_the_weights_they_give_and_contradictions_in_plain_words(
    qtbot: Any, projector: ComparisonProjector, session: WorkshopSession
) -> None:
    """The first answers, all at the left end of the scale, link the criteria: the weights they
    give appear. The rest, at the right end, contradict them: the room reads so, in plain words,
    with the one answer to look at first."""
    for _ in range(N_CRITERIA - 1):  # a spanning set of answers first: the weights appear
        qtbot.mouseClick(projector.scale_buttons[0], Qt.MouseButton.LeftButton)
    result = group_priorities(session.workshop, session.workshop.group("g1"))
    assert result.priorities is not None
    shown = {bar.criterion_id: bar.percent for bar in projector.weights.bars}
    expected = dict(zip(result.items, 100 * result.priorities, strict=True))
    assert shown == pytest.approx(expected, rel=1e-12)
    assert sum(shown.values()) == pytest.approx(100.0)
    assert "answers so far" in projector.status_label.text()
    while result.answered < result.total:  # the rest, each on the opposite side
        qtbot.mouseClick(projector.scale_buttons[-1], Qt.MouseButton.LeftButton)
        result = group_priorities(session.workshop, session.workshop.group("g1"))
    assert result.cr is not None and result.cr > 0.1
    assert "contradict each other" in projector.consistency_label.text()
    assert "consistency ratio" not in projector.consistency_label.text().lower()
    line = projector.contradiction_label.text()
    worst = result.inconsistencies[0]
    assert line.startswith(f"1. Criterion {worst.row + 1} vs Criterion {worst.col + 1}")
    assert "\n" not in line  # one answer to look at on the projector
    assert projector.progress_label.text() == f"{PAIRS} of {PAIRS} answered"


def test_every_pair_answered_pages_through_them_in_order(qtbot: Any) -> None:
    session = WorkshopSession(example_workshop())
    window = ComparisonProjector(session)
    qtbot.addWidget(window)
    window.refresh()
    result = window.result
    assert result is not None and result.complete and not result.suggestions
    seen = [window.pair]
    for _ in range(result.total):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
        seen.append(window.pair)
    assert seen[0] == (0, 1) and seen[-1] == seen[0]
    assert len(set(seen)) == result.total  # every pair once, then around again


def test_the_combined_set_has_no_question_and_a_group_change_starts_again(
    qtbot: Any, projector: ComparisonProjector, session: WorkshopSession
) -> None:
    qtbot.mouseClick(projector.scale_buttons[3], Qt.MouseButton.LeftButton)
    session.apply(edits.set_active_group(COMBINED))
    assert projector.pair is None and projector.result is None
    assert "Choose a group" in projector.question_label.text()
    assert not any(button.isVisible() for button in projector.scale_buttons)
    qtbot.keyClick(projector, Qt.Key.Key_Return)  # nothing to answer: nothing happens
    assert session.workshop.active_group == COMBINED
    session.apply(edits.set_active_group("g2"))
    assert projector.result is not None and projector.result.answered == 0
    assert projector.progress_label.text() == f"0 of {PAIRS} answered"
    assert all(button.isVisible() for button in projector.scale_buttons)


def test_in_spanish_the_room_reads_spanish_and_no_id(qtbot: Any, spanish: None) -> None:
    workshop = example_workshop()
    session = WorkshopSession(workshop.replace(active_group=INCONSISTENT_GROUP))
    window = ComparisonProjector(session)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.refresh()
    texts = [
        window.title_label.full_text(),
        window.progress_label.text(),
        window.question_label.text(),
        *window.question_texts(),
        window.hint_label.text(),
        window.status_label.text(),
        window.consistency_label.text(),
        window.contradiction_label.text(),
        *(name for name, _ in window.weights.texts()),
    ]
    assert "respondidas" in window.progress_label.text()
    assert window.question_label.text().startswith("¿Qué importa más")
    assert "se contradicen" in window.consistency_label.text()
    ids = {c.id for c in workshop.criteria} | {g.id for g in workshop.groups}
    words = {w.strip("().,:;“”«»") for text in texts for w in text.split()}
    assert not ids & words
    english = {"answered", "Which", "weights", "Enter", "contradict", "Priorities"}
    assert not english & words


def test_f9_opens_the_projector_from_the_main_window_and_esc_closes_it(qtbot: Any) -> None:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.show()
    panel = window.pairwise_panel
    assert panel.project_button.defaultAction() is window.comparisons_action
    assert window.comparisons_action.shortcut().toString() == "F9"
    window.comparisons_action.trigger()
    projector = window.comparisons
    assert projector is not None and projector.isVisible()
    assert window.comparisons_action.isChecked()
    before = dict(window.session.workshop.group(window.session.workshop.active_group).judgements)
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    qtbot.keyClick(projector, Qt.Key.Key_Return)
    after = window.session.workshop.group(window.session.workshop.active_group).judgements
    assert after != before  # the answer reached the workshop: the tab shows it too
    assert panel.editor.result is not None
    assert panel.editor.result.pairs == window.comparisons.result.pairs  # type: ignore[union-attr]
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible() and not window.comparisons_action.isChecked()
    assert len(after) == len(before)  # a changed answer, not a new one


@pytest.mark.parametrize(
    "size",
    [(1920, 1080), (1366, 768), (1093, 614), (910, 512)],
    ids=["full-hd", "laptop", "laptop-125", "laptop-150"],
)
@pytest.mark.parametrize("language", ["es", "en"])
def test_everything_fits_on_a_projector_or_a_mirrored_laptop_at_any_scaling(
    qtbot: Any, size: tuple[int, int], language: str
) -> None:
    """The longest texts the projector shows (the example's contradicting group: a warning and
    the answer to look at, names of three words, eight weights) fit at 1920 x 1080 and on a
    laptop's 1366 x 768 at 100, 125 and 150 % (the sizes Qt then lays out): no text cut, nothing
    on top of another, nothing beyond the window, every weight's bar drawn."""
    from app.ui import i18n
    from tests.ui.layout_checks import layout_problems, shown

    previous = i18n.current_language()
    i18n.install_language(language)
    try:
        session = WorkshopSession(example_workshop().replace(active_group=INCONSISTENT_GROUP))
        window = ComparisonProjector(session)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()  # the layout for the type sizes the window's size chose
        assert window.contradiction_label.text()  # the longest case
        assert layout_problems(window) == []
        outside = [w for w in shown(window) if not window.rect().contains(w.geometry())]
        assert outside == []
        bars = window.weights
        px, columns = bars.fit()
        assert len(bars.bars) == 8 and bars._height_at(px, columns) <= bars.height()
    finally:
        i18n.install_language(previous)
