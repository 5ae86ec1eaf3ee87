"""Plain workbooks read as a table of communities (first row headers, first column the names).

A workbook without the record's hidden sheet is not a decision record: its first sheet is read as
:func:`app.io.table_import.read_table_csv` reads a CSV table. Every number reads with a decimal
point (openpyxl gives numbers, not texts), texts with a decimal point or comma. Pure Python, no Qt.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from app.io.record.archive import Book, open_workbook
from app.io.record.payload import HIDDEN_SHEET
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop


def read_table_xlsx(path: str | os.PathLike[str]) -> Workshop:
    """A workshop from the first sheet of a plain workbook (first row headers, first column the
    communities), read as :func:`app.io.table_import.read_table_csv` reads a CSV table."""
    file = Path(path)
    with open_workbook(file) as book:
        return table_of(book, file)


def table_of(book: Book, file: Path) -> Workshop:
    """The workshop of the first sheet of the open workbook ``book`` (see
    :func:`read_table_xlsx`): for a caller that has opened ``file`` already."""
    from app.io.table_import import workshop_from_rows

    names = [n for n in book.sheetnames if n != HIDDEN_SHEET]
    if not names:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” has no sheet."), file=file.name
        )
    rows = book.rows(names[0])
    table = [
        (number, [_table_text(value) for value in row])
        for number, row in enumerate(rows, start=1)
        if any(_table_text(value) for value in row)
    ]
    if not table:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}”, sheet “{sheet}” is empty: it holds no table."),
            file=file.name,
            sheet=names[0],
        )
    return workshop_from_rows(table, file, decimal_comma=True)


def _table_text(value: Any) -> str:
    """A cell as the text a CSV table would hold (numbers in full precision)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(float(value)) if math.isfinite(float(value)) else str(value)
    return str(value)


__all__ = ["read_table_xlsx", "table_of"]
