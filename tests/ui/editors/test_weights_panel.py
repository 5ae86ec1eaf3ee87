"""The weights panel: sliders, spin boxes, locks and buttons change the weights and rankings."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt

from app.models import edits
from app.models.analysis import evaluate
from app.models.criterion import Criterion
from app.models.derived import weight_vector
from app.models.workshop import COMBINED, Workshop
from app.ui.editors.weights_panel import WeightsPanel
from app.ui.i18n import format_number, format_share
from app.ui.session import WorkshopSession
from tests.factories import make_workshop

WEIGHTS = {"c1": 10.0, "c2": 20.0, "c3": 30.0, "c4": 40.0}


def workshop_with(weights: dict[str, float], **group_changes: object) -> Workshop:
    workshop = make_workshop(6, 4)
    g1 = replace(workshop.group("g1"), weights=dict(weights), **group_changes)
    return workshop.replace(groups=(g1, *workshop.groups[1:]))


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(workshop_with(WEIGHTS))


@pytest.fixture
def panel(qtbot, session: WorkshopSession) -> WeightsPanel:
    widget = WeightsPanel(session)
    qtbot.addWidget(widget)
    return widget


def g1_weights(session: WorkshopSession) -> dict[str, float]:
    return dict(session.workshop.group("g1").weights)


def assert_evaluation_current(session: WorkshopSession) -> None:
    expected = evaluate(session.workshop)
    np.testing.assert_allclose(session.evaluation.topsis.closeness, expected.topsis.closeness)
    np.testing.assert_allclose(session.evaluation.ahp_scores, expected.ahp_scores)


def drag(slider, *values: int) -> None:
    slider.setSliderDown(True)
    for value in values:
        slider.setValue(value)
    slider.setSliderDown(False)  # emits sliderReleased


def test_one_row_per_weighted_criterion_and_gates_have_none(panel: WeightsPanel) -> None:
    assert list(panel.sliders) == ["c1", "c2", "c3", "c4"]
    assert "consent" not in panel.spins
    assert [panel.sliders[c].value() for c in WEIGHTS] == [10, 20, 30, 40]
    assert [panel.spins[c].value() for c in WEIGHTS] == [10.0, 20.0, 30.0, 40.0]
    assert panel.share_labels["c3"].text() == format_share(30.0) == "30.0 %"
    assert panel.name_labels["c1"].text() == "Criterion 1"
    slider = panel.sliders["c1"]
    assert (slider.minimum(), slider.maximum(), slider.pageStep()) == (0, 100, 5)
    spin = panel.spins["c1"]
    assert (spin.minimum(), spin.maximum(), spin.decimals()) == (0.0, 100.0, 1)
    lock = panel.lock_buttons["c1"]
    assert lock.isCheckable()
    assert lock.toolTip() == "Lock this weight while others rebalance"
    assert lock.accessibleName() == "Lock the weight of Criterion 1"


def test_projector_fonts(panel: WeightsPanel) -> None:
    assert panel.name_labels["c1"].font().pointSizeF() >= 12
    share_font = panel.share_labels["c1"].font()
    assert share_font.bold()
    assert share_font.pointSizeF() >= 12


def test_moving_a_slider_changes_the_weight_and_the_rankings(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    before = session.evaluation.topsis.closeness.copy()
    panel.sliders["c4"].setValue(0)
    assert g1_weights(session) == {**WEIGHTS, "c4": 0.0}
    assert not np.allclose(session.evaluation.topsis.closeness, before)
    assert_evaluation_current(session)
    # shares of the new total 60, shown in place
    assert panel.share_labels["c1"].text() == "16.7 %"
    assert panel.share_labels["c4"].text() == "0.0 %"
    assert panel.total_value.text() == "60.0"
    assert panel.total_label.text() == "Each share is a weight divided by the total of the weights:"


def test_typing_in_the_spin_box_changes_the_weight_and_the_rankings(
    qtbot, panel: WeightsPanel, session: WorkshopSession
) -> None:
    before = session.evaluation.topsis.closeness.copy()
    spin = panel.spins["c1"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "85.5")
    assert g1_weights(session)["c1"] == 10.0  # no keyboard tracking: not yet applied
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert g1_weights(session)["c1"] == 85.5
    assert panel.sliders["c1"].value() == 86
    assert not np.allclose(session.evaluation.topsis.closeness, before)
    assert_evaluation_current(session)
    # one typed value is one undo step
    session.undo()
    assert g1_weights(session) == WEIGHTS
    assert not session.document.can_undo


def test_a_drag_is_one_undo_step_and_undo_restores_the_exact_workshop(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    before = session.workshop
    slider = panel.sliders["c2"]
    drag(slider, 25, 50, 70)
    assert g1_weights(session)["c2"] == 70.0
    session.undo()
    assert not session.document.can_undo  # the three moves were one step
    assert session.workshop is before
    assert session.workshop == before
    assert g1_weights(session) == WEIGHTS
    assert slider.value() == 20  # the slider follows undo
    assert panel.spins["c2"].value() == 20.0
    assert_evaluation_current(session)
    session.redo()
    assert g1_weights(session)["c2"] == 70.0
    assert slider.value() == 70
    assert_evaluation_current(session)


def test_each_key_press_on_a_slider_is_its_own_undo_step(
    qtbot, panel: WeightsPanel, session: WorkshopSession
) -> None:
    slider = panel.sliders["c1"]
    qtbot.keyClick(slider, Qt.Key.Key_Right)
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    assert g1_weights(session)["c1"] == 16.0  # 10 + 1 + page step 5
    session.undo()
    assert g1_weights(session)["c1"] == 11.0
    session.undo()
    assert g1_weights(session) == WEIGHTS
    assert not session.document.can_undo


def test_a_lock_keeps_the_locked_share_while_another_slider_moves(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    panel.lock_buttons["c2"].click()
    assert panel.lock_buttons["c2"].isChecked()
    assert not panel.sliders["c2"].isEnabled()
    assert not panel.spins["c2"].isEnabled()
    drag(panel.sliders["c1"], 40)
    weights = g1_weights(session)
    total = sum(weights.values())
    assert total == pytest.approx(100.0)
    assert weights["c2"] == 20.0
    assert weights["c2"] / total == pytest.approx(0.20)
    assert weights["c1"] == 40.0
    # the unlocked others share what is left (40) in their earlier proportion 30 : 40
    assert weights["c3"] == pytest.approx(30 * 40 / 70)
    assert weights["c4"] == pytest.approx(40 * 40 / 70)
    assert panel.share_labels["c2"].text() == "20.0 %"
    assert panel.share_labels["c3"].text() == format_share(100 * 30 * 40 / 70 / 100)
    assert_evaluation_current(session)


def test_a_locked_drag_is_clamped_and_going_back_restores_the_others(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    panel.lock_buttons["c2"].click()
    slider = panel.sliders["c1"]
    slider.setSliderDown(True)
    slider.setValue(100)
    # c1 can take at most what the unlocked others had: 10 + 30 + 40
    assert g1_weights(session) == {"c1": 80.0, "c2": 20.0, "c3": 0.0, "c4": 0.0}
    assert slider.value() == 80
    slider.setValue(10)
    slider.setSliderDown(False)
    assert g1_weights(session) == pytest.approx(WEIGHTS)
    session.undo()
    assert not session.document.can_undo


def test_when_every_other_weight_is_locked_the_last_cannot_move(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    for cid in ("c2", "c3", "c4"):
        panel.lock_buttons[cid].click()
    slider = panel.sliders["c1"]
    assert not slider.isEnabled()
    assert "unlock one" in slider.toolTip()
    slider.setValue(60)  # even when forced, nothing changes
    assert g1_weights(session) == WEIGHTS
    assert slider.value() == 10
    assert not session.document.can_undo
    panel.lock_buttons["c4"].click()  # unlocking one frees it
    assert slider.isEnabled()
    assert slider.toolTip() == ""


def test_locks_belong_to_the_group(panel: WeightsPanel, session: WorkshopSession) -> None:
    panel.lock_buttons["c2"].click()
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("g2"))
    assert not panel.lock_buttons["c2"].isChecked()
    assert panel.sliders["c2"].isEnabled()
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("g1"))
    assert panel.lock_buttons["c2"].isChecked()


def test_normalise_makes_the_weights_sum_100_in_one_step(qtbot) -> None:
    session = WorkshopSession(workshop_with({"c1": 1.0, "c2": 2.0, "c3": 3.0, "c4": 2.0}))
    panel = WeightsPanel(session)
    qtbot.addWidget(panel)
    assert panel.normalise_button.isEnabled()
    panel.normalise_button.click()
    weights = g1_weights(session)
    assert sum(weights.values()) == pytest.approx(100.0)
    assert weights == pytest.approx({"c1": 12.5, "c2": 25.0, "c3": 37.5, "c4": 25.0})
    assert panel.spins["c3"].value() == 37.5
    assert not panel.normalise_button.isEnabled()  # already 100
    session.undo()
    assert g1_weights(session) == {"c1": 1.0, "c2": 2.0, "c3": 3.0, "c4": 2.0}
    assert not session.document.can_undo


def test_equal_weights(panel: WeightsPanel, session: WorkshopSession) -> None:
    panel.equal_button.click()
    assert g1_weights(session) == dict.fromkeys(WEIGHTS, 25.0)
    assert {label.text() for label in panel.share_labels.values()} == {"25.0 %"}
    assert not panel.equal_button.isEnabled()
    assert_evaluation_current(session)


def test_reset_returns_to_the_weights_as_opened(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    assert not panel.reset_button.isEnabled()
    drag(panel.sliders["c1"], 55)
    panel.spins["c4"].setValue(5.0)
    assert panel.reset_button.isEnabled()
    panel.reset_button.click()
    assert g1_weights(session) == WEIGHTS
    assert [panel.sliders[c].value() for c in WEIGHTS] == [10, 20, 30, 40]
    session.undo()  # reset was one step
    assert g1_weights(session) == {**WEIGHTS, "c1": 55.0, "c4": 5.0}


def test_reset_follows_a_newly_opened_workshop(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    other = {"c1": 7.0, "c2": 7.0, "c3": 1.0, "c4": 1.0}
    session.open(workshop_with(other))
    assert panel.sliders["c1"].value() == 7
    panel.sliders["c3"].setValue(50)
    panel.reset_button.click()
    assert g1_weights(session) == other


def test_the_combined_set_shows_read_only_percentages(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    panel.group_combo.setCurrentIndex(panel.group_combo.findData(COMBINED))
    assert panel.group_combo.currentText() == "Combined (all groups)"
    workshop = session.workshop
    assert workshop.active_group == COMBINED
    combined = weight_vector(workshop, COMBINED) * 100
    for cid in WEIGHTS:
        percent = float(combined[workshop.criterion_index(cid)])
        assert panel.spins[cid].value() == round(percent, 1)
        assert panel.sliders[cid].value() == round(percent)
        assert panel.share_labels[cid].text() == format_share(percent)
        assert not panel.sliders[cid].isEnabled()
        assert not panel.spins[cid].isEnabled()
        assert not panel.lock_buttons[cid].isEnabled()
    assert sum(panel.spins[c].value() for c in WEIGHTS) == pytest.approx(100.0, abs=0.2)
    assert "geometric mean" in panel.source_label.text()
    assert not panel.normalise_button.isEnabled()
    assert not panel.equal_button.isEnabled()
    assert not panel.reset_button.isEnabled()
    assert_evaluation_current(session)


def test_switching_group_shows_its_weights_in_the_same_rows(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    slider = panel.sliders["c1"]
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("g2"))
    assert session.workshop.active_group == "g2"
    g2 = session.workshop.group("g2").weights
    assert [panel.spins[c].value() for c in WEIGHTS] == [g2[c] for c in WEIGHTS]
    assert panel.sliders["c1"] is slider  # updated in place, not rebuilt
    panel.sliders["c1"].setValue(66)
    assert session.workshop.group("g2").weights["c1"] == 66.0
    assert g1_weights(session) == WEIGHTS
    # choosing a set is undoable, and the selector follows undo
    session.undo()
    session.undo()
    assert session.workshop.active_group == "g1"
    assert panel.group_combo.currentData() == "g1"
    assert panel.spins["c1"].value() == 10.0


def test_rows_follow_added_and_renamed_criteria(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    session.apply(edits.add_criterion(Criterion(id="c5", name={"es": "Agua", "en": "Water"}), 10.0))
    assert list(panel.sliders) == ["c1", "c2", "c3", "c4", "c5"]
    assert panel.name_labels["c5"].text() == "Water"
    assert panel.share_labels["c5"].text() == format_share(100 * 10 / 110)
    slider = panel.sliders["c5"]
    column = session.workshop.criterion_index("c1")
    renamed = replace(session.workshop.criteria[column], name={"en": "Land", "es": "Tierra"})
    session.apply(edits.update_criterion(column, renamed))
    assert panel.name_labels["c1"].text() == "Land"
    assert panel.sliders["c5"] is slider


def test_the_line_says_whether_weights_come_from_judgements(qtbot) -> None:
    workshop = workshop_with(WEIGHTS, judgements={("c1", "c2"): 3.0}, weights_from_judgements=True)
    session = WorkshopSession(workshop)
    panel = WeightsPanel(session)
    qtbot.addWidget(panel)
    assert "come from the group's pairwise comparisons" in panel.source_label.text()
    panel.sliders["c1"].setValue(12)
    assert not session.workshop.group("g1").weights_from_judgements
    assert "no longer come from" in panel.source_label.text()


def test_language_change_retranslates_labels_and_numbers(
    panel: WeightsPanel, spanish: None
) -> None:
    # a decimal comma shows that numbers are re-read in the new locale (Peru writes 10.0)
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    QCoreApplication.sendEvent(panel, QEvent(QEvent.Type.LanguageChange))
    assert panel.name_labels["c1"].text() == "Criterio 1"
    assert panel.share_labels["c1"].text() == "10,0 %"
    assert panel.spins["c1"].text() == "10,0"


def test_a_burst_of_spin_arrow_steps_is_one_undo_step(
    qtbot, panel: WeightsPanel, session: WorkshopSession
) -> None:
    spin = panel.spins["c3"]
    for _ in range(3):
        qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert g1_weights(session)["c3"] == 33.0
    spin.editingFinished.emit()  # Enter or leaving the box closes the burst
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert g1_weights(session)["c3"] == 32.0
    session.undo()
    assert g1_weights(session)["c3"] == 33.0
    session.undo()
    assert g1_weights(session) == WEIGHTS
    assert not session.document.can_undo


def test_a_slider_move_updates_in_place(qtbot) -> None:
    """The rows stay the widgets they were; the time of the live path is measured in
    tests/benchmarks/test_live.py."""
    session = WorkshopSession(make_workshop(50, 15))
    panel = WeightsPanel(session)
    qtbot.addWidget(panel)
    panel.lock_buttons["c2"].click()  # with a lock every row changes on each move
    widgets = dict(panel.sliders)
    before = dict(session.workshop.group("g1").weights)
    slider = panel.sliders["c7"]
    for value in range(20, 60):
        slider.setValue(value)
    assert panel.sliders == widgets  # no row was re-created
    weights = session.workshop.group("g1").weights
    # c7 takes what the unlocked others had, at most: the locked share stays
    assert weights["c7"] == pytest.approx(min(59.0, sum(before.values()) - before["c2"]))
    assert slider.value() == round(weights["c7"])
    assert sum(weights.values()) == pytest.approx(sum(before.values()))


def test_a_total_of_imported_weights_above_99999_fits_its_label(qtbot) -> None:
    """Weights from a file are not bound by the sliders' 100: 4 x 40 000 totals 160 000, wider
    than the 99 999.9 the label was sized for, and the label (of fixed size) cut its digits."""
    session = WorkshopSession(workshop_with({c: 40_000.0 for c in WEIGHTS}))
    panel = WeightsPanel(session)
    qtbot.addWidget(panel)
    label = panel.total_value
    assert label.text() == format_number(160_000.0, 1)
    assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
    # and back to a small total: the label keeps its size (no relayout on the live path)
    width = label.width()
    session.apply(edits.set_weights("g1", WEIGHTS))
    assert label.text() == "100.0" and label.width() == width


def test_pressing_a_lock_moves_no_slider(panel: WeightsPanel, qtbot, spanish: None) -> None:
    """ "Fijar" becomes the longer "Fijado": the button keeps its width, so no slider of the
    panel shifts under the facilitator's pointer."""
    panel.resize(440, 600)
    panel.show()
    qtbot.waitExposed(panel)
    before = {cid: slider.geometry() for cid, slider in panel.sliders.items()}
    panel.lock_buttons["c2"].click()
    QCoreApplication.processEvents()
    assert panel.lock_buttons["c2"].text() != panel.lock_buttons["c1"].text()  # it did change
    assert {cid: slider.geometry() for cid, slider in panel.sliders.items()} == before


def test_the_selectors_tooltip_names_the_weight_set_in_full(
    panel: WeightsPanel, session: WorkshopSession
) -> None:
    """A long group name is shortened in the box on a laptop at 125 %: the tooltip has it all."""
    long_name = "Expertos comunitarios de Apurímac y Cusco (segunda ronda)"
    renamed = replace(session.workshop.group("g1"), name=long_name)
    assert session.apply(edits.update_group(renamed))
    assert panel.group_combo.toolTip().splitlines()[0] == long_name
    panel.group_combo.setCurrentIndex(panel.group_combo.findData(COMBINED))
    assert panel.group_combo.toolTip().splitlines()[0] == "Combined (all groups)"
    session.undo()  # back to the group: the tooltip follows
    assert panel.group_combo.toolTip().splitlines()[0] == long_name
