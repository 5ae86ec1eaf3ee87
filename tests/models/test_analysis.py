"""Screening and both rankings of a workshop, including every degenerate case: a criterion with
one value for all, a zero column, one community, all weights zero, missing cells, values a method
cannot take."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.models import ahp
from app.models.analysis import (
    METHODS,
    ReasonKind,
    evaluate,
    method_results,
    prepare,
    rank_order,
    rating_priorities,
)
from app.models.criterion import Criterion, Direction
from app.models.derived import weight_vector
from app.models.errors import InvalidInputError
from app.models.ranking import stable_order
from app.models.topsis import topsis
from app.models.workshop import AhpMode, MissingPolicy, Settings, Workshop
from tests.factories import make_workshop


def _note_templates(workshop: Workshop, weights: object = None) -> list[str]:
    return [note.template for note in evaluate(workshop, weights).notes]  # type: ignore[arg-type]


def test_gate_threshold_and_missing_each_screen_out_with_their_reason() -> None:
    workshop = make_workshop(6, 3, missing=1)
    criteria = list(workshop.criteria)
    criteria[1] = replace(criteria[1], accept_min=10.0)
    values = workshop.values.copy()
    values[0, 1] = 5.0  # below the threshold
    workshop = workshop.replace(criteria=tuple(criteria), values=values)
    problem = prepare(workshop)
    reasons = {e.community: [(r.kind, r.criterion) for r in e.reasons] for e in problem.excluded}
    assert reasons == {
        0: [(ReasonKind.THRESHOLD, 1)],
        4: [(ReasonKind.MISSING, 1)],
        5: [(ReasonKind.GATE, 3)],
    }
    assert problem.eligible.tolist() == [1, 2, 3]
    assert problem.columns.tolist() == [0, 1, 2]  # the gate is not ranked


def test_both_methods_rank_the_eligible_communities_with_the_same_weights() -> None:
    workshop = make_workshop(8, 4)
    evaluation = evaluate(workshop)
    problem = evaluation.problem
    weights = weight_vector(workshop)[problem.columns]
    expected = topsis(problem.matrix, weights, problem.objectives)
    np.testing.assert_allclose(evaluation.topsis.closeness, expected.closeness, rtol=1e-15)
    local = ahp.local_from_values(problem.matrix[:, 1:], problem.objectives[1:], "ideal")
    np.testing.assert_allclose(evaluation.problem.local[:, 1:], local, rtol=1e-15)
    np.testing.assert_allclose(
        evaluation.ahp_scores, ahp.global_priorities(problem.local, weights), rtol=1e-15
    )
    assert -1.0 <= evaluation.agreement <= 1.0


def test_missing_counted_as_worst_keeps_the_community_with_the_worst_value() -> None:
    workshop = make_workshop(6, 3, missing=1)
    workshop = workshop.replace(settings=Settings(missing=MissingPolicy.WORST))
    problem = prepare(workshop)
    assert 4 in problem.eligible.tolist()
    row = problem.eligible.tolist().index(4)
    others = np.delete(problem.matrix[:, 1], row)
    assert problem.matrix[row, 1] == others.min()  # criterion c2 is a benefit
    assert any("worst value" in n.template for n in problem.notes)


def test_constant_column_is_reported_as_not_discriminating_and_gives_no_nan() -> None:
    workshop = make_workshop(5, 3, gate=False)
    values = workshop.values.copy()
    values[:, 2] = 0.0  # a zero column
    evaluation = evaluate(workshop.replace(values=values))
    assert any(
        "does not change the ranking" in t for t in _note_templates(workshop.replace(values=values))
    )
    assert np.isfinite(evaluation.topsis.closeness).all()
    # a cost criterion of zeros cannot be taken by the AHP ratio mode: said, not NaN
    assert evaluation.ahp_scores is None
    assert any("AHP cannot rank" in n.template for n in evaluation.notes)


def test_single_community_is_ranked_first_with_a_note() -> None:
    workshop = make_workshop(2, 3)  # the second community fails the gate
    evaluation = evaluate(workshop)
    assert evaluation.topsis_ranks.tolist() == [1]
    assert evaluation.ahp_ranks.tolist() == [1]
    assert np.isfinite(evaluation.topsis.closeness).all()
    assert any("Only one community" in n.template for n in evaluation.notes)


def test_all_weights_zero_ties_everyone_and_says_so() -> None:
    workshop = make_workshop(5, 3)
    evaluation = evaluate(workshop, np.zeros(len(workshop.criteria)))
    assert evaluation.topsis_ranks.tolist() == [1, 1, 1, 1]
    assert evaluation.ahp_ranks.tolist() == [1, 1, 1, 1]
    assert np.isfinite(evaluation.topsis.closeness).all()
    assert any("All weights are zero" in n.template for n in evaluation.notes)


def test_every_community_screened_out_gives_an_empty_ranking_and_a_note() -> None:
    workshop = make_workshop(3, 2)
    values = workshop.values.copy()
    values[:, -1] = 0
    evaluation = evaluate(workshop.replace(values=values))
    assert evaluation.topsis is None and evaluation.ahp_scores is None
    assert evaluation.topsis_ranks is None and evaluation.agreement is None
    assert any("Every community is screened out" in n.template for n in evaluation.notes)


def test_criterion_without_any_data_is_left_out_with_a_note() -> None:
    workshop = make_workshop(4, 3, gate=False)
    values = workshop.values.copy()
    values[:, 1] = np.nan
    problem = prepare(workshop.replace(values=values))
    assert problem.columns.tolist() == [0, 2]
    assert problem.eligible.size == 4
    assert any("has no data" in n.template for n in problem.notes)


def test_batch_of_weights_equals_one_by_one() -> None:
    workshop = make_workshop(9, 5)
    problem = prepare(workshop)
    rng = np.random.default_rng(3)
    weights = rng.uniform(0, 1, size=(20, len(workshop.criteria)))
    batch = problem.rank(weights)
    for k in range(20):
        single = problem.rank(weights[k])
        np.testing.assert_allclose(batch.topsis.closeness[k], single.topsis.closeness, atol=1e-14)
        np.testing.assert_allclose(batch.ahp_scores[k], single.ahp_scores, atol=1e-14)
        assert batch.topsis_ranks[k].tolist() == single.topsis_ranks.tolist()


def test_distributive_mode_changes_ahp_scores_not_topsis() -> None:
    workshop = make_workshop(6, 4, gate=False)
    ideal = evaluate(workshop)
    distributive = evaluate(workshop.replace(settings=Settings(ahp_mode=AhpMode.DISTRIBUTIVE)))
    np.testing.assert_allclose(ideal.topsis.closeness, distributive.topsis.closeness)
    assert not np.allclose(ideal.ahp_scores, distributive.ahp_scores)
    assert abs(distributive.problem.local[:, 1:].sum(axis=0) - 1).max() < 1e-12


def test_ordinal_levels_with_set_priorities_drive_ahp_local_priorities() -> None:
    workshop = make_workshop(5, 2, gate=False)
    criterion: Criterion = workshop.criteria[0]
    levels = tuple(
        replace(level, priority=p)
        for level, p in zip(criterion.levels, [0.05, 0.1, 0.2, 0.3, 0.35], strict=True)
    )
    workshop = workshop.replace(criteria=(replace(criterion, levels=levels), workshop.criteria[1]))
    problem = prepare(workshop)
    scores = problem.matrix[:, 0].astype(int)
    expected = np.array([0.05, 0.1, 0.2, 0.3, 0.35])[scores - 1] / 0.35
    np.testing.assert_allclose(problem.local[:, 0], expected, rtol=1e-12)


def _verbal_cost_workshop() -> Workshop:
    """Three communities at levels 1, 3 and 5 (of 5) of a verbal cost criterion ("less is
    better"), and a second criterion on which they are all equal."""
    workshop = make_workshop(3, 2, ordinal=1, gate=False)
    verbal = replace(workshop.criteria[0], direction=Direction.MIN)
    values = np.array([[1.0, 50.0], [3.0, 50.0], [5.0, 50.0]])
    return workshop.replace(criteria=(verbal, workshop.criteria[1]), values=values)


def test_a_verbal_cost_criterion_ranks_its_lowest_level_first_in_both_methods() -> None:
    evaluation = evaluate(_verbal_cost_workshop())
    assert evaluation.topsis_ranks.tolist() == [1, 2, 3]
    assert evaluation.ahp_ranks.tolist() == [1, 2, 3]
    assert evaluation.agreement == 1.0  # Kendall's tau-b
    # default rating priorities fall from the lowest level: (5, 4, 3, 2, 1) / 15, ideal mode
    # divides by the best (the lowest level's 5/15)
    np.testing.assert_allclose(evaluation.problem.local[:, 0], [5 / 5, 3 / 5, 1 / 5], rtol=1e-15)


def test_set_level_priorities_of_a_verbal_cost_criterion_are_taken_as_they_are() -> None:
    """Priorities set in the criterion (or derived from comparing the levels) say how much each
    level is preferred: the direction does not turn them round."""
    workshop = _verbal_cost_workshop()
    verbal = workshop.criteria[0]
    chosen = [0.4, 0.3, 0.15, 0.1, 0.05]
    levels = tuple(replace(lv, priority=p) for lv, p in zip(verbal.levels, chosen, strict=True))
    workshop = workshop.replace(criteria=(replace(verbal, levels=levels), workshop.criteria[1]))
    assert rating_priorities(workshop.criteria[0]).tolist() == chosen
    local = prepare(workshop).local
    np.testing.assert_allclose(local[:, 0], [0.4 / 0.4, 0.15 / 0.4, 0.05 / 0.4], rtol=1e-15)


def test_missing_values_of_a_verbal_cost_criterion_count_as_its_worst_level_in_ahp() -> None:
    workshop = _verbal_cost_workshop()
    values = workshop.values.copy()
    values[0, 0] = np.nan
    workshop = workshop.replace(values=values, settings=Settings(missing=MissingPolicy.WORST))
    evaluation = evaluate(workshop)
    # the worst present level is 5; the community without a value ties with the one at 5
    assert evaluation.problem.matrix[:, 0].tolist() == [5.0, 3.0, 5.0]
    assert evaluation.ahp_ranks.tolist() == [2, 1, 2]
    assert evaluation.topsis_ranks.tolist() == [2, 1, 2]


def test_ahp_note_names_the_criterion_community_and_value_it_cannot_take() -> None:
    workshop = make_workshop(4, 3, gate=False)
    values = workshop.values.copy()
    values[2, 1] = 0.0  # community 3, criterion c2 (a benefit): zero is no ratio
    evaluation = evaluate(workshop.replace(values=values))
    assert evaluation.ahp_scores is None and evaluation.topsis is not None
    (note,) = [n for n in evaluation.notes if "AHP cannot rank" in n.template]
    assert note.params == {"criterion": "c2", "community": "Comunidad 3", "value": "0"}


def test_a_workshop_without_communities_says_so_and_nothing_else() -> None:
    workshop = make_workshop(0, 3, gate=False)
    evaluation = evaluate(workshop)
    assert evaluation.topsis is None and evaluation.ahp_scores is None
    assert [n.template for n in evaluation.notes] == [
        "No communities yet: add them in the data table or open a table."
    ]


def test_method_results_are_each_methods_scores_and_ranks_and_rank_order_lists_them() -> None:
    evaluation = evaluate(make_workshop(8, 4))
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    expected = {
        "topsis": (evaluation.topsis.closeness, evaluation.topsis_ranks),
        "ahp": (evaluation.ahp_scores, evaluation.ahp_ranks),
    }
    for method in METHODS:
        results = method_results(evaluation, method)
        assert results is not None
        scores, ranks = results
        assert scores is expected[method][0] and ranks is expected[method][1]
        assert rank_order(evaluation, method).tolist() == stable_order(scores, ranks).tolist()
    with pytest.raises(InvalidInputError, match="Unknown method"):
        method_results(evaluation, "vikor")


def test_a_method_without_result_has_no_results_and_an_empty_order() -> None:
    workshop = make_workshop(4, 3, gate=False)
    values = workshop.values.copy()
    values[2, 1] = 0.0  # AHP compares values as ratios: it cannot take a zero
    evaluation = evaluate(workshop.replace(values=values))
    assert method_results(evaluation, "ahp") is None
    assert rank_order(evaluation, "ahp").tolist() == []
    assert rank_order(evaluation, "topsis").size == evaluation.eligible.size
