"""TOPSIS (app.models.topsis): published examples, properties, scikit-criteria, edge cases."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from app.models.errors import InvalidInputError
from app.models.topsis import TopsisResult, topsis

# -- published worked examples ------------------------------------------------------------------

FIGHTER_MATRIX = [
    # max speed (Mach), ferry range (NM), max payload (lb), acquisition cost ($10^6),
    # reliability (rating), maneuverability (rating)
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
]
FIGHTER_OBJECTIVES = ["max", "max", "max", "min", "max", "max"]


@pytest.mark.parametrize(
    "weights",
    [
        pytest.param([0.2, 0.1, 0.1, 0.1, 0.2, 0.3], id="book-weights"),
        # The same preferences as points out of 10 (sum 9): only proportions count.
        pytest.param([2, 1, 1, 1, 2, 3], id="points-not-summing-to-1"),
    ],
)
def test_fighter_aircraft_example_hwang_yoon_1981_with_a_cost_criterion(
    weights: list[float],
) -> None:
    """Hwang, C.L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and Applications.
    A State-of-the-Art Survey. Lecture Notes in Economics and Mathematical Systems 186, Springer,
    pp. 133-134: TOPSIS on the fighter-aircraft selection problem (4 aircraft, 6 attributes,
    acquisition cost X4 is the only cost attribute, weights w = (0.2, 0.1, 0.1, 0.1, 0.2, 0.3)).

    Printed results: ideal A* = (.1168, .0659, .0531, .0414, .1347, .2012), negative ideal
    A- = (.0841, .0366, .0455, .0598, .0577, .1118), separations S* = (.0545, .1197, .0580,
    .1009), S- = (.0983, .0439, .0920, .0458), relative closeness C* = (.643, .268, .613, .312),
    order A1 > A3 > A4 > A2. (Numbers read from two independent transcriptions of pp. 133-134:
    ldss-hse/ldss-benchmark tests/methods/topsis and mcdajs' fighter-aircraft example.)

    The book computes from values rounded to 4 decimals, and its normalised cost column
    (.5063, .5983, .4143, .4603) is about 6e-4 off the exact .50685, .59901, .41470, .46078 (the
    ldss-hse transcription notes these slips). Exact arithmetic therefore differs from the print
    by up to 1.0e-4 in A-, 8e-5 in S- and 5.4e-4 in C* (A3: 0.61354 against .613): tolerances are
    widened to those, not to half a printed unit. The ranking is exact.
    """
    result = topsis(FIGHTER_MATRIX, weights, FIGHTER_OBJECTIVES)

    assert result.ideal == pytest.approx(
        [0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012], abs=1.5e-4
    )
    assert result.anti_ideal == pytest.approx(
        [0.0841, 0.0366, 0.0455, 0.0598, 0.0577, 0.1118], abs=1.5e-4
    )
    assert result.d_plus == pytest.approx([0.0545, 0.1197, 0.0580, 0.1009], abs=1e-4)
    assert result.d_minus == pytest.approx([0.0983, 0.0439, 0.0920, 0.0458], abs=1e-4)
    assert result.closeness == pytest.approx([0.643, 0.268, 0.613, 0.312], abs=1e-3)
    assert result.ranks.tolist() == [1, 4, 2, 3]


def test_tzeng_huang_2011_example() -> None:
    """Tzeng, G.H. & Huang, J.J. (2011). Multiple Attribute Decision Making: Methods and
    Applications. CRC Press (Chapman & Hall), TOPSIS numerical example: 4 alternatives, 3 benefit
    criteria, weights (0.3, 0.4, 0.3). Relative closeness (0.5037, 0.6581, 0.7482, 0.3340), order
    A3 > A2 > A1 > A4, as reproduced in scikit-criteria's test ``test_TOPSIS_tzeng2011multiple``
    (quatrope/scikit-criteria, tests/agg/test_topsis.py). Printed to 4 decimals.
    """
    result = topsis(
        [[5, 8, 4], [7, 6, 8], [8, 8, 6], [7, 4, 6]],
        [0.3, 0.4, 0.3],
        ["max", "max", "max"],
    )

    assert result.closeness == pytest.approx([0.5037, 0.6581, 0.7482, 0.3340], abs=5e-5)
    assert result.ranks.tolist() == [3, 2, 1, 4]


def test_papathanasiou_ploskas_2018_facility_location_example() -> None:
    """Papathanasiou, J. & Ploskas, N. (2018). TOPSIS. Chapter 1 (pp. 1-30) of Multiple Criteria
    Decision Aid: Methods, Examples and Python Implementations. Springer Optimization and Its
    Applications 136, Springer, Cham. Facility location problem of their chapter 1: 6 sites,
    4 benefit criteria, weights (0.4, 0.3, 0.1, 0.2). Closeness coefficients (0.387, 0.327,
    0.391, 0.615, 0.868, 0.493), site 5 best, as printed by the book's TOPSIS_example_1.py and
    reproduced in energyinpython/distance-metrics-for-mcda tests/test_mcda_methods.py with ranks
    (5, 6, 4, 2, 1, 3). The book rounds every step to 3 decimals; the exact values all lie within
    half a printed unit.
    """
    result = topsis(
        [[8, 7, 2, 1], [5, 3, 7, 5], [7, 5, 6, 4], [9, 9, 7, 3], [11, 10, 3, 7], [6, 9, 5, 4]],
        [0.4, 0.3, 0.1, 0.2],
        ["max"] * 4,
    )

    assert result.closeness == pytest.approx([0.387, 0.327, 0.391, 0.615, 0.868, 0.493], abs=5e-4)
    assert result.ranks.tolist() == [5, 6, 4, 2, 1, 3]


# -- strategies ---------------------------------------------------------------------------------

#: Small integers: realistic workshop data (counts, ratings, kilometres), exact ties and constant
#: columns included, and no near-degenerate columns where rounding noise would be all there is.
int_cells = st.integers(min_value=0, max_value=20).map(float)
weight_cells = st.one_of(st.just(0.0), st.floats(min_value=0.0, max_value=10.0))


@st.composite
def problems(
    draw: st.DrawFn, cells: st.SearchStrategy[float] = int_cells, min_communities: int = 1
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """A matrix (n x m), one weight vector and directions."""
    n = draw(st.integers(min_value=min_communities, max_value=8))
    m = draw(st.integers(min_value=1, max_value=6))
    matrix = draw(hnp.arrays(np.float64, (n, m), elements=cells))
    weights = draw(hnp.arrays(np.float64, (m,), elements=weight_cells))
    objectives = draw(st.lists(st.sampled_from(["max", "min"]), min_size=m, max_size=m))
    return matrix, weights, objectives


# -- properties ---------------------------------------------------------------------------------


@given(
    problems(cells=st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False))
)
def test_closeness_lies_between_0_and_1_and_is_never_nan(
    problem: tuple[np.ndarray, np.ndarray, list[str]],
) -> None:
    matrix, weights, objectives = problem
    result = topsis(matrix, weights, objectives)

    assert np.isfinite(result.closeness).all()
    assert ((result.closeness >= 0.0) & (result.closeness <= 1.0)).all()
    assert np.isfinite(result.d_plus).all() and np.isfinite(result.d_minus).all()


@given(problems(), st.data())
def test_scaling_a_criterion_by_a_positive_constant_changes_nothing(
    problem: tuple[np.ndarray, np.ndarray, list[str]], data: st.DataObject
) -> None:
    matrix, weights, objectives = problem
    column = data.draw(st.integers(min_value=0, max_value=matrix.shape[1] - 1))
    factor = data.draw(st.floats(min_value=1e-3, max_value=1e3))
    scaled = matrix.copy()
    scaled[:, column] *= factor

    original = topsis(matrix, weights, objectives)
    rescaled = topsis(scaled, weights, objectives)

    np.testing.assert_allclose(rescaled.closeness, original.closeness, rtol=0, atol=1e-12)
    np.testing.assert_allclose(rescaled.normalized, original.normalized, rtol=0, atol=1e-12)
    assert rescaled.ranks.tolist() == original.ranks.tolist()


@given(problems(min_communities=1), st.data())
def test_a_dominated_community_never_ranks_above_its_dominator(
    problem: tuple[np.ndarray, np.ndarray, list[str]], data: st.DataObject
) -> None:
    matrix, weights, objectives = problem
    n, m = matrix.shape
    dominator = data.draw(st.integers(min_value=0, max_value=n - 1))
    worse_by = np.array(data.draw(st.lists(st.integers(0, 5), min_size=m, max_size=m)), float)
    strictly = data.draw(st.integers(min_value=0, max_value=m - 1))
    worse_by[strictly] = max(worse_by[strictly], 1.0)
    weights = weights.copy()
    weights[strictly] = max(weights[strictly], 0.5)  # strictly worse on a weighted criterion
    direction = np.where(np.array(objectives) == "max", 1.0, -1.0)
    dominated = matrix[dominator] - direction * worse_by
    table = np.vstack([matrix, dominated])

    result = topsis(table, weights, objectives)

    assert result.closeness[n] < result.closeness[dominator]
    assert result.ranks[n] > result.ranks[dominator]


@given(problems(), hnp.arrays(np.float64, (5, 6), elements=weight_cells))
def test_batch_equals_one_weight_vector_at_a_time(
    problem: tuple[np.ndarray, np.ndarray, list[str]], weight_rows: np.ndarray
) -> None:
    matrix, _, objectives = problem
    m = matrix.shape[1]
    weight_sets = weight_rows[:, :m]

    batch = topsis(matrix, weight_sets, objectives)

    assert batch.closeness.shape == (5, matrix.shape[0])
    for k, weights in enumerate(weight_sets):
        single = topsis(matrix, weights, objectives)
        np.testing.assert_allclose(batch.closeness[k], single.closeness, rtol=0, atol=1e-12)
        np.testing.assert_allclose(batch.d_plus[k], single.d_plus, rtol=0, atol=1e-12)
        np.testing.assert_allclose(batch.d_minus[k], single.d_minus, rtol=0, atol=1e-12)
        np.testing.assert_allclose(batch.ideal[k], single.ideal, rtol=0, atol=1e-12)
        np.testing.assert_allclose(batch.anti_ideal[k], single.anti_ideal, rtol=0, atol=1e-12)
        np.testing.assert_allclose(batch.weighted[k], single.weighted, rtol=0, atol=1e-12)
        assert batch.ranks[k].tolist() == single.ranks.tolist()
        assert bool(np.asarray(batch.zero_weights)[k]) is single.zero_weights


@given(problems(), st.randoms(use_true_random=False))
def test_permuting_communities_permutes_the_results(
    problem: tuple[np.ndarray, np.ndarray, list[str]], rng: random.Random
) -> None:
    matrix, weights, objectives = problem
    order = list(range(matrix.shape[0]))
    rng.shuffle(order)
    permutation = np.array(order)

    original = topsis(matrix, weights, objectives)
    permuted = topsis(matrix[permutation], weights, objectives)

    np.testing.assert_allclose(
        permuted.closeness, original.closeness[permutation], rtol=0, atol=1e-12
    )
    assert permuted.ranks.tolist() == original.ranks[permutation].tolist()


# -- agreement with scikit-criteria -------------------------------------------------------------


@pytest.mark.filterwarnings(
    # scikit-criteria advises against min objectives; comparing them is the point here.
    "ignore:Although TOPSIS can operate with minimization objectives:UserWarning"
)
@pytest.mark.parametrize("seed", range(40))
def test_closeness_agrees_with_scikit_criteria(seed: int) -> None:
    """Same numbers as skcriteria's VectorScaler (matrix only, no inversion) + TOPSIS."""
    import skcriteria
    from skcriteria.agg.topsis import TOPSIS
    from skcriteria.preprocessing.scalers import VectorScaler

    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(2, 13)), int(rng.integers(1, 8))
    matrix = rng.uniform(0.1, 100.0, size=(n, m))
    weights = rng.uniform(0.01, 1.0, size=m)
    objectives = [int(d) for d in rng.choice([1, -1], size=m)]

    decision = skcriteria.mkdm(matrix=matrix, objectives=objectives, weights=weights)
    decision = VectorScaler(target="matrix").transform(decision)
    expected = TOPSIS().evaluate(decision)

    result = topsis(matrix, weights, objectives)

    np.testing.assert_allclose(result.closeness, expected.e_.similarity, rtol=0, atol=1e-12)
    # skcriteria keeps the raw weights, so its ideal points are ours times the weight total.
    np.testing.assert_allclose(result.ideal * weights.sum(), expected.e_.ideal, rtol=0, atol=1e-12)
    np.testing.assert_allclose(
        result.anti_ideal * weights.sum(), expected.e_.anti_ideal, rtol=0, atol=1e-12
    )


