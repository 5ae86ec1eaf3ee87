"""AHP: published worked examples, algebraic properties, incomplete and group judgements.

Published numbers are asserted to the precision they were printed with. The authors rounded
by hand or with their own software, so a printed last digit can be one unit off the exact
eigenvector (for example .547 for 0.54757); those checks use an absolute tolerance of 1e-3.
"""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.ahp import (
    CR_ACCEPTABLE,
    RANDOM_INDEX,
    aggregate_judgements,
    aggregate_priorities,
    ahp_rank,
    default_level_priorities,
    global_priorities,
    local_from_levels,
    local_from_values,
    priorities,
    priorities_incomplete,
    random_index,
    suggest_next,
    validate_pairwise,
)
from app.models.errors import InvalidInputError


def reciprocal(upper: dict[tuple[int, int], float], n: int) -> np.ndarray:
    """Full judgement matrix from its upper-triangle judgements {(i, j): a_ij}."""
    a = np.ones((n, n))
    for (i, j), value in upper.items():
        a[i, j] = value
        a[j, i] = 1.0 / value
    return a


def three(a12: float, a13: float, a23: float) -> np.ndarray:
    return reciprocal({(0, 1): a12, (0, 2): a13, (1, 2): a23}, 3)


# Saaty (1990) house example: criteria size of house, transportation, neighbourhood, age of
# house, yard space, modern facilities, general condition, financial terms.
HOUSE_CRITERIA = np.array(
    [
        [1, 5, 3, 7, 6, 6, 1 / 3, 1 / 4],
        [1 / 5, 1, 1 / 3, 5, 3, 3, 1 / 5, 1 / 7],
        [1 / 3, 3, 1, 6, 3, 4, 6, 1 / 5],
        [1 / 7, 1 / 5, 1 / 6, 1, 1 / 3, 1 / 4, 1 / 7, 1 / 8],
        [1 / 6, 1 / 3, 1 / 3, 3, 1, 1 / 2, 1 / 5, 1 / 6],
        [1 / 6, 1 / 3, 1 / 4, 4, 2, 1, 1 / 5, 1 / 6],
        [3, 5, 1 / 6, 7, 5, 5, 1, 1 / 2],
        [4, 7, 5, 8, 6, 6, 2, 1],
    ]
)
# Houses A, B, C compared under each criterion, in the order of HOUSE_CRITERIA.
HOUSE_LOCAL_MATRICES = [
    three(6, 8, 4),
    three(7, 1 / 5, 1 / 8),
    three(8, 6, 1 / 4),
    three(1, 1, 1),
    three(5, 4, 1 / 3),
    three(8, 6, 1 / 5),
    three(1 / 2, 1 / 2, 1),
    three(1 / 7, 1 / 5, 3),
]


# --- published examples -------------------------------------------------------------------


def test_saaty_1990_house_criteria_are_inconsistent_with_published_priorities_and_cr() -> None:
    """Saaty, T.L. (1990), "How to make a decision: the Analytic Hierarchy Process", European
    Journal of Operational Research 48(1):9-26, Table 2: the eight house-buying criteria.
    Published: priorities .173 .054 .188 .018 .031 .036 .167 .333, lambda_max = 9.669,
    C.I. = 0.238, C.R. = 0.169 (above 0.10: an inconsistent matrix Saaty keeps for the example).
    """
    result = priorities(HOUSE_CRITERIA)
    published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    np.testing.assert_allclose(result.priorities, published, atol=1e-3)
    assert result.lambda_max == pytest.approx(9.669, abs=5e-4)
    assert result.ci == pytest.approx(0.238, abs=5e-4)
    assert result.cr == pytest.approx(0.169, abs=5e-4)
    assert result.cr > CR_ACCEPTABLE
    assert not result.acceptable
    # Neighbourhood judged 6 times as important as general condition is the worst judgement.
    worst = result.most_inconsistent
    assert worst is not None
    assert (worst.row, worst.col, worst.current) == (2, 6, 6.0)


