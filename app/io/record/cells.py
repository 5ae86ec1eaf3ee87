"""Writing one cell of the record, and the small formatting every sheet writer shares.

Safety: every text is written as a text cell, never a formula (:func:`put`): a name typed as
``=HYPERLINK(...)`` stays the text it is. Only formulas Priorizar composes itself (the Model sheet)
are written as formulas (:func:`put_formula`). Texts are :func:`clean`: no control character an
``.xlsx`` cannot hold, and one kind of line end.

openpyxl is imported inside the functions: it stays off the window's start-up path. Pure Python,
no Qt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

import numpy as np

from app.io.atomic import without_lone_surrogates

_ILLEGAL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Number format of the scores (closeness, priorities).
SCORE_FORMAT: Final = "0.0000"


def clean(text: str) -> str:
    """``text`` as a cell holds it: line ends as ``"\\n"``, without the control characters an
    ``.xlsx`` cannot hold, and a lone surrogate (half of a broken pair, which XML cannot hold and
    which made the save fail) as U+FFFD; the hidden sheet keeps it escaped, so it reopens as it
    was.

    No ``"\\r"`` reaches the workbook: openpyxl's writer (et_xmlfile) writes each sheet through a
    file in text mode, which on Windows turns ``"\\r\\n"`` into ``"\\r\\r\\n"``, read back as
    two line breaks (and then taken for a colleague's edit). The hidden sheet keeps the text as
    typed (JSON escapes its line ends), and :func:`app.io.record.cell_values.same` compares line
    ends as equal.
    """
    return without_lone_surrogates(_ILLEGAL.sub("", one_line_end(text)))


def one_line_end(text: str) -> str:
    """``text`` with every line end (``"\\r\\n"``, ``"\\r"``, ``"\\n"``) as ``"\\n"``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def put(sheet: Any, row: int, column: int, value: Any, number_format: str | None = None) -> Any:
    """Write ``value`` to a cell; a text always as text, never as a formula (see module doc)."""
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = clean(value)
        cell.data_type = "s"  # "=HYPERLINK(...)" typed by a user stays text
    elif isinstance(value, float) and not math.isfinite(value):
        cell.value = None
    elif isinstance(value, np.floating | np.integer):
        cell.value = value.item()
    else:
        cell.value = value
    if number_format is not None:
        cell.number_format = number_format
    return cell


def put_formula(sheet: Any, row: int, column: int, formula: str, number_format: str) -> None:
    """Write ``formula`` to a cell as a formula: only for formulas Priorizar composed itself."""
    cell = sheet.cell(row=row, column=column)
    cell.value = formula  # a formula Priorizar composed itself, never user text
    cell.data_type = "f"
    cell.number_format = number_format


def fmt_number(value: float) -> str:
    """A number as a short text (a level's priority, a value outside the acceptable range)."""
    return f"{value:g}"


def wrap() -> Any:
    """An alignment that wraps long texts (notes, purpose) at the top of their cell."""
    from openpyxl.styles import Alignment

    return Alignment(wrap_text=True, vertical="top")


def header(sheet: Any, row: int, texts: Sequence[str], first_column: int = 1) -> None:
    """``texts`` in bold, one per cell, from ``first_column`` of ``row``."""
    from openpyxl.styles import Font

    for offset, text in enumerate(texts):
        put(sheet, row, first_column + offset, text).font = Font(bold=True)


def section_title(sheet: Any, row: int, text: str) -> None:
    """A section's title in column A of ``row``, bold and larger."""
    from openpyxl.styles import Font

    put(sheet, row, 1, text).font = Font(bold=True, size=12)


def column_widths(sheet: Any, widths: Mapping[int, float]) -> None:
    """Set the widths of the columns numbered (1-based) in ``widths``."""
    from openpyxl.utils import get_column_letter

    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width


__all__ = [
    "SCORE_FORMAT",
    "clean",
    "column_widths",
    "fmt_number",
    "header",
    "one_line_end",
    "put",
    "put_formula",
    "section_title",
    "wrap",
]
