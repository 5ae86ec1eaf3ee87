"""The guards on a workbook from outside: every workbook Priorizar reads is untrusted.

Reading refuses files over :data:`MAX_FILE_BYTES`, zip archives that unpack to more than
:data:`MAX_UNCOMPRESSED_BYTES` or with an entry compressed more than :data:`MAX_RATIO` times (a
zip bomb), more than :data:`MAX_ENTRIES` entries, and sheets over :data:`MAX_ROWS` rows or
:data:`MAX_COLUMNS` columns; openpyxl parses the XML with defusedxml (entity expansion refused).
Every problem is an :class:`InvalidInputError` naming the file (and the sheet).

The one way in, for decision records and plain workbooks of every kind alike, is
:func:`app.io.record.books.open_workbook` (:mod:`app.io.table_mapping` reads every sheet of a
table through it): it reads the file within :data:`MAX_FILE_BYTES` and opens an ``.xlsx`` with
:func:`open_xlsx` (here), an ``.ods`` or an ``.xls`` with the readers made for them, behind the same
:class:`Book` and the same limits. openpyxl is imported inside the functions: it stays off the
window's start-up path. Pure Python, no Qt.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.limits import (
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    MAX_UNPACKED_BYTES,
    MAX_WORKBOOK_BYTES,
)

#: Largest workbook read, in bytes (:mod:`app.models.limits`).
MAX_FILE_BYTES: Final = MAX_WORKBOOK_BYTES
#: Largest total unpacked size of a workbook's zip entries, in bytes.
MAX_UNCOMPRESSED_BYTES: Final = MAX_UNPACKED_BYTES
#: Largest compression ratio of one zip entry of more than :data:`_RATIO_FLOOR` bytes unpacked.
#: Sheets of numbers compress 5-50 times; a zip bomb a thousand times. Entries below the floor are
#: bounded by :data:`MAX_UNCOMPRESSED_BYTES` alone: texts a workshop accepts (a note of 32,767
#: times the same letter) compress far more than 200 times, and a record holding them must reopen;
#: all of a workshop's texts (at most MAX_TOTAL_TEXT_CHARS, written twice, the hidden copy
#: escaped) stay below the floor.
MAX_RATIO: Final = 200
_RATIO_FLOOR: Final = 32 * 1024 * 1024
#: Most zip entries in a workbook.
MAX_ENTRIES: Final = 10_000
#: Most rows and columns of a sheet read (rows and columns with values; formatting alone does
#: not count).
MAX_ROWS: Final = MAX_SHEET_ROWS
MAX_COLUMNS: Final = MAX_SHEET_COLUMNS

#: The first bytes of an OLE2 compound file: an Excel 97-2003 workbook (``.xls``), or an ``.xlsx``
#: protected with a password (Excel wraps it in the same container).
OLE_SIGNATURE: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_SIGNATURE: Final = b"PK\x03\x04"


@dataclass(frozen=True)
class Formula:
    """A cell holding a formula without a stored value (a file written by a script, never opened
    in a spreadsheet program): what it computes is unknown, so it is neither blank nor 0."""

    text: str

    def __str__(self) -> str:
        return self.text


class Book:
    """An openpyxl workbook opened read-only; closes its file on exit."""

    def __init__(self, book: Any, file: Path, content: bytes = b"") -> None:
        self.book = book
        self.file = file
        self.content = content
        self._formulas: Any = None

    @property
    def sheetnames(self) -> list[str]:
        names: list[str] = self.book.sheetnames
        return names

    def table_sheets(self) -> list[str]:
        """The sheets that can hold a table, as a person sees them: visible worksheets only
        (hidden and very hidden sheets are skipped, chart sheets have no cells), the active one
        first (the sheet the workbook opens on), then the others in order."""
        visible = [sheet.title for sheet in self.book.worksheets if sheet.sheet_state == "visible"]
        try:
            active = self.book.active
        except (IndexError, AttributeError):  # a damaged workbook view
            active = None
        title = getattr(active, "title", None)
        if title in visible:
            visible.remove(title)
            visible.insert(0, title)
        return visible

    def __enter__(self) -> Book:
        return self

    def __exit__(self, *exc: object) -> None:
        self.book.close()
        if self._formulas is not None:
            self._formulas.close()

    def rows(self, name: str) -> list[tuple[Any, ...]]:
        """Every row of sheet ``name`` as values (row 1 first), within the size limits.

        Rows and columns count up to the last cell with a value: formatting without values
        (a sheet formatted down to row 20,000 for four rows of data) is not counted and not
        returned. A formula without a stored value is a :class:`Formula`, never blank."""
        sheet = self.book[name]
        if not hasattr(sheet, "iter_rows"):  # a chart sheet: no cells
            return []
        rows: list[tuple[Any, ...]] = []
        blank = 0  # empty rows seen since the last row with a value
        try:
            for number, row in enumerate(sheet.iter_rows(values_only=True), start=1):
                width = len(row)
                while width and row[width - 1] is None:
                    width -= 1
                if not width:
                    blank += 1
                    continue
                self._check_size(name, number, width)
                rows.extend([()] * blank)
                blank = 0
                rows.append(tuple(row[:width]))
            if self._has_formulas(sheet):
                self._mark_formulas(name, rows)
        except InvalidInputError:
            raise
        except Exception as error:  # anything openpyxl raises on a damaged sheet
            raise damaged(self.file, error, sheet=name) from error
        return rows

    def _has_formulas(self, sheet: Any) -> bool:
        """Whether the sheet's XML holds a formula (``<f>``); most sheets hold none, and only
        then is the workbook parsed again for them."""
        path = getattr(sheet, "_worksheet_path", None)
        if not self.content or not path:
            return False
        with zipfile.ZipFile(io.BytesIO(self.content)) as archive:
            try:
                xml = archive.read(path)
            except KeyError:
                return False
        return b"<f>" in xml or b"<f " in xml

    def _mark_formulas(self, name: str, rows: list[tuple[Any, ...]]) -> None:
        """Replace the blanks of ``rows`` that hold a formula by :class:`Formula`."""
        import openpyxl

        if self._formulas is None:
            self._formulas = openpyxl.load_workbook(
                io.BytesIO(self.content), read_only=True, data_only=False, keep_links=False
            )
        for number, row in enumerate(self._formulas[name].iter_rows(values_only=True)):
            if number >= len(rows):
                break
            shown = rows[number]
            marked = [
                Formula(str(value))
                if isinstance(value, str)
                and value.startswith("=")
                and (column >= len(shown) or shown[column] is None)
                else (shown[column] if column < len(shown) else None)
                for column, value in enumerate(row[: max(len(shown), len(row))])
            ]
            while marked and marked[-1] is None:
                marked.pop()
            if any(isinstance(value, Formula) for value in marked):
                rows[number] = tuple(marked)

    def _check_size(self, name: str, rows: int, columns: int) -> None:
        if rows > MAX_ROWS or columns > MAX_COLUMNS:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”: {rows} rows and {columns} columns is more than "
                    "this program reads (at most {max_rows} rows and {max_columns} columns).",
                ),
                file=self.file.name,
                sheet=name,
                rows=rows,
                columns=columns,
                max_rows=MAX_ROWS,
                max_columns=MAX_COLUMNS,
            )
        return None


def damaged(file: Path, error: BaseException, sheet: str | None = None) -> InvalidInputError:
    """The error for a workbook (or one of its sheets) that its reader could not read."""
    detail = f"{type(error).__name__}: {error}"
    if sheet is None:
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is damaged or not a valid workbook; it cannot be opened ({detail}).",
            ),
            file=file.name,
            detail=detail,
        )
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages", "“{file}”, sheet “{sheet}” is damaged and cannot be read ({detail})."
        ),
        file=file.name,
        sheet=sheet,
        detail=detail,
    )


def open_xlsx(file: Path, content: bytes) -> Book:
    """Check ``content``, the bytes of the ``.xlsx`` ``file`` (signature, zip contents, the two
    entries every workbook has), and open it read-only with openpyxl.

    The caller reads the file into memory once (at most :data:`MAX_FILE_BYTES`,
    :func:`app.io.record.books.open_workbook`), so the checks and openpyxl see the same bytes and
    no file handle is left open when openpyxl fails half-way.
    """
    _check_xlsx(file, content)
    import openpyxl

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(content), read_only=True, data_only=True, keep_links=False
        )
    except InvalidInputError:
        raise
    except Exception as error:  # openpyxl, zipfile, zlib and defusedxml errors alike
        raise damaged(file, error) from error
    return Book(book, file, content)


def _check_xlsx(file: Path, content: bytes) -> None:
    """Refuse ``content`` unless it passes the checks of the module docstring as an ``.xlsx``."""
    head = content[:8]
    if not head:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is empty: it holds no workbook."),
            file=file.name,
        )
    if not head.startswith(_ZIP_SIGNATURE):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” is not an Excel workbook (.xlsx); it cannot be opened."
            ),
            file=file.name,
        )
    names = check_zip(file, content)
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” is not an Excel workbook (.xlsx); it cannot be opened."
            ),
            file=file.name,
        )


def check_zip(file: Path, content: bytes) -> set[str]:
    """The names of the entries of the zip archive ``content`` (an ``.xlsx`` or an ``.ods``) once
    it passes the checks of the module docstring: readable, not too many entries, not unpacking
    to too much, no entry compressed too many times (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            entries = archive.infolist()
    # NotImplementedError: a zip version or method this Python cannot unpack (a damaged header)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is damaged or incomplete (perhaps cut off while copying); it cannot be "
                "opened.",
            ),
            file=file.name,
            detail=str(error),
        ) from error
    total = sum(entry.file_size for entry in entries)
    bomb = any(
        entry.file_size > _RATIO_FLOOR and entry.file_size > MAX_RATIO * max(entry.compress_size, 1)
        for entry in entries
    )
    if len(entries) > MAX_ENTRIES or total > MAX_UNCOMPRESSED_BYTES or bomb:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” unpacks to far more data than a workbook of communities holds; it is "
                "refused for safety.",
            ),
            file=file.name,
        )
    return {entry.filename for entry in entries}


__all__ = [
    "MAX_COLUMNS",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "OLE_SIGNATURE",
    "Book",
    "Formula",
    "check_zip",
    "damaged",
    "open_xlsx",
]
