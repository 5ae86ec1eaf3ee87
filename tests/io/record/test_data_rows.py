"""Rows of the decision record's Data sheet edited in Excel: sorted, appended, inserted, removed or
renamed rows are matched to their communities by name (see app.io.record.data_rows.match_rows)."""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from app.io.example import example_workshop
from app.io.reading import read_workshop
from app.io.record import LABELS, load_record, save_record
from app.io.record.data_sheet import DATA_FIRST_COLUMN, DATA_FIRST_ROW
from app.models.criterion import Criterion, CriterionKind
from app.models.derived import with_pairwise_values
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop

FIRST = DATA_FIRST_ROW  # Excel row of the first community


def workshop_with_ids() -> Workshop:
    """The example with chosen focus communities and a criterion judged pairwise (comparisons
    keyed by community ids), besides its baseline (also keyed by ids)."""
    workshop = example_workshop()
    ids = [c.id for c in workshop.communities]
    access = Criterion(
        id="access",
        name={"es": "Acceso", "en": "Access"},
        kind=CriterionKind.PAIRWISE,
        # a chain links every community: the column of values is defined (and differs by id)
        comparisons={(a, b): float(1 + k % 4) for k, (a, b) in enumerate(pairwise(ids))},
    )
    values = workshop.values.tolist()
    workshop = workshop.replace(
        criteria=(*workshop.criteria, access),
        values=np.array([[*row, 0.0] for row in values]),
        metadata=replace(workshop.metadata, chosen=("anqas_luwichu", "sani_wikuna", "muru_taruka")),
    )
    workshop = with_pairwise_values(workshop)
    workshop.validate()
    return workshop


def saved_record(tmp_path: Path, lang: str = "es", name: str = "r3.xlsx") -> tuple[Workshop, Path]:
    workshop = workshop_with_ids()
    path = tmp_path / name
    save_record(workshop, path, lang)
    return workshop, path


def data_sheet(book: Any, lang: str = "es") -> Any:
    return book[LABELS[lang]["data"]]


def community_rows(sheet: Any, count: int) -> list[list[Any]]:
    return [
        [cell.value for cell in row]
        for row in sheet.iter_rows(min_row=FIRST, max_row=FIRST + count - 1)
    ]


def write_rows(sheet: Any, rows: list[list[Any]]) -> None:
    for offset, values in enumerate(rows):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=FIRST + offset, column=column).value = value  # None too


def by_id(workshop: Workshop) -> dict[str, tuple[Any, ...]]:
    """Each community's name, region, notes and row of typed values (NaN as None), by id; the
    pairwise column (derived, last) is left to :func:`same_but_order`."""
    return {
        c.id: (c.name, c.region, c.notes, [None if v != v else v for v in workshop.values[i, :-1]])
        for i, c in enumerate(workshop.communities)
    }


def in_order(workshop: Workshop, ids: list[str]) -> Workshop:
    order = [workshop.community_index(cid) for cid in ids]
    return workshop.replace(
        communities=tuple(workshop.communities[i] for i in order),
        values=workshop.values[order, :],
    )


def same_but_order(reopened: Workshop, workshop: Workshop) -> bool:
    """``reopened`` is ``workshop`` with its communities in another order. The pairwise column
    is the principal eigenvector of the comparisons, computed again in the new order: equal to
    rounding (1e-12)."""
    back = in_order(reopened, [c.id for c in workshop.communities])
    np.testing.assert_allclose(back.values, workshop.values, rtol=1e-12)
    return back.replace(values=workshop.values) == workshop


