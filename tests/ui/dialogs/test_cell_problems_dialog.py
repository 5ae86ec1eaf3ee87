"""Issue 19, item 5: a colleague's record with mistyped Data cells lists them all in a dialog, in
the interface language, and opens with them empty only when the facilitator chooses so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from app.io.example import example_workshop
from app.io.record import LABELS, load_record, save_record
from app.io.record.cell_problems import CellProblems
from app.models.workshop import Workshop
from app.ui.dialogs.cell_problems_dialog import SHOWN_ROWS, CellProblemsDialog
from app.ui.shell.main_window import MainWindow
from tests.factories import make_workshop

# make_workshop(6, 4, ordinal=1): C "Criterio 1" (levels), D-F numbers, G "Consentimiento
# previo" (yes/no); communities from row 3
BAD = {"C4": "altísima", "D5": "mucho", "G7": "quizás"}


def colleagues_record(tmp_path: Path, cells: dict[str, object] = BAD) -> tuple[Workshop, Path]:
    workshop = make_workshop(6, 4, ordinal=1)
    path = tmp_path / "colega.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    for where, value in cells.items():
        book[LABELS["es"]["data"]][where] = value
    book.save(path)
    return workshop, path


def problems_in(path: Path) -> CellProblems:
    with pytest.raises(CellProblems) as caught:
        load_record(path)
    return caught.value


def rows_of(dialog: CellProblemsDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())]
        for row in range(table.rowCount())
    ]


def test_every_problem_is_listed_in_english(qtbot: Any, tmp_path: Path) -> None:
    _, path = colleagues_record(tmp_path)
    dialog = CellProblemsDialog(problems_in(path))
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Sheet", "Row", "Column", "Value", "What it may hold"]
    assert rows_of(dialog) == [
        [
            "Datos",
            "4",
            "C (Criterion 1)",
            "altísima",
            "one of the levels: very low, low, medium, high, very high",
        ],
        ["Datos", "5", "D (Criterion 2)", "mucho", "a number"],
        ["Datos", "7", "G (Prior consent)", "quizás", "yes or no"],
    ]
    assert "colega.xlsx" in dialog.intro_label.text() and "3 in all" in dialog.intro_label.text()
    assert dialog.table.item(1, 3).toolTip() == (
        "“colega.xlsx”, sheet “Datos”, row 5, column D: “mucho” is not a number."
    )
    assert not dialog.count_label.isVisibleTo(dialog)
    assert dialog.open_button.text() == "&Open with these cells empty"


def test_every_problem_is_listed_in_spanish(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    _, path = colleagues_record(tmp_path)
    dialog = CellProblemsDialog(problems_in(path))
    qtbot.addWidget(dialog)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["Hoja", "Fila", "Columna", "Valor", "Qué puede contener"]
    assert rows_of(dialog) == [
        [
            "Datos",
            "4",
            "C (Criterio 1)",
            "altísima",
            "uno de los niveles: muy bajo, bajo, medio, alto, muy alto",
        ],
        ["Datos", "5", "D (Criterio 2)", "mucho", "un número"],
        ["Datos", "7", "G (Consentimiento previo)", "quizás", "sí o no"],
    ]
    assert "3 en total" in dialog.intro_label.text()
    assert "fila 5, columna D" in dialog.table.item(1, 0).toolTip()
    assert dialog.open_button.text() == "&Abrir con estas celdas vacías"


def test_thousands_of_problems_show_the_first_ones_and_the_count(
    qtbot: Any, tmp_path: Path
) -> None:
    workshop = make_workshop(300, 4, ordinal=1)
    path = tmp_path / "muchas.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    for row in range(3, 303):
        for column in "CDEF":
            book[LABELS["es"]["data"]][f"{column}{row}"] = "zz"
    book.save(path)
    dialog = CellProblemsDialog(problems_in(path))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == SHOWN_ROWS
    assert dialog.count_label.isVisibleTo(dialog)
    assert dialog.count_label.text() == f"Only the first {SHOWN_ROWS} of 1200 cells are listed."


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


def click_in_dialog(monkeypatch: pytest.MonkeyPatch, qtbot: Any, which: str) -> list[Any]:
    """Make the dialog, when the window shows it, click its ``which`` button ("open" or
    "cancel") as a person would; returns the dialogs shown."""
    shown: list[Any] = []

    def exec_(dialog: CellProblemsDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        button = (
            dialog.open_button
            if which == "open"
            else dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        )
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(CellProblemsDialog, "exec", exec_)
    return shown


def test_cancel_keeps_the_open_workshop(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, path = colleagues_record(tmp_path)
    shown = click_in_dialog(monkeypatch, qtbot, "cancel")
    before = window.session.workshop
    assert not window.open_path(str(path))
    assert len(shown) == 1 and shown[0].result() == QDialog.DialogCode.Rejected
    assert window.session.workshop is before
    assert not window.session.document.modified
    assert window.session.document.path is None
    assert "colega.xlsx was not opened." in window.status_label.text()


def test_open_with_the_cells_empty_is_an_unsaved_change(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original, path = colleagues_record(tmp_path)
    shown = click_in_dialog(monkeypatch, qtbot, "open")
    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: boxes.append(str(a)))
    assert window.open_path(str(path))
    assert len(shown) == 1 and shown[0].result() == QDialog.DialogCode.Accepted
    opened = window.session.workshop
    expected = original.values.copy()
    for i, j in [(1, 0), (2, 1), (4, 4)]:  # C4, D5, G7
        expected[i, j] = np.nan
    np.testing.assert_array_equal(opened.values, expected)
    assert opened.replace(values=original.values) == original
    assert window.session.document.modified  # closing asks to save
    assert window.session.document.path == str(path)
    assert "C4, D5, G7" in window.status_label.text()
    assert boxes == []  # the cells were just listed: no second box


def test_a_record_of_another_format_opened_with_cells_empty_is_saved_anew(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A colleague's record kept as .xlsm: opened with its bad cells empty, Save asks for a new
    .xlsx name instead of writing a workshop file over the colleague's workbook."""
    _, path = colleagues_record(tmp_path)
    macro = path.with_suffix(".xlsm")
    path.rename(macro)
    before = macro.read_bytes()
    click_in_dialog(monkeypatch, qtbot, "open")
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    assert window.open_path(str(macro))
    assert window.session.document.path is None and window.session.document.modified
    asked: list[str] = []

    def save_dialog(_parent: object, _title: str, suggestion: str, *_a: object) -> tuple[str, str]:
        asked.append(suggestion)
        return ("", "")  # cancelled

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    assert not window.save()
    assert len(asked) == 1 and asked[0].endswith(".xlsx")
    assert macro.read_bytes() == before
