"""The weight sweep page: the engine's sweep, drawn and listed in words, nearest swap first."""

from __future__ import annotations

import numpy as np
import pytest

from app.models import edits
from app.models.derived import weight_vector
from app.models.sensitivity import weight_sweep
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


def test_the_sweep_is_the_engines_and_lists_the_nearest_swap_first(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    column = int(session.evaluation.problem.columns[0])
    panel.sweep_page.sweep_criterion.setCurrentIndex(
        panel.sweep_page.sweep_criterion.findData(column)
    )
    expected = weight_sweep(session.evaluation.problem, weight_vector(session.workshop), column)
    assert panel.sweep_page.sweep is not None and panel.sweep_page.sweep.criterion == column
    np.testing.assert_array_equal(panel.sweep_page.sweep.closeness, expected.closeness)
    assert panel.sweep_page.current_line.value() == pytest.approx(100 * expected.current)
    swaps = sorted(
        (s for s in expected.swaps if s.method == "topsis"),
        key=lambda s: abs(s.share - expected.current),
    )
    assert swaps, "the example has swaps under this criterion"
    assert panel.sweep_page.swap_list.item(0).text() == panel.sweep_page.swap_text(
        swaps[0], expected.current
    )
    assert "%" in panel.sweep_page.swap_list.item(0).text()
    # a criterion under which nobody changes places says so
    quiet = int(session.evaluation.problem.columns[2])
    panel.sweep_page.sweep_criterion.setCurrentIndex(
        panel.sweep_page.sweep_criterion.findData(quiet)
    )
    assert not [s for s in panel.sweep_page.sweep.swaps if s.method == "topsis"]
    assert "change places" in panel.sweep_page.swap_list.item(0).text()


def test_with_all_weights_zero_the_sweep_says_so_on_a_0_to_100_axis(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    group = session.workshop.active_group
    for criterion in session.workshop.weighted_criteria:
        session.apply(edits.set_weight(group, criterion.id, 0.0))
    assert panel.sweep_page.sweep is None
    assert "weight above 0" in panel.sweep_page.swap_list.item(0).text()
    (low, high), (bottom, top) = panel.sweep_page.plot.viewRange()
    assert low == pytest.approx(-2.0) and high == pytest.approx(102.0)  # 0-100 % and padding
    assert bottom <= 0.0 and top >= 1.0
