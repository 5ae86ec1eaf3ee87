"""Communities compared pairwise under a criterion, and a verbal criterion's levels compared.

The values of a criterion judged pairwise are derived from its comparisons (priorities divided by
the largest); the levels' rating priorities follow their comparisons. Checked against Saaty's
published house example through the same edits the window applies, and by hand-made consistent
matrices whose priorities are known exactly.
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import openpyxl
import pytest

from app.io.record import load_record, save_record
from app.io.workshop_file import load_workshop_json, save_workshop_json
from app.models import edits
from app.models.analysis import prepare
from app.models.criterion import Criterion, CriterionKind
from app.models.document import Document
from app.models.errors import InvalidInputError
from app.models.judgements import community_priorities, level_priorities
from app.models.workshop import AhpMode, Community, Group, Settings, Workshop
from tests.factories import make_workshop
from tests.models.test_ahp import HOUSE_CRITERIA, HOUSE_LOCAL_MATRICES


def pairwise_criterion(cid: str = "heritage") -> Criterion:
    return Criterion(id=cid, name={"es": cid, "en": cid}, kind=CriterionKind.PAIRWISE)


def houses(criteria: int = 1) -> Workshop:
    """Houses A, B, C (as communities) with ``criteria`` criteria judged pairwise."""
    return Workshop(
        criteria=tuple(pairwise_criterion(f"h{k + 1}") for k in range(criteria)),
        communities=tuple(Community(id=x, name=f"House {x}") for x in "ABC"),
        groups=(Group("g", "G", weights={f"h{k + 1}": 1.0 for k in range(criteria)}),),
        active_group="g",
    )


def answer_matrix(document: Document, column: int, matrix: np.ndarray) -> None:
    ids = [c.id for c in document.workshop.communities]
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            document.apply(edits.set_comparison(column, ids[i], ids[j], float(matrix[i, j])))


def test_saaty_1990_house_size_through_the_edits() -> None:
    """Saaty (1990), EJOR 48(1):9-26, Table 3: houses A, B, C compared under "size of house"
    (A/B 6, A/C 8, B/C 4) have priorities .754, .181, .065; the criterion's values are those
    divided by the largest."""
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[0])
    workshop = document.workshop
    published = np.array([0.754, 0.181, 0.065])
    np.testing.assert_allclose(workshop.values[:, 0], published / published.max(), atol=2e-3)
    result = community_priorities(workshop.criteria[0], workshop.communities)
    np.testing.assert_allclose(result.priorities, published, atol=1e-3)
    assert result.method == "eigenvector"


def test_saaty_1990_house_transportation_is_inconsistent() -> None:
    """Same source: transportation (A/B 7, A/C 1/5, B/C 1/8) gives .233, .055, .713 with
    C.R. 0.213, above 0.10, and the answers to check come first."""
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[1])
    result = community_priorities(document.workshop.criteria[0], document.workshop.communities)
    np.testing.assert_allclose(result.priorities, [0.233, 0.055, 0.713], atol=1e-3)
    assert result.cr == pytest.approx(0.213, abs=5e-4)
    assert not result.acceptable
    assert len(result.inconsistencies) == 3


def test_saaty_1990_house_full_hierarchy_ranks_through_the_engine() -> None:
    """Same source, Table 4: the eight criteria weighted by Table 2's priorities and the houses
    judged pairwise under each, synthesised in distributive mode, give composite priorities
    A .396, B .341, C .263. Here every criterion is one judged pairwise and the ranking is the
    engine's own (prepare + rank), so the derived values, screening and synthesis are all on
    the path."""
    from app.models.ahp import priorities

    document = Document(houses(8))
    for column, matrix in enumerate(HOUSE_LOCAL_MATRICES):
        answer_matrix(document, column, matrix)
    workshop = document.workshop.replace(settings=Settings(ahp_mode=AhpMode.DISTRIBUTIVE))
    weights = priorities(HOUSE_CRITERIA).priorities
    evaluation = prepare(workshop).rank(weights)
    assert evaluation.ahp_scores is not None
    np.testing.assert_allclose(evaluation.ahp_scores, [0.396, 0.341, 0.263], atol=1.5e-3)
    assert list(evaluation.ahp_ranks) == [1, 2, 3]


def test_n_minus_one_connected_comparisons_give_the_consistent_completion() -> None:
    """Four communities with true priorities 8:4:2:1, answered only along a chain (3 of 6
    pairs): LLSM gives exactly the consistent completion, so the values are 1, 1/2, 1/4, 1/8."""
    workshop = make_workshop(4, 2, gate=False)
    workshop = edits.update_criterion(1, pairwise_criterion("c2")).apply(workshop)
    assert np.isnan(workshop.values[:, 1]).all()  # no comparisons yet: no values
    ids = [c.id for c in workshop.communities]
    for a, b in [(0, 1), (1, 2), (2, 3)]:
        workshop = edits.set_comparison(1, ids[a], ids[b], 2.0).apply(workshop)
    np.testing.assert_allclose(workshop.values[:, 1], [1, 0.5, 0.25, 0.125], rtol=1e-12)
    result = community_priorities(workshop.criteria[1], workshop.communities)
    assert result.method == "llsm" and result.answered == 3 and result.total == 6
    assert result.cr == pytest.approx(0.0, abs=1e-12)


def test_unlinked_comparisons_leave_the_criterion_out_with_a_note() -> None:
    workshop = make_workshop(4, 2, gate=False)
    workshop = edits.update_criterion(1, pairwise_criterion("c2")).apply(workshop)
    ids = [c.id for c in workshop.communities]
    workshop = edits.set_comparison(1, ids[0], ids[1], 3.0).apply(workshop)
    workshop = edits.set_comparison(1, ids[2], ids[3], 3.0).apply(workshop)
    assert np.isnan(workshop.values[:, 1]).all()
    result = community_priorities(workshop.criteria[1], workshop.communities)
    assert result.priorities is None and result.missing_links == 1
    problem = prepare(workshop)
    assert list(problem.columns) == [0]
    assert any("has no data" in note.template for note in problem.notes)
    assert problem.eligible.size == 4  # nobody is screened out for it


def test_answer_given_the_other_way_round_is_stored_once_and_inverted() -> None:
    document = Document(houses())
    document.apply(edits.set_comparison(0, "B", "A", 1 / 3))
    document.apply(edits.set_comparison(0, "A", "B", 5.0))
    assert dict(document.workshop.criteria[0].comparisons) == {("A", "B"): 5.0}
    document.apply(edits.set_comparison(0, "B", "A", None))
    assert dict(document.workshop.criteria[0].comparisons) == {}


@pytest.mark.parametrize(
    ("column", "a", "b", "value"),
    [(0, "A", "A", 3.0), (0, "A", "Z", 3.0), (0, "A", "B", 10.0), (0, "A", "B", 0.1)],
)
def test_invalid_comparisons_are_refused(column: int, a: str, b: str, value: float) -> None:
    document = Document(houses())
    before = document.workshop
    with pytest.raises(InvalidInputError):
        document.apply(edits.set_comparison(column, a, b, value))
    assert document.workshop is before


def test_comparisons_under_a_numeric_criterion_are_refused() -> None:
    workshop = make_workshop(3, 2, gate=False)
    with pytest.raises(InvalidInputError, match="not valid"):
        edits.set_comparison(1, "k1", "k2", 3.0).apply(workshop)


def test_values_of_a_pairwise_criterion_cannot_be_typed() -> None:
    document = Document(houses())
    with pytest.raises(InvalidInputError) as caught:
        document.apply(edits.set_value(0, 0, 0.5))
    assert "House A" in str(caught.value) and "h1" in str(caught.value)


def test_removing_a_community_drops_its_comparisons_and_undo_restores_them() -> None:
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[0])
    before = document.workshop
    document.apply(edits.remove_community(2))
    workshop = document.workshop
    assert dict(workshop.criteria[0].comparisons) == {("A", "B"): 6.0}
    np.testing.assert_allclose(workshop.values[:, 0], [1.0, 1 / 6], rtol=1e-12)
    document.undo()
    assert document.workshop is before


def test_a_new_community_unlinks_the_comparisons_until_it_is_compared() -> None:
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[0])
    document.apply(edits.add_community(Community("D", "House D")))
    assert np.isnan(document.workshop.values[:, 0]).all()
    document.apply(edits.set_comparison(0, "C", "D", 2.0))
    values = document.workshop.values[:, 0]
    assert not np.isnan(values).any()
    assert values[2] / values[3] == pytest.approx(2.0, rel=1e-12)


def test_moving_a_community_keeps_each_value_with_its_community() -> None:
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[0])
    by_id = dict(zip("ABC", document.workshop.values[:, 0], strict=True))
    document.apply(edits.move_community(0, 2))
    moved = document.workshop
    assert [c.id for c in moved.communities] == ["B", "C", "A"]
    for community, value in zip(moved.communities, moved.values[:, 0], strict=True):
        assert value == pytest.approx(by_id[community.id], rel=1e-12)


def test_editing_the_definition_keeps_the_comparisons_changing_the_kind_drops_them() -> None:
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[0])
    renamed = replace(document.workshop.criteria[0], name={"es": "Tamaño", "en": "Size"})
    document.apply(edits.update_criterion(0, replace(renamed, comparisons={})))
    assert len(document.workshop.criteria[0].comparisons) == 3
    values = document.workshop.values[:, 0].copy()
    numeric = replace(renamed, kind=CriterionKind.NUMERIC)
    document.apply(edits.update_criterion(0, numeric))
    assert dict(document.workshop.criteria[0].comparisons) == {}
    # the last priorities stay as numbers the facilitator can edit
    np.testing.assert_allclose(document.workshop.values[:, 0], values, rtol=1e-12)


def test_saved_and_reopened_with_the_values_derived_again(tmp_path) -> None:
    document = Document(houses())
    answer_matrix(document, 0, HOUSE_LOCAL_MATRICES[0])
    workshop = document.workshop
    data = workshop.to_dict()
    assert data["criteria"][0]["comparisons"] == [["A", "B", 6.0], ["A", "C", 8.0], ["B", "C", 4.0]]
    reopened = Workshop.from_dict(data)
    assert reopened == workshop
    np.testing.assert_array_equal(reopened.values, workshop.values)
    # values edited in a file by hand are derived again from the comparisons
    data["values"] = [[0.5], [0.5], [0.5]]
    np.testing.assert_array_equal(Workshop.from_dict(data).values, workshop.values)
    save_workshop_json(workshop, tmp_path / "taller.json")
    assert load_workshop_json(tmp_path / "taller.json") == workshop
    save_record(workshop, tmp_path / "registro.xlsx", "es")
    assert load_record(tmp_path / "registro.xlsx") == workshop
    # the Judgements sheet shows the comparisons and their priorities
    sheet = openpyxl.load_workbook(tmp_path / "registro.xlsx")["Juicios"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    first = rows.index(["h1: comunidades comparadas por pares", *[None] * (len(rows[0]) - 1)])
    assert rows[first + 1][:5] == ["Comunidad", "House A", "House B", "House C", "Prioridad"]
    shown = [rows[first + 2 + k][4] for k in range(3)]
    np.testing.assert_allclose(shown, [0.754, 0.181, 0.065], atol=1e-3)


def test_comparisons_that_do_not_fit_the_kind_are_refused_on_load() -> None:
    data = houses().to_dict()
    data["criteria"][0]["kind"] = "numeric"
    data["criteria"][0]["comparisons"] = [["A", "B", 3.0]]
    with pytest.raises(InvalidInputError, match="do not fit its kind"):
        Workshop.from_dict(data)
    data["criteria"][0]["kind"] = "pairwise"
    data["criteria"][0]["comparisons"] = [["A", "B", 12.0]]
    with pytest.raises(InvalidInputError, match="outside the scale"):
        Workshop.from_dict(data)


# -- levels -------------------------------------------------------------------------------------


def levels_workshop() -> Workshop:
    """make_workshop's c1 is verbal with five levels; its first three communities' levels."""
    return make_workshop(5, 2, gate=False)


def test_level_comparisons_set_the_rating_priorities_and_the_ahp_scores() -> None:
    """Five levels judged as 1:2:4:8:16 along a chain of four answers (n - 1): the consistent
    completion gives level priorities 1/16, 1/8, 1/4, 1/2, 1 (ideal form), and the AHP local
    priorities of c1 are exactly those of the communities' levels."""
    document = Document(levels_workshop())
    for k in range(4):  # level k + 1 is twice as good as level k
        document.apply(edits.set_level_comparison(0, k + 1, k, 2.0))
    criterion = document.workshop.criteria[0]
    priorities = [level.priority for level in criterion.levels]
    np.testing.assert_allclose(priorities, [1 / 16, 1 / 8, 1 / 4, 1 / 2, 1], rtol=1e-12)
    assert dict(criterion.level_comparisons) == {(k, k + 1): 0.5 for k in range(4)}
    problem = prepare(document.workshop)
    assert problem.local is not None
    scores = document.workshop.values[problem.eligible, 0].astype(int)
    expected = np.array(priorities)[scores - 1]
    np.testing.assert_allclose(problem.local[:, 0], expected / 1.0, rtol=1e-12)


