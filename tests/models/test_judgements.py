"""A group's pairwise judgements through the editor's path: edits on a document, then
priorities, consistency, incomplete answers, the combined set, and agreement between groups."""

from __future__ import annotations

import itertools
import math
from dataclasses import replace

import numpy as np
import pytest

from app.models import edits
from app.models.ahp import priorities
from app.models.derived import weight_vector
from app.models.document import Document
from app.models.errors import InvalidInputError
from app.models.judgements import (
    SAATY_SCALE,
    combined_weights,
    group_priorities,
    judgement_matrix,
    kendall_w,
    most_contested_pair,
    nearest_scale_value,
)
from app.models.workshop import COMBINED, Group, Workshop
from tests.factories import make_workshop
from tests.models.test_ahp import HOUSE_CRITERIA


def answered(workshop: Workshop, group_id: str, upper: dict[tuple[int, int], float]) -> Workshop:
    """``workshop`` after answering ``upper`` ({(i, j): a_ij}, 0-based over the weighted
    criteria) with set_judgement edits on a document, as the editor does. Every other pair is
    asked the other way round (b over a, 1 / a_ij), to prove the order does not matter."""
    document = Document(workshop)
    ids = [c.id for c in workshop.weighted_criteria]
    for k, ((i, j), value) in enumerate(sorted(upper.items())):
        if k % 2:
            document.apply(edits.set_judgement(group_id, ids[j], ids[i], 1.0 / value))
        else:
            document.apply(edits.set_judgement(group_id, ids[i], ids[j], value))
    return document.workshop


def upper_of(matrix: np.ndarray) -> dict[tuple[int, int], float]:
    n = matrix.shape[0]
    return {(i, j): float(matrix[i, j]) for i in range(n) for j in range(i + 1, n)}


def bare(m: int, groups: int = 1) -> Workshop:
    """m weighted criteria c1..cm plus a gate, groups g1.. with no judgements."""
    workshop = make_workshop(5, m, groups=groups)
    return workshop.replace(groups=tuple(replace(g, judgements={}) for g in workshop.groups))


# --- published matrices through the editor's path ------------------------------------------


def test_saaty_1990_house_criteria_through_the_editor() -> None:
    """Saaty, T.L. (1990), "How to make a decision: the Analytic Hierarchy Process", EJOR
    48(1):9-26, Table 2 (the matrix of tests/models/test_ahp.py): priorities .173 .054 .188
    .018 .031 .036 .167 .333, C.R. = 0.169. Entered pair by pair as the pairwise editor does;
    the gate of the workshop is not compared."""
    workshop = answered(bare(8), "g1", upper_of(HOUSE_CRITERIA))
    group = workshop.group("g1")
    assert len(group.judgements) == 28
    # stored once per pair, in criteria order
    order = [c.id for c in workshop.criteria]
    assert all(order.index(a) < order.index(b) for a, b in group.judgements)
    matrix, pairs = judgement_matrix(workshop, group)
    assert matrix is not None and len(pairs) == 28
    np.testing.assert_allclose(matrix, HOUSE_CRITERIA, rtol=1e-12)
    result = group_priorities(workshop, group)
    assert result.method == "eigenvector" and result.complete
    published = [0.173, 0.054, 0.188, 0.018, 0.031, 0.036, 0.167, 0.333]
    assert result.priorities is not None
    np.testing.assert_allclose(result.priorities, published, atol=1e-3)
    assert result.cr == pytest.approx(0.169, abs=5e-4)
    assert not result.acceptable
    # Neighbourhood 6 times as important as general condition contributes most (Saaty's point).
    worst = result.inconsistencies[0]
    assert (worst.row, worst.col, worst.current) == (2, 6, 6.0)
    assert result.suggestions == ()


def test_nearest_scale_value_works_on_ratios() -> None:
    assert len(SAATY_SCALE) == 17
    assert nearest_scale_value(0.4) == pytest.approx(1 / 3)  # ratio 1.2 to 1/3, 1.25 to 1/2
    assert nearest_scale_value(0.45) == 0.5
    assert nearest_scale_value(2.9) == 3.0
    assert nearest_scale_value(40.0) == 9.0
    assert nearest_scale_value(1 / 20) == pytest.approx(1 / 9)


# --- incomplete answers -----------------------------------------------------------------------


