"""Texts in several languages and the names messages carry (app.models.text)."""

from __future__ import annotations

import pytest

from app.models.criterion import Level, check_value
from app.models.errors import InvalidInputError
from app.models.text import Name, in_language, joined, localized
from tests.factories import make_workshop

SECURITY = Name("c1", {"es": "Seguridad", "en": "Security"})


def test_localized_falls_back_from_quechua_to_spanish() -> None:
    text = {"es": "Seguridad", "en": "Security"}
    assert localized(text, "qu") == "Seguridad"
    assert localized(text, "en") == "Security"
    assert localized({"en": "Only English"}, "es") == "Only English"


def test_a_name_is_shown_in_the_readers_language_and_in_english_without_one() -> None:
    assert SECURITY.text("es") == "Seguridad" and SECURITY.text("qu") == "Seguridad"
    assert str(SECURITY) == f"{SECURITY}" == "Security"
    assert f"{SECURITY:>10}" == "  Security"
    assert Name("c9").text("es") == "c9"  # a criterion without a name shows its id


def test_in_language_names_every_name_and_keeps_the_other_fields() -> None:
    params = {"criterion": SECURITY, "value": 3.5, "community": "Ccapi"}
    assert in_language(params, "es") == {
        "criterion": "Seguridad",
        "value": 3.5,
        "community": "Ccapi",
    }


def test_several_names_join_in_each_language() -> None:
    water = Name("c2", {"es": "Agua", "en": "Water"})
    both = joined([SECURITY, water])
    assert (both.text("es"), both.text("en"), str(both)) == (
        "Seguridad, Agua",
        "Security, Water",
        "Security, Water",
    )


def test_an_error_carries_the_name_and_reads_in_english_as_a_sentence() -> None:
    criterion = make_workshop(3, 2, gate=False).criteria[1]
    with pytest.raises(InvalidInputError) as caught:
        check_value(criterion, float("inf"), "Ccapi")
    assert caught.value.params["criterion"] == criterion.named
    english = f"Community Ccapi, criterion {criterion.label('en')}: inf is not a number."
    assert str(caught.value) == english
    assert in_language(caught.value.params, "es")["criterion"] == criterion.label("es")
    level = Level({"es": "alto", "en": "high"})
    assert str(InvalidInputError("Level {level}.", level=level.named)) == "Level high."
