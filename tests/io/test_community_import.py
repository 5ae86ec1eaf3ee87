"""Importing a spreadsheet of communities into the open workshop: guessed columns, parsed cells,
updates by name, problems with sheet, row and column, and the one undoable edit."""

from __future__ import annotations

import csv
import math
from dataclasses import replace
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from app.io.community_import import apply_community_mapping, guess_community_mapping
from app.io.log_text import value_text
from app.io.table_mapping import read_raw_table
from app.models.criterion import Criterion, CriterionKind, Direction, Level
from app.models.document import Document
from app.models.workshop import Community, Group, Workshop

LEVELS = (
    ("muy bajo", "very low"),
    ("bajo", "low"),
    ("medio", "medium"),
    ("alto", "high"),
    ("muy alto", "very high"),
)


def preset_workshop() -> Workshop:
    """A preset's workshop with one community already entered."""
    return Workshop(
        criteria=(
            Criterion(
                "distance",
                {"es": "Distancia a la carretera", "en": "Distance to the road"},
                direction=Direction.MIN,
                unit={"es": "km", "en": "km"},
                accept_max=50.0,
            ),
            Criterion(
                "threat",
                {"es": "Amenaza minera", "en": "Mining threat"},
                kind=CriterionKind.ORDINAL,
                levels=tuple(Level({"es": es, "en": en}) for es, en in LEVELS),
                accept_max=4.0,
            ),
            Criterion(
                "consent", {"es": "Consentimiento", "en": "Consent"}, kind=CriterionKind.GATE
            ),
            Criterion("people", {"es": "Población", "en": "Population"}),
        ),
        communities=(Community("nunoa", "Ñuñoa", region="Puno"),),
        values=np.array([[30.0, 2.0, 1.0, 800.0]]),
        groups=(Group("g1", "Grupo 1", {"distance": 2.0, "threat": 1.0, "people": 3.0}),),
        active_group="g1",
    )


def _xlsx(tmp_path: Path, rows: list[list[object]], title: str = "Comunidades") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(row)
    path = tmp_path / "comunidades.xlsx"
    book.save(path)
    return path


def _csv(tmp_path: Path, rows: list[list[str]]) -> Path:
    path = tmp_path / "communities.csv"
    with path.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file, delimiter=";").writerows(rows)
    return path


def _import(path: Path, workshop: Workshop):  # type: ignore[no-untyped-def]
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_community_mapping(sheet, workshop)
    return sheet, mapping, *apply_community_mapping(sheet, mapping, workshop, lang="en")


