"""Raw weights: their shares, how the groups' weight sets combine, and how a slider moves them.

A group's weights are raw non-negative numbers per criterion (slider positions); only their share
of the total counts.

- :func:`normalized`: the shares (weights divided by their sum).
- :func:`combine_weight_vectors`: the groups' weight sets combined by the weighted geometric mean
  of their normalised vectors (aggregation of individual priorities, AIP; Forman & Peniwati
  1998). :func:`app.models.judgements.combined_weights` decides between this and the
  aggregation of the judgements.
- :func:`rebalance`: the rule by which one weight moves while others are locked (below).

Rebalancing rule (locks)
------------------------
Raw weights count only through their share of the group's total ``T``. Let ``k`` be the criterion
being moved to the value ``v``, ``L`` the locked criteria (other than ``k``) and ``O`` the other
unlocked criteria; all values are taken at the start of the move (the start of a drag or of a spin
box burst, see the weights panel, :mod:`app.ui.editors.weights_panel`), so a drag can go out and
back without losing the others' proportions.

1. No lock, or every locked weight is 0: only ``k`` changes; the total changes with it. (A locked
   weight of 0 keeps its share, 0, whatever the total.)
2. Some locked weight is above 0: the locked raw weights stay as they are *and* the total ``T``
   stays constant, so every locked share stays exactly what it was. ``v`` is clamped to
   ``[0, w_k + sum(O)]``; the others in ``O`` share ``sum(O) - (v - w_k)`` in proportion to their
   weights (equally when they are all 0).
3. Case 2 with ``O`` empty (every other criterion locked): no move can keep the locked shares, so
   the criterion cannot move (:func:`rebalance` returns ``None``; the panel disables its slider
   and spin box with a tooltip saying why).

Pure Python and numpy, no Qt.

References
    - Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and priorities with the
      Analytic Hierarchy Process. European Journal of Operational Research 108(1):165-169.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from app.models.arrays import FloatArray


def normalized(weights: FloatArray) -> FloatArray:
    """``weights`` divided by their sum; all-zero weights stay zero.

    Only the proportions count, whatever the scale: the weights are first divided by the largest,
    so that weights near the largest float (1e308, whose sum overflows to infinity) keep their
    proportions rather than all becoming 0."""
    values = np.asarray(weights, dtype=np.float64)
    largest = float(values.max()) if values.size else 0.0
    if not largest > 0:
        return values.astype(np.float64, copy=True)
    scaled = values / largest
    result: FloatArray = scaled / float(scaled.sum())
    return result


def combine_weight_vectors(
    vectors: Sequence[FloatArray], group_weights: Sequence[float], size: int
) -> FloatArray:
    """Weighted geometric mean of normalised weight vectors, renormalised (AIP).

    Groups whose own weights are all zero, or whose combination weight is 0, are left out. With no
    group left, the result is all zeros.
    """
    usable = [
        (vector, weight)
        for vector, weight in zip(vectors, group_weights, strict=True)
        if weight > 0 and vector.sum() > 0
    ]
    if not usable:
        return np.zeros(size)
    stack = np.array([vector for vector, _ in usable])
    exponents = np.array([weight for _, weight in usable])
    exponents = exponents / exponents.sum()
    # a zero weight in any group makes the geometric mean zero (0 ** w = 0 for w > 0)
    positive = (stack > 0).all(axis=0)
    combined = np.exp(exponents @ np.log(np.where(stack > 0, stack, 1.0)))
    combined = np.where(positive, combined, 0.0)
    return normalized(combined)


def rebalance(
    weights: Mapping[str, float], moved: str, value: float, locked: Collection[str]
) -> dict[str, float] | None:
    """The raw weights that change when ``moved`` is set to ``value`` (see the module docstring).

    ``weights`` holds the raw weights (>= 0) of every weighted criterion at the start of the move;
    ``locked`` the ids of the locked criteria (``moved`` itself is never treated as locked).
    Returns the new raw weights of ``moved`` and of the criteria rescaled with it (locked weights
    never appear: they do not change), or ``None`` when the move is impossible because every other
    criterion is locked and a locked weight is above 0.
    """
    value = max(0.0, float(value))
    locked_sum = sum(weights[c] for c in weights if c in locked and c != moved)
    if locked_sum <= 0:
        # no share to protect: only the moved weight changes
        return {moved: value}
    others = [c for c in weights if c != moved and c not in locked]
    if not others:
        return None
    start = weights[moved]
    others_sum = sum(weights[c] for c in others)
    # the total stays constant, so the moved weight can take at most what the others have
    value = min(value, start + others_sum)
    remaining = others_sum - (value - start)
    new = {moved: value}
    if remaining <= 0:
        new.update(dict.fromkeys(others, 0.0))
    elif others_sum > 0:
        factor = remaining / others_sum
        new.update({c: max(0.0, weights[c] * factor) for c in others})
    else:
        new.update(dict.fromkeys(others, remaining / len(others)))
    return new
