"""The "Cells that cannot be read" dialog: every problem of a record a colleague edited, at once.

A decision record whose Data sheet holds values Priorizar cannot read ("altísima" in a column of
levels, a word in a column of numbers) is not refused at its first problem: the window shows this
dialog, which lists every such cell in a table (sheet, row, column with its criterion, the value
typed and what the cell may hold, all in the interface language; the whole sentence as the row's
tooltip) and offers to open the record with those cells empty (no data). Cancel keeps the open
workshop. At most :data:`SHOWN_ROWS` rows are listed; the count says how many there are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.record.cell_problems import Allowed, CellProblem, CellProblems
from app.models.text import in_language
from app.ui.i18n import current_language
from app.ui.retranslating import Retranslating
from app.ui.session import translated_error
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size

#: Problems listed in the table; a sheet with thousands of bad cells shows these and the count.
SHOWN_ROWS = 500
#: The table's columns.
SHEET, ROW, COLUMN, VALUE, ALLOWED = range(5)


def allowed_text(allowed: Allowed) -> str:
    """What a cell may hold, in the interface language (the levels named in it too)."""
    template = QCoreApplication.translate("Messages", allowed.template)
    fields = in_language(allowed.params, current_language())
    try:
        return template.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return allowed.template.format(**fields)


class CellProblemsDialog(Retranslating, QDialog):
    """Every unreadable Data cell of ``error``'s record, and the choice: open the record with
    those cells empty (accept) or cancel (reject).

    Public widgets for tests: ``intro_label``, ``count_label``, ``table``, ``open_button``,
    ``buttons``.
    """

    def __init__(self, error: CellProblems, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.problems: tuple[CellProblem, ...] = error.problems[:SHOWN_ROWS]
        ensure_min_point_size(self, TEXT_POINT_SIZE)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.table = QTableWidget(len(self.problems), 5)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.count_label.setVisible(error.count > len(self.problems))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton()
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Cancel is the safe default: Enter must not change the open workshop by accident
        self.open_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(900, 520)

    def retranslate(self) -> None:
        count = self.error.count
        self.setWindowTitle(self.tr("Cells that cannot be read"))
        self.intro_label.setText(
            self.tr(
                "Some cells of “%s” hold values that Priorizar cannot read: %d in all, each "
                "listed below with what it may hold. Open the record with these cells empty (no "
                "data) and type their values in the Data tab (the file itself changes only when "
                "you save), or cancel and correct the file in the spreadsheet."
            )
            % (self.error.file, count)
        )
        self.count_label.setText(
            self.tr("Only the first %d of %d cells are listed.") % (len(self.problems), count)
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Sheet"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("What it may hold"),
            ]
        )
        self.table.setAccessibleName(self.tr("Cells that cannot be read"))
        self.open_button.setText(self.tr("&Open with these cells empty"))
        self._fill()

    def _fill(self) -> None:
        """The table's rows in the interface language (criteria and levels named in it)."""
        lang = current_language()
        for row, problem in enumerate(self.problems):
            texts = {
                SHEET: problem.sheet,
                ROW: str(problem.row),
                COLUMN: f"{problem.column} ({problem.criterion.text(lang)})",
                VALUE: problem.text,
                ALLOWED: allowed_text(problem.allowed),
            }
            sentence = translated_error(problem.error)
            for column, text in texts.items():
                item = QTableWidgetItem(text)
                item.setToolTip(sentence)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()


__all__ = ["SHOWN_ROWS", "CellProblemsDialog", "allowed_text"]
