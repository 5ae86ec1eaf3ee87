"""Screening and both rankings of a workshop, including every degenerate case of DESIGN.md."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from app.models import ahp
from app.models.analysis import ReasonKind, evaluate, prepare
from app.models.topsis import topsis
from app.models.workshop import AhpMode, Criterion, MissingPolicy, Settings, Workshop
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
    weights = workshop.weight_vector()[problem.columns]
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


def test_a_workshop_without_communities_says_so_and_nothing_else() -> None:
    workshop = make_workshop(0, 3, gate=False)
    evaluation = evaluate(workshop)
    assert evaluation.topsis is None and evaluation.ahp_scores is None
    assert [n.template for n in evaluation.notes] == [
        "No communities yet: add them in the data table or open a table."
    ]
