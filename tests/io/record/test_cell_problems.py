"""Issue 19, item 5: a colleague's record with mistyped Data cells lists every problem at once
(sheet, row, column, the text, what the cell may hold) and can open with those cells empty."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from app.io.messages import message_text
from app.io.reading import open_input, read_workshop
from app.io.record import LABELS, load_record, save_record
from app.io.record.cell_problems import KEPT_CELLS, LISTED_CELLS, BlankedCells, CellProblems
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop
from tests.factories import make_workshop

DATA = LABELS["es"]["data"]
# make_workshop(6, 4, ordinal=1): A community, B region, C "Criterio 1" (levels), D-F numbers,
# G "Consentimiento previo" (yes/no), H notes; communities from row 3
BAD = {"C4": "altísima", "D5": "mucho", "G7": "quizás"}


@pytest.fixture
def original() -> Workshop:
    return make_workshop(6, 4, ordinal=1)


def record_with(original: Workshop, tmp_path: Path, cells: dict[str, object]) -> Path:
    path = tmp_path / "colega.xlsx"
    save_record(original, path, "es")
    book = openpyxl.load_workbook(path)
    for where, value in cells.items():
        book[DATA][where] = value
    book.save(path)
    return path


def problems_of(path: Path) -> CellProblems:
    with pytest.raises(CellProblems) as caught:
        load_record(path)
    return caught.value


def test_every_bad_cell_is_listed_with_where_it_is_and_what_it_may_hold(
    original: Workshop, tmp_path: Path
) -> None:
    problems = problems_of(record_with(original, tmp_path, BAD)).problems
    assert [(p.sheet, p.row, p.column, p.text) for p in problems] == [
        (DATA, 4, "C", "altísima"),
        (DATA, 5, "D", "mucho"),
        (DATA, 7, "G", "quizás"),
    ]
    assert [p.criterion.text("es") for p in problems] == [
        "Criterio 1",
        "Criterio 2",
        "Consentimiento previo",
    ]
    allowed = {
        lang: [message_text(p.allowed.template, p.allowed.params, lang) for p in problems]
        for lang in ("es", "en")
    }
    assert allowed["en"] == [
        "one of the levels: very low, low, medium, high, very high",
        "a number",
        "yes or no",
    ]
    assert allowed["es"] == [
        "uno de los niveles: muy bajo, bajo, medio, alto, muy alto",
        "un número",
        "sí o no",
    ]


def test_the_message_lists_every_cell_in_either_language(
    original: Workshop, tmp_path: Path
) -> None:
    error = problems_of(record_with(original, tmp_path, BAD))
    english = str(error).splitlines()
    assert english == [
        "“colega.xlsx”: 3 cells hold values that cannot be read:",
        "“colega.xlsx”, sheet “Datos”, row 4, column C: “altísima” is not one of the levels of "
        "Criterion 1.",
        "“colega.xlsx”, sheet “Datos”, row 5, column D: “mucho” is not a number.",
        "“colega.xlsx”, sheet “Datos”, row 7, column G: “quizás” is not yes or no.",
    ]
    spanish = message_text(error.template, error.params, "es").splitlines()
    assert len(spanish) == 4
    assert spanish[0].startswith("“colega.xlsx”: 3 celdas")
    assert "“altísima”" in spanish[1] and "Criterio 1" in spanish[1]
    assert "fila 5, columna D" in spanish[2]
    assert "“quizás” no es sí ni no" in spanish[3]
    assert not any("c1" in line.split() for line in spanish)  # never the criterion's id


def test_opening_with_the_cells_empty_keeps_everything_else(
    original: Workshop, tmp_path: Path
) -> None:
    path = record_with(original, tmp_path, BAD)
    notes: list[InvalidInputError] = []
    reopened = load_record(path, notes, blank_bad_cells=True)
    empty = [(1, 0), (2, 1), (4, 4)]  # (community, criterion) of C4, D5, G7
    for i, j in empty:
        assert math.isnan(reopened.values[i, j])
    expected = original.values.copy()
    for i, j in empty:
        expected[i, j] = np.nan
    np.testing.assert_array_equal(reopened.values, expected)
    assert reopened.replace(values=original.values) == original
    (note,) = notes
    assert isinstance(note, BlankedCells)
    assert str(note) == (
        "“colega.xlsx”: 3 cells that could not be read were left empty (no data): C4, D5, G7. "
        "Type their values in the Data tab."
    )
    # the window's and the command line's way in take the option too
    opened = open_input(path, blank_bad_cells=True)
    assert isinstance(opened, Workshop) and opened == reopened
    with pytest.raises(CellProblems):
        read_workshop(path)


def test_good_edits_beside_bad_cells_are_taken_up(original: Workshop, tmp_path: Path) -> None:
    path = record_with(original, tmp_path, {**BAD, "E3": 42.5, "C5": "alto", "G8": "no"})
    reopened = load_record(path, blank_bad_cells=True)
    assert reopened.values[0, 2] == 42.5
    assert reopened.values[2, 0] == 4.0  # "alto", the fourth level
    assert reopened.values[5, 4] == 0.0


@pytest.mark.parametrize(
    ("where", "typed", "words", "allowed"),
    [
        ("C3", 7, "is not one of the levels", "one of the levels: "),  # a number, no level
        ("C3", 2.5, "is not one of the levels", "one of the levels: "),
        ("G3", 2, "is not yes or no", "yes or no"),
        ("D3", "1.800", "could be 1.8 or 1800", "a number without a thousands separator"),
    ],
)
def test_a_number_that_is_no_value_of_the_criterion_names_its_cell(
    original: Workshop, tmp_path: Path, where: str, typed: object, words: str, allowed: str
) -> None:
    """Before, a level number out of range or a gate's 2 was refused without naming the cell."""
    error = problems_of(record_with(original, tmp_path, {where: typed}))
    (problem,) = error.problems
    assert f"column {where[0]}" in str(error) and words in str(error)
    assert message_text(problem.allowed.template, problem.allowed.params, "en").startswith(allowed)


