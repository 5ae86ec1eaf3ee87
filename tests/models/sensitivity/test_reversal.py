"""Rank reversal when one community is removed (app.models.sensitivity.removal_reversals):
a hand-worked TOPSIS reversal, a case without any, the tie rule, AHP ideal mode's guarantee and
agreement with scikit-criteria's TOPSIS on every smaller problem."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from app.models.criterion import Direction
from app.models.derived import weight_vector
from app.models.ranking import competition_ranks
from app.models.sensitivity import (
    RankReversal,
    prepare_removals,
    removal_reversals,
    reversed_pairs,
)
from app.models.topsis import topsis
from app.models.workshop import AhpMode
from tests.factories import REVERSAL_EXAMPLE as HAND
from tests.factories import make_workshop
from tests.factories import small_workshop as _workshop


def _by_method(results: tuple[RankReversal, ...], method: str) -> dict[int, tuple]:
    return {r.removed: r.pairs for r in results if r.method == method}


def test_removing_the_first_reverses_the_other_two_under_topsis() -> None:
    """By hand, weights 1/2 each. All three: column norms sqrt(91) and 7, so
    v_a = (1/(2 sqrt 91), 3/7), v_b = (3/(2 sqrt 91), 3/14), v_c = (9/(2 sqrt 91), 1/7);
    A+ = (9/(2 sqrt 91), 3/7), A- = (1/(2 sqrt 91), 1/7).
    a: d+ = 4/sqrt 91 = 0.41931, d- = 2/7 = 0.28571, C = 0.40525.
    b: d+ = 3 sqrt(1/91 + 1/196), d- = sqrt(1/91 + 1/196), C = 1/4 exactly.
    c: d+ = 2/7, d- = 4/sqrt 91, C = 0.59475. Order c, a, b.
    Without c: norms sqrt 10 and 3 sqrt 5; d+_a = d-_b = 1/sqrt 10, d-_a = d+_b = 1/(2 sqrt 5),
    so C_a = 1/(sqrt 2 + 1) = sqrt 2 - 1 = 0.41421 and C_b = 2 - sqrt 2 = 0.58579: b ahead of a.
    Without a or b only one pair is left, with c ahead both times."""
    whole = topsis(HAND, [1, 1], ["max", "max"]).closeness
    assert whole == pytest.approx(
        [
            (2 / 7) / (4 / math.sqrt(91) + 2 / 7),
            0.25,
            (4 / math.sqrt(91)) / (4 / math.sqrt(91) + 2 / 7),
        ],
        abs=1e-15,
    )
    smaller = topsis(HAND[:2], [1, 1], ["max", "max"]).closeness
    assert smaller == pytest.approx([math.sqrt(2) - 1, 2 - math.sqrt(2)], abs=1e-15)

    results = removal_reversals(_workshop(HAND))

    topsis_results = [r for r in results if r.method == "topsis"]
    # in order of the removed community's current rank: c (1st), a (2nd), b (3rd)
    assert [r.removed for r in topsis_results] == [2, 0, 1]
    # Sani (1), behind Anqas (0) now, is ahead of it without Puka (2)
    assert _by_method(results, "topsis") == {2: ((1, 0),), 0: (), 1: ()}


def test_a_chain_of_dominance_never_reverses() -> None:
    """Each community is better than the next in every criterion: both methods keep any
    dominance (TOPSIS: closer to the ideal and farther from the anti-ideal; AHP: larger local
    priorities), so no removal can reverse anything."""
    values = np.array([[9.0, 8.0, 1.0], [7.0, 6.0, 2.0], [5.0, 5.0, 4.0], [2.0, 1.0, 8.0]])
    workshop = _workshop(
        values, np.array([3.0, 1.0, 2.0]), (Direction.MAX, Direction.MAX, Direction.MIN)
    )

    results = removal_reversals(workshop)

    assert {r.method for r in results} == {"topsis", "ahp"}
    assert len(results) == 8
    assert all(r.pairs == () for r in results)


def test_only_strict_reversals_count_not_ties_that_appear_or_vanish() -> None:
    def pairs(before: list[int], after: list[int]) -> list[tuple[int, int]]:
        return reversed_pairs(before, after)

    assert pairs([1, 2, 3], [2, 1, 3]) == [(1, 0)]
    assert pairs([1, 2, 3], [3, 2, 1]) == [(1, 0), (2, 0), (2, 1)]
    assert pairs([1, 1, 3], [2, 1, 3]) == []  # a tie that vanishes
    assert pairs([1, 2, 3], [1, 1, 3]) == []  # a tie that appears
    assert pairs([1, 2, 3], [1, 2, 3]) == []


def test_all_weights_zero_ties_everyone_before_and_after_so_nothing_reverses() -> None:
    results = removal_reversals(_workshop(HAND, np.zeros(2)))

    assert results and all(r.pairs == () for r in results)


def test_without_ahp_only_topsis_is_checked() -> None:
    values = HAND.copy()
    values[0, 1] = 0.0  # AHP compares ratios: a zero gives no AHP ranking

    results = removal_reversals(_workshop(values))

    assert {r.method for r in results} == {"topsis"}


def test_screened_out_communities_are_neither_removed_nor_compared() -> None:
    workshop = make_workshop(6, 3, seed=4, gate=True)  # the last community fails the gate

    results = removal_reversals(workshop)

    assert {r.removed for r in results} == set(range(5))
    assert all(5 not in pair for r in results for pair in r.pairs)


# -- AHP ideal mode -----------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    matrix=st.integers(3, 7).flatmap(
        lambda n: st.integers(1, 4).flatmap(
            lambda m: hnp.arrays(np.float64, (n, m), elements=st.floats(0.5, 100.0))
        )
    ),
    data=st.data(),
)
def test_ahp_ideal_never_reverses_when_the_removed_is_best_nowhere(
    matrix: np.ndarray, data: st.DataObject
) -> None:
    """Ideal mode: a community that is not the best in any criterion (another is at least as
    good in each) leaves every column's maximum, so every other local priority, unchanged.
    A community worse than all others in every criterion is added so that there always is one."""
    n, m = matrix.shape
    directions = tuple(data.draw(st.sampled_from(list(Direction))) for _ in range(m))
    weights = data.draw(hnp.arrays(np.float64, m, elements=st.floats(0.0, 10.0)))
    benefit = np.array([d is Direction.MAX for d in directions])
    worse = np.where(benefit, matrix.min(axis=0) * 0.9, matrix.max(axis=0) * 1.1)
    values = np.vstack([matrix, worse])
    workshop = _workshop(values, weights, directions)
    best = np.where(benefit, values.max(axis=0), values.min(axis=0))
    best_count = (values == best).sum(axis=0)
    best_nowhere = [i for i in range(n + 1) if not ((values[i] == best) & (best_count == 1)).any()]
    assert n in best_nowhere

    ahp = _by_method(removal_reversals(workshop), "ahp")

    assert set(ahp) == set(range(n + 1))
    for i in best_nowhere:
        assert ahp[i] == (), (i, ahp[i])


def test_ahp_distributive_can_reverse_where_ideal_does_not() -> None:
    """Belton & Gear's point: removing a community that is best nowhere keeps the ideal order
    but can reverse the distributive one (x / sum changes with every community)."""
    found = False
    for seed in range(200):
        rng = np.random.default_rng(seed)
        values = rng.uniform(1.0, 10.0, size=(4, 3))
        weights = rng.uniform(0.1, 1.0, size=3)
        best_somewhere = (values == values.max(axis=0)).any(axis=1)
        if best_somewhere.all():
            continue
        k = int(np.flatnonzero(~best_somewhere)[0])
        distributive = _by_method(
            removal_reversals(_workshop(values, weights, mode=AhpMode.DISTRIBUTIVE)), "ahp"
        )
        ideal = _by_method(removal_reversals(_workshop(values, weights)), "ahp")
        assert ideal[k] == ()
        if distributive[k]:
            found = True
            break
    assert found


# -- agreement with scikit-criteria -------------------------------------------------------------


@pytest.mark.filterwarnings(
    "ignore:Although TOPSIS can operate with minimization objectives:UserWarning"
)
@pytest.mark.parametrize("seed", range(12))
def test_topsis_after_each_removal_agrees_with_scikit_criteria(seed: int) -> None:
    """For each removal, the closeness of the others equals scikit-criteria's TOPSIS (vector
    scaling of the matrix only) on the matrix without that row, to 1e-12, and the reported
    reversals are exactly those of scikit-criteria's closeness."""
    import skcriteria
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.preprocessing.scalers import VectorScaler

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(3, 10)), int(rng.integers(1, 6))
    values = rng.uniform(0.1, 100.0, size=(n, m))
    weights = rng.uniform(0.01, 1.0, size=m)
    directions = tuple(Direction.MAX if d else Direction.MIN for d in rng.integers(0, 2, m))
    workshop = _workshop(values, weights, directions)
    objectives = [1 if d is Direction.MAX else -1 for d in directions]
    removals = prepare_removals(workshop)
    reported = _by_method(removals.reversals(weight_vector(workshop)), "topsis")

    before = competition_ranks(topsis(values, weights, objectives).closeness)
    for k in range(n):
        keep = np.delete(np.arange(n), k)
        decision = skcriteria.mkdm(matrix=values[keep], objectives=objectives, weights=weights)
        decision = VectorScaler(target="matrix").transform(decision)
        expected = np.asarray(TOPSIS().evaluate(decision).e_.similarity)
        ours = removals.without[k].rank(weight_vector(workshop)).topsis
        assert ours is not None
        np.testing.assert_allclose(ours.closeness, expected, rtol=0, atol=1e-12)
        after = competition_ranks(expected)
        pairs = reversed_pairs(before[keep], after)
        assert reported[k] == tuple((int(keep[i]), int(keep[j])) for i, j in pairs)
