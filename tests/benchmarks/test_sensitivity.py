"""Sensitivity speed (issue 7): stability intervals live, and SMAA-2 over 10,000 weight vectors.

Targets: ``test_stability_intervals_50x15`` median <= 20 ms (first place and top k, every
criterion, both methods); ``test_rank_acceptability_10k_50x15`` median <= 300 ms (both methods).
``test_rank_acceptability_10k_50x15_skcriteria`` evaluates the same samples one by one through
scikit-criteria (one round: it takes tens of seconds) and reports both times and their ratio in
``extra_info``.

Rank reversal (every community removed in turn, 50 x 15): ``test_prepare_removals_50x15`` (once
per data change) median <= 60 ms, ``test_removal_reversals_50x15`` (per weight change, both
methods) median <= 30 ms.
"""

from __future__ import annotations

import time
import warnings
from typing import Any

import numpy as np
import pytest

from app.models.analysis import prepare
from app.models.derived import weight_vector
from app.models.ranking import competition_ranks
from app.models.sensitivity import (
    prepare_removals,
    rank_acceptability,
    sample_weights,
    stability_intervals,
)
from tests.benchmarks.conftest import median_seconds, within_target
from tests.factories import make_workshop

N, M, K, TOP_K = 50, 15, 10_000, 3

#: The engine's median of ``test_rank_acceptability_10k_50x15``, for the comparison that follows.
_ENGINE: dict[str, float] = {}


@pytest.fixture(scope="module")
def problem() -> Any:
    workshop = make_workshop(N, M, ordinal=3, gate=False)
    prepared = prepare(workshop)
    assert prepared.matrix.shape == (N, M) and prepared.local is not None
    return prepared


@pytest.fixture(scope="module")
def samples(problem: Any) -> Any:
    return sample_weights(problem, "simplex", K, seed=2024)


def test_stability_intervals_50x15(benchmark: Any, problem: Any) -> None:
    weights = np.random.default_rng(1).uniform(0.1, 1, M)

    intervals = benchmark(stability_intervals, problem, weights, TOP_K)

    assert len(intervals) == 2 * M
    assert all(s.first.low <= s.current <= s.first.high for s in intervals)
    assert all(len(s.top_set) == TOP_K for s in intervals)
    within_target(benchmark, 20e-3)


def test_rank_acceptability_10k_50x15(benchmark: Any, problem: Any, samples: Any) -> None:
    result = benchmark(rank_acceptability, problem, samples, TOP_K, seed=2024)

    for method in ("topsis", "ahp"):
        np.testing.assert_allclose(result[method].acceptability.sum(axis=0), 1.0, atol=1e-9)
        np.testing.assert_allclose(result[method].acceptability.sum(axis=1), 1.0, atol=1e-9)
    _ENGINE["median"] = median_seconds(benchmark)
    within_target(benchmark, 0.3)


def test_rank_acceptability_10k_50x15_skcriteria(
    benchmark: Any, problem: Any, samples: Any
) -> None:
    """The same samples one by one through scikit-criteria: its TOPSIS after the vector scaler,
    and AHP as its weighted sum of our local priorities; rank acceptability from their ranks."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import skcriteria as skc
        from skcriteria.agg.simple import WeightedSumModel
        from skcriteria.agg.topsis import TOPSIS
        from skcriteria.preprocessing.scalers import VectorScaler

        objectives = [max if o == "max" else min for o in problem.objectives]
        scaler, method, weighted_sum = VectorScaler(target="matrix"), TOPSIS(), WeightedSumModel()

        def loop() -> tuple[np.ndarray, np.ndarray]:
            first = np.zeros((2, N))
            for k in range(K):
                w = samples[k, problem.columns]
                dm = skc.mkdm(problem.matrix, objectives, weights=w)
                similarity = method.evaluate(scaler.transform(dm)).e_.similarity
                local = skc.mkdm(problem.local, [max] * M, weights=w / w.sum())
                score = weighted_sum.evaluate(local).e_.score
                for row, values in enumerate((similarity, score)):
                    ranks = competition_ranks(values)
                    firsts = ranks == 1
                    first[row] += firsts / firsts.sum()
            return first / K, np.array([similarity, score])

        start = time.perf_counter()
        first, last = benchmark.pedantic(loop, rounds=1, iterations=1)
        seconds = time.perf_counter() - start

    ours = rank_acceptability(problem, samples, TOP_K)
    np.testing.assert_allclose(first[0], ours["topsis"].acceptability[:, 0], atol=1e-12)
    np.testing.assert_allclose(first[1], ours["ahp"].acceptability[:, 0], atol=1e-12)
    evaluation = problem.rank(samples[-1])
    np.testing.assert_allclose(last[0], evaluation.topsis.closeness, atol=1e-12)
    np.testing.assert_allclose(last[1], evaluation.ahp_scores, atol=1e-12)

    engine = _ENGINE.get("median")
    info: dict[str, float] = {"skcriteria_loop_seconds": seconds}
    if engine is not None:
        info.update(engine_median_seconds=engine, ratio=seconds / engine)
    benchmark.extra_info.update(info)
    print(
        f"\nrank acceptability 10k x 50x15: scikit-criteria loop {seconds:.2f} s"
        + (
            f"; engine median {engine * 1e3:.1f} ms; ratio {seconds / engine:.0f}x"
            if engine
            else ""
        )
    )


def test_prepare_removals_50x15(benchmark: Any) -> None:
    workshop = make_workshop(N, M, ordinal=3, gate=False)
    problem = prepare(workshop)

    removals = benchmark(prepare_removals, workshop, problem)

    assert len(removals.without) == N
    within_target(benchmark, 60e-3)


def test_removal_reversals_50x15(benchmark: Any) -> None:
    workshop = make_workshop(N, M, ordinal=3, gate=False)
    removals = prepare_removals(workshop)

    reversals = benchmark(removals.reversals, weight_vector(workshop))

    assert len(reversals) == 2 * N
    within_target(benchmark, 30e-3)