def test_level_comparisons_published_example_and_defaults() -> None:
    """A complete 3-level matrix (low, medium, high) with Saaty's 1990 "size of house" answers
    reversed (the best level last): priorities .065, .181, .754, ideal form .065/.754, ...;
    "use the defaults" drops the answers and the priorities."""
    workshop = make_workshop(4, 2, gate=False)
    three_levels = replace(workshop.criteria[0], levels=workshop.criteria[0].levels[:3])
    values = workshop.values.copy()
    values[:, 0] = [1, 2, 3, 3]
    document = Document(
        workshop.replace(criteria=(three_levels, workshop.criteria[1]), values=values)
    )
    matrix = HOUSE_LOCAL_MATRICES[0]  # A over B 6, A over C 8, B over C 4
    document.apply(edits.set_level_comparison(0, 2, 1, matrix[0, 1]))
    document.apply(edits.set_level_comparison(0, 2, 0, matrix[0, 2]))
    document.apply(edits.set_level_comparison(0, 1, 0, matrix[1, 2]))
    priorities = np.array([lv.priority for lv in document.workshop.criteria[0].levels])
    published = np.array([0.065, 0.181, 0.754])
    np.testing.assert_allclose(priorities, published / published.max(), atol=3e-3)
    result = level_priorities(document.workshop.criteria[0])
    assert result.method == "eigenvector" and result.answered == 3
    document.apply(edits.use_default_level_priorities(0))
    criterion = document.workshop.criteria[0]
    assert dict(criterion.level_comparisons) == {}
    assert all(level.priority is None for level in criterion.levels)


