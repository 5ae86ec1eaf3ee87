"""Importing a plain table of candidate communities with a mapping step.

:func:`read_raw_table` reads every sheet of a workbook (or the one table of a CSV file) as raw
cells; :func:`guess_mapping` proposes which column names the communities and, for every other
column, whether it is a criterion, its kind (numeric, ordinal with its levels, gate) and direction;
the person edits the :class:`Mapping`; :func:`apply_mapping` builds the workshop and lists every
problem with its sheet, row (as the file numbers it, header = first non-empty row) and column.

Pure Python, no Qt: messages are translatable templates (context ``"Messages"``) with parameters.
"""

from __future__ import annotations

import datetime
import math
import os
import re
from collections.abc import Callable, Iterable
from collections.abc import Mapping as Mapping_
from dataclasses import dataclass, field, replace
from enum import StrEnum
from itertools import zip_longest
from pathlib import Path
from typing import Any, Final

import numpy as np

from app.io.numbers import NumberReading, is_missing_mark, read_number
from app.io.table_import import (
    GROUP_ID,
    REGION_HEADERS,
    DecodedText,
    column_letter,
    is_region_header,
    read_rows,
    slug,
    unique_slugs,
)
from app.models.criterion import Criterion, CriterionKind, Direction, Level
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Community, Group, Metadata, Workshop, name_key

Cell = str | float | None

#: Most distinct words a column may hold to be guessed ordinal.
MAX_GUESSED_LEVELS: Final = 7
#: Words in a header that suggest less is better.
COST_WORDS: Final = (
    "costo",
    "coste",
    "cost",
    "distancia",
    "distance",
    "riesgo",
    "risk",
    "tiempo",
    "time",
    "precio",
    "price",
)
YES_WORDS: Final = frozenset({"sí", "si", "s", "yes", "y", "1", "true", "verdadero", "x"})
NO_WORDS: Final = frozenset({"no", "n", "0", "false", "falso"})
#: Share of a column's filled cells that must be numbers (or yes and no) for the column to be
#: guessed numeric (or a gate) when some are not: the others are then listed as problems, naming
#: their cells, rather than the whole column silently left out (issue 19).
MOSTLY_NUMBERS: Final = 2 / 3
#: Rows offered as the header row in the import step: a header is near the top.
HEADER_CHOICES: Final = 30
#: Known verbal scales, lowest first (matched case-insensitively, accents kept).
KNOWN_SCALES: Final = (
    ("muy bajo", "bajo", "medio", "alto", "muy alto"),
    ("muy baja", "baja", "media", "alta", "muy alta"),
    ("very low", "low", "medium", "high", "very high"),
    ("nulo", "bajo", "medio", "alto"),
    ("malo", "regular", "bueno", "muy bueno"),
    ("poor", "fair", "good", "very good"),
)


class Role(StrEnum):
    CRITERION = "criterion"
    IGNORED = "ignored"


@dataclass(frozen=True)
class Sheet:
    """One sheet's raw cells: ``rows[i]`` is the file's row ``i + 1`` (empty rows kept).

    ``decimal_comma``: the file's decimal mark (True: the comma, False: the point; None: none, as
    in a workbook, whose numbers are numbers and whose texts have no mark to go by). ``header``:
    the 0-based index of the header row the person chose (None: found, :func:`header_row`).
    ``typed``: cells that hold no value a criterion can take, by (row index, column index): a
    ``"date"``, or a ``"formula"`` without a stored value (its text is in ``rows``)."""

    name: str
    rows: list[list[Cell]]
    decimal_comma: bool | None = True
    title: str = ""
    header: int | None = None
    typed: Mapping_[tuple[int, int], str] = field(default_factory=dict)
    # data_rows' result, computed once: guessing looks at every column of a 10,000-row sheet
    _data: list[tuple[int, list[Cell]]] | None = field(
        default=None, init=False, compare=False, repr=False
    )


