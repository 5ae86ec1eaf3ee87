"""The workshop's details: title, date, place, purpose, facilitators, participants, agreements.

:class:`WorkshopDetailsDialog` shows a workshop's :class:`~app.models.workshop.Metadata` for
editing; :meth:`WorkshopDetailsDialog.metadata` is what the facilitator typed (texts without
surrounding spaces, the date as ``yyyy-MM-dd`` or empty). OK checks it
(:func:`app.models.workshop.validate_metadata`); a problem is shown in the dialog, which stays
open with everything typed, and the row at fault is selected. The main window applies the result
as one undoable edit (:func:`app.models.edits.set_metadata`). The decision record's Summary sheet
shows these details (:mod:`app.io.record`).

A date the workshop holds that is not a ``yyyy-MM-dd`` date (typed in the record's Summary sheet,
for example "6 de febrero") is shown beside the date field and kept until another date is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import InvalidInputError
from app.models.workshop import Agreement, Metadata, Participant, validate_metadata
from app.ui.retranslating import Retranslating
from app.ui.session import translated_error

#: How the date is stored and shown: ISO 8601, the same in every language.
DATE_FORMAT = "yyyy-MM-dd"
GENERAL_TAB, PARTICIPANTS_TAB, AGREEMENTS_TAB = 0, 1, 2
#: Widths of the table columns that do not stretch, in pixels.
MIN_COLUMN_PX, MAX_COLUMN_PX = 120, 260


class RowsEditor(QWidget):
    """A table of text rows (one column per field) with Add and Remove buttons; column
    ``stretch`` takes the width the others leave."""

    def __init__(self, columns: int, stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stretch = stretch
        self.table = QTableWidget(0, columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        # a long agreement wraps: its row grows with it (a few dozen rows at most)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_rows)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        for column in range(self.table.columnCount()):
            if column != self._stretch:
                self.table.resizeColumnToContents(column)
                width = self.table.columnWidth(column)
                self.table.setColumnWidth(column, min(max(width, MIN_COLUMN_PX), MAX_COLUMN_PX))
        self._update_buttons()

    def rows(self) -> list[tuple[str, ...]]:
        """Every row's texts without surrounding spaces, empty rows included (they are numbered
        like the table's rows, so that a message about row 2 means the second row shown)."""
        columns = range(self.table.columnCount())
        return [
            tuple(self._text(row, column) for column in columns)
            for row in range(self.table.rowCount())
        ]

    def add_row(self) -> None:
        """Append an empty row and start typing its first field."""
        self._append([""] * self.table.columnCount())
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def remove_rows(self) -> None:
        """Remove the selected rows (else the current one)."""
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        for row in sorted(rows, reverse=True):
            self.table.removeRow(row)
        self._update_buttons()

    def point_at(self, row: int) -> None:
        """Select ``row`` (0-based) and put the focus on its first field."""
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()

    def commit(self) -> None:
        """Finish a field that is being typed, so that :meth:`rows` sees it."""
        if self.table.state() != QAbstractItemView.State.EditingState:
            return
        viewport = self.table.viewport()
        for widget in viewport.findChildren(QWidget):
            # an open editor, also on a tab not shown (a closed one is hidden, to be deleted);
            # commitData takes nothing but the view's editors
            if widget.isVisibleTo(viewport):
                self.table.commitData(widget)

    def _append(self, texts: Sequence[str]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate(texts):
            self.table.setItem(row, column, QTableWidgetItem(text))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return "" if item is None else item.text().strip()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0)


