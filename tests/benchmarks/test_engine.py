"""Engine speed: both rankings live (50 x 15) and for 10,000 weight vectors at once.

Targets (issue 2): ``test_both_methods_50x15`` median <= 0.2 ms; ``test_batch_10k_weights_50x15``
median <= 100 ms, with a per-vector loop through scikit-criteria timed in the same run for
comparison (reported in ``extra_info`` and printed).
"""

from __future__ import annotations

import time
import warnings
from typing import Any

import numpy as np
import pytest

from app.models import ahp
from app.models.analysis import prepare
from app.models.topsis import topsis
from tests.benchmarks.conftest import median_seconds, within_target
from tests.factories import make_workshop

N, M, K = 50, 15, 10_000


@pytest.fixture(scope="module")
def problem() -> Any:
    workshop = make_workshop(N, M, ordinal=3, gate=False)
    prepared = prepare(workshop)
    assert prepared.matrix.shape == (N, M) and prepared.local is not None
    return prepared


def test_both_methods_50x15(benchmark: Any, problem: Any) -> None:
    weights = np.random.default_rng(1).uniform(0, 1, M)

    def both() -> tuple[np.ndarray, np.ndarray]:
        result = topsis(problem.matrix, weights, problem.objectives)
        ranking = ahp.ahp_rank(problem.local, weights)
        return result.ranks, ranking.ranks

    topsis_ranks, ahp_ranks = benchmark(both)
    assert sorted(topsis_ranks.tolist()) == list(range(1, N + 1))
    assert ahp_ranks.shape == (N,)
    within_target(benchmark, 0.2e-3)


def test_batch_10k_weights_50x15(benchmark: Any, problem: Any) -> None:
    weights = np.random.default_rng(2).uniform(0, 1, (K, M))

    def batch() -> tuple[np.ndarray, np.ndarray]:
        return (
            topsis(problem.matrix, weights, problem.objectives).closeness,
            ahp.global_priorities(problem.local, weights),
        )

    closeness, scores = benchmark(batch)
    assert closeness.shape == (K, N) and scores.shape == (K, N)
    ours = median_seconds(benchmark)

    # The same 10,000 vectors one by one through scikit-criteria (its TOPSIS with the vector
    # scaler; its weighted sum over our AHP local priorities), timed once: it takes seconds.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import skcriteria as skc
        from skcriteria.agg.simple import WeightedSumModel
        from skcriteria.agg.topsis import TOPSIS
        from skcriteria.preprocessing.scalers import VectorScaler

        objectives = [max if o == "max" else min for o in problem.objectives]
        scaler, method, weighted_sum = VectorScaler(target="matrix"), TOPSIS(), WeightedSumModel()
        start = time.perf_counter()
        for k in range(K):
            dm = skc.mkdm(problem.matrix, objectives, weights=weights[k])
            similarity = method.evaluate(scaler.transform(dm)).e_.similarity
            local = skc.mkdm(problem.local, [max] * M, weights=weights[k] / weights[k].sum())
            score = weighted_sum.evaluate(local).e_.score
        loop = time.perf_counter() - start
    np.testing.assert_allclose(similarity, closeness[-1], atol=1e-12)
    np.testing.assert_allclose(score, scores[-1], atol=1e-12)

    benchmark.extra_info.update(
        skcriteria_loop_seconds=loop, ratio=loop / ours, engine_median_seconds=ours
    )
    print(
        f"\nbatch 10k x 50x15: engine median {ours * 1e3:.2f} ms; scikit-criteria loop "
        f"{loop:.2f} s; ratio {loop / ours:.0f}x"
    )
    within_target(benchmark, 0.1)
