"""What a visible cell of a reopened record says: unchanged, or a person's edit to take up.

A visible cell whose value differs from what Priorizar wrote there wins (:func:`same` decides):
numbers that agree to 1e-14 with what was written count as unchanged (openpyxl writes 16
significant digits, LibreOffice re-saves 15), texts compare without their line-end kind and outer
spaces. An edited cell is read as typed data (:func:`parse_value`: numbers with a decimal point or
comma, yes/no in either language, a verbal level by its name in either language); anything else is
an :class:`InvalidInputError` naming the file, sheet, row and column (:func:`cell_error`).
Pure Python, no Qt.
"""

from __future__ import annotations

import datetime
import math
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

from app.io.numbers import is_missing_mark, read_number
from app.io.record.cell_problems import Allowed, CellProblem, allowed_values, unambiguous_number
from app.io.record.cells import one_line_end
from app.models.criterion import Criterion, CriterionKind
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

_YES: Final = frozenset({"sí", "si", "s", "yes", "y", "1", "true", "verdadero", "x"})
_NO: Final = frozenset({"no", "n", "0", "false", "falso"})
_NUMBER: Final = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_TWOFOLD: Final = QT_TRANSLATE_NOOP(
    "Messages",
    "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” could be {reading} "
    "or {other}. Type it as a number without a thousands separator.",
)


def cell(rows: Sequence[Sequence[Any]], row: int, column: int) -> Any:
    """The value at 1-based ``row``, ``column`` ('' for a blank or absent cell)."""
    if row - 1 < len(rows) and column - 1 < len(rows[row - 1]):
        value = rows[row - 1][column - 1]
        return "" if value is None else value
    return ""


def same(shown: Any, expected: Any) -> bool:
    """Whether a cell still holds what Priorizar wrote (blank and '' are the same)."""
    shown = "" if shown is None else shown
    expected = "" if expected is None else expected
    if isinstance(shown, int | float) and isinstance(expected, int | float):
        # openpyxl writes 16 significant digits and LibreOffice re-saves 15: a number that
        # agrees to 1e-14 is the one Priorizar wrote, not an edit (a person's edit differs more).
        return not isinstance(shown, bool) and math.isclose(
            float(shown), float(expected), rel_tol=1e-14, abs_tol=0.0
        )
    if isinstance(shown, str) and isinstance(expected, str):
        # XML turns line ends into "\n"; spreadsheets trim nothing, but people do not see spaces
        return _plain(shown) == _plain(expected)
    return False


def _plain(text: str) -> str:
    """``text`` compared as a person sees it: one kind of line end, no outer spaces."""
    return one_line_end(text).strip()


def text_of(value: Any) -> str:
    """A cell's value as text: blank as ``""``, a whole number without ``.0``, a date as
    ``2026-03-14`` (with the time when it has one, never a timestamp), no outer spaces."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value).strip()


def as_number(value: Any) -> float | None:
    """A cell's value as a finite number (a text with a decimal point or comma, or thousands
    separators, too), else None; a text that reads two ways (``1.800``) is None here, and
    :func:`ambiguous_number` tells it."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        reading = read_number(value, None)
        if reading is None or reading.ambiguous:
            return None
        number = reading.value
    else:
        return None
    return number if math.isfinite(number) else None


def ambiguous_number(
    value: Any, file: Path, sheet: str, row: int, column: int
) -> InvalidInputError | None:
    """The error for a text that reads as two numbers (``1.800``: 1.8, or 1800 with a thousands
    separator; a workbook's text has no decimal mark to go by), naming the cell; else None."""
    if not isinstance(value, str):
        return None
    reading = read_number(value, None)
    if reading is None or reading.other is None:
        return None
    return cell_error(
        _TWOFOLD,
        file,
        sheet,
        row,
        column,
        value,
        reading=f"{reading.value:g}",
        other=f"{reading.other:g}",
    )


def parse_value(
    criterion: Criterion, value: Any, file: Path, sheet: str, row: int, column: int
) -> float:
    """A Data cell as the workshop's value (NaN for blank); raises the error naming the cell
    that :func:`read_value` finds."""
    read = read_value(criterion, value, file, sheet, row, column)
    if isinstance(read, CellProblem):
        raise read.error
    return read