def test_n_minus_1_connected_pairs_give_the_consistent_priorities_exactly() -> None:
    w = np.array([0.4, 0.3, 0.2, 0.1])
    tree = {(0, 1): w[0] / w[1], (1, 2): w[1] / w[2], (1, 3): w[1] / w[3]}
    workshop = answered(bare(4), "g1", tree)
    result = group_priorities(workshop, workshop.group("g1"))
    assert result.method == "llsm" and not result.complete
    assert (result.answered, result.total, result.missing_links) == (3, 6, 0)
    assert result.priorities is not None
    np.testing.assert_allclose(result.priorities, w, rtol=1e-12)
    assert result.cr == pytest.approx(0.0, abs=1e-12)
    # every other pair is still suggested, the farthest first
    assert set(result.suggestions) == {(0, 2), (0, 3), (2, 3)}
    document = Document(workshop)
    document.apply(edits.use_judgement_weights("g1"))
    group = document.workshop.group("g1")
    assert group.weights_from_judgements
    assert {k: round(v, 9) for k, v in group.weights.items()} == {
        "c1": 40.0,
        "c2": 30.0,
        "c3": 20.0,
        "c4": 10.0,
    }


def test_unconnected_answers_give_the_not_enough_state_not_an_error() -> None:
    workshop = answered(bare(4), "g1", {(0, 1): 3.0, (2, 3): 1 / 2})
    result = group_priorities(workshop, workshop.group("g1"))
    assert not result.enough
    assert result.priorities is None and result.cr is None and result.method is None
    assert (result.answered, result.total, result.missing_links) == (2, 6, 1)
    assert len(result.suggestions) == 1  # one question links the two halves
    i, j = result.suggestions[0]
    assert {i, j} & {0, 1} and {i, j} & {2, 3}
    document = Document(workshop)
    with pytest.raises(InvalidInputError):
        document.apply(edits.use_judgement_weights("g1"))
    assert document.workshop is workshop


def test_no_answers_at_all_is_not_enough() -> None:
    workshop = bare(3)
    result = group_priorities(workshop, workshop.group("g1"))
    assert not result.enough and result.answered == 0 and result.missing_links == 2


# --- set_judgement ------------------------------------------------------------------------------


def test_set_judgement_stores_each_pair_once_inverting_when_asked_the_other_way() -> None:
    document = Document(bare(3))
    document.apply(edits.set_judgement("g1", "c3", "c1", 4.0))
    assert dict(document.workshop.group("g1").judgements) == {("c1", "c3"): 0.25}
    document.apply(edits.set_judgement("g1", "c1", "c3", 1 / 9))
    assert dict(document.workshop.group("g1").judgements) == {("c1", "c3"): pytest.approx(1 / 9)}
    document.apply(edits.set_judgement("g1", "c3", "c1", None))
    assert dict(document.workshop.group("g1").judgements) == {}
    document.undo()
    assert dict(document.workshop.group("g1").judgements) == {("c1", "c3"): pytest.approx(1 / 9)}


@pytest.mark.parametrize("value", [0.1, 10.0, math.nan, 0.0, -2.0])
def test_set_judgement_refuses_values_off_the_scale(value: float) -> None:
    with pytest.raises(InvalidInputError):
        edits.set_judgement("g1", "c1", "c2", value)


def test_set_judgement_refuses_a_gate_and_the_same_criterion() -> None:
    document = Document(bare(3))
    with pytest.raises(InvalidInputError):
        document.apply(edits.set_judgement("g1", "c1", "consent", 3.0))
    with pytest.raises(InvalidInputError):
        document.apply(edits.set_judgement("g1", "c1", "c1", 3.0))


def test_changing_a_judgement_after_using_its_weights_says_they_no_longer_come_from_it() -> None:
    document = Document(answered(bare(3), "g1", {(0, 1): 2.0, (1, 2): 3.0}))
    document.apply(edits.use_judgement_weights("g1"))
    assert document.workshop.group("g1").weights_from_judgements
    document.apply(edits.set_judgement("g1", "c1", "c2", 2.0))  # the same answer again
    assert document.workshop.group("g1").weights_from_judgements
    document.apply(edits.set_judgement("g1", "c1", "c2", 5.0))
    assert not document.workshop.group("g1").weights_from_judgements
    document.undo()
    document.apply(edits.set_weight("g1", "c1", 12.0))  # a slider moved
    assert not document.workshop.group("g1").weights_from_judgements


# --- the combined set ---------------------------------------------------------------------------