# -- degenerate data ----------------------------------------------------------------------------


def test_constant_criterion_does_not_discriminate_and_gives_no_nan() -> None:
    matrix = [[1.0, 5.0], [2.0, 5.0], [3.0, 5.0]]

    result = topsis(matrix, [1.0, 1.0], ["max", "min"])

    assert result.non_discriminating.tolist() == [False, True]
    assert np.isfinite(result.closeness).all()
    # It adds nothing to either distance, so the closeness is that of the other criterion alone.
    alone = topsis([[1.0], [2.0], [3.0]], [1.0], ["max"])
    np.testing.assert_allclose(result.closeness, alone.closeness, rtol=0, atol=1e-15)
    assert result.closeness == pytest.approx([0.0, 0.5, 1.0], abs=1e-15)
    assert result.ranks.tolist() == [3, 2, 1]


def test_only_constant_criteria_give_every_community_one_half_and_one_shared_rank() -> None:
    result = topsis([[4.0, 0.0], [4.0, 0.0], [4.0, 0.0]], [0.3, 0.7], ["max", "min"])

    assert result.closeness.tolist() == [0.5, 0.5, 0.5]
    assert result.ranks.tolist() == [1, 1, 1]
    assert result.non_discriminating.tolist() == [True, True]
    assert not result.zero_weights


