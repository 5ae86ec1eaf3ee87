"""Reading the files people give the program: one entry for any input.

:func:`read_workshop` opens any input Priorizar understands by its extension: a workshop file
(``.json``), a decision record or a plain workbook (``.xlsx``, or ``.ods`` and ``.xls`` through the
same reading and limits), or a table (``.csv``).
:func:`open_input` opens it as the window does: a table, or a workbook that is not a decision
record, is a :class:`TableToImport`, whose columns a person maps before it becomes a workshop.
Either opens a workbook once, to tell a decision record from a plain table and to read it. Every
problem is an :class:`~app.models.errors.InvalidInputError` naming the file. The files themselves
are read by :func:`app.io.limited.read_limited`, below every reader (this module only dispatches to
them).
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop, repeated_names

TABLE_SUFFIXES = (".csv", ".tsv", ".txt")
WORKSHOP_SUFFIXES = (".json",)
#: Workbooks: Excel's, OpenDocument's (LibreOffice) and Excel 97-2003's, opened alike
#: (:func:`app.io.record.books.open_workbook`).
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".ods", ".xls")
READABLE_SUFFIXES = (*WORKBOOK_SUFFIXES, *WORKSHOP_SUFFIXES, *TABLE_SUFFIXES)


class TableToImport(NamedTuple):
    """A table of communities rather than a workshop (see :func:`open_input`): a text table
    (:data:`TABLE_SUFFIXES`) or a workbook without a decision record's hidden sheet. The caller
    imports it: the window maps its columns in its import dialog, which reads the file."""

    path: Path


def open_input(
    file: str | Path,
    notes: list[InvalidInputError] | None = None,
    *,
    blank_bad_cells: bool = False,
) -> Workshop | TableToImport:
    """What ``file`` opens as in the window: the workshop of a workshop file or a decision record,
    or a :class:`TableToImport` for a table.

    A workbook is opened and read once: a decision record gives its workshop, a plain workbook a
    :class:`TableToImport` (see :func:`app.io.record.load_if_record`). A text table is not read
    here at all. ``notes`` are those of :func:`read_workshop`; ``blank_bad_cells`` opens a decision
    record with the Data cells it cannot read left empty (see :func:`app.io.record.load_record`),
    which are otherwise all refused at once (:class:`app.io.record.cell_problems.CellProblems`)."""
    path = Path(file)
    suffix = path.suffix.lower()
    if suffix in TABLE_SUFFIXES:
        return TableToImport(path)
    if suffix in WORKBOOK_SUFFIXES:
        from app.io.record import load_if_record

        workshop = load_if_record(path, notes, blank_bad_cells=blank_bad_cells)
        if workshop is None:
            return TableToImport(path)
    else:
        workshop = _read_by_suffix(path, notes)
    return _noted(workshop, path, notes)


def read_workshop(file: str | Path, notes: list[InvalidInputError] | None = None) -> Workshop:
    """The workshop in ``file``, read by its extension (see :data:`READABLE_SUFFIXES`); a table
    (a text table, or the first sheet of a workbook that is not a decision record) is read as it is.

    What the reader should know but that does not stop the opening is appended to ``notes`` when a
    list is given: a decision record's notes (see :func:`app.io.record.load_record`), and the
    communities that share a name (see :func:`repeated_name_notes`)."""
    path = Path(file)
    return _noted(_read_by_suffix(path, notes), path, notes)


def _noted(workshop: Workshop, path: Path, notes: list[InvalidInputError] | None) -> Workshop:
    """``workshop``, after adding to ``notes`` (when a list) those on its shared names."""
    if notes is not None:
        notes.extend(repeated_name_notes(workshop, path.name))
    return workshop


def repeated_name_notes(workshop: Workshop, file: str) -> list[InvalidInputError]:
    """A note for each name that several communities share (see
    :func:`app.models.workshop.name_key`). Files saved before names had to differ may hold such
    communities: they open with all their data, and the note asks for a rename."""
    return [
        InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”: the communities in rows {rows} of the Data tab have the same name "
                "({names}). They are kept as they are, but they look alike in the rankings and "
                "the decision record: rename them so that each has its own name.",
            ),
            file=file,
            rows=", ".join(str(i + 1) for i in rows),
            names=", ".join(f"“{workshop.communities[i].name}”" for i in rows),
        )
        for rows in repeated_names(workshop.communities)
    ]


def _read_by_suffix(path: Path, notes: list[InvalidInputError] | None) -> Workshop:
    suffix = path.suffix.lower()
    # the readers import their heavy libraries (openpyxl) only when needed
    if suffix in WORKSHOP_SUFFIXES:
        from app.io.workshop_file import load_workshop_json

        return load_workshop_json(path)
    if suffix in TABLE_SUFFIXES:
        from app.io.table_import import read_table_csv

        return read_table_csv(path, notes=notes)
    if suffix in WORKBOOK_SUFFIXES:
        from app.io.record import load_xlsx

        return load_xlsx(path, notes)
    if not path.exists():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The file “{file}” does not exist."), file=str(path)
        )
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is not a kind of file Priorizar reads ({suffix}); give a decision record, "
            "a workshop or a table ({kinds}).",
        ),
        file=path.name,
        suffix=suffix or "—",
        kinds=", ".join(READABLE_SUFFIXES),
    )
