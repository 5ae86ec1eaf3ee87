"""Sensitivity engine: exact swap points and stability intervals against brute force, SMAA-2
rank acceptability, quota selection and the comparison with other methods."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app.models.analysis import Problem, evaluate, prepare
from app.models.errors import InvalidInputError
from app.models.judgements import group_weight_batch
from app.models.ranking import competition_ranks
from app.models.sensitivity import (
    METHODS,
    Method,
    current_share,
    other_methods,
    rank_acceptability,
    rank_correlations,
    sample_weights,
    select_with_quotas,
    stability_intervals,
    swap_points,
    sweep_weights,
    tightest,
    weight_sweep,
)
from app.models.workshop import Direction, Quota, Workshop
from tests.factories import make_workshop

GRID = 2001


def _scores(problem: Problem, weights: np.ndarray, method: Method) -> np.ndarray:
    evaluation = problem.rank(weights)
    if method == "topsis":
        assert evaluation.topsis is not None
        return evaluation.topsis.closeness
    assert evaluation.ahp_scores is not None
    return evaluation.ahp_scores


def _pair_signs(scores: np.ndarray) -> np.ndarray:
    """(K, n, n): +1 where community i ranks ahead of l, -1 behind, 0 tied (engine's rule)."""
    ranks = competition_ranks(scores)
    return np.sign(ranks[:, None, :] - ranks[:, :, None])


def _problem(seed: int, n: int, m: int) -> tuple[Workshop, Problem, np.ndarray]:
    workshop = make_workshop(n, m, seed=seed, ordinal=seed % 2, gate=bool(seed % 3))
    problem = prepare(workshop)
    return workshop, problem, workshop.weight_vector()


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
    _, problem, weights = _problem(seed, n, m)
    grid = np.linspace(0.0, 1.0, GRID)
    eligible = problem.eligible.tolist()
    for criterion in problem.columns.tolist():
        swaps = swap_points(problem, weights, criterion, method)
        signs = _pair_signs(
            _scores(problem, sweep_weights(problem, weights, criterion, grid), method)
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
        scores = _scores(problem, sweep_weights(problem, weights, criterion, around), method)
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
    weights = workshop.weight_vector()
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
    _workshop, problem, _ = _problem(2, 5, 4)
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
    _workshop, problem, weights = _problem(4, 7, 4)
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
    _workshop, problem, weights = _problem(4, 5, 3)  # seed 4: has a gate (last criterion)
    gate = problem.workshop_criteria - 1
    assert gate not in problem.columns
    with pytest.raises(InvalidInputError) as error:
        swap_points(problem, weights, gate, "topsis")
    assert error.value.template.startswith("Criterion {criterion} is not ranked")
    assert error.value.params == {"criterion": gate + 1}
    with pytest.raises(InvalidInputError) as error:
        stability_intervals(problem, np.zeros_like(weights), 3)
    assert error.value.template.startswith("All weights are zero")


# -- stability intervals ---------------------------------------------------------------------


def _set_at(
    problem: Problem,
    weights: np.ndarray,
    criterion: int,
    shares: list[float],
    method: Method,
    size: int,
) -> list[frozenset[int]]:
    scores = _scores(problem, sweep_weights(problem, weights, criterion, shares), method)
    ranks = competition_ranks(scores)
    return [frozenset(problem.eligible[ranks[k] <= size].tolist()) for k in range(len(shares))]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), n=st.integers(3, 9), m=st.integers(2, 5))
@example(seed=2368, n=3, m=4)  # AHP's first place ends at a share of 0.00016, in the first cell
def test_stability_intervals_agree_with_brute_force(seed: int, n: int, m: int) -> None:
    _, problem, weights = _problem(seed, n, m)
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
    _, problem, weights = _problem(11, 7, 4)
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
    _, problem, weights = _problem(8, 8, 5)
    intervals = stability_intervals(problem, weights, 3)
    for method in METHODS:
        chosen = tightest(intervals, method)
        margins = [s.margin for s in intervals if s.method == method and s.margin is not None]
        if not margins:
            assert chosen is None
            continue
        assert chosen is not None and chosen.method == method
        assert chosen.margin == min(margins)