def test_zero_column_normalises_to_zeros() -> None:
    result = topsis([[0.0, 1.0], [0.0, 3.0]], [0.5, 0.5], ["max", "max"])

    assert result.normalized[:, 0].tolist() == [0.0, 0.0]
    assert np.isfinite(result.normalized).all()
    assert result.non_discriminating.tolist() == [True, False]
    assert result.closeness.tolist() == [0.0, 1.0]


def test_single_community_is_undecided_and_ranked_first() -> None:
    result = topsis([[3.0, 7.0, 1.0]], [1.0, 2.0, 3.0], ["max", "min", "max"])

    assert result.closeness.tolist() == [0.5]
    assert result.ranks.tolist() == [1]
    assert result.d_plus.tolist() == [0.0] and result.d_minus.tolist() == [0.0]


def test_all_weights_zero_ties_every_community_at_one_half() -> None:
    result = topsis([[1.0, 2.0], [3.0, 1.0], [2.0, 2.0]], [0.0, 0.0], ["max", "min"])

    assert result.zero_weights is True
    assert result.weights.tolist() == [0.0, 0.0]
    assert result.closeness.tolist() == [0.5, 0.5, 0.5]
    assert result.ranks.tolist() == [1, 1, 1]


def test_zero_weight_row_in_a_batch_is_flagged_per_row() -> None:
    result = topsis([[1.0, 2.0], [3.0, 1.0]], [[1.0, 1.0], [0.0, 0.0]], ["max", "min"])

    assert result.is_batch
    assert result.zero_weights.tolist() == [False, True]  # type: ignore[union-attr]
    assert result.closeness[1].tolist() == [0.5, 0.5]
    assert result.closeness[0].tolist() == [0.0, 1.0]


