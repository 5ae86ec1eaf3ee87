"""The import dialog: a plain spreadsheet or CSV of communities, mapped column by column.

The person chooses the sheet, the column that names the communities and, for every other column,
whether it is a criterion, its kind and its direction (all guessed by
:func:`app.io.table_mapping.guess_mapping`); a preview shows the first rows and a list shows every
problem with its sheet, row and column. OK is enabled only when nothing blocks the import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.table_import import column_letter
from app.io.table_mapping import (
    Mapping,
    Problem,
    RawTable,
    Role,
    Sheet,
    apply_mapping,
    cell_at,
    cell_text,
    data_rows,
    guess_levels,
    guess_mapping,
    header_row,
    headers,
    read_raw_table,
)
from app.models.text import in_language
from app.models.workshop import CriterionKind, Direction, Workshop
from app.ui.i18n import current_language
from app.ui.retranslating import Retranslating
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size
from app.ui.wheel import ListComboBox

#: Data rows shown in the preview.
PREVIEW_ROWS = 10
#: Columns of the column table.
USE, NAME, KIND, DIRECTION, LEVELS = range(5)


def problem_text(problem: Problem) -> str:
    """The problem's message in the interface language."""
    template = QCoreApplication.translate("Messages", problem.template)
    try:
        return template.format(**in_language(problem.params, current_language()))
    except (KeyError, IndexError, ValueError):
        return problem.message


def fill_preview(model: QStandardItemModel, sheet: Sheet) -> None:
    """The sheet's first :data:`PREVIEW_ROWS` data rows, headed "letter: header", numbered as
    the file numbers them."""
    names = headers(sheet)
    model.clear()
    model.setHorizontalHeaderLabels([f"{column_letter(j)}: {h}" for j, h in enumerate(names)])
    for number, cells in data_rows(sheet)[:PREVIEW_ROWS]:
        model.appendRow([QStandardItem(cell_text(cell_at(cells, j))) for j in range(len(names))])
        model.setVerticalHeaderItem(model.rowCount() - 1, QStandardItem(str(number)))
    if header_row(sheet) is None:
        model.setHorizontalHeaderLabels([column_letter(0)])


def fill_problems(table: QTableWidget, problems: list[Problem]) -> None:
    """One row per problem: sheet, row, "letter: header", the message in the interface language."""
    table.setRowCount(len(problems))
    for row, problem in enumerate(problems):
        column = f"{problem.column}: {problem.header}" if problem.column else ""
        texts = (
            problem.sheet,
            "" if problem.row is None else str(problem.row),
            column,
            problem_text(problem),
        )
        for position, text in enumerate(texts):
            table.setItem(row, position, QTableWidgetItem(text))


def problems_table() -> QTableWidget:
    """The read-only table :func:`fill_problems` fills (the caller sets its headers)."""
    table = QTableWidget(0, 4)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def columns_table(count: int) -> QTableWidget:
    """The table of the sheet's columns and what each fills (the caller sets its headers): one
    row per column, columns sized to their contents, the last one stretched."""
    table = QTableWidget(0, count)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    ensure_min_point_size(table, TEXT_POINT_SIZE)
    return table


