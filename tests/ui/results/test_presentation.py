"""Presentation mode: every community legible at once on a 1920 x 1080 projector; Esc closes."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from app.models import edits
from app.models.analysis import evaluate
from app.models.derived import weight_vector
from app.models.workshop import COMBINED, Baseline, Workshop
from app.ui.editors.weights_panel import WeightsPanel
from app.ui.i18n import format_share
from app.ui.results.presentation import PresentationWindow
from app.ui.session import WorkshopSession
from app.ui.style import PRESENTATION_NAME_PX
from tests.factories import make_workshop
from tests.ui.layout_checks import layout_problems

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def open_window(qtbot, workshop: Workshop, size: tuple[int, int] = (1920, 1080)):
    session = WorkshopSession(workshop)
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return session, window


def engine_order(workshop: Workshop, method: str) -> list[str]:
    evaluation = evaluate(workshop)
    if method == "topsis":
        scores, ranks = evaluation.topsis.closeness, evaluation.topsis_ranks
    else:
        scores, ranks = evaluation.ahp_scores, evaluation.ahp_ranks
    order = sorted(range(len(scores)), key=lambda i: (ranks[i], i))
    return [workshop.communities[int(evaluation.eligible[i])].name for i in order]


def visible_name_labels(window: PresentationWindow) -> list[QLabel]:
    return [
        row.name
        for pool in window.board.rows
        for row in pool
        if row.name.isVisible() and row.full_name
    ]


def test_shows_every_ranked_and_every_screened_out_community(qtbot):
    # 16 communities: the last fails the consent gate, the one before misses a value
    workshop = make_workshop(16, 4, missing=1, seed=5)
    _session, window = open_window(qtbot, workshop)
    for method in ("topsis", "ahp"):
        assert window.ranked_names(method) == engine_order(workshop, method)
    texts = {label.text() for label in window.findChildren(QLabel) if label.isVisible()}
    for name in engine_order(workshop, "topsis"):
        assert name in texts  # shown in full, not shortened
    excluded = window.excluded_texts()
    assert excluded == [
        "Comunidad 15: Missing: Criterion 2",
        "Comunidad 16: Gate: Prior consent = no",
    ]
    assert all(text in texts for text in excluded)
    tau = evaluate(workshop).agreement
    assert window.agreement_label.text().startswith(
        f"Agreement between methods (Kendall's τ): {tau:.2f}"
    )
    assert window.title_label.text() == "Results · weights of Grupo 1"


def test_fifteen_communities_fit_at_28_px_or_more_at_1920_by_1080(qtbot):
    workshop = make_workshop(16, 4, seed=7)  # 15 ranked, 1 screened out
    _session, window = open_window(qtbot, workshop)
    assert window.size().width() == 1920 and window.size().height() == 1080
    assert len(window.ranked_names("topsis")) == 15
    assert window.name_pixel_size >= 28
    assert window.board.columns == 1
    labels = visible_name_labels(window)
    assert len(labels) == 30  # both methods
    board = QRect(0, 0, window.board.width(), window.board.height())
    for label in labels:
        assert label.font().pixelSize() >= 28
        assert label.text() == label.accessibleName()  # not shortened
        assert board.contains(label.geometry())  # inside the window: nothing to scroll to
    assert window.board.geometry().bottom() < window.excluded_panel.geometry().top()


def test_few_communities_get_at_least_the_presentation_size(qtbot):
    _session, window = open_window(qtbot, make_workshop(7, 4, seed=1))
    assert window.name_pixel_size >= PRESENTATION_NAME_PX
    assert all(label.font().pixelSize() >= 32 for label in visible_name_labels(window))
    rank = window.board.rows[0][0].rank
    assert rank.font().bold()
    assert rank.text() == "1"


def test_many_communities_use_two_columns_rather_than_tiny_type(qtbot):
    workshop = make_workshop(37, 4, seed=2)  # 36 ranked: 19 rows fit one column at 28 px
    _session, window = open_window(qtbot, workshop)
    assert window.board.columns == 2
    assert window.name_pixel_size >= 28
    board = QRect(0, 0, window.board.width(), window.board.height())
    labels = visible_name_labels(window)
    assert len(labels) == 72
    assert all(board.contains(label.geometry()) for label in labels)


def test_updates_live_with_rank_change_arrows(qtbot):
    workshop = make_workshop(8, 4, seed=4)
    session, window = open_window(qtbot, workshop)
    current = evaluate(workshop)
    ids = [workshop.communities[int(i)].id for i in current.eligible]
    ranks = {cid: int(rank) for cid, rank in zip(ids, current.topsis_ranks, strict=True)}
    assert session.apply(edits.set_baseline(Baseline(topsis=ranks, ahp={})))
    assert {row[3] for row in window.board.row_texts("topsis")} == {"="}

    assert session.apply(edits.set_weights("g1", {"c1": 0.0, "c2": 0.0, "c3": 0.0, "c4": 1.0}))
    new = session.workshop
    assert window.ranked_names("topsis") == engine_order(new, "topsis")
    assert window.ranked_names("ahp") == engine_order(new, "ahp")
    changes = [row[3] for row in window.board.row_texts("topsis")]
    new_ranks = evaluate(new).topsis_ranks
    moved = {cid: ranks[cid] - int(rank) for cid, rank in zip(ids, new_ranks, strict=True)}
    expected = [
        "=" if d == 0 else (f"▲ {d}" if d > 0 else f"▼ {-d}")
        for d in (moved[cid] for cid in window.topsis_model.community_ids)
    ]
    assert changes == expected
    assert any(text.startswith("▲") for text in changes)
    assert any(text.startswith("▼") for text in changes)
    ahp = [row[3] for row in window.board.row_texts("ahp")]
    assert set(ahp) == {"new"}


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_F11])
def test_escape_or_f11_closes(qtbot, key):
    _session, window = open_window(qtbot, make_workshop(6, 4))
    with qtbot.waitSignal(window.closed, timeout=1000):
        qtbot.keyClick(window, key)
    assert not window.isVisible()


def test_chart_is_optional_and_shares_the_height(qtbot):
    _session, window = open_window(qtbot, make_workshop(8, 4))
    assert not window.chart.isVisible()
    height = window.board.height()
    window.chart_action.trigger()
    assert window.chart.isVisible()
    assert window.board.height() < height
    assert window.board.geometry().bottom() < window.chart.geometry().top()
    np.testing.assert_allclose(window.chart.values().topsis.max(), 100)


def test_show_on_best_screen_uses_the_only_screen_full_screen(qtbot):
    session = WorkshopSession(make_workshop(6, 4))
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    screen = window.show_on_best_screen(QGuiApplication.primaryScreen())
    qtbot.waitExposed(window)
    assert screen == QGuiApplication.primaryScreen()
    assert window.isFullScreen()
    assert window.screen() == screen


# -- the weights ----------------------------------------------------------------------------------


def shares(session: WorkshopSession) -> list[tuple[str, str]]:
    """(criterion, percentage) of the active weight set, as the weights panel words them."""
    workshop = session.workshop
    vector = weight_vector(workshop)
    return [
        (c.label("en"), format_share(100 * float(vector[j])))
        for j, c in enumerate(workshop.criteria)
        if c in workshop.weighted_criteria
    ]


def test_the_weights_show_beside_the_rankings_and_follow_them_live(qtbot):
    """The room sees cause and effect on one screen: the weights in use, as bars with
    percentages, left of both rankings; a change of weight shows at once."""
    session, window = open_window(qtbot, make_workshop(8, 4, seed=4))
    assert window.weight_texts() == shares(session)
    assert len(window.weight_texts()) == 4  # the gate carries no weight
    assert window.weights.geometry().right() < window.board.geometry().left()
    assert session.apply(edits.set_weights("g1", {"c1": 0.0, "c2": 10.0, "c3": 30.0, "c4": 60.0}))
    assert window.weight_texts() == shares(session)
    assert ("Criterion 4", "60.0 %") in window.weight_texts()
    assert layout_problems(window) == []


def test_keys_move_the_chosen_weight_one_undo_step_each(qtbot):
    """Down chooses the next criterion, Right and Page Up move its weight by 1 and 5 points as
    the panel's slider would, and Ctrl+Z undoes one key at a time."""
    session = WorkshopSession(make_workshop(8, 4, seed=4))
    panel = WeightsPanel(session)
    qtbot.addWidget(panel)
    window = PresentationWindow(session, step_weight=panel.step_weight)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    before = dict(session.workshop.group("g1").weights)
    assert window.chosen == "c1"
    qtbot.keyClick(window, Qt.Key.Key_Down)
    assert window.chosen == "c2" and window.weights.chosen == "c2"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    weights = session.workshop.group("g1").weights
    assert weights["c2"] == before["c2"] + 6
    assert {c: v for c, v in weights.items() if c != "c2"} == {
        c: v for c, v in before.items() if c != "c2"
    }
    assert window.weight_texts() == shares(session)
    assert panel.sliders["c2"].value() == round(before["c2"] + 6)  # the panel shows it too
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.workshop.group("g1").weights["c2"] == before["c2"] + 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.workshop.group("g1").weights == before


def test_the_combined_weights_cannot_be_moved_in_presentation(qtbot):
    session = WorkshopSession(make_workshop(8, 4, seed=4))
    panel = WeightsPanel(session)
    qtbot.addWidget(panel)
    assert session.apply(edits.set_active_group(COMBINED))
    window = PresentationWindow(session, step_weight=panel.step_weight)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    workshop = session.workshop
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert session.workshop is workshop
    assert window.weights.chosen is None
    assert "choose a group" in window.weights.hint
    assert window.weight_texts() == shares(session)


def test_a_portrait_picture_puts_the_weights_above_the_rankings(qtbot):
    """1080 x 1350, a phone's picture: the weights above, both rankings below, every ranked
    community shown whole."""
    workshop = make_workshop(12, 6, seed=3)
    _session, window = open_window(qtbot, workshop, size=(1080, 1350))
    assert window.weights.geometry().bottom() < window.board.geometry().top()
    for method in ("topsis", "ahp"):
        assert window.ranked_names(method) == engine_order(workshop, method)
    assert all(label.text() == label.accessibleName() for label in visible_name_labels(window))
    assert window.name_pixel_size >= 28
    assert layout_problems(window) == []