@dataclass(frozen=True)
class RawTable:
    """A table's sheets; for a text table, how its text was decoded (``decoded``: the encoding
    and the confidence to show in the preview, with :func:`app.io.table_import.encoding_notes`
    as the warning when it is uncertain)."""

    file: Path
    sheets: tuple[Sheet, ...]
    decoded: DecodedText | None = None

    def sheet(self, name: str) -> Sheet:
        return next(s for s in self.sheets if s.name == name)


@dataclass
class ColumnMapping:
    """How one column is used: role, kind, direction and (ordinal) levels, lowest first.
    ``aliases`` holds other names of each level (its name in another language), also accepted."""

    index: int
    header: str
    role: Role = Role.IGNORED
    kind: CriterionKind = CriterionKind.NUMERIC
    direction: Direction = Direction.MAX
    levels: tuple[str, ...] = ()
    aliases: tuple[tuple[str, ...], ...] = ()

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass
class Mapping:
    """Which column names the communities, which one their region (None: no column) and how each
    other column is used. ``thousands``: the person's choice for the numbers that read two ways
    (:func:`ambiguous_numbers`): True reads ``1.234`` as 1234 (a thousands separator), False as
    1.234 (a decimal mark), None leaves it to the file's decimal mark, or blocks the import where
    the file has none (a workbook)."""

    community: int
    columns: list[ColumnMapping] = field(default_factory=list)
    thousands: bool | None = None
    region: int | None = None

    def column(self, index: int) -> ColumnMapping:
        return next(c for c in self.columns if c.index == index)


@dataclass(frozen=True)
class Problem:
    """A problem found while importing; ``template`` is translated in context "Messages" and then
    filled with ``params``. ``row`` is the file's row number (None: not one row)."""

    sheet: str
    row: int | None
    column: str  # spreadsheet letter, "" when not one column
    header: str
    template: str
    params: dict[str, Any]
    blocking: bool = True

    @property
    def message(self) -> str:
        """The English sentence."""
        return self.template.format(**self.params)


# ------------------------------------------------------------------------------------------------
# Reading


def read_raw_table(path: str | os.PathLike[str], encoding: str | None = None) -> RawTable:
    """Every table sheet of a plain workbook (``.xlsx``, ``.ods``, ``.xls``: visible worksheets, the
    active one first), or a CSV table as one sheet named after the file, decoded in ``encoding``
    when the person chose one (else detected: ``RawTable.decoded``). Raises
    :class:`InvalidInputError` for unreadable files (see the readers)."""
    from app.io.reading import WORKBOOK_SUFFIXES

    file = Path(path)
    if file.suffix.lower() in WORKBOOK_SUFFIXES:
        return _read_workbook(file)
    table = read_rows(file, encoding)
    last = table.rows[-1][0]
    rows: list[list[Cell]] = [[] for _ in range(last)]
    for number, cells in table.rows:
        rows[number - 1] = list(cells)
    sheet = Sheet(file.stem, rows, decimal_comma=table.separator != ",", title=file.stem)
    return RawTable(file, (sheet,), table.decoded)


def _read_workbook(file: Path) -> RawTable:
    """The table sheets of a workbook as a person sees them: visible worksheets only, the active
    one first (:meth:`~app.io.record.archive.Book.table_sheets`: a hidden first sheet was read
    instead of the visible one, and a chart sheet stopped the import, issue 18)."""
    from app.io.record import HIDDEN_SHEET, open_workbook

    sheets: list[Sheet] = []
    with open_workbook(file) as book:
        for name in book.table_sheets():
            if name == HIDDEN_SHEET:
                continue
            typed: dict[tuple[int, int], str] = {}
            rows = [
                [_raw_cell(value, typed, i, j) for j, value in enumerate(row)]
                for i, row in enumerate(book.rows(name))
            ]
            sheets.append(Sheet(name, rows, decimal_comma=None, title=file.stem, typed=typed))
    if not sheets:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” has no sheet."), file=file.name
        )
    return RawTable(file, tuple(sheets))


