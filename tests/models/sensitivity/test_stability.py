"""Stability intervals (app.models.sensitivity.stability) against brute force on a fine grid,
ties that decide the first place now, and the tightest criterion."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.models.analysis import Problem
from app.models.ranking import competition_ranks
from app.models.sensitivity import (
    METHODS,
    Method,
    current_share,
    stability_intervals,
    sweep_weights,
    tightest,
)
from tests.models.sensitivity.brute_force import GRID, random_problem, scores_at

# -- stability intervals ---------------------------------------------------------------------


def _set_at(
    problem: Problem,
    weights: np.ndarray,
    criterion: int,
    shares: list[float],
    method: Method,
    size: int,
) -> list[frozenset[int]]:
    scores = scores_at(problem, sweep_weights(problem, weights, criterion, shares), method)
    ranks = competition_ranks(scores)
    return [frozenset(problem.eligible[ranks[k] <= size].tolist()) for k in range(len(shares))]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(3, 9), m=st.integers(2, 5))
@example(seed=2368, n=3, m=4)  # AHP's first place ends at a share of 0.00016, in the first cell
def test_stability_intervals_agree_with_brute_force(seed: int, n: int, m: int) -> None:
    _, problem, weights = random_problem(seed, n, m)
    top_k = 1 + seed % 3
    grid = np.linspace(0.0, 1.0, GRID)
    step = grid[1]
    eps = 1e-7
    for interval in stability_intervals(problem, weights, top_k):
        assert interval.current == pytest.approx(
            current_share(problem, weights, interval.criterion), abs=1e-15
        )
        for size, share_range, now in (
            (1, interval.first, interval.leaders),
            (top_k, interval.top, interval.top_set),
        ):
            low, high = share_range.low, share_range.high
            assert low <= interval.current <= high
            if low == high:
                continue
            # Just inside a real end; a little further from an end at 0 or 1, where the tie
            # tolerance joins communities that only the vanishing criteria separate.
            inside_shares = [low + (eps if low > 0 else 1e-3), high - (eps if high < 1 else 1e-3)]
            inside = _set_at(
                problem, weights, interval.criterion, inside_shares, interval.method, size
            )
            assert inside == [frozenset(now)] * 2
            for end, side, beyond, edge in (
                (low, -1, share_range.below, 0.0),
                (high, 1, share_range.above, 1.0),
            ):
                if end == edge:
                    assert beyond == ()
                    continue
                (outside,) = _set_at(
                    problem, weights, interval.criterion, [end + side * eps], interval.method, size
                )
                assert outside != frozenset(now)
                assert outside == frozenset(beyond)
            # Brute force: on the grid the set is the current one exactly within the range.
            sets = _set_at(
                problem, weights, interval.criterion, grid.tolist(), interval.method, size
            )
            same = np.array([s == frozenset(now) for s in sets])
            within = (grid > low + step) & (grid < high - step)
            assert same[within].all()
            # Walking away from the current share, the first inner grid point with another set
            # lies within one step beyond the end. There is none when the end is 0 or 1, or lies
            # in the first or last cell: the only point beyond it is then an end of the grid.
            differ = np.flatnonzero(~same[:-1])
            differ = differ[differ > 0]  # the ends themselves may tie (see above)
            below = differ[grid[differ] < interval.current]
            above = differ[grid[differ] > interval.current]
            if low < step:
                assert below.size == 0
            else:
                assert low - step <= grid[below[-1]] <= low
            if high > 1.0 - step:
                assert above.size == 0
            else:
                assert high <= grid[above[0]] <= high + step


def test_first_place_tied_now_gives_the_current_point_and_who_wins_on_each_side() -> None:
    _, problem, weights = random_problem(11, 7, 4)
    (interval,) = [
        s
        for s in stability_intervals(problem, weights, 2)
        if s.method == "topsis" and s.first.above
    ][:1]
    # Move to the share where the leader is overtaken: the two tie there.
    at_tie = sweep_weights(problem, weights, interval.criterion, [interval.first.high])[0]
    tied = next(
        s
        for s in stability_intervals(problem, at_tie, 2)
        if s.method == "topsis" and s.criterion == interval.criterion
    )
    assert len(tied.leaders) == 2
    assert tied.first.low == tied.first.high == pytest.approx(interval.first.high, abs=1e-12)
    assert tied.first.below == interval.leaders
    assert tied.first.above == interval.first.above
    assert tied.margin == 0.0
    assert tightest(stability_intervals(problem, at_tie, 2), "topsis") is not None
    chosen = tightest(stability_intervals(problem, at_tie, 2), "topsis")
    assert chosen is not None and chosen.margin == 0.0


def test_tightest_criterion_has_the_smallest_margin() -> None:
    _, problem, weights = random_problem(8, 8, 5)
    intervals = stability_intervals(problem, weights, 3)
    for method in METHODS:
        chosen = tightest(intervals, method)
        margins = [s.margin for s in intervals if s.method == method and s.margin is not None]
        if not margins:
            assert chosen is None
            continue
        assert chosen is not None and chosen.method == method
        assert chosen.margin == min(margins)
