"""Weight shares: what the sweep, the stability intervals and the sampling move.

A criterion's **share** is its weight divided by the total weight of the ranked criteria
(``problem.columns``): a number in [0, 1]. Only shares matter to both methods.

Moving one criterion's share to ``t`` keeps the *proportions* of the other ranked criteria (equal
among them if they are all zero) and the total: weight ``t T`` for the criterion and
``(1 - t) T p_k`` for each other ranked criterion ``k``, with ``p_k`` its proportion among the
others (:func:`sweep_weights`). Criteria that are not ranked (gates, no data) keep their weights;
they do not count anyway. This is the one-weight-at-a-time analysis of Triantaphyllou & Sánchez
(1997), which asks how far one weight may move before the ranking changes.

Pure numpy, no Qt. Criteria are *workshop* criterion indices.

References
    - Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis approach for some
      deterministic multi-criteria decision-making methods. Decision Sciences 28(1):151-194
      (smallest weight changes that alter a ranking).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.analysis import Problem
    from app.models.arrays import FloatArray, IntArray


def ranked_position(problem: Problem, criterion: int) -> int:
    """The position of workshop criterion ``criterion`` among the ranked columns; raises
    :class:`InvalidInputError` when it is not ranked."""
    found = np.flatnonzero(problem.columns == criterion)
    if found.size == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Criterion {criterion} is not ranked (a gate, or without data): its weight "
                "cannot change the ranking.",
            ),
            criterion=criterion + 1,
        )
    return int(found[0])


def ranked_weights(problem: Problem, weights: npt.ArrayLike) -> FloatArray:
    """The weights of the ranked criteria; raise if they are not usable or all zero."""
    values = np.asarray(weights, dtype=np.float64)
    if values.shape != (problem.workshop_criteria,):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There must be one weight per criterion ({criteria}), or rows of them; "
                "got the shape {shape}.",
            ),
            criteria=problem.workshop_criteria,
            shape=values.shape,
        )
    ranked = values[problem.columns]
    if not (np.isfinite(ranked).all() and (ranked >= 0.0).all()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The weights must be numbers of zero or more.")
        )
    if ranked.size and ranked.sum() <= 0.0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "All weights are zero: give the criteria weights before looking at how firm "
                "the ranking is.",
            )
        )
    return ranked


def proportions_of_others(ranked: FloatArray) -> FloatArray:
    """``P[q, k]``: the proportion of ranked criterion ``k`` among the others when ``q`` moves
    (zero diagonal; equal among the others when they are all zero), shape (p, p)."""
    p = ranked.size
    others = np.where(np.eye(p, dtype=bool), 0.0, ranked[None, :])
    totals = others.sum(axis=1, keepdims=True)
    equal = (~np.eye(p, dtype=bool)) / max(p - 1, 1)
    proportions: FloatArray = np.where(
        totals > 0.0, others / np.where(totals > 0, totals, 1), equal
    )
    return proportions


def current_share(problem: Problem, weights: npt.ArrayLike, criterion: int) -> float:
    """The share of ``criterion`` (workshop index) in the total weight of the ranked criteria.

    Raises :class:`InvalidInputError` when the criterion is not ranked or all weights are zero.
    """
    q = ranked_position(problem, criterion)
    ranked = ranked_weights(problem, weights)
    return float(ranked[q] / ranked.sum())


def sweep_rows(
    problem: Problem, weights: FloatArray, positions: IntArray, shares: FloatArray
) -> FloatArray:
    """Weight vectors (K, m_workshop): ranked criterion ``positions[k]`` at share ``shares[k]``."""
    ranked = ranked_weights(problem, weights)
    total = ranked.sum()
    proportions = proportions_of_others(ranked)
    t = shares[:, None]
    rows = (1.0 - t) * proportions[positions] * total
    rows[np.arange(positions.size), positions] = shares * total
    result = np.tile(np.asarray(weights, dtype=np.float64), (positions.size, 1))
    result[:, problem.columns] = rows
    return result


def sweep_weights(
    problem: Problem, weights: npt.ArrayLike, criterion: int, shares: npt.ArrayLike
) -> FloatArray:
    """Weight vectors over all workshop criteria, one row per share in ``shares`` (K,): the share
    of ``criterion`` (workshop index) set to it, the other ranked criteria keeping their
    proportions (equal among them if all zero) and the total weight unchanged. (K, m_workshop).

    Raises :class:`InvalidInputError` for a share outside [0, 1], a criterion that is not ranked,
    or weights that are all zero.
    """
    q = ranked_position(problem, criterion)
    grid = np.asarray(shares, dtype=np.float64).reshape(-1)
    if not (np.isfinite(grid).all() and (grid >= 0.0).all() and (grid <= 1.0).all()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A weight share must be between 0 and 1.")
        )
    vector = np.asarray(weights, dtype=np.float64)
    return sweep_rows(problem, vector, np.full(grid.size, q, dtype=np.int64), grid)