def _raw_cell(value: object, typed: dict[tuple[int, int], str], i: int, j: int) -> Cell:
    """A workbook cell as a raw cell: numbers as floats, texts as texts; a date is shown as
    ``2026-03-14`` and a formula without a stored value as its text, both marked in ``typed``."""
    from app.io.record.archive import Formula
    from app.io.record.cell_values import text_of

    if value is None:
        return None
    if isinstance(value, Formula):
        typed[(i, j)] = "formula"
        return value.text
    if isinstance(value, datetime.date | datetime.time):
        typed[(i, j)] = "date"
        return text_of(value)
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, int | float):
        return float(value)
    text = str(value)
    return text if text.strip() else None


# ------------------------------------------------------------------------------------------------
# The table's shape


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return repr(int(cell)) if cell.is_integer() and abs(cell) < 1e15 else repr(cell)
    return cell.strip()


def _is_empty_row(row: list[Cell]) -> bool:
    return not any(cell_text(cell) for cell in row)


def header_row(sheet: Sheet) -> int | None:
    """The 0-based index of the header row, None for an empty sheet: the row the person chose
    (:func:`with_header`), else the first row with two cells or more (a title above the table,
    one cell, is not the header: issue 18), else the first non-empty row."""
    if sheet.header is not None:
        return sheet.header if sheet.header < len(sheet.rows) else None
    first = None
    for i, row in enumerate(sheet.rows):
        filled = sum(1 for cell in row if cell_text(cell))
        if filled >= 2:
            return i
        if filled and first is None:
            first = i
    return first


def header_choices(sheet: Sheet) -> list[tuple[int, str]]:
    """The rows the person may choose as the header row (the first :data:`HEADER_CHOICES`
    non-empty ones), as (0-based index, the row's texts joined by " | ") for the import step."""
    choices = []
    for i, row in enumerate(sheet.rows):
        texts = [cell_text(cell) for cell in row]
        if any(texts):
            choices.append((i, " | ".join(text for text in texts if text)))
            if len(choices) == HEADER_CHOICES:
                break
    return choices


def with_header(sheet: Sheet, index: int) -> Sheet:
    """``sheet`` with its header in the 0-based row ``index`` (the person's choice in the import
    step); the data rows are those below it."""
    return replace(sheet, header=index)


def data_rows(sheet: Sheet) -> list[tuple[int, list[Cell]]]:
    """The non-empty rows below the header, as (row number in the file, cells)."""
    if sheet._data is None:
        top = header_row(sheet)
        rows = (
            []
            if top is None
            else [
                (i + 1, row)
                for i, row in enumerate(sheet.rows)
                if i > top and not _is_empty_row(row)
            ]
        )
        object.__setattr__(sheet, "_data", rows)
    assert sheet._data is not None
    return sheet._data


def headers(sheet: Sheet) -> list[str]:
    """One header per column (the letter when the header cell is empty); trailing columns with
    neither a header nor data are left out."""
    top = header_row(sheet)
    if top is None:
        return []
    width = max(len(row) for row in sheet.rows)
    head = sheet.rows[top]
    rows = data_rows(sheet)

    def used(j: int) -> bool:
        return bool(cell_text(head[j]) if j < len(head) else "") or any(
            j < len(row) and cell_text(row[j]) for _, row in rows
        )

    while width and not used(width - 1):
        width -= 1
    return [(cell_text(head[j]) if j < len(head) else "") or column_letter(j) for j in range(width)]


def cell_at(row: list[Cell], index: int) -> Cell:
    cell = row[index] if index < len(row) else None
    return None if isinstance(cell, str) and not cell.strip() else cell


def to_number(cell: Cell, decimal_comma: bool | None) -> float | None:
    """The cell's number, None when it is text that is not a number. A text that reads two ways
    (``1.234``) gives the reading of the file's decimal mark, or the decimal reading where the
    file has none: enough to guess a column's kind; building the workshop asks
    (:func:`number_reading`, :func:`ambiguous_numbers`)."""
    reading = number_reading(cell, decimal_comma)
    return None if reading is None else reading.value


