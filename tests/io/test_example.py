"""The fictional example workshop: complete, valid, and showing every feature."""

from __future__ import annotations

import itertools
import json
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from app.io.example import (
    EXAMPLE_CRITERIA,
    EXAMPLE_PRESET_ID,
    INCONSISTENT_GROUP,
    example_criteria,
    example_workshop,
)
from app.io.presets import PRESETS_DIR, load_preset
from app.models import ahp
from app.models.analysis import ReasonKind, evaluate, prepare
from app.models.criterion import CriterionKind
from app.models.derived import weight_vector
from app.models.errors import InvalidInputError
from app.models.workshop import COMBINED, Workshop

#: Saaty's random index (Saaty 1980; see app/models/ahp.py).
RANDOM_INDEX = {3: 0.58, 4: 0.90, 5: 1.12, 6: 1.24, 7: 1.32, 8: 1.41, 9: 1.45, 10: 1.49}
SAATY_SCALE = {float(k) for k in range(1, 10)} | {1 / k for k in range(2, 10)}


@pytest.fixture(scope="module")
def example() -> Workshop:
    return example_workshop()


def pairwise_matrix(workshop: Workshop, group_id: str) -> np.ndarray:
    ids = [c.id for c in workshop.weighted_criteria]
    matrix = np.ones((len(ids), len(ids)))
    for (a, b), value in workshop.group(group_id).judgements.items():
        i, j = ids.index(a), ids.index(b)
        matrix[i, j], matrix[j, i] = value, 1 / value
    return matrix


def consistency_ratio(matrix: np.ndarray) -> float:
    """CR from the principal eigenvalue, computed here independently of app.models.ahp."""
    n = matrix.shape[0]
    lambda_max = float(np.max(np.linalg.eigvals(matrix).real))
    return float((lambda_max - n) / (n - 1) / RANDOM_INDEX[n])


def test_the_example_validates_and_round_trips(example: Workshop) -> None:
    example.validate()
    restored = Workshop.from_dict(json.loads(json.dumps(example.to_dict())))
    assert restored == example
    assert example_workshop() == example  # built the same way every time


def test_the_criteria_are_the_presets_own(example: Workshop) -> None:
    assert [c.id for c in example.criteria] == [cid for _, cid in EXAMPLE_CRITERIA]
    for (preset_id, criterion_id), criterion in zip(
        EXAMPLE_CRITERIA, example.criteria, strict=True
    ):
        assert load_preset(PRESETS_DIR / f"{preset_id}.json").criterion(criterion_id) == criterion
    from_main = [preset_id for preset_id, _ in EXAMPLE_CRITERIA if preset_id == EXAMPLE_PRESET_ID]
    assert len(from_main) >= 4  # built mainly on the Potato Park focus-community preset


def test_seven_to_nine_weighted_criteria_and_the_fpic_gate(example: Workshop) -> None:
    assert 7 <= len(example.weighted_criteria) <= 9
    gates = [c for c in example.criteria if c.is_gate]
    assert [c.id for c in gates] == ["fpic"]
    kinds = {c.kind for c in example.weighted_criteria}
    assert kinds == {CriterionKind.NUMERIC, CriterionKind.ORDINAL}
    numeric = [c for c in example.criteria if c.kind is CriterionKind.NUMERIC]
    assert len(numeric) >= 2 and all(c.unit_label("es") and c.unit_label("en") for c in numeric)
    for criterion in example.criteria:
        assert len(criterion.label("es")) <= 30 and len(criterion.label("en")) <= 30


def test_communities_are_fictional_in_exactly_two_regions(example: Workshop) -> None:
    communities = example.communities
    assert 10 <= len(communities) <= 12
    regions = [c.region for c in communities]
    assert set(regions) == {"Cusco", "Apurímac"}
    assert min(regions.count("Cusco"), regions.count("Apurímac")) >= 5
    for community in communities:
        assert community.name.endswith("*")
        assert "ficticia" in community.notes and "fictional" in community.notes
    assert len({c.name for c in communities}) == len(communities)


def test_metadata_says_everything_is_fictional(example: Workshop) -> None:
    meta = example.metadata
    assert "ficticio" in meta.title
    assert "FICTICIO" in meta.notice and "FICTIONAL" in meta.notice
    assert meta.date and meta.place and meta.purpose
    assert "ejemplo" in meta.place
    assert len(meta.facilitators) >= 1
    assert len(meta.participants) >= 3
    assert all(p.name and p.organisation and p.gender for p in meta.participants)
    assert {p.gender for p in meta.participants} == {"F", "M"}


def test_three_agreements_from_the_reports_next_steps(example: Workshop) -> None:
    agreements = example.metadata.agreements
    assert len(agreements) == 3
    assert all(a.action and a.responsible and a.date for a in agreements)
    assert any("Entornos" in a.responsible for a in agreements)


def test_data_types_and_missing_cells(example: Workshop) -> None:
    values = example.values
    assert int(np.isnan(values).sum()) in (3, 4)
    for j, criterion in enumerate(example.criteria):
        column = values[:, j]
        present = column[~np.isnan(column)]
        if criterion.kind is CriterionKind.ORDINAL:
            assert set(present) <= {1.0, 2.0, 3.0, 4.0, 5.0}
    fpic = values[:, example.criterion_index("fpic")]
    assert int((fpic == 0).sum()) == 1
    assert int(np.isnan(fpic).sum()) == 1


