"""The import dialog: a plain spreadsheet or CSV of communities, mapped column by column.

The person chooses the sheet, the header row (when the one found is wrong), the text's encoding
(a CSV table: the one detected is shown with how sure the guess is, and a warning when it is not),
the column that names the communities, the one that holds their region and, for every other
column, whether it is a criterion, its kind and its direction (all guessed by
:func:`app.io.table_mapping.guess_mapping`). Numbers that read two ways (``1.234``) are listed by
their cells, and the person chooses how to read them. A preview shows the first rows; a list shows
every problem and every note (a mark for no data, a number read by the file's decimal mark) with
its sheet, row and column, and each column says what becomes of it. OK is enabled only when
nothing blocks the import.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QTableWidgetItem,
    QWidget,
)

from app.io.table_mapping import (
    AmbiguousNumber,
    ColumnMapping,
    Mapping,
    Role,
    ambiguous_numbers,
    apply_mapping,
    guess_levels,
    guess_mapping,
)
from app.models.criterion import CriterionKind, Direction
from app.models.workshop import Workshop
from app.ui.dialogs.sheet_dialog import (
    WARNING_STYLE,
    SheetDialog,
    clear_cell_widgets,
    columns_table,
    fill_preview,
    fill_problems,
    problem_state,
    problem_text,
    problems_table,
)
from app.ui.wheel import ListComboBox

#: Columns of the column table.
USE, NAME, KIND, DIRECTION, STATE, LEVELS = range(6)


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
        self.community_combo = ListComboBox()
        self.region_label = QLabel()
        self.region_combo = ListComboBox()
        self.columns_label = QLabel()
        self.columns_table = columns_table(6, STATE)
        self.columns_table.setMinimumHeight(150)

        self.form.addRow(self.community_label, self.community_combo)
        self.form.addRow(self.region_label, self.region_combo)
        self.community_label.setBuddy(self.community_combo)
        self.region_label.setBuddy(self.region_combo)
        self.columns_label.setBuddy(self.columns_table)
        stretch: dict[QWidget, int] = {
            self.columns_table: 3,
            self.preview: 2,
            self.problems_table: 1,
        }
        widgets: tuple[QWidget, ...] = (
            self.columns_label,
            self.columns_table,
            self.numbers_box,
            self.preview_label,
            self.preview,
            self.problems_label,
            self.problems_table,
        )
        for part in widgets:
            self.body.addWidget(part, stretch.get(part, 0))

        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.community_combo.currentIndexChanged.connect(self._on_community_changed)
        self.region_combo.currentIndexChanged.connect(self._on_region_changed)
        self.columns_table.itemChanged.connect(self._on_item_changed)
        self.retranslate()
        self._on_sheet_changed()
        self.fit_to_screen()

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

    def state_text(self, row: int) -> str:
        """What becomes of the sheet's column in ``row`` of the columns table, as shown."""
        item = self.columns_table.item(row, STATE)
        return item.text() if item is not None else ""

    # -------------------------------------------------------------------------------- hooks

    def _ambiguous(self) -> list[AmbiguousNumber]:
        return ambiguous_numbers(self.sheet(), self.mapping())

    # -------------------------------------------------------------------------------- events

    def _on_sheet_changed(self, _index: int = 0) -> None:
        mapping = self.mapping()
        self._updating = True
        try:
            labels = [f"{column.letter}: {column.header}" for column in mapping.columns]
            self.community_combo.clear()
            self.community_combo.addItems(labels)
            self.community_combo.setCurrentIndex(mapping.community)
            self.region_combo.clear()
            self.region_combo.addItem(self.tr("(no region column)"), None)
            for column, label in zip(mapping.columns, labels, strict=True):
                self.region_combo.addItem(label, column.index)
            self.region_combo.setCurrentIndex(max(self.region_combo.findData(mapping.region), 0))
            self._fill_columns()
        finally:
            self._updating = False
        self._fill_header_rows()
        self._fill_preview()
        self._recompute()

    def _on_community_changed(self, index: int) -> None:
        if self._updating or index < 0:
            return
        mapping = self.mapping()
        mapping.community = index
        # the names column is never a criterion, nor the regions
        mapping.column(index).role = Role.IGNORED
        if mapping.region == index:
            mapping.region = None
            self._updating = True
            try:
                self.region_combo.setCurrentIndex(0)
            finally:
                self._updating = False
        self._refill_columns()

    def _on_region_changed(self, index: int) -> None:
        if self._updating or index < 0:
            return
        mapping = self.mapping()
        region = self.region_combo.itemData(index)
        if region == mapping.community:
            region = None  # the names are not their own regions
            self._updating = True
            try:
                self.region_combo.setCurrentIndex(0)
            finally:
                self._updating = False
        mapping.region = region
        if region is not None:
            mapping.column(region).role = Role.IGNORED
        self._refill_columns()

    def _refill_columns(self) -> None:
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
        self.community_label.setText(self.tr("&Communities are named in column:"))
        self.region_label.setText(self.tr("&Region in column:"))
        if self.region_combo.count():
            self.region_combo.setItemText(0, self.tr("(no region column)"))
        self.columns_label.setText(self.tr("Columns"))
        self.columns_table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Column"),
                self.tr("Kind"),
                self.tr("Direction"),
                self.tr("What becomes of it"),
                self.tr("Levels (lowest first)"),
            ]
        )
        super().retranslate()
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
        clear_cell_widgets(self.columns_table)
        self.columns_table.setRowCount(len(mapping.columns))
        for row, column in enumerate(mapping.columns):
            is_names = column.index in (mapping.community, mapping.region)
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

    def _column_state(self, column: ColumnMapping) -> str:
        mapping = self.mapping()
        if column.index == mapping.community:
            return problem_state(column.letter, self._problems) or self.tr("Names the communities")
        if column.index == mapping.region:
            return self.tr("The communities' regions (for the quotas)")
        if column.role is not Role.CRITERION:
            return self.tr("Not imported (tick it to import it as a criterion)")
        return problem_state(column.letter, self._problems) or self.tr("Imported as a criterion")

    def _fill_states(self) -> None:
        was, self._updating = self._updating, True
        try:
            for row, column in enumerate(self.mapping().columns):
                if row >= self.columns_table.rowCount():
                    break
                item = QTableWidgetItem(self._column_state(column))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(item.text())
                self.columns_table.setItem(row, STATE, item)
        finally:
            self._updating = was

    def _fill_preview(self) -> None:
        fill_preview(self.preview_model, self.sheet())
        self.preview.resizeColumnsToContents()  # headers and names whole (it scrolls sideways)

    def _recompute(self) -> None:
        self._workshop, self._problems = apply_mapping(self.sheet(), self.mapping())
        self._show_numbers()
        self._fill_problems()

    def _fill_problems(self) -> None:
        fill_problems(self.problems_table, self._problems)
        self._fill_states()
        blocked = self._workshop is None
        self.problems_label.setText(
            self.status_text(self.tr("No problems: the table can be imported."))
        )
        self.problems_label.setStyleSheet(WARNING_STYLE if self.blocking_problems() else "")
        self.ok_button().setEnabled(not blocked)


__all__ = [
    "DIRECTION",
    "KIND",
    "LEVELS",
    "STATE",
    "USE",
    "ImportDialog",
    "SheetDialog",
    "fill_preview",
    "fill_problems",
    "problem_text",
    "problems_table",
]
