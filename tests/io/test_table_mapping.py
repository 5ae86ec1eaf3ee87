"""Importing a plain table with a mapping step: guesses, problems with row and column, workbooks."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from app.io.table_mapping import (
    Role,
    apply_mapping,
    guess_mapping,
    read_raw_table,
)
from app.models.criterion import CriterionKind, Direction

SPANISH_CSV = (
    "Comunidad;Población;Distancia (km);Agua potable;Pobreza;Notas\r\n"
    "Huancané;1.200,5;12,5;sí;muy alto;a\r\n"
    "Ñuñoa;800;30;no;bajo;b\r\n"
    "\r\n"
    "Ayaviri;;7,25;si;medio;c\r\n"
    "Putina;950;18;No;alto;d\r\n"
    "Lampa;1500;22;sí;muy bajo;e\r\n"
    "Azángaro;600;9;no;bajo;f\r\n"
    "Juli;700;5;sí;alto;g\r\n"
    "Ilave;650;40;no;medio;h\r\n"
)


def _write(tmp_path: Path, text: str, name: str = "comunidades.csv", enc: str = "cp1252") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(enc))
    return path


def test_spanish_excel_csv_is_guessed(tmp_path: Path) -> None:
    # "1.200,5" is not a number in a decimal-comma file: Población is text, hence ignored
    path = _write(tmp_path, SPANISH_CSV.replace("1.200,5", "1200,5"))
    table = read_raw_table(path)
    assert [s.name for s in table.sheets] == ["comunidades"]
    sheet = table.sheets[0]
    mapping = guess_mapping(sheet)
    assert mapping.community == 0
    kinds = {c.header: (c.role, c.kind, c.direction) for c in mapping.columns[1:]}
    assert kinds["Población"] == (Role.CRITERION, CriterionKind.NUMERIC, Direction.MAX)
    assert kinds["Distancia (km)"] == (Role.CRITERION, CriterionKind.NUMERIC, Direction.MIN)
    assert kinds["Agua potable"][:2] == (Role.CRITERION, CriterionKind.GATE)
    assert kinds["Pobreza"][:2] == (Role.CRITERION, CriterionKind.ORDINAL)
    assert mapping.column(4).levels == ("muy bajo", "bajo", "medio", "alto", "muy alto")
    assert kinds["Notas"][0] is Role.IGNORED  # eight different words: not a scale

    workshop, problems = apply_mapping(sheet, mapping)
    assert problems == []
    assert workshop is not None
    workshop.validate()
    assert [c.name for c in workshop.communities][:3] == ["Huancané", "Ñuñoa", "Ayaviri"]
    assert [c.kind for c in workshop.criteria] == [
        CriterionKind.NUMERIC,
        CriterionKind.NUMERIC,
        CriterionKind.GATE,
        CriterionKind.ORDINAL,
    ]
    assert workshop.values[0, 0] == 1200.5
    assert math.isnan(workshop.values[2, 0])  # empty cell: missing
    assert workshop.values[2, 1] == 7.25
    np.testing.assert_array_equal(workshop.values[:4, 2], [1, 0, 1, 0])
    np.testing.assert_array_equal(workshop.values[:5, 3], [5, 2, 3, 4, 1])


def test_utf8_bom_comma_csv(tmp_path: Path) -> None:
    path = _write(
        tmp_path, "\ufeffName,Cost,Risk level\nA,3.5,low\nB,2,high\nC,1,low\n", enc="utf-8"
    )
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_mapping(sheet)
    assert mapping.column(0).header == "Name"
    assert mapping.column(1).direction is Direction.MIN
    # words of a known scale bring the whole scale: "high" scores 4 of 5, not 2 of 2
    assert mapping.column(2).levels == ("very low", "low", "medium", "high", "very high")
    assert mapping.column(2).direction is Direction.MIN  # "risk" in the header
    workshop, problems = apply_mapping(sheet, mapping)
    assert problems == [] and workshop is not None
    assert workshop.values[0, 0] == 3.5
    np.testing.assert_array_equal(workshop.values[:, 1], [2, 4, 2])


def test_unknown_words_are_levels_in_order_of_appearance(tmp_path: Path) -> None:
    sheet = read_raw_table(_write(tmp_path, "Name;Road\nA;dirt\nB;paved\nC;dirt\nD;none\n")).sheets[
        0
    ]
    assert guess_mapping(sheet).column(1).levels == ("dirt", "paved", "none")


def test_problems_name_row_and_column(tmp_path: Path) -> None:
    text = (
        "Comunidad;Población;Distancia;Pobreza\n"
        "A;100;1;alto\n"
        "B;200;2;bajo\n"
        "C;mucho;3;alto\n"  # row 4, column B: text where a number goes
        "A;300;4;regular\n"  # row 5: duplicate name; column D: not a level
        ";400;5;bajo\n"  # row 6: no name
    )
    sheet = read_raw_table(_write(tmp_path, text)).sheets[0]
    mapping = guess_mapping(sheet)
    mapping.column(1).role = Role.CRITERION
    mapping.column(1).kind = CriterionKind.NUMERIC
    mapping.column(3).kind = CriterionKind.ORDINAL
    mapping.column(3).levels = ("bajo", "alto")
    workshop, problems = apply_mapping(sheet, mapping)
    assert workshop is None
    assert any(p.row == 4 and p.column == "B" and p.params["text"] == "mucho" for p in problems)
    duplicate = next(p for p in problems if "already" in p.template)
    assert (duplicate.row, duplicate.column, duplicate.params["first"]) == (5, "A", 2)
    level = next(p for p in problems if "levels" in p.template)
    assert (level.row, level.column, level.header, level.params["text"]) == (
        5,
        "D",
        "Pobreza",
        "regular",
    )
    unnamed = next(p for p in problems if "no name" in p.template)
    assert (unnamed.row, unnamed.column) == (6, "A")
    assert "Row 4, column B (Población)" in next(p.message for p in problems if p.row == 4)


def test_no_criteria_is_a_problem(tmp_path: Path) -> None:
    sheet = read_raw_table(_write(tmp_path, "A;B\nx;1\ny;2\n")).sheets[0]
    mapping = guess_mapping(sheet)
    for column in mapping.columns:
        column.role = Role.IGNORED
    workshop, problems = apply_mapping(sheet, mapping)
    assert workshop is None
    assert [p.template for p in problems] == ["Choose at least one column as a criterion."]


def test_workbook_sheet_is_chosen(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Notas"
    book.active.append(["solo texto"])
    data = book.create_sheet("Candidatas")
    data.append(["Código", "Comunidad", "Costo", "Acceso"])
    data.append([1, "Sora", 10.5, "Sí"])
    data.append([2, "Uros", 7, "No"])
    data.append([])
    data.append([3, "Taquile", None, True])
    path = tmp_path / "candidatas.xlsx"
    book.save(path)

    table = read_raw_table(path)
    assert [s.name for s in table.sheets] == ["Notas", "Candidatas"]
    sheet = table.sheet("Candidatas")
    mapping = guess_mapping(sheet)
    assert mapping.community == 1  # column A holds numbers
    assert mapping.column(2).direction is Direction.MIN
    assert mapping.column(3).kind is CriterionKind.GATE
    mapping.column(0).role = Role.IGNORED
    workshop, problems = apply_mapping(sheet, mapping)
    assert problems == [] and workshop is not None
    assert [c.name for c in workshop.communities] == ["Sora", "Uros", "Taquile"]
    assert [c.label("es") for c in workshop.criteria] == ["Costo", "Acceso"]
    assert math.isnan(workshop.values[2, 0])
    np.testing.assert_array_equal(workshop.values[:, 1], [1, 0, 1])
    assert workshop.metadata.title == "candidatas"
