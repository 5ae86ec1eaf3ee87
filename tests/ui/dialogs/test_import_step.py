"""The import step as a facilitator uses it (issues 18 and 19): the encoding with how sure the
guess is and another one chosen, numbers that read two ways named by their cells and read as
chosen, the header row chosen, notes shown, a region column, a column with a bad cell named and
explained, and a new criterion made of an extra column in the community import, one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from app.io.example import example_workshop
from app.models.criterion import CriterionKind, Direction
from app.ui.dialogs.community_import_dialog import NEW, CommunityImportDialog
from app.ui.dialogs.import_dialog import USE, ImportDialog
from app.ui.shell.main_window import MainWindow
from app.ui.wheel import ListComboBox
from tests.io.test_import_step import _xlsx
from tests.ui.layout_checks import layout_problems

NAMES = "Comunidad;Agua\nPucará;3\nSañayca;4\nHuañec;5\n"


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "t.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def _open(qtbot: Any, path: Path) -> ImportDialog:
    dialog = ImportDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def _choose(combo: QComboBox, data: object) -> None:
    """What a person's click on the item whose data is ``data`` does."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def _names(dialog: ImportDialog) -> list[str]:
    model = dialog.preview.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


# -- issue 18: the encoding ------------------------------------------------------------------------
def test_the_guessed_encoding_is_shown_with_a_warning_and_another_can_be_chosen(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = _open(qtbot, _csv(tmp_path, NAMES, "mac_roman"))
    combo = dialog.encoding_combo
    assert isinstance(combo, ListComboBox) and combo.isVisibleTo(dialog)
    detected = combo.currentText()
    assert detected.startswith("Mac Roman") and "detected" in detected and "% sure" in detected
    assert dialog.encoding_warning.isVisibleTo(dialog)
    assert "accented names" in dialog.encoding_warning.text()
    assert _names(dialog) == ["Pucará", "Sañayca", "Huañec"]

    _choose(combo, "cp1252")  # the wrong one: the preview shows what it does to the names
    assert _names(dialog) == ["Pucar‡", "Sa–ayca", "Hua–ec"]
    assert not dialog.encoding_warning.isVisibleTo(dialog)  # the person's own choice
    workshop = dialog.workshop()
    assert workshop is not None and workshop.communities[0].name == "Pucar‡"

    _choose(combo, "mac-roman")
    assert _names(dialog) == ["Pucará", "Sañayca", "Huañec"]
    workshop = dialog.workshop()
    assert workshop is not None and workshop.communities[1].name == "Sañayca"


def test_a_sure_utf8_file_has_no_warning(qtbot: Any, tmp_path: Path) -> None:
    dialog = _open(qtbot, _csv(tmp_path, NAMES))
    assert dialog.encoding_combo.currentText() == "UTF-8 (detected, 100 % sure)"
    assert not dialog.encoding_warning.isVisibleTo(dialog)


def test_an_encoding_that_cannot_read_the_file_is_refused_and_the_choice_stays(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = _open(qtbot, _csv(tmp_path, NAMES, "cp1252"))
    before = dialog.encoding_combo.currentIndex()
    _choose(dialog.encoding_combo, "utf-8")  # "á" in Windows-1252 is no UTF-8
    assert dialog.encoding_combo.currentIndex() == before
    assert "cannot be read as utf-8" in dialog.encoding_warning.text()
    assert dialog.encoding_warning.isVisibleTo(dialog)
    assert _names(dialog) == ["Pucará", "Sañayca", "Huañec"]


def test_a_workbook_has_no_encoding_to_choose(qtbot: Any, tmp_path: Path) -> None:
    dialog = _open(qtbot, _xlsx(tmp_path, [["Comunidad", "Agua"], ["Sora", 3]]))
    assert not dialog.encoding_combo.isVisibleTo(dialog)
    assert not dialog.encoding_warning.isVisibleTo(dialog)


# -- issue 18: numbers that read two ways ----------------------------------------------------------
def test_a_workbook_is_blocked_until_the_person_chooses_how_to_read_1_234(
    qtbot: Any, tmp_path: Path
) -> None:
    path = _xlsx(tmp_path, [["Comunidad", "Población"], ["Sora", "1.234"], ["Uros", 900]])
    dialog = _open(qtbot, path)
    assert dialog.numbers_box.isVisibleTo(dialog)
    assert "Row 2, column B (Población): “1.234” is 1234 or 1.234" in dialog.numbers_list.text()
    assert isinstance(dialog.numbers_combo, ListComboBox)
    assert dialog.numbers_combo.currentData() is None  # nothing chosen yet
    assert not dialog.ok_button().isEnabled()
    assert dialog.problems_label.text().startswith("Problems (1)")

    _choose(dialog.numbers_combo, True)
    workshop = dialog.workshop()
    assert workshop is not None and dialog.ok_button().isEnabled()
    assert workshop.values[:, 0].tolist() == [1234.0, 900.0]
    _choose(dialog.numbers_combo, False)
    workshop = dialog.workshop()
    assert workshop is not None
    assert workshop.values[:, 0].tolist() == [1.234, 900.0]


def test_a_csv_of_decimal_commas_reads_1_234_by_its_mark_with_a_note_or_as_chosen(
    qtbot: Any, tmp_path: Path
) -> None:
    dialog = _open(qtbot, _csv(tmp_path, "Comunidad;Población\nA;1.234\nB;3,5\n"))
    assert dialog.numbers_box.isVisibleTo(dialog)
    assert (
        dialog.numbers_combo.currentText()
        == "As the file's decimal mark (“,”) says: “1.234” is 1234"
    )
    workshop = dialog.workshop()
    assert workshop is not None and workshop.values[:, 0].tolist() == [1234.0, 3.5]
    notes = dialog.problems_table
    assert notes.rowCount() == 1
    assert [notes.item(0, i).text() for i in (1, 2)] == ["2", "B: Población"]
    assert notes.item(0, 3).text().startswith("Note: ")
    assert "Notes (1)" in dialog.problems_label.text()
    _choose(dialog.numbers_combo, False)
    workshop = dialog.workshop()
    assert workshop is not None and workshop.values[:, 0].tolist() == [1.234, 3.5]
    assert notes.rowCount() == 0  # the person's choice: nothing left to tell


# -- issue 18: the header row and the notes --------------------------------------------------------
def test_the_header_row_can_be_chosen_when_the_one_found_is_wrong(
    qtbot: Any, tmp_path: Path
) -> None:
    path = _csv(tmp_path, "Priorización;2026\n\nComunidad;Agua\nPucará;3\nSora;4\n")
    dialog = _open(qtbot, path)
    assert dialog.header_combo.currentText() == "Row 1: Priorización | 2026"
    assert isinstance(dialog.header_combo, ListComboBox)
    _choose(dialog.header_combo, 2)
    assert [c.header for c in dialog.mapping().columns] == ["Comunidad", "Agua"]
    assert _names(dialog) == ["Pucará", "Sora"]
    workshop = dialog.workshop()
    assert workshop is not None and [c.name for c in workshop.communities] == ["Pucará", "Sora"]
    assert [c.label("es") for c in workshop.criteria] == ["Agua"]


def test_marks_for_no_data_are_shown_as_notes(qtbot: Any, tmp_path: Path) -> None:
    dialog = _open(qtbot, _csv(tmp_path, "Comunidad;Agua\nA;s/d\nB;4\nC;N/D\n"))
    assert dialog.ok_button().isEnabled()
    table = dialog.problems_table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == ["2", "4"]
    assert "“s/d” is read as no data" in table.item(0, 3).text()
    assert dialog.problems_label.text() == (
        "No problems: the table can be imported. Notes (2): check how these cells are read."
    )
    assert dialog.state_text(1) == "Imported; read the notes on rows 2, 4"


# -- issue 19: regions and a column with one bad cell ----------------------------------------------
def test_a_region_column_gives_the_regions_not_a_criterion(qtbot: Any, tmp_path: Path) -> None:
    text = "Región;Comunidad;Agua\nCusco;Pucará;3\nApurímac;Sora;4\nCusco;Mara;5\n"
    dialog = _open(qtbot, _csv(tmp_path, text))
    assert dialog.region_combo.currentText() == "A: Región"
    assert dialog.community_combo.currentText() == "B: Comunidad"
    assert not dialog.columns_table.item(0, USE).flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.state_text(0) == "The communities' regions (for the quotas)"
    workshop = dialog.workshop()
    assert workshop is not None
    assert [c.label("es") for c in workshop.criteria] == ["Agua"]
    assert [c.region for c in workshop.communities] == ["Cusco", "Apurímac", "Cusco"]
    # no region column: no regions, and the column is the person's to use
    _choose(dialog.region_combo, None)
    workshop = dialog.workshop()
    assert workshop is not None and {c.region for c in workshop.communities} == {""}
    assert dialog.columns_table.item(0, USE).flags() & Qt.ItemFlag.ItemIsEnabled


def test_a_column_with_one_bad_cell_is_listed_naming_the_cell_and_explained(
    qtbot: Any, tmp_path: Path
) -> None:
    text = "Comunidad;Población;Agua\nA;120;3\nB;unos 90;4\nC;300;1\nD;80;2\n"
    dialog = _open(qtbot, _csv(tmp_path, text))
    table = dialog.columns_table
    assert table.item(1, USE).checkState() == Qt.CheckState.Checked  # not silently unticked
    assert not dialog.ok_button().isEnabled()
    problems = dialog.problems_table
    assert problems.rowCount() == 1
    assert [problems.item(0, i).text() for i in (1, 2)] == ["3", "B: Población"]
    assert "“unos 90” is not a number" in problems.item(0, 3).text()
    status = dialog.problems_label.text()
    assert not status.startswith("No problems") and status.startswith("Problems (1)")
    assert dialog.state_text(1) == "Not importable yet: correct the cell in row 3"
    # the person leaves the column out: the import goes on without it, and it says so
    table.item(1, USE).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.ok_button().isEnabled()
    assert dialog.state_text(1) == "Not imported (tick it to import it as a criterion)"
    workshop = dialog.workshop()
    assert workshop is not None and [c.label("es") for c in workshop.criteria] == ["Agua"]


def test_a_bad_cell_in_spanish_is_no_sin_problemas(
    qtbot: Any, tmp_path: Path, spanish: None
) -> None:
    text = "Comunidad;Población;Agua\nA;120;3\nB;unos 90;4\nC;300;1\nD;80;2\n"
    dialog = _open(qtbot, _csv(tmp_path, text))
    status = dialog.problems_label.text()
    assert "Sin problemas" not in status and "(1)" in status
    assert "3" in dialog.state_text(1)


# -- issue 19: a new criterion in the community import ---------------------------------------------
def _candidates(tmp_path: Path) -> Path:
    return _xlsx(
        tmp_path,
        [
            ["Comunidad", "Región", "Mining threat", "Acceso vial (km)"],
            ["Haquira", "Apurímac", "low", 12.5],
            ["Mara", "Apurímac", "very low", 30],
        ],
    )


def test_an_extra_column_is_explained_and_can_be_added_as_a_new_criterion(
    qtbot: Any, tmp_path: Path
) -> None:
    workshop = example_workshop()
    dialog = CommunityImportDialog(_candidates(tmp_path), workshop)
    qtbot.addWidget(dialog)
    assert dialog.criterion_combo(3).currentData() == ""  # matches no criterion: ignored
    assert dialog.state_text(3) == "Not imported: choose its criterion or a new one"
    assert dialog.new_name_edit(3) is None
    assert dialog.state_text(1) == "The communities' regions (for the quotas)"

    _choose(dialog.criterion_combo(3), NEW)
    name = dialog.new_name_edit(3)
    kind, direction = dialog.new_kind_combo(3), dialog.new_direction_combo(3)
    assert name is not None and kind is not None and direction is not None
    assert isinstance(kind, ListComboBox) and isinstance(direction, ListComboBox)
    assert name.text() == "Acceso vial"
    assert kind.currentData() == CriterionKind.NUMERIC.value
    assert dialog.state_text(3) == "Added as a new criterion"
    assert dialog.summary_label.text() == "2 new communities, 0 updated, 1 new criterion"

    name.setText("Mining threat")  # a criterion the workshop has: choose that one instead
    assert not dialog.ok_button().isEnabled()
    assert "already has the criterion “Mining threat”" in dialog.problems_table.item(0, 3).text()
    name.setText("Distancia a la vía")
    _choose(direction, Direction.MIN.value)
    assert dialog.ok_button().isEnabled()
    imported = dialog.imported()
    assert imported is not None
    (added,) = imported.criteria
    assert added.label("es") == "Distancia a la vía" and added.direction is Direction.MIN
    assert added.unit_label("es") == "km"


def test_the_new_criterion_arrives_with_the_communities_in_one_undo_step(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    path = _candidates(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))

    def accept(dialog: CommunityImportDialog) -> int:
        _choose(dialog.criterion_combo(3), NEW)
        assert dialog.ok_button().isEnabled()
        dialog.ok_button().click()
        return int(dialog.result())

    monkeypatch.setattr(CommunityImportDialog, "exec", accept)
    before = window.session.workshop
    window.import_communities_action.trigger()
    after = window.session.workshop
    assert len(after.criteria) == len(before.criteria) + 1
    added = after.criteria[-1]
    assert added.label("es") == "Acceso vial"
    assert after.values[-2:, -1].tolist() == [12.5, 30.0]
    assert [c.region for c in after.communities[-2:]] == ["Apurímac", "Apurímac"]
    assert all(added.id in g.weights for g in after.groups)
    assert window.undo_action.text() == "&Undo Import 2 communities and the criterion Acceso vial"
    window.undo_action.trigger()
    assert window.session.workshop is before


# -- both dialogs fit a laptop ---------------------------------------------------------------------
def test_the_dialogs_fit_a_laptop_screen_with_nothing_cut(qtbot: Any, tmp_path: Path) -> None:
    text = "Región;Comunidad;Población;Agua\nCusco;A;1.234;sí\nPuno;B;s/d;no\n"
    path = _csv(tmp_path, text, "mac_roman")
    dialogs = [ImportDialog(path), CommunityImportDialog(path, example_workshop())]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert dialog.width() <= 1366 and dialog.height() <= 728
        dialog.resize(1366 - 60, 728 - 60)
        dialog.show()
        qtbot.waitExposed(dialog)
        # the cell widgets a refill replaced, deleted as soon as the event loop turns
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert layout_problems(dialog) == []
        assert dialog.scroll_area.widgetResizable()


def test_a_name_given_twice_is_told_beside_the_names_column(qtbot: Any, tmp_path: Path) -> None:
    text = "Código;Comunidad;Agua\nK1;Sora;3\nK2;Sora;4\n"
    dialog = _open(qtbot, _csv(tmp_path, text))
    assert dialog.state_text(0) == "Names the communities"  # K1, K2: all different
    dialog.community_combo.setCurrentIndex(1)  # Comunidad: "Sora" twice
    assert not dialog.ok_button().isEnabled()
    assert dialog.state_text(1) == "Not importable yet: correct the cell in row 3"


def _strays(table: Any) -> list[str]:
    """Widgets drawn in the table that are in no cell (Qt deletes a replaced cell widget only
    when the loop it was made in runs again: not while a dialog runs with exec())."""
    placed = {
        id(table.cellWidget(row, column))
        for row in range(table.rowCount())
        for column in range(table.columnCount())
        if table.cellWidget(row, column) is not None
    }
    return [
        child.currentText()
        for child in table.viewport().findChildren(QComboBox)
        if child.isVisible() and id(child) not in placed
    ]


def test_a_refilled_column_table_leaves_no_widget_over_its_first_cell(
    qtbot: Any, tmp_path: Path
) -> None:
    community = CommunityImportDialog(_candidates(tmp_path), example_workshop())
    plain = _open(qtbot, _candidates(tmp_path))
    qtbot.addWidget(community)
    for dialog in (community, plain):
        dialog.show()
        QCoreApplication.processEvents()  # no deferred deletion runs here, as under exec()
        assert _strays(dialog.columns_table) == []
    _choose(community.criterion_combo(3), NEW)  # the row's widgets are made again
    _choose(community.criterion_combo(3), "")
    QCoreApplication.processEvents()
    assert _strays(community.columns_table) == []
