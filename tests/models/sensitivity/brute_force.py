"""Brute force shared by the sweep and stability tests: rank on a fine grid of shares."""

from __future__ import annotations

import numpy as np

from app.models.analysis import Method, Problem, method_results, prepare
from app.models.derived import weight_vector
from app.models.ranking import competition_ranks
from app.models.workshop import Workshop
from tests.factories import make_workshop

GRID = 2001


def scores_at(problem: Problem, weights: np.ndarray, method: Method) -> np.ndarray:
    """``method``'s scores of the eligible communities for each row of ``weights``."""
    found = method_results(problem.rank(weights), method)
    assert found is not None
    return found[0]


def pair_signs(scores: np.ndarray) -> np.ndarray:
    """(K, n, n): +1 where community i ranks ahead of l, -1 behind, 0 tied (engine's rule)."""
    ranks = competition_ranks(scores)
    return np.sign(ranks[:, None, :] - ranks[:, :, None])


def random_problem(seed: int, n: int, m: int) -> tuple[Workshop, Problem, np.ndarray]:
    """A random workshop of ``n`` communities and ``m`` criteria, its problem and weights."""
    workshop = make_workshop(n, m, seed=seed, ordinal=seed % 2, gate=bool(seed % 3))
    problem = prepare(workshop)
    return workshop, problem, weight_vector(workshop)
