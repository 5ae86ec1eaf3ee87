"""Every cell written (app/io/record/cells.py): a text is text, never a formula; line ends reach
the workbook as "\\n" only."""

from __future__ import annotations

import os
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl

from app.io.record import LABELS, load_record, save_record
from app.models.workshop import Workshop
from tests.factories import HYPERLINK, make_workshop


def sheet_xml(path: Path, sheet_name: str) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    index = book.sheetnames.index(sheet_name) + 1
    book.close()
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def test_typed_text_is_text_never_a_formula(saved: tuple[Workshop, Path]) -> None:
    _, path = saved
    labels = LABELS["es"]
    for key in ("summary", "data", "topsis", "ahp", "groups", "sensitivity", "log"):
        xml = sheet_xml(path, labels[key])
        assert "<f>" not in xml, key
    book = openpyxl.load_workbook(path)
    data = book[labels["data"]]
    assert data["A3"].value == HYPERLINK and data["A3"].data_type == "s"
    assert data["A4"].value == "-Ñuñoa @Quispe" and data["A4"].data_type == "s"
    assert data["B4"].value == "=1+1" and data["B4"].data_type == "s"
    cell_xml = sheet_xml(path, labels["data"]).split('r="A3"', 1)[1].split("</c>", 1)[0]
    assert 't="s"' in cell_xml or 't="inlineStr"' in cell_xml
    assert "<f>" not in cell_xml
    log = book[labels["log"]]
    assert log["C3"].value == "=dato" and log["C3"].data_type == "s"


def test_no_carriage_return_reaches_the_workbook(tmp_path: Path) -> None:
    """Line ends reach the cells as "\\n" only: on Windows openpyxl's writer (a file in text
    mode) turns a "\\r\\n" in a cell into "\\r\\r\\n", which reads back as two line breaks,
    taken for a colleague's edit. A spreadsheet program reads one line break per line end; the
    workshop comes back as typed."""
    workshop = make_workshop(3, 2)
    communities = list(workshop.communities)
    communities[0] = replace(communities[0], notes="uno\r\ndos\rtres\ncuatro")
    communities[1] = replace(communities[1], name="Alto\r\nBajo")
    metadata = replace(workshop.metadata, purpose="Elegir\r\ncomunidades", place="Cusco\r")
    workshop = workshop.replace(communities=tuple(communities), metadata=metadata)
    path = tmp_path / "saltos.xlsx"
    save_record(workshop, path, "es")
    data = openpyxl.load_workbook(path)["Datos"]
    cells = {cell.value for row in data.iter_rows() for cell in row if isinstance(cell.value, str)}
    assert {"uno\ndos\ntres\ncuatro", "Alto\nBajo"} <= cells
    if os.linesep == "\n":  # where nothing translates line ends, the XML holds no "\r" at all
        with zipfile.ZipFile(path) as archive:
            xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
        assert b"\r" not in xml and b"&#13;" not in xml
    assert load_record(path) == workshop
