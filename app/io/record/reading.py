"""Reopening a decision record: the hidden sheet's workshop, and the edits a person made.

:func:`load_record` restores the JSON of the hidden sheet (:mod:`app.io.record.payload`) and then
takes up what a person edited in the visible input sheets: a visible cell whose value differs from
what Priorizar wrote there for the JSON's workshop wins (:func:`app.io.record.cell_values.same`).
Taken up: Data (values, community names, regions, notes; :mod:`app.io.record.data_rows`), Criteria
(each group's weights) and Summary (title, date, place, purpose). Everything else (criteria
definitions and levels, participants, agreements, judgements, the Model sheet's weights) is
restored from the JSON only; the computed sheets are never read back. Columns and rows are found
by their headers and names, never by position (Data: :func:`app.io.record.data_rows.data_columns`;
Criteria: each group's weight column by its header, each criterion's row by its id), so inserted,
moved or deleted columns and rows are taken up correctly or refused naming the sheet, row and
column; a renamed sheet is found by its contents, and a sheet that cannot be found is a note,
never a silent loss of the edits in it.

A workbook is opened once to tell a decision record (its hidden sheet) from a plain workbook and
to read it: :func:`load_if_record` (a plain workbook is left to the caller, the window's import),
:func:`load_xlsx` (a plain workbook's first sheet read as a table). Every problem is an
:class:`InvalidInputError` naming the file (and the sheet, row and column). Pure Python, no Qt.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from app.io.record.archive import Book
from app.io.record.books import open_workbook
from app.io.record.cell_values import (
    ambiguous_number,
    as_number,
    cell,
    cell_error,
    same,
    text_of,
)
from app.io.record.cells import clean
from app.io.record.criteria_sheet import CRITERIA_FIRST_ROW
from app.io.record.data_rows import data_columns, take_up_data
from app.io.record.labels import LABELS, LANGUAGES, label, sheet_name
from app.io.record.payload import HIDDEN_SHEET, read_payload
from app.io.record.summary_sheet import SUMMARY_FIELDS, SUMMARY_FIRST_ROW
from app.io.record.tables import table_of
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: What a reader makes of a plain workbook (see :func:`_read_workbook`).
_Plain = TypeVar("_Plain")


def load_record(
    path: str | os.PathLike[str],
    notes: list[InvalidInputError] | None = None,
    *,
    blank_bad_cells: bool = False,
) -> Workshop:
    """Reopen a decision record written by :func:`app.io.record.writing.save_record` (in either
    language).

    Inputs come from the hidden sheet; edits a person made in the visible Data, Criteria and
    Summary sheets are taken up (see the module docstring). What the reader should know but that
    does not stop the opening (a community whose Data row is gone, and is kept) is appended to
    ``notes`` as messages, when a list is given. Raises :class:`InvalidInputError`
    naming the file, and the sheet, row and column where one is at fault, for anything that is not
    a readable decision record.

    Data cells that hold no value of their criterion are all found before any is refused: they
    are raised together as :class:`~app.io.record.cell_problems.CellProblems` (each with its
    sheet, row, column, text and what it may hold); with ``blank_bad_cells`` the record opens
    with those cells empty (no data) and a note names them
    (:class:`~app.io.record.cell_problems.BlankedCells`).
    """
    return _read_workbook(Path(path), notes, _not_a_record, blank_bad_cells)


def load_if_record(
    path: str | os.PathLike[str],
    notes: list[InvalidInputError] | None = None,
    *,
    blank_bad_cells: bool = False,
) -> Workshop | None:
    """The workshop of the decision record at ``path`` (as :func:`load_record` reads it), or None
    for a plain workbook, which the caller imports as a table.

    The workbook is opened and read once to tell which it is and to read it: asking
    :func:`is_record` first and then reading would open it twice. Raises
    :class:`InvalidInputError` as :func:`load_record` does for a workbook that cannot be read;
    ``blank_bad_cells`` as there.
    """
    return _read_workbook(Path(path), notes, _plain_workbook, blank_bad_cells)


def load_xlsx(
    path: str | os.PathLike[str],
    notes: list[InvalidInputError] | None = None,
    *,
    blank_bad_cells: bool = False,
) -> Workshop:
    """A decision record (its notes appended to ``notes``, ``blank_bad_cells`` as in
    :func:`load_record`), or else the first sheet of a plain workbook as a table
    (:func:`app.io.record.tables.read_table_xlsx`); the workbook is opened and read once either
    way."""
    return _read_workbook(
        Path(path), notes, lambda book, file: table_of(book, file, notes), blank_bad_cells
    )


def is_record(path: str | os.PathLike[str]) -> bool:
    """True if ``path`` is a readable workbook with Priorizar's hidden sheet.

    Only for a caller that asks and reads nothing: to open a workbook, :func:`load_if_record` and
    :func:`load_xlsx` tell and read with one opening."""
    with open_workbook(Path(path)) as book:
        return HIDDEN_SHEET in book.sheetnames


def _read_workbook(
    file: Path,
    notes: list[InvalidInputError] | None,
    plain: Callable[[Book, Path], _Plain],
    blank_bad_cells: bool = False,
) -> Workshop | _Plain:
    """Open ``file`` once: a decision record's workshop with the edits taken up, or what
    ``plain`` makes of the open workbook when it is not a record (no hidden sheet)."""
    with open_workbook(file) as book:
        if HIDDEN_SHEET not in book.sheetnames:
            return plain(book, file)
        lang, data, shown_date = read_payload(book, file)
        workshop = _workshop_from(data, file)
        return _take_up_edits(book, file, lang, workshop, notes, blank_bad_cells, shown_date)


def _not_a_record(book: Book, file: Path) -> NoReturn:
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is a workbook but not a Priorizar decision record (its hidden "
            "sheet is missing). To use a table of communities, import it.",
        ),
        file=file.name,
    )


def _plain_workbook(book: Book, file: Path) -> None:
    return None


def _sheet_rows(book: Book, lang: str, key: str) -> tuple[str, list[tuple[Any, ...]]] | None:
    """The name and rows of the record sheet ``key`` (in ``lang``, else in any language), or
    None."""
    name = sheet_name(book.sheetnames, lang, key)
    return None if name is None else (name, book.rows(name))


def _renamed_sheet(
    book: Book, key: str, looks_like: Callable[[list[tuple[Any, ...]]], bool]
) -> tuple[str, list[tuple[Any, ...]]] | None:
    """A visible sheet with a name that is none of the record's whose rows ``looks_like`` the
    sheet ``key``: the sheet, renamed by a person."""
    known = {label(code, k) for code in LANGUAGES for k in LABELS[code]}
    for name in book.table_sheets():
        if name in known:
            continue
        rows = book.rows(name)
        if looks_like(rows):
            return name, rows
    return None


def _missing_sheet(file: Path, lang: str, key: str) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”: the sheet “{sheet}” is missing (deleted or renamed), so edits made in it "
            "are not taken up; the workshop is opened as it was saved there.",
        ),
        file=file.name,
        sheet=label(lang, key),
    )


def _take_up_edits(
    book: Book,
    file: Path,
    lang: str,
    workshop: Workshop,
    notes: list[InvalidInputError] | None,
    blank_bad_cells: bool = False,
    shown_date: str = "",
) -> Workshop:
    """``workshop`` (the hidden sheet's) with the edits of the Summary, Data and Criteria sheets
    taken up (see the module docstring); the same object when nothing was edited. ``shown_date``
    is the date the Summary shows for a workshop without one: it is not an edit."""
    data = workshop.to_dict()
    changed = False
    summary = _sheet_rows(book, lang, "summary")
    if summary is not None:
        _, rows = summary
        for offset, key in enumerate(SUMMARY_FIELDS):
            shown = cell(rows, SUMMARY_FIRST_ROW + offset, 2)
            expected = clean(data["metadata"][key] or (shown_date if key == "date" else ""))
            if not same(shown, expected):
                data["metadata"][key] = text_of(shown)
                changed = True
    found = _sheet_rows(book, lang, "data") or _renamed_sheet(
        book, "data", lambda rows: _looks_like_data(rows, workshop)
    )
    if found is not None:
        name, rows = found
        changed |= take_up_data(rows, file, name, lang, workshop, data, notes, blank_bad_cells)
    elif notes is not None:
        notes.append(_missing_sheet(file, lang, "data"))
    found = _sheet_rows(book, lang, "criteria") or _renamed_sheet(
        book, "criteria", _looks_like_criteria
    )
    if found is not None:
        name, rows = found
        changed |= _take_up_weights(rows, file, name, workshop, data, notes, lang)
    elif notes is not None:
        notes.append(_missing_sheet(file, lang, "criteria"))
    if not changed:
        return workshop
    return _workshop_from(data, file)


def _workshop_from(data: Any, file: Path) -> Workshop:
    """The workshop of a record's inputs; a problem in them names the file."""
    try:
        return Workshop.from_dict(data, file.name)
    except InvalidInputError as error:
        if error.params.get("file") == file.name:
            raise  # it names the file already (a key of the hidden sheet's workshop)
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}”: {problem}"),
            file=file.name,
            problem=str(error),
        ) from error