class SheetDialog(Retranslating, QDialog):
    """What the import dialogs share: the file's sheets (a choice shown when there are several),
    a preview of the rows, the problems table and OK/Cancel. Subclasses lay them out."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: RawTable = read_raw_table(path)
        self.sheet_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.addItems([sheet.name for sheet in self.table.sheets])
        self.sheet_label.setBuddy(self.sheet_combo)
        single = len(self.table.sheets) == 1
        self.sheet_label.setVisible(not single)
        self.sheet_combo.setVisible(not single)
        self.preview_label = QLabel()
        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel()
        self.problems_table = problems_table()
        for table in (self.preview, self.problems_table):
            ensure_min_point_size(table, TEXT_POINT_SIZE)
        self._problems: list[Problem] = []
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def sheet(self) -> Sheet:
        return self.table.sheets[max(self.sheet_combo.currentIndex(), 0)]

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def problems(self) -> list[Problem]:
        """What blocks (or would change) the import with the current choices."""
        return list(self._problems)

    def retranslate(self) -> None:
        """Set every text in the interface language (each dialog its own)."""


class ImportDialog(SheetDialog):
    """Map the columns of a table file to a new workshop; :meth:`workshop` after OK.

    Raises :class:`~app.models.errors.InvalidInputError` from ``__init__`` when the file cannot
    be read at all (the caller shows the message, as for any file that does not open).
    """

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self._mappings: dict[str, Mapping] = {}
        self._workshop: Workshop | None = None
        self._updating = False

        self.community_label = QLabel()
        self.community_combo = QComboBox()
        self.columns_label = QLabel()
        self.columns_table = columns_table(5)

        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.community_label, self.community_combo)
        self.community_label.setBuddy(self.community_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        widgets: tuple[QWidget, ...] = (
            self.columns_label,
            self.columns_table,
            self.preview_label,
            self.preview,
            self.problems_label,
            self.problems_table,
            self.buttons,
        )
        for part in widgets:
            layout.addWidget(part)

        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.community_combo.currentIndexChanged.connect(self._on_community_changed)
        self.columns_table.itemChanged.connect(self._on_item_changed)
        self.retranslate()
        self._on_sheet_changed()
        self.resize(900, 700)

    # -------------------------------------------------------------------------------- results

    def mapping(self) -> Mapping:
        """The current sheet's mapping (edit it through the widgets)."""
        sheet = self.sheet()
        if sheet.name not in self._mappings:
            self._mappings[sheet.name] = guess_mapping(sheet)
        return self._mappings[sheet.name]

    def workshop(self) -> Workshop | None:
        """The workshop the current mapping builds, None while problems block it."""
        return self._workshop

    # -------------------------------------------------------------------------------- events

    def _on_sheet_changed(self, _index: int = 0) -> None:
        mapping = self.mapping()
        self._updating = True
        try:
            self.community_combo.clear()
            self.community_combo.addItems(
                [f"{column.letter}: {column.header}" for column in mapping.columns]
            )
            self.community_combo.setCurrentIndex(mapping.community)
            self._fill_columns()
        finally:
            self._updating = False
        self._fill_preview()
        self._recompute()

    def _on_community_changed(self, index: int) -> None:
        if self._updating or index < 0:
            return
        mapping = self.mapping()
        mapping.community = index
        # the names column is never a criterion
        mapping.column(index).role = Role.IGNORED
        self._updating = True
        try:
            self._fill_columns()
        finally:
            self._updating = False
        self._recompute()

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if self._updating or item.column() != USE:
            return
        column = self.mapping().columns[item.row()]
        checked = item.checkState() == Qt.CheckState.Checked
        column.role = Role.CRITERION if checked else Role.IGNORED
        self._recompute()

    def _on_kind_changed(self, row: int, combo: QComboBox) -> None:
        if self._updating:
            return
        column = self.mapping().columns[row]
        column.kind = CriterionKind(combo.currentData())
        if column.kind is CriterionKind.ORDINAL and not column.levels:
            column.levels = guess_levels(self.sheet(), column.index)
        self._set_levels(row)
        self._recompute()

    def _on_direction_changed(self, row: int, combo: QComboBox) -> None:
        if self._updating:
            return
        self.mapping().columns[row].direction = Direction(combo.currentData())
        self._recompute()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import communities from %s") % self.table.file.name)
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.community_label.setText(self.tr("&Communities are named in column:"))
        self.columns_label.setText(self.tr("Columns"))
        self.columns_table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Column"),
                self.tr("Kind"),
                self.tr("Direction"),
                self.tr("Levels (lowest first)"),
            ]
        )
        self.preview_label.setText(self.tr("Preview (first %d rows)") % PREVIEW_ROWS)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
        self._updating = True
        try:
            for row in range(self.columns_table.rowCount()):
                for column, fill in ((KIND, self._fill_kinds), (DIRECTION, self._fill_directions)):
                    combo = self.columns_table.cellWidget(row, column)
                    if isinstance(combo, QComboBox):
                        data = combo.currentData()
                        combo.clear()
                        fill(combo)
                        combo.setCurrentIndex(combo.findData(data))
        finally:
            self._updating = False
        self._fill_problems()

    # -------------------------------------------------------------------------------- filling

    def _fill_kinds(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("Number"), CriterionKind.NUMERIC.value)
        combo.addItem(self.tr("Levels (ordinal)"), CriterionKind.ORDINAL.value)
        combo.addItem(self.tr("Yes/no (gate)"), CriterionKind.GATE.value)

    def _fill_directions(self, combo: QComboBox) -> None:
        combo.addItem(self.tr("↑ More is better"), Direction.MAX.value)
        combo.addItem(self.tr("↓ Less is better"), Direction.MIN.value)

    def _fill_columns(self) -> None:
        """One row per column of the sheet (the shape changes only with the sheet)."""
        mapping = self.mapping()
        self.columns_table.setRowCount(len(mapping.columns))
        for row, column in enumerate(mapping.columns):
            is_names = column.index == mapping.community
            use = QTableWidgetItem()
            flags = Qt.ItemFlag.ItemIsUserCheckable
            if not is_names:
                flags |= Qt.ItemFlag.ItemIsEnabled
            use.setFlags(flags)
            use.setCheckState(
                Qt.CheckState.Checked
                if column.role is Role.CRITERION and not is_names
                else Qt.CheckState.Unchecked
            )
            self.columns_table.setItem(row, USE, use)
            name = QTableWidgetItem(f"{column.letter}: {column.header}")
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.columns_table.setItem(row, NAME, name)
            kind = ListComboBox()
            self._fill_kinds(kind)
            kind.setCurrentIndex(kind.findData(column.kind.value))
            kind.setEnabled(not is_names)
            kind.currentIndexChanged.connect(lambda _i, r=row, c=kind: self._on_kind_changed(r, c))
            self.columns_table.setCellWidget(row, KIND, kind)
            direction = ListComboBox()
            self._fill_directions(direction)
            direction.setCurrentIndex(direction.findData(column.direction.value))
            direction.setEnabled(not is_names)
            direction.currentIndexChanged.connect(
                lambda _i, r=row, c=direction: self._on_direction_changed(r, c)
            )
            self.columns_table.setCellWidget(row, DIRECTION, direction)
            self._set_levels(row)

    def _set_levels(self, row: int) -> None:
        column = self.mapping().columns[row]
        shown = ", ".join(column.levels) if column.kind is CriterionKind.ORDINAL else ""
        item = QTableWidgetItem(shown)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        was, self._updating = self._updating, True
        try:
            self.columns_table.setItem(row, LEVELS, item)
        finally:
            self._updating = was

    def _fill_preview(self) -> None:
        fill_preview(self.preview_model, self.sheet())

    def _recompute(self) -> None:
        self._workshop, self._problems = apply_mapping(self.sheet(), self.mapping())
        self._fill_problems()

    def _fill_problems(self) -> None:
        fill_problems(self.problems_table, self._problems)
        blocked = self._workshop is None
        self.problems_label.setText(
            self.tr("Problems (%d): correct the file or the choices above") % len(self._problems)
            if self._problems
            else self.tr("No problems: the table can be imported.")
        )
        self.ok_button().setEnabled(not blocked)


__all__ = [
    "ImportDialog",
    "SheetDialog",
    "fill_preview",
    "fill_problems",
    "problem_text",
    "problems_table",
]