def test_saaty_1990_house_full_hierarchy_local_and_global_priorities() -> None:
    """Saaty (1990), EJOR 48(1):9-26, Tables 3 and 4: houses A, B, C compared under each
    criterion, then synthesised with the criteria priorities of Table 2 (distributive mode:
    eigenvector priorities that sum to 1). Published local priorities (A, B, C):
    size .754 .181 .065; transportation .233 .055 .713 (lambda_max 3.247, C.R. 0.213, also
    inconsistent); neighbourhood .754 .065 .181; age .333 .333 .333; yard .674 .101 .226;
    modern facilities .747 .060 .193; general condition .200 .400 .400; financing .072 .650 .278
    (lambda_max 3.065, C.R. 0.056). Published composite priorities: A .396, B .341, C .263,
    so house A is chosen.
    """
    published_local = np.array(
        [
            [0.754, 0.181, 0.065],
            [0.233, 0.055, 0.713],
            [0.754, 0.065, 0.181],
            [0.333, 0.333, 0.333],
            [0.674, 0.101, 0.226],
            [0.747, 0.060, 0.193],
            [0.200, 0.400, 0.400],
            [0.072, 0.650, 0.278],
        ]
    ).T
    results = [priorities(matrix) for matrix in HOUSE_LOCAL_MATRICES]
    local = np.column_stack([r.priorities for r in results])
    np.testing.assert_allclose(local, published_local, atol=1e-3)

    transportation, financing = results[1], results[7]
    assert transportation.lambda_max == pytest.approx(3.247, abs=5e-4)
    assert transportation.cr == pytest.approx(0.213, abs=5e-4)
    assert not transportation.acceptable
    assert financing.lambda_max == pytest.approx(3.065, abs=5e-4)
    assert financing.cr == pytest.approx(0.056, abs=5e-4)
    assert results[6].cr == pytest.approx(0.0, abs=1e-12)

    weights = priorities(HOUSE_CRITERIA).priorities
    ranking = ahp_rank(local, weights)
    np.testing.assert_allclose(ranking.scores, [0.396, 0.341, 0.263], atol=1e-3)
    assert ranking.ranks.tolist() == [1, 2, 3]


def test_wikipedia_leader_example_full_hierarchy() -> None:
    """Wikipedia, "Analytic hierarchy process - leader example" (worked example of choosing a
    company's leader among Tom, Dick and Harry). Criteria experience, education, charisma, age
    with judgements exp/edu 4, exp/cha 3, exp/age 7, edu/cha 1/3, edu/age 3, cha/age 5;
    published criterion priorities .547 (experience), .127 (education), .270 (charisma),
    .056 (age). Candidates (Tom, Dick, Harry): experience Tom/Dick 1/4, Tom/Harry 4,
    Dick/Harry 9; education 3, 1/5, 1/7; charisma 5, 9, 4; age 1/3, 5, 9. Published global
    priorities: Dick .493, Tom .358, Harry .149, so Dick is chosen.
    """
    criteria = reciprocal({(0, 1): 4, (0, 2): 3, (0, 3): 7, (1, 2): 1 / 3, (1, 3): 3, (2, 3): 5}, 4)
    candidates = [
        three(1 / 4, 4, 9),  # experience
        three(3, 1 / 5, 1 / 7),  # education
        three(5, 9, 4),  # charisma
        three(1 / 3, 5, 9),  # age
    ]
    weights = priorities(criteria)
    np.testing.assert_allclose(weights.priorities, [0.547, 0.127, 0.270, 0.056], atol=1e-3)
    assert weights.acceptable

    local = np.column_stack([priorities(m).priorities for m in candidates])
    ranking = ahp_rank(local, weights.priorities)
    tom, dick, harry = ranking.scores
    assert (tom, dick, harry) == pytest.approx((0.358, 0.493, 0.149), abs=1e-3)
    assert ranking.ranks.tolist() == [2, 1, 3]


def test_saaty_2008_drink_consumption_priorities() -> None:
    """Saaty, T.L. (2008), "Decision making with the analytic hierarchy process", International
    Journal of Services Sciences 1(1):83-98, the example "Which drink is consumed more in the
    US?": seven drinks compared by judgement alone. Published derived priorities: coffee .177,
    wine .019, tea .042, beer .116, sodas .190, milk .129, water .327 (close to the actual
    consumption, Saaty's point).
    """
    coffee, wine, tea, beer, sodas, milk, water = range(7)
    judgements = {
        (coffee, wine): 9,
        (coffee, tea): 5,
        (coffee, beer): 2,
        (coffee, sodas): 1,
        (coffee, milk): 1,
        (coffee, water): 1 / 2,
        (wine, tea): 1 / 3,
        (wine, beer): 1 / 9,
        (wine, sodas): 1 / 9,
        (wine, milk): 1 / 9,
        (wine, water): 1 / 9,
        (tea, beer): 1 / 3,
        (tea, sodas): 1 / 4,
        (tea, milk): 1 / 3,
        (tea, water): 1 / 9,
        (beer, sodas): 1 / 2,
        (beer, milk): 1,
        (beer, water): 1 / 3,
        (sodas, milk): 2,
        (sodas, water): 1 / 2,
        (milk, water): 1 / 3,
    }
    result = priorities(reciprocal(judgements, 7))
    published = [0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327]
    np.testing.assert_allclose(result.priorities, published, atol=1e-3)
    assert result.acceptable