def test_unlinked_level_comparisons_fall_back_to_the_defaults() -> None:
    document = Document(levels_workshop())
    document.apply(edits.set_level_comparison(0, 1, 0, 3.0))
    assert all(level.priority is None for level in document.workshop.criteria[0].levels)
    assert level_priorities(document.workshop.criteria[0]).missing_links == 3


def test_level_comparisons_are_refused_where_they_do_not_fit() -> None:
    workshop = levels_workshop()
    with pytest.raises(InvalidInputError, match="no verbal levels"):
        edits.set_level_comparison(1, 0, 1, 2.0).apply(workshop)
    with pytest.raises(InvalidInputError, match="not valid"):
        edits.set_level_comparison(0, 0, 5, 2.0).apply(workshop)
    with pytest.raises(InvalidInputError, match="1/9 and 9"):
        edits.set_level_comparison(0, 0, 1, 0.0)


def test_renaming_levels_drops_their_comparisons() -> None:
    document = Document(levels_workshop())
    document.apply(edits.set_level_comparison(0, 1, 0, 3.0))
    criterion = document.workshop.criteria[0]
    document.apply(edits.update_criterion(0, replace(criterion, name={"es": "Otro"})))
    assert len(document.workshop.criteria[0].level_comparisons) == 1
    renamed = replace(
        criterion,
        levels=tuple(replace(lv, name={"es": f"n{k}"}) for k, lv in enumerate(criterion.levels)),
    )
    document.apply(edits.update_criterion(0, renamed))
    assert dict(document.workshop.criteria[0].level_comparisons) == {}
    assert not math.isnan(document.workshop.values[0, 0])
