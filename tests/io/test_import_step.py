"""What the import step (issues 18 and 19) asks of the io: the person's encoding, the header row
to choose, a region column taken as the communities' regions, a column with one bad cell kept
and its cell named, and new criteria made of a sheet's extra columns in one undo step."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import openpyxl

from app.io.community_import import (
    NewCriterion,
    ambiguous_community_numbers,
    apply_community_mapping,
    guess_community_mapping,
    propose_criterion,
)
from app.io.table_mapping import (
    Role,
    apply_mapping,
    guess_mapping,
    header_choices,
    read_raw_table,
    with_header,
)
from app.models.criterion import CriterionKind, Direction
from app.models.document import Document
from tests.io.test_community_import import preset_workshop


def _xlsx(tmp_path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Datos"
    for row in rows:
        sheet.append(row)
    path = tmp_path / "libro.xlsx"
    book.save(path)
    return path


# -- encodings ------------------------------------------------------------------------------------
def test_a_chosen_utf8_drops_the_byte_order_mark_and_is_not_uncertain(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffComunidad;Agua\nPucará;3\n".encode())
    table = read_raw_table(path, encoding="utf-8")
    assert table.sheets[0].rows[0][0] == "Comunidad"
    assert table.decoded is not None and table.decoded.chosen and not table.decoded.uncertain
    path.write_bytes("Comunidad;Agua\nPucará;3\n".encode("mac_roman"))
    chosen = read_raw_table(path, encoding="mac-roman")
    assert chosen.decoded is not None and not chosen.decoded.uncertain  # the person's choice
    assert chosen.sheets[0].rows[1][0] == "Pucará"


# -- the header row -------------------------------------------------------------------------------
def test_the_header_row_can_be_chosen_among_the_first_rows(tmp_path: Path) -> None:
    path = tmp_path / "titulo.csv"
    path.write_text("Priorización;2026\n\nComunidad;Agua\nPucará;3\nSora;4\n", "utf-8")
    sheet = read_raw_table(path).sheets[0]
    assert header_choices(sheet) == [
        (0, "Priorización | 2026"),
        (2, "Comunidad | Agua"),
        (3, "Pucará | 3"),
        (4, "Sora | 4"),
    ]
    assert [c.header for c in guess_mapping(sheet).columns] == ["Priorización", "2026"]
    chosen = with_header(sheet, 2)
    workshop, problems = apply_mapping(chosen, guess_mapping(chosen))
    assert problems == [] and workshop is not None
    assert [c.name for c in workshop.communities] == ["Pucará", "Sora"]


# -- regions --------------------------------------------------------------------------------------
def test_a_region_column_gives_the_regions_and_is_no_criterion(tmp_path: Path) -> None:
    path = tmp_path / "regiones.csv"
    path.write_text(
        "Región;Comunidad;Agua\nCusco;Pucará;3\nApurímac;Sora;4\nCusco;Mara;5\n", "utf-8"
    )
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_mapping(sheet)
    assert (mapping.region, mapping.community) == (0, 1)
    assert mapping.column(0).role is Role.IGNORED  # not an ordinal criterion of three words
    workshop, problems = apply_mapping(sheet, mapping)
    assert problems == [] and workshop is not None
    assert [c.label("es") for c in workshop.criteria] == ["Agua"]
    assert [c.region for c in workshop.communities] == ["Cusco", "Apurímac", "Cusco"]


# -- a column with one bad cell -------------------------------------------------------------------
def test_a_column_of_numbers_with_one_bad_cell_stays_a_criterion_and_names_the_cell(
    tmp_path: Path,
) -> None:
    path = tmp_path / "malo.csv"
    path.write_text(
        "Comunidad;Población;Agua\nA;120;3\nB;unos 90;4\nC;s/d;5\nD;300;1\nE;80;2\n", "utf-8"
    )
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_mapping(sheet)
    assert mapping.column(1).role is Role.CRITERION
    assert mapping.column(1).kind is CriterionKind.NUMERIC
    workshop, problems = apply_mapping(sheet, mapping)
    assert workshop is None
    blocking = [p for p in problems if p.blocking]
    assert [(p.row, p.column, p.params["text"]) for p in blocking] == [(3, "B", "unos 90")]
    notes = [p for p in problems if not p.blocking]
    assert [(p.row, p.column) for p in notes] == [(4, "B")]  # s/d: no data, told


def test_a_column_of_texts_is_still_left_out(tmp_path: Path) -> None:
    rows = "".join(f"K{i};nota {i};{i}\n" for i in range(10))
    path = tmp_path / "notas.csv"
    path.write_text("Comunidad;Notas;Agua\n" + rows, "utf-8")
    mapping = guess_mapping(read_raw_table(path).sheets[0])
    assert mapping.column(1).role is Role.IGNORED


# -- new criteria in the community import ---------------------------------------------------------
def test_an_extra_column_becomes_a_new_criterion_in_one_undo_step(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _xlsx(
        tmp_path,
        [
            ["Comunidad", "Población", "Tiempo a la capital (h)", "Región"],
            ["Mara", 300, 5.5, "Apurímac"],
            ["Ñuñoa", 820, 7, None],
        ],
    )
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_community_mapping(sheet, workshop)
    assert 2 not in mapping.criteria and mapping.region == 3
    proposed = propose_criterion(sheet, 2)
    assert proposed == NewCriterion(
        "Tiempo a la capital", CriterionKind.NUMERIC, Direction.MIN, (), "h"
    )
    mapping.new_criteria[2] = proposed
    result, problems = apply_community_mapping(sheet, mapping, workshop, lang="es")
    assert problems == [] and result is not None
    document = Document(workshop)
    edit = result.edit()
    assert edit.text() == "Import 2 communities and the criterion Tiempo a la capital"
    document.apply(edit)
    after = document.workshop
    assert [c.label("es") for c in after.criteria][-1] == "Tiempo a la capital"
    added = after.criteria[-1]
    assert added.unit_label("es") == "h" and added.direction is Direction.MIN
    column = after.criterion_index(added.id)
    np.testing.assert_array_equal(after.values[:, column], [7.0, 5.5])  # Ñuñoa first
    assert after.groups[0].weights[added.id] == 1.0
    assert after.groups[0].weights["people"] == workshop.groups[0].weights["people"]
    assert [c.region for c in after.communities] == ["Puno", "Apurímac"]
    assert document.undo()
    assert document.workshop is workshop


def test_a_new_criterion_named_like_one_of_the_workshop_is_a_problem(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _xlsx(tmp_path, [["Comunidad", "Agua"], ["Mara", 3]])
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_community_mapping(sheet, workshop)
    mapping.new_criteria[1] = NewCriterion("Mining threat")
    result, problems = apply_community_mapping(sheet, mapping, workshop, lang="en")
    assert result is None
    assert [(p.column, p.params["criterion"].text("en")) for p in problems] == [
        ("B", "Mining threat")
    ]
    mapping.new_criteria[1] = NewCriterion("  ")
    result, problems = apply_community_mapping(sheet, mapping, workshop, lang="en")
    assert result is None and "give the new criterion a name" in problems[0].message


def test_numbers_that_read_two_ways_are_listed_and_read_as_chosen(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _xlsx(tmp_path, [["Comunidad", "Población"], ["Mara", "1.234"], ["Sora", 900]])
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_community_mapping(sheet, workshop)
    found = ambiguous_community_numbers(sheet, mapping, workshop)
    assert [(a.row, a.column, a.text) for a in found] == [(2, "B", "1.234")]
    result, problems = apply_community_mapping(sheet, mapping, workshop, lang="en")
    assert result is None and problems[0].row == 2  # a workbook: blocked until chosen
    people = workshop.criterion_index("people")
    for thousands, value in ((True, 1234.0), (False, 1.234)):
        mapping.thousands = thousands
        result, problems = apply_community_mapping(sheet, mapping, workshop, lang="en")
        assert problems == [] and result is not None
        assert math.isclose(result.values[1, people], value)


def test_a_yes_no_column_with_one_other_word_stays_a_gate_and_names_the_cell(
    tmp_path: Path,
) -> None:
    path = tmp_path / "fpic.csv"
    path.write_text("Comunidad;Consentimiento\nA;sí\nB;no\nC;quizás\nD;sí\nE;no\n", "utf-8")
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_mapping(sheet)
    assert (mapping.column(1).role, mapping.column(1).kind) == (Role.CRITERION, CriterionKind.GATE)
    workshop, problems = apply_mapping(sheet, mapping)
    assert workshop is None
    assert [(p.row, p.column, p.params["text"]) for p in problems] == [(4, "B", "quizás")]
