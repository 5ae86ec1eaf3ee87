"""Hostile and broken workbooks (app/io/record/archive.py): each is refused with a clear error
naming the file, never a crash or a hang."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.record import LABELS, load_record, save_record
from app.io.record.archive import MAX_COLUMNS, MAX_ROWS
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop
from tests.factories import make_workshop


def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def valid_entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol4;</workbook>"""


def bad_files(saved_path: Path) -> dict[str, bytes]:
    valid = saved_path.read_bytes()
    entries = valid_entries(saved_path)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", entries["[Content_Types].xml"])
        archive.writestr("xl/workbook.xml", entries["xl/workbook.xml"])
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    laughs = dict(entries, **{"xl/workbook.xml": BILLION_LAUGHS})
    sheet_laughs = dict(entries)
    sheet_laughs["xl/worksheets/sheet2.xml"] = BILLION_LAUGHS.replace(b"workbook", b"worksheet")
    # one byte damaged: the first entry of the zip's directory needs "version 6.4" to unpack
    # (Python's zipfile refuses it with NotImplementedError; the fuzz test below found it)
    future = bytearray(valid)
    future[valid.index(b"PK\x01\x02") + 6] = 64
    return {
        "empty": b"",
        "text": b"Comunidad;Peso\nA;1\n",
        "truncated": valid[: len(valid) // 2],
        "encrypted": bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504,
        "zip bomb": bomb.getvalue(),
        "billion laughs": zip_bytes(laughs),
        "billion laughs in a sheet": zip_bytes(sheet_laughs),
        "zip without workbook": zip_bytes({"hello.txt": b"hello"}),
        "zip version from the future": bytes(future),
    }


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "text",
        "truncated",
        "encrypted",
        "zip bomb",
        "billion laughs",
        "billion laughs in a sheet",
        "zip without workbook",
        "zip version from the future",
    ],
)
def test_bad_files_give_a_clear_error(
    saved: tuple[Workshop, Path], tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "malo.xlsx"
    path.write_bytes(bad_files(saved[1])[kind])
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert "malo.xlsx" in str(caught.value)
    if kind == "encrypted":
        assert "password" in str(caught.value)
    if kind == "zip bomb":
        assert "refused for safety" in str(caught.value)
    if kind == "zip version from the future":
        assert "damaged or incomplete" in str(caught.value)


def test_missing_file_folder_and_plain_workbook(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        load_record(tmp_path / "nada.xlsx")
    with pytest.raises(InvalidInputError, match="folder"):
        load_record(tmp_path)
    plain = tmp_path / "plano.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Comunidad", "Agua", "Suelo"])  # type: ignore[union-attr]
    book.save(plain)
    with pytest.raises(InvalidInputError, match="not a Priorizar decision record"):
        load_record(plain)


def test_too_many_rows_or_columns(saved: tuple[Workshop, Path], tmp_path: Path) -> None:
    path = tmp_path / "grande.xlsx"
    book = openpyxl.load_workbook(saved[1])
    sheet = book[LABELS["es"]["data"]]
    sheet.cell(row=MAX_ROWS + 5, column=1, value="x")
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert "Datos" in str(caught.value) and str(MAX_ROWS) in str(caught.value)
    sheet.cell(row=MAX_ROWS + 5, column=1, value=None)
    sheet.cell(row=3, column=MAX_COLUMNS + 1, value="x")
    book.save(path)
    with pytest.raises(InvalidInputError, match="columns"):
        load_record(path)


def test_formatting_without_values_is_not_counted(
    saved: tuple[Workshop, Path], tmp_path: Path
) -> None:
    """Issue 18: a sheet formatted far beyond its data (20,000 rows, 1,000 columns of fill) was
    refused as "20,000 rows"; only cells with values count."""
    path = tmp_path / "formateado.xlsx"
    book = openpyxl.load_workbook(saved[1])
    sheet = book[LABELS["es"]["data"]]
    fill = openpyxl.styles.PatternFill("solid", fgColor="FFFF00")
    sheet.cell(row=2 * MAX_ROWS, column=1).fill = fill
    sheet.cell(row=3, column=2 * MAX_COLUMNS).fill = fill
    book.save(path)
    assert load_record(path) == saved[0]


@pytest.fixture(scope="module")
def fuzz_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, bytes]]:
    path = tmp_path_factory.mktemp("fuzz") / "base.xlsx"
    save_record(make_workshop(5, 3, groups=2, missing=1), path, "en")
    return path.read_bytes(), valid_entries(path)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzz_broken_records_load_or_give_the_clear_error(
    data: st.DataObject, fuzz_base: tuple[bytes, dict[str, bytes]], tmp_path: Path
) -> None:
    valid, entries = fuzz_base
    how = data.draw(st.sampled_from(["bytes", "xml", "truncate"]))
    if how == "bytes":
        raw = bytearray(valid)
        for _ in range(data.draw(st.integers(1, 20))):
            position = data.draw(st.integers(0, len(raw) - 1))
            raw[position] = data.draw(st.integers(0, 255))
        content = bytes(raw)
    elif how == "truncate":
        content = valid[: data.draw(st.integers(0, len(valid)))]
    else:  # damage the XML inside an intact zip, where openpyxl's parsers see it
        name = data.draw(st.sampled_from(sorted(entries)))
        xml = bytearray(entries[name])
        for _ in range(data.draw(st.integers(1, 10))):
            if not xml:
                break
            position = data.draw(st.integers(0, len(xml) - 1))
            if data.draw(st.booleans()):
                xml[position] = data.draw(st.sampled_from(b'<>&"=/ 0123abcx\x00\xff'))
            else:
                del xml[position : position + data.draw(st.integers(1, 50))]
        content = zip_bytes(dict(entries, **{name: bytes(xml)}))
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(content)
    try:
        load_record(path)
    except InvalidInputError as error:
        assert "fuzz.xlsx" in str(error)