def number_reading(cell: Cell, decimal_comma: bool | None) -> NumberReading | None:
    """The cell as a number (:func:`app.io.numbers.read_number`), None when it is not one."""
    if isinstance(cell, float):
        return NumberReading(cell) if math.isfinite(cell) else None
    if cell is None:
        return None
    reading = read_number(cell, decimal_comma)
    if reading is None or not math.isfinite(reading.value):
        return None
    return reading


@dataclass(frozen=True)
class AmbiguousNumber:
    """A cell whose text reads as two numbers (see :mod:`app.io.numbers`), for the import step
    to ask about: where it is (``row`` as the file numbers it, ``column`` its letter), its text,
    the reading taken without a choice (``value``: the file's decimal mark decides; for a
    workbook, none does, and the import is blocked until the person chooses) and the other."""

    sheet: str
    row: int
    column: str
    header: str
    text: str
    value: float
    other: float
    decided_by_file: bool


def ambiguous_numbers(sheet: Sheet, mapping: Mapping) -> list[AmbiguousNumber]:
    """Every cell of the numeric criterion columns of ``mapping`` whose text reads two ways: the
    list the import step shows, with the readings, before the person chooses
    (``Mapping.thousands``)."""
    return ambiguous_cells(
        sheet,
        [
            column
            for column in mapping.columns
            if column.role is Role.CRITERION
            and column.index not in (mapping.community, mapping.region)
        ],
    )


def ambiguous_cells(sheet: Sheet, columns: Iterable[ColumnMapping]) -> list[AmbiguousNumber]:
    """Every cell of the numeric ``columns`` whose text reads two ways (see
    :func:`ambiguous_numbers`)."""
    found = []
    for column in columns:
        if column.kind is not CriterionKind.NUMERIC:
            continue
        for number, row in data_rows(sheet):
            reading = number_reading(cell_at(row, column.index), sheet.decimal_comma)
            if reading is not None and reading.other is not None:
                found.append(
                    AmbiguousNumber(
                        sheet.name,
                        number,
                        column.letter,
                        column.header,
                        cell_text(cell_at(row, column.index)),
                        reading.value,
                        reading.other,
                        sheet.decimal_comma is not None,
                    )
                )
    return found


# ------------------------------------------------------------------------------------------------
# Guessing


def _key(cell: Cell) -> str:
    return re.sub(r"\s+", " ", cell_text(cell)).casefold()


def guess_levels(sheet: Sheet, index: int) -> tuple[str, ...]:
    """The column's distinct words, in order of first appearance; when they all belong to a known
    scale (:data:`KNOWN_SCALES`), that whole scale, lowest first."""
    words: dict[str, str] = {}
    for _, row in data_rows(sheet):
        cell = cell_at(row, index)
        if cell is not None and to_number(cell, sheet.decimal_comma) is None:
            words.setdefault(_key(cell), re.sub(r"\s+", " ", cell_text(cell)))
    for scale in KNOWN_SCALES:
        if words and set(words) <= set(scale):
            # the whole scale: "muy alto" scores 5 even when no community is "alto"
            return tuple(words.get(w, w) for w in scale)
    return tuple(words.values())


def guess_column(sheet: Sheet, index: int, header: str) -> ColumnMapping:
    """How the column would be used as a criterion (see :func:`guess_mapping`): its kind, levels
    and direction, and its role (ignored when its cells fit no kind)."""
    column = ColumnMapping(index, header)
    cells = [c for _, row in data_rows(sheet) if (c := cell_at(row, index)) is not None]
    key = slug(header)
    if any(word in key for word in COST_WORDS):
        column.direction = Direction.MIN
    if not cells:
        return column
    # a mark for no data is no value, not a text: it does not make a column of numbers text
    cells = [c for c in cells if not (isinstance(c, str) and is_missing_mark(c))]
    if not cells:
        return column
    numbers = [to_number(c, sheet.decimal_comma) for c in cells]
    keys = {_key(c) for c in cells}
    numeric = sum(n is not None for n in numbers)
    answers = sum(_key(c) in YES_WORDS | NO_WORDS for c in cells)
    if numeric == len(numbers):
        column.role = Role.CRITERION
    elif answers == len(cells) or (answers >= 2 and answers >= MOSTLY_NUMBERS * len(cells)):
        # yes or no, but for a few cells: a gate whose other cells are listed as problems
        column.role, column.kind = Role.CRITERION, CriterionKind.GATE
    elif not numeric and len(keys) <= MAX_GUESSED_LEVELS:
        column.role, column.kind = Role.CRITERION, CriterionKind.ORDINAL
        column.levels = guess_levels(sheet, index)
    elif numeric >= 2 and numeric >= MOSTLY_NUMBERS * len(numbers):
        # numbers but for a few cells: a criterion whose other cells are listed as problems
        column.role = Role.CRITERION
    return column