class WorkshopDetailsDialog(Retranslating, QDialog):
    """Edit a workshop's details; OK only when they are valid (see the module docstring)."""

    def __init__(self, metadata: Metadata, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = metadata

        self.title_edit = QLineEdit(metadata.title)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.no_date_check = QCheckBox()
        self.kept_date_label = QLabel()
        self.kept_date_label.setWordWrap(True)
        self.place_edit = QLineEdit(metadata.place)
        self.purpose_edit = QPlainTextEdit(metadata.purpose)
        self.purpose_edit.setTabChangesFocus(True)
        self.facilitators_edit = QPlainTextEdit("\n".join(metadata.facilitators))
        self.facilitators_edit.setTabChangesFocus(True)

        date = QDate.fromString(metadata.date, DATE_FORMAT)
        #: a date the date field cannot show, kept until the facilitator chooses one
        self.kept_date = metadata.date if metadata.date and not date.isValid() else ""
        self.date_edit.setDate(date if date.isValid() else QDate.currentDate())
        self.no_date_check.setChecked(not date.isValid())
        self.date_edit.setEnabled(date.isValid())
        self.kept_date_label.setVisible(bool(self.kept_date))
        self.date_edit.dateChanged.connect(self._on_date_chosen)
        self.no_date_check.toggled.connect(self._on_date_chosen)

        self.title_label, self.date_label, self.place_label = QLabel(), QLabel(), QLabel()
        self.purpose_label, self.facilitators_label = QLabel(), QLabel()
        self.title_label.setBuddy(self.title_edit)
        self.date_label.setBuddy(self.date_edit)
        self.place_label.setBuddy(self.place_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.facilitators_label.setBuddy(self.facilitators_edit)
        date_row = QHBoxLayout()
        date_row.addWidget(self.date_edit)
        date_row.addWidget(self.no_date_check)
        date_row.addWidget(self.kept_date_label, 1)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.title_label, self.title_edit)
        form.addRow(self.date_label, date_row)
        form.addRow(self.place_label, self.place_edit)
        form.addRow(self.purpose_label, self.purpose_edit)
        form.addRow(self.facilitators_label, self.facilitators_edit)

        self.participants = RowsEditor(3, stretch=1)
        self.participants.set_rows(
            [(p.name, p.organisation, p.gender) for p in metadata.participants]
        )
        self.agreements = RowsEditor(3, stretch=0)
        self.agreements.set_rows([(a.action, a.responsible, a.date) for a in metadata.agreements])
        self.tabs = QTabWidget()
        self.tabs.addTab(general, "")
        self.tabs.addTab(self.participants, "")
        self.tabs.addTab(self.agreements, "")

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(860, 560)

    # -- translation ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Workshop details"))
        self.tabs.setTabText(GENERAL_TAB, self.tr("&Workshop"))
        self.tabs.setTabText(PARTICIPANTS_TAB, self.tr("&Participants"))
        self.tabs.setTabText(AGREEMENTS_TAB, self.tr("A&greements"))
        self.title_label.setText(self.tr("&Title:"))
        self.date_label.setText(self.tr("&Date:"))
        self.no_date_check.setText(self.tr("&No date"))
        self.kept_date_label.setText(
            self.tr("The record says “{date}”; it is kept unless you choose a date.").format(
                date=self.kept_date
            )
        )
        self.place_label.setText(self.tr("P&lace:"))
        self.purpose_label.setText(self.tr("P&urpose:"))
        self.facilitators_label.setText(self.tr("&Facilitators:"))
        self.facilitators_edit.setPlaceholderText(self.tr("One name per line"))
        self.participants.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation or community"), self.tr("Gender")]
        )
        gender_header = self.participants.table.horizontalHeaderItem(2)
        if gender_header is not None:
            gender_header.setToolTip(
                self.tr("The Summary sheet counts the participants per value (for example F, M).")
            )
        self.participants.add_button.setText(self.tr("&Add participant"))
        self.participants.remove_button.setText(self.tr("&Remove participant"))
        self.agreements.table.setHorizontalHeaderLabels(
            [self.tr("What was agreed"), self.tr("Responsible"), self.tr("By when")]
        )
        self.agreements.add_button.setText(self.tr("&Add agreement"))
        self.agreements.remove_button.setText(self.tr("&Remove agreement"))

    # -- the date -------------------------------------------------------------------------------
    def _on_date_chosen(self, *_: object) -> None:
        self.kept_date = ""
        self.kept_date_label.hide()
        self.date_edit.setEnabled(not self.no_date_check.isChecked())

    # -- result ---------------------------------------------------------------------------------
    def metadata(self) -> Metadata:
        """The details as typed (not yet checked); the chosen communities and the notice stay."""
        self.participants.commit()
        self.agreements.commit()
        if self.kept_date:
            date = self.kept_date
        elif self.no_date_check.isChecked():
            date = ""
        else:
            date = self.date_edit.date().toString(DATE_FORMAT)
        facilitators = (line.strip() for line in self.facilitators_edit.toPlainText().splitlines())
        return replace(
            self._original,
            title=self.title_edit.text().strip(),
            date=date,
            place=self.place_edit.text().strip(),
            purpose=self.purpose_edit.toPlainText().strip(),
            facilitators=tuple(name for name in facilitators if name),
            participants=tuple(Participant(*row) for row in self.participants.rows()),
            agreements=tuple(Agreement(*row) for row in self.agreements.rows()),
        )

    def accept(self) -> None:
        """Close only when the details are valid; otherwise say what is wrong, point at it and
        keep everything typed."""
        try:
            validate_metadata(self.metadata())
        except InvalidInputError as error:
            self.message.setText(translated_error(error))
            self.message.show()
            self._point_at(str(error.params.get("section", "")), int(error.params.get("number", 1)))
            return
        self.message.hide()
        super().accept()

    def _point_at(self, section: str, number: int) -> None:
        if section == "participants":
            self.tabs.setCurrentIndex(PARTICIPANTS_TAB)
            self.participants.point_at(number - 1)
        elif section == "agreements":
            self.tabs.setCurrentIndex(AGREEMENTS_TAB)
            self.agreements.point_at(number - 1)
        else:
            self.tabs.setCurrentIndex(GENERAL_TAB)
            self.facilitators_edit.setFocus()
