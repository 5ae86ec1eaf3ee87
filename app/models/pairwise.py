"""Answers to pairwise questions, whatever is compared, and what they say.

The same machinery serves a group's judgements of the criteria (:mod:`app.models.judgements`),
the comparisons of the communities under a criterion judged pairwise and those of a verbal
criterion's levels. Answers are keyed by ids, ``(a, b) -> how many times a is better (or more
important) than b`` on Saaty's scale, each pair once; here they become index form over the ids,
``{(i, j): a_ij}`` with ``i < j`` (:func:`index_pairs`), and :func:`pairwise_priorities` says what
they give:

- complete answers: the principal eigenvector and the consistency ratio (Saaty 1980);
- incomplete but connected answers: logarithmic least squares (Crawford & Williams 1985; Bozóki,
  Fülöp & Rónyai 2010), with the consistency ratio of the completed matrix;
- answers that do not link every item yet: no priorities, and the questions to ask next.

:func:`comparison_column` turns the comparisons of the communities under a criterion into that
criterion's column of values (relative measurement, Saaty 1980); :mod:`app.models.derived` and
:meth:`app.models.workshop.Workshop.from_dict` put such columns into a workshop
(:func:`with_comparison_columns`).

Ids and answers only, no workshop: :mod:`app.models.workshop` builds on this module. Pure numpy,
no Qt.

References
    - Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill, New York.
    - Crawford, G. & Williams, C. (1985). A note on the analysis of subjective judgment matrices.
      Journal of Mathematical Psychology 29(4):387-405.
    - Bozóki, S., Fülöp, J. & Rónyai, L. (2010). On optimal completion of incomplete pairwise
      comparison matrices. Mathematical and Computer Modelling 52(1-2):318-333.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np

from app.models import ahp
from app.models.ahp import Inconsistency

if TYPE_CHECKING:
    from app.models.arrays import FloatArray


Pair = tuple[int, int]
PriorityMethod = Literal["eigenvector", "llsm"]


def index_pairs(ids: Sequence[str], stored: Mapping[tuple[str, str], float]) -> dict[Pair, float]:
    """Judgements keyed by ids, ``(a, b) -> a over b``, in index form ``{(i, j): a_ij}``,
    ``i < j``, over ``ids`` (a pair stored the other way round is inverted). Pairs naming an
    unknown id are ignored."""
    index = {item: k for k, item in enumerate(ids)}
    pairs: dict[Pair, float] = {}
    for (a, b), value in stored.items():
        i, j = index.get(a), index.get(b)
        if i is None or j is None or i == j:
            continue
        pairs[(i, j) if i < j else (j, i)] = float(value) if i < j else 1.0 / float(value)
    return pairs


def complete_matrix(n: int, pairs: Mapping[Pair, float]) -> FloatArray | None:
    """The full reciprocal matrix of answers in index form, or None while a pair is unanswered."""
    if n == 0 or len(pairs) < n * (n - 1) // 2:
        return None
    matrix = np.ones((n, n))
    for (i, j), value in pairs.items():
        matrix[i, j] = value
        matrix[j, i] = 1.0 / value
    return matrix


@dataclass(frozen=True, slots=True, eq=False)
class PairwisePriorities:
    """What a set of pairwise answers says, as the pairwise editor shows it: a group's
    judgements of the criteria, the comparisons of the communities under a criterion, or of a
    verbal criterion's levels.

    - ``items``: the ids of what is compared (criteria, communities, levels), the order of every
      index here;
    - ``pairs``: the answered pairs ``{(i, j): a_ij}``, ``i < j``;
    - ``priorities``: positive, sum 1, over ``criteria``; None while the answers do not link
      every criterion ("not enough comparisons");
    - ``method``: ``"eigenvector"`` (every pair answered) or ``"llsm"`` (incomplete), or None;
    - ``cr``: the consistency ratio (of the completed matrix when incomplete), or None;
    - ``inconsistencies``: the *answered* judgements by contribution to the inconsistency,
      largest first (see :class:`app.models.ahp.Inconsistency`);
    - ``answered`` and ``total``: pairs answered and all pairs, ``n (n - 1) / 2``;
    - ``missing_links``: how many more answers at least are needed before priorities exist
      (the number of unlinked groups of criteria minus one; 0 once connected);
    - ``suggestions``: the pairs to ask next, most useful first
      (:func:`app.models.ahp.suggest_next`).
    """

    items: tuple[str, ...]
    pairs: Mapping[Pair, float]
    priorities: FloatArray | None
    method: PriorityMethod | None
    cr: float | None
    inconsistencies: tuple[Inconsistency, ...]
    answered: int
    total: int
    missing_links: int
    suggestions: tuple[Pair, ...]

    @property
    def enough(self) -> bool:
        """True when the answers determine the priorities."""
        return self.priorities is not None

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.answered == self.total

    @property
    def acceptable(self) -> bool:
        """True unless the consistency ratio is above Saaty's 0.10."""
        return self.cr is None or self.cr <= ahp.CR_ACCEPTABLE

    def weights(self) -> dict[str, float]:
        """Raw slider weights (0..100) of these priorities: priority x 100 per criterion id."""
        if self.priorities is None:
            return {}
        return {cid: float(p) * 100.0 for cid, p in zip(self.items, self.priorities, strict=True)}