def test_identical_communities_share_a_rank() -> None:
    result = topsis([[1.0, 2.0], [3.0, 4.0], [1.0, 2.0], [0.5, 9.0]], [1.0, 1.0], ["max", "min"])

    assert result.closeness[0] == result.closeness[2]
    assert result.ranks.tolist() == [2, 1, 2, 4]
    assert result.order.tolist() == [1, 0, 2, 3]  # the tie listed in input order


# -- inputs -------------------------------------------------------------------------------------


def test_integer_directions_mean_the_same_as_words() -> None:
    words = topsis(FIGHTER_MATRIX, [1, 1, 1, 1, 1, 1], FIGHTER_OBJECTIVES)
    numbers = topsis(FIGHTER_MATRIX, [1, 1, 1, 1, 1, 1], [1, 1, 1, -1, np.int64(1), 1])

    assert numbers.closeness.tolist() == words.closeness.tolist()
    assert numbers.benefit.tolist() == [True, True, True, False, True, True]


def test_weights_are_normalised_to_sum_1() -> None:
    result = topsis(FIGHTER_MATRIX, [[2, 1, 1, 1, 2, 3], [0, 0, 0, 0, 0, 4]], FIGHTER_OBJECTIVES)

    np.testing.assert_allclose(result.weights.sum(axis=1), [1.0, 1.0], rtol=0, atol=1e-15)
    assert result.weights[1].tolist() == [0, 0, 0, 0, 0, 1]


