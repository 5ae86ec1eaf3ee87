"""The rank acceptability page: the samples ranked off the interface thread equal the engine's
result, and the sampling settings are undoable edits of the document."""

from __future__ import annotations

import numpy as np
import pytest

from app.models.derived import weight_vector
from app.models.judgements import group_weight_batch
from app.models.sensitivity import (
    CHUNK,
    rank_acceptability,
    sample_weights,
)
from app.models.workshop import Sampling
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


def test_rank_acceptability_runs_off_thread_and_equals_the_engine(
    qtbot, panel: SensitivityPanel, session: WorkshopSession
) -> None:
    panel.acceptability_page.samples_spin.setValue(3 * CHUNK + 500)  # chunks of unequal size
    panel.acceptability_page.seed_spin.setValue(7)
    settings = session.workshop.settings
    assert (settings.samples, settings.seed) == (3 * CHUNK + 500, 7)
    with qtbot.waitSignal(panel.acceptability_page.acceptability_done, timeout=20_000):
        panel.acceptability_page.run_acceptability()
        assert (
            not panel.acceptability_page.progress.isHidden()
            and not panel.acceptability_page.run_button.isEnabled()
        )
    assert (
        panel.acceptability_page.progress.isHidden()
        and panel.acceptability_page.run_button.isEnabled()
    )
    workshop = session.workshop
    problem = session.evaluation.problem
    samples = sample_weights(
        problem, "simplex", 3 * CHUNK + 500, 7,
        current=weight_vector(workshop), groups=group_weight_batch(workshop, workshop.groups),
    )  # fmt: skip
    expected = rank_acceptability(problem, samples, 3, seed=7)
    assert panel.acceptability_page.acceptability is not None
    for method, result in expected.items():
        shown = panel.acceptability_page.acceptability[method]
        assert shown.samples == 3 * CHUNK + 500 and shown.seed == 7
        np.testing.assert_allclose(shown.acceptability, result.acceptability, atol=1e-12)
        np.testing.assert_allclose(shown.top, result.top, atol=1e-12)
        np.testing.assert_allclose(shown.central_weights, result.central_weights, atol=1e-12)
    assert "seed 7" in panel.acceptability_page.acceptability_label.text()
    table = panel.acceptability_page.acceptability_table
    assert table.rowCount() == problem.eligible.size
    first = expected["topsis"]
    best = int(np.argmax(first.acceptability @ np.arange(first.acceptability.shape[0], 0, -1)))
    assert table.item(0, 0).text() == workshop.communities[int(first.communities[best])].name


def test_sampling_settings_are_undoable_document_edits(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    before = session.workshop
    panel.acceptability_page.sampling_box.setCurrentIndex(
        panel.acceptability_page.sampling_box.findData("around")
    )
    assert session.workshop.settings.sampling is Sampling.AROUND
    assert panel.acceptability_page.spread_spin.isEnabled()
    panel.acceptability_page.spread_spin.setValue(35)
    assert session.workshop.settings.spread == pytest.approx(0.35)
    session.undo()
    session.undo()
    assert session.workshop is before
    assert (
        panel.acceptability_page.sampling_box.currentData() == "simplex"
        and panel.acceptability_page.spread_spin.value() == 20
    )
