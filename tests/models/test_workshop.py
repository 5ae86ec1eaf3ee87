"""The workshop document: validation names what is wrong, the saved form round-trips."""

from __future__ import annotations

import json

import numpy as np
import pytest

from app.models.criterion import Criterion, criterion_from_dict, criterion_to_dict
from app.models.errors import InvalidInputError
from app.models.workshop import SCHEMA_VERSION, Baseline, Community, Group, LogEntry, Workshop
from tests.factories import make_workshop


def test_round_trip_through_json_keeps_every_input() -> None:
    workshop = make_workshop(7, 5, missing=2).replace(
        baseline=Baseline(topsis={"k1": 1, "k2": 2}, ahp={"k1": 2, "k2": 1}, label="inicio"),
        log=(LogEntry("2026-01-01T10:00:00", "Grupo 1", "weight c1", "1", "2"),),
    )
    text = json.dumps(workshop.to_dict(), ensure_ascii=False)
    again = Workshop.from_dict(json.loads(text))
    assert again == workshop
    assert again.to_dict() == workshop.to_dict()
    assert np.isnan(again.values[5, 1]) and np.isnan(again.values[4, 1])
    assert again.to_dict()["schema_version"] == SCHEMA_VERSION


def test_newer_schema_version_is_refused_with_a_clear_message() -> None:
    data = make_workshop().to_dict()
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(InvalidInputError, match="format version 2"):
        Workshop.from_dict(data)


def test_damaged_dictionary_is_reported_not_crashed() -> None:
    data = make_workshop().to_dict()
    del data["communities"][0]["name"]
    with pytest.raises(InvalidInputError, match="the key “communities\\[0\\].name” is missing"):
        Workshop.from_dict(data)


def test_validation_names_the_community_and_criterion_at_fault() -> None:
    workshop = make_workshop(4, 3)
    values = workshop.values.copy()
    values[2, 0] = 9  # the first criterion is verbal with five levels
    with pytest.raises(InvalidInputError) as caught:
        workshop.replace(values=values).validate()
    message = str(caught.value)
    assert "Comunidad 3" in message and "Criterion 1" in message and "9" in message
    assert caught.value.params["community"] == "Comunidad 3"


def test_gate_accepts_only_yes_or_no() -> None:
    workshop = make_workshop(3, 2)
    values = workshop.values.copy()
    values[0, -1] = 0.5
    with pytest.raises(InvalidInputError, match="yes or no"):
        workshop.replace(values=values).validate()


def test_negative_group_weight_is_refused() -> None:
    workshop = make_workshop(3, 2)
    group = workshop.groups[0]
    bad = Group(group.id, group.name, weights={**group.weights, "c2": -1.0})
    with pytest.raises(InvalidInputError, match="Grupo 1.*c2"):
        workshop.replace(groups=(bad, *workshop.groups[1:])).validate()


def test_threshold_bounds_must_be_ordered() -> None:
    with pytest.raises(InvalidInputError, match="lowest acceptable value 5.0 is above"):
        Workshop.from_dict(
            {
                **make_workshop(2, 1, gate=False, groups=0).to_dict(),
                "criteria": [
                    {"id": "c1", "name": {"en": "Security"}, "accept_min": 5, "accept_max": 2}
                ],
            }
        )


def test_a_unit_saved_as_a_plain_string_is_the_same_unit_in_both_languages() -> None:
    # a file written before units were bilingual
    data = make_workshop(3, 2, gate=False, groups=1).to_dict()
    data["criteria"][1]["unit"] = "km"
    criterion = Workshop.from_dict(data).criteria[1]
    assert criterion.unit == {"es": "km", "en": "km"}
    assert criterion.unit_label("es") == criterion.unit_label("en") == "km"
    # and it is written back as the same plain string
    assert criterion_to_dict(criterion)["unit"] == "km"


def test_a_bilingual_unit_round_trips_and_each_language_shows_its_own() -> None:
    workshop = make_workshop(3, 2, gate=False, groups=1)
    criteria = list(workshop.criteria)
    criteria[1] = criterion_from_dict(
        {**criterion_to_dict(criteria[1]), "unit": {"es": "horas", "en": "hours"}}
    )
    workshop = workshop.replace(criteria=tuple(criteria))
    text = json.dumps(workshop.to_dict(), ensure_ascii=False)
    assert json.loads(text)["criteria"][1]["unit"] == {"es": "horas", "en": "hours"}
    again = Workshop.from_dict(json.loads(text))
    assert again == workshop
    assert again.criteria[1].unit == {"es": "horas", "en": "hours"}
    assert again.criteria[1].unit_label("es") == "horas"
    assert again.criteria[1].unit_label("en") == "hours"
    assert again.criteria[1].unit_label("qu") == "horas"  # Quechua falls back to Spanish


def test_a_unit_in_one_language_reopens_in_that_language_only() -> None:
    """The other language stays empty (it falls back, and the criteria editor shows it empty):
    saved as a plain string it came back filled with a copy, which then no longer followed the
    unit when the Spanish one was changed."""
    workshop = make_workshop(3, 2, gate=False, groups=1)
    for unit in ({"es": "familias"}, {"en": "households"}, {"es": "familias", "en": ""}):
        criteria = list(workshop.criteria)
        criteria[1] = Criterion(id="c2", name={"es": "C"}, unit=unit)
        one = workshop.replace(criteria=tuple(criteria))
        again = Workshop.from_dict(json.loads(json.dumps(one.to_dict())))
        assert again.criteria[1].unit == unit


def test_duplicate_ids_are_refused() -> None:
    criterion = Criterion("c1", {"en": "A"})
    workshop = Workshop(
        criteria=(criterion,),
        communities=(Community("k", "A"), Community("k", "B")),
        values=np.array([[1.0], [2.0]]),
    )
    with pytest.raises(InvalidInputError, match="“k” is used twice"):
        workshop.validate()