def test_ideal_is_best_weighted_value_per_direction() -> None:
    result = topsis(FIGHTER_MATRIX, [0.2, 0.1, 0.1, 0.1, 0.2, 0.3], FIGHTER_OBJECTIVES)
    weighted = result.weighted

    np.testing.assert_allclose(weighted, result.normalized * result.weights, rtol=0, atol=0)
    expected_ideal = np.where(result.benefit, weighted.max(axis=0), weighted.min(axis=0))
    expected_anti = np.where(result.benefit, weighted.min(axis=0), weighted.max(axis=0))
    np.testing.assert_allclose(result.ideal, expected_ideal, rtol=0, atol=1e-15)
    np.testing.assert_allclose(result.anti_ideal, expected_anti, rtol=0, atol=1e-15)
    np.testing.assert_allclose(
        result.d_plus, np.linalg.norm(weighted - result.ideal, axis=1), rtol=0, atol=1e-15
    )


def test_result_is_read_only_and_ranks_are_computed_once() -> None:
    result = topsis(FIGHTER_MATRIX, [1, 1, 1, 1, 1, 1], FIGHTER_OBJECTIVES)

    assert isinstance(result, TopsisResult)
    assert result.ranks is result.ranks
    assert result.order.tolist() == [2, 0, 1, 3]
    assert result.ranks.dtype == np.int64
    for array in (result.closeness, result.normalized, result.ranks, result.weighted):
        with pytest.raises(ValueError):
            array[0] = 0


def test_batch_weighted_has_one_matrix_per_weight_vector() -> None:
    result = topsis(FIGHTER_MATRIX, np.ones((3, 6)), FIGHTER_OBJECTIVES)

    assert result.weighted.shape == (3, 4, 6)
    assert result.ideal.shape == result.anti_ideal.shape == (3, 6)
    assert result.ranks.shape == (3, 4)