def test_missing_marks_and_level_numbers_still_read(original: Workshop, tmp_path: Path) -> None:
    path = record_with(original, tmp_path, {"D3": "s/d", "C3": 3, "G3": "Sí"})
    reopened = load_record(path)
    assert math.isnan(reopened.values[0, 1])
    assert reopened.values[0, 0] == 3.0 and reopened.values[0, 4] == 1.0


def test_thousands_of_bad_cells_list_a_few_and_count_the_rest(tmp_path: Path) -> None:
    original = make_workshop(300, 4, ordinal=1)
    cells = {f"{column}{row}": "zz" for row in range(3, 303) for column in "CDEFG"}
    error = problems_of(record_with(original, tmp_path, cells))
    assert error.count == 1500
    assert len(error.problems) == KEPT_CELLS  # the first ones, in the sheet's order
    assert [(p.row, p.column) for p in error.problems[:6]] == [
        (3, "C"),
        (3, "D"),
        (3, "E"),
        (3, "F"),
        (3, "G"),
        (4, "C"),
    ]
    lines = str(error).splitlines()
    assert lines[0] == "“colega.xlsx”: 1500 cells hold values that cannot be read:"
    assert len(lines) == 1 + LISTED_CELLS + 1
    assert lines[-1] == f"… and {1500 - LISTED_CELLS} more."
    notes: list[InvalidInputError] = []
    reopened = load_record(tmp_path / "colega.xlsx", notes, blank_bad_cells=True)
    assert np.isnan(reopened.values).all()
    assert isinstance(notes[0], BlankedCells) and notes[0].count == 1500
    assert str(notes[0]).count(",") == LISTED_CELLS  # 20 cells and "…"