# -- rank acceptability ------------------------------------------------------------------------


def test_a_dominating_community_is_first_in_every_sample() -> None:
    workshop = make_workshop(6, 4, seed=3, gate=False)
    values = workshop.values.copy()
    for j, criterion in enumerate(workshop.criteria):
        best = values[:, j].max() + 1 if criterion.direction is Direction.MAX else 0.5
        values[2, j] = min(best, 5) if j == 0 else best
    values[:, 0] = np.where(np.arange(6) == 2, 5, np.minimum(values[:, 0], 4))
    workshop = workshop.replace(values=values)
    problem = prepare(workshop)
    samples = sample_weights(problem, "simplex", 2000, seed=7)
    result = rank_acceptability(problem, samples, 3, seed=7)
    for method in METHODS:
        acceptability = result[method].acceptability
        assert acceptability[2, 0] == 1.0
        assert result[method].top[2] == 1.0
        assert result[method].seed == 7 and result[method].samples == 2000


def test_identical_communities_have_equal_acceptabilities_and_sums_are_one() -> None:
    workshop = make_workshop(7, 4, seed=9, gate=False)
    values = workshop.values.copy()
    values[4] = values[1]
    workshop = workshop.replace(values=values)
    problem = prepare(workshop)
    samples = sample_weights(problem, "simplex", 3000, seed=1)
    for method, result in rank_acceptability(problem, samples, 2).items():
        b = result.acceptability
        np.testing.assert_array_equal(b[1], b[4])
        np.testing.assert_allclose(b.sum(axis=1), 1.0, rtol=0, atol=1e-12)
        np.testing.assert_allclose(b.sum(axis=0), 1.0, rtol=0, atol=1e-12)
        np.testing.assert_allclose(result.top, b[:, :2].sum(axis=1), atol=1e-15)
        # Central weights are shares over the ranked criteria (rows sum to 1 where ever first).
        firsts = b[:, 0] > 0
        np.testing.assert_allclose(result.central_weights[firsts].sum(axis=1), 1.0, atol=1e-12)
        assert method in METHODS


def test_ties_share_their_places_equally() -> None:
    workshop = make_workshop(4, 3, seed=2, gate=False)
    problem = prepare(workshop)
    zero = np.zeros((5, problem.workshop_criteria))  # all weights zero: everyone tied
    result = rank_acceptability(problem, zero, 1)
    np.testing.assert_allclose(result["topsis"].acceptability, np.full((4, 4), 0.25), atol=1e-15)
    np.testing.assert_allclose(result["topsis"].top, 0.25, atol=1e-15)


def test_same_seed_same_samples_and_modes_stay_in_their_region() -> None:
    workshop, problem, weights = _problem(6, 6, 4)
    for mode in ("simplex", "around", "groups"):
        groups = group_weight_batch(workshop, workshop.groups)
        first = sample_weights(problem, mode, 500, 3, current=weights, groups=groups)
        again = sample_weights(problem, mode, 500, 3, current=weights, groups=groups)
        other = sample_weights(problem, mode, 500, 4, current=weights, groups=groups)
        np.testing.assert_array_equal(first, again)
        assert not np.array_equal(first, other)
        np.testing.assert_allclose(first[:, problem.columns].sum(axis=1), 1.0, atol=1e-12)
        assert (first >= 0).all()
    around = sample_weights(problem, "around", 1000, 1, current=weights, spread=0.2)
    shares = weights[problem.columns] / weights[problem.columns].sum()
    # Each factor is within 1 +- 0.2 before renormalising, so ratios stay within 0.8/1.2..1.2/0.8.
    ratio = around[:, problem.columns] / shares
    assert (ratio >= 0.8 / 1.2 - 1e-12).all() and (ratio <= 1.2 / 0.8 + 1e-12).all()
    exact = sample_weights(problem, "around", 10, 1, current=weights, spread=0.0)
    np.testing.assert_allclose(exact[:, problem.columns], np.tile(shares, (10, 1)), atol=1e-15)
    groups = group_weight_batch(workshop, workshop.groups)
    between = sample_weights(problem, "groups", 1000, 2, groups=groups)
    group_shares = groups[:, problem.columns] / groups[:, problem.columns].sum(axis=1)[:, None]
    assert (between[:, problem.columns] >= group_shares.min(axis=0) - 1e-12).all()
    assert (between[:, problem.columns] <= group_shares.max(axis=0) + 1e-12).all()
    simplex = sample_weights(problem, "simplex", 40_000, 5)
    # Uniform on the simplex of 4 criteria: each share has mean 1/4 and variance 3/80.
    np.testing.assert_allclose(simplex[:, problem.columns].mean(axis=0), 0.25, atol=0.005)
    np.testing.assert_allclose(simplex[:, problem.columns].var(axis=0), 3 / 80, atol=0.002)


