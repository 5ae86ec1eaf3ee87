"""A criterion (app/models/criterion.py): what its definition and its values may be, and its
dictionary form."""

from __future__ import annotations

import math

import pytest

from app.models.criterion import (
    Criterion,
    CriterionKind,
    Direction,
    Level,
    check_value,
    criterion_from_dict,
    criterion_to_dict,
    in_scale_range,
    validate_criterion,
)
from app.models.errors import InvalidInputError
from tests.factories import make_workshop

VERBAL = Criterion(
    "c1",
    {"es": "Seguridad", "en": "Security"},
    kind=CriterionKind.ORDINAL,
    levels=tuple(Level({"es": name}) for name in ("bajo", "medio", "alto")),
)
GATE = Criterion("g", {"es": "Acepta", "en": "Accepts"}, kind=CriterionKind.GATE)


@pytest.mark.parametrize(
    ("unit", "saved"),
    [
        ({}, ""),
        ({"es": "", "en": ""}, ""),
        ({"es": "%", "en": "%"}, "%"),
        ({"es": "ha"}, {"es": "ha"}),  # the English is still to be written
        ({"es": "familias", "en": ""}, {"es": "familias", "en": ""}),
        ({"es": "familias", "en": "families"}, {"es": "familias", "en": "families"}),
    ],
)
def test_a_unit_that_reads_the_same_in_every_language_is_saved_as_a_string(
    unit: dict[str, str], saved: object
) -> None:
    criterion = Criterion(id="c", name={"es": "C"}, unit=unit)
    assert criterion_to_dict(criterion)["unit"] == saved
    again = criterion_from_dict(criterion_to_dict(criterion))
    for lang in ("es", "en", "qu"):
        assert again.unit_label(lang) == criterion.unit_label(lang)


def test_ordinal_level_label() -> None:
    criterion = make_workshop().criteria[0]
    assert criterion.kind is CriterionKind.ORDINAL
    assert criterion.level_label(4, "es") == "alto"
    assert criterion.level_label(2.5, "es") == ""


def test_a_value_must_fit_the_kind_of_its_criterion() -> None:
    check_value(VERBAL, 3.0, "Comunidad 1")  # the third level
    check_value(VERBAL, math.nan, "Comunidad 1")  # a missing cell is allowed
    check_value(GATE, 0.0, "Comunidad 1")
    for criterion, value, words in (
        (VERBAL, 4.0, "is not one of its 3 levels"),
        (VERBAL, 1.5, "is not one of its 3 levels"),
        (GATE, 0.5, "yes or no"),
        (Criterion("n", {"en": "Hours"}), math.inf, "is not a number"),
    ):
        with pytest.raises(InvalidInputError, match=words) as caught:
            check_value(criterion, value, "Comunidad 2")
        assert caught.value.params["community"] == "Comunidad 2"
        assert caught.value.params["criterion"].id == criterion.id


def test_a_definition_that_contradicts_itself_is_refused_by_name() -> None:
    validate_criterion(VERBAL)
    for criterion, words in (
        (Criterion(" ", {"en": "Nameless"}), "has no identifier"),
        (Criterion("v", {"en": "Voice"}, kind=CriterionKind.ORDINAL), "fewer than two levels"),
        (
            Criterion(
                "v",
                {"en": "Voice"},
                kind=CriterionKind.ORDINAL,
                levels=(Level({"en": "low"}, priority=0.0), Level({"en": "high"})),
            ),
            "priority of level",
        ),
        (Criterion("n", {"en": "Hours"}, accept_min=5, accept_max=2), "above the highest"),
        (Criterion("n", {"en": "Hours"}, comparisons={("a", "b"): 3.0}), "do not fit its kind"),
        (
            Criterion(
                "p", {"en": "Water"}, kind=CriterionKind.PAIRWISE, comparisons={("a", "b"): 10.0}
            ),
            "outside the scale 1/9 to 9",
        ),
    ):
        with pytest.raises(InvalidInputError, match=words):
            validate_criterion(criterion)


def test_the_judgement_scale_runs_from_one_ninth_to_nine() -> None:
    assert in_scale_range(1 / 9) and in_scale_range(9.0) and in_scale_range(1.0)
    assert in_scale_range(1 / 9 - 1e-10)  # a stored 1/9, rounded
    assert not in_scale_range(0.1111) and not in_scale_range(9.01)
    assert not in_scale_range(math.nan) and not in_scale_range(math.inf)


def test_every_field_round_trips_through_the_dictionary_form() -> None:
    criterion = Criterion(
        "p",
        {"es": "Agua", "en": "Water"},
        description={"es": "Acceso al agua"},
        kind=CriterionKind.PAIRWISE,
        direction=Direction.MIN,
        unit={"es": "horas", "en": "hours"},
        accept_max=0.9,
        comparisons={("a", "b"): 3.0, ("a", "c"): 1 / 5},
    )
    data = criterion_to_dict(criterion)
    assert data["kind"] == "pairwise" and data["direction"] == "min"
    assert data["comparisons"] == [["a", "b", 3.0], ["a", "c", 1 / 5]]
    assert "level_comparisons" not in data  # only when there are some
    assert criterion_from_dict(data) == criterion
    verbal = criterion_from_dict({**criterion_to_dict(VERBAL), "level_comparisons": [[2, 0, 5]]})
    assert verbal.level_comparisons == {(2, 0): 5.0}
    assert criterion_from_dict(criterion_to_dict(verbal)) == verbal


def test_reading_a_definition_checks_it() -> None:
    data = {**criterion_to_dict(VERBAL), "levels": [{"name": {"es": "único"}}]}
    with pytest.raises(InvalidInputError, match="fewer than two levels"):
        criterion_from_dict(data)
