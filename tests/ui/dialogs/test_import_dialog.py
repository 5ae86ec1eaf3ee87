"""The import dialog as a person uses it: sheet, community column, criteria, problems, OK."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from app.io.table_mapping import apply_mapping
from app.models.criterion import CriterionKind, Direction
from app.ui.dialogs.import_dialog import DIRECTION, KIND, LEVELS, USE, ImportDialog

CSV = (
    "Código;Comunidad;Distancia (km);Agua;Pobreza\r\n"
    "K1;Huancané;12,5;sí;muy alto\r\n"
    "K2;Ñuñoa;30;no;bajo\r\n"
    "K3;Ayaviri;7;sí;medio\r\n"
)


@pytest.fixture
def dialog(qtbot: Any, tmp_path: Path) -> ImportDialog:
    path = tmp_path / "comunidades.csv"
    path.write_bytes(CSV.encode("cp1252"))
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def _row(dialog: ImportDialog, letter: str) -> int:
    return next(i for i, c in enumerate(dialog.mapping().columns) if c.letter == letter)


def test_guesses_are_shown_and_build_the_workshop(dialog: ImportDialog) -> None:
    assert not dialog.sheet_combo.isVisibleTo(dialog)  # one sheet: no choice
    assert dialog.community_combo.currentIndex() == 0  # "K1", "K2"... are unique texts
    table = dialog.columns_table
    distance = _row(dialog, "C")
    combo = table.cellWidget(distance, DIRECTION)
    assert isinstance(combo, QComboBox) and combo.currentData() == Direction.MIN.value
    poverty = _row(dialog, "E")
    assert table.item(poverty, LEVELS).text() == "muy bajo, bajo, medio, alto, muy alto"
    assert dialog.preview.model().rowCount() == 3
    assert dialog.preview.model().index(1, 1).data() == "Ñuñoa"
    assert dialog.ok_button().isEnabled()
    workshop = dialog.workshop()
    assert workshop is not None
    workshop.validate()
    assert [c.name for c in workshop.communities] == ["K1", "K2", "K3"]


def test_community_column_and_unticked_criterion_change_the_workshop(
    dialog: ImportDialog,
) -> None:
    dialog.community_combo.setCurrentIndex(1)  # Comunidad
    table = dialog.columns_table
    # the names column cannot be a criterion
    names_item = table.item(_row(dialog, "B"), USE)
    assert not names_item.flags() & Qt.ItemFlag.ItemIsEnabled
    workshop = dialog.workshop()
    assert workshop is not None
    assert [c.name for c in workshop.communities] == ["Huancané", "Ñuñoa", "Ayaviri"]
    assert "Agua" in [c.label("es") for c in workshop.criteria]
    table.item(_row(dialog, "D"), USE).setCheckState(Qt.CheckState.Unchecked)
    workshop = dialog.workshop()
    assert workshop is not None
    assert [c.label("es") for c in workshop.criteria] == ["Distancia (km)", "Pobreza"]
    np.testing.assert_array_equal(workshop.values[:, 1], [5, 2, 3])
    # the same as the mapping applied directly
    expected, problems = apply_mapping(dialog.sheet(), dialog.mapping())
    assert problems == [] and expected is not None
    np.testing.assert_array_equal(expected.values, workshop.values)


def test_blocking_problems_are_listed_and_disable_ok(dialog: ImportDialog) -> None:
    dialog.community_combo.setCurrentIndex(1)
    kind = dialog.columns_table.cellWidget(_row(dialog, "E"), KIND)
    assert isinstance(kind, QComboBox)
    kind.setCurrentIndex(kind.findData(CriterionKind.NUMERIC.value))  # words are not numbers
    assert dialog.workshop() is None
    assert not dialog.ok_button().isEnabled()
    problems = dialog.problems_table
    assert problems.rowCount() == 3
    assert [problems.item(r, 1).text() for r in range(3)] == ["2", "3", "4"]
    assert problems.item(2, 0).text() == "comunidades"
    assert problems.item(2, 2).text() == "E: Pobreza"
    assert "“medio” is not a number" in problems.item(2, 3).text()
    assert "Row 4, column E" in problems.item(2, 3).text()
    # back to levels: the guessed levels return, OK is enabled again
    kind.setCurrentIndex(kind.findData(CriterionKind.ORDINAL.value))
    assert dialog.ok_button().isEnabled()
    assert problems.rowCount() == 0


def test_no_criteria_blocks(dialog: ImportDialog) -> None:
    table = dialog.columns_table
    for row in range(table.rowCount()):
        item = table.item(row, USE)
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            item.setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok_button().isEnabled()
    assert dialog.problems()[0].template == "Choose at least one column as a criterion."


def test_workbook_sheets_are_offered(qtbot: Any, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    book.active.title = "Portada"
    book.active.append(["Priorización 2026"])
    data = book.create_sheet("Datos")
    data.append(["Comunidad", "Costo", "Acceso"])
    data.append(["Sora", 10.5, "Sí"])
    data.append(["Uros", 7, "No"])
    path = tmp_path / "libro.xlsx"
    book.save(path)
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.sheet_combo.isVisibleTo(dialog)
    assert dialog.workshop() is None  # the cover sheet has no communities
    dialog.sheet_combo.setCurrentIndex(1)
    workshop = dialog.workshop()
    assert workshop is not None and dialog.ok_button().isEnabled()
    assert [c.name for c in workshop.communities] == ["Sora", "Uros"]
    assert [c.kind for c in workshop.criteria] == [CriterionKind.NUMERIC, CriterionKind.GATE]
    assert workshop.criteria[0].direction is Direction.MIN