def is_names_column(sheet: Sheet, index: int) -> bool:
    """True when the column holds text, each value once (it can name the communities)."""
    cells = [cell_at(row, index) for _, row in data_rows(sheet)]
    names = [_key(c) for c in cells if c is not None]
    return (
        bool(names)
        and all(to_number(c, sheet.decimal_comma) is None for c in cells if c is not None)
        and len(set(names)) == len(names)
    )


def guess_mapping(sheet: Sheet) -> Mapping:
    """A proposed mapping: a column headed "Región" or "Region" (:data:`REGION_HEADERS`) holds the
    communities' regions; the community column is the first other text column whose values are
    all different; every other column is a criterion when its values fit a kind (all numbers, or
    at least :data:`MOSTLY_NUMBERS` of them, the rest then problems: numeric; only yes/no: gate;
    at most :data:`MAX_GUESSED_LEVELS` distinct words: ordinal), else ignored. Directions are
    max, min for headers that name a cost (:data:`COST_WORDS`)."""
    names = headers(sheet)
    region = next((j for j, header in enumerate(names) if is_region_header(header)), None)
    community = next(
        (j for j in range(len(names)) if j != region and is_names_column(sheet, j)),
        1 if region == 0 and len(names) > 1 else 0,
    )
    columns = [
        ColumnMapping(j, header) if j in (community, region) else guess_column(sheet, j, header)
        for j, header in enumerate(names)
    ]
    return Mapping(community, columns, region=region)


# ------------------------------------------------------------------------------------------------
# Building


#: Reports a problem: ``report(template, row, column, **params)`` (see :func:`problem_reporter`).
Report = Callable[..., None]


def problem_reporter(sheet: Sheet, problems: list[Problem]) -> Report:
    """A function that appends a blocking :class:`Problem` of ``sheet`` to ``problems``:
    ``report(template, row, column, **params)``, ``column`` a :class:`ColumnMapping` or None; the
    template may use ``{row}``, ``{column}`` (the letter) and ``{header}``."""

    def report(
        template: str,
        row: int | None,
        column: ColumnMapping | None,
        *,
        blocking: bool = True,
        **params: Any,
    ) -> None:
        letter = column.letter if column else ""
        header = column.header if column else ""
        problems.append(
            Problem(
                sheet.name,
                row,
                letter,
                header,
                template,
                {"row": row, "column": letter, "header": header, **params},
                blocking,
            )
        )

    return report


def named_rows(
    sheet: Sheet, names: ColumnMapping, report: Report
) -> list[tuple[int, list[Cell], str]]:
    """The data rows as (row number, cells, community name); reports a row without a name, a name
    already in an earlier row (compared with :func:`~app.models.workshop.name_key`) and a sheet
    without rows."""
    rows: list[tuple[int, list[Cell], str]] = []
    first_seen: dict[str, int] = {}
    for number, row in data_rows(sheet):
        name = cell_text(cell_at(row, names.index))
        key = name_key(name)
        if not name:
            report(
                QT_TRANSLATE_NOOP(
                    "Messages", "Row {row}, column {column}: the community has no name."
                ),
                number,
                names,
            )
        elif key in first_seen:
            report(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Row {row}, column {column}: the community “{name}” is already in row {first}.",
                ),
                number,
                names,
                name=name,
                first=first_seen[key],
            )
        else:
            first_seen[key] = number
        rows.append((number, row, name))
    if not rows:
        report(
            QT_TRANSLATE_NOOP("Messages", "The sheet has no communities below its header row."),
            None,
            None,
        )
    return rows


