"""Rankings and rank agreement (app.models.ranking), checked against scipy.stats."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from app.models.errors import InvalidInputError
from app.models.ranking import (
    average_ranks,
    competition_ranks,
    kendall_tau_b,
    relative_scores,
    spearman_rho,
    stable_order,
)

# Few distinct values, so that ties are frequent.
tied_scores = hnp.arrays(
    np.float64,
    st.integers(min_value=1, max_value=30),
    elements=st.integers(min_value=0, max_value=6).map(lambda v: v / 6),
)


# -- competition ranks --------------------------------------------------------------------------


def test_competition_ranks_are_1224() -> None:
    ranks = competition_ranks([0.9, 0.5, 0.5, 0.1])

    assert ranks.tolist() == [1, 2, 2, 4]
    assert ranks.dtype == np.int64


def test_lower_is_better_reverses_the_ranking() -> None:
    assert competition_ranks([3.0, 1.0, 1.0, 7.0], higher_is_better=False).tolist() == [3, 1, 1, 4]


def test_scores_equal_within_the_relative_tolerance_are_tied() -> None:
    assert competition_ranks([0.7, 0.7 + 1e-14, 0.2]).tolist() == [1, 1, 3]
    assert competition_ranks([0.7, 0.7 + 1e-9, 0.2]).tolist() == [2, 1, 3]
    assert competition_ranks([0.0, 0.0, 0.0]).tolist() == [1, 1, 1]


def test_ranks_of_no_scores_are_empty() -> None:
    assert competition_ranks(np.zeros(0)).shape == (0,)
    assert competition_ranks(np.zeros((3, 0))).shape == (3, 0)


@pytest.mark.parametrize("bad", [np.nan, np.inf, -np.inf])
def test_non_finite_scores_cannot_be_ranked(bad: float) -> None:
    with pytest.raises(InvalidInputError, match="not a finite number"):
        competition_ranks([0.1, bad])


def test_three_dimensional_scores_cannot_be_ranked() -> None:
    with pytest.raises(InvalidInputError):
        competition_ranks(np.zeros((2, 2, 2)))


@given(tied_scores, st.booleans())
def test_competition_ranks_match_scipy_min_method(scores: np.ndarray, higher: bool) -> None:
    expected = scipy.stats.rankdata(-scores if higher else scores, method="min")

    assert competition_ranks(scores, higher_is_better=higher).tolist() == expected.tolist()


def test_batch_ranks_each_row_like_scipy_across_many_blocks() -> None:
    # 2,000 rows of 50 span several internal blocks; a third of the values tie.
    rng = np.random.default_rng(7)
    scores = rng.integers(0, 30, size=(2000, 50)) / 29.0
    scores[5] = 0.25  # one row entirely tied

    ranks = competition_ranks(scores)

    expected = scipy.stats.rankdata(-scores, method="min", axis=1)
    assert ranks.shape == (2000, 50)
    assert (ranks == expected).all()
    assert ranks[5].tolist() == [1] * 50


@given(hnp.arrays(np.float64, (4, 7), elements=st.integers(0, 4).map(float)))
def test_batch_equals_row_by_row(scores: np.ndarray) -> None:
    batch = competition_ranks(scores)

    for row, ranks in zip(scores, batch, strict=True):
        assert ranks.tolist() == competition_ranks(row).tolist()


# -- stable order -------------------------------------------------------------------------------


def test_stable_order_lists_best_first_and_keeps_ties_in_input_order() -> None:
    scores = [0.2, 0.9, 0.5, 0.9, 0.5]

    assert stable_order(scores).tolist() == [1, 3, 2, 4, 0]
    assert stable_order(scores, competition_ranks(scores)).tolist() == [1, 3, 2, 4, 0]


def test_stable_order_keeps_input_order_for_ties_within_tolerance() -> None:
    # 0.5 + 1e-15 is "equal" to 0.5, so it must not jump ahead of the earlier community.
    assert stable_order([0.5, 0.5 + 1e-15, 0.1]).tolist() == [0, 1, 2]


def test_stable_order_for_lower_is_better_and_batches() -> None:
    assert stable_order([3.0, 1.0, 2.0], higher_is_better=False).tolist() == [1, 2, 0]
    assert stable_order([[0.1, 0.3], [0.3, 0.1]]).tolist() == [[1, 0], [0, 1]]


def test_stable_order_needs_one_rank_per_score() -> None:
    with pytest.raises(InvalidInputError):
        stable_order([0.1, 0.2], [1])


def test_relative_scores_are_shares_of_the_best_and_zero_without_a_positive_score() -> None:
    np.testing.assert_allclose(relative_scores([0.2, 0.8, 0.4]), [0.25, 1.0, 0.5], rtol=1e-15)
    assert relative_scores([0.0, 0.0]).tolist() == [0.0, 0.0]
    assert relative_scores([]).shape == (0,)


# -- agreement between rankings -----------------------------------------------------------------


def test_average_ranks_match_scipy() -> None:
    values = [3.0, 1.0, 3.0, 2.0, 3.0]

    assert average_ranks(values).tolist() == scipy.stats.rankdata(values).tolist()


@pytest.mark.parametrize("seed", range(30))
def test_kendall_tau_b_and_spearman_match_scipy_with_ties(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 40))
    a = rng.integers(0, 5, size=n).astype(float)
    b = (a + rng.integers(-2, 3, size=n)).astype(float)
    a[0], a[1] = 0.0, 4.0  # never entirely tied
    b[0], b[1] = 0.0, 1.0

    tau = scipy.stats.kendalltau(a, b)
    rho = scipy.stats.spearmanr(a, b)

    assert kendall_tau_b(a, b) == pytest.approx(tau.statistic, abs=1e-12)
    assert spearman_rho(a, b) == pytest.approx(rho.statistic, abs=1e-12)


def test_identical_and_reversed_rankings() -> None:
    ranks = [1, 2, 2, 4, 5]
    reversed_ranks = [5, 4, 4, 2, 1]

    assert kendall_tau_b(ranks, ranks) == pytest.approx(1.0)
    assert spearman_rho(ranks, ranks) == pytest.approx(1.0)
    assert kendall_tau_b(ranks, reversed_ranks) == pytest.approx(-1.0)
    assert spearman_rho(ranks, reversed_ranks) == pytest.approx(-1.0)


@pytest.mark.parametrize("agreement", [kendall_tau_b, spearman_rho])
def test_fewer_than_two_communities_agree_fully(agreement: object) -> None:
    assert agreement([], []) == 1.0  # type: ignore[operator]
    assert agreement([3], [1]) == 1.0  # type: ignore[operator]


@pytest.mark.parametrize("agreement", [kendall_tau_b, spearman_rho])
def test_an_entirely_tied_ranking_gives_zero_not_nan(agreement: object) -> None:
    assert agreement([1, 1, 1], [1, 2, 3]) == 0.0  # type: ignore[operator]
    assert agreement([1, 2, 3], [2, 2, 2]) == 0.0  # type: ignore[operator]
    assert agreement([1, 1], [1, 1]) == 0.0  # type: ignore[operator]


@pytest.mark.parametrize("agreement", [kendall_tau_b, spearman_rho])
def test_rankings_of_different_communities_cannot_be_compared(agreement: object) -> None:
    with pytest.raises(InvalidInputError):
        agreement([1, 2, 3], [1, 2])  # type: ignore[operator]
    with pytest.raises(InvalidInputError):
        agreement([1, np.nan], [1, 2])  # type: ignore[operator]


@given(tied_scores, st.data())
def test_agreement_stays_within_minus_one_and_one(scores: np.ndarray, data: st.DataObject) -> None:
    other = data.draw(hnp.arrays(np.float64, scores.shape, elements=st.integers(0, 3).map(float)))

    for agreement in (kendall_tau_b, spearman_rho):
        value = agreement(scores, other)
        assert -1.0 <= value <= 1.0
        assert value == agreement(other, scores)
