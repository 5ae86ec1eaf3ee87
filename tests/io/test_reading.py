"""One entry for any input (app/io/reading.py): a workbook is opened once, whatever it holds."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from app.io.example import example_workshop
from app.io.reading import TableToImport, open_input, read_workshop
from app.io.record import LABELS, save_record
from app.io.record.data_sheet import DATA_FIRST_ROW
from app.io.workshop_file import save_workshop_json
from app.models.errors import InvalidInputError
from tests.factories import plain_workbook
from tests.io.test_repeated_names import old_workshop
from tests.spies import count_workbook_opens


@pytest.fixture
def record(tmp_path: Path) -> Path:
    path = tmp_path / "registro.xlsx"
    save_record(example_workshop(), path, "es")
    return path


@pytest.fixture
def plain(tmp_path: Path) -> Path:
    return plain_workbook(tmp_path / "tabla.xlsx")


def test_a_record_is_opened_once(record: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = count_workbook_opens(monkeypatch)
    notes: list[InvalidInputError] = []
    assert open_input(record, notes) == example_workshop()
    assert counts == {"parsed": 1, "read": 1}
    assert notes == []


def test_a_record_read_as_a_workshop_is_opened_once(
    record: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = count_workbook_opens(monkeypatch)
    assert read_workshop(record) == example_workshop()
    assert counts == {"parsed": 1, "read": 1}


def test_a_plain_workbook_is_a_table_to_import_after_one_open(
    plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = count_workbook_opens(monkeypatch)
    assert open_input(plain) == TableToImport(plain)
    assert counts == {"parsed": 1, "read": 1}


def test_a_plain_workbook_read_as_a_workshop_is_opened_once(
    plain: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counts = count_workbook_opens(monkeypatch)
    workshop = read_workshop(plain)
    assert [c.name for c in workshop.communities] == ["Uno", "Dos"]
    assert counts == {"parsed": 1, "read": 1}


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".txt"])
def test_a_text_table_is_a_table_to_import_unread(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"tabla{suffix}"  # not even created: the import dialog reads it
    assert open_input(path) == TableToImport(path)


def test_a_record_opens_with_its_notes_as_read_workshop_gives_them(tmp_path: Path) -> None:
    """The record's own notes (a Data row gone) and the note on communities sharing a name."""
    path = tmp_path / "antiguo.xlsx"
    save_record(old_workshop(), path, "es")
    book = openpyxl.load_workbook(path)
    book[LABELS["es"]["data"]].delete_rows(DATA_FIRST_ROW + 5)
    book.save(path)
    notes: list[InvalidInputError] = []
    opened = open_input(path, notes)
    assert [note.params.get("row") for note in notes] == [DATA_FIRST_ROW + 5, None]
    assert notes[1].params["rows"] == "1, 4"
    read_notes: list[InvalidInputError] = []
    assert read_workshop(path, read_notes) == opened
    assert [str(note) for note in read_notes] == [str(note) for note in notes]


def test_a_workshop_file_opens_with_the_note_on_shared_names(tmp_path: Path) -> None:
    path = tmp_path / "antiguo.json"
    save_workshop_json(old_workshop(), path)
    notes: list[InvalidInputError] = []
    assert open_input(path, notes) == old_workshop()
    assert len(notes) == 1 and notes[0].params["rows"] == "1, 4"


def test_a_damaged_workbook_gives_the_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "roto.xlsx"
    path.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(InvalidInputError, match="damaged or incomplete"):
        open_input(path)


def test_an_unknown_kind_of_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nota.docx"
    path.write_bytes(b"x")
    with pytest.raises(InvalidInputError, match="not a kind of file Priorizar reads"):
        open_input(path)
