"""Numbers typed as text, as people's spreadsheets hold them, and the marks for "no data".

:func:`read_number` reads ``3.5``, ``3,5``, ``1.234,5``, ``1,234.5`` and exponents as Excel writes
them (``1,5E+03``), with ASCII digits only. A number whose only separator is followed by exactly
three digits (``1.234``, ``1,234``) can be read two ways: with a decimal mark (1.234) or with a
thousands separator (1234). It is never read one way without a word (issue 18: ``1.234`` in a file
with decimal commas, ``1,234`` stored as text, ``1.800`` typed in a record were all read as 1.234
or 1.8):

- where the file has a decimal mark (a CSV table: the comma with ``;`` or tab separators, the point
  with ``,``), the other mark separates thousands: that reading is taken and the caller tells it
  (a note naming the cell), and the import step may choose otherwise;
- where it has none (a text cell of a workbook), the caller asks (the import step) or refuses,
  naming the cell (a reopened record).

:func:`is_missing_mark` tells the usual Peruvian marks for "no data" (``s/d``, ``N/D``,
``sin dato``, ``-``...), read as a missing value with a note. Pure Python, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

#: Texts that mean "no data" in Peruvian (and other Spanish-speaking) tables, compared without
#: case and with single spaces: sin dato, no disponible, no aplica, dashes.
MISSING_MARKS: Final = frozenset(
    {
        "s/d",
        "s.d.",
        "s.d",
        "sd",
        "n/d",
        "n.d.",
        "n.d",
        "nd",
        "sin dato",
        "sin datos",
        "no data",
        "n/a",
        "na",
        "no disponible",
        "-",
        "--",
        "—",
        "–",
    }
)

_PLAIN: Final = re.compile(r"[+-]?\d+", re.ASCII)
_DECIMAL_DOT: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_DECIMAL_COMMA: Final = re.compile(r"[+-]?(?:\d+(?:,\d*)?|,\d+)(?:[eE][+-]?\d+)?", re.ASCII)
#: One separator followed by exactly three digits, the first group not a lone 0: two readings.
_ONE_GROUP: Final = re.compile(r"([+-]?[1-9]\d{0,2})([.,])(\d{3})", re.ASCII)
#: Thousands groups (two or more separators of one kind), and optionally the other mark's decimals.
_GROUPS_DOT: Final = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?", re.ASCII)
_GROUPS_COMMA: Final = re.compile(r"[+-]?[1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?", re.ASCII)


@dataclass(frozen=True)
class NumberReading:
    """A text read as a number: ``value``, and ``other`` when the text can also be read the other
    way (``1.234``: a decimal mark, or a thousands separator). ``value`` is then the reading the
    file's decimal mark gives (its other mark separates thousands), or the decimal reading where
    the file has no decimal mark (``grouped`` False)."""

    value: float
    other: float | None = None

    @property
    def ambiguous(self) -> bool:
        return self.other is not None


def is_missing_mark(text: str) -> bool:
    """Whether ``text`` is a usual mark for "no data" (:data:`MISSING_MARKS`)."""
    return " ".join(text.split()).casefold() in MISSING_MARKS


def read_number(text: str, decimal_comma: bool | None) -> NumberReading | None:
    """``text`` as a number (see the module docstring), or None when it is not one.

    ``decimal_comma``: the file's decimal mark, True for the comma, False for the point, None
    where the file has none (a text cell of a workbook)."""
    t = text.strip()
    if _PLAIN.fullmatch(t):
        return NumberReading(float(t))
    single = _ONE_GROUP.fullmatch(t)
    if single is not None:
        whole, mark, digits = single.groups()
        as_decimal = float(f"{whole}.{digits}")
        as_thousands = float(f"{whole}{digits}")
        if decimal_comma is None:
            return NumberReading(as_decimal, as_thousands)
        decimal_mark = "," if decimal_comma else "."
        if mark == decimal_mark:
            return NumberReading(as_decimal)
        return NumberReading(as_thousands, as_decimal)
    if _GROUPS_DOT.fullmatch(t) and decimal_comma is not False:
        return NumberReading(float(t.replace(".", "").replace(",", ".")))
    if _GROUPS_COMMA.fullmatch(t) and decimal_comma is not True:
        return NumberReading(float(t.replace(",", "")))
    if _DECIMAL_DOT.fullmatch(t):
        return NumberReading(float(t))
    if decimal_comma is not False and _DECIMAL_COMMA.fullmatch(t):
        return NumberReading(float(t.replace(",", ".")))
    return None


__all__ = ["MISSING_MARKS", "NumberReading", "is_missing_mark", "read_number"]