# -- sorting --------------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "en"])
def test_sorted_rows_keep_each_community_with_its_id(tmp_path: Path, lang: str) -> None:
    workshop, path = saved_record(tmp_path, lang)
    varieties = DATA_FIRST_COLUMN + workshop.criterion_index("native_varieties") - 1
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book, lang)
    rows = community_rows(sheet, len(workshop.communities))
    # Excel: sort by a column, descending, blank cells last
    rows.sort(key=lambda row: (-(row[varieties] if row[varieties] is not None else -1), row[0]))
    write_rows(sheet, rows)
    book.save(path)

    reopened = load_record(path)

    # the communities come in the sheet's order, each with its own id
    sorted_names = [row[0] for row in rows]
    assert [c.name for c in reopened.communities] == sorted_names
    name_to_id = {c.name: c.id for c in workshop.communities}
    assert [c.id for c in reopened.communities] == [name_to_id[n] for n in sorted_names]
    assert reopened.communities[0].id == "anqas_luwichu"  # 310 native varieties, the most
    # every value, region, note stays with its community; ids of baseline, chosen, comparisons
    assert by_id(reopened) == by_id(workshop)
    assert reopened.baseline == workshop.baseline
    assert reopened.metadata.chosen == ("anqas_luwichu", "sani_wikuna", "muru_taruka")
    assert reopened.criteria == workshop.criteria
    # nothing but the order changed
    assert same_but_order(reopened, workshop)


def test_sorted_and_renamed_row_is_a_rename(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book)
    rows = community_rows(sheet, len(workshop.communities))
    rows.reverse()
    rows[0][0] = "Sumaq Hamp'atu (nuevo nombre)"  # last community, now first, renamed
    write_rows(sheet, rows)
    book.save(path)

    reopened = load_record(path)

    assert [c.id for c in reopened.communities] == [c.id for c in reversed(workshop.communities)]
    assert reopened.communities[0].id == "sumaq_hampatu"
    assert reopened.communities[0].name == "Sumaq Hamp'atu (nuevo nombre)"
    expected = by_id(workshop)
    expected["sumaq_hampatu"] = ("Sumaq Hamp'atu (nuevo nombre)", *expected["sumaq_hampatu"][1:])
    assert by_id(reopened) == expected
    assert reopened.baseline == workshop.baseline


def test_renamed_in_place_keeps_the_id_and_position(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    data_sheet(book)[f"A{FIRST + 3}"] = "Q'illu Alqamari (renombrada)"
    book.save(path)

    reopened = load_record(path)

    assert [c.id for c in reopened.communities] == [c.id for c in workshop.communities]
    assert reopened.communities[3].name == "Q'illu Alqamari (renombrada)"
    assert reopened.baseline == workshop.baseline  # qillu_alqamari still 8th in the baseline
    renamed = list(workshop.communities)
    renamed[3] = replace(renamed[3], name="Q'illu Alqamari (renombrada)")
    assert reopened == workshop.replace(communities=tuple(renamed))


def test_a_name_differing_only_in_case_and_spaces_is_the_same_community(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book)
    rows = community_rows(sheet, len(workshop.communities))
    rows[0][0], rows[1][0] = "  PUKA  WALLATA* ", rows[0][0]
    rows[0][1:], rows[1][1:] = rows[1][1:], rows[0][1:]  # rows 3 and 4 swapped
    write_rows(sheet, rows)
    book.save(path)

    reopened = load_record(path)

    assert [c.id for c in reopened.communities[:2]] == ["puka_wallata", "qumir_kuntur"]
    assert reopened.communities[0].name == "PUKA  WALLATA*"  # the typed name is taken up
    assert by_id(reopened)["puka_wallata"][1:] == by_id(workshop)["puka_wallata"][1:]


# -- appended rows --------------------------------------------------------------------------------
def test_an_appended_row_becomes_a_new_community(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book)
    row = FIRST + len(workshop.communities)
    levels = [
        "Alta (afueras de la mina)",  # levels as in Excel's drop-down, case aside
        "medio",
        "muy alto",
        30,
        "2,5",  # a decimal comma typed as text
        "débil",
        "media",
        "segura",
        "sí",
        0.7,  # the pairwise column: derived from the comparisons, a typed value is not used
        "nueva",
    ]
    for column, value in enumerate(["Nueva Ñawpa*", "Apurímac", *levels], start=1):
        sheet.cell(row=row, column=column, value=value)
    book.save(path)

    reopened = load_record(path)

    assert len(reopened.communities) == 13
    assert reopened.communities[:12] == workshop.communities
    new = reopened.communities[12]
    assert (new.id, new.name, new.region, new.notes) == (
        "nueva_nawpa",
        "Nueva Ñawpa*",
        "Apurímac",
        "nueva",
    )
    # levels as scores (1 = muy bajo ... 5 = muy alto); the pairwise column is derived from the
    # comparisons, which do not reach the new community yet: all missing until they do
    assert reopened.values[12, :9].tolist() == [4.0, 3.0, 5.0, 30.0, 2.5, 2.0, 3.0, 4.0, 1.0]
    assert all(v != v for v in reopened.values[:, 9])
    np.testing.assert_array_equal(reopened.values[:12, :9], workshop.values[:, :9])
    assert reopened.baseline == workshop.baseline
    assert reopened.metadata.chosen == workshop.metadata.chosen


def test_an_appended_row_with_a_wrong_value_names_sheet_row_and_column(tmp_path: Path) -> None:
    _, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book)
    sheet["A15"], sheet["F15"] = "Nueva*", "muchas"  # native varieties, a number
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert str(caught.value) == (
        "“r3.xlsx”, sheet “Datos”, row 15, column F: “muchas” is not a number."
    )


