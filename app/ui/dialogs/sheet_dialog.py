"""What the import dialogs share: the sheet, the text's encoding, the header row, the numbers that
read two ways, a preview, the problems and notes, in a body that scrolls on a laptop's screen.

:class:`SheetDialog` is the base of :class:`~app.ui.dialogs.import_dialog.ImportDialog` (a table
opened as a new workshop) and
:class:`~app.ui.dialogs.community_import_dialog.CommunityImportDialog` (communities imported into
the open workshop). The encoding shown is the one :func:`app.io.table_import.decode_table` detected
with how sure the guess is, and a warning when it is not sure; another one chosen reads the file
again (:func:`app.io.table_mapping.read_raw_table`) and the preview shows what it does to the
names. Every choice's combo box takes the mouse wheel only once it has the focus
(:mod:`app.ui.wheel`).
"""

from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.io.table_import import ENCODING_CHOICES, DecodedText, column_letter, encoding_notes
from app.io.table_mapping import (
    AmbiguousNumber,
    Problem,
    RawTable,
    Sheet,
    cell_at,
    cell_text,
    data_rows,
    header_choices,
    header_row,
    headers,
    read_raw_table,
    with_header,
)
from app.models.errors import InvalidInputError
from app.models.text import in_language
from app.ui.i18n import current_language
from app.ui.retranslating import Retranslating
from app.ui.session import translated_error
from app.ui.style import DOWN_COLOR, TEXT_POINT_SIZE, ensure_min_point_size
from app.ui.wheel import ListComboBox

#: Data rows shown in the preview.
PREVIEW_ROWS = 10
#: Cells that read two ways listed by name; the rest are counted.
LISTED_NUMBERS = 6
#: Rows named in a column's state; the rest are counted.
LISTED_ROWS = 5
#: Characters of a row shown in the header row's choices.
HEADER_TEXT = 70
#: The dialogs' size where the screen has room (a laptop's 1366 x 728 has).
DIALOG_WIDTH, DIALOG_HEIGHT = 1000, 700
#: Room left around a dialog for its frame and title bar on a small screen.
FRAME_ROOM = 60
#: Colour of a warning (an uncertain encoding, problems that block).
WARNING_STYLE = f"color: {DOWN_COLOR.darker(130).name()}; font-weight: bold;"


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
    """One row per problem: sheet, row, "letter: header", the message in the interface language;
    a note (it does not block the import) is marked as one, in italics."""
    table.setRowCount(len(problems))
    for row, problem in enumerate(problems):
        column = f"{problem.column}: {problem.header}" if problem.column else ""
        message = problem_text(problem)
        if not problem.blocking:
            message = QCoreApplication.translate("SheetDialog", "Note: %s") % message
        texts = (
            problem.sheet,
            "" if problem.row is None else str(problem.row),
            column,
            message,
        )
        for position, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if not problem.blocking:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            table.setItem(row, position, item)


def problems_table() -> QTableWidget:
    """The read-only table :func:`fill_problems` fills (the caller sets its headers)."""
    table = QTableWidget(0, 4)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


#: Width of the column that says what becomes of each column (its text wraps).
STATE_WIDTH = 250


def remove_cell_widget(table: QTableWidget, row: int, column: int) -> None:
    """Take the widget out of a cell, out of sight at once: Qt deletes it only when the event
    loop it was made in runs again, and a dialog run with exec() is a loop of its own, so a
    replaced widget would otherwise stay drawn at the table's top left corner meanwhile."""
    widget = table.cellWidget(row, column)
    if widget is not None:
        widget.hide()
        table.removeCellWidget(row, column)


def clear_cell_widgets(table: QTableWidget) -> None:
    """Take every widget out of the table's cells (see :func:`remove_cell_widget`)."""
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            remove_cell_widget(table, row, column)


