"""Issue 18, kinds 3 and 4: numbers and text read as the file means them, or the cell named.

Encodings: a Mac Roman file and a UTF-8 file with one Windows-1252 row turned every accented name
into mojibake without a word; now the names are right and the guess's confidence is there for the
preview, with a warning when it is uncertain. Numbers: "1.234" in a file of decimal commas,
"1,234" stored as text and "1.800" typed in a record were read as 1.234 or 1.8 without a word; a
formula without a stored value became empty; the Peruvian marks for no data were errors."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.io.numbers import MISSING_MARKS, is_missing_mark, read_number
from app.io.reading import read_workshop
from app.io.record import load_record, save_record
from app.io.record.labels import LABELS
from app.io.table_import import SURE_ENOUGH, decode_table, read_table_csv
from app.io.table_mapping import read_raw_table
from app.models.errors import InvalidInputError
from tests.factories import make_workshop

NAMES = "Comunidad;Agua\nPucará;3\nSañayca;4\nHuañec;5\n"


# -- encodings ------------------------------------------------------------------------------------
def test_a_mac_roman_file_reads_right_and_is_flagged_uncertain(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(NAMES.encode("mac_roman"))
    raw = read_raw_table(path)
    assert raw.decoded is not None and raw.decoded.encoding == "mac-roman"
    assert raw.decoded.uncertain  # a warning, with the confidence for the preview
    assert 0.0 <= raw.decoded.confidence <= 1.0
    notes: list[InvalidInputError] = []
    workshop = read_table_csv(path, notes=notes)
    assert [c.name for c in workshop.communities] == ["Pucará", "Sañayca", "Huañec"]
    assert [n.params["encoding"] for n in notes] == ["mac-roman"]


def test_a_windows_file_is_read_as_windows_1252_without_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "win.csv"
    path.write_bytes(NAMES.encode("cp1252"))
    notes: list[InvalidInputError] = []
    workshop = read_table_csv(path, notes=notes)
    assert [c.name for c in workshop.communities] == ["Pucará", "Sañayca", "Huañec"]
    assert notes == []
    assert read_raw_table(path).decoded.confidence >= SURE_ENOUGH  # type: ignore[union-attr]


def test_utf8_with_one_windows_row_keeps_every_name_and_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "mezcla.csv"
    path.write_bytes(NAMES.encode("utf-8") + "Ñahuimpuquio;1\n".encode("cp1252"))
    notes: list[InvalidInputError] = []
    workshop = read_table_csv(path, notes=notes)
    assert [c.name for c in workshop.communities] == ["Pucará", "Sañayca", "Huañec", "Ñahuimpuquio"]
    assert [n.params["rows"] for n in notes] == ["5"]


def test_the_person_can_choose_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "mac.csv"
    path.write_bytes(NAMES.encode("mac_roman"))
    chosen = read_raw_table(path, encoding="cp1252")
    assert chosen.decoded is not None and chosen.decoded.confidence == 1.0
    assert "Pucar‡" in str(chosen.sheets[0].rows[1][0])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzáéíóúñÁÉÍÓÚÑüÜ ", min_size=3, max_size=12)
        .map(str.strip)
        .filter(lambda s: len(s) >= 3),
        min_size=2,
        max_size=6,
        unique_by=lambda s: s.casefold(),
    ),
    st.sampled_from(["utf-8", "cp1252", "mac_roman", "utf-16"]),
)
def test_names_survive_any_of_the_usual_encodings_or_are_flagged(
    names: list[str], encoding: str
) -> None:
    text = "Comunidad;Agua\n" + "".join(f"{n};{k}\n" for k, n in enumerate(names, start=1))
    decoded = decode_table(text.encode(encoding), Path("t.csv"))
    assert decoded.text == text or decoded.uncertain


# -- numbers --------------------------------------------------------------------------------------
def test_a_thousands_dot_in_a_file_of_decimal_commas_is_read_and_told(tmp_path: Path) -> None:
    path = tmp_path / "miles.csv"
    path.write_text("Comunidad;Población\nA;1.234\nB;3,5\nC;2.500,75\n", "utf-8")
    notes: list[InvalidInputError] = []
    workshop = read_table_csv(path, notes=notes)
    assert workshop.values[:, 0].tolist() == [1234.0, 3.5, 2500.75]
    assert [(n.params["row"], n.params["letter"], n.params["text"]) for n in notes] == [
        (2, "B", "1.234")
    ]
    assert "1.234" in str(notes[0]) and "1234" in str(notes[0])


def test_the_marks_for_no_data_are_missing_values_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "sd.csv"
    path.write_text("Comunidad;Agua\nA;s/d\nB;N/D\nC;sin dato\nD;-\nE;4\n", "utf-8")
    notes: list[InvalidInputError] = []
    workshop = read_table_csv(path, notes=notes)
    assert np.isnan(workshop.values[:4, 0]).all() and workshop.values[4, 0] == 4.0
    assert [n.params["row"] for n in notes] == [2, 3, 4, 5]


def test_a_number_stored_as_text_in_a_workbook_is_refused_naming_the_cell(
    tmp_path: Path,
) -> None:
    path = tmp_path / "texto.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Comunidad", "Población"], ["A", "1,234"], ["B", 7]):
        sheet.append(row)
    book.save(path)
    with pytest.raises(InvalidInputError) as refused:
        read_workshop(path)
    assert (refused.value.params["row"], refused.value.params["letter"]) == (2, "B")
    assert "1.234" in str(refused.value) and "1234" in str(refused.value)


def test_1800_typed_as_text_in_a_record_is_refused_naming_the_cell(tmp_path: Path) -> None:
    workshop = make_workshop(3, 2, groups=1, ordinal=0)
    path = tmp_path / "r.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    book[LABELS["es"]["data"]].cell(row=3, column=3).value = "1.800"
    book.save(path)
    with pytest.raises(InvalidInputError) as refused:
        load_record(path)
    params = refused.value.params
    assert (params["sheet"], params["row"], params["column"]) == ("Datos", 3, "C")
    assert "1.8" in str(refused.value) and "1800" in str(refused.value)


def test_a_formula_without_a_stored_value_is_refused_naming_the_cell(tmp_path: Path) -> None:
    path = tmp_path / "script.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Comunidad", "Agua"], ["A", 1], ["B", "=B2*2"]):
        sheet.append(row)
    book.save(path)  # openpyxl stores no value for the formula, as scripts do
    with pytest.raises(InvalidInputError, match="row 3, column B: the formula “=B2\\*2”"):
        read_workshop(path)


def test_a_date_in_a_criterion_column_is_refused_naming_the_cell(tmp_path: Path) -> None:
    import datetime

    path = tmp_path / "fecha.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Comunidad", "Agua"], ["A", 1], ["B", datetime.datetime(2026, 3, 14)]):
        sheet.append(row)
    book.save(path)
    with pytest.raises(InvalidInputError, match="“2026-03-14” is a date"):
        read_workshop(path)


@given(st.integers(1, 999), st.integers(0, 999), st.sampled_from([True, False, None]))
def test_a_single_group_of_three_digits_is_never_read_one_way_silently(
    whole: int, part: int, decimal_comma: bool | None
) -> None:
    for mark in (".", ","):
        reading = read_number(f"{whole}{mark}{part:03d}", decimal_comma)
        assert reading is not None
        readings = {reading.value, reading.other}
        file_mark = None if decimal_comma is None else ("," if decimal_comma else ".")
        if mark == file_mark:
            assert reading.value == float(f"{whole}.{part:03d}") and reading.other is None
        else:  # against the file's mark, or no mark: both readings offered
            assert readings == {float(f"{whole}.{part:03d}"), float(whole * 1000 + part)}


@given(st.floats(-1e9, 1e9, allow_nan=False).map(lambda v: round(v, 2)))
def test_numbers_as_a_spreadsheet_writes_them_read_back(value: float) -> None:
    text = f"{value:.2f}"
    assert read_number(text, False).value == pytest.approx(value)  # type: ignore[union-attr]
    comma = read_number(text.replace(".", ","), True)
    assert comma is not None and comma.value == pytest.approx(value)


def test_every_missing_mark_is_recognised_in_any_case() -> None:
    for mark in MISSING_MARKS:
        assert is_missing_mark(mark.upper()) and is_missing_mark(f"  {mark} ")
    assert not is_missing_mark("0") and not math.isnan(float(read_number("0", True).value))  # type: ignore[union-attr]
