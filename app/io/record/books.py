"""Any workbook a person gives the program: Excel's ``.xlsx``, OpenDocument's ``.ods`` (LibreOffice,
Google Sheets' download) and Excel 97-2003's ``.xls``, opened through one door with one set of
limits.

:func:`open_workbook` reads the file once (at most :data:`~app.io.record.archive.MAX_FILE_BYTES`,
:func:`app.io.limited.read_limited`), tells the kind from its bytes (not its name: an ``.xls``
renamed ``.xlsx`` opens too) and gives a :class:`~app.io.record.archive.Book`: openpyxl's for an
``.xlsx``; :class:`OdsBook` (odfpy, the reader pandas uses for ``.ods``) or :class:`XlsBook` (xlrd,
pandas' reader for ``.xls``) for the others. Each gives the same three things: the sheets' names,
the sheets that can hold a table (visible only, the active one first:
:meth:`~app.io.record.archive.Book.table_sheets`) and a sheet's rows as values, checked against
the same :data:`~app.io.record.archive.MAX_ROWS` and :data:`~app.io.record.archive.MAX_COLUMNS`
as they are read (a block of repeated rows or cells is measured before it is expanded). An
``.ods`` is a zip archive and passes the same checks as an ``.xlsx`` (entries, unpacked size,
compression ratio); its XML is parsed by odfpy with defusedxml, and since odfpy holds it whole in
memory, its sheets' part is at most :data:`~app.models.limits.MAX_ODS_XML_BYTES` unpacked.
Every problem is an :class:`~app.models.errors.InvalidInputError` naming the file. The readers
are imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from app.io.limited import read_limited
from app.io.record.archive import (
    MAX_COLUMNS,
    MAX_FILE_BYTES,
    OLE_SIGNATURE,
    Book,
    Formula,
    check_zip,
    damaged,
    open_xlsx,
)
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.limits import MAX_ODS_XML_BYTES

#: The media type an OpenDocument spreadsheet declares in its first entry, ``mimetype``.
ODS_MEDIA_TYPE: Final = b"application/vnd.oasis.opendocument.spreadsheet"

#: A run of equal cells: the value and how many times it repeats across the row.
_Run = tuple[Any, int]


def open_workbook(file: Path) -> Book:
    """Check ``file`` and open it read-only as the kind its bytes say (see the module docstring)."""
    content = read_limited(file, MAX_FILE_BYTES)
    if content[:8] == OLE_SIGNATURE:
        return XlsBook.open(file, content)
    names: set[str] = set()
    if content[:4] == b"PK\x03\x04":
        names = check_zip(file, content)
        if "mimetype" in names and "content.xml" in names and _is_ods(file, content):
            return OdsBook.open(file, content)
    if content and file.suffix.lower() in (".ods", ".xls") and "xl/workbook.xml" not in names:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is damaged or is not a workbook of its kind ({suffix}); it cannot be "
                "opened.",
            ),
            file=file.name,
            suffix=file.suffix.lower(),
        )
    return open_xlsx(file, content)


def _is_ods(file: Path, content: bytes) -> bool:
    """Whether the zip ``content`` (checked by :func:`check_zip`) declares an OpenDocument
    spreadsheet; a ``mimetype`` entry that cannot be unpacked is a damaged file."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return archive.read("mimetype").strip() == ODS_MEDIA_TYPE
    except Exception as error:  # zipfile and zlib errors alike (a bad checksum, a bad method)
        raise damaged(file, error) from error


