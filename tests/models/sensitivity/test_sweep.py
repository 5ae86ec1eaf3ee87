"""Weight sweep and exact swap points (app.models.sensitivity.sweep), against the order of
the communities on a fine grid of shares."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.models.analysis import prepare
from app.models.criterion import Direction
from app.models.derived import weight_vector
from app.models.errors import InvalidInputError
from app.models.sensitivity import (
    METHODS,
    Method,
    current_share,
    stability_intervals,
    swap_points,
    sweep_weights,
    weight_sweep,
)
from tests.factories import make_workshop
from tests.models.sensitivity.brute_force import GRID, pair_signs, random_problem, scores_at

# -- exact swap points -------------------------------------------------------------------------


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(0, 10_000),
    n=st.integers(2, 8),
    m=st.integers(2, 5),
    method=st.sampled_from(METHODS),
)
def test_swap_points_match_every_change_of_order_on_a_fine_grid(
    seed: int, n: int, m: int, method: Method
) -> None:
    """Within each grid cell a pair changes order exactly when an odd number of reported swaps
    of that pair lies in it; at each swap the pair's scores are equal and the order is as
    reported just below and just above."""
    _, problem, weights = random_problem(seed, n, m)
    grid = np.linspace(0.0, 1.0, GRID)
    eligible = problem.eligible.tolist()
    for criterion in problem.columns.tolist():
        swaps = swap_points(problem, weights, criterion, method)
        signs = pair_signs(
            scores_at(problem, sweep_weights(problem, weights, criterion, grid), method)
        )
        reported = np.zeros((GRID - 1, len(eligible), len(eligible)), dtype=np.int64)
        for swap in swaps:
            assert 0.0 < swap.share < 1.0
            cell = min(int(np.searchsorted(grid, swap.share)) - 1, GRID - 2)
            i, ell = eligible.index(swap.ahead), eligible.index(swap.behind)
            reported[cell, i, ell] += 1
            reported[cell, ell, i] += 1
        changed = signs[1:] != signs[:-1]
        clear = (signs[1:] != 0) & (signs[:-1] != 0)
        assert np.array_equal((reported % 2 == 1) & clear, changed & clear)
        # A tie on the grid only next to a reported swap, or at share 0 or 1 (a criterion alone
        # may tie communities it does not separate; no swap is reported at the ends).
        changed[[0, -1]] = False
        for cell, i, ell in np.argwhere(changed & ~clear):
            near = reported[max(cell - 1, 0) : cell + 2, i, ell].sum()
            assert near > 0

        if not swaps:
            continue
        shares = np.array([s.share for s in swaps])
        eps = 1e-7
        around = np.concatenate([shares - eps, shares, shares + eps])
        scores = scores_at(problem, sweep_weights(problem, weights, criterion, around), method)
        count = len(swaps)
        for k, swap in enumerate(swaps):
            i, ell = eligible.index(swap.ahead), eligible.index(swap.behind)
            # Exact: the two scores coincide at the reported share (to rounding).
            assert abs(scores[count + k, i] - scores[count + k, ell]) <= 1e-12
            same_pair = [
                s.share
                for s in swaps
                if {s.ahead, s.behind} == {swap.ahead, swap.behind} and s is not swap
            ]
            if all(abs(other - swap.share) > 2 * eps for other in same_pair):
                assert scores[k, i] < scores[k, ell]
                assert scores[2 * count + k, i] > scores[2 * count + k, ell]


def test_identical_communities_never_swap_and_ties_are_not_swaps() -> None:
    workshop = make_workshop(6, 4, seed=5, gate=False)
    values = workshop.values.copy()
    values[3] = values[1]
    workshop = workshop.replace(values=values)
    problem = prepare(workshop)
    weights = weight_vector(workshop)
    for method in METHODS:
        for criterion in problem.columns.tolist():
            pairs = {(s.ahead, s.behind) for s in swap_points(problem, weights, criterion, method)}
            assert (1, 3) not in pairs and (3, 1) not in pairs


def test_a_hand_made_ahp_swap_is_where_the_lines_cross() -> None:
    # Two communities, two criteria, ideal mode: local priorities (1, 0.5) and (0.5, 1).
    # G_0(t) = t + 0.5 (1 - t), G_1(t) = 0.5 t + (1 - t): they cross at t = 1/2.
    workshop = make_workshop(2, 2, seed=1, ordinal=0, gate=False)
    workshop = workshop.replace(values=np.array([[10.0, 5.0], [5.0, 10.0]]))
    criteria = list(workshop.criteria)
    criteria[1] = replace(criteria[1], direction=Direction.MAX)
    workshop = workshop.replace(criteria=tuple(criteria))
    problem = prepare(workshop)
    weights = np.array([0.2, 0.8])
    (ahp_swap,) = swap_points(problem, weights, 0, "ahp")
    assert ahp_swap.share == pytest.approx(0.5, abs=1e-15)
    assert (ahp_swap.ahead, ahp_swap.behind) == (0, 1)
    # TOPSIS is symmetric here as well: d+_0 = (1 - t) g, d-_0 = t g with the same gap g.
    (topsis_swap,) = swap_points(problem, weights, 0, "topsis")
    assert topsis_swap.share == pytest.approx(0.5, abs=1e-15)
    assert (topsis_swap.ahead, topsis_swap.behind) == (0, 1)


def test_sweep_keeps_the_total_and_the_proportions_of_the_others() -> None:
    _workshop, problem, _ = random_problem(2, 5, 4)
    weights = np.zeros(problem.workshop_criteria)
    weights[problem.columns] = [1.0, 2.0, 3.0, 4.0]
    rows = sweep_weights(problem, weights, int(problem.columns[1]), [0.0, 0.5, 1.0])
    np.testing.assert_allclose(rows.sum(axis=1), 10.0, rtol=1e-15)
    np.testing.assert_allclose(rows[1, problem.columns], [5 / 8, 5.0, 15 / 8, 20 / 8], rtol=1e-15)
    np.testing.assert_allclose(rows[2, problem.columns], [0.0, 10.0, 0.0, 0.0], atol=0)
    assert current_share(problem, weights, int(problem.columns[1])) == pytest.approx(0.2)
    # The current share reproduces the current weights.
    again = sweep_weights(problem, weights, int(problem.columns[1]), [0.2])
    np.testing.assert_allclose(again[0], weights, rtol=1e-15)
    # Others all zero: they share equally.
    lone = np.zeros(problem.workshop_criteria)
    lone[problem.columns[0]] = 3.0
    rows = sweep_weights(problem, lone, int(problem.columns[0]), [0.4])
    np.testing.assert_allclose(rows[0, problem.columns], [1.2, 0.6, 0.6, 0.6], rtol=1e-15)


def test_weight_sweep_gives_both_methods_on_the_grid_and_all_swaps() -> None:
    _workshop, problem, weights = random_problem(4, 7, 4)
    criterion = int(problem.columns[2])
    sweep = weight_sweep(problem, weights, criterion, points=51)
    assert sweep.shares.shape == (51,) and sweep.closeness.shape == (51, problem.eligible.size)
    assert sweep.ahp_scores is not None and sweep.ahp_scores.shape == (51, problem.eligible.size)
    expected = problem.rank(sweep_weights(problem, weights, criterion, sweep.shares))
    assert expected.topsis is not None
    np.testing.assert_array_equal(sweep.closeness, expected.topsis.closeness)
    assert sweep.current == pytest.approx(current_share(problem, weights, criterion))
    assert {s.method for s in sweep.swaps} <= {"topsis", "ahp"}
    assert len(sweep.swaps) == sum(
        len(swap_points(problem, weights, criterion, m)) for m in METHODS
    )
    assert [s.share for s in sweep.swaps] == sorted(s.share for s in sweep.swaps)


def test_unranked_criterion_and_zero_weights_are_refused_with_a_message() -> None:
    _workshop, problem, weights = random_problem(4, 5, 3)  # seed 4: has a gate (last criterion)
    gate = problem.workshop_criteria - 1
    assert gate not in problem.columns
    with pytest.raises(InvalidInputError) as error:
        swap_points(problem, weights, gate, "topsis")
    assert error.value.template.startswith("Criterion {criterion} is not ranked")
    assert error.value.params == {"criterion": gate + 1}
    with pytest.raises(InvalidInputError) as error:
        stability_intervals(problem, np.zeros_like(weights), 3)
    assert error.value.template.startswith("All weights are zero")
