"""Importing communities into the open workshop as a facilitator does it: File menu, file
dialog, the mapping dialog (criterion per column, counts, problems, OK), then undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from app.io.example import example_workshop
from app.models.workshop import Workshop
from app.ui.dialogs.community_import_dialog import CommunityImportDialog
from app.ui.shell.main_window import DATA_TAB, MainWindow


def _sheet(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Candidatas"
    sheet.append(["Comunidad", "Región", "Mining threat", "Variedades nativas", "Consent (FPIC)"])
    sheet.append(["Haquira", "Apurímac", "Alta (afueras de la mina)", "35,5", "sí"])
    sheet.append(["Mara", "Apurímac", "very low", None, "no"])
    sheet.append(["q'umir kuntur*", "Cusco", "media", 80, "si"])  # already in the workshop
    path = tmp_path / "candidatas.xlsx"
    book.save(path)
    return path


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


def test_menu_import_adds_communities_and_ctrl_z_restores_the_workshop(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _sheet(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    seen: list[CommunityImportDialog] = []

    def accept(dialog: CommunityImportDialog) -> int:
        seen.append(dialog)
        assert dialog.summary_label.text() == "2 new communities, 1 updated"
        assert dialog.ok_button().isEnabled()
        dialog.ok_button().click()
        return int(dialog.result())

    monkeypatch.setattr(CommunityImportDialog, "exec", accept)
    before: Workshop = window.session.workshop
    actions = window.file_menu.actions()
    assert actions.index(window.import_communities_action) == actions.index(window.open_action) + 1
    window.import_communities_action.trigger()

    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    after = window.session.workshop
    assert after.criteria == before.criteria and after.groups == before.groups
    names = [c.name for c in after.communities]
    assert names == [c.name for c in before.communities] + ["Haquira", "Mara"]
    threat = after.criterion_index("mining_threat")
    varieties = after.criterion_index("native_varieties")
    assert after.values[-2, threat] == 4.0 and after.values[-1, threat] == 1.0
    assert after.values[-2, varieties] == 35.5
    assert after.values[0, varieties] == 80.0  # Q'umir Kuntur* updated by name
    assert after.communities[-1].region == "Apurímac"
    assert window.tabs.currentIndex() == DATA_TAB
    assert window.data_editor.model.rowCount() == len(names)
    # the rankings were recomputed: the new communities are screened out (missing values; Mara
    # gave no consent) and say why, the updated one is ranked
    ranking = window.rankings_view.topsis_model
    excluded = {e.community for e in window.session.evaluation.problem.excluded}
    assert {len(names) - 2, len(names) - 1} <= excluded
    assert ranking.rowCount() == len(names) - len(excluded)
    assert window.undo_action.text() == "&Undo Import 3 communities"

    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    window.undo_action.trigger()
    assert window.session.workshop is before
    assert ranking.rowCount() == len(before.communities) - len(
        window.session.evaluation.problem.excluded
    )


def test_cancel_changes_nothing_and_problems_disable_ok(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    path = _sheet(tmp_path)
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["D3"] = "muchas"  # not a number
    book.save(path)
    before = window.session.workshop
    dialog = CommunityImportDialog(path, before)
    qtbot.addWidget(dialog)
    assert not dialog.ok_button().isEnabled()
    problem = dialog.problems_table
    assert [problem.item(0, i).text() for i in range(3)] == [
        "Candidatas",
        "3",
        "D: Variedades nativas",
    ]
    # the person ignores the bad column: the import is possible again, without it
    combo = dialog.criterion_combo(3)
    combo.setCurrentIndex(0)
    assert dialog.ok_button().isEnabled() and dialog.problems() == []
    # and the region column can be none
    dialog.region_combo.setCurrentIndex(0)
    imported = dialog.imported()
    assert imported is not None and imported.communities[-1].region == ""
    dialog.buttons.rejected.emit()
    assert window.session.workshop is before


def test_dialog_in_spanish(qtbot: Any, tmp_path: Path, spanish: None) -> None:
    dialog = CommunityImportDialog(_sheet(tmp_path), example_workshop())
    qtbot.addWidget(dialog)
    assert dialog.summary_label.text() == "2 comunidades nuevas, 1 actualizada"
    assert dialog.criterion_combo(2).currentText() == "Amenaza minera"
    assert "Importar" in dialog.windowTitle()
