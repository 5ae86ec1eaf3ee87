"""Issue 18, kind 6: the sensitivity crossings in bounded blocks. All pairs at once took 2.1 GB
at 2,000 communities and ended in MemoryError at 4,000; the blocks give the same crossings, and
the stability intervals and swap points of thousands of communities stay within a few tens of MB.
"""

from __future__ import annotations

import tracemalloc

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.analysis import METHODS
from app.models.sensitivity import stability_intervals
from app.models.sensitivity.crossings import pair_blocks, pair_crossings, prepare_crossings
from app.models.sensitivity.shares import ranked_weights
from tests.models.sensitivity.brute_force import random_problem


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 60), st.integers(1, 500))
def test_the_blocks_are_every_pair_once_in_order(n: int, size: int) -> None:
    first, second = [], []
    for a, b in pair_blocks(n, size):
        assert a.size <= max(size, n)  # bounded: one community's pairs at least
        first += a.tolist()
        second += b.tolist()
    expected = np.triu_indices(n, k=1)
    assert (first, second) == (expected[0].tolist(), expected[1].tolist())


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 50), st.integers(3, 25))
def test_blocks_give_the_crossings_of_all_pairs_at_once(seed: int, n: int) -> None:
    _, problem, weights = random_problem(seed, n, 4)
    ranked = ranked_weights(problem, weights)
    positions = np.arange(ranked.size, dtype=np.int64)
    for method in METHODS:
        whole = pair_crossings(problem, ranked, method, positions)
        prepared = prepare_crossings(problem, ranked, method, positions)
        if whole is None or prepared is None:
            continue
        prepared_blocks = list(prepared.blocks())
        roots = np.concatenate([b.roots for b in prepared_blocks], axis=1)
        np.testing.assert_array_equal(np.isnan(roots), np.isnan(whole.roots))
        np.testing.assert_allclose(roots, whole.roots, rtol=0, atol=0)


def test_stability_of_3000_communities_in_bounded_memory() -> None:
    """Only the pairs with a member of the first place or the top k are computed, in blocks:
    all 4.5 million pairs at once took several GB."""
    _, problem, weights = random_problem(7, 3000, 6)
    tracemalloc.start()
    try:
        intervals = stability_intervals(problem, weights, 3)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(intervals) == 2 * problem.columns.size
    assert peak < 60 * 1024**2, f"{peak / 1024**2:.0f} MB"


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 30), st.integers(2, 30), st.integers(1, 6))
def test_kept_ranks_are_the_first_columns_of_the_whole_table(seed: int, n: int, kept: int) -> None:
    """The record keeps the ranks it shows (an n x n table took 800 MB at 10,000 communities);
    in batches of bounded size the samples give the same shares."""
    from app.models.sensitivity import rank_acceptability, sample_weights

    _, problem, weights = random_problem(seed, n, 4)
    samples = sample_weights(problem, "simplex", 300, seed, current=weights)
    whole = rank_acceptability(problem, samples, 2)
    part = rank_acceptability(problem, samples, 2, kept_ranks=kept)
    for method, result in whole.items():
        shown = min(kept, result.acceptability.shape[1])
        np.testing.assert_allclose(
            part[method].acceptability, result.acceptability[:, :shown], atol=1e-12
        )
        np.testing.assert_allclose(part[method].top, result.top, atol=1e-12)
        np.testing.assert_allclose(part[method].central_weights, result.central_weights, atol=1e-12)