def read_value(
    criterion: Criterion, value: Any, file: Path, sheet: str, row: int, column: int
) -> float | CellProblem:
    """A Data cell as the workshop's value (NaN for blank, or a usual mark for no data such as
    "s/d"), else the :class:`~app.io.record.cell_problems.CellProblem` naming the cell and what
    it may hold: a text that is no value of the criterion (not a number, not yes or no, not one
    of its levels), a number that is no level or answer of it, a formula without a stored value,
    a date, a number written with a thousands separator that could be read two ways
    (:func:`app.io.numbers.read_number`)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return math.nan
    from app.io.table_import import column_letter

    def problem(template: str, allowed: Allowed | None = None, **extra: Any) -> CellProblem:
        return CellProblem(
            sheet=sheet,
            row=row,
            column=column_letter(column - 1),
            criterion=criterion.named,
            text=text_of(value),
            allowed=allowed or allowed_values(criterion),
            error=cell_error(
                template, file, sheet, row, column, value, criterion=criterion.named, **extra
            ),
        )

    refusal = typed_cell_problem(value)
    if refusal is not None:
        return problem(refusal)
    if isinstance(value, str) and is_missing_mark(value):
        return math.nan  # "s/d", "N/D", "sin dato", "-": no data
    if isinstance(value, str):
        reading = read_number(value, None)
        if reading is not None and reading.other is not None:
            first, other = f"{reading.value:g}", f"{reading.other:g}"
            return problem(_TWOFOLD, unambiguous_number(first, other), reading=first, other=other)
    number: float | None
    if isinstance(value, bool):
        number = 1.0 if value else 0.0
    elif isinstance(value, str):
        key = value.strip().casefold()
        number = None
        if criterion.kind is CriterionKind.GATE:
            if key in _YES:
                number = 1.0
            elif key in _NO:
                number = 0.0
        if criterion.kind is CriterionKind.ORDINAL:
            for index, level in enumerate(criterion.levels):
                if any(key == text.strip().casefold() for text in level.name.values()):
                    number = float(index + 1)
                    break
        if number is None:
            number = as_number(value)
    else:
        number = as_number(value)
    if number is not None and _fits(criterion, number):
        return number
    if criterion.kind is CriterionKind.GATE:
        return problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not yes or no.",
            )
        )
    if criterion.kind is CriterionKind.ORDINAL:
        return problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not one of "
                "the levels of {criterion}.",
            )
        )
    return problem(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not a number.",
        )
    )


def _fits(criterion: Criterion, number: float) -> bool:
    """Whether ``number`` can stand in ``criterion``'s column (see
    :func:`app.models.criterion.check_value`): an answer of a gate is 0 or 1, a level's number is
    a whole number from 1 to the number of levels."""
    if criterion.kind is CriterionKind.GATE:
        return number in (0.0, 1.0)
    if criterion.kind is CriterionKind.ORDINAL:
        return number == int(number) and 1 <= number <= len(criterion.levels)
    return True


def typed_cell_problem(value: Any) -> str | None:
    """The message template for a cell that holds no value a criterion can take, by its type: a
    formula without a stored value (:class:`~app.io.record.archive.Formula`), a date or a time;
    None otherwise."""
    from app.io.record.archive import Formula

    if isinstance(value, Formula):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}, column {column}: the formula “{text}” has no "
            "stored value (the file was not saved by a spreadsheet program). Open it in Excel or "
            "LibreOffice and save it, or type the value.",
        )
    if isinstance(value, datetime.date | datetime.time):
        return QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is a date, not a "
            "value of this criterion.",
        )
    return None


def cell_error(
    template: str, file: Path, sheet: str, row: int, column: int, value: Any, **extra: Any
) -> InvalidInputError:
    """The error for the cell at 1-based ``row``, ``column`` of ``sheet`` holding ``value``: the
    message ``template`` names the file, sheet, row, column letter and the text typed."""
    from app.io.table_import import column_letter

    return InvalidInputError(
        template,
        file=file.name,
        sheet=sheet,
        row=row,
        column=column_letter(column - 1),
        text=text_of(value),
        **extra,
    )


__all__ = [
    "ambiguous_number",
    "as_number",
    "cell",
    "cell_error",
    "parse_value",
    "read_value",
    "same",
    "text_of",
    "typed_cell_problem",
]
