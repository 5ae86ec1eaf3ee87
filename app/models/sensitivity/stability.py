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
from app.models.sensitivity.crossings import PairCrossings, prepare_crossings
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


class _Ends:
    """The ends found so far for one method, per level (first place, top k) and criterion, as
    the blocks of pairs go by (see :func:`_find_ends`)."""

    def __init__(self, levels: int, criteria: int) -> None:
        self.below = np.zeros((levels, criteria))
        self.above = np.ones((levels, criteria))
        self.tied = np.zeros((levels, criteria), dtype=bool)


def _find_ends(
    prepared: PairCrossings,
    members: Sequence[BoolArray],
    sizes: Sequence[int],
    ranks: IntArray,
    shares: FloatArray,
) -> _Ends:
    """[low, high] around the current shares within which each set ``members[s]`` (rank <=
    ``sizes[s]``) stays, for every ranked criterion: the nearest roots on each side among the
    pairs (member, non-member); ``low == high ==`` the current share when a tie straddles the last
    place of the set and any move separates the tied communities (curves not identical). Only the
    pairs with a member are computed (|set| x n, in bounded blocks), not all n^2 / 2."""
    ends = _Ends(len(sizes), shares.size)
    current = shares[:, None, None]
    union = np.flatnonzero(np.logical_or.reduce(members))
    for block in prepared.with_any_of(union):
        for s, (inside, size) in enumerate(zip(members, sizes, strict=True)):
            if inside.sum() > size:
                straddling = inside & (ranks == ranks[inside].max())
                both = straddling[block.first] & straddling[block.second]
                ends.tied[s] |= (both[None, :] & ~block.identical).any(axis=1)
            boundary = inside[block.first] != inside[block.second]
            roots = block.roots[:, boundary, :]
            if roots.size == 0:
                continue
            with np.errstate(invalid="ignore"):
                below = np.where(roots <= current, roots, -np.inf).max(axis=(1, 2))
                above = np.where(roots >= current, roots, np.inf).min(axis=(1, 2))
            ends.below[s] = np.maximum(ends.below[s], below)
            ends.above[s] = np.minimum(ends.above[s], above)
    ends.below[ends.tied] = np.broadcast_to(shares, ends.tied.shape)[ends.tied]
    ends.above[ends.tied] = np.broadcast_to(shares, ends.tied.shape)[ends.tied]
    return ends


def _crossing_at_ends(
    prepared: PairCrossings,
    members: Sequence[BoolArray],
    ends: FloatArray,
) -> IntArray:
    """The communities in a pair (member of a set, other) whose root is at one of ``ends`` (Q, E)
    (within :data:`_SAME_POINT`): those that may enter or leave a set there."""
    union = np.logical_or.reduce(members)
    found = np.zeros(union.size, dtype=bool)
    for block in prepared.with_any_of(np.flatnonzero(union)):
        roots = block.roots  # (Q, P, R)
        near = np.zeros(block.first.size, dtype=bool)
        for e in range(ends.shape[1]):
            at = np.abs(roots - ends[:, e, None, None]) <= _SAME_POINT
            near |= at.any(axis=(0, 2))
        found[block.first[near]] = True
        found[block.second[near]] = True
    return np.flatnonzero(found | union)


def _probes(
    prepared: PairCrossings, around: IntArray, ends: Sequence[tuple[int, float, int]]
) -> list[float]:
    """For each end (criterion position q, share, side -1 or +1), a share just beyond it before
    any later crossing of a pair with a community of ``around``: midway between the end and that
    crossing (or 0, 1). Who is in a set just beyond an end is among ``around`` (the members and
    those crossing them there), so nothing that decides the set moves before the probe; only
    those |around| x n pairs are computed, in bounded blocks."""
    nearest = [1.0 if side > 0 else 0.0 for _, _, side in ends]
    if not ends:
        return []
    for block in prepared.with_any_of(around):
        for k, (q, end, side) in enumerate(ends):
            roots = block.roots[q]
            if side > 0:
                later = roots[roots > end + _SAME_POINT]
                if later.size:
                    nearest[k] = min(nearest[k], float(later.min()))
            else:
                earlier = roots[roots < end - _SAME_POINT]
                if earlier.size:
                    nearest[k] = max(nearest[k], float(earlier.max()))
    return [(end + bound) / 2.0 for (_, end, _), bound in zip(ends, nearest, strict=True)]


def stability_intervals(
    problem: Problem, weights: npt.ArrayLike, top_k: int
) -> tuple[StabilityInterval, ...]:
    """For every ranked criterion and both methods (TOPSIS first, then AHP if it can rank), the
    shares within which the first place and the top-``top_k`` set stay as they are now.

    Exact: each end is the nearest sign-changing crossing on that side among the pairs (leader,
    other), resp. (member, non-member), from the algebra of :mod:`.crossings`. Who is first (or
    in the top ``top_k``) just beyond an end is read from both methods evaluated, in one batch,
    midway between the end and the next crossing of a pair that could change that set
    (:func:`_probes`). Ties at the current weights are judged with the engine's rule
    (:func:`~app.models.ranking.competition_ranks`); see :class:`ShareRange` for a tie that
    decides the set. Only the pairs with a member of a set are computed, in bounded blocks
    (:class:`~.crossings.PairCrossings`): memory linear in the communities. Empty with fewer
    than two eligible communities.
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
    sizes = (1, top_k)
    pending = []  # (method, q, ranges per level, scores, ranks)
    probes: list[tuple[int, float]] = []
    for method in METHODS:
        prepared = prepare_crossings(problem, ranked, method, positions)
        found = method_results(evaluation, method)
        if prepared is None or found is None:
            continue
        scores, ranks = found
        members = [ranks <= size for size in sizes]
        ends = _find_ends(prepared, members, sizes, ranks, shares)
        wanted: list[tuple[int, float, int]] = []
        slots: list[list[tuple[float, float, list[int]]]] = []
        for q in positions.tolist():
            levels = []
            for s in range(len(sizes)):
                low, high = float(ends.below[s, q]), float(ends.above[s, q])
                slots_of_end = []
                for end, side, edge in ((low, -1, 0.0), (high, 1, 1.0)):
                    if end == edge:
                        slots_of_end.append(-1)
                    else:
                        slots_of_end.append(len(wanted))
                        wanted.append((q, end, side))
                levels.append((low, high, slots_of_end))
            slots.append(levels)
        at_ends = np.stack([ends.below.T, ends.above.T], axis=1).reshape(positions.size, -1)
        around = _crossing_at_ends(prepared, members, at_ends)
        shares_beyond = _probes(prepared, around, wanted)
        for q, levels in zip(positions.tolist(), slots, strict=True):
            shifted = []
            for low, high, slots_of_end in levels:
                indices = []
                for slot in slots_of_end:
                    if slot < 0:
                        indices.append(-1)
                    else:
                        indices.append(len(probes))
                        probes.append((q, shares_beyond[slot]))
                shifted.append((low, high, indices))
            pending.append((method, q, shifted, scores, ranks))

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
            for (low, high, ends), size in zip(levels, sizes, strict=True)
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
