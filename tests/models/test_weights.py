"""Raw weights (app.models.weights): shares, the groups' weight sets combined (AIP) and the rule
by which one slider moves the others while some are locked."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.weights import combine_weight_vectors, normalized, rebalance


def test_normalized_weights_sum_to_one_and_zeros_stay_zero() -> None:
    np.testing.assert_allclose(normalized(np.array([1.0, 3.0])), [0.25, 0.75], rtol=1e-15)
    zeros = np.zeros(3)
    result = normalized(zeros)
    assert result.tolist() == [0.0, 0.0, 0.0] and result is not zeros


def test_combined_weights_are_the_weighted_geometric_mean_of_group_weights() -> None:
    # Hand computation: groups (0.2, 0.8) and (0.5, 0.5) with combination weights 1 and 3:
    # first = 0.2**0.25 * 0.5**0.75 = 0.397635, second = 0.8**0.25 * 0.5**0.75 = 0.562341,
    # sum 0.959976, normalised: 0.414214, 0.585786 (= sqrt(2) - 1 and 2 - sqrt(2)).
    combined = combine_weight_vectors([np.array([0.2, 0.8]), np.array([0.5, 0.5])], [1.0, 3.0], 2)
    np.testing.assert_allclose(combined, [0.414214, 0.585786], atol=1e-6)


def test_group_with_zero_combination_weight_has_no_influence() -> None:
    combined = combine_weight_vectors([np.array([0.2, 0.8]), np.array([0.9, 0.1])], [1.0, 0.0], 2)
    np.testing.assert_allclose(combined, [0.2, 0.8], rtol=1e-12)


def test_no_usable_group_combines_into_zeros() -> None:
    assert combine_weight_vectors([np.zeros(2)], [1.0], 2).tolist() == [0.0, 0.0]
    assert combine_weight_vectors([], [], 3).tolist() == [0.0, 0.0, 0.0]


# -- rebalancing with locks ---------------------------------------------------------------------


def test_without_locks_only_the_moved_weight_changes() -> None:
    assert rebalance({"a": 10.0, "b": 20.0}, "a", 35.0, set()) == {"a": 35.0}
    assert rebalance({"a": 10.0, "b": 20.0}, "a", -5.0, set()) == {"a": 0.0}


def test_locked_weights_of_zero_do_not_hold_the_total() -> None:
    # a zero weight's share is zero whatever the total: only the moved weight changes
    assert rebalance({"a": 0.0, "b": 5.0, "c": 5.0}, "b", 9.0, {"a"}) == {"b": 9.0}
    # others that are all zero share the freed weight equally
    assert rebalance({"a": 10.0, "b": 10.0, "c": 0.0, "d": 0.0}, "b", 4.0, {"a"}) == {
        "b": 4.0,
        "c": 3.0,
        "d": 3.0,
    }
    assert rebalance({"a": 10.0, "b": 10.0}, "b", 4.0, {"a"}) is None


def test_a_move_is_clamped_to_what_the_unlocked_others_hold() -> None:
    assert rebalance({"a": 10.0, "b": 20.0, "c": 30.0}, "b", 90.0, {"a"}) == {"b": 50.0, "c": 0.0}
    # the moved criterion itself is never treated as locked
    assert rebalance({"a": 10.0, "b": 20.0}, "a", 15.0, {"a"}) == {"a": 15.0}


#: Raw weights as sliders and spin boxes set them: 0, or 0.1 to 100.
weights_strategy = st.dictionaries(
    st.sampled_from("abcdef"),
    st.one_of(st.just(0.0), st.floats(0.1, 100.0)),
    min_size=2,
    max_size=6,
)


@given(weights=weights_strategy, data=st.data())
def test_locked_shares_stay_and_the_others_keep_their_proportions(
    weights: dict[str, float], data: st.DataObject
) -> None:
    moved = data.draw(st.sampled_from(sorted(weights)))
    locked = data.draw(st.sets(st.sampled_from(sorted(weights))))
    value = data.draw(st.floats(0.0, 200.0))
    new = rebalance(weights, moved, value, locked)
    holding = [c for c in weights if c in locked and c != moved and weights[c] > 0]
    others = [c for c in weights if c != moved and c not in locked]
    if not holding:
        assert new == {moved: value}
        return
    if not others:
        assert new is None
        return
    assert new is not None and set(new) == {moved, *others}
    after = {**weights, **new}
    assert math.isclose(sum(after.values()), sum(weights.values()), rel_tol=1e-9, abs_tol=1e-9)
    assert all(new[c] >= 0.0 for c in new)
    others_sum = sum(weights[c] for c in others)
    if others_sum > 0 and sum(new[c] for c in others) > 0:
        factor = sum(new[c] for c in others) / others_sum
        for c in others:
            assert new[c] == pytest.approx(weights[c] * factor, rel=1e-9, abs=1e-12)
