"""Stability intervals: how far can one criterion's share move before the first place, or the
set of the first k, changes?

For every ranked criterion and both methods the range of its share around the current one
within which the first place (and the top-k set) stay as they are, exact: each end is the
nearest sign-changing crossing on that side (:mod:`.crossings`). :func:`tightest` names the
criterion closest to changing the first place. Shares as in :mod:`.shares`; communities are
*workshop* community indices.

Pure numpy, no Qt.

References
    - Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis approach for some
      deterministic multi-criteria decision-making methods. Decision Sciences 28(1):151-194
      (smallest weight changes that alter a ranking).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np

from app.models.analysis import METHODS, Method, check_method, method_results
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.ranking import stable_order
from app.models.sensitivity.crossings import Crossings, pair_crossings
from app.models.sensitivity.shares import ranked_weights, sweep_rows

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.analysis import Problem
    from app.models.arrays import BoolArray, FloatArray, IntArray

#: Roots within this distance beyond an end of an interval count as crossing at that end.
_SAME_POINT: Final = 1e-9


@dataclass(frozen=True)
class ShareRange:
    """The shares ``[low, high]`` of a criterion, around its current share, within which a set of
    communities (the first place, or the top k) stays the same.

    ``below`` is that set just below ``low`` and ``above`` just above ``high`` (workshop indices,
    best first; usually one community for the first place); empty when ``low`` is 0 or
    ``high`` is 1, since the set does not change on that side. When the set is decided by a tie at
    the current weights (two different communities share the last place of the set), any move
    changes it: ``low == high ==`` the current share and ``below``/``above`` say who wins on
    each side.
    """

    low: float
    high: float
    below: tuple[int, ...]
    above: tuple[int, ...]


@dataclass(frozen=True)
class StabilityInterval:
    """How far one criterion's share can move before ``method``'s first place or top k change.

    ``leaders`` are the communities ranked first at the current weights (more than one only when
    they tie) and ``first`` the range of shares within which exactly they stay first; ``top_set``
    the communities with rank <= ``top_k`` (best first; more than ``top_k`` when a tie straddles
    place ``top_k``) and ``top`` the range within which that set stays the same (order inside it
    may change). ``current`` is the criterion's current share.

    The range ends are the nearest sign-changing crossing points on each side among the pairs
    (leader, other) resp. (member, non-member); a point where two curves only touch is not an
    end.
    """

    method: Method
    criterion: int
    current: float
    top_k: int
    leaders: tuple[int, ...]
    first: ShareRange
    top_set: tuple[int, ...]
    top: ShareRange

    @property
    def margin(self) -> float | None:
        """Distance from the current share to the nearest end of ``first`` where the first place
        really changes (an end at 0 or 1 does not count); ``None`` if it never changes."""
        distances = [
            distance
            for distance, changes in (
                (self.current - self.first.low, bool(self.first.below)),
                (self.first.high - self.current, bool(self.first.above)),
            )
            if changes
        ]
        return min(distances) if distances else None


def _ordered_set(
    scores: FloatArray, ranks: IntArray, within: int, eligible: IntArray
) -> tuple[int, ...]:
    """Workshop indices of the communities with rank <= ``within``, best first."""
    order = stable_order(scores, ranks)
    return tuple(int(eligible[i]) for i in order if ranks[i] <= within)


def _range_ends(
    crossings: Crossings, q: int, members: BoolArray, ranks: IntArray, size: int, current: float
) -> tuple[float, float]:
    """[low, high] around ``current`` within which the set ``members`` (rank <= size) stays."""
    straddling = members & (ranks == ranks[members].max())
    if members.sum() > size:
        # A tie straddles the last place of the set: unless the tied communities have identical
        # curves, any move of the share separates them and changes the set.
        inside = straddling[crossings.first] & straddling[crossings.second]
        if (inside & ~crossings.identical[q]).any():
            return current, current
    boundary = members[crossings.first] != members[crossings.second]
    roots = crossings.roots[q][boundary]
    below = roots[roots <= current]
    above = roots[roots >= current]
    return (
        float(below.max()) if below.size else 0.0,
        float(above.min()) if above.size else 1.0,
    )


def _probe(roots: FloatArray, end: float, side: int) -> float:
    """A share just beyond ``end`` on ``side`` (-1 below, +1 above) before any other crossing."""
    if side > 0:
        later = roots[roots > end + _SAME_POINT]
        return (end + (float(later.min()) if later.size else 1.0)) / 2.0
    earlier = roots[roots < end - _SAME_POINT]
    return (end + (float(earlier.max()) if earlier.size else 0.0)) / 2.0


def stability_intervals(
    problem: Problem, weights: npt.ArrayLike, top_k: int
) -> tuple[StabilityInterval, ...]:
    """For every ranked criterion and both methods (TOPSIS first, then AHP if it can rank), the
    shares within which the first place and the top-``top_k`` set stay as they are now.

    Exact: each end is the nearest sign-changing crossing on that side among the pairs (leader,
    other), resp. (member, non-member), from the algebra of :mod:`.crossings`. Who is first (or
    in the top ``top_k``) just beyond an end is read from both methods evaluated, in one batch,
    midway between the end and the next crossing of any pair beyond it. Ties at the current
    weights are judged with the engine's rule (:func:`~app.models.ranking.competition_ranks`);
    see :class:`ShareRange` for a tie that decides the set. Empty with fewer than two eligible
    communities.
    """
    if top_k < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of focus communities must be at least 1.")
        )
    vector = np.asarray(weights, dtype=np.float64)
    ranked = ranked_weights(problem, vector)
    if problem.eligible.size < 2 or ranked.size == 0:
        return ()
    positions = np.arange(ranked.size, dtype=np.int64)
    shares = ranked / ranked.sum()
    evaluation = problem.rank(vector)
    pending = []  # (method, q, ranges per level, scores, ranks)
    probes: list[tuple[int, float]] = []
    for method in METHODS:
        crossings = pair_crossings(problem, ranked, method, positions)
        found = method_results(evaluation, method)
        if crossings is None or found is None:
            continue
        scores, ranks = found
        for q in positions.tolist():
            roots = crossings.roots[q].reshape(-1)
            roots = roots[np.isfinite(roots)]
            levels = []
            for size in (1, top_k):
                members = ranks <= size
                low, high = _range_ends(crossings, q, members, ranks, size, float(shares[q]))
                ends = []
                for end, side, edge in ((low, -1, 0.0), (high, 1, 1.0)):
                    if end == edge:
                        ends.append(-1)
                    else:
                        ends.append(len(probes))
                        probes.append((q, _probe(roots, end, side)))
                levels.append((low, high, ends))
            pending.append((method, q, levels, scores, ranks))

    beyond = (
        problem.rank(
            sweep_rows(
                problem,
                vector,
                np.array([q for q, _ in probes], dtype=np.int64),
                np.array([t for _, t in probes], dtype=np.float64),
            )
        )
        if probes
        else None
    )
    probed = {m: None if beyond is None else method_results(beyond, m) for m in METHODS}

    def at_probe(method: Method, index: int, size: int) -> tuple[int, ...]:
        found = probed[method]
        if index < 0 or found is None:
            return ()
        scores, ranks = found
        return _ordered_set(scores[index], ranks[index], size, problem.eligible)

    results = []
    for method, q, levels, scores, ranks in pending:
        ranges = [
            ShareRange(low, high, at_probe(method, ends[0], size), at_probe(method, ends[1], size))
            for (low, high, ends), size in zip(levels, (1, top_k), strict=True)
        ]
        results.append(
            StabilityInterval(
                method=method,
                criterion=int(problem.columns[q]),
                current=float(shares[q]),
                top_k=top_k,
                leaders=_ordered_set(scores, ranks, 1, problem.eligible),
                first=ranges[0],
                top_set=_ordered_set(scores, ranks, top_k, problem.eligible),
                top=ranges[1],
            )
        )
    return tuple(results)


def tightest(intervals: Sequence[StabilityInterval], method: str) -> StabilityInterval | None:
    """The criterion whose share is closest to changing ``method``'s first place: the smallest
    :attr:`StabilityInterval.margin` (distance from the current share to an end of the
    first-place range where the first place really changes; 0 when a tie decides it now). On
    equal margins the first criterion in workshop order; ``None`` when no criterion's share can
    change the first place."""
    checked = check_method(method)
    candidates = [
        (margin, s.criterion, index)
        for index, s in enumerate(intervals)
        if s.method == checked and (margin := s.margin) is not None
    ]
    return intervals[min(candidates)[2]] if candidates else None