def test_the_gate_the_threshold_and_missing_data_each_screen_a_community(
    example: Workshop,
) -> None:
    problem = prepare(example)
    reasons: dict[str, set[tuple[ReasonKind, str]]] = {
        example.communities[e.community].id: {
            (r.kind, example.criteria[r.criterion].id) for r in e.reasons
        }
        for e in problem.excluded
    }
    assert reasons == {
        "yuraq_atuq": {(ReasonKind.GATE, "fpic"), (ReasonKind.MISSING, "land_tenure")},
        "muru_taruka": {
            (ReasonKind.THRESHOLD, "mining_threat"),
            (ReasonKind.MISSING, "connectivity"),
        },
        "uqi_chiwaku": {(ReasonKind.MISSING, "fpic")},
        "kusi_wiskacha": {(ReasonKind.MISSING, "native_varieties")},
    }
    assert len(problem.eligible) == 8
    eligible_regions = {example.communities[i].region for i in problem.eligible}
    assert eligible_regions == {"Cusco", "Apurímac"}


def test_one_criterion_does_not_discriminate_and_every_other_does(example: Workshop) -> None:
    problem = prepare(example)
    spread = {
        example.criteria[j].id: float(np.ptp(problem.matrix[:, k]))
        for k, j in enumerate(problem.columns)
    }
    assert [cid for cid, value in spread.items() if value == 0] == ["biocultural_heritage"]
    notes = [note.text() for note in problem.notes]
    assert any("biocultural_heritage" in text and "same value" in text for text in notes)


def test_groups_have_different_weights_and_every_pair_judged_once(example: Workshop) -> None:
    assert 3 <= len(example.groups) <= 4
    weighted = [c.id for c in example.weighted_criteria]
    weight_sets = set()
    for group in example.groups:
        assert set(group.weights) == set(weighted)
        assert all(0 <= w <= 100 for w in group.weights.values())
        weight_sets.add(tuple(group.weights[c] for c in weighted))
        pairs = {frozenset(pair) for pair in group.judgements}
        assert len(pairs) == len(group.judgements)  # each pair once
        assert pairs == {frozenset(p) for p in itertools.combinations(weighted, 2)}
        assert all(any(math.isclose(v, s) for s in SAATY_SCALE) for v in group.judgements.values())
    assert len(weight_sets) == len(example.groups)
    assert example.active_group in {g.id for g in example.groups}
    assert example.active_group != COMBINED


def test_exactly_one_group_is_inconsistent(example: Workshop) -> None:
    ratios = {g.id: consistency_ratio(pairwise_matrix(example, g.id)) for g in example.groups}
    assert [gid for gid, cr in ratios.items() if cr > 0.1] == [INCONSISTENT_GROUP]
    assert ratios[INCONSISTENT_GROUP] > 0.2  # clearly, not borderline
    assert all(cr < 0.05 for gid, cr in ratios.items() if gid != INCONSISTENT_GROUP)
    # the engine agrees
    for group_id, cr in ratios.items():
        assert ahp.priorities(pairwise_matrix(example, group_id)).cr == pytest.approx(cr)


def test_group_rankings_differ(example: Workshop) -> None:
    leaders = set()
    for group in example.groups:
        evaluation = evaluate(example, weight_vector(example, group.id))
        assert evaluation.topsis_ranks is not None
        order = evaluation.eligible[np.argsort(evaluation.topsis_ranks, kind="stable")]
        leaders.add(tuple(example.communities[i].id for i in order[:3]))
    assert len(leaders) >= 3


def test_settings_and_baseline(example: Workshop) -> None:
    assert example.settings.top_k == 3
    baseline = example.baseline
    assert baseline is not None and baseline.label
    eligible = {example.communities[i].id for i in prepare(example).eligible}
    for ranks in (baseline.topsis, baseline.ahp):
        assert set(ranks) == eligible
        assert sorted(ranks.values()) == list(range(1, len(eligible) + 1))


def test_the_baseline_is_the_equal_weights_ranking(example: Workshop) -> None:
    equal = np.array([0.0 if c.is_gate else 1.0 for c in example.criteria])
    evaluation = evaluate(example, equal)
    assert evaluation.topsis_ranks is not None and evaluation.ahp_ranks is not None
    ids = [example.communities[i].id for i in evaluation.eligible]
    assert example.baseline is not None
    assert dict(zip(ids, evaluation.topsis_ranks.tolist(), strict=True)) == example.baseline.topsis
    assert dict(zip(ids, evaluation.ahp_ranks.tolist(), strict=True)) == example.baseline.ahp
    # the active group's ranking moved away from the baseline: there is something to show
    active = evaluate(example)
    assert active.topsis_ranks is not None
    assert active.topsis_ranks.tolist() != evaluation.topsis_ranks.tolist()


def test_the_example_can_read_presets_from_another_folder(tmp_path: Path) -> None:
    for preset_id in {p for p, _ in EXAMPLE_CRITERIA}:
        shutil.copy(PRESETS_DIR / f"{preset_id}.json", tmp_path)
    assert example_criteria(tmp_path) == example_criteria()
    (tmp_path / f"{EXAMPLE_PRESET_ID}.json").write_text("{", encoding="utf-8")
    with pytest.raises(InvalidInputError, match=f"{EXAMPLE_PRESET_ID}.json"):
        example_workshop(tmp_path)
