"""Issue 18, kind 5: the right sheet and the right rows of a workbook. A hidden first sheet was
read instead of the visible active one; a chart sheet blocked the import; a header below a title
gave a message without sheet or row; formatted empty rows made a 4-row table 20,000 rows. And
kind 3 in the import step: the numbers that read two ways are listed for the person to choose."""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import PatternFill

from app.io.reading import read_workshop
from app.io.table_mapping import (
    ambiguous_numbers,
    apply_mapping,
    data_rows,
    guess_mapping,
    header_row,
    read_raw_table,
    with_header,
)

TABLE = [["Comunidad", "Agua", "Suelo"], ["Pucará", 3, 1], ["Grau", 4, 2], ["Accha", 5, 3]]


def workbook(path: Path, *, hidden_first: bool = False, chart: bool = False) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Comunidades"
    for row in TABLE:
        sheet.append(row)
    if chart:
        charts = book.create_chartsheet("Gráfico", 0)
        bars = BarChart()
        bars.add_data(Reference(sheet, min_col=2, min_row=1, max_row=4))
        charts.add_chart(bars)
    if hidden_first:
        hidden = book.create_sheet("Cálculos", 0)
        hidden.append(["x", "y"])
        hidden.append(["no", "es"])
        hidden.sheet_state = "hidden"
    book.active = book.sheetnames.index("Comunidades")
    book.save(path)
    return path


def test_a_hidden_first_sheet_is_skipped(tmp_path: Path) -> None:
    path = workbook(tmp_path / "oculta.xlsx", hidden_first=True)
    assert [s.name for s in read_raw_table(path).sheets] == ["Comunidades"]
    assert [c.name for c in read_workshop(path).communities] == ["Pucará", "Grau", "Accha"]


def test_a_chart_sheet_is_ignored(tmp_path: Path) -> None:
    path = workbook(tmp_path / "grafico.xlsx", chart=True)
    assert [s.name for s in read_raw_table(path).sheets] == ["Comunidades"]
    assert len(read_workshop(path).communities) == 3


def test_the_active_visible_sheet_comes_first(tmp_path: Path) -> None:
    path = tmp_path / "dos.xlsx"
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Notas"
    first.append(["solo", "notas"])
    second = book.create_sheet("Comunidades")
    for row in TABLE:
        second.append(row)
    book.active = 1
    book.save(path)
    assert [s.name for s in read_raw_table(path).sheets] == ["Comunidades", "Notas"]
    assert len(read_workshop(path).communities) == 3


def test_a_header_below_a_title_is_found_and_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "titulo.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Priorización de comunidades, Apurímac 2026"])
    sheet.append([])
    for row in TABLE:
        sheet.append(row)
    book.save(path)
    assert [c.name for c in read_workshop(path).communities] == ["Pucará", "Grau", "Accha"]
    raw = read_raw_table(path).sheets[0]
    assert header_row(raw) == 2
    assert [number for number, _ in data_rows(raw)] == [4, 5, 6]
    chosen = with_header(raw, 3)  # the person says the header is the "Pucará" row
    assert [number for number, _ in data_rows(chosen)] == [5, 6]


def test_formatting_without_values_is_not_a_row(tmp_path: Path) -> None:
    path = workbook(tmp_path / "formato.xlsx")
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    for row in range(5, 20_001):
        sheet.cell(row=row, column=1).fill = PatternFill("solid", fgColor="DDEEFF")
    book.save(path)
    raw = read_raw_table(path).sheets[0]
    assert len(raw.rows) == 4 and len(data_rows(raw)) == 3


def test_a_number_stored_as_text_is_listed_and_waits_for_the_choice(tmp_path: Path) -> None:
    path = tmp_path / "miles.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Comunidad", "Población"], ["A", "1,234"], ["B", 800], ["C", "2.5"]):
        sheet.append(row)
    book.save(path)
    raw = read_raw_table(path).sheets[0]
    mapping = guess_mapping(raw)
    [found] = ambiguous_numbers(raw, mapping)
    assert (found.sheet, found.row, found.column, found.text) == ("Sheet", 2, "B", "1,234")
    assert {found.value, found.other} == {1.234, 1234.0} and not found.decided_by_file
    workshop, problems = apply_mapping(raw, mapping)
    assert workshop is None
    assert [(p.row, p.column, p.blocking) for p in problems] == [(2, "B", True)]
    mapping.thousands = True
    workshop, problems = apply_mapping(raw, mapping)
    assert workshop is not None and workshop.values[:, 0].tolist() == [1234.0, 800.0, 2.5]
    mapping.thousands = False
    workshop, _ = apply_mapping(raw, mapping)
    assert workshop is not None and workshop.values[0, 0] == 1.234


def test_dates_formulas_and_no_data_marks_are_named_in_the_import_step(tmp_path: Path) -> None:
    path = tmp_path / "tipos.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    rows = (
        ["Comunidad", "Agua"],
        ["A", 1],
        ["B", datetime.datetime(2026, 3, 14)],
        ["C", "=B2*2"],
        ["D", "s/d"],
    )
    for row in rows:
        sheet.append(row)
    book.save(path)
    raw = read_raw_table(path).sheets[0]
    mapping = guess_mapping(raw)
    mapping.columns[1].role = mapping.columns[1].role.CRITERION
    _, problems = apply_mapping(raw, mapping)
    found = {(p.row, p.blocking): p.message for p in problems}
    assert "“2026-03-14” is a date" in found[(3, True)]
    assert "the formula “=B2*2” has no stored value" in found[(4, True)]
    assert "“s/d” is read as no data" in found[(5, False)]


@settings(max_examples=15, deadline=None)
@given(
    blanks_above=st.integers(0, 3),
    title=st.booleans(),
    formatted=st.integers(0, 300),
)
def test_the_table_is_found_whatever_is_around_it(
    tmp_path_factory: pytest.TempPathFactory, blanks_above: int, title: bool, formatted: int
) -> None:
    path = tmp_path_factory.mktemp("wb") / "t.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    top = 1
    if title:
        sheet.cell(row=1, column=1, value="Tabla")
        top = 2
    top += blanks_above
    for offset, row in enumerate(TABLE):
        for column, value in enumerate(row, start=1):
            sheet.cell(row=top + offset, column=column, value=value)
    for extra in range(formatted):
        sheet.cell(row=top + 10 + extra, column=2).fill = PatternFill("solid", fgColor="FFFF00")
    book.save(path)
    workshop = read_workshop(path)
    assert [c.name for c in workshop.communities] == ["Pucará", "Grau", "Accha"]
    assert workshop.values.tolist() == [[3, 1], [4, 2], [5, 3]]
