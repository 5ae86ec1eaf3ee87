"""A plain workbook read as a table of communities (app/io/record/tables.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import openpyxl
import pytest

from app.io.record import read_table_xlsx
from app.io.record.reading import load_xlsx
from app.models.errors import InvalidInputError


def test_plain_workbook_is_read_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "comunidades.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Comunidad", "Agua", "Suelo"],
        ["A", 1, "2,5"],
        ["B", 3.5, None],
        [None],
        ["C", 2, 4],
    ):
        sheet.append(row)
    book.save(path)
    workshop = read_table_xlsx(path)
    assert [c.name for c in workshop.communities] == ["A", "B", "C"]
    assert workshop.values.tolist()[0] == [1.0, 2.5]
    assert np.isnan(workshop.values[1, 1])
    assert load_xlsx(path).to_dict() == workshop.to_dict()
    sheet.append(["D", "mucho", 1])
    book.save(path)
    with pytest.raises(InvalidInputError, match="sheet “Sheet”, row 6"):
        read_table_xlsx(path)
