"""Import communities from a spreadsheet into the open workshop, keeping its criteria.

The person chooses the sheet, the header row, the text's encoding (a CSV table), the column that
names the communities, the region column (or none) and, for every other column, which of the
workshop's criteria it fills, to add it as a new criterion (its name, kind and direction), or to
ignore it, all guessed by :func:`app.io.community_import.guess_community_mapping`. Numbers that
read two ways are listed by their cells with the choice of how to read them. A preview shows the
first rows, a line counts the new and the updated communities, each column says what becomes of
it, and a list shows every problem and note with its sheet, row and column; OK is enabled only
when nothing blocks the import. After OK, :meth:`CommunityImportDialog.edit` is the one undoable
edit to apply (new criteria included).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from app.io.community_import import (
    CommunityImport,
    CommunityMapping,
    NewCriterion,
    ambiguous_community_numbers,
    apply_community_mapping,
    guess_community_mapping,
    importable_criteria,
    propose_criterion,
)
from app.io.table_import import column_letter
from app.io.table_mapping import AmbiguousNumber, guess_levels, headers
from app.models.criterion import CriterionKind, Direction
from app.models.document import Edit
from app.models.workshop import Workshop
from app.ui.dialogs.sheet_dialog import (
    WARNING_STYLE,
    SheetDialog,
    clear_cell_widgets,
    columns_table,
    fill_preview,
    fill_problems,
    problem_state,
    remove_cell_widget,
)
from app.ui.i18n import current_language
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size
from app.ui.wheel import ListComboBox

#: Columns of the column table: the sheet's column, what it fills, what becomes of it, and for a
#: new criterion its name, kind and direction.
COLUMN, CRITERION, STATE, NEW_NAME, NEW_KIND, NEW_DIRECTION = range(6)
#: The combos' data for "no column" / "ignore this column".
NONE = ""
#: The criterion combo's data for "add as a new criterion" (no criterion id has a "+").
NEW = "+new"


class CommunityImportDialog(SheetDialog):
    """Map a spreadsheet's columns to the open workshop's criteria; :meth:`edit` after OK.

    Raises :class:`~app.models.errors.InvalidInputError` from ``__init__`` when the file cannot
    be read at all (the caller shows the message, as for any file that does not open).
    """

    def __init__(self, path: str | Path, workshop: Workshop, parent: QWidget | None = None) -> None:
        super().__init__(path, parent)
        self.workshop = workshop
        self._mappings: dict[str, CommunityMapping] = {}
        self._result: CommunityImport | None = None
        self._updating = False

        self.community_label = QLabel()
        self.community_combo = ListComboBox()
        self.region_label = QLabel()
        self.region_combo = ListComboBox()
        self.columns_label = QLabel()
        self.columns_table = columns_table(6, STATE)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.columns_table.setMinimumHeight(150)
        self.summary_label = QLabel()
        ensure_min_point_size(self.summary_label, TEXT_POINT_SIZE)

        self.form.addRow(self.community_label, self.community_combo)
        self.form.addRow(self.region_label, self.region_combo)
        self.community_label.setBuddy(self.community_combo)
        self.region_label.setBuddy(self.region_combo)
        self.columns_label.setBuddy(self.columns_table)
        parts: tuple[QWidget, ...] = (
            self.columns_label,
            self.columns_table,
            self.numbers_box,
            self.preview_label,
            self.preview,
            self.summary_label,
            self.problems_label,
            self.problems_table,
        )
        stretch: dict[QWidget, int] = {
            self.columns_table: 3,
            self.preview: 2,
            self.problems_table: 1,
        }
        for part in parts:
            self.body.addWidget(part, stretch.get(part, 0))

        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.community_combo.currentIndexChanged.connect(self._on_names_changed)
        self.region_combo.currentIndexChanged.connect(self._on_names_changed)
        self.retranslate()
        self._on_sheet_changed()
        self.fit_to_screen()

    # -------------------------------------------------------------------------------- results

    def mapping(self) -> CommunityMapping:
        """The current sheet's mapping (edit it through the widgets)."""
        sheet = self.sheet()
        if sheet.name not in self._mappings:
            self._mappings[sheet.name] = guess_community_mapping(sheet, self.workshop)
        return self._mappings[sheet.name]

    def imported(self) -> CommunityImport | None:
        """What the current mapping makes of the communities, None while problems block it."""
        return self._result

    def edit(self) -> Edit | None:
        """The undoable edit that imports the sheet, None while problems block it."""
        return None if self._result is None else self._result.edit()

    def criterion_combo(self, column: int) -> QComboBox:
        """The combo choosing which criterion the sheet's column ``column`` (0-based) fills."""
        combo = self.columns_table.cellWidget(column, CRITERION)
        assert isinstance(combo, QComboBox)
        return combo

    def new_name_edit(self, column: int) -> QLineEdit | None:
        """The new criterion's name for the column ``column``, None unless it adds one."""
        edit = self.columns_table.cellWidget(column, NEW_NAME)
        return edit if isinstance(edit, QLineEdit) else None

    def new_kind_combo(self, column: int) -> QComboBox | None:
        combo = self.columns_table.cellWidget(column, NEW_KIND)
        return combo if isinstance(combo, QComboBox) else None

    def new_direction_combo(self, column: int) -> QComboBox | None:
        combo = self.columns_table.cellWidget(column, NEW_DIRECTION)
        return combo if isinstance(combo, QComboBox) else None

    def state_text(self, column: int) -> str:
        """What becomes of the sheet's column ``column``, as shown."""
        item = self.columns_table.item(column, STATE)
        return item.text() if item is not None else ""

    # -------------------------------------------------------------------------------- hooks

    def _ambiguous(self) -> list[AmbiguousNumber]:
        return ambiguous_community_numbers(self.sheet(), self.mapping(), self.workshop)

    # -------------------------------------------------------------------------------- events

    def _on_sheet_changed(self, _index: int = 0) -> None:
        mapping = self.mapping()
        names = headers(self.sheet())
        labels = [f"{column_letter(j)}: {header}" for j, header in enumerate(names)]
        self._updating = True
        try:
            self.community_combo.clear()
            self.community_combo.addItems(labels)
            self.community_combo.setCurrentIndex(mapping.community)
            self.region_combo.clear()
            self.region_combo.addItem("", None)
            for j, label in enumerate(labels):
                self.region_combo.addItem(label, j)
            self.region_combo.setCurrentIndex(max(self.region_combo.findData(mapping.region), 0))
            self._fill_region_none()
            self._fill_columns()
        finally:
            self._updating = False
        self._fill_header_rows()
        fill_preview(self.preview_model, self.sheet())
        self.preview.resizeColumnsToContents()  # headers and names whole (it scrolls sideways)
        self._recompute()

    def _on_names_changed(self, _index: int = 0) -> None:
        if self._updating:
            return
        mapping = self.mapping()
        mapping.community = max(self.community_combo.currentIndex(), 0)
        region = self.region_combo.currentData()
        mapping.region = None if region == mapping.community else region
        # the names and the regions fill no criterion
        for index in (mapping.community, mapping.region):
            if index is not None:
                mapping.criteria.pop(index, None)
                mapping.new_criteria.pop(index, None)
        self._updating = True
        try:
            if region is not None and mapping.region is None:
                self.region_combo.setCurrentIndex(0)
            self._fill_columns()
        finally:
            self._updating = False
        self._recompute()

    def _on_criterion_changed(self, column: int, combo: QComboBox) -> None:
        if self._updating:
            return
        mapping = self.mapping()
        choice = combo.currentData()
        mapping.criteria.pop(column, None)
        if choice == NEW:
            if column not in mapping.new_criteria:
                mapping.new_criteria[column] = propose_criterion(self.sheet(), column)
        else:
            mapping.new_criteria.pop(column, None)
            if choice:
                mapping.criteria[column] = choice
        self._updating = True
        try:
            self._fill_new_criterion(column)
        finally:
            self._updating = False
        self._recompute()

    def _on_new_name_changed(self, column: int, text: str) -> None:
        new = self.mapping().new_criteria.get(column)
        if self._updating or new is None:
            return
        new.name = text
        self._recompute()

    def _on_new_kind_changed(self, column: int, combo: QComboBox) -> None:
        new = self.mapping().new_criteria.get(column)
        if self._updating or new is None:
            return
        new.kind = CriterionKind(combo.currentData())
        if new.kind is CriterionKind.ORDINAL and not new.levels:
            new.levels = guess_levels(self.sheet(), column)
        self._recompute()

    def _on_new_direction_changed(self, column: int, combo: QComboBox) -> None:
        new = self.mapping().new_criteria.get(column)
        if self._updating or new is None:
            return
        new.direction = Direction(combo.currentData())
        self._recompute()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import communities from %s") % self.table.file.name)
        self.community_label.setText(self.tr("&Communities are named in column:"))
        self.region_label.setText(self.tr("&Region in column:"))
        self.columns_label.setText(self.tr("Which criterion each column &fills"))
        self.columns_table.setHorizontalHeaderLabels(
            [
                self.tr("Column"),
                self.tr("Criterion"),
                self.tr("What becomes of it"),
                self.tr("New criterion's name"),
                self.tr("Kind"),
                self.tr("Direction"),
            ]
        )
        super().retranslate()
        self._updating = True
        try:
            self._fill_region_none()
            self._fill_columns()
        finally:
            self._updating = False
        self._show_problems()

    # -------------------------------------------------------------------------------- filling

    def _fill_region_none(self) -> None:
        if self.region_combo.count():
            self.region_combo.setItemText(0, self.tr("(no region column)"))

    def _fill_columns(self) -> None:
        """One row per column of the sheet: its letter and header, and a combo of the criteria
        it may fill, a new criterion among them (disabled for the names and the regions)."""
        mapping = self.mapping()
        names = headers(self.sheet())
        lang = current_language()
        criteria = importable_criteria(self.workshop)
        clear_cell_widgets(self.columns_table)
        self.columns_table.setRowCount(len(names))
        for j, header in enumerate(names):
            self.columns_table.setItem(j, COLUMN, QTableWidgetItem(f"{column_letter(j)}: {header}"))
            combo = ListComboBox()
            if j == mapping.community:
                combo.addItem(self.tr("(community names)"), NONE)
            elif j == mapping.region:
                combo.addItem(self.tr("(regions)"), NONE)
            else:
                combo.addItem(self.tr("— ignore this column —"), NONE)
                combo.addItem(self.tr("+ Add as a new criterion"), NEW)
                for criterion in criteria:
                    combo.addItem(criterion.label(lang), criterion.id)
                chosen = NEW if j in mapping.new_criteria else mapping.criteria.get(j, NONE)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setEnabled(j not in (mapping.community, mapping.region))
            combo.currentIndexChanged.connect(
                lambda _i, c=j, box=combo: self._on_criterion_changed(c, box)
            )
            self.columns_table.setCellWidget(j, CRITERION, combo)
            self._fill_new_criterion(j)

    def _fill_new_criterion(self, column: int) -> None:
        """The new criterion's name, kind and direction in the column's row; nothing there when
        the column adds none."""
        mapping = self.mapping()
        new = mapping.new_criteria.get(column)
        for part in (NEW_NAME, NEW_KIND, NEW_DIRECTION):
            remove_cell_widget(self.columns_table, column, part)
        if new is None or column in (mapping.community, mapping.region):
            return
        name = QLineEdit(new.name)
        name.setMinimumWidth(140)
        name.textChanged.connect(lambda text, c=column: self._on_new_name_changed(c, text))
        self.columns_table.setCellWidget(column, NEW_NAME, name)
        kind = ListComboBox()
        self._fill_kinds(kind, new)
        kind.currentIndexChanged.connect(
            lambda _i, c=column, b=kind: self._on_new_kind_changed(c, b)
        )
        self.columns_table.setCellWidget(column, NEW_KIND, kind)
        direction = ListComboBox()
        direction.addItem(self.tr("↑ More is better"), Direction.MAX.value)
        direction.addItem(self.tr("↓ Less is better"), Direction.MIN.value)
        direction.setCurrentIndex(direction.findData(new.direction.value))
        direction.currentIndexChanged.connect(
            lambda _i, c=column, b=direction: self._on_new_direction_changed(c, b)
        )
        self.columns_table.setCellWidget(column, NEW_DIRECTION, direction)

    def _fill_kinds(self, combo: QComboBox, new: NewCriterion) -> None:
        combo.addItem(self.tr("Number"), CriterionKind.NUMERIC.value)
        combo.addItem(self.tr("Levels (ordinal)"), CriterionKind.ORDINAL.value)
        combo.addItem(self.tr("Yes/no (gate)"), CriterionKind.GATE.value)
        combo.setCurrentIndex(combo.findData(new.kind.value))

    def _column_state(self, column: int) -> str:
        mapping = self.mapping()
        if column == mapping.community:
            names = problem_state(column_letter(column), self._problems)
            return names or self.tr("Names the communities")
        if column == mapping.region:
            return self.tr("The communities' regions (for the quotas)")
        letter = column_letter(column)
        new = mapping.new_criteria.get(column)
        if new is not None:
            state = problem_state(letter, self._problems) or self.tr("Added as a new criterion")
            if new.kind is CriterionKind.ORDINAL and new.levels:
                state += " — " + self.tr("levels, lowest first: %s") % ", ".join(new.levels)
            return state
        if column in mapping.criteria:
            return problem_state(letter, self._problems) or self.tr("Fills the criterion")
        return self.tr("Not imported: choose its criterion or a new one")

    def _fill_states(self) -> None:
        for column in range(self.columns_table.rowCount()):
            item = QTableWidgetItem(self._column_state(column))
            item.setToolTip(item.text())
            self.columns_table.setItem(column, STATE, item)

    def _recompute(self) -> None:
        self._result, self._problems = apply_community_mapping(
            self.sheet(), self.mapping(), self.workshop, lang=current_language()
        )
        self._show_numbers()
        self._show_problems()

    def _summary(self) -> str:
        result = self._result
        if result is None:
            return ""
        added = (
            self.tr("1 new community")
            if result.added == 1
            else self.tr("%d new communities") % result.added
        )
        updated = (
            self.tr("1 updated") if result.updated == 1 else self.tr("%d updated") % result.updated
        )
        summary = f"{added}, {updated}"
        if result.criteria:
            summary += ", " + (
                self.tr("1 new criterion")
                if len(result.criteria) == 1
                else self.tr("%d new criteria") % len(result.criteria)
            )
        return summary

    def _show_problems(self) -> None:
        fill_problems(self.problems_table, self._problems)
        self._fill_states()
        self.summary_label.setText(self._summary())
        self.problems_label.setText(
            self.status_text(self.tr("No problems: the communities can be imported."))
        )
        self.problems_label.setStyleSheet(WARNING_STYLE if self.blocking_problems() else "")
        self.ok_button().setEnabled(self._result is not None)


__all__ = ["CommunityImportDialog"]
