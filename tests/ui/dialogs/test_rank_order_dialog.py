"""The "Rank order…" button of the weights panel: order the criteria, choose the method, apply."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from app.io.example import example_workshop
from app.models.analysis import Evaluation, evaluate, rank_order
from app.models.errors import InvalidInputError
from app.models.rank_weights import RankMethod, position_weights
from app.models.workshop import COMBINED, Workshop
from app.ui.dialogs.rank_order_dialog import RankOrderDialog
from app.ui.editors.weights_panel import WeightsPanel
from app.ui.i18n import format_share
from app.ui.results.texts import Method
from app.ui.session import WorkshopSession, translated_error
from app.ui.shell.main_window import MainWindow
from tests.factories import make_workshop

WEIGHTS = {"c1": 10.0, "c2": 20.0, "c3": 30.0, "c4": 40.0}


def workshop_with(weights: dict[str, float]) -> Workshop:
    workshop = make_workshop(6, 4)
    g1 = replace(workshop.group("g1"), weights=dict(weights))
    return workshop.replace(groups=(g1, *workshop.groups[1:]))


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(workshop_with(WEIGHTS))


@pytest.fixture
def panel(qtbot: Any, session: WorkshopSession) -> WeightsPanel:
    widget = WeightsPanel(session)
    qtbot.addWidget(widget)
    return widget


def open_dialog(panel: WeightsPanel) -> RankOrderDialog:
    panel.rank_button.click()
    dialog = panel.rank_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def texts(dialog: RankOrderDialog) -> list[str]:
    return [dialog.order_list.item(row).text() for row in range(dialog.order_list.count())]


def ok_button(dialog: RankOrderDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def g1_weights(session: WorkshopSession) -> dict[str, float]:
    return dict(session.workshop.group("g1").weights)


def test_the_dialog_lists_the_weighted_criteria_by_current_weight(panel: WeightsPanel) -> None:
    assert panel.rank_button.text() == "Ran&k order…"
    dialog = open_dialog(panel)
    # largest weight first; the gate "Prior consent" carries no weight and is not listed
    assert dialog.order() == ["c4", "c3", "c2", "c1"]
    assert dialog.roc_button.isChecked()
    assert dialog.method() is RankMethod.ROC
    # ROC for n = 4 (Barron & Barrett 1996): 52.1, 27.1, 14.6, 6.3 %
    assert texts(dialog) == [
        "1. Criterion 4: 52.1 %",
        "2. Criterion 3: 27.1 %",
        "3. Criterion 2: 14.6 %",
        "4. Criterion 1: 6.3 %",
    ]
    assert not dialog.lock_note.isVisible()
    assert ok_button(dialog).isEnabled()


def test_reorder_choose_rank_sum_and_apply_in_one_undo_step(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    before = session.workshop
    dialog = open_dialog(panel)
    dialog.order_list.setCurrentRow(3)  # Criterion 1 to the top
    for _ in range(3):
        dialog.up_button.click()
    assert dialog.order() == ["c1", "c4", "c3", "c2"]
    assert not dialog.up_button.isEnabled()  # already first
    dialog.down_button.click()
    assert dialog.order() == ["c4", "c1", "c3", "c2"]
    dialog.rank_sum_button.click()
    assert dialog.method() is RankMethod.RANK_SUM
    assert texts(dialog)[:2] == ["1. Criterion 4: 40.0 %", "2. Criterion 1: 30.0 %"]
    assert session.workshop is before  # nothing applied yet

    ok_button(dialog).click()
    assert panel.rank_dialog is None
    weights = {"c4": 40.0, "c1": 30.0, "c3": 20.0, "c2": 10.0}
    assert g1_weights(session) == pytest.approx(weights, rel=1e-12)
    assert [panel.share_labels[c].text() for c in ("c1", "c2", "c3", "c4")] == [
        "30.0 %",
        "10.0 %",
        "20.0 %",
        "40.0 %",
    ]
    np.testing.assert_allclose(
        session.evaluation.topsis.closeness, evaluate(session.workshop).topsis.closeness
    )
    assert session.document.undo_edit.text() == "Set weights by rank order"
    applied = session.workshop

    session.undo()
    assert session.workshop is before
    assert g1_weights(session) == WEIGHTS
    assert panel.share_labels["c1"].text() == "10.0 %"
    assert not session.document.can_undo  # one step
    session.redo()
    assert session.workshop is applied


def test_cancel_changes_nothing(panel: WeightsPanel, session: WorkshopSession) -> None:
    before = session.workshop
    dialog = open_dialog(panel)
    dialog.order_list.setCurrentRow(3)
    dialog.up_button.click()
    dialog.rank_sum_button.click()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert panel.rank_dialog is None
    assert session.workshop is before
    assert not session.document.can_undo


def test_a_tie_shares_the_weights_of_its_places(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    dialog = open_dialog(panel)
    assert not dialog.tie_box.isEnabled()  # the first criterion has nothing above it
    dialog.order_list.setCurrentRow(2)  # Criterion 2, as important as Criterion 3
    dialog.tie_box.click()
    roc = position_weights(4)
    tied = (roc[1] + roc[2]) / 2 * 100
    assert texts(dialog)[1:3] == [
        f"2. Criterion 3: {format_share(tied)}",
        f"2. Criterion 2: {format_share(tied)} (tied with the one above)",
    ]
    assert texts(dialog)[3].startswith("3. Criterion 1:")
    ok_button(dialog).click()
    weights = g1_weights(session)
    assert weights["c3"] == weights["c2"] == pytest.approx(tied, rel=1e-12)
    assert weights["c4"] == pytest.approx(roc[0] * 100, rel=1e-12)
    assert weights["c1"] == pytest.approx(roc[3] * 100, rel=1e-12)


def test_a_tied_criterion_moved_to_the_top_is_no_longer_tied(panel: WeightsPanel) -> None:
    dialog = open_dialog(panel)
    dialog.order_list.setCurrentRow(1)
    dialog.tie_box.click()
    assert dialog.tiers() == [["c4", "c3"], ["c2"], ["c1"]]
    dialog.up_button.click()
    assert not dialog.tie_box.isChecked()
    dialog.down_button.click()  # back below Criterion 4: not tied unless marked again
    assert dialog.tiers() == [["c4"], ["c3"], ["c2"], ["c1"]]


def test_keyboard_shortcuts_move_the_selected_criterion(qtbot: Any, panel: WeightsPanel) -> None:
    dialog = open_dialog(panel)
    dialog.activateWindow()  # shortcuts of a window work while it is active
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.order_list.setCurrentRow(3)
    qtbot.keyClick(dialog.order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.order() == ["c4", "c3", "c1", "c2"]
    qtbot.keyClick(dialog.order_list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.order() == ["c4", "c3", "c2", "c1"]


def test_a_drag_and_drop_move_updates_the_shares(panel: WeightsPanel) -> None:
    dialog = open_dialog(panel)
    # what an internal drop does to the list's model
    assert dialog.order_list.model().moveRow(QModelIndex(), 3, QModelIndex(), 0)
    assert dialog.order() == ["c1", "c4", "c3", "c2"]
    assert texts(dialog)[0] == "1. Criterion 1: 52.1 %"


def test_locks_are_ignored_and_the_dialog_says_so(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    panel.lock_buttons["c4"].click()
    dialog = open_dialog(panel)
    assert dialog.lock_note.isVisible()
    assert "locks of the weights panel are ignored" in dialog.lock_note.text()
    dialog.order_list.setCurrentRow(3)
    for _ in range(3):
        dialog.up_button.click()
    ok_button(dialog).click()
    # the locked Criterion 4 (40) took the second place's weight
    assert g1_weights(session)["c4"] == pytest.approx(position_weights(4)[1] * 100, rel=1e-12)


def test_the_button_is_disabled_for_the_combined_set(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    assert panel.rank_button.isEnabled()
    panel.group_combo.setCurrentIndex(panel.group_combo.findData(COMBINED))
    assert not panel.rank_button.isEnabled()


def ranked_ids(workshop: Workshop, evaluation: Evaluation, method: Method) -> tuple[str, ...]:
    return tuple(
        workshop.communities[int(evaluation.eligible[p])].id for p in rank_order(evaluation, method)
    )


def test_applying_in_the_window_updates_both_rankings(qtbot: Any) -> None:
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    session = window.session
    panel = window.weights_panel
    before = session.workshop
    view = window.rankings_view
    before_ids = (view.topsis_model.community_ids, view.ahp_model.community_ids)

    dialog = open_dialog(panel)
    # the least important criterion first
    dialog.order_list.setCurrentRow(dialog.order_list.count() - 1)
    for _ in range(dialog.order_list.count() - 1):
        dialog.up_button.click()
    order = dialog.order()
    ok_button(dialog).click()

    group = session.workshop.group(session.workshop.active_group)
    roc = position_weights(len(order)) * 100
    assert [group.weights[c] for c in order] == pytest.approx(roc.tolist(), rel=1e-12)
    assert panel.share_labels[order[0]].text() == format_share(roc[0])
    expected = evaluate(session.workshop)
    np.testing.assert_allclose(session.evaluation.topsis.closeness, expected.topsis.closeness)
    np.testing.assert_allclose(session.evaluation.ahp_scores, expected.ahp_scores)
    after_ids = (view.topsis_model.community_ids, view.ahp_model.community_ids)
    assert after_ids == (
        ranked_ids(session.workshop, expected, Method.TOPSIS),
        ranked_ids(session.workshop, expected, Method.AHP),
    )
    assert after_ids[0] != before_ids[0]
    assert after_ids[1] != before_ids[1]

    window.undo_action.trigger()
    assert session.workshop is before
    assert (view.topsis_model.community_ids, view.ahp_model.community_ids) == before_ids
    window.redo_action.trigger()
    assert (view.topsis_model.community_ids, view.ahp_model.community_ids) == after_ids


def test_the_dialog_and_its_messages_are_spanish(panel: WeightsPanel, spanish: None) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.rank_button.text() == "&Orden de importancia…"
    dialog = open_dialog(panel)
    assert dialog.windowTitle() == "Pesos por orden de importancia"
    assert ok_button(dialog).text() == "Aplicar &pesos"
    assert texts(dialog)[0] == "1. Criterio 4: 52,1 %"
    # a workshop that gained a criterion since the dialog opened: the order misses it
    grown = make_workshop(6, 5)
    with pytest.raises(InvalidInputError) as caught:
        dialog.weights(grown)
    assert translated_error(caught.value) == (
        "Orden de importancia: cada criterio con peso necesita un lugar; faltan: Criterio 5."
    )
