"""Issue 18, kind 9: a damaged workshop form is refused naming the file and the JSON key, never
with a Python internal ("cannot reshape array of size 0 into shape (12,9)", "'int' object is not
subscriptable"); a malformed version is not "newer"."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.errors import InvalidInputError
from app.models.workshop import SCHEMA_VERSION, Workshop
from tests.factories import make_workshop

BASE = make_workshop(4, 3).to_dict()


def refusal(data: Any) -> InvalidInputError:
    with pytest.raises(InvalidInputError) as refused:
        Workshop.from_dict(data, "taller.json")
    return refused.value


def test_an_empty_table_of_values_names_its_key() -> None:
    data = copy.deepcopy(BASE)
    data["values"] = []
    error = refusal(data)
    assert (error.params["file"], error.params["key"]) == ("taller.json", "values")
    assert "reshape" not in str(error)


def test_a_number_where_a_list_should_be_names_its_key() -> None:
    data = copy.deepcopy(BASE)
    data["groups"][0]["judgements"] = [5]
    error = refusal(data)
    assert error.params["key"] == "groups[0].judgements[0]"
    assert "subscriptable" not in str(error)


def test_a_short_row_of_values_names_it() -> None:
    data = copy.deepcopy(BASE)
    data["values"][2] = data["values"][2][:-1]
    assert refusal(data).params["key"] == "values[2]"


@pytest.mark.parametrize("version", ["2", "abc", 1.5, True, -3, None, [1]])
def test_a_malformed_version_is_not_newer(version: object) -> None:
    data = copy.deepcopy(BASE)
    data["schema_version"] = version
    message = str(refusal(data))
    assert "update" not in message and "not a valid version" in message


def test_a_newer_version_asks_to_update() -> None:
    data = copy.deepcopy(BASE)
    data["schema_version"] = SCHEMA_VERSION + 1
    assert "update Priorizar" in str(refusal(data))


_INTERNALS = ("object is not", "reshape", "could not convert", "KeyError", "unhashable", "NoneType")


def _mutated(data: Any, path: list[Any], value: Any) -> Any:
    target = data
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return data


def _paths(data: Any, prefix: list[Any]) -> list[list[Any]]:
    found = [prefix] if prefix else []
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, [*prefix, key])
    elif isinstance(data, list):
        for index, value in enumerate(data[:2]):
            found += _paths(value, [*prefix, index])
    return found


PATHS = _paths(BASE, [])
junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-5, 5),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(0, 3), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PATHS), junk)
def test_any_damaged_key_is_a_message_without_python_internals(path: list[Any], value: Any) -> None:
    data = _mutated(copy.deepcopy(BASE), path, value)
    try:
        Workshop.from_dict(data, "taller.json")
    except InvalidInputError as error:
        message = str(error)
        assert not any(internal in message for internal in _INTERNALS), message
    # anything else (an uncaught TypeError, say) fails the test
