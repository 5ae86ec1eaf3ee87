"""OpenDocument (.ods) and Excel 97-2003 (.xls) workbooks open through the same import step and
limits as an .xlsx (app/io/record/books.py; issue 19, item 7).

The .ods and .xls files are made at test time from an .xlsx by LibreOffice (as a person saves
them), and, for the limits, by odfpy directly (rows and cells repeated as LibreOffice writes
them)."""

from __future__ import annotations

import io
import shutil
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.io import record
from app.io.reading import READABLE_SUFFIXES, TableToImport, open_input, read_workshop
from app.io.record import MAX_COLUMNS, MAX_ROWS, load_record, save_record
from app.io.record import archive as archive_module
from app.io.record import books as books_module
from app.io.record.books import OdsBook, XlsBook, open_workbook
from app.io.table_mapping import read_raw_table
from app.models.errors import InvalidInputError
from tests.factories import rich_workshop
from tests.libreoffice import convert, needs_libreoffice

HEADER = ["Comunidad", "Agua potable (%)", "Escuelas"]
ROWS = [["Anqas Ñuñoa", 62.5, 3], ["Sani Wik'uña", 40, 1], ["Puka Wallata", 88.25, 0]]


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One table saved as .xlsx (openpyxl), then as .ods and .xls by LibreOffice: a hidden sheet
    first, the table on a visible sheet, another visible sheet after it."""
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    folder = tmp_path_factory.mktemp("books")
    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "Notas ocultas"
    hidden.append(["x", "y", "z"])
    hidden.sheet_state = "hidden"
    table = book.create_sheet("Comunidades")
    table.append(HEADER)
    for row in ROWS:
        table.append(row)
    book.create_sheet("Otra").append(["a", "b"])
    book.active = 1
    source = folder / "taller.xlsx"
    book.save(source)
    return {"xlsx": source, **{kind: convert(source, kind, folder) for kind in ("ods", "xls")}}


def test_ods_and_xls_are_readable_kinds() -> None:
    assert {".ods", ".xls"} <= set(READABLE_SUFFIXES)


@needs_libreoffice
@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_the_same_table_as_the_xlsx(workbooks: dict[str, Path], kind: str) -> None:
    path = workbooks[kind]
    with open_workbook(path) as book:
        assert isinstance(book, OdsBook if kind == "ods" else XlsBook)
        assert book.sheetnames == ["Notas ocultas", "Comunidades", "Otra"]
        assert book.table_sheets() == ["Comunidades", "Otra"]  # hidden skipped, active first
        assert book.rows("Comunidades") == [tuple(HEADER), *map(tuple, ROWS)]
    assert isinstance(open_input(path), TableToImport)  # the import step, as for an .xlsx
    expected = read_workshop(workbooks["xlsx"])
    got = read_workshop(path)
    assert [c.name for c in got.communities] == [c.name for c in expected.communities]
    assert [c.label("es") for c in got.criteria] == [c.label("es") for c in expected.criteria]
    assert got.values.tolist() == expected.values.tolist()
    raw = read_raw_table(path)
    assert [sheet.name for sheet in raw.sheets] == ["Comunidades", "Otra"]


@needs_libreoffice
@pytest.mark.parametrize("kind", ["ods", "xls"])
def test_a_record_saved_again_as_ods_or_xls_reopens_as_the_workshop(
    tmp_path: Path, kind: str
) -> None:
    workshop = rich_workshop()
    source = tmp_path / "acta.xlsx"
    save_record(workshop, source, "es")
    assert load_record(convert(source, kind, tmp_path)) == workshop


# -- limits, on .ods files written by odfpy -------------------------------------------------------


def ods_bytes(rows: list[tuple[int, list[tuple[Any, int]]]], hidden_first: bool = False) -> bytes:
    """An .ods whose sheet "Tabla" has ``rows``: (times the row repeats, [(value, times the cell
    repeats)]); with ``hidden_first``, a hidden sheet "Oculta" before it."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.style import Style, TableProperties
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    hidden = Style(name="hidden", family="table")
    hidden.addElement(TableProperties(display="false"))
    document.automaticstyles.addElement(hidden)
    if hidden_first:
        secret = Table(name="Oculta", stylename="hidden")
        row = TableRow()
        for text in ("no", "leer"):
            cell = TableCell(valuetype="string")
            cell.addElement(P(text=text))
            row.addElement(cell)
        secret.addElement(row)
        document.spreadsheet.addElement(secret)
    table = Table(name="Tabla")
    for count, cells in rows:
        row = TableRow(numberrowsrepeated=count) if count > 1 else TableRow()
        for value, repeat in cells:
            attributes: dict[str, Any] = {"numbercolumnsrepeated": repeat} if repeat > 1 else {}
            if isinstance(value, str):
                cell = TableCell(valuetype="string", **attributes)
                cell.addElement(P(text=value))
            elif value is None:
                cell = TableCell(**attributes)
            else:
                cell = TableCell(valuetype="float", value=value, **attributes)
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    buffer = io.BytesIO()
    document.write(buffer)
    return buffer.getvalue()


def table_rows(extra: Sequence[tuple[int, list[tuple[Any, int]]]] = ()) -> list[Any]:
    """The table of :data:`HEADER` and :data:`ROWS` as runs, then ``extra``."""
    return [
        (1, [(text, 1) for text in HEADER]),
        *((1, [(name, 1), (water, 1), (schools, 1)]) for name, water, schools in ROWS),
        *extra,
    ]