class _CellBook(Book):
    """A workbook another reader than openpyxl has opened, given as :class:`Book` gives one.

    A subclass says which sheets there are (``names``, ``visible``, ``active``) and yields a
    sheet's rows as runs (:meth:`_row_runs`); the counting, the limits and the trimming are here,
    the same for every reader."""

    def __init__(
        self, file: Path, names: Sequence[str], visible: Sequence[str], active: str | None
    ) -> None:
        super().__init__(None, file)
        self._names = list(names)
        self._visible = list(visible)
        self._active = active

    @property
    def sheetnames(self) -> list[str]:
        return list(self._names)

    def table_sheets(self) -> list[str]:
        visible = list(self._visible)
        if self._active in visible:
            visible.remove(self._active)
            visible.insert(0, self._active)
        return visible

    def __exit__(self, *exc: object) -> None:
        self._release()

    def _release(self) -> None:
        """Free what the reader holds."""

    def _row_runs(self, name: str) -> Iterator[tuple[int, list[_Run]]]:
        """The rows of sheet ``name``, top first, as (how many times the row repeats, its cells
        as runs, without the empty cells at its end)."""
        raise NotImplementedError

    def rows(self, name: str) -> list[tuple[Any, ...]]:
        """Every row of sheet ``name`` as values (row 1 first), within the size limits; as
        :meth:`Book.rows`: rows and columns count up to the last cell with a value."""
        if name not in self._names:
            raise KeyError(name)
        rows: list[tuple[Any, ...]] = []
        number = 0  # rows read so far
        blank = 0  # empty rows seen since the last row with a value
        try:
            for count, runs in self._row_runs(name):
                if not runs:
                    number += count
                    blank += count
                    continue
                width = sum(repeat for _, repeat in runs)
                self._check_size(name, number + count, width)
                row = tuple(value for value, repeat in runs for _ in range(repeat))
                rows.extend([()] * blank)
                rows.extend([row] * count)
                number += count
                blank = 0
        except InvalidInputError:
            raise
        except Exception as error:  # anything the reader raises on a damaged sheet
            raise damaged(self.file, error, sheet=name) from error
        return rows


def _trimmed(runs: list[_Run]) -> list[_Run]:
    """``runs`` without the empty cells at the end of the row."""
    while runs and runs[-1][0] is None:
        runs.pop()
    return runs


class OdsBook(_CellBook):
    """An OpenDocument spreadsheet (``.ods``) read by odfpy."""

    def __init__(self, file: Path, document: Any) -> None:
        from odf.table import Table

        self._tables = {
            t.getAttribute("name"): t for t in document.spreadsheet.getElementsByType(Table)
        }
        hidden = _hidden_table_styles(document)
        names = list(self._tables)
        visible = [n for n in names if self._tables[n].getAttribute("stylename") not in hidden]
        super().__init__(file, names, visible, _active_table(document))
        self._document: Any = document

    @classmethod
    def open(cls, file: Path, content: bytes) -> OdsBook:
        import zipfile

        from odf.opendocument import load

        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            xml = archive.getinfo("content.xml").file_size
        if xml > MAX_ODS_XML_BYTES:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” holds {size} MB of sheets, more than this program reads from an "
                    "OpenDocument workbook (at most {limit} MB). Check that it is the right file; "
                    "saved as an Excel workbook (.xlsx) it can be larger.",
                ),
                file=file.name,
                size=round(xml / 1024 / 1024, 1),
                limit=MAX_ODS_XML_BYTES // 1024 // 1024,
            )
        try:
            document = load(io.BytesIO(content))
            return cls(file, document)
        except InvalidInputError:
            raise
        except Exception as error:  # odfpy, zipfile and defusedxml errors alike
            raise damaged(file, error) from error

    def _release(self) -> None:
        self._tables = {}
        self._document = None

    def _row_runs(self, name: str) -> Iterator[tuple[int, list[_Run]]]:
        from odf.namespaces import TABLENS

        for row in _rows_of(self._tables[name], TABLENS):
            count = int(row.getAttribute("numberrowsrepeated") or 1)
            runs: list[_Run] = []
            width = 0
            for cell in row.childNodes:
                if cell.qname not in ((TABLENS, "table-cell"), (TABLENS, "covered-table-cell")):
                    continue
                repeat = int(cell.getAttribute("numbercolumnsrepeated") or 1)
                runs.append((_ods_value(cell), repeat))
                width += repeat
                if width > MAX_COLUMNS and runs[-1][0] is not None:
                    break  # wide enough to refuse: the rest of the row is not needed
            yield count, _trimmed(runs)


def _rows_of(element: Any, tablens: str) -> Iterator[Any]:
    """The rows of a table, also those inside row groups and header rows."""
    for child in element.childNodes:
        if child.qname == (tablens, "table-row"):
            yield child
        elif child.qname in (
            (tablens, "table-row-group"),
            (tablens, "table-header-rows"),
            (tablens, "table-rows"),
        ):
            yield from _rows_of(child, tablens)


