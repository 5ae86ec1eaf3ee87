"""The Workshop details dialog as a facilitator uses it: open it from the Workshop menu, type,
add a participant and an agreement, OK (one undoable edit) or Cancel (nothing changes)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableWidget

from app.io.example import example_workshop
from app.io.record import load_record
from app.models.workshop import Agreement, Metadata, Participant
from app.ui.dialogs.details_dialog import AGREEMENTS_TAB, PARTICIPANTS_TAB, WorkshopDetailsDialog
from app.ui.shell.main_window import MainWindow
from tests.factories import make_workshop

NEW_PARTICIPANT = Participant("Nilda Quispe", "Comunidad de Haquira", "F")
NEW_AGREEMENT = Agreement("Devolver los resultados a las comunidades", "Entornos", "2025-04-30")


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.show()
    return window


def open_details(window: MainWindow) -> WorkshopDetailsDialog:
    window.details_action.trigger()
    dialog = window.details_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def type_cell(qtbot: Any, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Type into a cell through its editor, as a user does; the editor stays open."""
    item = table.item(row, column)
    if table.currentItem() is not item or table.state() != table.State.EditingState:
        table.setCurrentItem(item)
        table.editItem(item)  # (Add opens the new row's first field itself)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1  # an earlier cell's editor closed (and committed)
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], text)


