"""Reopening a decision record: the hidden sheet's workshop, and the edits a person made.

:func:`load_record` restores the JSON of the hidden sheet (:mod:`app.io.record.payload`) and then
takes up what a person edited in the visible input sheets: a visible cell whose value differs from
what Priorizar wrote there for the JSON's workshop wins (:func:`app.io.record.cell_values.same`).
Taken up: Data (values, community names, regions, notes; :mod:`app.io.record.data_rows`), Criteria
(each group's weights) and Summary (title, date, place, purpose). Everything else (criteria
definitions and levels, participants, agreements, judgements, the Model sheet's weights) is
restored from the JSON only; the computed sheets are never read back. Columns are found by
position (Criteria: criterion ``j`` in row ``2 + j``, group ``g``'s weight in column ``J + g``):
columns a person inserts, deletes or adds, and rows of the Criteria sheet, are not taken up.

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

from app.io.record.archive import Book, open_workbook
from app.io.record.cell_values import as_number, cell, cell_error, same, text_of
from app.io.record.cells import clean
from app.io.record.criteria_sheet import CRITERIA_FIRST_ROW, CRITERIA_WEIGHT_COLUMN
from app.io.record.data_rows import take_up_data
from app.io.record.labels import sheet_name
from app.io.record.payload import HIDDEN_SHEET, read_payload
from app.io.record.summary_sheet import SUMMARY_FIELDS, SUMMARY_FIRST_ROW
from app.io.record.tables import table_of
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: What a reader makes of a plain workbook (see :func:`_read_workbook`).
_Plain = TypeVar("_Plain")


def load_record(
    path: str | os.PathLike[str], notes: list[InvalidInputError] | None = None
) -> Workshop:
    """Reopen a decision record written by :func:`app.io.record.writing.save_record` (in either
    language).

    Inputs come from the hidden sheet; edits a person made in the visible Data, Criteria and
    Summary sheets are taken up (see the module docstring). What the reader should know but that
    does not stop the opening (a community whose Data row is gone, and is kept) is appended to
    ``notes`` as messages, when a list is given. Raises :class:`InvalidInputError`
    naming the file, and the sheet, row and column where one is at fault, for anything that is not
    a readable decision record.
    """
    return _read_workbook(Path(path), notes, _not_a_record)


def load_if_record(
    path: str | os.PathLike[str], notes: list[InvalidInputError] | None = None
) -> Workshop | None:
    """The workshop of the decision record at ``path`` (as :func:`load_record` reads it), or None
    for a plain workbook, which the caller imports as a table.

    The workbook is opened and read once to tell which it is and to read it: asking
    :func:`is_record` first and then reading would open it twice. Raises
    :class:`InvalidInputError` as :func:`load_record` does for a workbook that cannot be read.
    """
    return _read_workbook(Path(path), notes, _plain_workbook)


def load_xlsx(
    path: str | os.PathLike[str], notes: list[InvalidInputError] | None = None
) -> Workshop:
    """A decision record (its notes appended to ``notes``, see :func:`load_record`), or else the
    first sheet of a plain workbook as a table (:func:`app.io.record.tables.read_table_xlsx`); the
    workbook is opened and read once either way."""
    return _read_workbook(Path(path), notes, table_of)


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
) -> Workshop | _Plain:
    """Open ``file`` once: a decision record's workshop with the edits taken up, or what
    ``plain`` makes of the open workbook when it is not a record (no hidden sheet)."""
    with open_workbook(file) as book:
        if HIDDEN_SHEET not in book.sheetnames:
            return plain(book, file)
        lang, data = read_payload(book, file)
        return _take_up_edits(book, file, lang, _workshop_from(data, file), notes)


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


def _take_up_edits(
    book: Book,
    file: Path,
    lang: str,
    workshop: Workshop,
    notes: list[InvalidInputError] | None,
) -> Workshop:
    """``workshop`` (the hidden sheet's) with the edits of the Summary, Data and Criteria sheets
    taken up (see the module docstring); the same object when nothing was edited."""
    data = workshop.to_dict()
    changed = False
    summary = _sheet_rows(book, lang, "summary")
    if summary is not None:
        _, rows = summary
        for offset, key in enumerate(SUMMARY_FIELDS):
            shown = cell(rows, SUMMARY_FIRST_ROW + offset, 2)
            expected = clean(data["metadata"][key])
            if not same(shown, expected):
                data["metadata"][key] = text_of(shown)
                changed = True
    found = _sheet_rows(book, lang, "data")
    if found is not None:
        name, rows = found
        changed |= take_up_data(rows, file, name, lang, workshop, data, notes)
    found = _sheet_rows(book, lang, "criteria")
    if found is not None:
        name, rows = found
        changed |= _take_up_weights(rows, file, name, workshop, data)
    if not changed:
        return workshop
    return _workshop_from(data, file)


def _workshop_from(data: Any, file: Path) -> Workshop:
    """The workshop of a record's inputs; a problem in them names the file."""
    try:
        return Workshop.from_dict(data)
    except InvalidInputError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}”: {problem}"),
            file=file.name,
            problem=str(error),
        ) from error


def _take_up_weights(
    rows: Sequence[Sequence[Any]], file: Path, sheet: str, workshop: Workshop, data: dict[str, Any]
) -> bool:
    """Take up each group's weights edited in the Criteria sheet into ``data`` (an edited weight
    is a typed weight: no longer the one its judgements give); returns whether any changed."""
    changed = False
    for g, group in enumerate(workshop.groups):
        column = CRITERIA_WEIGHT_COLUMN + g
        entry = data["groups"][g]
        for j, criterion in enumerate(workshop.criteria):
            if criterion.is_gate:
                continue
            row = CRITERIA_FIRST_ROW + j
            shown = cell(rows, row, column)
            if same(shown, float(group.weights.get(criterion.id, 0.0))):
                continue
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
