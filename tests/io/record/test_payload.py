"""The hidden sheet (app/io/record/payload.py): the workshop in chunks, restored exactly; a damaged
or newer one gives a clear error."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.io.record import HIDDEN_SHEET, load_record, payload, save_record
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop
from tests.factories import make_workshop, with_judgements


def test_awkward_texts_and_tiny_chunks_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spaces at the ends of chunks and texts, Windows line ends, control characters (left out
    of the visible cells), OOXML-escape look-alikes: all come back exactly."""
    monkeypatch.setattr(payload, "CHUNK_CHARS", 5)
    workshop = make_workshop(3, 2)
    communities = list(workshop.communities)
    communities[0] = replace(
        communities[0], name="_x0041_ a  ", notes="  lead\r\nx\u2028y\ufffd\x01z\rq"
    )
    workshop = workshop.replace(communities=tuple(communities))
    path = tmp_path / "raro.xlsx"
    save_record(workshop, path)
    hidden = openpyxl.load_workbook(path)[HIDDEN_SHEET]
    assert hidden["D1"].value > 100  # tiny chunks indeed
    assert all(len(hidden.cell(row=k + 2, column=1).value) <= 5 for k in range(hidden["D1"].value))
    assert load_record(path) == workshop


def test_large_workshops_span_several_hidden_cells(tmp_path: Path) -> None:
    workshop = with_judgements(make_workshop(120, 20, groups=4))
    path = tmp_path / "grande.xlsx"
    save_record(workshop, path, "en")
    hidden = openpyxl.load_workbook(path)[HIDDEN_SHEET]
    chunks = hidden["D1"].value
    assert chunks > 1
    assert all(len(hidden.cell(row=k + 2, column=1).value) <= 32_000 for k in range(chunks))
    assert load_record(path) == workshop


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"A2": "{not json"}, "the hidden sheet “_priorizar” that holds the workshop is damaged"),
        ({"A2": "[1, 2]"}, "(not a workshop)"),
        ({"A1": "hoja"}, "(no marker in A1)"),
        ({"D1": 7}, "(wrong number of parts)"),
        ({"A2": 3.5}, "(cell A2 is not text)"),
        ({"B1": 99}, "saved by a newer Priorizar (record format 99)"),
    ],
    ids=["broken JSON", "not a workshop", "no marker", "parts", "not text", "newer"],
)
def test_a_damaged_or_newer_hidden_sheet_gives_the_clear_error(
    saved: tuple[Workshop, Path], tmp_path: Path, cells: dict[str, Any], message: str
) -> None:
    book = openpyxl.load_workbook(saved[1])
    for coordinate, value in cells.items():
        book[HIDDEN_SHEET][coordinate] = value
    path = tmp_path / "oculta.xlsx"
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert "“oculta.xlsx”" in str(caught.value) and message in str(caught.value)
