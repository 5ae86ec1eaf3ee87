"""Weights from a rank order: ROC and rank sum against Barron & Barrett (1996), ties, bad orders."""

from __future__ import annotations

import numpy as np
import pytest

from app.models import edits
from app.models.document import Document
from app.models.errors import InvalidInputError
from app.models.rank_weights import (
    RankMethod,
    position_weights,
    rank_order_weights,
    tiered_weights,
    tiers_from_ties,
)
from tests.factories import make_workshop


def test_roc_for_four_criteria_matches_barron_and_barrett_1996() -> None:
    # Barron & Barrett (1996), Management Science 42(11):1515-1523, ROC weights for n = 4
    np.testing.assert_allclose(
        position_weights(4), [0.5208, 0.2708, 0.1458, 0.0625], atol=1e-4, rtol=0
    )


def test_roc_is_the_formula_for_every_n() -> None:
    for n in range(1, 12):
        expected = [sum(1.0 / k for k in range(i, n + 1)) / n for i in range(1, n + 1)]
        weights = position_weights(n, RankMethod.ROC)
        np.testing.assert_allclose(weights, expected, rtol=1e-14)
        assert weights.sum() == pytest.approx(1.0, abs=1e-14)
        assert np.all(np.diff(weights) < 0)


def test_rank_sum_for_four_criteria() -> None:
    np.testing.assert_allclose(
        position_weights(4, RankMethod.RANK_SUM), [0.4, 0.3, 0.2, 0.1], rtol=1e-14
    )
    # w_i = 2 (n + 1 - i) / (n (n + 1)) for n = 5: 5/15, 4/15, ...
    np.testing.assert_allclose(
        position_weights(5, RankMethod.RANK_SUM), np.array([5, 4, 3, 2, 1]) / 15, rtol=1e-14
    )


def test_a_single_criterion_gets_everything() -> None:
    assert position_weights(1).tolist() == [1.0]
    assert position_weights(1, RankMethod.RANK_SUM).tolist() == [1.0]


def test_tied_criteria_share_the_average_of_their_positions() -> None:
    roc = position_weights(4)
    # 1st, then 2nd and 3rd tied, then 4th
    tied = tiered_weights([1, 2, 1])
    np.testing.assert_allclose(tied, [roc[0], (roc[1] + roc[2]) / 2, (roc[1] + roc[2]) / 2, roc[3]])
    assert tied.sum() == pytest.approx(1.0, abs=1e-14)
    # rank sum, last two tied: 0.4, 0.3, 0.15, 0.15
    np.testing.assert_allclose(
        tiered_weights([1, 1, 2], RankMethod.RANK_SUM), [0.4, 0.3, 0.15, 0.15], rtol=1e-14
    )
    # everything tied is equal weights
    np.testing.assert_allclose(tiered_weights([4]), [0.25] * 4, rtol=1e-14)


def test_tiers_from_ties_ignores_the_first_flag() -> None:
    order = ["a", "b", "c", "d"]
    assert tiers_from_ties(order, [False, True, False, True]) == [["a", "b"], ["c", "d"]]
    assert tiers_from_ties(order, [True, False, False, False]) == [["a"], ["b"], ["c"], ["d"]]


def test_rank_order_weights_of_a_workshop_skip_the_gate() -> None:
    workshop = make_workshop(6, 4)  # c1..c4 weighted, "consent" a gate
    weights = rank_order_weights(workshop, [["c3"], ["c1", "c4"], ["c2"]], RankMethod.RANK_SUM)
    assert weights == pytest.approx({"c3": 0.4, "c1": 0.25, "c4": 0.25, "c2": 0.1}, rel=1e-14)
    assert "consent" not in weights


@pytest.mark.parametrize(
    ("tiers", "message"),
    [
        (
            [["c1"], ["c2"], ["c3"]],
            "Rank order: every weighted criterion needs a place; missing: Criterion 4.",
        ),
        (
            [["c1"], ["c2", "c1"], ["c3"], ["c4"]],
            "Rank order: Criterion 1 is listed more than once; list each criterion once.",
        ),
        (
            [["c1"], ["c2"], ["c3"], ["c4"], ["consent"]],
            "Rank order: Prior consent carries no weight (it is a gate or not a criterion of the "
            "workshop).",
        ),
        (
            [["c1"], ["c2"], ["c3"], ["c4"], ["c9"]],
            "Rank order: c9 carries no weight (it is a gate or not a criterion of the workshop).",
        ),
        ([["c1"], [], ["c2", "c3", "c4"]], "Rank order: every place must hold a criterion."),
        (
            [],
            "Rank order: every weighted criterion needs a place; missing: Criterion 1, "
            "Criterion 2, Criterion 3, Criterion 4.",
        ),
    ],
)
def test_an_order_that_does_not_hold_each_criterion_once_is_refused(
    tiers: list[list[str]], message: str
) -> None:
    with pytest.raises(InvalidInputError) as caught:
        rank_order_weights(make_workshop(6, 4), tiers)
    assert str(caught.value) == message


def test_no_weighted_criteria() -> None:
    workshop = make_workshop(3, 0)
    with pytest.raises(InvalidInputError, match="no weighted criteria"):
        rank_order_weights(workshop, [])


def test_the_rank_order_edit_sets_every_weight_in_one_undo_step() -> None:
    workshop = make_workshop(6, 4)
    document = Document(workshop)
    new = {"c1": 52.0, "c2": 27.0, "c3": 14.0, "c4": 7.0}
    edit = edits.set_rank_order_weights("g1", new)
    assert edit.label == "Set weights by rank order"
    document.apply(edit)
    assert {c: document.workshop.group("g1").weights[c] for c in new} == new
    document.undo()
    assert document.workshop is workshop