def judged_groups(
    uppers: list[dict[tuple[int, int], float]],
    combination: list[float],
    *,
    from_judgements: bool = True,
) -> Workshop:
    workshop = bare(3, groups=len(uppers))
    for k, upper in enumerate(uppers):
        workshop = answered(workshop, f"g{k + 1}", upper)
    document = Document(workshop)
    for k, weight in enumerate(combination):
        document.apply(edits.set_combination_weight(f"g{k + 1}", weight))
        if from_judgements:
            document.apply(edits.use_judgement_weights(f"g{k + 1}"))
    return document.workshop.replace(active_group=COMBINED)


# Group 1 consistent with w = (4, 2, 1) / 7: a12 = 2, a13 = 4, a23 = 2.
# Group 2 consistent with w = (1, 2, 1) / 4: a12 = 1/2, a13 = 1, a23 = 2.
G1 = {(0, 1): 2.0, (0, 2): 4.0, (1, 2): 2.0}
G2 = {(0, 1): 0.5, (0, 2): 1.0, (1, 2): 2.0}


def test_aij_hand_computed_with_combination_weights_1_and_3() -> None:
    # AIJ, exponents 1/4 and 3/4: a12 = 2^(1/4) (1/2)^(3/4) = 2^(-1/2) = 0.707107,
    # a13 = 4^(1/4) 1^(3/4) = sqrt 2, a23 = 2^(1/4) 2^(3/4) = 2. That matrix is consistent
    # (a12 a23 = sqrt 2 = a13), so its eigenvector is proportional to (a13, a23, 1):
    # (sqrt 2, 2, 1) / (3 + sqrt 2) = (0.320377, 0.453082, 0.226541). The gate gets 0.
    workshop = judged_groups([G1, G2], [1.0, 3.0])
    vector, method = combined_weights(workshop)
    assert method == "AIJ"
    np.testing.assert_allclose(vector, [0.320377, 0.453082, 0.226541, 0.0], atol=1e-6)
    np.testing.assert_allclose(weight_vector(workshop), vector, rtol=1e-15)


def test_aij_hand_computed_2x2_equal_weights() -> None:
    # a12 = 4 and 1: geometric mean 2, so the priorities are 2/3 and 1/3.
    workshop = bare(2, groups=2)
    workshop = answered(answered(workshop, "g1", {(0, 1): 4.0}), "g2", {(0, 1): 1.0})
    document = Document(workshop)
    document.apply(edits.use_judgement_weights("g1"))
    document.apply(edits.use_judgement_weights("g2"))
    vector, method = combined_weights(document.workshop)
    assert method == "AIJ"
    np.testing.assert_allclose(vector, [2 / 3, 1 / 3, 0.0], rtol=1e-12)


def test_aip_when_a_group_set_its_weights_by_hand() -> None:
    # Group 1 uses its judgements (weights 4/7, 2/7, 1/7 x 100); group 2 moved its sliders to
    # (20, 60, 20). AIP, exponents 1/4 and 3/4:
    # first = (4/7)^(1/4) 0.2^(3/4) = 0.869442 x 0.299070 = 0.260024
    # second = (2/7)^(1/4) 0.6^(3/4) = 0.731110 x 0.681732 = 0.498421
    # third = (1/7)^(1/4) 0.2^(3/4) = 0.614788 x 0.299070 = 0.183865
    # sum 0.942309: 0.275943, 0.528936, 0.195121.
    workshop = judged_groups([G1, G2], [1.0, 3.0])
    document = Document(workshop)
    document.apply(edits.set_weights("g2", {"c1": 20.0, "c2": 60.0, "c3": 20.0}))
    vector, method = combined_weights(document.workshop)
    assert method == "AIP"
    np.testing.assert_allclose(vector, [0.275943, 0.528936, 0.195121, 0.0], atol=1e-6)
    np.testing.assert_allclose(weight_vector(document.workshop, COMBINED), vector, rtol=1e-15)


def test_aip_when_a_group_has_not_answered_every_pair() -> None:
    workshop = judged_groups([G1, {(0, 1): 0.5, (1, 2): 2.0}], [1.0, 1.0])
    assert combined_weights(workshop)[1] == "AIP"


