"""Rank reversal: does removing one community change the order of the others?

Each ranked community is removed in turn and the others are ranked again with the same method,
weights and settings (:func:`removal_reversals`); the work that does not depend on the weights is
done once (:func:`prepare_removals`). Why and when it happens, for TOPSIS and AHP, is explained in
:func:`removal_reversals`.

Pure numpy, no Qt. Communities are *workshop* community indices.

References
    - Wang, X. & Triantaphyllou, E. (2008). Ranking irregularities when evaluating alternatives
      by using some ELECTRE methods. Omega 36(1):45-63 (test criterion 3: the ranking of a
      smaller problem should agree with the ranking of the whole).
    - Belton, V. & Gear, T. (1983). On a short-coming of Saaty's method of analytic hierarchies.
      Omega 11(3):228-230.
    - Saaty, T.L. & Vargas, L.G. (1984). The legitimacy of rank reversal. Omega 12(5):513-516.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from app.models.analysis import METHODS, Method, Problem, method_results, prepare
from app.models.derived import weight_vector
from app.models.edits import remove_community
from app.models.workshop import Workshop

if TYPE_CHECKING:
    import numpy.typing as npt


@dataclass(frozen=True)
class RankReversal:
    """What removing one community does to the order of the others in one method.

    ``removed`` is a workshop community index; each pair ``(rises, falls)`` of workshop indices
    says that ``rises`` is now strictly behind ``falls`` and, without ``removed``, strictly ahead
    of it. ``pairs`` is empty when the order of the others does not change.
    """

    method: Method
    removed: int
    pairs: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Removals:
    """The weight-independent part of the removal check (:func:`prepare_removals`):
    ``problem`` is the workshop's, and ``without[p]`` the problem prepared again from the
    workshop without the eligible community ``problem.eligible[p]`` (its ``eligible`` are
    indices of that smaller workshop). :meth:`reversals` ranks them for a weight vector."""

    problem: Problem
    without: tuple[Problem, ...]

    def reversals(self, weights: npt.ArrayLike) -> tuple[RankReversal, ...]:
        """Every removal's :class:`RankReversal` for ``weights`` (all the workshop's criteria),
        TOPSIS first, then AHP when it ranks; within a method, removals in order of the
        removed community's current rank (input order among ties)."""
        vector = np.asarray(weights, dtype=np.float64)
        base = self.problem.rank(vector)
        reduced = [problem.rank(vector) for problem in self.without]
        results: list[RankReversal] = []
        for method in METHODS:
            current = method_results(base, method)
            if current is None:
                continue
            ranks = current[1]
            for p in np.argsort(ranks, kind="stable").tolist():
                removed = int(self.problem.eligible[p])
                after = method_results(reduced[p], method)
                if after is None:
                    continue
                after_ranks = after[1]
                # back to the workshop's indices: rows after the removed one moved up by one
                kept = reduced[p].eligible + (reduced[p].eligible >= removed)
                positions = np.searchsorted(self.problem.eligible, kept)
                # a community screened out only in the smaller workshop has no pair to compare
                found = (positions < self.problem.eligible.size) & (
                    self.problem.eligible[np.minimum(positions, self.problem.eligible.size - 1)]
                    == kept
                )
                positions, rows = positions[found], np.flatnonzero(found)
                pairs = reversed_pairs(ranks[positions], after_ranks[rows])
                results.append(
                    RankReversal(
                        method,
                        removed,
                        tuple(
                            (
                                int(self.problem.eligible[positions[i]]),
                                int(self.problem.eligible[positions[j]]),
                            )
                            for i, j in pairs
                        ),
                    )
                )
        return tuple(results)


def reversed_pairs(before: npt.ArrayLike, after: npt.ArrayLike) -> list[tuple[int, int]]:
    """Positions ``(i, l)`` where ``i`` is strictly behind ``l`` in the competition ranks
    ``before`` (1 is the best) and strictly ahead of it in ``after``, both ranks of the same
    communities; ordered by ``i`` then ``l``. A tie on either side is not a reversal."""
    first = np.asarray(before)
    second = np.asarray(after)
    behind = first[:, None] > first[None, :]
    ahead = second[:, None] < second[None, :]
    rises, falls = np.nonzero(behind & ahead)
    return list(zip(rises.tolist(), falls.tolist(), strict=True))


def prepare_removals(workshop: Workshop, problem: Problem | None = None) -> Removals:
    """For each eligible community, the workshop prepared again without it
    (:func:`~app.models.analysis.prepare` after :func:`~app.models.edits.remove_community`), so
    that the others are screened, normalised and given local priorities exactly as they would be
    if the group dropped it: same criteria, settings, thresholds, missing-value policy and
    pairwise judgements (minus those that name the removed community). ``problem`` is
    ``prepare(workshop)`` when the caller has it. It does not depend on the weights."""
    base = prepare(workshop) if problem is None else problem
    without = tuple(prepare(remove_community(int(row)).apply(workshop)) for row in base.eligible)
    return Removals(base, without)


def removal_reversals(
    workshop: Workshop, weights: npt.ArrayLike | None = None
) -> tuple[RankReversal, ...]:
    """Rank reversal when one community is removed: for each ranked (eligible) community ``k``,
    rank the others again without it, with the same method, weights and settings, and report
    every pair of them whose order is reversed (:class:`RankReversal`), for TOPSIS and, when it
    ranks, AHP. ``weights`` default to the workshop's active set.

    Only strict reversals count: ``a`` strictly behind ``b`` now and strictly ahead without
    ``k``. A tie that appears or disappears (competition ranks, tolerance as in
    :func:`~app.models.ranking.competition_ranks`) is not reported: a tie is no order the group
    would act on, and reporting it would make noise-level differences look like reversals.
    Communities screened out are not removed (they are not ranked) and, should one be screened
    out only in the smaller workshop, its pairs are not compared.

    Why it happens: TOPSIS normalises each criterion by the vector norm over the communities and
    takes its ideal and anti-ideal from them, so removing one changes the scale and the reference
    points of the others; AHP local priorities from data are divided by the column's maximum
    (ideal mode) or sum (distributive mode) over the communities present. This is the removal
    form of the rank-reversal test criteria of Wang, X. & Triantaphyllou, E. (2008), "Ranking
    irregularities when evaluating alternatives by using some ELECTRE methods", Omega
    36(1):45-63 (their test criterion 3: the ranking of a smaller problem should agree with the
    ranking of the whole).

    AHP in ideal mode keeps the order of the others when the removed community is not the best
    in any criterion (another is at least as good in each): every column's maximum, hence every
    other community's local and global priority, stays the same. When it is the best somewhere,
    reversal can happen, as in distributive mode (Belton, V. & Gear, T. 1983, "On a short-coming
    of Saaty's method of analytic hierarchies", Omega 11(3):228-230; Saaty, T.L. & Vargas, L.G.
    1984, "The legitimacy of rank reversal", Omega 12(5):513-516). This holds for numeric and
    verbal criteria with complete data; criteria judged pairwise are re-derived from the
    remaining judgements, and a missing cell counted as the worst value takes the worst of those
    left, so either can still move.

    Cost: one :func:`~app.models.analysis.prepare` and two rankings per eligible community; use
    :func:`prepare_removals` once per data change and :meth:`Removals.reversals` per weight
    change to avoid repeating the first.
    """
    vector = weight_vector(workshop) if weights is None else weights
    return prepare_removals(workshop).reversals(vector)