def test_spanish_headers_fill_the_criteria_and_update_by_name(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _xlsx(
        tmp_path,
        [
            ["Región", "Comunidad", "Amenaza minera", "Distancia a la carretera (km)", "Notas"],
            ["Cusco", "Q'ero", "Very High", "12,5", "x"],  # an English level, a comma decimal
            ["Apurímac", "Haquira", "medio", 7, "y"],
            [None, "  ñuñoa ", "alto", None, "z"],  # the existing community, other capitals
        ],
    )
    _, mapping, result, problems = _import(path, workshop)
    assert problems == []
    assert mapping.community == 1 and mapping.region == 0
    assert mapping.criteria == {2: "threat", 3: "distance"}  # "(km)" is the unit; Notas ignored
    assert result is not None and (result.added, result.updated) == (2, 1)
    assert [c.name for c in result.communities] == ["Ñuñoa", "Q'ero", "Haquira"]
    assert [c.id for c in result.communities] == ["nunoa", "q_ero", "haquira"]
    assert [c.region for c in result.communities] == ["Puno", "Cusco", "Apurímac"]
    expected = [
        [30.0, 4.0, 1.0, 800.0],  # threat updated; the empty distance keeps 30; others kept
        [12.5, 5.0, math.nan, math.nan],  # criteria no column fills are missing
        [7.0, 3.0, math.nan, math.nan],
    ]
    np.testing.assert_array_equal(result.values, expected)


def test_english_headers_gate_and_missing_cell_from_csv(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _csv(
        tmp_path,
        [
            ["Community", "CONSENT", "mining threat", "Population"],
            ["Haquira", "sí", "Low", "1200,5"],
            ["Cotabambas", "0", "", "900"],
        ],
    )
    _, mapping, result, problems = _import(path, workshop)
    assert problems == []
    assert mapping.criteria == {1: "consent", 2: "threat", 3: "people"}
    assert result is not None and (result.added, result.updated) == (2, 0)
    np.testing.assert_array_equal(
        result.values[1:], [[math.nan, 2.0, 1.0, 1200.5], [math.nan, math.nan, 0.0, 900.0]]
    )


def test_a_bad_number_names_sheet_row_and_column(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path,
        [
            [],
            ["Comunidad", "Población", "Amenaza minera"],
            ["Haquira", "mil", "medio"],
            ["Mara", 300, "regular"],
        ],
        title="Apurímac",
    )
    _, _, result, problems = _import(path, preset_workshop())
    assert result is None
    assert [(p.sheet, p.row, p.column) for p in problems] == [
        ("Apurímac", 3, "B"),
        ("Apurímac", 4, "C"),
    ]
    assert problems[0].message == "Row 3, column B (Población): “mil” is not a number."
    assert problems[1].message.startswith("Row 4, column C (Amenaza minera): “regular” is not")


def test_repeated_names_in_the_sheet_are_refused_naming_both_rows(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path,
        [["Comunidad", "Población"], ["Haquira", 1], ["Mara", 2], ["HAQUIRÁ", 3]],
    )
    _, _, result, problems = _import(path, preset_workshop())
    assert result is None
    assert [(p.row, p.column, p.params["first"]) for p in problems] == [(4, "A", 2)]


def test_two_columns_for_one_criterion_and_ignored_columns(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _xlsx(tmp_path, [["Comunidad", "Población", "Habitantes"], ["Mara", 300, 310]])
    sheet = read_raw_table(path).sheets[0]
    mapping = guess_community_mapping(sheet, workshop)
    assert mapping.criteria == {1: "people"}  # "Habitantes" is no criterion's name
    mapping.criteria[2] = "people"
    result, problems = apply_community_mapping(sheet, mapping, workshop, lang="en")
    assert result is None
    assert [(p.column, p.params["first"]) for p in problems] == [("C", "B")]
    del mapping.criteria[1]  # the person ignores column B
    result, problems = apply_community_mapping(sheet, mapping, workshop, lang="en")
    assert problems == [] and result is not None
    assert result.values[1, 3] == 310.0


def test_the_edit_is_one_undo_step_that_keeps_the_preset(tmp_path: Path) -> None:
    workshop = preset_workshop()
    path = _xlsx(tmp_path, [["Comunidad", "Población"], ["Mara", 300], ["Ñuñoa", 820]])
    _, _, result, _ = _import(path, workshop)
    assert result is not None
    document = Document(workshop)
    edit = result.edit()
    assert edit.text() == "Import 2 communities"
    document.apply(edit)
    after = document.workshop
    assert after.criteria == workshop.criteria and after.groups == workshop.groups
    assert [c.name for c in after.communities] == ["Ñuñoa", "Mara"]
    assert after.values[0, 3] == 820.0
    assert value_text(after.log[-1].new, "en") == "new: 1; updated: 1"
    assert document.undo()
    assert document.workshop is workshop


def test_an_edit_whose_names_clash_is_refused() -> None:
    from app.models.edits import import_communities
    from app.models.errors import InvalidInputError

    workshop = preset_workshop()
    clash = (*workshop.communities, Community("nunoa_2", "NUÑOA"))
    edit = import_communities(clash, np.full((2, 4), np.nan), added=1, updated=0)
    with pytest.raises(InvalidInputError):
        edit.apply(workshop)


def test_a_header_may_carry_the_unit_in_either_language(tmp_path: Path) -> None:
    workshop = preset_workshop()
    people = workshop.criterion_index("people")
    criteria = list(workshop.criteria)
    criteria[people] = replace(criteria[people], unit={"es": "familias", "en": "families"})
    workshop = workshop.replace(criteria=tuple(criteria))
    path = _csv(tmp_path, [["Community", "Population (families)"], ["Pucará", "120"]])
    _, mapping, *_ = _import(path, workshop)
    assert mapping.criteria == {1: "people"}
    path = _csv(tmp_path, [["Comunidad", "Población (familias)"], ["Pucará", "120"]])
    _, mapping, *_ = _import(path, workshop)
    assert mapping.criteria == {1: "people"}
    path = _csv(tmp_path, [["Comunidad", "Población (hogares)"], ["Pucará", "120"]])
    _, mapping, *_ = _import(path, workshop)
    assert mapping.criteria == {}  # another unit is another column
