"""Plain workbooks read as a table of communities (first row headers, first column the names).

A workbook without the record's hidden sheet is not a decision record: its first table sheet (the
active visible one: hidden sheets are skipped and chart sheets ignored,
:meth:`~app.io.record.archive.Book.table_sheets`) is read as
:func:`app.io.table_import.read_table_csv` reads a CSV table, from its header row (the first row
with two cells or more: a title above it is skipped). Numbers stored as numbers read as they are;
a number stored as text has no file decimal mark to go by, so one that reads two ways (``1,234``)
is refused naming the cell, as are a date or a formula without a stored value in a criterion's
column. Pure Python, no Qt.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

from app.io.record.archive import Book
from app.io.record.books import open_workbook
from app.io.record.cell_values import cell_error, text_of, typed_cell_problem
from app.io.record.payload import HIDDEN_SHEET
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop


def read_table_xlsx(path: str | os.PathLike[str]) -> Workshop:
    """A workshop from the first sheet of a plain workbook (first row headers, first column the
    communities), read as :func:`app.io.table_import.read_table_csv` reads a CSV table."""
    file = Path(path)
    with open_workbook(file) as book:
        return table_of(book, file)


def table_of(book: Book, file: Path, notes: list[InvalidInputError] | None = None) -> Workshop:
    """The workshop of the first table sheet of the open workbook ``book`` (see
    :func:`read_table_xlsx`): for a caller that has opened ``file`` already. Notes (a mark for no
    data) are appended to ``notes`` when a list is given."""
    from app.io.table_import import workshop_from_rows

    names = [n for n in book.table_sheets() if n != HIDDEN_SHEET]
    if not names:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” has no sheet."), file=file.name
        )
    rows = book.rows(names[0])
    filled = [
        (number, row)
        for number, row in enumerate(rows, start=1)
        if any(_table_text(value) for value in row)
    ]
    header = next(
        (k for k, (_, row) in enumerate(filled) if sum(bool(_table_text(v)) for v in row) >= 2),
        0,
    )
    for number, row in filled[header + 1 :]:
        for column, value in enumerate(row[1:], start=2):
            problem = typed_cell_problem(value)
            if problem is not None:
                raise cell_error(problem, file, names[0], number, column, value)
    table = [(number, [_table_text(value) for value in row]) for number, row in filled[header:]]
    if not table:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}”, sheet “{sheet}” is empty: it holds no table."),
            file=file.name,
            sheet=names[0],
        )
    return workshop_from_rows(table, file, decimal_comma=None, notes=notes, sheet=names[0])


def _table_text(value: Any) -> str:
    """A cell as the text a CSV table would hold (numbers in full precision)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return repr(float(value)) if math.isfinite(float(value)) else str(value)
    return text_of(value) if not isinstance(value, str) else value


__all__ = ["read_table_xlsx", "table_of"]
