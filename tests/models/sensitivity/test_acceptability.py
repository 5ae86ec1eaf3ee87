"""SMAA-2 rank acceptability (app.models.sensitivity.acceptability): sampling, acceptability
indices, ties and central weights, and the chunked run the interface uses."""

from __future__ import annotations

import numpy as np
import pytest

from app.models.analysis import prepare
from app.models.criterion import Direction
from app.models.errors import InvalidInputError
from app.models.judgements import group_weight_batch
from app.models.sensitivity import (
    METHODS,
    acceptability_in_chunks,
    rank_acceptability,
    sample_weights,
)
from tests.factories import make_workshop
from tests.models.sensitivity.brute_force import random_problem


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
    workshop, problem, weights = random_problem(6, 6, 4)
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
    _, problem, weights = random_problem(6, 6, 4)
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


def test_chunks_of_unequal_size_merge_into_the_result_of_one_run() -> None:
    _, problem, weights = random_problem(5, 7, 4)
    samples = sample_weights(problem, "around", 2500, seed=11, current=weights)
    reported: list[int] = []
    merged = acceptability_in_chunks(problem, samples, 3, 11, reported.append, chunk=1000)
    whole = rank_acceptability(problem, samples, 3, seed=11)
    assert reported == [40, 80, 100]
    assert merged.keys() == whole.keys()
    for method, expected in whole.items():
        result = merged[method]
        assert (result.samples, result.seed, result.top_k) == (2500, 11, 3)
        np.testing.assert_allclose(result.acceptability, expected.acceptability, atol=1e-15)
        np.testing.assert_allclose(result.top, expected.top, atol=1e-15)
        np.testing.assert_allclose(result.central_weights, expected.central_weights, atol=1e-14)


def test_a_report_that_raises_stops_the_chunked_run() -> None:
    _, problem, _ = random_problem(5, 7, 4)
    samples = sample_weights(problem, "simplex", 3000, seed=2)

    class Stop(Exception):
        pass

    def report(done: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        acceptability_in_chunks(problem, samples, 3, 2, report)
