"""Import communities from a spreadsheet into the open workshop, keeping its criteria.

The person chooses the sheet, the column that names the communities, the region column (or
none) and, for every other column, which of the workshop's criteria it fills (or to ignore it),
all guessed by :func:`app.io.community_import.guess_community_mapping`. A preview shows the first
rows, a line counts the new and the updated communities, and a list shows every problem with its
sheet, row and column; OK is enabled only when nothing blocks the import. After OK,
:meth:`CommunityImportDialog.edit` is the one undoable edit to apply.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.community_import import (
    CommunityImport,
    CommunityMapping,
    apply_community_mapping,
    guess_community_mapping,
    importable_criteria,
)
from app.io.table_import import column_letter
from app.io.table_mapping import headers
from app.models.document import Edit
from app.models.workshop import Workshop
from app.ui.dialogs.import_dialog import (
    PREVIEW_ROWS,
    SheetDialog,
    columns_table,
    fill_preview,
    fill_problems,
)
from app.ui.i18n import current_language
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size
from app.ui.wheel import ListComboBox

#: Columns of the column table.
COLUMN, CRITERION = range(2)
#: The combos' data for "no column" / "ignore this column".
NONE = ""


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
        self.community_combo = QComboBox()
        self.region_label = QLabel()
        self.region_combo = QComboBox()
        self.columns_label = QLabel()
        self.columns_table = columns_table(2)
        self.columns_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summary_label = QLabel()
        ensure_min_point_size(self.summary_label, TEXT_POINT_SIZE)

        form = QFormLayout()
        form.addRow(self.sheet_label, self.sheet_combo)
        form.addRow(self.community_label, self.community_combo)
        form.addRow(self.region_label, self.region_combo)
        self.community_label.setBuddy(self.community_combo)
        self.region_label.setBuddy(self.region_combo)
        self.columns_label.setBuddy(self.columns_table)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        parts: tuple[QWidget, ...] = (
            self.columns_label,
            self.columns_table,
            self.preview_label,
            self.preview,
            self.summary_label,
            self.problems_label,
            self.problems_table,
            self.buttons,
        )
        stretch: dict[QWidget, int] = {
            self.columns_table: 3,
            self.preview: 2,
            self.problems_table: 1,
        }
        for part in parts:
            layout.addWidget(part, stretch.get(part, 0))

        self.sheet_combo.currentIndexChanged.connect(self._on_sheet_changed)
        self.community_combo.currentIndexChanged.connect(self._on_names_changed)
        self.region_combo.currentIndexChanged.connect(self._on_names_changed)
        self.retranslate()
        self._on_sheet_changed()
        self.resize(900, 720)

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
            self.region_combo.setCurrentIndex(self.region_combo.findData(mapping.region))
            self._fill_region_none()
            self._fill_columns()
        finally:
            self._updating = False
        fill_preview(self.preview_model, self.sheet())
        self._recompute()

    def _on_names_changed(self, _index: int = 0) -> None:
        if self._updating:
            return
        mapping = self.mapping()
        mapping.community = max(self.community_combo.currentIndex(), 0)
        mapping.region = self.region_combo.currentData()
        # the names and the regions fill no criterion
        for index in (mapping.community, mapping.region):
            if index is not None:
                mapping.criteria.pop(index, None)
        self._updating = True
        try:
            self._fill_columns()
        finally:
            self._updating = False
        self._recompute()

    def _on_criterion_changed(self, column: int, combo: QComboBox) -> None:
        if self._updating:
            return
        criterion_id = combo.currentData()
        if criterion_id:
            self.mapping().criteria[column] = criterion_id
        else:
            self.mapping().criteria.pop(column, None)
        self._recompute()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import communities from %s") % self.table.file.name)
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.community_label.setText(self.tr("&Communities are named in column:"))
        self.region_label.setText(self.tr("&Region in column:"))
        self.columns_label.setText(self.tr("Which criterion each column &fills"))
        self.columns_table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Criterion")])
        self.preview_label.setText(self.tr("Preview (first %d rows)") % PREVIEW_ROWS)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")]
        )
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
        it may fill (disabled for the names and the regions)."""
        mapping = self.mapping()
        names = headers(self.sheet())
        lang = current_language()
        criteria = importable_criteria(self.workshop)
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
                for criterion in criteria:
                    combo.addItem(criterion.label(lang), criterion.id)
                combo.setCurrentIndex(max(combo.findData(mapping.criteria.get(j, NONE)), 0))
            combo.setEnabled(j not in (mapping.community, mapping.region))
            combo.currentIndexChanged.connect(
                lambda _i, c=j, box=combo: self._on_criterion_changed(c, box)
            )
            self.columns_table.setCellWidget(j, CRITERION, combo)

    def _recompute(self) -> None:
        self._result, self._problems = apply_community_mapping(
            self.sheet(), self.mapping(), self.workshop, lang=current_language()
        )
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
        return f"{added}, {updated}"

    def _show_problems(self) -> None:
        fill_problems(self.problems_table, self._problems)
        self.summary_label.setText(self._summary())
        self.problems_label.setText(
            self.tr("Problems (%d): correct the file or the choices above") % len(self._problems)
            if self._problems
            else self.tr("No problems: the communities can be imported.")
        )
        self.ok_button().setEnabled(self._result is not None)


__all__ = ["CommunityImportDialog"]