@pytest.mark.parametrize(
    ("matrix", "weights", "objectives", "message"),
    [
        pytest.param(
            [[1.0, 2.0, 3.0], [1.0, 2.0, np.nan]],
            [1, 1, 1],
            ["max"] * 3,
            "Community 2, criterion 3: the value is not a finite number.",
            id="nan-value",
        ),
        pytest.param(
            [[np.inf, 2.0], [1.0, 2.0]],
            [1, 1],
            ["max"] * 2,
            "Community 1, criterion 1: the value is not a finite number.",
            id="infinite-value",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1.0, -0.5],
            ["max"] * 2,
            "Criterion 2: the weight -0.5 must be a number of zero or more.",
            id="negative-weight",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [np.nan, 1.0],
            ["max"] * 2,
            "Criterion 1: the weight nan must be a number of zero or more.",
            id="nan-weight",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [[1.0, 1.0], [np.inf, 1.0]],
            ["max"] * 2,
            "Weight set 2, criterion 1: the weight inf must be a number of zero or more.",
            id="infinite-weight-in-batch",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1.0, 1.0, 1.0],
            ["max"] * 2,
            "There must be one weight per criterion (2), or rows of them; got the shape (3,).",
            id="too-many-weights",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            np.ones((2, 2, 2)),
            ["max"] * 2,
            "There must be one weight per criterion (2), or rows of them; got the shape (2, 2, 2).",
            id="weights-3d",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1, 1],
            ["max", "maximise"],
            "Criterion 2: the direction “maximise” is neither max nor min.",
            id="unknown-direction",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1, 1],
            ["max", 2],
            "Criterion 2: the direction “2” is neither max nor min.",
            id="direction-2",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1, 1],
            [True, "min"],
            "Criterion 1: the direction “True” is neither max nor min.",
            id="bool-direction",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1, 1],
            ["max"],
            "Criterion directions given: 1; criteria: 2. Each criterion needs one direction, "
            "max or min.",
            id="too-few-directions",
        ),
        pytest.param(
            [1.0, 2.0],
            [1, 1],
            ["max"] * 2,
            "TOPSIS needs a table with at least one community (row) and one criterion (column).",
            id="matrix-1d",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0]],
            [1, 1],
            ["max"] * 2,
            "The TOPSIS table must be rows of equal length holding numbers only.",
            id="ragged-rows",
        ),
        pytest.param(
            [[1.0, "many"], [3.0, 4.0]],
            [1, 1],
            ["max"] * 2,
            "The TOPSIS table must be rows of equal length holding numbers only.",
            id="text-cell",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1, None],
            ["max"] * 2,
            "Criterion 2: the weight nan must be a number of zero or more.",
            id="missing-weight",
        ),
        pytest.param(
            [[1.0, 2.0], [3.0, 4.0]],
            [1, "heavy"],
            ["max"] * 2,
            "The weights must be numbers, one per criterion.",
            id="text-weight",
        ),
        pytest.param(
            np.zeros((0, 2)),
            [1, 1],
            ["max"] * 2,
            "TOPSIS needs a table with at least one community (row) and one criterion (column).",
            id="no-communities",
        ),
    ],
)
def test_invalid_input_raises_a_message_naming_the_problem(
    matrix: object, weights: object, objectives: list[object], message: str
) -> None:
    with pytest.raises(InvalidInputError) as raised:
        topsis(matrix, weights, objectives)  # type: ignore[arg-type]

    assert str(raised.value) == message
    assert isinstance(raised.value, ValueError)


@settings(max_examples=30)
@given(problems(min_communities=2))
def test_flipping_every_direction_does_not_change_distances_only_swaps_them(
    problem: tuple[np.ndarray, np.ndarray, list[str]],
) -> None:
    """Turning every max into min swaps ideal and anti-ideal, so C becomes 1 - C."""
    matrix, weights, objectives = problem
    assume(weights.sum() > 0)
    flipped = ["min" if o == "max" else "max" for o in objectives]

    result = topsis(matrix, weights, objectives)
    mirrored = topsis(matrix, weights, flipped)

    np.testing.assert_allclose(mirrored.d_plus, result.d_minus, rtol=0, atol=1e-15)
    np.testing.assert_allclose(mirrored.closeness, 1.0 - result.closeness, rtol=0, atol=1e-12)