# --- random index and consistency ---------------------------------------------------------


def test_random_index_table_and_beyond() -> None:
    assert [RANDOM_INDEX[n] for n in range(1, 11)] == [
        0.0,
        0.0,
        0.58,
        0.90,
        1.12,
        1.24,
        1.32,
        1.41,
        1.45,
        1.49,
    ]
    # Saaty (2005), Theory and Applications of the ANP, p. 31.
    assert [random_index(n) for n in range(11, 16)] == [1.52, 1.54, 1.56, 1.58, 1.59]
    assert random_index(20) == 1.59
    with pytest.raises(InvalidInputError):
        random_index(0)


WEIGHTS = st.lists(st.floats(0.05, 1.0), min_size=3, max_size=12)
SAATY_SCALE = [1 / 9, 1 / 8, 1 / 7, 1 / 6, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 1, 2, 3, 4, 5, 6, 7, 8, 9]


@given(WEIGHTS)
def test_consistent_matrix_has_cr_zero_and_priorities_equal_any_normalised_column(
    raw: list[float],
) -> None:
    w = np.array(raw)
    a = w[:, None] / w[None, :]
    result = priorities(a)
    n = len(raw)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    assert result.ci == pytest.approx(0.0, abs=1e-9)
    assert result.lambda_max == pytest.approx(n, abs=1e-9)
    for column in range(n):
        np.testing.assert_allclose(result.priorities, a[:, column] / a[:, column].sum(), rtol=1e-9)
    for item in result.inconsistencies:
        assert item.contribution == pytest.approx(0.0, abs=1e-12)
        assert item.consistent_value == pytest.approx(item.current, rel=1e-9)
        assert item.implied_value == pytest.approx(item.current, rel=1e-9)