def test_an_appended_row_repeating_a_name_names_both_rows(tmp_path: Path) -> None:
    _, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book)
    for column in range(1, sheet.max_column + 1):  # row 7 copied below the table
        sheet.cell(row=15, column=column, value=sheet.cell(row=7, column=column).value)
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert str(caught.value) == (
        "“r3.xlsx”, sheet “Datos”, row 15: the community “Yuraq Atuq*” is already in row 7. "
        "Each community can appear only once."
    )


# -- blank and unnamed rows -----------------------------------------------------------------------
def test_an_inserted_blank_row_is_skipped(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    data_sheet(book).insert_rows(5)
    book.save(path)
    assert load_record(path) == workshop


@pytest.mark.parametrize(("lang", "sheet_name"), [("es", "Datos"), ("en", "Data")])
def test_a_row_without_a_name_names_sheet_and_row(
    tmp_path: Path, lang: str, sheet_name: str
) -> None:
    _, path = saved_record(tmp_path, lang)
    book = openpyxl.load_workbook(path)
    sheet = data_sheet(book, lang)
    sheet.insert_rows(5)
    sheet["B5"], sheet["F5"] = "Cusco", 12
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert str(caught.value) == (
        f"“r3.xlsx”, sheet “{sheet_name}”, row 5: this row has data but no community name in "
        "column A. Type the name, or delete the row."
    )


def test_a_name_cleared_in_place_names_sheet_and_row(tmp_path: Path) -> None:
    _, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    data_sheet(book)["A5"] = None  # Anqas Luwichu's name deleted, its data left
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert "sheet “Datos”, row 5: this row has data but no community name" in str(caught.value)


# -- removed rows ---------------------------------------------------------------------------------
def test_a_removed_row_keeps_the_community_and_says_so(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    book = openpyxl.load_workbook(path)
    data_sheet(book).delete_rows(5)  # Anqas Luwichu*
    book.save(path)

    notes: list[InvalidInputError] = []
    reopened = read_workshop(path, notes)

    ids = [c.id for c in workshop.communities]
    assert [c.id for c in reopened.communities] == [*ids[:2], *ids[3:], "anqas_luwichu"]
    assert same_but_order(reopened, workshop)
    assert [str(note) for note in notes] == [
        "“r3.xlsx”, sheet “Datos”: the row of “Anqas Luwichu*” (row 5 when saved) is gone. "
        "The community is kept with all its data, last in the table; remove it in Priorizar "
        "if it should go."
    ]
    assert load_record(path) == reopened  # without a list for the notes, the same workshop


def test_an_untouched_record_gives_no_notes(tmp_path: Path) -> None:
    workshop, path = saved_record(tmp_path)
    notes: list[InvalidInputError] = []
    assert load_record(path, notes) == workshop
    assert notes == []