def test_a_group_with_combination_weight_0_has_no_influence_and_weight_pulls_closer() -> None:
    alone = judged_groups([G1], [1.0])
    g1_only = combined_weights(alone)[0]
    np.testing.assert_allclose(g1_only[:3], [4 / 7, 2 / 7, 1 / 7], rtol=1e-9)
    # group 2 in the workshop but with weight 0: exactly group 1's weights, still by AIJ
    zero = judged_groups([G1, G2], [1.0, 0.0])
    vector, method = combined_weights(zero)
    assert method == "AIJ"
    np.testing.assert_allclose(vector, g1_only, rtol=1e-12)
    # group 2 (priorities 1/4, 1/2, 1/4) counts more and more: the combination moves to it
    g2_only = np.array([0.25, 0.5, 0.25, 0.0])
    distances = [
        np.abs(combined_weights(judged_groups([G1, G2], [1.0, w]))[0] - g2_only).sum()
        for w in (0.5, 1.0, 3.0, 10.0)
    ]
    assert all(a > b for a, b in itertools.pairwise(distances))
    # and by AIP too, for groups with slider weights
    workshop = bare(3, groups=2)
    workshop = workshop.replace(
        groups=(
            Group("g1", "A", {"c1": 60.0, "c2": 30.0, "c3": 10.0}),
            Group("g2", "B", {"c1": 10.0, "c2": 30.0, "c3": 60.0}, combination_weight=0.0),
        )
    )
    vector, method = combined_weights(workshop)
    assert method == "AIP"
    np.testing.assert_allclose(vector, [0.6, 0.3, 0.1, 0.0], rtol=1e-12)


# --- agreement between groups ------------------------------------------------------------------


def test_kendall_w_hand_cases() -> None:
    assert kendall_w([[1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3, 4]]) == pytest.approx(1.0)
    assert kendall_w([[1, 2, 3, 4], [4, 3, 2, 1]]) == pytest.approx(0.0)
    # rank sums 4, 6, 8 (mean 6): S = 8; W = 12 x 8 / (3^2 (3^3 - 3)) = 96 / 216
    assert kendall_w([[1, 2, 3], [1, 3, 2], [2, 1, 3]]) == pytest.approx(96 / 216)
    # ties: second ranking (1.5, 1.5, 3); sums 2.5, 3.5, 6 (mean 4): S = 6.5;
    # T = 2^3 - 2 = 6; W = 12 x 6.5 / (2^2 x 24 - 2 x 6) = 78 / 84
    assert kendall_w([[1, 2, 3], [1, 1, 3]]) == pytest.approx(78 / 84)
    assert kendall_w([[1, 2, 3]]) is None
    assert kendall_w([[1, 1], [1, 1]]) is None


def test_most_contested_pair_has_the_largest_spread_of_log_judgements() -> None:
    workshop = bare(3, groups=3)
    workshop = answered(workshop, "g1", {(0, 1): 2.0, (0, 2): 5.0, (1, 2): 1.0})
    workshop = answered(workshop, "g2", {(0, 1): 3.0, (0, 2): 1 / 5, (1, 2): 1.0})
    workshop = answered(workshop, "g3", {(0, 1): 2.0, (1, 2): 1.0})
    contested = most_contested_pair(workshop)
    assert contested is not None
    assert (contested.first, contested.second) == ("c1", "c3")
    # two answers, ln 5 and -ln 5: population standard deviation ln 5
    assert contested.spread == pytest.approx(math.log(5.0))
    assert dict(contested.judgements) == {"g1": 5.0, "g2": pytest.approx(0.2)}
    assert most_contested_pair(bare(3, groups=2)) is None


def test_priorities_of_the_complete_path_equal_ahp_priorities() -> None:
    rng = np.random.default_rng(3)
    upper = {(i, j): float(rng.choice(SAATY_SCALE)) for i in range(5) for j in range(i + 1, 5)}
    workshop = answered(bare(5), "g1", upper)
    matrix, _ = judgement_matrix(workshop, workshop.group("g1"))
    assert matrix is not None
    result = group_priorities(workshop, workshop.group("g1"))
    expected = priorities(matrix)
    assert result.priorities is not None
    np.testing.assert_allclose(result.priorities, expected.priorities, rtol=1e-12)
    assert result.cr == expected.cr


def test_answers_combination_weight_and_source_survive_saving_and_reopening() -> None:
    workshop = judged_groups([G1, {(0, 1): 0.5, (1, 2): 2.0}], [1.0, 2.5])
    reopened = Workshop.from_dict(workshop.to_dict())
    assert reopened == workshop
    for group in workshop.groups:
        again = reopened.group(group.id)
        assert again.judgements == group.judgements
        assert again.combination_weight == group.combination_weight
        assert again.weights_from_judgements == group.weights_from_judgements
    np.testing.assert_allclose(combined_weights(reopened)[0], combined_weights(workshop)[0])
