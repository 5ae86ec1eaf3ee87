"""Micro benchmarks of TOPSIS alone: one weight vector and a 10,000-vector batch on 50 x 15.

Budgets these guard (not asserted, timing is machine-dependent): one call well under the 0.2 ms
that TOPSIS and AHP share; a 10,000-vector batch in a few milliseconds.
"""

from __future__ import annotations

import numpy as np
import pytest

from app.models.topsis import topsis

N_COMMUNITIES, N_CRITERIA, N_WEIGHT_SETS = 50, 15, 10_000


@pytest.fixture(scope="module")
def problem() -> tuple[np.ndarray, list[str]]:
    rng = np.random.default_rng(2024)
    matrix = rng.uniform(1.0, 100.0, size=(N_COMMUNITIES, N_CRITERIA))
    objectives = [str(o) for o in rng.choice(["max", "min"], size=N_CRITERIA)]
    return matrix, objectives


def test_topsis_single_weight_vector_50x15(benchmark, problem) -> None:  # type: ignore[no-untyped-def]
    matrix, objectives = problem
    weights = np.linspace(1.0, 2.0, N_CRITERIA)

    result = benchmark(topsis, matrix, weights, objectives)

    assert result.closeness.shape == (N_COMMUNITIES,)


def test_topsis_batch_of_10000_weight_vectors_50x15(benchmark, problem) -> None:  # type: ignore[no-untyped-def]
    matrix, objectives = problem
    weight_sets = np.random.default_rng(7).dirichlet(np.ones(N_CRITERIA), size=N_WEIGHT_SETS)

    result = benchmark(topsis, matrix, weight_sets, objectives)

    assert result.closeness.shape == (N_WEIGHT_SETS, N_COMMUNITIES)


def test_topsis_batch_ranks_of_10000_weight_vectors_50x15(benchmark, problem) -> None:  # type: ignore[no-untyped-def]
    matrix, objectives = problem
    weight_sets = np.random.default_rng(7).dirichlet(np.ones(N_CRITERIA), size=N_WEIGHT_SETS)

    ranks = benchmark(lambda: topsis(matrix, weight_sets, objectives).ranks)

    assert ranks.shape == (N_WEIGHT_SETS, N_COMMUNITIES)
