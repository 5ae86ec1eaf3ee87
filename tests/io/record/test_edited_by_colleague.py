"""Issue 18, kind 1: a record edited by a colleague is matched by headers and names, never by
position. Inserted, moved and deleted columns and rows, renamed sheets and renamed criteria are
taken up correctly or refused with a message naming the sheet, row and column."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.record import load_record, save_record
from app.io.record.labels import LABELS
from app.models.errors import InvalidInputError
from app.models.workshop import Community, Workshop
from tests.factories import make_workshop

DATA = LABELS["es"]["data"]
CRITERIA = LABELS["es"]["criteria"]


@pytest.fixture(scope="module")
def original() -> Workshop:
    workshop = make_workshop(12, 4, groups=2, ordinal=1)
    communities = tuple(replace(c, notes=f"nota {i}") for i, c in enumerate(workshop.communities))
    return workshop.replace(communities=communities)


@pytest.fixture
def record(original: Workshop, tmp_path: Path) -> Path:
    path = tmp_path / "taller.xlsx"
    save_record(original, path, "es")
    return path


def edit(path: Path, change: object) -> Path:
    book = openpyxl.load_workbook(path)
    change(book)  # type: ignore[operator]
    book.save(path)
    return path


def column_of(sheet: object, text: str) -> int:
    for cell in sheet[1]:  # type: ignore[index]
        if cell.value == text:
            return int(cell.column)
    raise AssertionError(text)


def test_an_empty_column_inserted_before_the_consent_column(
    original: Workshop, record: Path
) -> None:
    """Before: every community read "no data for Consent" and all 12 were screened out."""
    edit(record, lambda b: b[DATA].insert_cols(column_of(b[DATA], "Consentimiento previo")))
    assert load_record(record) == original


def test_an_empty_column_inserted_before_the_notes_keeps_every_note(
    original: Workshop, record: Path
) -> None:
    edit(record, lambda b: b[DATA].insert_cols(column_of(b[DATA], "Notas")))
    reopened = load_record(record)
    assert [c.notes for c in reopened.communities] == [f"nota {i}" for i in range(12)]
    assert reopened == original


def test_moved_columns_and_an_edit_in_them_are_taken_up(original: Workshop, record: Path) -> None:
    def swap(book: openpyxl.Workbook) -> None:
        sheet = book[DATA]
        a, b = column_of(sheet, "Criterio 2"), column_of(sheet, "Criterio 3")
        for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row):
            row[a - 1].value, row[b - 1].value = row[b - 1].value, row[a - 1].value
        sheet.cell(row=3, column=b, value=42.5)  # now Criterio 2 of the first community

    edit(record, swap)
    reopened = load_record(record)
    expected = original.values.copy()
    expected[0, 1] = 42.5
    np.testing.assert_array_equal(reopened.values, expected)


def test_a_deleted_criterion_column_keeps_its_values_with_a_note(
    original: Workshop, record: Path
) -> None:
    edit(record, lambda b: b[DATA].delete_cols(column_of(b[DATA], "Criterio 3")))
    notes: list[InvalidInputError] = []
    assert load_record(record, notes) == original
    assert [n.params["sheet"] for n in notes] == [DATA]
    assert "Criterion 3" in str(notes[0])


def test_a_renamed_criterion_is_refused_naming_sheet_row_and_column(record: Path) -> None:
    def rename(book: openpyxl.Workbook) -> None:
        book[DATA].cell(row=1, column=column_of(book[DATA], "Criterio 2"), value="Agua")

    edit(record, rename)
    with pytest.raises(InvalidInputError) as refused:
        load_record(record)
    params = refused.value.params
    assert (params["file"], params["sheet"], params["row"], params["column"]) == (
        "taller.xlsx",
        DATA,
        1,
        "D",
    )
    assert "Agua" in str(refused.value) and "Criterion 2" in str(refused.value)


def test_a_column_a_colleague_adds_is_left_out_with_a_note(
    original: Workshop, record: Path
) -> None:
    def add(book: openpyxl.Workbook) -> None:
        sheet = book[DATA]
        sheet.insert_cols(2)
        sheet.cell(row=1, column=2, value="Comentarios")
        sheet.cell(row=3, column=2, value="visitar en junio")

    edit(record, add)
    notes: list[InvalidInputError] = []
    assert load_record(record, notes) == original
    assert [(n.params["column"], n.params["text"]) for n in notes] == [("B", "Comentarios")]


def test_data_without_a_header_is_refused_naming_the_column(record: Path) -> None:
    def add(book: openpyxl.Workbook) -> None:
        sheet = book[DATA]
        sheet.insert_cols(3)
        sheet.cell(row=5, column=3, value=7)

    edit(record, add)
    with pytest.raises(InvalidInputError, match="column C: this column has data but no header"):
        load_record(record)


def test_a_title_row_inserted_above_the_header(original: Workshop, record: Path) -> None:
    def title(book: openpyxl.Workbook) -> None:
        book[DATA].insert_rows(1, amount=2)
        book[DATA].cell(row=1, column=1, value="Datos del taller de Tambobamba")
        book[DATA].cell(row=7, column=2, value="Cotabambas")

    edit(record, title)
    reopened = load_record(record)
    assert reopened.communities[2].region == "Cotabambas"
    assert reopened.replace(communities=original.communities) == original


def test_a_renamed_data_sheet_is_found_by_its_contents(original: Workshop, record: Path) -> None:
    def rename(book: openpyxl.Workbook) -> None:
        book[DATA].title = "Datos 2026"
        book["Datos 2026"].cell(row=4, column=2, value="Grau")

    edit(record, rename)
    reopened = load_record(record)
    assert reopened.communities[1].region == "Grau"


def test_a_renamed_criteria_sheet_is_found_by_its_contents(
    original: Workshop, record: Path
) -> None:
    def rename(book: openpyxl.Workbook) -> None:
        book[CRITERIA].title = "Pesos acordados"
        sheet = book["Pesos acordados"]
        sheet.cell(row=2, column=column_of(sheet, "Peso: Grupo 2"), value=4.0)

    edit(record, rename)
    notes: list[InvalidInputError] = []
    reopened = load_record(record, notes)
    assert reopened.groups[1].weights["c1"] == 4.0 and notes == []


def test_a_deleted_criteria_sheet_is_a_note_naming_it_in_the_records_language(
    original: Workshop, record: Path
) -> None:
    edit(record, lambda book: book.remove(book[CRITERIA]))
    notes: list[InvalidInputError] = []
    assert load_record(record, notes) == original
    assert len(notes) == 1 and notes[0].params["sheet"] == CRITERIA


def test_a_deleted_data_sheet_is_a_note(original: Workshop, record: Path) -> None:
    edit(record, lambda b: b.remove(b[DATA]))
    notes: list[InvalidInputError] = []
    assert load_record(record, notes) == original
    assert [n.params.get("sheet") for n in notes] == [DATA]


def test_criteria_weights_are_found_by_header_and_number(original: Workshop, record: Path) -> None:
    """Each criterion's row carries its number (N.º), never its internal id: the key a sorted or
    moved row is found by."""
    shown = openpyxl.load_workbook(record)[CRITERIA]
    assert [c.value for c in shown["A"]] == ["N.º", *range(1, len(original.criteria) + 1)]
    ids = {c.id for c in original.criteria}
    assert not [c.value for row in shown.iter_rows() for c in row if c.value in ids]

    def move(book: openpyxl.Workbook) -> None:
        sheet = book[CRITERIA]
        sheet.insert_cols(1)
        sheet.insert_rows(2)
        sheet.move_range("A3:Z3", rows=4)  # the first criterion's row goes below the others
        column = column_of(sheet, "Peso: Grupo 2")
        sheet.cell(row=7, column=column, value=0.0)

    edit(record, move)
    reopened = load_record(record)
    assert reopened.groups[1].weights["c1"] == 0.0
    assert reopened.groups[0].weights == original.groups[0].weights


def test_an_earlier_records_criteria_are_found_by_their_ids(
    original: Workshop, record: Path
) -> None:
    """Records of an earlier Priorizar name each criterion's row by its id (an Id column)."""

    def earlier(book: openpyxl.Workbook) -> None:
        sheet = book[CRITERIA]
        sheet.cell(row=1, column=1, value="Id")
        for j, criterion in enumerate(original.criteria):
            sheet.cell(row=2 + j, column=1, value=criterion.id)
        sheet.move_range("A2:Z2", rows=len(original.criteria))  # the first row sorted last
        column = column_of(sheet, "Peso: Grupo 2")
        sheet.cell(row=2 + len(original.criteria), column=column, value=7.0)

    edit(record, earlier)
    reopened = load_record(record)
    assert reopened.groups[1].weights["c1"] == 7.0
    assert reopened.groups[0].weights == original.groups[0].weights


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    order=st.permutations(range(7)),
    blanks=st.lists(st.integers(1, 8), max_size=3),
    value=st.floats(0, 1000, allow_nan=False).map(lambda v: round(v, 3)),
)
def test_any_order_of_the_columns_with_blank_columns_reads_the_same(
    tmp_path_factory: pytest.TempPathFactory, order: list[int], blanks: list[int], value: float
) -> None:
    """The Data sheet's 7 columns (community, region, 4 criteria, notes... and the gate) in any
    order, with empty columns inserted anywhere, and one value edited: read as the original
    with that edit."""
    workshop = make_workshop(5, 3, groups=1, ordinal=0)
    workshop = workshop.replace(
        communities=tuple(Community(c.id, c.name, c.region, "n") for c in workshop.communities)
    )
    path = tmp_path_factory.mktemp("order") / "r.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    sheet = book[DATA]
    columns = [
        [sheet.cell(row=r, column=c).value for r in range(1, sheet.max_row + 1)]
        for c in range(1, 8)
    ]
    columns[3][3] = value  # Criterio 2 of the second community
    for c in range(1, 8):
        for r in range(1, sheet.max_row + 1):
            sheet.cell(row=r, column=c).value = columns[order[c - 1]][r - 1]
    for at in blanks:
        sheet.insert_cols(at)
    book.save(path)
    expected = workshop.values.copy()
    expected[1, 1] = value
    np.testing.assert_array_equal(load_record(path).values, expected)