def _looks_like_data(rows: list[tuple[Any, ...]], workshop: Workshop) -> bool:
    """Whether ``rows`` are a Data sheet of ``workshop`` (its header row found, see
    :func:`app.io.record.data_rows.data_columns`)."""
    try:
        data_columns(rows, Path(), "", workshop, None)
    except InvalidInputError:
        return False
    return True


def _header_key(value: Any) -> str:
    return " ".join(text_of(value).split()).casefold()


def _looks_like_criteria(rows: list[tuple[Any, ...]]) -> bool:
    """Whether ``rows`` start with the Criteria sheet's header: its N.º column (an earlier
    record's Id column) and its Criterion column."""
    keys = {_header_key(label(code, key)) for code in LANGUAGES for key in ("number", "id")}
    names = {_header_key(label(code, "criterion")) for code in LANGUAGES}
    heads = {_header_key(value) for value in rows[0]} if rows else set()
    return bool(heads & keys) and bool(heads & names)


def _take_up_weights(
    rows: Sequence[Sequence[Any]],
    file: Path,
    sheet: str,
    workshop: Workshop,
    data: dict[str, Any],
    notes: list[InvalidInputError] | None = None,
    lang: str = "en",
) -> bool:
    """Take up each group's weights edited in the Criteria sheet into ``data`` (an edited weight
    is a typed weight: no longer the one its judgements give); returns whether any changed.

    Found by headers and numbers, not by position: a group's weight column by its header
    ("Weight: <group>" in either language), a criterion's row by its number in the N.º column
    (a record of an earlier Priorizar: by its id in the Id column); a row or column that is gone
    leaves those weights as saved (a note says so)."""
    heads = [_header_key(value) for value in (rows[0] if rows else ())]
    numbers = {_header_key(label(code, "number")) for code in LANGUAGES}
    ids = {_header_key(label(code, "id")) for code in LANGUAGES}
    key_column = next((c for c, key in enumerate(heads, start=1) if key in numbers), None)
    by_number = key_column is not None
    if key_column is None:
        key_column = next((c for c, key in enumerate(heads, start=1) if key in ids), None)
    if key_column is None:
        if notes is not None:
            notes.append(_missing_sheet(file, lang, "criteria"))
        return False

    def criterion_key(row: int) -> str:
        value = cell(rows, row, key_column)
        if not by_number:
            return text_of(value)
        number = as_number(value)
        if number is None or number != int(number) or not 1 <= number <= len(workshop.criteria):
            return ""
        return workshop.criteria[int(number) - 1].id

    row_of = {
        key: row for row in range(CRITERIA_FIRST_ROW, len(rows) + 1) if (key := criterion_key(row))
    }
    changed = False
    taken: set[int] = set()
    for g, group in enumerate(workshop.groups):
        titles = {
            _header_key(label(code, "weight_of").format(group=group.name)) for code in LANGUAGES
        }
        # two groups of one name: the first such column not taken yet (they are written in order)
        column = next(
            (c for c, key in enumerate(heads, start=1) if key in titles and c not in taken),
            None,
        )
        if column is not None:
            taken.add(column)
        entry = data["groups"][g]
        for criterion in workshop.criteria:
            if criterion.is_gate:
                continue
            row = row_of.get(criterion.id)
            if row is None or column is None:
                continue
            shown = cell(rows, row, column)
            if same(shown, float(group.weights.get(criterion.id, 0.0))):
                continue
            twofold = ambiguous_number(shown, file, sheet, row, column)
            if twofold is not None:
                raise twofold
            number = as_number(shown)
            if number is None or number < 0:
                raise cell_error(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”, row {row}, column {column}: the weight "
                        "“{text}” must be a number of zero or more.",
                    ),
                    file,
                    sheet,
                    row,
                    column,
                    shown,
                )
            entry["weights"][criterion.id] = number
            entry["weights_from_judgements"] = False
            changed = True
    return changed


__all__ = ["is_record", "load_if_record", "load_record", "load_xlsx"]