def test_sampling_refuses_bad_requests() -> None:
    _, problem, weights = _problem(6, 6, 4)
    with pytest.raises(InvalidInputError) as error:
        sample_weights(problem, "box", 10, 1)
    assert error.value.params == {"mode": "box"}
    with pytest.raises(InvalidInputError) as error:
        sample_weights(problem, "around", 10, 1)
    assert "needs the current weights" in error.value.template
    with pytest.raises(InvalidInputError) as error:
        sample_weights(problem, "around", 10, 1, current=weights, spread=1.0)
    assert error.value.params == {"spread": 1.0}
    with pytest.raises(InvalidInputError):
        sample_weights(problem, "groups", 10, 1)


# -- quotas ------------------------------------------------------------------------------------

REGIONS = ["Cusco", "Apurímac", "Cusco", "Cusco", "Apurímac", "Cusco", "Apurímac"]


def test_quota_minimum_brings_in_the_best_of_a_region() -> None:
    order = [0, 2, 3, 5, 1, 4, 6]  # the four Cusco communities rank first
    assert select_with_quotas(order, REGIONS, 3, []) == (0, 2, 3)
    assert select_with_quotas(order, REGIONS, 3, [Quota("Apurímac", 1)]) == (0, 2, 1)
    assert select_with_quotas(order, REGIONS, 3, [Quota("Apurímac", 2)]) == (0, 1, 4)


def test_quota_maximum_skips_a_full_region() -> None:
    order = [0, 2, 3, 5, 1, 4, 6]
    quotas = [Quota("Cusco", 0, 1), Quota("Apurímac", 1)]
    assert select_with_quotas(order, REGIONS, 3, quotas) == (0, 1, 4)
    # Ranked order is kept in the result.
    assert select_with_quotas([6, 0, 4, 2], REGIONS, 3, [Quota("Cusco", 2)]) == (6, 0, 2)


def test_quota_selection_is_best_among_all_feasible_choices() -> None:
    from itertools import combinations

    rng = np.random.default_rng(0)
    for _ in range(30):
        order = rng.permutation(7).tolist()
        quotas = [
            Quota("Cusco", int(rng.integers(0, 2)), int(rng.integers(2, 4))),
            Quota("Apurímac", int(rng.integers(0, 2))),
        ]
        k = 3
        chosen = select_with_quotas(order, REGIONS, k, quotas)
        position = {c: p for p, c in enumerate(order)}

        def feasible(group: tuple[int, ...], quotas: list[Quota] = quotas) -> bool:
            for q in quotas:
                count = sum(REGIONS[c] == q.value for c in group)
                if count < q.minimum or (q.maximum is not None and count > q.maximum):
                    return False
            return True

        # Quality: sum of 1/(place); any strictly decreasing quality would do.
        best = max(
            sum(1 / (1 + position[c]) for c in group)
            for group in combinations(order, k)
            if feasible(group)
        )
        assert feasible(chosen)
        assert sum(1 / (1 + position[c]) for c in chosen) == pytest.approx(best)


