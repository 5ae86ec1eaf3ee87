"""Answers to pairwise questions (app.models.pairwise): index form, what complete, incomplete and
unlinked answers give, and the column of a criterion judged pairwise."""

from __future__ import annotations

import numpy as np
import pytest

from app.models.pairwise import (
    comparison_column,
    complete_matrix,
    index_pairs,
    pairwise_priorities,
    with_comparison_columns,
)

IDS = ("a", "b", "c")


def test_answers_become_index_form_once_per_pair_inverted_when_stored_the_other_way() -> None:
    stored = {("b", "a"): 4.0, ("a", "c"): 2.0, ("a", "x"): 3.0, ("c", "c"): 5.0}
    assert index_pairs(IDS, stored) == {(0, 1): 0.25, (0, 2): 2.0}


def test_a_complete_set_gives_the_reciprocal_matrix_and_eigenvector_priorities() -> None:
    pairs = {(0, 1): 2.0, (0, 2): 4.0, (1, 2): 2.0}  # consistent: 4 : 2 : 1
    matrix = complete_matrix(3, pairs)
    assert matrix is not None and matrix[2, 0] == 0.25
    result = pairwise_priorities(IDS, pairs)
    assert result.method == "eigenvector" and result.complete and result.enough
    np.testing.assert_allclose(result.priorities, [4 / 7, 2 / 7, 1 / 7], rtol=1e-12)
    assert result.cr == pytest.approx(0.0, abs=1e-12)
    assert result.weights() == pytest.approx({"a": 400 / 7, "b": 200 / 7, "c": 100 / 7})


def test_connected_answers_give_llsm_and_unlinked_ones_say_how_many_links_are_missing() -> None:
    linked = pairwise_priorities(IDS, {(0, 1): 2.0, (1, 2): 2.0})
    assert linked.method == "llsm" and linked.answered == 1 + 1 and linked.total == 3
    np.testing.assert_allclose(linked.priorities, [4 / 7, 2 / 7, 1 / 7], rtol=1e-12)
    unlinked = pairwise_priorities(IDS, {(0, 1): 2.0})
    assert complete_matrix(3, {(0, 1): 2.0}) is None
    assert unlinked.priorities is None and unlinked.missing_links == 1
    assert unlinked.suggestions


def test_the_column_of_a_pairwise_criterion_is_ideal_and_missing_while_unlinked() -> None:
    comparisons = {("a", "b"): 2.0, ("b", "c"): 2.0}
    np.testing.assert_allclose(comparison_column(comparisons, IDS), [1.0, 0.5, 0.25], rtol=1e-12)
    assert np.isnan(comparison_column({("a", "b"): 2.0}, IDS)).all()


def test_columns_are_set_in_a_copy_and_an_unchanged_table_is_returned_as_it_is() -> None:
    values = np.array([[1.0, np.nan], [2.0, np.nan], [3.0, np.nan]])
    comparisons = {1: {("a", "b"): 2.0, ("b", "c"): 2.0}}
    derived = with_comparison_columns(values, comparisons, IDS)
    assert derived is not values and np.isnan(values[:, 1]).all()
    np.testing.assert_allclose(derived[:, 1], [1.0, 0.5, 0.25], rtol=1e-12)
    assert with_comparison_columns(derived, comparisons, IDS) is derived
    assert with_comparison_columns(values, {}, IDS) is values
