"""TOPSIS: closeness of each community to the ideal, textbook form of Hwang & Yoon (1981).

Reference: Hwang, C.L. & Yoon, K. (1981). *Multiple Attribute Decision Making: Methods and
Applications. A State-of-the-Art Survey.* Lecture Notes in Economics and Mathematical Systems 186,
Springer, Berlin (worked fighter-aircraft example on pp. 133-134, reproduced in the tests).

For ``n`` communities and ``m`` criteria with values ``x_ij``, weights ``w_j`` and a direction per
criterion (benefit "max" or cost "min"):

1. Vector normalisation: ``r_ij = x_ij / sqrt(sum_i x_ij^2)``. A column whose norm is 0 (all
   values 0) normalises to zeros instead of ``0/0``.
2. Weights are divided by their sum, ``w_j = W_j / sum_k W_k``; weighted values ``v_ij = w_j r_ij``.
3. Ideal ``A+``: per criterion the best weighted value, the maximum for a benefit criterion and the
   minimum for a cost criterion; anti-ideal ``A-``: the worst (the opposite). Cost values are not
   inverted before normalising: inversion gives different numbers from the textbook.
4. Euclidean separations ``d+_i = ||v_i - A+||`` and ``d-_i = ||v_i - A-||``.
5. Relative closeness ``C_i = d-_i / (d+_i + d-_i)`` in [0, 1]; larger is better.

Defined outcomes instead of ``NaN``:

- ``d+_i + d-_i = 0`` means the community coincides with the ideal and the anti-ideal at once:
  no weighted criterion discriminates between communities (every weighted criterion has one value
  for all, or there is a single community). Then ``C_i = 0.5`` by definition, halfway, and all
  communities tie.
- All weights zero: no criterion counts, so every closeness is 0.5 (all tied) and
  :attr:`TopsisResult.zero_weights` is set so the interface can say why.

Batches: ``weights`` may be ``(K, m)``, for instance K sampled weight vectors for a sensitivity
analysis. Because weights are non-negative, ``A+_j = w_j r*_j`` with ``r*_j`` the best normalised
value, hence ``(d+_i)^2 = sum_j w_j^2 (r_ij - r*_j)^2``: for all K vectors at once this is the
matrix product ``(W**2) @ ((R - r*)**2).T``, without ever building the ``(K, n, m)`` weighted
matrices. The single-vector case uses the same identity.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final

import numpy as np

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.ranking import competition_ranks, stable_order

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import BoolArray, FloatArray, IntArray

#: A criterion's direction: "max" or 1 for a benefit criterion, "min" or -1 for a cost criterion.
Direction = str | int | np.integer[Any]

#: Closeness given when a community is at once at the ideal and the anti-ideal (see module doc).
UNDECIDED_CLOSENESS: Final = 0.5

#: Multiply-adds per matrix product in :func:`topsis` (below OpenBLAS's threading threshold).
_PRODUCT_BLOCK: Final = 1 << 17

#: Accepted spellings of a criterion's direction: True for benefit (max), False for cost (min).
_DIRECTIONS: Final[dict[object, bool]] = {"max": True, "min": False, 1: True, -1: False}


@dataclass(frozen=True, eq=False)
class TopsisResult:
    """Every intermediate of one TOPSIS run (single weight vector, or a batch of K).

    Shapes: ``n`` communities, ``m`` criteria, ``K`` weight vectors in a batch. Arrays are
    read-only. ``ranks``, ``order`` and ``weighted`` are computed on first access and cached:
    for a large batch they cost more than the closeness itself and are often not needed.
    """

    #: Vector-normalised values r_ij, (n, m); dimensionless, each non-zero column has norm 1.
    normalized: FloatArray
    #: Weights divided by their sum, (m,) or (K, m); a row of zeros where all weights were zero.
    weights: FloatArray
    #: Ideal A+ in the weighted space, (m,) or (K, m).
    ideal: FloatArray
    #: Anti-ideal A- in the weighted space, (m,) or (K, m).
    anti_ideal: FloatArray
    #: Euclidean distance to the ideal, (n,) or (K, n).
    d_plus: FloatArray
    #: Euclidean distance to the anti-ideal, (n,) or (K, n).
    d_minus: FloatArray
    #: Relative closeness C = d- / (d+ + d-) in [0, 1], higher is better; (n,) or (K, n).
    closeness: FloatArray
    #: True for a benefit criterion (max), False for a cost criterion (min); (m,).
    benefit: BoolArray
    #: True for a criterion with one value for every community: it cannot discriminate; (m,).
    non_discriminating: BoolArray
    #: All weights were zero (every closeness is 0.5): bool, or (K,) bool array for a batch.
    zero_weights: bool | BoolArray

    @property
    def is_batch(self) -> bool:
        """True when the result holds K weight vectors."""
        return self.weights.ndim == 2

    @cached_property
    def ranks(self) -> IntArray:
        """Competition ranks ("1224") of the closeness, 1 = best, ties share the best rank."""
        ranks = competition_ranks(self.closeness, higher_is_better=True)
        ranks.flags.writeable = False
        return ranks

    @cached_property
    def order(self) -> IntArray:
        """Community indices best first, (n,) or (K, n); tied communities keep input order."""
        order = stable_order(self.closeness, self.ranks)
        order.flags.writeable = False
        return order

    @cached_property
    def weighted(self) -> FloatArray:
        """Weighted normalised values v_ij = w_j r_ij, (n, m) or (K, n, m)."""
        weighted = self.normalized * self.weights[..., None, :]
        weighted.flags.writeable = False
        return weighted


def topsis(
    matrix: npt.ArrayLike, weights: npt.ArrayLike, objectives: Sequence[Direction]
) -> TopsisResult:
    """Rank communities by TOPSIS (Hwang & Yoon 1981), steps as in the module docstring.

    ``matrix``: finite numbers, n communities (rows) x m criteria (columns), in each criterion's
    own unit (vector normalisation makes units irrelevant). ``weights``: m non-negative numbers,
    or K rows of them for a batch; only their proportions count. ``objectives``: one direction per
    criterion, ``"max"`` / ``1`` for a benefit criterion, ``"min"`` / ``-1`` for a cost criterion.

    Raises :class:`InvalidInputError` (message naming the community, criterion or weight, numbered
    from 1) for a non-finite value, a negative or non-finite weight, an unknown direction, or
    shapes that do not fit together.
    """
    try:
        values = np.asarray(matrix, dtype=np.float64)
    except (TypeError, ValueError):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The TOPSIS table must be rows of equal length holding numbers only."
            )
        ) from None
    if values.ndim != 2 or values.shape[0] == 0 or values.shape[1] == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "TOPSIS needs a table with at least one community (row) and one criterion "
                "(column).",
            )
        )
    n_criteria = values.shape[1]
    if not np.isfinite(values).all():
        row, column = np.argwhere(~np.isfinite(values))[0]
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Community {community}, criterion {criterion}: the value is not a finite number.",
            ),
            community=int(row) + 1,
            criterion=int(column) + 1,
        )
    benefit = _benefit_mask(objectives, n_criteria)
    weight_values, zero_rows = _normalized_weights(weights, n_criteria)

    # Step 1: vector normalisation; an all-zero column stays zero instead of 0/0. Dividing by
    # the column's largest magnitude first keeps x^2 from overflowing (or underflowing) for
    # values far from 1; it cancels out of r_ij.
    magnitude = np.abs(values).max(axis=0)
    scaled = values / np.where(magnitude > 0.0, magnitude, 1.0)
    norms = np.sqrt(np.einsum("ij,ij->j", scaled, scaled))
    normalized = scaled / np.where(norms > 0.0, norms, 1.0)

    # Step 3 in the normalised space: weights are non-negative, so the best weighted value of a
    # column is its weight times the best normalised value, and likewise for the worst.
    column_max = normalized.max(axis=0)
    column_min = normalized.min(axis=0)
    best = np.where(benefit, column_max, column_min)
    worst = np.where(benefit, column_min, column_max)

    # Step 4: (d+)^2 = sum_j w_j^2 (r_ij - r*_j)^2: a matrix product (K, m) @ (m, n) for K weight
    # vectors (K = 1 for a single one). d+, d- and the closeness share one block, filled in place:
    # for a large batch every extra (K, n) allocation costs about as much as the arithmetic.
    n_communities = values.shape[0]
    squared_weights = (weight_values * weight_values).reshape(-1, n_criteria)
    plus_gaps = np.square(normalized - best).T
    minus_gaps = np.square(normalized - worst).T
    block = np.empty((3, squared_weights.shape[0], n_communities))
    # Products are taken a few hundred weight vectors at a time: small enough that the BLAS does
    # not spread them over threads (its idle threads then spin and compete with the rest of this
    # function for the cores, making a 10,000-vector batch 2-3 times slower on a busy machine)
    # and that the rows stay in cache for the square roots.
    step = max(1, _PRODUCT_BLOCK // (n_communities * n_criteria))
    for first in range(0, squared_weights.shape[0], step):
        rows = squared_weights[first : first + step]
        plus = block[0, first : first + step]
        minus = block[1, first : first + step]
        np.matmul(rows, plus_gaps, out=plus)
        np.sqrt(plus, out=plus)
        np.matmul(rows, minus_gaps, out=minus)
        np.sqrt(minus, out=minus)
    if weight_values.ndim == 1:
        block = block[:, 0]
    d_plus, d_minus, closeness = block

    # Step 5: relative closeness; 0.5 where the community is at the ideal and the anti-ideal at
    # once (nothing weighted discriminates), so the result is never NaN. Dividing by total + 1
    # there and patching is much faster on large batches than a masked divide.
    np.add(d_plus, d_minus, out=closeness)
    undecided = closeness == 0.0
    closeness += undecided
    np.divide(d_minus, closeness, out=closeness)
    if undecided.any():
        closeness[undecided] = UNDECIDED_CLOSENESS

    ideal = weight_values * best
    anti_ideal = weight_values * worst
    non_discriminating = column_max == column_min
    arrays = (normalized, weight_values, ideal, anti_ideal, d_plus, d_minus, closeness, benefit)
    for array in (*arrays, non_discriminating):
        array.flags.writeable = False
    return TopsisResult(
        normalized=normalized,
        weights=weight_values,
        ideal=ideal,
        anti_ideal=anti_ideal,
        d_plus=d_plus,
        d_minus=d_minus,
        closeness=closeness,
        benefit=benefit,
        non_discriminating=non_discriminating,
        zero_weights=bool(zero_rows[0]) if weight_values.ndim == 1 else zero_rows,
    )


def _benefit_mask(objectives: Sequence[Direction], n_criteria: int) -> BoolArray:
    """True per benefit criterion; raise naming the first direction that is not max or min."""
    directions = list(objectives)
    if len(directions) != n_criteria:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Criterion directions given: {count}; criteria: {criteria}. Each criterion needs "
                "one direction, max or min.",
            ),
            count=len(directions),
            criteria=n_criteria,
        )
    mask = np.empty(n_criteria, dtype=bool)
    for j, direction in enumerate(directions):
        key = direction.strip().lower() if isinstance(direction, str) else direction
        # bool is an int in Python; True must not pass for +1.
        found = None if isinstance(key, bool | np.bool_) else _lookup_direction(key)
        if found is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Criterion {criterion}: the direction “{value}” is neither max nor min.",
                ),
                criterion=j + 1,
                value=direction,
            )
        mask[j] = found
    return mask


def _lookup_direction(key: object) -> bool | None:
    """The direction for ``key``, or None if it is not an accepted spelling."""
    try:
        return _DIRECTIONS.get(key)
    except TypeError:  # unhashable, e.g. a list
        return None


def _normalized_weights(weights: npt.ArrayLike, n_criteria: int) -> tuple[FloatArray, BoolArray]:
    """Weights divided by their row sum, (m,) or (K, m), and which rows were all zero."""
    try:
        values = np.asarray(weights, dtype=np.float64)
    except (TypeError, ValueError):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The weights must be numbers, one per criterion.")
        ) from None
    if values.ndim not in (1, 2) or values.shape[-1] != n_criteria or values.size == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There must be one weight per criterion ({criteria}), or rows of them; "
                "got the shape {shape}.",
            ),
            criteria=n_criteria,
            shape=values.shape,
        )
    valid = np.isfinite(values) & (values >= 0.0)
    if not valid.all():
        position = np.argwhere(~valid)[0]
        column = int(position[-1])
        value = float(values[tuple(position)])
        if values.ndim == 1:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Criterion {criterion}: the weight {value} must be a number of zero or more.",
                ),
                criterion=column + 1,
                value=value,
            )
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Weight set {row}, criterion {criterion}: the weight {value} must be a number of "
                "zero or more.",
            ),
            row=int(position[0]) + 1,
            criterion=column + 1,
            value=value,
        )
    totals = values.sum(axis=-1, keepdims=True)
    zero = totals == 0.0
    normalized = values / np.where(zero, 1.0, totals)
    return normalized, zero[..., 0] if values.ndim == 2 else zero.reshape(1)
