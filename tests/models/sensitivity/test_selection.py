"""Focus communities with quotas (app.models.sensitivity.selection): the rule, its optimality
against every feasible choice, and infeasible quotas."""

from __future__ import annotations

import numpy as np
import pytest

from app.models.errors import InvalidInputError
from app.models.sensitivity import (
    select_with_quotas,
)
from app.models.workshop import Quota

# -- quotas ------------------------------------------------------------------------------------

REGIONS = ["Cusco", "Apurímac", "Cusco", "Cusco", "Apurímac", "Cusco", "Apurímac"]


def test_quota_minimum_brings_in_the_best_of_a_region() -> None:
    order = [0, 2, 3, 5, 1, 4, 6]  # the four Cusco communities rank first
    assert select_with_quotas(order, REGIONS, 3, []) == (0, 2, 3)
    assert select_with_quotas(order, REGIONS, 3, [Quota("Apurímac", 1)]) == (0, 2, 1)
    assert select_with_quotas(order, REGIONS, 3, [Quota("Apurímac", 2)]) == (0, 1, 4)


def test_quota_maximum_skips_a_full_region() -> None:
    order = [0, 2, 3, 5, 1, 4, 6]
    quotas = [Quota("Cusco", 0, 1), Quota("Apurímac", 1)]
    assert select_with_quotas(order, REGIONS, 3, quotas) == (0, 1, 4)
    # Ranked order is kept in the result.
    assert select_with_quotas([6, 0, 4, 2], REGIONS, 3, [Quota("Cusco", 2)]) == (6, 0, 2)


def test_quota_selection_is_best_among_all_feasible_choices() -> None:
    from itertools import combinations

    rng = np.random.default_rng(0)
    for _ in range(30):
        order = rng.permutation(7).tolist()
        quotas = [
            Quota("Cusco", int(rng.integers(0, 2)), int(rng.integers(2, 4))),
            Quota("Apurímac", int(rng.integers(0, 2))),
        ]
        k = 3
        chosen = select_with_quotas(order, REGIONS, k, quotas)
        position = {c: p for p, c in enumerate(order)}

        def feasible(group: tuple[int, ...], quotas: list[Quota] = quotas) -> bool:
            for q in quotas:
                count = sum(REGIONS[c] == q.value for c in group)
                if count < q.minimum or (q.maximum is not None and count > q.maximum):
                    return False
            return True

        # Quality: sum of 1/(place); any strictly decreasing quality would do.
        best = max(
            sum(1 / (1 + position[c]) for c in group)
            for group in combinations(order, k)
            if feasible(group)
        )
        assert feasible(chosen)
        assert sum(1 / (1 + position[c]) for c in chosen) == pytest.approx(best)


@pytest.mark.parametrize(
    ("k", "quotas", "template", "params"),
    [
        (
            3,
            [Quota("Cusco", 2), Quota("Apurímac", 2)],
            "The minimums of the quotas add up to {required}, more than the {k} focus communities.",
            {"required": 4, "k": 3},
        ),
        (
            4,
            [Quota("Apurímac", 4)],
            "{value}: at least {minimum} communities are required, but only {count} are eligible.",
            {"value": "Apurímac", "minimum": 4, "count": 3},
        ),
        (
            6,
            [Quota("Cusco", 0, 2)],
            "The maximums of {values} leave only {places} places for {k} focus communities.",
            {"values": "Cusco", "places": 5, "k": 6},
        ),
        (
            8,
            [],
            "{k} focus communities are asked for, but only {count} communities are eligible.",
            {"k": 8, "count": 7},
        ),
        (
            2,
            [Quota("Cusco", 3, 1)],
            "{value}: the minimum {minimum} is above the maximum {maximum}.",
            {"value": "Cusco", "minimum": 3, "maximum": 1},
        ),
    ],
)
def test_infeasible_quotas_say_which_and_by_how_much(
    k: int, quotas: list[Quota], template: str, params: dict[str, object]
) -> None:
    with pytest.raises(InvalidInputError) as error:
        select_with_quotas(list(range(7)), REGIONS, k, quotas)
    assert error.value.template == template
    assert error.value.params == params