def apply_mapping(sheet: Sheet, mapping: Mapping) -> tuple[Workshop | None, list[Problem]]:
    """The workshop the mapping makes of the sheet, and every problem found; the workshop is None
    when a problem blocks it. Empty cells are missing values."""
    problems: list[Problem] = []
    problem = problem_reporter(sheet, problems)

    criteria = [
        c
        for c in mapping.columns
        if c.role is Role.CRITERION and c.index not in (mapping.community, mapping.region)
    ]
    names_column = next((c for c in mapping.columns if c.index == mapping.community), None)
    if names_column is None:
        names_column = ColumnMapping(mapping.community, column_letter(mapping.community))
    if not criteria:
        problem(
            QT_TRANSLATE_NOOP("Messages", "Choose at least one column as a criterion."), None, None
        )
    for column in criteria:
        if column.kind is CriterionKind.ORDINAL and not column.levels:
            problem(
                QT_TRANSLATE_NOOP(
                    "Messages", "Column {column} ({header}) is ordinal but has no levels."
                ),
                None,
                column,
            )

    rows = named_rows(sheet, names_column, problem)
    communities = [name for _, _, name in rows]
    regions = [
        "" if mapping.region is None else cell_text(cell_at(row, mapping.region))
        for _, row, _ in rows
    ]
    values = [
        [cell_value(sheet, row, number, c, problem, mapping.thousands) for c in criteria]
        for number, row, _ in rows
    ]
    if any(p.blocking for p in problems):
        return None, problems

    criterion_ids = unique_slugs([c.header for c in criteria], "c")
    workshop = Workshop(
        criteria=tuple(
            Criterion(
                id=cid,
                name={"es": c.header, "en": c.header},
                kind=c.kind,
                direction=c.direction,
                levels=tuple(Level({"es": w, "en": w}) for w in c.levels)
                if c.kind is CriterionKind.ORDINAL
                else (),
            )
            for cid, c in zip(criterion_ids, criteria, strict=True)
        ),
        communities=tuple(
            Community(id=cid, name=name, region=region)
            for cid, name, region in zip(
                unique_slugs(communities, "k"), communities, regions, strict=True
            )
        ),
        values=np.array(values, dtype=np.float64).reshape(len(communities), len(criteria)),
        groups=(
            Group(
                id=GROUP_ID,
                name="Grupo 1",
                weights={
                    cid: 1.0
                    for cid, c in zip(criterion_ids, criteria, strict=True)
                    if c.kind is not CriterionKind.GATE
                },
            ),
        ),
        active_group=GROUP_ID,
        metadata=Metadata(title=sheet.title or sheet.name),
    )
    try:
        workshop.validate()
    except InvalidInputError as error:
        problem(error.template, None, None, **error.params)
        return None, problems
    return workshop, problems


def _ambiguous(
    sheet: Sheet,
    reading: NumberReading,
    text: str,
    number: int,
    column: ColumnMapping,
    report: Report,
    thousands: bool | None,
) -> float:
    """The value of a cell that reads two ways: the person's choice (``thousands``), else the
    file's decimal mark with a note, else (a workbook) NaN and a blocking problem that asks."""
    assert reading.other is not None
    grouped = max(reading.value, reading.other, key=abs)
    decimal = min(reading.value, reading.other, key=abs)
    if thousands is not None:
        return grouped if thousands else decimal
    if sheet.decimal_comma is not None:
        report(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Row {row}, column {column} ({header}): “{text}” is read as {value}, as the "
                "file's decimal mark is “{mark}”; it could also be {other}.",
            ),
            number,
            column,
            blocking=False,
            text=text,
            value=f"{reading.value:g}",
            other=f"{reading.other:g}",
            mark="," if sheet.decimal_comma else ".",
        )
        return reading.value
    report(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row}, column {column} ({header}): “{text}” could be {value} or {other}; choose "
            "how to read the numbers with a thousands separator.",
        ),
        number,
        column,
        text=text,
        value=f"{decimal:g}",
        other=f"{grouped:g}",
    )
    return math.nan