def columns_table(count: int, state: int | None = None) -> QTableWidget:
    """The table of the sheet's columns and what each fills (the caller sets its headers): one
    row per column, columns sized to their contents, the last one stretched; with ``state`` (the
    column that says what becomes of each), none stretched and that one of a fixed width, its
    text wrapped, the rows as high as it needs."""
    table = QTableWidget(0, count)
    vertical = table.verticalHeader()
    vertical.setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    if state is not None:
        # the last column (levels, a combo box) as wide as it needs: the table scrolls sideways
        # rather than squeeze it
        header.setStretchLastSection(False)
        header.setSectionResizeMode(state, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(state, STATE_WIDTH)
        table.setWordWrap(True)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    ensure_min_point_size(table, TEXT_POINT_SIZE)
    return table


def codec_name(encoding: str) -> str:
    """Python's own name of a codec (``latin-1`` is ``iso8859-1``), the name itself if unknown."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


def encoding_label(encoding: str) -> str:
    """The name a person knows an encoding by, in the interface language."""
    name = codec_name(encoding)
    labels = {
        "utf-8": QCoreApplication.translate("SheetDialog", "UTF-8"),
        "utf-8-sig": QCoreApplication.translate("SheetDialog", "UTF-8"),
        "cp1252": QCoreApplication.translate(
            "SheetDialog", "Windows-1252 (Excel “CSV” on Windows)"
        ),
        "mac-roman": QCoreApplication.translate("SheetDialog", "Mac Roman (Excel “CSV” on a Mac)"),
        "iso8859-1": QCoreApplication.translate("SheetDialog", "Latin-1 (ISO-8859-1)"),
        "utf-16": QCoreApplication.translate("SheetDialog", "UTF-16 (Excel “Unicode text”)"),
    }
    return labels.get(name, name)


def rows_text(rows: list[int]) -> str:
    """Row numbers for a column's state: the first :data:`LISTED_ROWS`, then how many more."""
    shown = ", ".join(str(row) for row in rows[:LISTED_ROWS])
    if len(rows) > LISTED_ROWS:
        shown += " " + QCoreApplication.translate("SheetDialog", "and %d more") % (
            len(rows) - LISTED_ROWS
        )
    return shown


def problem_state(column: str, problems: list[Problem]) -> str:
    """What the problems say of the column ``column`` (a letter): the rows whose cells block the
    import, else those with a note; ``""`` when none."""
    translate = QCoreApplication.translate
    blocking = sorted({p.row for p in problems if p.column == column and p.blocking and p.row})
    if len(blocking) == 1:
        return (
            translate("SheetDialog", "Not importable yet: correct the cell in row %s")
            % (blocking[0])
        )
    if blocking:
        return translate(
            "SheetDialog", "Not importable yet: correct the cells in rows %s"
        ) % rows_text(blocking)
    if any(p.column == column and p.blocking for p in problems):
        return translate("SheetDialog", "Not importable yet: see the problems below")
    noted = sorted({p.row for p in problems if p.column == column and p.row and not p.blocking})
    if len(noted) == 1:
        return translate("SheetDialog", "Imported; read the note on row %s") % noted[0]
    if noted:
        return translate("SheetDialog", "Imported; read the notes on rows %s") % rows_text(noted)
    return ""


class ReadsNumbers(Protocol):
    """A dialog's mapping, as far as :class:`SheetDialog` edits it: how to read the numbers that
    read two ways (:class:`~app.io.table_mapping.Mapping`,
    :class:`~app.io.community_import.CommunityMapping`)."""

    thousands: bool | None


class SheetDialog(Retranslating, QDialog):
    """What the import dialogs share: the file's sheets (a choice shown when there are several),
    the text's encoding (a CSV table), the header row, the numbers that read two ways, a preview
    of the rows, the problems table and OK/Cancel, in a scrolling body that fits a laptop's
    screen. Subclasses lay their own widgets out in :attr:`form` and :attr:`body`, keep each
    sheet's mapping in ``_mappings`` and implement the hooks (:meth:`mapping`,
    :meth:`_on_sheet_changed`, :meth:`_recompute`, :meth:`_ambiguous`)."""

    def __init__(self, path: str | Path, parent: QWidget | None = None) -> None:
        # the file first: a file that cannot be read leaves no half-built dialog behind (it
        # would be asked to retranslate itself at the next change of language)
        raw = read_raw_table(path)
        super().__init__(parent)
        self.path = Path(path)
        self.table: RawTable = raw
        self._detected: DecodedText | None = self.table.decoded
        self._headers: dict[str, Sheet] = {}  # a sheet whose header row the person chose
        self._choosing = False  # the dialog itself sets a choice's widgets

        self.sheet_label = QLabel()
        self.sheet_combo = ListComboBox()
        self.sheet_combo.addItems([sheet.name for sheet in self.table.sheets])
        self.sheet_label.setBuddy(self.sheet_combo)
        single = len(self.table.sheets) == 1
        self.sheet_label.setVisible(not single)
        self.sheet_combo.setVisible(not single)

        self.encoding_label = QLabel()
        self.encoding_combo = ListComboBox()
        self.encoding_label.setBuddy(self.encoding_combo)
        self.encoding_warning = QLabel()
        self.encoding_warning.setWordWrap(True)
        self.encoding_warning.setStyleSheet(WARNING_STYLE)
        is_text = self._detected is not None
        for widget in (self.encoding_label, self.encoding_combo):
            widget.setVisible(is_text)
        self.encoding_warning.setVisible(False)

        self.header_label = QLabel()
        self.header_combo = ListComboBox()
        self.header_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.header_combo.setMinimumContentsLength(30)
        self.header_label.setBuddy(self.header_combo)

        self.numbers_box = QGroupBox()
        self.numbers_list = QLabel()
        self.numbers_list.setWordWrap(True)
        self.numbers_list.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.numbers_label = QLabel()
        self.numbers_combo = ListComboBox()
        self.numbers_label.setBuddy(self.numbers_combo)
        numbers_form = QFormLayout()
        numbers_form.addRow(self.numbers_label, self.numbers_combo)
        numbers_layout = QVBoxLayout(self.numbers_box)
        numbers_layout.addWidget(self.numbers_list)
        numbers_layout.addLayout(numbers_form)
        self.numbers_box.setVisible(False)

        self.preview_label = QLabel()
        self.preview_model = QStandardItemModel(self)
        self.preview = QTableView()
        self.preview.setModel(self.preview_model)
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_table = problems_table()
        for table in (self.preview, self.problems_table):
            ensure_min_point_size(table, TEXT_POINT_SIZE)
        self.preview.setMinimumHeight(120)
        self.problems_table.setMinimumHeight(110)
        self._problems: list[Problem] = []
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        # the body scrolls, the buttons stay: a laptop's screen is lower than all of it
        self.form = QFormLayout()
        self.form.addRow(self.sheet_label, self.sheet_combo)
        self.form.addRow(self.encoding_label, self.encoding_combo)
        self.form.addRow(self.encoding_warning)
        self.form.addRow(self.header_label, self.header_combo)
        content = QWidget()
        self.body = QVBoxLayout(content)
        self.body.addLayout(self.form)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroll_area, 1)
        outer.addWidget(self.buttons)

        self.encoding_combo.currentIndexChanged.connect(self._on_encoding_chosen)
        self.header_combo.currentIndexChanged.connect(self._on_header_chosen)
        self.numbers_combo.currentIndexChanged.connect(self._on_thousands_chosen)

    def fit_to_screen(self) -> None:
        """:data:`DIALOG_WIDTH` x :data:`DIALOG_HEIGHT`, less where the screen is smaller."""
        screen = self.screen()
        width, height = DIALOG_WIDTH, DIALOG_HEIGHT
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - FRAME_ROOM)
            height = min(height, available.height() - FRAME_ROOM)
        self.resize(width, height)

    # -------------------------------------------------------------------------------- results

    def sheet(self) -> Sheet:
        """The chosen sheet, with the header row the person chose, if any."""
        base = self.table.sheets[max(self.sheet_combo.currentIndex(), 0)]
        return self._headers.get(base.name, base)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def problems(self) -> list[Problem]:
        """What blocks (or would change) the import with the current choices."""
        return list(self._problems)

    def blocking_problems(self) -> list[Problem]:
        """The problems that block the import (the notes left out)."""
        return [p for p in self._problems if p.blocking]

    # -------------------------------------------------------------------------------- hooks

    #: each sheet's mapping, by the sheet's name, made by the subclass when first shown
    _mappings: dict[str, Any]

    def mapping(self) -> ReadsNumbers:
        """The current sheet's mapping (see the subclasses)."""
        raise NotImplementedError

    def _forget_mappings(self, sheet: str | None) -> None:
        """Drop the mapping of ``sheet`` (None: of every sheet): its columns changed."""
        if sheet is None:
            self._mappings.clear()
        else:
            self._mappings.pop(sheet, None)

    def _on_sheet_changed(self, _index: int = 0) -> None:
        raise NotImplementedError

    def _recompute(self) -> None:
        raise NotImplementedError

    def _ambiguous(self) -> list[AmbiguousNumber]:
        """The cells of the mapped numeric columns that read two ways."""
        raise NotImplementedError

    # -------------------------------------------------------------------------------- encoding

    def _fill_encodings(self) -> None:
        """The detected encoding (with how sure) first, then every one the person may choose."""
        detected = self._detected
        if detected is None:
            return
        chosen = self._chosen_encoding()
        self._choosing = True
        try:
            self.encoding_combo.clear()
            self.encoding_combo.addItem(
                self.tr("%1 (detected, %2 % sure)")
                .replace("%1", encoding_label(detected.encoding))
                .replace("%2", str(round(100 * detected.confidence))),
                None,
            )
            for encoding in ENCODING_CHOICES:
                self.encoding_combo.addItem(encoding_label(encoding), encoding)
            self.encoding_combo.setCurrentIndex(max(self.encoding_combo.findData(chosen), 0))
        finally:
            self._choosing = False
        self._show_encoding()

    def _chosen_encoding(self) -> str | None:
        decoded = self.table.decoded
        return decoded.encoding if decoded is not None and decoded.chosen else None

    def _show_encoding(self, refused: str = "") -> None:
        """The warning under the encoding: the encoding could not be read as chosen, the guess is
        uncertain (or some rows were read otherwise); nothing when sure or chosen."""
        decoded = self.table.decoded
        texts = [refused] if refused else []
        if decoded is not None and decoded.mixed_rows:
            # which rows were read otherwise than the rest
            texts += [translated_error(note) for note in encoding_notes(decoded, self.path.name)]
        elif decoded is not None and decoded.uncertain:
            texts.append(
                self.tr(
                    "The encoding is a guess: check the accented names in the preview (ñ, á, "
                    "é…); if they look wrong, choose another encoding above."
                )
            )
        self.encoding_warning.setText(" ".join(texts))
        self.encoding_warning.setVisible(bool(texts))

    def _on_encoding_chosen(self, index: int) -> None:
        if self._choosing or index < 0:
            return
        encoding = self.encoding_combo.itemData(index)
        try:
            table = read_raw_table(self.path, encoding=encoding)
        except InvalidInputError as error:
            refused = translated_error(error)
        except (OSError, ValueError) as error:  # the system's words for what stopped the reading
            refused = str(error)
        else:
            self.table = table
            self._headers.clear()
            self._forget_mappings(None)
            self._show_encoding()
            self._on_sheet_changed()
            return
        # the preview stays as it was read: so does the choice shown
        self._choosing = True
        try:
            self.encoding_combo.setCurrentIndex(
                max(self.encoding_combo.findData(self._chosen_encoding()), 0)
            )
        finally:
            self._choosing = False
        self._show_encoding(refused)

    # -------------------------------------------------------------------------------- header row

    def _fill_header_rows(self) -> None:
        """The sheet's first rows with something in them, the header row found (or chosen)
        selected."""
        sheet = self.sheet()
        self._choosing = True
        try:
            self.header_combo.clear()
            for index, texts in header_choices(sheet):
                shown = texts if len(texts) <= HEADER_TEXT else texts[: HEADER_TEXT - 1] + "…"
                self.header_combo.addItem(
                    self.tr("Row %1: %2").replace("%1", str(index + 1)).replace("%2", shown),
                    index,
                )
            self.header_combo.setCurrentIndex(max(self.header_combo.findData(header_row(sheet)), 0))
        finally:
            self._choosing = False

    def _on_header_chosen(self, index: int) -> None:
        if self._choosing or index < 0:
            return
        row = self.header_combo.itemData(index)
        base = self.table.sheets[max(self.sheet_combo.currentIndex(), 0)]
        self._headers[base.name] = with_header(base, row)
        self._forget_mappings(base.name)
        self._on_sheet_changed()

    # -------------------------------------------------------------------------------- numbers

    def _show_numbers(self) -> None:
        """The cells whose numbers read two ways, and the choice of how to read them; hidden when
        there are none."""
        found = self._ambiguous()
        self.numbers_box.setVisible(bool(found))
        if not found:
            return
        lines = [
            self.tr("Row %1, column %2 (%3): “%4” is %5 or %6")
            .replace("%1", str(cell.row))
            .replace("%2", cell.column)
            .replace("%3", cell.header)
            .replace("%4", cell.text)
            .replace("%5", f"{max(cell.value, cell.other, key=abs):g}")
            .replace("%6", f"{min(cell.value, cell.other, key=abs):g}")
            for cell in found[:LISTED_NUMBERS]
        ]
        if len(found) > LISTED_NUMBERS:
            lines.append(self.tr("… and %d more") % (len(found) - LISTED_NUMBERS))
        self.numbers_list.setText("\n".join(lines))
        example = found[0]
        grouped = f"{max(example.value, example.other, key=abs):g}"
        decimal = f"{min(example.value, example.other, key=abs):g}"
        thousands = self.mapping().thousands
        self._choosing = True
        try:
            self.numbers_combo.clear()
            if example.decided_by_file:
                mark = "," if self.sheet().decimal_comma else "."
                self.numbers_combo.addItem(
                    self.tr("As the file's decimal mark (“%1”) says: “%2” is %3")
                    .replace("%1", mark)
                    .replace("%2", example.text)
                    .replace("%3", f"{example.value:g}"),
                    None,
                )
            else:
                self.numbers_combo.addItem(self.tr("Choose how to read them…"), None)
            self.numbers_combo.addItem(
                self.tr("With a thousands separator: “%1” is %2")
                .replace("%1", example.text)
                .replace("%2", grouped),
                True,
            )
            self.numbers_combo.addItem(
                self.tr("With a decimal mark: “%1” is %2")
                .replace("%1", example.text)
                .replace("%2", decimal),
                False,
            )
            self.numbers_combo.setCurrentIndex(max(self.numbers_combo.findData(thousands), 0))
        finally:
            self._choosing = False

    def _on_thousands_chosen(self, index: int) -> None:
        if self._choosing or index < 0:
            return
        self.mapping().thousands = self.numbers_combo.itemData(index)
        self._recompute()

    # -------------------------------------------------------------------------------- texts

    def retranslate(self) -> None:
        """Set every text in the interface language (each dialog its own, and these)."""
        self.sheet_label.setText(self.tr("&Sheet:"))
        self.encoding_label.setText(self.tr("Text &encoding:"))
        self.header_label.setText(self.tr("&Header row:"))
        self.numbers_box.setTitle(self.tr("Numbers that read two ways"))
        self.numbers_label.setText(self.tr("Rea&d them:"))
        self.preview_label.setText(self.tr("Preview (first %d rows)") % PREVIEW_ROWS)
        self.problems_table.setHorizontalHeaderLabels(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem or note")]
        )
        self._fill_encodings()
        if self.header_combo.count():
            self._fill_header_rows()
        if self.numbers_box.isVisibleTo(self):
            self._show_numbers()

    def status_text(self, ready: str) -> str:
        """The line above the problems: what blocks, else ``ready`` and the notes to read."""
        blocking = len(self.blocking_problems())
        notes = len(self._problems) - blocking
        if blocking:
            return self.tr("Problems (%d): correct the file or the choices above") % blocking
        if notes:
            return ready + " " + self.tr("Notes (%d): check how these cells are read.") % notes
        return ready


__all__ = [
    "PREVIEW_ROWS",
    "WARNING_STYLE",
    "SheetDialog",
    "codec_name",
    "columns_table",
    "encoding_label",
    "fill_preview",
    "fill_problems",
    "problem_state",
    "problem_text",
    "problems_table",
]
