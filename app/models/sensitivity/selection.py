"""Focus communities: choose k of the ranked communities so that quotas per region (or any other
attribute) hold, and no other feasible choice is better placed.

The rule and the proof that it is best are in :func:`select_with_quotas`.

Pure Python, no Qt. Communities are *workshop* community indices.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Quota


def select_with_quotas(
    order: Sequence[int],
    attribute: Sequence[str] | Mapping[int, str],
    k: int,
    quotas: Sequence[Quota],
) -> tuple[int, ...]:
    """Choose ``k`` focus communities from ``order`` (workshop indices, eligible only, best
    first) so that each quota holds: between ``minimum`` and ``maximum`` chosen communities whose
    ``attribute[community]`` (e.g. region) equals the quota's ``value``. Values without a quota
    have no limit. Returns the chosen workshop indices, best first.

    Rule: first each quota's ``minimum`` best-ranked members; then the remaining places in rank
    order, skipping values at their ``maximum``.

    Why it is best: for any scoring that values a better place more (any strictly decreasing
    quality of the place), no other feasible choice scores as much. For fixed counts per value the
    best choice is the best-ranked members of each value (swapping a chosen member for a better
    unchosen one of the same value keeps the counts). Suppose a best choice O has counts o_v that
    differ from the rule's counts g_v. As both sum to k there are values a with o_a > g_a
    (>= minimum_a) and b with o_b < g_b (<= maximum_b). The rule took b's g_b-th member in the
    filling step (g_b > o_b >= minimum_b) while a was below its maximum (g_a < o_a) and a's next
    member was free all along, so that member of b ranks before a's (g_a + 1)-th and hence before
    a's o_a-th member y. Exchanging y in O for b's (o_b + 1)-th member (ranked at least as well as
    b's g_b-th) keeps O feasible and strictly improves it: a contradiction. Hence o = g.

    Raises :class:`InvalidInputError`, naming the quota and the numbers, when ``k`` exceeds the
    eligible communities, the minimums add up to more than ``k``, a value has fewer eligible
    communities than its minimum, a minimum exceeds its maximum, or the maximums leave fewer than
    ``k`` places.
    """
    chosen_order = [int(i) for i in order]
    if k < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of focus communities must be at least 1.")
        )
    if k > len(chosen_order):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{k} focus communities are asked for, but only {count} communities are eligible.",
            ),
            k=k,
            count=len(chosen_order),
        )
    members: dict[str, list[int]] = {}
    for community in chosen_order:
        members.setdefault(attribute[community], []).append(community)
    limits: dict[str, Quota] = {}
    for quota in quotas:
        if quota.value in limits:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "{value} has more than one quota."),
                value=quota.value,
            )
        limits[quota.value] = quota
        available = len(members.get(quota.value, []))
        if quota.maximum is not None and quota.minimum > quota.maximum:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{value}: the minimum {minimum} is above the maximum {maximum}."
                ),
                value=quota.value,
                minimum=quota.minimum,
                maximum=quota.maximum,
            )
        if quota.minimum > available:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{value}: at least {minimum} communities are required, but only {count} are "
                    "eligible.",
                ),
                value=quota.value,
                minimum=quota.minimum,
                count=available,
            )
    required = sum(q.minimum for q in quotas)
    if required > k:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The minimums of the quotas add up to {required}, more than the {k} focus "
                "communities.",
            ),
            required=required,
            k=k,
        )
    capped = [q for q in quotas if q.maximum is not None]
    places = sum(
        len(group)
        if value not in limits or limits[value].maximum is None
        else min(len(group), limits[value].maximum or 0)
        for value, group in members.items()
    )
    if places < k:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The maximums of {values} leave only {places} places for {k} focus communities.",
            ),
            values=", ".join(q.value for q in capped),
            places=places,
            k=k,
        )
    chosen = {c for q in quotas for c in members.get(q.value, [])[: q.minimum]}
    counts = {value: sum(1 for c in group if c in chosen) for value, group in members.items()}
    for community in chosen_order:
        if len(chosen) == k:
            break
        value = attribute[community]
        limit = limits[value].maximum if value in limits else None
        if community in chosen or (limit is not None and counts[value] >= limit):
            continue
        chosen.add(community)
        counts[value] += 1
    return tuple(c for c in chosen_order if c in chosen)
