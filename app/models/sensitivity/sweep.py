"""The weight sweep: both methods' scores as one criterion's share runs from 0 to 1, and every
exact point where two communities swap places.

The grid is evaluated in one batch (:meth:`~app.models.analysis.Problem.rank`); the swap points
are exact, from the closed forms of :mod:`.crossings`, not read off the grid. Shares as in
:mod:`.shares`; communities are *workshop* community indices.

Pure numpy, no Qt.

References
    - Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis approach for some
      deterministic multi-criteria decision-making methods. Decision Sciences 28(1):151-194
      (smallest weight changes that alter a ranking).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.models.analysis import METHODS, Method, check_method
from app.models.sensitivity.crossings import prepare_crossings
from app.models.sensitivity.shares import (
    current_share,
    ranked_position,
    ranked_weights,
    sweep_weights,
)

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.analysis import Problem
    from app.models.arrays import FloatArray, IntArray


@dataclass(frozen=True)
class Swap:
    """As the share of ``criterion`` rises past ``share``, community ``ahead`` overtakes
    ``behind`` in ``method``'s ranking (below ``share`` it is the other way round).

    ``share`` is in (0, 1), exact to about 1e-12; ``ahead`` and ``behind`` are workshop
    community indices, ``criterion`` a workshop criterion index.
    """

    method: Method
    criterion: int
    share: float
    ahead: int
    behind: int


@dataclass(frozen=True)
class WeightSweep:
    """Both methods' scores as one criterion's share runs over a grid (:func:`weight_sweep`).

    ``shares`` (K,) is the grid from 0 to 1; ``closeness`` (K, n) the TOPSIS closeness and
    ``ahp_scores`` (K, n) the AHP global priorities (``None`` when AHP cannot rank) of the
    eligible communities (columns in ``communities`` order, workshop indices); ``current`` the
    criterion's share at the given weights; ``swaps`` every exact swap point of both methods,
    ordered by share.
    """

    criterion: int
    shares: FloatArray
    communities: IntArray
    closeness: FloatArray
    ahp_scores: FloatArray | None
    current: float
    swaps: tuple[Swap, ...]


def weight_sweep(
    problem: Problem, weights: npt.ArrayLike, criterion: int, points: int = 101
) -> WeightSweep:
    """Both methods' scores for ``points`` shares of ``criterion`` from 0 to 1 (one batch
    evaluation), with the current share and every exact swap point of both methods."""
    grid = np.linspace(0.0, 1.0, max(int(points), 2))
    sweep = sweep_weights(problem, weights, criterion, grid)
    evaluation = problem.rank(sweep)
    n = problem.eligible.size
    closeness = (
        np.full((grid.size, n), 0.5) if evaluation.topsis is None else evaluation.topsis.closeness
    )
    swaps = tuple(
        sorted(
            (s for method in METHODS for s in swap_points(problem, weights, criterion, method)),
            key=lambda s: s.share,
        )
    )
    return WeightSweep(
        criterion=criterion,
        shares=grid,
        communities=problem.eligible,
        closeness=closeness,
        ahp_scores=evaluation.ahp_scores,
        current=current_share(problem, weights, criterion),
        swaps=swaps,
    )


def swap_points(
    problem: Problem, weights: npt.ArrayLike, criterion: int, method: str
) -> tuple[Swap, ...]:
    """Every share of ``criterion`` in (0, 1) at which two communities change order in
    ``method`` (``"topsis"`` or ``"ahp"``), ordered by share; exact (closed form, see
    :mod:`.crossings`). Empty when fewer than two communities are eligible or AHP cannot rank."""
    checked = check_method(method)
    q = ranked_position(problem, criterion)
    ranked = ranked_weights(problem, weights)
    if problem.eligible.size < 2:
        return ()
    prepared = prepare_crossings(problem, ranked, checked, np.array([q], dtype=np.int64))
    if prepared is None:
        return ()
    swaps = []
    for found in prepared.blocks():  # every pair, in blocks of bounded memory
        pair, which = np.nonzero(np.isfinite(found.roots[0]))
        for c, r in zip(pair.tolist(), which.tolist(), strict=True):
            i = int(problem.eligible[found.first[c]])
            ell = int(problem.eligible[found.second[c]])
            ahead, behind = (i, ell) if found.rising[0, c, r] else (ell, i)
            swaps.append(Swap(checked, criterion, float(found.roots[0, c, r]), ahead, behind))
    return tuple(sorted(swaps, key=lambda s: (s.share, s.ahead, s.behind)))
