"""The robustness tab: sweep, stability, rank acceptability off the interface thread, the choice
of focus communities with quotas, and the other methods, through the widgets a facilitator uses."""

from __future__ import annotations

import numpy as np
import pytest

from app.io.example import example_workshop
from app.models import edits
from app.models.derived import weight_vector
from app.models.judgements import group_weight_batch
from app.models.sensitivity import (
    CHUNK,
    other_methods,
    rank_acceptability,
    sample_weights,
    stability_intervals,
    tightest,
    weight_sweep,
)
from app.models.workshop import Sampling
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession
from tests.factories import REVERSAL_EXAMPLE as HAND
from tests.factories import small_workshop as _workshop


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(example_workshop())


@pytest.fixture
def panel(qtbot, session: WorkshopSession) -> SensitivityPanel:
    widget = SensitivityPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget


def test_the_sweep_is_the_engines_and_lists_the_nearest_swap_first(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    column = int(session.evaluation.problem.columns[0])
    panel.sweep_criterion.setCurrentIndex(panel.sweep_criterion.findData(column))
    expected = weight_sweep(session.evaluation.problem, weight_vector(session.workshop), column)
    assert panel.sweep is not None and panel.sweep.criterion == column
    np.testing.assert_array_equal(panel.sweep.closeness, expected.closeness)
    assert panel._current_line.value() == pytest.approx(100 * expected.current)
    swaps = sorted(
        (s for s in expected.swaps if s.method == "topsis"),
        key=lambda s: abs(s.share - expected.current),
    )
    assert swaps, "the example has swaps under this criterion"
    assert panel.swap_list.item(0).text() == panel.swap_text(swaps[0], expected.current)
    assert "%" in panel.swap_list.item(0).text()
    # a criterion under which nobody changes places says so
    quiet = int(session.evaluation.problem.columns[2])
    panel.sweep_criterion.setCurrentIndex(panel.sweep_criterion.findData(quiet))
    assert not [s for s in panel.sweep.swaps if s.method == "topsis"]
    assert "change places" in panel.swap_list.item(0).text()


def test_moving_a_weight_moves_the_sweep_and_the_stability_table(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    column = int(panel.sweep_criterion.currentData())
    before = panel.sweep.current
    criterion = session.workshop.criteria[column].id
    session.apply(edits.set_weight(session.workshop.active_group, criterion, 0.0))
    assert panel.sweep.current == 0.0 != before
    assert panel._current_line.value() == 0.0
    expected = stability_intervals(session.evaluation.problem, weight_vector(session.workshop), 3)
    assert panel.intervals == expected


def test_with_all_weights_zero_the_sweep_says_so_on_a_0_to_100_axis(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    group = session.workshop.active_group
    for criterion in session.workshop.weighted_criteria:
        session.apply(edits.set_weight(group, criterion.id, 0.0))
    assert panel.sweep is None
    assert "weight above 0" in panel.swap_list.item(0).text()
    (low, high), (bottom, top) = panel.plot.viewRange()
    assert low == pytest.approx(-2.0) and high == pytest.approx(102.0)  # 0-100 % and padding
    assert bottom <= 0.0 and top >= 1.0


def test_the_tightest_criterion_is_marked(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    interval = tightest(panel.intervals, "topsis")
    assert interval is not None
    name = session.workshop.criteria[interval.criterion].label("en")
    table = panel.stability_table
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    marked = [r for r, text in enumerate(rows) if "◀" in text and "TOPSIS" in text]
    assert marked == [next(r for r, text in enumerate(rows) if text.startswith(name))]
    item = table.item(marked[0], 0)
    assert item.font().bold() and "tightest criterion for TOPSIS" in item.toolTip()
    assert not table.item(next(r for r, t in enumerate(rows) if "◀" not in t), 0).font().bold()
    assert name in panel.tightest_label.text()


def test_rank_acceptability_runs_off_thread_and_equals_the_engine(
    qtbot, panel: SensitivityPanel, session: WorkshopSession
) -> None:
    panel.samples_spin.setValue(3 * CHUNK + 500)  # chunks of unequal size
    panel.seed_spin.setValue(7)
    settings = session.workshop.settings
    assert (settings.samples, settings.seed) == (3 * CHUNK + 500, 7)
    with qtbot.waitSignal(panel.acceptability_done, timeout=20_000):
        panel.run_acceptability()
        assert not panel.progress.isHidden() and not panel.run_button.isEnabled()
    assert panel.progress.isHidden() and panel.run_button.isEnabled()
    workshop = session.workshop
    problem = session.evaluation.problem
    samples = sample_weights(
        problem, "simplex", 3 * CHUNK + 500, 7,
        current=weight_vector(workshop), groups=group_weight_batch(workshop, workshop.groups),
    )  # fmt: skip
    expected = rank_acceptability(problem, samples, 3, seed=7)
    assert panel.acceptability is not None
    for method, result in expected.items():
        shown = panel.acceptability[method]
        assert shown.samples == 3 * CHUNK + 500 and shown.seed == 7
        np.testing.assert_allclose(shown.acceptability, result.acceptability, atol=1e-12)
        np.testing.assert_allclose(shown.top, result.top, atol=1e-12)
        np.testing.assert_allclose(shown.central_weights, result.central_weights, atol=1e-12)
    assert "seed 7" in panel.acceptability_label.text()
    table = panel.acceptability_table
    assert table.rowCount() == problem.eligible.size
    first = expected["topsis"]
    best = int(np.argmax(first.acceptability @ np.arange(first.acceptability.shape[0], 0, -1)))
    assert table.item(0, 0).text() == workshop.communities[int(first.communities[best])].name


def test_sampling_settings_are_undoable_document_edits(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    before = session.workshop
    panel.sampling_box.setCurrentIndex(panel.sampling_box.findData("around"))
    assert session.workshop.settings.sampling is Sampling.AROUND
    assert panel.spread_spin.isEnabled()
    panel.spread_spin.setValue(35)
    assert session.workshop.settings.spread == pytest.approx(0.35)
    session.undo()
    session.undo()
    assert session.workshop is before
    assert panel.sampling_box.currentData() == "simplex" and panel.spread_spin.value() == 20


def test_quotas_shape_the_proposal_and_the_choice_is_recorded(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    workshop = session.workshop
    regions = [panel.quota_table.item(r, 0).text() for r in range(panel.quota_table.rowCount())]
    assert regions == sorted({c.region for c in workshop.communities if c.region})
    # at least 2 in the region that the unconstrained proposal has fewest of
    counts = {r: sum(workshop.communities[i].region == r for i in panel.proposal) for r in regions}
    region = min(regions, key=lambda r: counts[r])
    row = regions.index(region)
    panel.quota_table.cellWidget(row, 1).setValue(2)
    assert session.workshop.settings.quotas[0].value == region
    assert sum(workshop.communities[i].region == region for i in panel.proposal) >= 2
    assert len(panel.proposal) == 3
    before = session.workshop
    panel.record_button.click()
    chosen = session.workshop.metadata.chosen
    assert chosen == tuple(workshop.communities[i].id for i in panel.proposal)
    assert "Recorded choice" in panel.recorded_label.text()
    session.undo()
    assert session.workshop is before
    # an impossible quota: a clear message, no proposal
    panel.quota_table.cellWidget(row, 1).setValue(4)
    assert panel.proposal == ()
    assert region in panel.choice_message.text()
    assert not panel.record_button.isEnabled()


def test_other_methods_are_ranked_off_thread(
    qtbot, panel: SensitivityPanel, session: WorkshopSession
) -> None:
    with qtbot.waitSignal(panel.others_done, timeout=60_000):
        panel.compare_button.click()
    assert session.workshop.settings.compare_methods
    expected = other_methods(session.evaluation.problem, weight_vector(session.workshop))
    assert panel.others is not None
    evaluation = session.evaluation
    order = np.argsort(evaluation.topsis_ranks, kind="stable")
    table = panel.methods_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Community", "TOPSIS", "AHP", "Weighted sum", "Weighted product", "VIKOR"]
    for column, name in ((3, "wsm"), (4, "wpm"), (5, "vikor")):
        ranks = expected.ranks[name]
        assert ranks is not None
        shown = [int(table.item(row, column).text()) for row in range(table.rowCount())]
        assert shown == [int(ranks[k]) for k in order]


def test_the_main_window_has_the_tab(qtbot) -> None:
    from app.ui.shell.main_window import SENSITIVITY_TAB, MainWindow

    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.tab_actions[SENSITIVITY_TAB].trigger()
    assert window.tabs.currentIndex() == SENSITIVITY_TAB
    assert isinstance(window.sensitivity_panel, SensitivityPanel)
    assert window.tabs.tabText(SENSITIVITY_TAB).replace("&", "") == "Robustness"


# -- rank reversal --------------------------------------------------------------------------------


def _texts(panel: SensitivityPanel) -> list[str]:
    return [panel.reversal_list.item(k).text() for k in range(panel.reversal_list.count())]


def test_rank_reversal_page_names_the_communities_and_follows_weights_and_data(qtbot) -> None:
    """The hand-worked case of tests/models/test_rank_reversal.py: Anqas (1, 6), Sani (3, 3) and
    Puka (9, 2), equal weights; without Puka, Sani moves ahead of Anqas in both methods."""
    session = WorkshopSession(_workshop(HAND))
    panel = SensitivityPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.reversals == ()  # not computed until its page is shown
    panel.tabs.setCurrentWidget(panel.reversal_page)
    reversed_ = [
        "Without Puka Wallata, TOPSIS puts Sani Wik'uña ahead of Anqas Luwichu (now behind).",
        "Without Puka Wallata, AHP puts Sani Wik'uña ahead of Anqas Luwichu (now behind).",
    ]
    assert [t for t in _texts(panel) if t.startswith("Without")] == reversed_
    assert _texts(panel)[0] == (
        "TOPSIS: the order of the others changes without 1 of the 3 communities "
        "(1 change of place)."
    )

    session.apply(edits.set_weight("g", "c2", 2.0))
    assert _texts(panel) == [
        "Removing any one community does not change the order of the others (TOPSIS).",
        "Removing any one community does not change the order of the others (AHP).",
    ]
    session.apply(edits.set_weight("g", "c2", 3.0))
    assert [t for t in _texts(panel) if t.startswith("Without")] == [
        "Without Anqas Luwichu, TOPSIS puts Sani Wik'uña ahead of Puka Wallata (now behind).",
        "Without Anqas Luwichu, AHP puts Sani Wik'uña ahead of Puka Wallata (now behind).",
    ]
    session.undo()
    session.undo()
    assert [t for t in _texts(panel) if t.startswith("Without")] == reversed_

    # a data change: Sani's second value 3 -> 2 and nobody changes places any more
    session.apply(edits.set_value(1, 1, 2.0))
    assert all(t.startswith("Removing any one community") for t in _texts(panel))

    # on another page the check waits until its page is shown again
    panel.tabs.setCurrentIndex(0)
    session.undo()
    assert all(t.startswith("Removing any one community") for t in _texts(panel))
    panel.tabs.setCurrentWidget(panel.reversal_page)
    assert [t for t in _texts(panel) if t.startswith("Without")] == reversed_


def test_rank_reversal_page_with_too_few_communities_says_what_it_needs(qtbot) -> None:
    session = WorkshopSession(_workshop(HAND[:2]))
    panel = SensitivityPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.tabs.setCurrentWidget(panel.reversal_page)
    assert _texts(panel) == [
        "Needs three ranked communities: removing one must leave two to compare."
    ]


def test_rank_reversal_page_gives_each_pair_one_line_naming_every_removal(qtbot) -> None:
    """On the example, TOPSIS puts Sani Wik'uña ahead of Yana Pisaqa without Anqas Luwichu and
    also without Sumaq Hamp'atu: one line names both, in the order of their places."""
    session = WorkshopSession(example_workshop())
    panel = SensitivityPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.tabs.setCurrentWidget(panel.reversal_page)
    pairs = {
        (panel._name(rises), panel._name(falls)): removal.removed
        for removal in panel.reversals
        if removal.method == "topsis"
        for rises, falls in removal.pairs
    }
    assert ("Sani Wik'uña*", "Yana Pisaqa*") in pairs
    lines = [t for t in _texts(panel) if "TOPSIS puts Sani Wik'uña* ahead of Yana Pisaqa*" in t]
    assert lines == [
        "Without Anqas Luwichu* or Sumaq Hamp'atu*, TOPSIS puts Sani Wik'uña* ahead of "
        "Yana Pisaqa* (now behind)."
    ]
    changes = sum(len(r.pairs) for r in panel.reversals if r.method == "topsis")
    shown = [t for t in _texts(panel) if t.startswith("Without") and "TOPSIS" in t]
    assert len(shown) < changes  # pairs repeated across removals share a line


def test_a_list_of_communities_ends_with_or_and_spanish_u_before_the_sound_o(
    qtbot, spanish: None
) -> None:
    panel = SensitivityPanel(WorkshopSession(example_workshop()))
    qtbot.addWidget(panel)
    assert panel._any_of(["Mara"]) == "Mara"
    assert panel._any_of(["Mara", "Haquira", "Cotabambas"]) == "Mara, Haquira o Cotabambas"
    assert panel._any_of(["Sani", "Ocongate"]) == "Sani u Ocongate"
    assert panel._any_of(["Sani", "Hornillos"]) == "Sani u Hornillos"