@st.composite
def random_judgements(draw: st.DrawFn) -> np.ndarray:
    n = draw(st.integers(3, 12))
    upper = draw(
        st.lists(st.sampled_from(SAATY_SCALE), min_size=n * (n - 1) // 2, max_size=n * (n - 1) // 2)
    )
    return reciprocal(dict(zip(itertools.combinations(range(n), 2), upper, strict=True)), n)


@given(random_judgements())
def test_any_judgements_give_positive_priorities_summing_to_one(a: np.ndarray) -> None:
    """Saaty (1977): lambda_max >= n, so CI >= 0; and n lambda_max = n + sum over i < j of
    (e_ij + 1/e_ij), so the contributions (e + 1/e - 2)/n add up to lambda_max - n exactly."""
    n = a.shape[0]
    result = priorities(a)
    assert (result.priorities > 0).all()
    assert result.priorities.sum() == pytest.approx(1.0, rel=1e-12)
    assert result.lambda_max >= n - 1e-9
    assert result.ci >= 0.0
    assert result.cr == pytest.approx(result.ci / RANDOM_INDEX[n])
    contributions = [item.contribution for item in result.inconsistencies]
    assert len(contributions) == n * (n - 1) // 2
    assert contributions == sorted(contributions, reverse=True)
    assert sum(contributions) == pytest.approx(result.lambda_max - n, rel=1e-9, abs=1e-12)
    for item in result.inconsistencies:
        w = result.priorities
        assert item.row < item.col
        assert item.current == a[item.row, item.col]
        assert item.consistent_value == pytest.approx(w[item.row] / w[item.col], rel=1e-12)


@given(
    WEIGHTS.filter(lambda w: len(w) >= 4),
    st.data(),
    st.floats(1.5, 9.0),
    st.booleans(),
)
@settings(max_examples=200)
def test_one_perturbed_judgement_is_found_with_the_value_that_repairs_it(
    raw: list[float], data: st.DataObject, factor: float, upward: bool
) -> None:
    w = np.array(raw)
    n = len(raw)
    a = w[:, None] / w[None, :]
    i, j = data.draw(
        st.tuples(st.integers(0, n - 2), st.integers(1, n - 1)).filter(lambda p: p[0] < p[1])
    )
    f = factor if upward else 1.0 / factor
    a[i, j] *= f
    a[j, i] = 1.0 / a[i, j]
    worst = priorities(a).most_inconsistent
    assert worst is not None
    assert (worst.row, worst.col) == (i, j)
    original = w[i] / w[j]
    # The other judgements say exactly what the pair was before the change...
    assert worst.implied_value == pytest.approx(original, rel=1e-9)
    # ...and the priorities follow the wrong judgement only part of the way (about 2/n of it in
    # logarithms), so the value agreeing with them is near the original, not the new answer.
    assert abs(np.log(worst.consistent_value / original)) <= 0.6 * abs(np.log(f))
    a[i, j] = worst.implied_value
    a[j, i] = 1.0 / worst.implied_value
    assert priorities(a).cr == pytest.approx(0.0, abs=1e-9)


def test_single_item_and_two_items_are_always_consistent() -> None:
    one = priorities([[1.0]])
    assert one.priorities.tolist() == [1.0]
    assert (one.lambda_max, one.ci, one.cr) == (1.0, 0.0, 0.0)
    assert one.inconsistencies == ()
    assert one.most_inconsistent is None

    two = priorities([[1.0, 3.0], [1 / 3, 1.0]])
    np.testing.assert_allclose(two.priorities, [0.75, 0.25])
    assert (two.lambda_max, two.ci, two.cr) == (2.0, 0.0, 0.0)
    assert two.most_inconsistent is not None
    assert two.most_inconsistent.contribution == 0.0


def test_results_are_read_only() -> None:
    result = priorities(HOUSE_CRITERIA)
    with pytest.raises(ValueError, match="read-only"):
        result.priorities[0] = 1.0


@pytest.mark.parametrize(
    ("matrix", "fragment", "params"),
    [
        ([[1, 2, 3], [0.5, 1, 4]], "2 rows and 3 columns", {"rows": 2, "columns": 3}),
        ([], "empty", {}),
        ([[1, 0], [0, 1]], "row 1, column 2 (value 0) must be positive", {"row": 1, "column": 2}),
        ([[1, -2], [-0.5, 1]], "must be positive", {"row": 1, "column": 2}),
        ([[1, np.nan], [1, 1]], "row 1, column 2 (value nan) must be a number", {"row": 1}),
        ([[1, 2], [0.5, 2]], "row 2, column 2 (value 2) must be 1", {"row": 2, "column": 2}),
        (
            [[1, 2, 4], [0.5, 1, 3], [0.25, 0.5, 1]],
            "row 3, column 2 (value 0.5) must be the reciprocal of row 2, column 3 (value 3)",
            {"row": 3, "column": 2},
        ),
        ([["a", 1], [1, 1]], "square table of numbers", {}),
    ],
)
def test_invalid_matrices_name_the_position(
    matrix: object, fragment: str, params: dict[str, int]
) -> None:
    with pytest.raises(InvalidInputError) as raised:
        validate_pairwise(matrix)  # type: ignore[arg-type]
    assert fragment in str(raised.value)
    for key, value in params.items():
        assert raised.value.params[key] == value
    with pytest.raises(InvalidInputError):
        priorities(matrix)  # type: ignore[arg-type]


def test_validation_accepts_reciprocals_within_round_off() -> None:
    a = validate_pairwise(np.array([[1, 3], [0.3333333333333333, 1]]))
    assert a.dtype == np.float64


# --- incomplete comparisons ---------------------------------------------------------------


@st.composite
def spanning_tree(draw: st.DrawFn) -> tuple[np.ndarray, dict[tuple[int, int], float]]:
    """Random positive weights and a random spanning tree of answers taken from them."""
    w = np.array(draw(st.lists(st.floats(0.05, 1.0), min_size=2, max_size=12)))
    n = len(w)
    order = draw(st.permutations(range(n)))
    answers: dict[tuple[int, int], float] = {}
    for k in range(1, n):
        child, parent = order[k], order[draw(st.integers(0, k - 1))]
        if draw(st.booleans()):
            answers[(child, parent)] = w[child] / w[parent]
        else:
            answers[(parent, child)] = w[parent] / w[child]
    return w / w.sum(), answers


@given(spanning_tree())
def test_spanning_tree_of_consistent_answers_gives_the_exact_weights(
    case: tuple[np.ndarray, dict[tuple[int, int], float]],
) -> None:
    w, answers = case
    n = len(w)
    result = priorities_incomplete(n, answers)
    assert result.connected
    assert result.priorities is not None
    np.testing.assert_allclose(result.priorities, w, rtol=1e-9)
    assert (result.answered, result.needed, result.total) == (n - 1, n - 1, n * (n - 1) // 2)
    assert result.cr == pytest.approx(0.0, abs=1e-9)
    assert result.completed is not None
    np.testing.assert_allclose(result.completed, w[:, None] / w[None, :], rtol=1e-9)


def test_llsm_of_a_complete_matrix_is_the_row_geometric_mean() -> None:
    """Crawford & Williams (1985): for complete judgements the LLSM weights are the normalised
    geometric means of the rows."""
    a = HOUSE_CRITERIA
    answers = {(i, j): a[i, j] for i, j in itertools.combinations(range(8), 2)}
    result = priorities_incomplete(8, answers)
    geometric = np.prod(a, axis=1) ** (1 / 8)
    assert result.priorities is not None
    np.testing.assert_allclose(result.priorities, geometric / geometric.sum(), rtol=1e-12)
    assert result.completed is not None
    assert result.cr == pytest.approx(priorities(result.completed).cr)


def test_llsm_hand_computed_triangle_with_a_pendant_item() -> None:
    """Items 0, 1, 2 compared in a cycle (a01 = 2, a12 = 2, a02 = 8, a 2x overstatement of
    a01 * a12 = 4) and item 3 compared only with item 2 (a23 = 3).

    By hand, with y = ln w: the pendant answer is matched exactly, y2 - y3 = ln 3 (no other
    answer involves item 3). On the triangle the cycle misses by ln 8 - ln 2 - ln 2 = ln 2, and
    least squares spreads that equally over its three answers, so with c = 2^(1/3):
    w0/w1 = w1/w2 = 2c and w0/w2 = 8/c = 4c^2 (consistent: 2c * 2c). With w3 = 1, w2 = 3:
    w = (12 c^2, 6 c, 3, 1), then normalised.
    """
    result = priorities_incomplete(4, {(0, 1): 2, (1, 2): 2, (0, 2): 8, (2, 3): 3})
    c = 2 ** (1 / 3)
    expected = np.array([3 * 4 * c * c, 3 * 2 * c, 3.0, 1.0])
    assert result.priorities is not None
    np.testing.assert_allclose(result.priorities, expected / expected.sum(), rtol=1e-12)
    assert result.completed is not None
    assert result.completed[0, 3] == pytest.approx(expected[0] / expected[3])
    assert result.completed[0, 1] == 2.0  # answered cells keep the answer


def test_unconnected_answers_give_no_priorities_and_no_exception() -> None:
    result = priorities_incomplete(5, {(0, 1): 2.0, (3, 2): 4.0})
    assert not result.connected
    assert result.priorities is None
    assert result.completed is None
    assert result.cr is None
    assert result.answered == 2
    assert result.needed == 4
    assert result.components == ((0, 1), (2, 3), (4,))


def test_suggestions_join_the_components_with_the_fewest_questions() -> None:
    answers: dict[tuple[int, int], float] = {(0, 1): 2.0, (1, 2): 3.0, (3, 4): 0.5}
    suggestions = suggest_next(6, answers)
    assert len(suggestions) == 2  # three groups: {0, 1, 2}, {3, 4}, {5}
    # The largest group is the hub, represented by its best-connected item 1.
    assert suggestions == [(1, 3), (1, 5)]
    linked = dict(answers)
    for pair in suggestions:
        linked[pair] = 1.0
    assert priorities_incomplete(6, linked).connected


@given(st.integers(2, 9), st.data())
def test_suggestions_always_connect_any_answer_set(n: int, data: st.DataObject) -> None:
    all_pairs = list(itertools.combinations(range(n), 2))
    chosen = data.draw(st.lists(st.sampled_from(all_pairs), unique=True))
    answers = dict.fromkeys(chosen, 2.0)
    before = priorities_incomplete(n, answers)
    suggestions = suggest_next(n, answers)
    if before.connected:
        assert len(suggestions) == len(all_pairs) - len(chosen)
        assert set(suggestions).isdisjoint(chosen)
    else:
        assert len(suggestions) == len(before.components) - 1
        answers.update(dict.fromkeys(suggestions, 1.0))
        assert priorities_incomplete(n, answers).connected


def test_once_connected_the_farthest_pair_comes_first() -> None:
    """A chain 0-1-2-3: items 0 and 3 are three answers apart, so they are asked first; then the
    pairs two answers apart, the one with fewer answers between its items first."""
    chain = {(0, 1): 1.0, (1, 2): 1.0, (2, 3): 1.0}
    assert suggest_next(4, chain) == [(0, 3), (0, 2), (1, 3)]
    complete = {pair: 1.0 for pair in itertools.combinations(range(4), 2)}
    assert suggest_next(4, complete) == []


def test_incomplete_single_item_and_invalid_answers() -> None:
    single = priorities_incomplete(1, {})
    assert single.connected
    assert single.priorities is not None
    assert single.priorities.tolist() == [1.0]
    assert suggest_next(1, {}) == []
    assert not priorities_incomplete(2, {}).connected
    assert suggest_next(2, {}) == [(0, 1)]

    with pytest.raises(InvalidInputError, match="only 3 items"):
        priorities_incomplete(3, {(0, 3): 2.0})
    with pytest.raises(InvalidInputError, match="itself"):
        priorities_incomplete(3, {(1, 1): 2.0})
    with pytest.raises(InvalidInputError, match=r"items 1 and 2 \(value 0\)"):
        priorities_incomplete(3, {(0, 1): 0.0})
    with pytest.raises(InvalidInputError, match="disagree"):
        priorities_incomplete(3, {(0, 1): 2.0, (1, 0): 2.0})
    # Both orders with reciprocal answers are the same judgement.
    same = priorities_incomplete(2, {(0, 1): 4.0, (1, 0): 0.25})
    assert same.answered == 1
    with pytest.raises(InvalidInputError):
        priorities_incomplete(0, {})


# --- group aggregation --------------------------------------------------------------------


def test_aij_hand_computed() -> None:
    """Two participants judge a_12 = 2 and a_12 = 8. Equal weights: sqrt(2 * 8) = 4. Weights
    3 : 1 (normalised 0.75, 0.25): 2^0.75 * 8^0.25 = 2^0.75 * 2^0.75 = 2^1.5."""
    first: list[list[float]] = [[1, 2], [1 / 2, 1]]
    second: list[list[float]] = [[1, 8], [1 / 8, 1]]
    np.testing.assert_allclose(aggregate_judgements([first, second]), [[1.0, 4.0], [0.25, 1.0]])
    weighted = aggregate_judgements([first, second], [3, 1])
    np.testing.assert_allclose(weighted, [[1, 2**1.5], [2**-1.5, 1]])


def test_aip_hand_computed() -> None:
    """Priorities (0.5, 0.5) and (0.8, 0.2), equal weights: geometric means sqrt(0.4) and
    sqrt(0.1), whose ratio is 2, so the group priorities are (2/3, 1/3)."""
    np.testing.assert_allclose(aggregate_priorities([[0.5, 0.5], [0.8, 0.2]]), [2 / 3, 1 / 3])


@given(random_judgements())
def test_aij_of_identical_matrices_is_that_matrix(a: np.ndarray) -> None:
    np.testing.assert_allclose(aggregate_judgements([a, a, a], [1, 2, 3]), a, rtol=1e-12)


@given(random_judgements(), random_judgements(), st.floats(0.01, 100.0))
def test_aij_is_reciprocal_and_a_zero_weight_has_no_influence(
    a: np.ndarray, b: np.ndarray, weight: float
) -> None:
    n = min(a.shape[0], b.shape[0])
    a, b = a[:n, :n], b[:n, :n]
    group = aggregate_judgements([a, b], [weight, 1.0])
    validate_pairwise(group)
    np.testing.assert_array_equal(np.diagonal(group), np.ones(n))
    np.testing.assert_allclose(group * group.T, np.ones((n, n)), rtol=1e-15)
    np.testing.assert_allclose(aggregate_judgements([a, b], [weight, 0.0]), a, rtol=1e-12)
    pa, pb = priorities(a).priorities, priorities(b).priorities
    np.testing.assert_allclose(aggregate_priorities([pa, pb], [0.0, weight]), pb, rtol=1e-12)


def test_aggregation_rejects_bad_input_naming_the_participant() -> None:
    good: list[list[float]] = [[1, 2], [0.5, 1]]
    with pytest.raises(InvalidInputError, match="Participant 2: Judgement row 1, column 2"):
        aggregate_judgements([good, [[1, 0], [0, 1]]])
    with pytest.raises(InvalidInputError, match="compared 3 items"):
        aggregate_judgements([good, np.ones((3, 3))])
    with pytest.raises(InvalidInputError, match="no judgements"):
        aggregate_judgements([])
    with pytest.raises(InvalidInputError, match="above zero"):
        aggregate_judgements([good, good], [0, 0])
    with pytest.raises(InvalidInputError, match=r"participant 1 \(value -1\)"):
        aggregate_judgements([good, good], [-1, 2])
    with pytest.raises(InvalidInputError, match="one weight per participant"):
        aggregate_priorities([[0.5, 0.5]], [1, 1])
    with pytest.raises(InvalidInputError, match=r"Priority 2 of participant 1 \(value 0\)"):
        aggregate_priorities([[1.0, 0.0]])
    with pytest.raises(InvalidInputError):
        aggregate_priorities([[0.5, 0.5], [1.0]])


# --- local priorities and synthesis -------------------------------------------------------


def test_local_from_values_ideal_and_distributive_for_benefit_and_cost() -> None:
    values = [[2.0, 2.0], [4.0, 4.0], [8.0, 8.0]]
    ideal = local_from_values(values, ["max", "min"])
    np.testing.assert_allclose(ideal[:, 0], [0.25, 0.5, 1.0])  # x / max
    np.testing.assert_allclose(ideal[:, 1], [1.0, 0.5, 0.25])  # min / x
    distributive = local_from_values(values, [1, -1], mode="distributive")
    np.testing.assert_allclose(distributive[:, 0], [2 / 14, 4 / 14, 8 / 14])
    inverse = np.array([1 / 2, 1 / 4, 1 / 8])
    np.testing.assert_allclose(distributive[:, 1], inverse / inverse.sum())


def test_local_from_values_constant_column_gives_equal_priorities() -> None:
    values = [[5.0, 1.0], [5.0, 2.0], [5.0, 3.0]]
    np.testing.assert_allclose(local_from_values(values, ["max", "max"])[:, 0], [1, 1, 1])
    np.testing.assert_allclose(
        local_from_values(values, ["min", "max"], "distributive")[:, 0], [1 / 3] * 3
    )


@pytest.mark.parametrize("bad", [0.0, -3.0])
def test_local_from_values_rejects_values_ratio_modes_cannot_take(bad: float) -> None:
    values = [[1.0, 2.0], [3.0, bad], [4.0, 5.0]]
    with pytest.raises(InvalidInputError) as raised:
        local_from_values(values, ["max", "min"])
    assert raised.value.params == {"criterion": 2, "community": 2, "value": f"{bad:g}"}
    assert "Criterion 2, community 2" in str(raised.value)


def test_local_from_values_rejects_shapes_directions_and_modes() -> None:
    with pytest.raises(InvalidInputError, match="one direction per criterion"):
        local_from_values([[1.0, 2.0]], ["max"])
    with pytest.raises(InvalidInputError, match="Criterion 1: the direction"):
        local_from_values([[1.0]], ["up"])
    with pytest.raises(InvalidInputError, match="Unknown AHP mode"):
        local_from_values([[1.0]], ["max"], mode="linear")
    with pytest.raises(InvalidInputError, match="not a number"):
        local_from_values([[np.nan]], ["max"])
    with pytest.raises(InvalidInputError, match="one row per community"):
        local_from_values([1.0, 2.0], ["max"])


def test_default_level_priorities_are_those_of_a_consistent_matrix() -> None:
    p = default_level_priorities(4)
    np.testing.assert_allclose(p, [0.1, 0.2, 0.3, 0.4])
    steps = np.arange(1.0, 5.0)
    np.testing.assert_allclose(priorities(steps[:, None] / steps[None, :]).priorities, p)
    assert default_level_priorities(1).tolist() == [1.0]
    with pytest.raises(InvalidInputError):
        default_level_priorities(0)


def test_local_from_levels_ideal_and_distributive() -> None:
    levels = [0.1, 0.2, 0.3, 0.4]
    rated = [3, 0, 1, 1]
    np.testing.assert_allclose(local_from_levels(rated, levels), [1.0, 0.25, 0.5, 0.5])
    # Ideal divides by the best level, not the best community present.
    np.testing.assert_allclose(local_from_levels([1, 2], levels), [0.5, 0.75])
    np.testing.assert_allclose(
        local_from_levels(rated, levels, "distributive"), np.array([4, 1, 2, 2]) / 9
    )
    with pytest.raises(InvalidInputError, match="Community 2: level 5 does not exist"):
        local_from_levels([0, 4], levels)
    with pytest.raises(InvalidInputError, match="level 2"):
        local_from_levels([0], [0.5, 0.0])


def test_global_priorities_batch_equals_one_by_one_and_normalises_weights() -> None:
    rng = np.random.default_rng(7)
    local = rng.uniform(0.1, 1.0, size=(6, 4))
    batch = rng.uniform(0.0, 5.0, size=(10, 4))
    batch[3] = 0.0
    together = global_priorities(local, batch)
    assert together.shape == (10, 6)
    for k, weights in enumerate(batch):
        np.testing.assert_allclose(together[k], global_priorities(local, weights), rtol=1e-12)
    np.testing.assert_allclose(
        global_priorities(local, batch[0]), local @ (batch[0] / batch[0].sum()), rtol=1e-12
    )
    np.testing.assert_array_equal(together[3], np.zeros(6))  # all weights zero: all tied at 0


@given(
    st.integers(1, 6).flatmap(
        lambda m: st.tuples(
            st.lists(st.lists(st.floats(0.0, 1.0), min_size=m, max_size=m), min_size=1, max_size=8),
            st.lists(
                st.lists(st.floats(0.0, 10.0), min_size=m, max_size=m), min_size=1, max_size=5
            ),
        )
    )
)
def test_batch_global_priorities_property(
    case: tuple[list[list[float]], list[list[float]]],
) -> None:
    local, batch = case
    together = ahp_rank(local, batch)
    assert together.scores.shape == (len(batch), len(local))
    for k, weights in enumerate(batch):
        single = ahp_rank(local, weights)
        np.testing.assert_allclose(together.scores[k], single.scores, rtol=1e-12, atol=1e-15)
        np.testing.assert_array_equal(together.ranks[k], single.ranks)


def test_global_priorities_reject_bad_weights_and_shapes() -> None:
    local = [[0.5, 1.0], [1.0, 0.5]]
    with pytest.raises(InvalidInputError, match=r"criterion 2 \(value -1\)"):
        global_priorities(local, [1.0, -1.0])
    with pytest.raises(InvalidInputError, match="one weight per criterion"):
        global_priorities(local, [1.0, 1.0, 1.0])
    with pytest.raises(InvalidInputError, match="zero or positive"):
        global_priorities([[-0.5, 1.0]], [1.0, 1.0])


def test_ideal_mode_keeps_ranks_when_a_copy_is_added_distributive_does_not() -> None:
    """The rank reversal Belton & Gear (1983) pointed out, on hand-made data: three equally
    weighted benefit criteria, A = (1, 9, 8), B = (9, 1, 9), C = (1, 1, 1).

    Distributive: column sums 11, 11, 18; A = 1/11 + 9/11 + 8/18 = 1.354, B = 9/11 + 1/11 +
    9/18 = 1.409 (each / 3), so B > A. Adding D, a copy of B, makes the sums 20, 12, 27:
    A = 1/20 + 9/12 + 8/27 = 1.096, B = 9/20 + 1/12 + 9/27 = 0.867, so A > B: reversed.
    Ideal: the column maxima stay 9, 9, 9 with or without the copy; A = 1/9 + 1 + 8/9 = 2,
    B = 1 + 1/9 + 1 = 2.111 (each / 3), so B > A in both cases.
    """
    before = [[1, 9, 8], [9, 1, 9], [1, 1, 1]]
    after = [*before, [9, 1, 9]]
    weights = [1, 1, 1]
    directions = ["max", "max", "max"]

    def ranks(values: list[list[int]], mode: str) -> list[int]:
        local = local_from_values(values, directions, mode)
        return [int(rank) for rank in ahp_rank(local, weights).ranks]

    assert ranks(before, "distributive")[:2] == [2, 1]
    assert ranks(after, "distributive")[:2] == [1, 2]
    assert ranks(before, "ideal")[:2] == [2, 1]
    assert ranks(after, "ideal") == [3, 1, 4, 1]  # B and its copy D tie for first
    ideal_scores = ahp_rank(local_from_values(before, directions), weights).scores
    np.testing.assert_allclose(ideal_scores[:2], [2 / 3, (2 + 1 / 9) / 3])


def test_ranks_share_the_best_rank_on_ties() -> None:
    ranking = ahp_rank([[1.0, 0.5], [0.2, 0.2], [1.0, 0.5]], [1.0, 1.0])
    assert ranking.ranks.tolist() == [1, 3, 1]
