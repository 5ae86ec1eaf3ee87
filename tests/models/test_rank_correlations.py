"""Issue 18, kind 6: the rank correlations in memory linear in the communities, equal to scipy's
(Kendall's tau-b with ties, Spearman's rho) to 1e-12; the degenerate cases keep their defined
values where scipy gives NaN."""

from __future__ import annotations

import tracemalloc
import warnings

import numpy as np
import pytest
import scipy.stats
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.ranking import average_ranks, kendall_tau_b, spearman_rho

rankings = st.integers(2, 60).flatmap(
    lambda n: st.tuples(
        st.lists(st.integers(0, 6) | st.floats(-1e6, 1e6), min_size=n, max_size=n),
        st.lists(st.integers(0, 6) | st.floats(-1e6, 1e6), min_size=n, max_size=n),
    )
)


def _scipy(function: object, a: list[float], b: list[float]) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scipy warns on constant input and returns NaN
        return float(function(a, b).statistic)  # type: ignore[operator]


@settings(max_examples=150, deadline=None)
@given(rankings)
def test_kendall_tau_b_equals_scipy_with_ties(pair: tuple[list[float], list[float]]) -> None:
    a, b = pair
    expected = _scipy(scipy.stats.kendalltau, a, b)
    got = kendall_tau_b(a, b)
    if np.isnan(expected):  # a ranking that ties everything states no order
        assert got == 0.0
    else:
        assert abs(got - expected) <= 1e-12


@settings(max_examples=150, deadline=None)
@given(rankings)
def test_spearman_rho_equals_scipy_with_ties(pair: tuple[list[float], list[float]]) -> None:
    a, b = pair
    expected = _scipy(scipy.stats.spearmanr, a, b)
    got = spearman_rho(a, b)
    if np.isnan(expected):
        assert got == 0.0
    else:
        assert abs(got - expected) <= 1e-12


@settings(max_examples=80, deadline=None)
@given(st.lists(st.integers(0, 5) | st.floats(-1e3, 1e3), min_size=1, max_size=80))
def test_average_ranks_equal_scipy(values: list[float]) -> None:
    assert average_ranks(values).tolist() == scipy.stats.rankdata(values).tolist()


def test_10000_communities_take_memory_linear_in_their_number() -> None:
    """The former count built n x n arrays: 800 MB each at 10,000 communities."""
    rng = np.random.default_rng(3)
    a = rng.integers(1, 500, 10_000).astype(float)  # many ties
    b = a + rng.normal(0, 50, a.size)
    tracemalloc.start()
    try:
        tau = kendall_tau_b(a, b)
        rho = spearman_rho(a, b)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # a few arrays of n numbers, not n x n
    assert tau == pytest.approx(float(scipy.stats.kendalltau(a, b).statistic), abs=1e-12)
    assert rho == pytest.approx(float(scipy.stats.spearmanr(a, b).statistic), abs=1e-12)


def test_degenerate_rankings_keep_their_defined_values() -> None:
    assert kendall_tau_b([1], [2]) == 1.0
    assert kendall_tau_b([1, 1, 1], [1, 2, 3]) == 0.0
    assert spearman_rho([2, 2], [1, 2]) == 0.0
    assert kendall_tau_b([1, 2, 3], [3, 2, 1]) == -1.0