def cell_value(
    sheet: Sheet,
    row: list[Cell],
    number: int,
    column: ColumnMapping,
    report: Report,
    thousands: bool | None = None,
) -> float:
    """The value of ``column``'s cell in ``row`` as its kind stores it (NaN when empty): a number
    ('.' or ',' decimals as the sheet allows), a level's score 1..L (its name or an alias,
    compared like community names, or the score itself), 1/0 for a gate (yes/sí/1, no/0). A cell
    that is none of these is reported and is NaN."""
    cell = cell_at(row, column.index)
    if cell is None:
        return math.nan
    text = cell_text(cell)
    kind = sheet.typed.get((number - 1, column.index))
    if kind is not None:
        report(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Row {row}, column {column} ({header}): the formula “{text}” has no stored value "
                "(the file was not saved by a spreadsheet program). Open it in Excel or "
                "LibreOffice and save it, or type the value.",
            )
            if kind == "formula"
            else QT_TRANSLATE_NOOP(
                "Messages",
                "Row {row}, column {column} ({header}): “{text}” is a date, not a value of this "
                "criterion.",
            ),
            number,
            column,
            text=text,
        )
        return math.nan
    if isinstance(cell, str) and is_missing_mark(cell):
        report(
            QT_TRANSLATE_NOOP(
                "Messages", "Row {row}, column {column} ({header}): “{text}” is read as no data."
            ),
            number,
            column,
            blocking=False,
            text=text,
        )
        return math.nan
    reading = number_reading(cell, sheet.decimal_comma)
    value = None if reading is None else reading.value
    if column.kind is CriterionKind.NUMERIC:
        if reading is not None and reading.other is not None:
            return _ambiguous(sheet, reading, text, number, column, report, thousands)
        if value is not None:
            return value
        template = QT_TRANSLATE_NOOP(
            "Messages", "Row {row}, column {column} ({header}): “{text}” is not a number."
        )
    elif column.kind is CriterionKind.GATE:
        if _key(cell) in YES_WORDS:
            return 1.0
        if _key(cell) in NO_WORDS:
            return 0.0
        template = QT_TRANSLATE_NOOP(
            "Messages", "Row {row}, column {column} ({header}): “{text}” is not yes or no."
        )
    else:
        key = name_key(text)
        for score, (level, aliases) in enumerate(
            zip_longest(column.levels, column.aliases[: len(column.levels)], fillvalue=()),
            start=1,
        ):
            if key in {name_key(str(level)), *(name_key(a) for a in aliases)}:
                return float(score)
        if value is not None and value.is_integer() and 1 <= value <= len(column.levels):
            return value
        template = QT_TRANSLATE_NOOP(
            "Messages",
            "Row {row}, column {column} ({header}): “{text}” is not one of the levels ({levels}).",
        )
    report(template, number, column, text=text, levels=", ".join(column.levels))
    return math.nan


__all__ = [
    "COST_WORDS",
    "HEADER_CHOICES",
    "KNOWN_SCALES",
    "MOSTLY_NUMBERS",
    "REGION_HEADERS",
    "AmbiguousNumber",
    "ColumnMapping",
    "Mapping",
    "Problem",
    "RawTable",
    "Report",
    "Role",
    "Sheet",
    "ambiguous_cells",
    "ambiguous_numbers",
    "apply_mapping",
    "cell_at",
    "cell_text",
    "cell_value",
    "data_rows",
    "guess_column",
    "guess_levels",
    "guess_mapping",
    "header_choices",
    "header_row",
    "headers",
    "is_names_column",
    "is_region_header",
    "named_rows",
    "number_reading",
    "problem_reporter",
    "read_raw_table",
    "to_number",
    "with_header",
]