def test_two_criteria_of_one_name_are_told_apart_by_their_order(tmp_path: Path) -> None:
    """Names need not differ: the k-th column of a name is the k-th criterion of that name (a
    record the program saved always reopens)."""
    workshop = make_workshop(4, 3, groups=1, ordinal=0)
    same_name = {"es": "Agua", "en": "Water"}
    criteria = tuple(
        replace(c, name=same_name) if c.id in ("c2", "c3") else c for c in workshop.criteria
    )
    workshop = workshop.replace(criteria=criteria)
    path = tmp_path / "dos.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    book[DATA].cell(row=3, column=5).value = 77.0  # the second "Agua": c3
    book.save(path)
    expected = workshop.values.copy()
    expected[0, 2] = 77.0
    np.testing.assert_array_equal(load_record(path).values, expected)


def test_a_criterion_named_like_a_column_label_reopens(tmp_path: Path) -> None:
    workshop = make_workshop(4, 3, groups=1, ordinal=0)
    criteria = tuple(
        replace(c, name={"es": "Notas", "en": "Notes"}) if c.id == "c2" else c
        for c in workshop.criteria
    )
    workshop = workshop.replace(
        criteria=criteria,
        communities=tuple(replace(c, notes="ver") for c in workshop.communities),
    )
    path = tmp_path / "notas.xlsx"
    save_record(workshop, path, "es")
    assert load_record(path) == workshop


def test_two_groups_of_one_name_keep_their_own_weights(tmp_path: Path) -> None:
    """Two groups named alike (the same people met twice) are told apart by their order."""
    workshop = make_workshop(5, 3, groups=2)
    twins = tuple(replace(g, name="Comuneros") for g in workshop.groups)
    workshop = workshop.replace(groups=twins)
    assert workshop.groups[0].weights != workshop.groups[1].weights
    path = tmp_path / "gemelos.xlsx"
    save_record(workshop, path, "es")
    assert load_record(path) == workshop

    def second_edited(book: openpyxl.Workbook) -> None:
        sheet = book[CRITERIA]
        columns = [c.column for c in sheet[1] if c.value == "Peso: Comuneros"]
        assert len(columns) == 2
        sheet.cell(row=2, column=columns[1], value=33.0)

    edit(path, second_edited)
    reopened = load_record(path)
    first = workshop.criteria[0].id
    assert reopened.groups[1].weights[first] == 33.0
    assert reopened.groups[0].weights == workshop.groups[0].weights
