"""What a visible cell says on reopening (app/io/record/cell_values.py): the value written, or an
edit read as typed data."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest

from app.io.record.cell_values import cell, parse_value, same
from app.models.errors import InvalidInputError
from tests.factories import make_workshop

WRITTEN = 0.1 + 0.2  # 0.30000000000000004: 17 significant digits


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (WRITTEN, WRITTEN),
        (0.3, WRITTEN),  # LibreOffice re-saves 15 digits
        (3, 3.0),
        (None, ""),
        ("", None),
        ("uno\r\ndos ", "uno\ndos"),  # line ends and outer spaces are not edits
    ],
)
def test_what_was_written_is_the_same(shown: Any, expected: Any) -> None:
    assert same(shown, expected)


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        (0.3000001, WRITTEN),
        (True, 1.0),  # a typed TRUE is an edit of a 1
        ("3", 3.0),
        ("uno dos", "uno\ndos"),
        ("", 0.0),
    ],
)
def test_an_edit_is_not_the_same(shown: Any, expected: Any) -> None:
    assert not same(shown, expected)


def test_a_cell_beyond_the_rows_read_is_blank() -> None:
    rows = [("a", None), ("b",)]
    assert (cell(rows, 1, 1), cell(rows, 1, 2), cell(rows, 2, 2), cell(rows, 9, 1)) == (
        "a",
        "",
        "",
        "",
    )


@pytest.mark.parametrize(
    ("criterion", "typed", "value"),
    [
        ("consent", "Sí", 1.0),
        ("consent", " yes ", 1.0),
        ("consent", "falso", 0.0),
        ("consent", False, 0.0),
        ("c1", "Muy Alto", 5.0),  # a level by its name in either language, any case
        ("c1", "low", 2.0),
        ("c2", "2,5", 2.5),
        ("c2", "1e3", 1000.0),
        ("c2", 7, 7.0),
    ],
)
def test_a_typed_value_reads_as_the_workshops(criterion: str, typed: Any, value: float) -> None:
    workshop = make_workshop(3, 4, ordinal=1)
    parsed = parse_value(
        workshop.criteria[workshop.criterion_index(criterion)], typed, Path("r.xlsx"), "Datos", 3, 4
    )
    assert parsed == value


def test_a_blank_cell_is_a_missing_value() -> None:
    workshop = make_workshop(3, 4, ordinal=1)
    assert math.isnan(parse_value(workshop.criteria[1], "  ", Path("r.xlsx"), "Datos", 3, 4))


@pytest.mark.parametrize(
    ("criterion", "typed", "words"),
    [
        ("consent", "quizás", "is not yes or no"),
        ("c1", "regular", "is not one of the levels"),
        ("c2", "mucho", "is not a number"),
        ("c2", "inf", "is not a number"),
    ],
)
def test_a_wrong_value_names_the_file_sheet_row_and_column(
    criterion: str, typed: str, words: str
) -> None:
    workshop = make_workshop(3, 4, ordinal=1)
    with pytest.raises(InvalidInputError) as caught:
        parse_value(
            workshop.criteria[workshop.criterion_index(criterion)],
            typed,
            Path("r.xlsx"),
            "Datos",
            7,
            4,
        )
    assert str(caught.value).startswith(f"“r.xlsx”, sheet “Datos”, row 7, column D: “{typed}”")
    assert words in str(caught.value)