def click(dialog: WorkshopDetailsDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def fill_in(qtbot: Any, dialog: WorkshopDetailsDialog) -> None:
    """Type new values everywhere and add one participant and one agreement."""
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Taller de Haquira")
    dialog.date_edit.setDate(QDate(2025, 3, 14))
    dialog.place_edit.setText("Haquira, Cotabambas")
    dialog.purpose_edit.setPlainText("Elegir las comunidades focales de Apurímac.")
    dialog.facilitators_edit.setPlainText("Ana Muestra\n  Rosa Nueva \n\n")
    for tab, rows, texts, open_first in (
        (PARTICIPANTS_TAB, dialog.participants, NEW_PARTICIPANT, False),
        (AGREEMENTS_TAB, dialog.agreements, NEW_AGREEMENT, True),
    ):
        dialog.tabs.setCurrentIndex(tab)
        rows.add_button.click()
        row = rows.table.rowCount() - 1
        values = list(enumerate(dataclasses.astuple(texts)))
        # the participant's name is typed last and left open: OK must take it
        for column, text in values if open_first else [*values[1:], values[0]]:
            type_cell(qtbot, rows.table, row, column, text)


def typed(before: Metadata) -> Metadata:
    """What :func:`fill_in` typed, over ``before``."""
    return dataclasses.replace(
        before,
        title="Taller de Haquira",
        date="2025-03-14",
        place="Haquira, Cotabambas",
        purpose="Elegir las comunidades focales de Apurímac.",
        facilitators=("Ana Muestra", "Rosa Nueva"),
        participants=(*before.participants, NEW_PARTICIPANT),
        agreements=(*before.agreements, NEW_AGREEMENT),
    )


def test_ok_applies_what_was_typed_as_one_undoable_edit(qtbot: Any, window: MainWindow) -> None:
    before = window.session.workshop
    assert window.details_action in window.workshop_menu.actions()
    assert window.details_action.shortcut().toString() == "Ctrl+I"
    dialog = open_details(window)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    fill_in(qtbot, dialog)
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    expected = typed(before.metadata)
    after = window.session.workshop
    assert after.metadata == expected
    assert window.windowTitle().startswith("Taller de Haquira[*]")
    assert window.undo_action.text() == "&Undo Edit workshop details"
    changed = {entry.what for entry in after.log[len(before.log) :]}
    assert changed == {"Title", "Date", "Place", "Purpose", "Facilitators", "Participants",
                       "Agreements"}  # fmt: skip

    window.undo_action.trigger()
    assert window.session.workshop is before
    assert window.windowTitle().startswith(f"{before.metadata.title}[*]")
    assert not window.session.document.can_undo
    window.redo_action.trigger()
    assert window.session.workshop is after
    assert window.windowTitle().startswith("Taller de Haquira[*]")


def test_the_record_saved_afterwards_shows_the_details_and_reopens_with_them(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    dialog = open_details(window)
    fill_in(qtbot, dialog)
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    expected = window.session.workshop.metadata
    path = tmp_path / "haquira.xlsx"
    assert window._save_to(str(path))

    sheet = openpyxl.load_workbook(path)["Summary"]
    fields = {sheet.cell(row, 1).value: sheet.cell(row, 2).value for row in range(3, 8)}
    assert fields == {
        "Title": "Taller de Haquira",
        "Date": "2025-03-14",
        "Place": "Haquira, Cotabambas",
        "Purpose": "Elegir las comunidades focales de Apurímac.",
        "Facilitators": "Ana Muestra; Rosa Nueva",
    }
    rows = [tuple(cell.value for cell in line[:3]) for line in sheet.iter_rows()]
    participants = rows.index(("Participants", None, None))
    assert rows[participants + 1] == ("Name", "Organisation", "Gender")
    listed = rows[participants + 2 : participants + 2 + len(expected.participants)]
    assert listed == [(p.name, p.organisation, p.gender) for p in expected.participants]
    assert rows[participants + 2 + len(expected.participants)] == (
        "Total",
        len(expected.participants),
        None,
    )
    agreements = rows.index(("Agreements", None, None))
    assert rows[agreements + 1] == ("Action", "Responsible", "Date")
    listed = rows[agreements + 2 : agreements + 2 + len(expected.agreements)]
    assert listed == [(a.action, a.responsible, a.date) for a in expected.agreements]
    assert listed[-1] == (NEW_AGREEMENT.action, NEW_AGREEMENT.responsible, NEW_AGREEMENT.date)

    assert load_record(path).metadata == expected


def test_cancel_leaves_the_workshop_unchanged(qtbot: Any, window: MainWindow) -> None:
    before = window.session.workshop
    dialog = open_details(window)
    fill_in(qtbot, dialog)
    click(dialog, QDialogButtonBox.StandardButton.Cancel)
    assert not dialog.isVisible()
    assert window.session.workshop is before
    assert not window.session.document.can_undo
    assert not window.session.document.modified


def test_ok_without_changes_adds_no_undo_step(window: MainWindow) -> None:
    before = window.session.workshop
    click(open_details(window), QDialogButtonBox.StandardButton.Ok)
    assert window.session.workshop is before
    assert not window.session.document.can_undo


def test_a_participant_without_a_name_keeps_the_dialog_open_with_everything_typed(
    qtbot: Any, window: MainWindow
) -> None:
    before = window.session.workshop
    dialog = open_details(window)
    fill_in(qtbot, dialog)
    dialog.tabs.setCurrentIndex(PARTICIPANTS_TAB)
    table = dialog.participants.table
    row = table.rowCount() - 1
    type_cell(qtbot, table, row, 0, "   ")  # spaces only: no name
    dialog.tabs.setCurrentIndex(0)
    click(dialog, QDialogButtonBox.StandardButton.Ok)

    assert dialog.isVisible()
    assert window.session.workshop is before
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        f"Participant {row + 1} has no name: type it, or remove the row."
    )
    assert dialog.tabs.currentIndex() == PARTICIPANTS_TAB
    assert table.currentRow() == row
    # nothing typed is lost
    assert dialog.title_edit.text() == "Taller de Haquira"
    assert dialog.date_edit.date() == QDate(2025, 3, 14)
    assert table.item(row, 1).text() == NEW_PARTICIPANT.organisation
    assert dialog.agreements.table.item(dialog.agreements.table.rowCount() - 1, 0).text() == (
        NEW_AGREEMENT.action
    )

    type_cell(qtbot, table, row, 0, NEW_PARTICIPANT.name)
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible(), dialog.message.text()
    assert window.session.workshop.metadata == typed(before.metadata)


def test_an_agreement_without_an_action_is_named_by_its_row(qtbot: Any, window: MainWindow) -> None:
    dialog = open_details(window)
    dialog.tabs.setCurrentIndex(AGREEMENTS_TAB)
    dialog.agreements.add_button.click()
    table = dialog.agreements.table
    row = table.rowCount() - 1
    type_cell(qtbot, table, row, 1, "ANDES")
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert dialog.isVisible()
    assert dialog.message.text() == (
        f"Agreement {row + 1} does not say what was agreed: type it, or remove the row."
    )
    assert dialog.tabs.currentIndex() == AGREEMENTS_TAB and table.currentRow() == row
    dialog.agreements.remove_button.click()  # the current row goes
    assert table.rowCount() == row
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert not dialog.isVisible()
    assert not window.session.document.can_undo  # nothing changed in the end


def test_removing_a_participant_and_clearing_the_date(qtbot: Any, window: MainWindow) -> None:
    before = window.session.workshop.metadata
    dialog = open_details(window)
    dialog.participants.table.setCurrentCell(0, 0)
    dialog.participants.remove_button.click()
    dialog.no_date_check.setChecked(True)
    assert not dialog.date_edit.isEnabled()
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    after = window.session.workshop.metadata
    assert after.participants == before.participants[1:]
    assert after.date == ""
    dialog = open_details(window)
    assert dialog.no_date_check.isChecked()
    dialog.no_date_check.setChecked(False)
    dialog.date_edit.setDate(QDate(2024, 12, 1))
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.session.workshop.metadata.date == "2024-12-01"


def test_a_date_the_field_cannot_show_is_kept_until_one_is_chosen(qtbot: Any) -> None:
    workshop = make_workshop()
    workshop = workshop.replace(
        metadata=dataclasses.replace(workshop.metadata, date="6 de febrero")
    )
    window = MainWindow(workshop, restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    dialog = open_details(window)
    assert dialog.kept_date_label.isVisibleTo(dialog)
    assert "6 de febrero" in dialog.kept_date_label.text()
    qtbot.keyClicks(dialog.place_edit, "Cusco")
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.session.workshop.metadata.date == "6 de febrero"
    assert window.session.workshop.metadata.place.endswith("Cusco")

    dialog = open_details(window)
    dialog.no_date_check.setChecked(False)
    dialog.date_edit.setDate(QDate(2025, 2, 6))
    assert not dialog.kept_date_label.isVisibleTo(dialog)
    click(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.session.workshop.metadata.date == "2025-02-06"


def test_the_shortcut_is_used_by_no_other_action(window: MainWindow) -> None:
    window._build_deferred()  # the tabs' own actions too
    shortcuts = [
        shortcut.toString()
        for action in window.findChildren(QAction)
        for shortcut in action.shortcuts()
    ]
    assert shortcuts.count("Ctrl+I") == 1
    own = [s.toString() for a in window.actions() for s in a.shortcuts()]
    assert len(own) == len(set(own))