@pytest.mark.parametrize(
    ("k", "quotas", "template", "params"),
    [
        (
            3,
            [Quota("Cusco", 2), Quota("Apurímac", 2)],
            "The minimums of the quotas add up to {required}, more than the {k} focus communities.",
            {"required": 4, "k": 3},
        ),
        (
            4,
            [Quota("Apurímac", 4)],
            "{value}: at least {minimum} communities are required, but only {count} are eligible.",
            {"value": "Apurímac", "minimum": 4, "count": 3},
        ),
        (
            6,
            [Quota("Cusco", 0, 2)],
            "The maximums of {values} leave only {places} places for {k} focus communities.",
            {"values": "Cusco", "places": 5, "k": 6},
        ),
        (
            8,
            [],
            "{k} focus communities are asked for, but only {count} communities are eligible.",
            {"k": 8, "count": 7},
        ),
        (
            2,
            [Quota("Cusco", 3, 1)],
            "{value}: the minimum {minimum} is above the maximum {maximum}.",
            {"value": "Cusco", "minimum": 3, "maximum": 1},
        ),
    ],
)
def test_infeasible_quotas_say_which_and_by_how_much(
    k: int, quotas: list[Quota], template: str, params: dict[str, object]
) -> None:
    with pytest.raises(InvalidInputError) as error:
        select_with_quotas(list(range(7)), REGIONS, k, quotas)
    assert error.value.template == template
    assert error.value.params == params


# -- method comparison ---------------------------------------------------------------------------


def test_rank_correlations_reuse_the_ranking_measures() -> None:
    workshop = make_workshop(9, 4, seed=12)
    evaluation = evaluate(workshop)
    agreement = rank_correlations(evaluation)
    assert agreement is not None
    assert agreement.kendall_tau_b == pytest.approx(evaluation.agreement, abs=1e-15)
    from scipy import stats

    rho = stats.spearmanr(evaluation.topsis_ranks, evaluation.ahp_ranks).statistic
    assert agreement.spearman_rho == pytest.approx(rho, abs=1e-12)


def _raw_problem(matrix: list[list[float]], objectives: tuple[str, ...]) -> Problem:
    values = np.array(matrix, dtype=np.float64)
    n, m = values.shape
    return Problem(
        workshop_criteria=m,
        eligible=np.arange(n, dtype=np.int64),
        excluded=(),
        columns=np.arange(m, dtype=np.int64),
        matrix=values,
        objectives=objectives,
        local=None,
        ahp_problem=None,
        notes=(),
    )


#: Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative Study.
#: Kluwer, sections 2.2.1-2.2.2 (three alternatives, four benefit criteria; the WPM ratios
#: P(A1/A2) = 1.007 and P(A1/A3) = 1.067 are printed there).
TRIANTAPHYLLOU = [[25.0, 20.0, 15.0, 30.0], [10.0, 30.0, 20.0, 30.0], [30.0, 10.0, 30.0, 10.0]]
TRIANTAPHYLLOU_WEIGHTS = np.array([0.20, 0.15, 0.40, 0.25])


def test_weighted_product_matches_the_published_ratios() -> None:
    problem = _raw_problem(TRIANTAPHYLLOU, ("max",) * 4)
    result = other_methods(problem, TRIANTAPHYLLOU_WEIGHTS)
    score = result.scores["wpm"]
    assert score is not None
    assert 10 ** (score[0] - score[1]) == pytest.approx(1.007, abs=5e-4)
    assert 10 ** (score[0] - score[2]) == pytest.approx(1.067, abs=5e-4)
    assert result.ranks["wpm"] is not None and result.ranks["wpm"].tolist() == [1, 2, 3]