def test_an_ods_from_odfpy_reads_and_skips_its_hidden_sheet(tmp_path: Path) -> None:
    path = tmp_path / "tabla.ods"
    # empty rows and a long run of empty cells, as LibreOffice writes the rest of a sheet
    path.write_bytes(ods_bytes(table_rows([(1_000_000, [(None, 1024)])]), hidden_first=True))
    with open_workbook(path) as book:
        assert book.table_sheets() == ["Tabla"]
        assert book.rows("Tabla") == [tuple(HEADER), *map(tuple, ROWS)]
    workshop = read_workshop(path)
    assert [c.name for c in workshop.communities] == [row[0] for row in ROWS]


@pytest.mark.parametrize("too", ["rows", "columns"])
def test_an_ods_beyond_the_limits_is_refused_naming_the_file(tmp_path: Path, too: str) -> None:
    path = tmp_path / "enorme.ods"
    # a block repeated as one element: refused from its count, never expanded
    extra = (
        [(MAX_ROWS, [("x", 1), (1, 1)])]
        if too == "rows"
        else [(1, [("x", 1), (1, MAX_COLUMNS + 10)])]
    )
    path.write_bytes(ods_bytes(table_rows(extra)))
    with pytest.raises(InvalidInputError) as caught:
        read_workshop(path)
    text = str(caught.value)
    assert "enorme.ods" in text and "Tabla" in text
    assert f"at most {MAX_ROWS} rows and {MAX_COLUMNS} columns" in text


def test_an_ods_over_the_size_limit_is_refused_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grande.ods"
    path.write_bytes(ods_bytes(table_rows()))
    monkeypatch.setattr(books_module, "MAX_FILE_BYTES", 1024 * 1024 // 2)  # 0.5 MB
    path.write_bytes(path.read_bytes() + b"\0" * (1024 * 1024))  # junk after the archive
    with pytest.raises(InvalidInputError, match="grande.ods.*too large"):
        read_workshop(path)


def test_an_ods_zip_bomb_is_refused(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("mimetype", books_module.ODS_MEDIA_TYPE)
        archive.writestr("content.xml", b" " * (60 * 1024 * 1024))
    path = tmp_path / "bomba.ods"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InvalidInputError, match="bomba.ods.*refused for safety"):
        read_workshop(path)


def test_an_ods_whose_first_entry_is_damaged_is_refused_naming_the_file(tmp_path: Path) -> None:
    """One byte of the declared kind changed: its checksum no longer holds."""
    content = bytearray(ods_bytes(table_rows()))
    declared = content.index(books_module.ODS_MEDIA_TYPE)
    content[declared] ^= 0x20  # "a" becomes "A"
    path = tmp_path / "dañado.ods"
    path.write_bytes(bytes(content))
    with pytest.raises(InvalidInputError, match="dañado.ods.*damaged"):
        read_workshop(path)


def test_an_ods_with_entities_is_refused(tmp_path: Path) -> None:
    laughs = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">&lol2;
</office:document-content>"""
    with zipfile.ZipFile(io.BytesIO(ods_bytes(table_rows()))) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["content.xml"] = laughs
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    path = tmp_path / "risas.ods"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InvalidInputError, match="risas.ods.*damaged"):
        read_workshop(path)


@needs_libreoffice
def test_an_xls_beyond_the_row_limit_is_refused_naming_the_file(
    workbooks: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive_module, "MAX_ROWS", 2)  # the table has four rows
    with pytest.raises(InvalidInputError) as caught:
        read_workshop(workbooks["xls"])
    assert "taller.xls" in str(caught.value) and "Comunidades" in str(caught.value)


def test_an_unreadable_old_style_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "viejo.xls"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
    with pytest.raises(InvalidInputError, match="viejo.xls.*password"):
        read_workshop(path)


def test_the_record_package_opens_every_kind_through_one_door() -> None:
    assert record.open_workbook is open_workbook


def test_an_ods_whose_sheets_are_too_large_for_its_reader_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "pesado.ods"
    path.write_bytes(ods_bytes(table_rows()))
    monkeypatch.setattr(books_module, "MAX_ODS_XML_BYTES", 1024)  # the table's XML is larger
    with pytest.raises(InvalidInputError, match="pesado.ods.*OpenDocument"):
        read_workshop(path)


def test_a_comment_on_an_ods_cell_is_not_read_as_its_value(tmp_path: Path) -> None:
    """LibreOffice keeps a cell's comment (office:annotation) inside the cell, with paragraphs
    of its own: the value is the cell's own text, and an empty commented cell stays empty."""
    from odf.office import Annotation
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Datos")
    for values in (("Comunidad", "Agua"), ("Santa Rosa", None)):
        row = TableRow()
        for value in values:
            cell = TableCell(valuetype="string") if value else TableCell()
            note = Annotation()
            note.addElement(P(text="revisar con el alcalde"))
            cell.addElement(note)
            if value:
                cell.addElement(P(text=value))
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    path = tmp_path / "comentada.ods"
    document.save(str(path))
    with open_workbook(path) as book:
        assert book.rows("Datos") == [("Comunidad", "Agua"), ("Santa Rosa",)]
