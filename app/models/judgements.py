"""A group's pairwise judgements of the criteria: priorities, consistency, combination, consensus.

This module adapts :mod:`app.models.ahp` to the workshop document. A :class:`~app.models.workshop.
Group` stores its judgements keyed by criterion ids, ``(a, b) -> how many times a is more
important than b``, each pair once (see :func:`app.models.edits.set_judgement` for the canonical
order). Here they become index form over the workshop's *weighted* criteria (gates carry no
weight and are never compared), ``{(i, j): a_ij}`` with ``i < j``; what any set of pairwise
answers says (priorities, consistency, suggestions) is computed by :mod:`app.models.pairwise`.

- :func:`group_priorities`: eigenvector priorities and CR for a complete set of answers (Saaty
  1980); logarithmic least squares for an incomplete but connected set (Crawford & Williams
  1985; Bozóki, Fülöp & Rónyai 2010); a "not enough comparisons" state, not an error, when the
  answers do not yet link every criterion.
- :func:`combined_weights`: the combined weight set, by aggregation of individual judgements
  (AIJ) when every contributing group judged every pair and uses those judgements as its
  weights, else by aggregation of individual priorities (AIP) of the groups' weight vectors
  (Forman & Peniwati 1998, EJOR 108:165-169).
- :func:`kendall_w`: Kendall's coefficient of concordance over the groups' rankings, with the
  correction for ties (Kendall & Babington Smith 1939, Annals of Mathematical Statistics
  10(3):275-287; Siegel & Castellan 1988, Nonparametric Statistics, 2nd ed., section 9.4).
- :func:`most_contested_pair`: the pair whose judgements differ most between the groups.

Pure Python and numpy; no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Literal

import numpy as np

from app.models import ahp
from app.models.criterion import Criterion
from app.models.pairwise import (
    Pair,
    PairwisePriorities,
    complete_matrix,
    index_pairs,
    pairwise_priorities,
)
from app.models.ranking import average_ranks
from app.models.weights import combine_weight_vectors, normalized
from app.models.workshop import Community, Group, Workshop

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import FloatArray


CombinationMethod = Literal["AIJ", "AIP"]

#: Saaty's 1-9 scale towards either side, a over b: 1/9 ... 1/2, 1, 2 ... 9 (17 values).
SAATY_SCALE: Final[tuple[float, ...]] = tuple(
    [1.0 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)]
)


def nearest_scale_value(value: float) -> float:
    """The value of :data:`SAATY_SCALE` nearest to ``value`` on a log scale (ratios, not
    differences: 1/3 and 3 are equally far from 1). Values beyond the scale give 1/9 or 9."""
    if not (math.isfinite(value) and value > 0):
        raise ValueError(f"a judgement must be a positive number, not {value!r}")
    log_value = math.log(value)
    return min(SAATY_SCALE, key=lambda s: abs(math.log(s) - log_value))


# --------------------------------------------------------------------------------------------
# One group
# --------------------------------------------------------------------------------------------


def weighted_ids(workshop: Workshop) -> tuple[str, ...]:
    """Ids of the criteria that are compared pairwise (every criterion but the gates), in order."""
    return tuple(c.id for c in workshop.weighted_criteria)


def judgement_pairs(workshop: Workshop, group: Group) -> dict[Pair, float]:
    """The group's judgements in index form ``{(i, j): a_ij}``, ``i < j``, over the weighted
    criteria. Judgements naming a gate or an unknown criterion are ignored."""
    return index_pairs(weighted_ids(workshop), group.judgements)


def judgement_matrix(
    workshop: Workshop, group: Group
) -> tuple[FloatArray | None, dict[Pair, float]]:
    """The group's full reciprocal judgement matrix over the weighted criteria, or None while a
    pair is unanswered; and the answered pairs in index form (see :func:`judgement_pairs`)."""
    pairs = judgement_pairs(workshop, group)
    return complete_matrix(len(workshop.weighted_criteria), pairs), pairs


def group_priorities(workshop: Workshop, group: Group) -> PairwisePriorities:
    """Priorities, consistency and suggestions of ``group``'s judgements of the weighted
    criteria (see :func:`app.models.pairwise.pairwise_priorities`)."""
    return pairwise_priorities(weighted_ids(workshop), judgement_pairs(workshop, group))


# --------------------------------------------------------------------------------------------
# Communities under a criterion, and a verbal criterion's levels
# --------------------------------------------------------------------------------------------


def community_priorities(
    criterion: Criterion, communities: Sequence[Community]
) -> PairwisePriorities:
    """The comparisons of ``communities`` under a criterion judged pairwise
    (:attr:`~app.models.criterion.CriterionKind.PAIRWISE`): how many times community ``a`` is
    better than ``b`` on it, keyed by community ids (relative measurement, Saaty 1980)."""
    ids = [c.id for c in communities]
    return pairwise_priorities(ids, index_pairs(ids, criterion.comparisons))


def level_pairs(criterion: Criterion) -> dict[Pair, float]:
    """A verbal criterion's ``level_comparisons`` in index form ``{(i, j): a_ij}``, ``i < j``
    (0-based level numbers; answers naming a level it does not have are ignored)."""
    ids = [str(k) for k in range(len(criterion.levels))]
    stored = {(str(i), str(j)): v for (i, j), v in criterion.level_comparisons.items()}
    return index_pairs(ids, stored)


def level_priorities(criterion: Criterion) -> PairwisePriorities:
    """The comparisons of a verbal criterion's levels (rating priorities, Saaty 2006 absolute
    measurement), over the 0-based level numbers as ids."""
    return pairwise_priorities(
        [str(k) for k in range(len(criterion.levels))], level_pairs(criterion)
    )


def spread_weights(workshop: Workshop, weighted: FloatArray) -> FloatArray:
    """A vector over the weighted criteria spread over all criteria (gates get 0)."""
    full = np.zeros(len(workshop.criteria))
    columns = [k for k, c in enumerate(workshop.criteria) if not c.is_gate]
    full[columns] = weighted
    return full


# --------------------------------------------------------------------------------------------
# The combined set
# --------------------------------------------------------------------------------------------


def contributing_groups(workshop: Workshop) -> tuple[Group, ...]:
    """The groups that count in the combination (combination weight above 0)."""
    return tuple(g for g in workshop.groups if g.combination_weight > 0)


def combined_weights(workshop: Workshop) -> tuple[FloatArray, CombinationMethod]:
    """The combined weight set over all criteria (sum 1, or all 0) and how it was made.

    AIJ when every contributing group (combination weight > 0; at least one) answered every
    pair and its weights come from those judgements: the element-wise weighted geometric mean of
    their judgement matrices, then its principal eigenvector (Forman & Peniwati 1998; Aczél &
    Saaty 1983). Otherwise AIP: the weighted geometric mean of the groups' normalised weight
    vectors, renormalised (:func:`app.models.weights.combine_weight_vectors`). A group with
    combination weight 0 has no influence either way.
    """
    groups = contributing_groups(workshop)
    if groups and workshop.weighted_criteria and all(g.weights_from_judgements for g in groups):
        matrices = [judgement_matrix(workshop, g)[0] for g in groups]
        complete = [m for m in matrices if m is not None]
        if len(complete) == len(groups):
            aggregated = ahp.aggregate_judgements(complete, [g.combination_weight for g in groups])
            return spread_weights(workshop, ahp.priorities(aggregated).priorities), "AIJ"
    vector = combine_weight_vectors(
        [normalized(workshop.group_weight_vector(g)) for g in workshop.groups],
        [g.combination_weight for g in workshop.groups],
        len(workshop.criteria),
    )
    return vector, "AIP"


# --------------------------------------------------------------------------------------------
# Agreement between the groups
# --------------------------------------------------------------------------------------------


def kendall_w(rankings: npt.ArrayLike) -> float | None:
    """Kendall's coefficient of concordance ``W`` of ``m`` rankings (rows) of ``n`` items.

    Each row is turned into average ranks (tied items share the mean of their places), then
    ``W = 12 S / (m^2 (n^3 - n) - m T)`` with ``S`` the sum of squared deviations of the items'
    rank sums from their mean and ``T`` the sum over rankings and tie groups of ``t^3 - t``
    (Kendall & Babington Smith 1939; Siegel & Castellan 1988, eq. 9.16). ``W`` is 1 when every
    ranking is the same and 0 when the rankings cancel out (two reversed rankings). None when it
    is undefined: fewer than two rankings or two items, or every ranking all ties.
    """
    r = np.asarray(rankings, dtype=np.float64)
    if r.ndim != 2 or r.shape[0] < 2 or r.shape[1] < 2:
        return None
    m, n = r.shape
    ranks = np.array([average_ranks(row) for row in r])
    ties = 0.0
    for row in r:
        _, counts = np.unique(row, return_counts=True)
        ties += float(np.sum(counts.astype(np.float64) ** 3 - counts))
    sums = ranks.sum(axis=0)
    s = float(np.sum((sums - sums.mean()) ** 2))
    denominator = m * m * (n**3 - n) - m * ties
    if denominator <= 0:
        return None
    return float(min(1.0, max(0.0, 12.0 * s / denominator)))


@dataclass(frozen=True, slots=True)
class ContestedPair:
    """The pair of criteria the groups disagree on most.

    ``first`` and ``second`` are criterion ids; ``spread`` is the standard deviation of the
    natural logarithms of the groups' judgements ``a_first,second`` (0 when they all agree;
    ln 9 - ln(1/9) apart gives 2.197); ``judgements`` maps group id to its judgement.
    """

    first: str
    second: str
    spread: float
    judgements: Mapping[str, float]


def most_contested_pair(workshop: Workshop) -> ContestedPair | None:
    """The pair with the largest spread of judgements between the groups that answered it
    (at least two); None when no pair was answered by two groups or all agree exactly. On a tie,
    the first pair in criteria order. The spread is taken on logarithms because judgements are
    ratios: 1/3 and 3 are as far from 1 as each other."""
    ids = weighted_ids(workshop)
    answers: dict[Pair, dict[str, float]] = {}
    for group in workshop.groups:
        for pair, value in judgement_pairs(workshop, group).items():
            answers.setdefault(pair, {})[group.id] = value
    best: ContestedPair | None = None
    for pair in sorted(answers):
        values = answers[pair]
        if len(values) < 2:
            continue
        spread = float(np.std(np.log(np.fromiter(values.values(), dtype=np.float64))))
        if spread > 1e-12 and (best is None or spread > best.spread):
            best = ContestedPair(ids[pair[0]], ids[pair[1]], spread, dict(values))
    return best


def group_weight_batch(workshop: Workshop, groups: Sequence[Group]) -> FloatArray:
    """The normalised weight vectors of ``groups`` over all criteria, one row each ``(K, m)``,
    for ranking every group in one call (:meth:`app.models.analysis.Problem.rank`)."""
    m = len(workshop.criteria)
    if not groups:
        return np.zeros((0, m))
    return np.array([normalized(workshop.group_weight_vector(g)) for g in groups])