def test_weighted_sum_matches_a_hand_computation_with_a_cost_criterion() -> None:
    # Criterion 4 to minimise: 1/x gives 1/30, 1/30, 1/10, summing to 1/6 -> 0.2, 0.2, 0.6.
    # Column sums of the others: 65, 60, 65. By hand:
    #   A1 = .2*25/65 + .15*20/60 + .4*15/65 + .25*.2 = 0.269231
    #   A2 = .2*10/65 + .15*30/60 + .4*20/65 + .25*.2 = 0.278846
    #   A3 = .2*30/65 + .15*10/60 + .4*30/65 + .25*.6 = 0.451923
    problem = _raw_problem(TRIANTAPHYLLOU, ("max", "max", "max", "min"))
    result = other_methods(problem, TRIANTAPHYLLOU_WEIGHTS * 4)  # only proportions count
    score = result.scores["wsm"]
    assert score is not None
    np.testing.assert_allclose(score, [0.269231, 0.278846, 0.451923], atol=5e-7)
    assert result.ranks["wsm"] is not None and result.ranks["wsm"].tolist() == [3, 2, 1]


def test_vikor_reproduces_opricovic_and_tzeng_2004() -> None:
    # Opricovic & Tzeng (2004), EJOR 156:445-455, numerical example: risk (min) and altitude
    # (max), equal weights; Q = (1, 0, 1). By hand: S = (0.5, 0.375, 0.5), R = (0.5, 0.25, 0.5).
    problem = _raw_problem([[1.0, 3000.0], [2.0, 3750.0], [5.0, 4500.0]], ("min", "max"))
    result = other_methods(problem, np.array([0.5, 0.5]))
    assert result.scores["vikor"] is not None
    np.testing.assert_allclose(result.scores["vikor"], [1.0, 0.0, 1.0], atol=1e-12)
    assert result.ranks["vikor"] is not None and result.ranks["vikor"].tolist() == [2, 1, 2]


def test_vikor_reproduces_opricovic_and_tzeng_2007_equal_weights() -> None:
    # Opricovic & Tzeng (2007), Extended VIKOR method in comparison with outranking methods,
    # EJOR 178(2):514-529: six reservoir alternatives, eight criteria, equal weights (W1):
    # Q = (0.991, 1.0, 0.473, 0.670, 0.0, 0.578), ranks 5 6 2 4 1 3.
    matrix = [
        [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
        [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
        [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
        [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
        [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
        [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
    ]
    objectives = ("max", "min", "max", "max", "min", "min", "min", "max")
    result = other_methods(_raw_problem(matrix, objectives), np.ones(8))
    assert result.scores["vikor"] is not None
    np.testing.assert_allclose(
        result.scores["vikor"], [0.991, 1.0, 0.473, 0.670, 0.0, 0.578], atol=1e-3
    )
    assert result.ranks["vikor"] is not None
    assert result.ranks["vikor"].tolist() == [5, 6, 2, 4, 1, 3]


def test_methods_that_cannot_take_the_data_give_none_and_a_note() -> None:
    problem = _raw_problem([[0.0, 3.0], [2.0, 1.0], [1.0, 2.0]], ("max", "min"))
    result = other_methods(problem, np.array([1.0, 1.0]))
    assert result.ranks["wpm"] is None and result.scores["wpm"] is None
    assert result.notes["wpm"].params == {"criterion": 1}
    assert "weighted product" in result.notes["wpm"].template
    assert result.ranks["wsm"] is not None  # zero is fine for a benefit criterion
    negative = _raw_problem([[-1.0, 3.0], [2.0, 1.0], [1.0, 2.0]], ("max", "min"))
    refused = other_methods(negative, np.array([1.0, 1.0]))
    assert refused.ranks["wsm"] is None and refused.notes["wsm"].params == {"criterion": 1}
    assert refused.ranks["vikor"] is not None


def test_skcriteria_is_not_imported_with_the_module() -> None:
    import subprocess
    import sys

    code = "import sys, app.models.sensitivity; print('skcriteria' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
