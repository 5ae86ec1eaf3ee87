"""Weights from a rank order of the criteria (most important first), with ties.

Pure numpy, no Qt. A group that can say which criterion matters more, but not by how much, puts
the weighted criteria in order; the weights follow from the positions alone:

- Rank order centroid (ROC, the default), Barron & Barrett (1996), "Decision quality using ranked
  attribute weights", Management Science 42(11):1515-1523: the centroid of the set of weight
  vectors consistent with the order,
  ``w_i = (1/n) * sum_{k=i..n} 1/k`` (n = 4: 0.5208, 0.2708, 0.1458, 0.0625).
- Rank sum (RS), in the same paper (after Stillwell, Seaver & Edwards 1981): weights proportional
  to ``n + 1 - i``, ``w_i = 2 (n + 1 - i) / (n (n + 1))`` (n = 4: 0.4, 0.3, 0.2, 0.1).

Ties: criteria "as important as each other" occupy consecutive positions and share equally the
weights of those positions (each gets their average), so the weights still add up to 1 and a
criterion ranked before a tie keeps its weight.

The order is given as *tiers*: a sequence of groups of criterion ids, most important group first;
a group of more than one id is a tie. :func:`rank_order_weights` checks that the tiers hold every
weighted criterion of the workshop exactly once.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import TYPE_CHECKING

import numpy as np

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.text import joined
from app.models.workshop import Workshop

if TYPE_CHECKING:
    from app.models.arrays import FloatArray


class RankMethod(StrEnum):
    """How positions become weights."""

    ROC = "roc"  #: rank order centroid (the default)
    RANK_SUM = "rank_sum"  #: rank sum


def position_weights(n: int, method: RankMethod = RankMethod.ROC) -> FloatArray:
    """The weights of positions 1..n (most important first) without ties; they sum to 1."""
    if n < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "There are no weighted criteria to put in order.")
        )
    if method is RankMethod.ROC:
        # w_i = (1/n) * sum_{k=i..n} 1/k: a reversed cumulative sum of 1/k
        return np.cumsum((1.0 / np.arange(1, n + 1))[::-1])[::-1] / n
    positions = np.arange(1, n + 1, dtype=float)
    return 2.0 * (n + 1 - positions) / (n * (n + 1))


def tiered_weights(sizes: Sequence[int], method: RankMethod = RankMethod.ROC) -> FloatArray:
    """The weight of each criterion for tiers of ``sizes`` criteria (most important tier first):
    the criteria of a tier share the average weight of the positions they occupy."""
    if any(size < 1 for size in sizes):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "Rank order: every place must hold a criterion.")
        )
    weights = position_weights(sum(sizes), method)
    result = np.empty_like(weights)
    start = 0
    for size in sizes:
        result[start : start + size] = weights[start : start + size].mean()
        start += size
    return result


def rank_order_weights(
    workshop: Workshop,
    tiers: Sequence[Sequence[str]],
    method: RankMethod = RankMethod.ROC,
) -> dict[str, float]:
    """The weight (a share of 1) of every weighted criterion of ``workshop`` from ``tiers``.

    Raises :class:`InvalidInputError` naming the criterion (a :class:`~app.models.text.Name`,
    shown in the reader's language) when the tiers hold a gate or an unknown criterion, hold a
    criterion twice or leave a weighted criterion out.
    """
    weighted = {c.id: c for c in workshop.weighted_criteria}
    if not weighted:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "There are no weighted criteria to put in order.")
        )
    names = {c.id: c.named for c in workshop.criteria}
    seen: set[str] = set()
    for tier in tiers:
        for criterion_id in tier:
            if criterion_id not in weighted:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Rank order: {criterion} carries no weight (it is a gate or not a "
                        "criterion of the workshop).",
                    ),
                    criterion=names.get(criterion_id, criterion_id),
                )
            if criterion_id in seen:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Rank order: {criterion} is listed more than once; list each criterion "
                        "once.",
                    ),
                    criterion=names[criterion_id],
                )
            seen.add(criterion_id)
    missing = [c.named for c in workshop.weighted_criteria if c.id not in seen]
    if missing:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Rank order: every weighted criterion needs a place; missing: {criteria}.",
            ),
            criteria=joined(missing),
        )
    weights = tiered_weights([len(tier) for tier in tiers], method)
    ids = [criterion_id for tier in tiers for criterion_id in tier]
    return {criterion_id: float(w) for criterion_id, w in zip(ids, weights, strict=True)}


def tiers_from_ties(order: Sequence[str], tied_with_above: Sequence[bool]) -> list[list[str]]:
    """Tiers from an order and, for each criterion, whether it is as important as the one above
    (the first criterion's flag is ignored: there is nothing above it)."""
    tiers: list[list[str]] = []
    for criterion_id, tied in zip(order, tied_with_above, strict=True):
        if tied and tiers:
            tiers[-1].append(criterion_id)
        else:
            tiers.append([criterion_id])
    return tiers