def pairwise_priorities(ids: Sequence[str], pairs: Mapping[Pair, float]) -> PairwisePriorities:
    """Priorities, consistency and suggestions of answers in index form over ``ids``.

    Complete answers: the principal eigenvector and Saaty's CR (:func:`app.models.ahp.
    priorities`). Incomplete but connected: LLSM (:func:`app.models.ahp.priorities_incomplete`),
    whose CR is that of the matrix completed with ``w_i / w_j``; the contributions are those of
    that completed matrix, restricted to the answered pairs, since only those can be changed.
    """
    items = tuple(ids)
    n = len(items)
    total = n * (n - 1) // 2
    if n == 0:
        return PairwisePriorities(items, pairs, None, None, None, (), 0, 0, 0, ())
    matrix = complete_matrix(n, pairs)
    if matrix is not None:
        result = ahp.priorities(matrix)
        return PairwisePriorities(
            items, pairs, result.priorities, "eigenvector", result.cr,
            result.inconsistencies, len(pairs), total, 0, (),
        )  # fmt: skip
    suggestions = tuple(ahp.suggest_next(n, pairs))
    incomplete = ahp.priorities_incomplete(n, pairs)
    if not incomplete.connected or incomplete.completed is None:
        missing = len(incomplete.components) - 1
        return PairwisePriorities(
            items, pairs, None, None, None, (), len(pairs), total, missing, suggestions
        )
    answered = set(pairs)
    inconsistencies = tuple(
        item
        for item in ahp.priorities(incomplete.completed).inconsistencies
        if (item.row, item.col) in answered
    )
    return PairwisePriorities(
        items, pairs, incomplete.priorities, "llsm", incomplete.cr,
        inconsistencies, len(pairs), total, 0, suggestions,
    )  # fmt: skip


def comparison_column(
    comparisons: Mapping[tuple[str, str], float], ids: Sequence[str]
) -> FloatArray:
    """The values of a criterion judged pairwise from its ``comparisons`` of the communities
    ``ids``: each community's priority divided by the largest (ideal form, so the best community
    has 1). All missing (NaN) while the comparisons do not link every community: priorities of
    unlinked sets cannot be put on one scale, and the ranking then leaves the criterion out with a
    note until they do."""
    result = pairwise_priorities(ids, index_pairs(ids, comparisons))
    if result.priorities is None:
        return np.full(len(ids), np.nan)
    column: FloatArray = result.priorities / result.priorities.max()
    return column


def with_comparison_columns(
    values: FloatArray,
    comparisons: Mapping[int, Mapping[tuple[str, str], float]],
    ids: Sequence[str],
) -> FloatArray:
    """``values`` (communities ``ids`` x criteria) with each column ``j`` of ``comparisons`` set
    from that criterion's comparisons (:func:`comparison_column`): a new array, or ``values``
    itself when no column changes."""
    if not comparisons or not ids:
        return values
    result = values.copy()
    for j, stored in comparisons.items():
        result[:, j] = comparison_column(stored, ids)
    return values if np.array_equal(result, values, equal_nan=True) else result
