"""Files and tables with communities of the same name (see app.models.workshop.name_key): the
importers refuse them; files saved before names had to differ open whole, with a note."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import openpyxl
import pytest

from app.io.example import example_workshop
from app.io.reading import read_workshop
from app.io.record import LABELS, load_record, save_record
from app.io.table_import import read_table_csv
from app.io.table_mapping import apply_mapping, guess_mapping, read_raw_table
from app.io.workshop_file import load_workshop_json, save_workshop_json
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop

FIRST = 3  # Excel row of the first community in the Data sheet


def with_names(workshop: Workshop, names: dict[int, str]) -> Workshop:
    """``workshop`` with the communities at the given indices renamed (no check: as an old file
    could hold them)."""
    return workshop.replace(
        communities=tuple(
            replace(c, name=names.get(i, c.name)) for i, c in enumerate(workshop.communities)
        )
    )


def old_workshop() -> Workshop:
    """The example as a file saved before names had to differ: rows 1 and 4 share a name."""
    workshop = example_workshop()
    return with_names(workshop, {3: workshop.communities[0].name.upper() + " "})


def test_a_workshop_file_with_a_shared_name_opens_whole_with_a_note(tmp_path: Path) -> None:
    workshop = old_workshop()
    path = tmp_path / "antiguo.json"
    save_workshop_json(workshop, path)
    notes: list[InvalidInputError] = []
    reopened = read_workshop(path, notes)
    assert reopened == workshop  # every community and value, the two names as written
    first, fourth = workshop.communities[0].name, workshop.communities[3].name
    assert [str(note) for note in notes] == [
        f"“antiguo.json”: the communities in rows 1, 4 of the Data tab have the same name "
        f"(“{first}”, “{fourth}”). They are kept as they are, but they look alike in the "
        "rankings and the decision record: rename them so that each has its own name."
    ]
    assert load_workshop_json(path) == workshop


def test_a_record_with_a_shared_name_reopens_each_row_as_its_community(tmp_path: Path) -> None:
    workshop = old_workshop()
    path = tmp_path / "antiguo.xlsx"
    save_record(workshop, path, "es")
    notes: list[InvalidInputError] = []
    reopened = read_workshop(path, notes)
    assert [c.id for c in reopened.communities] == [c.id for c in workshop.communities]
    np.testing.assert_array_equal(reopened.values, workshop.values)
    assert len(notes) == 1 and notes[0].params["rows"] == "1, 4"


def test_a_record_renamed_in_excel_to_another_rows_name_opens_with_a_note(tmp_path: Path) -> None:
    workshop = example_workshop()
    path = tmp_path / "editado.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    sheet = book[LABELS["es"]["data"]]
    first = sheet.cell(row=FIRST, column=1).value
    sheet.cell(row=FIRST + 2, column=1).value = f"  {str(first).lower()}"  # row 3 renamed
    book.save(path)
    notes: list[InvalidInputError] = []
    reopened = read_workshop(path, notes)
    assert [c.id for c in reopened.communities] == [c.id for c in workshop.communities]
    assert reopened.communities[2].name == str(first).lower()
    assert [note.params["rows"] for note in notes] == ["1, 3"]
    assert load_record(path) == reopened


def test_a_table_with_a_name_twice_in_other_accents_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua\nPucará;1\nGrau;2\nPUCARA ;3\n", "utf-8")
    with pytest.raises(InvalidInputError) as caught:
        read_table_csv(path)
    assert str(caught.value) == (
        "“t.csv”, row 4: the community “PUCARA” is already in row 2. Each community can appear "
        "only once."
    )


def test_the_import_mapping_refuses_a_name_twice_in_other_accents(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua\nSani Wik'uña;1\nGrau;2\nsani wik’una;3\n", "utf-8")
    sheet = read_raw_table(path).sheets[0]
    workshop, problems = apply_mapping(sheet, guess_mapping(sheet))
    assert workshop is None
    (problem,) = problems
    assert (problem.row, problem.column, problem.params["first"]) == (4, "A", 2)
