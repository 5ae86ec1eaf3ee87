"""Issue 19, item 5: the Data sheet carries drop-down lists (data validation) for the columns of
verbal and yes/no criteria, in the record's language; long lists live in a hidden sheet."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.io.record import LABELS, load_record, save_record
from app.io.record.data_sheet import LIST_CHARS, SPARE_ROWS
from app.models.criterion import Level
from app.models.workshop import Workshop
from tests.factories import make_workshop
from tests.libreoffice import convert, needs_libreoffice


def rules(path: Path, lang: str) -> dict[str, tuple[str, str | None]]:
    """Each list rule of the Data sheet: its cells -> (its source, its error style)."""
    sheet = openpyxl.load_workbook(path)[LABELS[lang]["data"]]
    found: dict[str, tuple[str, str | None]] = {}
    for rule in sheet.data_validations.dataValidation:
        assert rule.type == "list" and rule.allow_blank
        found[str(rule.sqref)] = (rule.formula1, rule.errorStyle)
    return found


@pytest.mark.parametrize(
    ("lang", "levels", "gate"),
    [
        ("es", '"muy bajo,bajo,medio,alto,muy alto"', '"Sí,No"'),
        ("en", '"very low,low,medium,high,very high"', '"Yes,No"'),
    ],
)
def test_verbal_and_yes_no_columns_carry_their_words(
    tmp_path: Path, lang: str, levels: str, gate: str
) -> None:
    workshop = make_workshop(6, 4, ordinal=2)  # C, D verbal; E, F numbers; G yes/no
    path = tmp_path / "r.xlsx"
    save_record(workshop, path, lang)
    last = 3 + 6 - 1 + SPARE_ROWS  # the communities' rows and room for added ones
    assert rules(path, lang) == {
        f"C3:C{last}": (levels, "warning"),
        f"D3:D{last}": (levels, "warning"),
        f"G3:G{last}": (gate, "warning"),
    }
    assert load_record(path) == workshop  # the round trip is unchanged
    assert LABELS[lang]["lists"] not in openpyxl.load_workbook(path).sheetnames


def long_lists() -> Workshop:
    """Criterion 1 with levels that hold commas, criterion 2 with levels too long for a rule."""
    workshop = make_workshop(5, 4, ordinal=2)
    commas = tuple(
        Level({"es": f"nivel {k}, con coma", "en": f"level {k}, with comma"}) for k in range(1, 6)
    )
    long = tuple(Level({"es": f"{k} " + "x" * 60, "en": f"{k} " + "y" * 60}) for k in range(1, 6))
    criteria = (
        replace(workshop.criteria[0], levels=commas),
        replace(workshop.criteria[1], levels=long),
        *workshop.criteria[2:],
    )
    return workshop.replace(criteria=criteria)


def test_lists_a_rule_cannot_hold_are_in_a_hidden_sheet(tmp_path: Path) -> None:
    workshop = long_lists()
    assert len(",".join(level.label("es") for level in workshop.criteria[1].levels)) > LIST_CHARS
    path = tmp_path / "r.xlsx"
    save_record(workshop, path, "es")
    last = 3 + 5 - 1 + SPARE_ROWS
    assert rules(path, "es") == {
        f"C3:C{last}": ("'_listas'!$A$1:$A$5", "warning"),
        f"D3:D{last}": ("'_listas'!$B$1:$B$5", "warning"),
        f"G3:G{last}": ('"Sí,No"', "warning"),
    }
    book = openpyxl.load_workbook(path)
    lists = book["_listas"]
    assert lists.sheet_state == "hidden"
    columns = [[cell for cell in column] for column in lists.iter_cols(values_only=True)]
    assert columns == [
        [level.label("es") for level in workshop.criteria[0].levels],
        [level.label("es") for level in workshop.criteria[1].levels],
    ]
    assert load_record(path) == workshop
    # a colleague picks a level with a comma from the list: it is read as that level
    book[LABELS["es"]["data"]]["C3"] = "nivel 4, con coma"
    book.save(path)
    assert load_record(path).values[0, 0] == 4.0


@needs_libreoffice
@pytest.mark.parametrize("make", [lambda: make_workshop(6, 4, ordinal=2), long_lists])
def test_libreoffice_keeps_the_lists(tmp_path: Path, make: Any) -> None:
    workshop = make()
    source = tmp_path / "record.xlsx"
    save_record(workshop, source, "es")
    converted = convert(source, "xlsx", tmp_path)
    # LibreOffice writes a sheet's name without quotes where it needs none: the same reference
    kept = {
        cells: (f.replace("'", ""), style) for cells, (f, style) in rules(converted, "es").items()
    }
    assert kept == {
        cells: (f.replace("'", ""), style) for cells, (f, style) in rules(source, "es").items()
    }
    book = openpyxl.load_workbook(converted)
    assert all(
        book[name].sheet_state == "hidden" for name in ("_priorizar", "_listas") if name in book
    )
    assert load_record(converted) == workshop