def _ods_value(cell: Any) -> Any:
    """A cell's value as openpyxl gives an ``.xlsx`` cell's: a number, a text, a truth value, a
    date (datetime), None when empty, or a :class:`Formula` without a stored value."""
    kind = cell.getAttribute("valuetype")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.getAttribute("value"))
        return int(number) if number.is_integer() and abs(number) < 2**53 else number
    if kind == "boolean":
        return cell.getAttribute("booleanvalue") == "true"
    if kind == "date":
        text = cell.getAttribute("datevalue")
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return text
    if kind in ("string", "time") or kind is None:
        from odf import teletype
        from odf.namespaces import TEXTNS

        # the cell's own paragraphs only: a comment (office:annotation) holds paragraphs too
        paragraphs = [p for p in cell.childNodes if getattr(p, "qname", None) == (TEXTNS, "p")]
        if paragraphs:
            return "\n".join(teletype.extractText(p) for p in paragraphs)
        formula = cell.getAttribute("formula")
        return Formula(formula.removeprefix("of:")) if formula else None
    return None


def _hidden_table_styles(document: Any) -> set[str]:
    """The names of the table styles that hide their sheet (``table:display="false"``)."""
    from odf.style import Style, TableProperties

    hidden = set()
    for style in document.automaticstyles.getElementsByType(Style):
        for properties in style.getElementsByType(TableProperties):
            if properties.getAttribute("display") == "false":
                hidden.add(style.getAttribute("name"))
    return hidden


def _active_table(document: Any) -> str | None:
    """The sheet the spreadsheet opens on (LibreOffice's ``ActiveTable`` setting), if it says."""
    from odf.config import ConfigItem

    for item in document.settings.getElementsByType(ConfigItem):
        if item.getAttribute("name") == "ActiveTable":
            return "".join(str(node) for node in item.childNodes) or None
    return None


class XlsBook(_CellBook):
    """An Excel 97-2003 workbook (``.xls``) read by xlrd."""

    def __init__(self, file: Path, book: Any) -> None:
        sheets = book.sheets()
        names = [sheet.name for sheet in sheets]
        visible = [sheet.name for sheet in sheets if sheet.visibility == 0]
        active = next((sheet.name for sheet in sheets if sheet.sheet_visible), None)
        super().__init__(file, names, visible, active)
        self._book: Any = book

    @classmethod
    def open(cls, file: Path, content: bytes) -> XlsBook:
        import xlrd

        try:
            book = xlrd.open_workbook(file_contents=content, on_demand=False)
        except Exception as error:  # xlrd's errors, or its compound file reader's
            # most often an .xlsx protected with a password: Excel wraps it in the same container
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” is protected with a password or is not a workbook Priorizar reads. "
                    "Open it in Excel or LibreOffice, remove the password and save it as an Excel "
                    "workbook (.xlsx).",
                ),
                file=file.name,
                detail=str(error),
            ) from error
        return cls(file, book)

    def _release(self) -> None:
        self._book.release_resources()

    def _row_runs(self, name: str) -> Iterator[tuple[int, list[_Run]]]:
        sheet = self._book.sheet_by_name(name)
        for index in range(sheet.nrows):
            yield 1, _trimmed([(self._value(cell), 1) for cell in sheet.row(index)])

    def _value(self, cell: Any) -> Any:
        """A cell's value as openpyxl gives an ``.xlsx`` cell's (see :func:`_ods_value`)."""
        import xlrd

        kind = cell.ctype
        if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            return None
        if kind == xlrd.XL_CELL_NUMBER:
            number = float(cell.value)
            return int(number) if number.is_integer() and abs(number) < 2**53 else number
        if kind == xlrd.XL_CELL_BOOLEAN:
            return bool(cell.value)
        if kind == xlrd.XL_CELL_DATE:
            try:
                return xlrd.xldate_as_datetime(cell.value, self._book.datemode)
            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                return cell.value
        if kind == xlrd.XL_CELL_ERROR:
            return xlrd.error_text_from_code.get(cell.value, "#N/A")
        return str(cell.value) if cell.value != "" else None


__all__ = ["ODS_MEDIA_TYPE", "OdsBook", "XlsBook", "open_workbook"]
