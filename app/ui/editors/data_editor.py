"""The performance-data editor: communities (rows) x criteria (columns), edited in place.

Layout of :class:`DataTableModel`: column 0 is the community's name and column 1 its region (both
editable, so renaming is ordinary cell editing with F2 or a double click); the criteria follow from
column :data:`FIRST_CRITERION_COLUMN` on, gates included. The vertical header shows the row number.

Every change goes through ``session.apply(...)`` as an undoable edit. A value that cannot stand in
a cell (not a number, not a level, infinite), or a name another community has (see
:func:`app.models.workshop.check_community_name`), is refused before any edit is made: ``setData``
returns ``False`` and the model emits ``rejected(str)`` with a translated sentence naming the
community and the criterion, or the other row. :class:`DataEditor` shows that sentence in its
inline message line (no modal dialog on a projector). That is the only channel for refused cells;
the editor does not forward them to ``session.error``, which stays the channel of edits the
document itself refuses.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.criterion import Criterion, CriterionKind, Direction, check_value
from app.models.document import Change
from app.models.errors import InvalidInputError
from app.models.workshop import Community, MissingPolicy, check_community_name, localized, name_key
from app.ui import style
from app.ui.actions import action_bar, editor_action, set_action_texts
from app.ui.i18n import current_language, format_number
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession, translated_error

NAME_COLUMN = 0
REGION_COLUMN = 1
#: Table column of the workshop's first criterion; criterion ``j`` is at ``j + 2``.
FIRST_CRITERION_COLUMN = 2

#: Role under which a cell's raw stored value (float, NaN when missing) is available.
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1

MISSING_TEXT = "—"
#: A lighter missing-cell yellow: the full Okabe-Ito yellow under black text glares on a projector.
MISSING_BACKGROUND = QColor(
    (style.MISSING_COLOR.red() + 255) // 2,
    (style.MISSING_COLOR.green() + 255) // 2,
    (style.MISSING_COLOR.blue() + 255) // 2,
)
ERROR_COLOR = style.DOWN_COLOR.darker(130)
TABLE_POINT_SIZE = 13
#: Widest a column grows when it is fitted to its header and cells, in pixels: a long name
#: wraps onto two lines of the header instead.
MAX_COLUMN_WIDTH = 220
#: A criterion's name longer than this many characters takes two lines of the header.
WRAP_NAME_AT = 14

# One optional sign, digits, at most one decimal separator ('.' or ','), no exponent and no
# grouping: "3,5" and "3.5" both mean three and a half whatever the interface language.
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")
_NUMBER_PREFIX = re.compile(r"[+-]?\d*([.,]\d*)?")


def two_lines(name: str) -> str:
    """``name`` broken at the space nearest its middle when it is long, so that a column can stay
    narrow and still show the whole name."""
    if len(name) <= WRAP_NAME_AT or " " not in name:
        return name
    spaces = [k for k, char in enumerate(name) if char == " "]
    cut = min(spaces, key=lambda k: abs(k - len(name) / 2))
    return f"{name[:cut]}\n{name[cut + 1 :]}"


def _normalised(text: str) -> str:
    return text.strip().replace("\u2212", "-").replace("\u00a0", "")


def parse_number(text: str) -> float | None:
    """The number in ``text`` (either decimal separator), ``NaN`` for empty text (missing), or
    ``None`` when the text is not a finite number."""
    text = _normalised(text)
    if not text:
        return math.nan
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) else None


def decimals_needed(value: float, most: int = 3) -> int:
    """How many decimals show ``value`` without trailing zeros, at most ``most``."""
    for decimals in range(most):
        if abs(round(value, decimals) - value) <= 1e-9 * max(1.0, abs(value)):
            return decimals
    return most


def editable_number(value: float) -> str:
    """``value`` in full precision with the locale's decimal separator and no grouping, so that
    opening a cell's editor and leaving it never changes the stored number."""
    locale = QLocale()
    locale.setNumberOptions(locale.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(value, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


class NumberValidator(QValidator):
    """Accepts numbers as typed with '.' or ',' decimals; letters never enter the cell."""

    def validate(self, text: str, pos: int) -> QValidator.State:  # type: ignore[override, unused-ignore]
        stripped = _normalised(text)
        if parse_number(stripped) is not None:
            return QValidator.State.Acceptable
        if _NUMBER_PREFIX.fullmatch(stripped):
            # "-" or "," on the way to a number
            return QValidator.State.Intermediate
        return QValidator.State.Invalid


class DataTableModel(QAbstractTableModel):
    """A Qt table over ``session.workshop``: names, regions and the performance data.

    The model keeps no data: every call reads the session's current workshop. It only remembers
    the table's shape, to tell an in-place update (``dataChanged``) from a reset.
    """

    rejected = Signal(str)  # a translated message: why a typed value was refused

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._shape = self._current_shape()
        session.changed.connect(self._on_changed)

    # -- layout ---------------------------------------------------------------------------------
    @staticmethod
    def criterion_column(criterion: int) -> int:
        """The table column of the workshop's criterion ``criterion``."""
        return criterion + FIRST_CRITERION_COLUMN

    @staticmethod
    def criterion_at(column: int) -> int | None:
        """The criterion index shown in table ``column``, or ``None`` for name and region."""
        return column - FIRST_CRITERION_COLUMN if column >= FIRST_CRITERION_COLUMN else None

    def _current_shape(self) -> tuple[int, int]:
        workshop = self.session.workshop
        return len(workshop.communities), len(workshop.criteria)

    # -- Qt item-model interface ----------------------------------------------------------------
    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.workshop.communities)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return FIRST_CRITERION_COLUMN + len(self.session.workshop.criteria)

    def flags(self, index: Any) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        j = index.column() - FIRST_CRITERION_COLUMN
        criteria = self.session.workshop.criteria
        if 0 <= j < len(criteria) and criteria[j].kind is CriterionKind.PAIRWISE:
            return flags  # derived from the comparisons, answered in the pairwise tab
        return flags | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(section + 1)
            return None
        if section == NAME_COLUMN:
            return self.tr("Community") if role == Qt.ItemDataRole.DisplayRole else None
        if section == REGION_COLUMN:
            return self.tr("Region") if role == Qt.ItemDataRole.DisplayRole else None
        criteria = self.session.workshop.criteria
        j = section - FIRST_CRITERION_COLUMN
        if not 0 <= j < len(criteria):
            return None
        criterion = criteria[j]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(criterion)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tooltip(criterion)
        return None

    def _header_text(self, criterion: Criterion) -> str:
        """Name on the first line; unit and markers on the second (arrows and words, not colour)."""
        details = []
        if criterion.is_gate:
            details.append(self.tr("yes/no gate"))
        elif criterion.kind is CriterionKind.PAIRWISE:
            details.append(self.tr("compared pairwise"))
        else:
            unit = criterion.unit_label(current_language())
            if unit:
                details.append(unit)
            if criterion.direction is Direction.MIN:
                details.append(self.tr("↓ min"))
        label = two_lines(criterion.label(current_language()))
        return f"{label}\n{' · '.join(details)}" if details else label

    def _header_tooltip(self, criterion: Criterion) -> str:
        lang = current_language()
        lines = [criterion.label(lang)]
        if criterion.is_gate:
            lines.append(self.tr("Yes/no gate: a “No” screens the community out."))
        elif criterion.kind is CriterionKind.PAIRWISE:
            lines.append(
                self.tr(
                    "Compared pairwise: each value is the community's priority from the "
                    "comparisons (the best is 1). Answer them in the Pairwise comparisons tab."
                )
            )
        elif criterion.direction is Direction.MIN:
            lines.append(self.tr("Less is better."))
        else:
            lines.append(self.tr("More is better."))
        description = criterion.description
        if description:
            lines.append(localized(description, lang))
        return "\n".join(line for line in lines if line)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        workshop = self.session.workshop
        row, column = index.row(), index.column()
        if column in (NAME_COLUMN, REGION_COLUMN):
            community = workshop.communities[row]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return community.name if column == NAME_COLUMN else community.region
            return None
        j = column - FIRST_CRITERION_COLUMN
        criterion = workshop.criteria[j]
        value = float(workshop.values[row, j])
        missing = math.isnan(value)
        if role == Qt.ItemDataRole.DisplayRole:
            return MISSING_TEXT if missing else self.display_value(criterion, value)
        if role == Qt.ItemDataRole.EditRole:
            if criterion.kind is CriterionKind.NUMERIC:
                return "" if missing else editable_number(value)
            return None if missing else int(value)
        if role == VALUE_ROLE:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return MISSING_BACKGROUND if missing else None
        if role == Qt.ItemDataRole.ForegroundRole:
            # black on the yellow: the palette's text colour may be light in a dark theme
            return QColor(Qt.GlobalColor.black) if missing else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if criterion.kind is CriterionKind.PAIRWISE:
                return (
                    self.tr("Not enough comparisons yet (Pairwise comparisons tab)")
                    if missing
                    else self.tr("From the pairwise comparisons (Pairwise comparisons tab)")
                )
            if missing:
                return self.tr("Missing value")
            if (criterion.accept_min is not None and value < criterion.accept_min) or (
                criterion.accept_max is not None and value > criterion.accept_max
            ):
                return self.tr("Outside the acceptable range: the community is screened out.")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if criterion.kind is CriterionKind.NUMERIC and not missing:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def display_value(self, criterion: Criterion, value: float) -> str:
        """How a present value reads in its cell: a locale number, a level word, or yes / no."""
        if criterion.kind is CriterionKind.ORDINAL:
            return criterion.level_label(value, current_language()) or format_number(value, 0)
        if criterion.kind is CriterionKind.GATE:
            return self.tr("Yes") if value >= 1 else self.tr("No")
        if criterion.kind is CriterionKind.PAIRWISE:
            return format_number(value, 3)
        return format_number(value, decimals_needed(value))

    def setData(self, index: Any, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        workshop = self.session.workshop
        row, column = index.row(), index.column()
        community = workshop.communities[row]
        if column in (NAME_COLUMN, REGION_COLUMN):
            text = "" if value is None else str(value).strip()
            if column == NAME_COLUMN:
                if not text:
                    self.rejected.emit(self.tr("A community needs a name."))
                    return False
                try:
                    check_community_name(workshop.communities, text, row)
                except InvalidInputError as error:
                    self.rejected.emit(translated_error(error))
                    return False
                new = replace(community, name=text)
            else:
                new = replace(community, region=text)
            if new == community:
                return True
            return self.session.apply(edits.update_community(row, new))

        j = column - FIRST_CRITERION_COLUMN
        criterion = workshop.criteria[j]
        number = self._to_value(criterion, value)
        refused = number is None
        if number is not None:
            try:
                check_value(criterion, number, community.name)
            except InvalidInputError as error:
                if criterion.kind is CriterionKind.NUMERIC:
                    self.rejected.emit(translated_error(error))
                    return False
                refused = True  # a score that is not a level, a gate answer other than 0/1
        if refused or number is None:
            template = (
                self.tr("{community}, {criterion}: “{text}” is not a number.")
                if criterion.kind is CriterionKind.NUMERIC
                else self.tr("{community}, {criterion}: “{text}” is not one of the choices.")
            )
            # our own sentence, so the criterion is named in the interface language
            self.rejected.emit(
                template.format(
                    community=community.name,
                    criterion=criterion.label(current_language()),
                    text="" if value is None else str(value),
                )
            )
            return False
        old = float(workshop.values[row, j])
        if old == number or (math.isnan(old) and math.isnan(number)):
            return True  # no empty undo step when an editor is left unchanged
        return self.session.apply(edits.set_value(row, j, number))

    def _to_value(self, criterion: Criterion, value: Any) -> float | None:
        """The stored float for what an editor (or a test) hands over; ``None`` if unusable.

        Numeric cells take text (either decimal separator; empty = missing) or a number. Verbal
        cells take the level score (1 = first, worst level; what the combo's row is), or the level
        word in either language. Gates take 1/0, ``True``/``False``, or "Yes"/"No"/"Sí". ``None``
        or ``NaN`` makes any cell missing.
        """
        if value is None:
            return math.nan
        if isinstance(value, bool):
            return float(value)
        if isinstance(value, int | float):
            return float(value) if math.isnan(value) or math.isfinite(value) else None
        text = _normalised(str(value))
        if criterion.kind is not CriterionKind.NUMERIC and text:
            lowered = text.casefold()
            if criterion.kind is CriterionKind.ORDINAL:
                for score, level in enumerate(criterion.levels, start=1):
                    if lowered in (name.casefold() for name in level.name.values() if name):
                        return float(score)
            else:
                if lowered in {self.tr("Yes").casefold(), "yes", "sí", "si"}:
                    return 1.0
                if lowered in {self.tr("No").casefold(), "no"}:
                    return 0.0
        return parse_number(text)

    # -- updates from the document --------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if not changes & {Change.DATA, Change.STRUCTURE, Change.DOCUMENT}:
            return
        shape = self._current_shape()
        if shape != self._shape or Change.DOCUMENT in changes:
            self.beginResetModel()
            self._shape = shape
            self.endResetModel()
            return
        self._refresh_all(headers=Change.STRUCTURE in changes)

    def _refresh_all(self, *, headers: bool) -> None:
        rows, columns = self.rowCount(), self.columnCount()
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
        if headers:
            if columns:
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if rows:
                self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)

    def retranslate(self) -> None:
        """Re-read headers, level words and yes/no in the current language."""
        self._refresh_all(headers=True)


def typed_choice(combo: QComboBox) -> int | None:
    """The item an editable combo box's text names, whatever the case: the one it spells, else
    the only one it begins ("alta" for "alta (afueras de la mina)", not "muy alta"), else the
    only one that contains it; ``None`` for none or several."""
    text = combo.currentText().strip().casefold()
    names = [combo.itemText(row).casefold() for row in range(combo.count())]
    if text in names:
        return names.index(text)
    for matches in (str.startswith, str.__contains__):
        found = [row for row, name in enumerate(names) if text and matches(name, text)]
        if found:
            return found[0] if len(found) == 1 else None
    return None


class CellDelegate(QStyledItemDelegate):
    """Editors that accept only what a cell can hold: numbers as typed, or a list of choices."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    @staticmethod
    def _criterion(index: QModelIndex | QPersistentModelIndex) -> Criterion | None:
        model = index.model()
        if not isinstance(model, DataTableModel):
            return None
        j = DataTableModel.criterion_at(index.column())
        return None if j is None else model.session.workshop.criteria[j]

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        criterion = self._criterion(index)
        if criterion is None or criterion.kind is CriterionKind.NUMERIC:
            editor = super().createEditor(parent, option, index)
            if criterion is not None and isinstance(editor, QLineEdit):
                editor.setValidator(NumberValidator(editor))
                editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return editor
        combo = QComboBox(parent)
        combo.addItem(self.tr("— (missing)"), math.nan)
        if criterion.kind is CriterionKind.ORDINAL:
            lang = current_language()
            for score, level in enumerate(criterion.levels, start=1):
                combo.addItem(level.label(lang), float(score))
        else:
            combo.addItem(self.tr("No"), 0.0)
            combo.addItem(self.tr("Yes"), 1.0)
        # Typed words find the level anywhere in its name ("alta" finds "alta (afueras de la
        # mina)", not the first level that starts with an a); only a level can be chosen.
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = combo.completer()
        assert completer is not None  # an editable combo box has one
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        # a choice made with the keyboard or the mouse is committed at once
        combo.activated.connect(lambda _row, c=combo: self._commit_and_close(c))
        return combo

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(VALUE_ROLE)
            row = 0
            for i in range(1, editor.count()):
                if editor.itemData(i) == value:
                    row = i
            editor.setCurrentIndex(row)
            line = editor.lineEdit()
            if line is not None:
                line.selectAll()  # a typed word replaces the level shown
            return
        super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            row = typed_choice(editor)
            if row is not None:  # words that name no level, or several, change nothing
                model.setData(index, editor.itemData(row), Qt.ItemDataRole.EditRole)
            return
        if isinstance(editor, QLineEdit):
            if editor.text() == (index.data(Qt.ItemDataRole.EditRole) or ""):
                return  # untouched: no edit, no undo step
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class DataEditor(Retranslating, QWidget):
    """The communities x criteria table with its commands and an inline message line."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = DataTableModel(session, self)
        self.delegate = CellDelegate(self)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(self.delegate)
        font = QFont(self.view.font())
        font.setPointSize(max(font.pointSize(), TABLE_POINT_SIZE))
        self.view.setFont(font)
        self.view.horizontalHeader().setFont(font)
        self.view.verticalHeader().setFont(font)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.setWordWrap(False)
        # whole names and headers: fit the columns whenever the communities or criteria change
        self.model.modelReset.connect(self.fit_columns)
        self.model.headerDataChanged.connect(self._on_header_changed)
        self.fit_columns()

        self.add_community_action = editor_action(self, "Ctrl+Shift+N", self._on_add_triggered)
        self.remove_community_action = editor_action(
            self, "Ctrl+Shift+Del", self._on_remove_triggered
        )
        self.rename_community_action = editor_action(
            self, "Ctrl+Shift+R", self._on_rename_triggered
        )
        self.move_up_action = editor_action(self, "Ctrl+Shift+Up", self._on_move_up_triggered)
        self.move_down_action = editor_action(self, "Ctrl+Shift+Down", self._on_move_down_triggered)

        bar, self.buttons = action_bar(
            self,
            (
                self.add_community_action,
                self.rename_community_action,
                self.remove_community_action,
                self.move_up_action,
                self.move_down_action,
            ),
        )
        buttons = QHBoxLayout()
        buttons.addWidget(bar, 1)
        self.missing_label = QLabel(self)
        self.missing_policy = QComboBox(self)
        self.missing_policy.addItem("", MissingPolicy.EXCLUDE.value)
        self.missing_policy.addItem("", MissingPolicy.WORST.value)
        self.missing_label.setBuddy(self.missing_policy)
        buttons.addWidget(self.missing_label)
        buttons.addWidget(self.missing_policy)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        message_font = QFont(self.message.font())
        message_font.setPointSize(max(message_font.pointSize(), TABLE_POINT_SIZE))
        self.message.setFont(message_font)

        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)

        self.model.rejected.connect(self._on_rejected)
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.missing_policy.activated.connect(self._on_missing_policy_activated)
        session.changed.connect(self._on_changed)

        self.retranslate()
        self._show_missing_policy()
        self._update_actions()

    # -- language -------------------------------------------------------------------------------
    def fit_columns(self) -> None:
        """Each column as wide as its header and cells need, up to :data:`MAX_COLUMN_WIDTH`."""
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for column in range(header.count()):
            if header.sectionSize(column) > MAX_COLUMN_WIDTH:
                header.resizeSection(column, MAX_COLUMN_WIDTH)

    def _on_header_changed(self, orientation: Qt.Orientation, first: int, last: int) -> None:
        if orientation == Qt.Orientation.Horizontal:
            self.fit_columns()

    def retranslate(self) -> None:
        texts = {
            self.add_community_action: self.tr("Add community"),
            self.remove_community_action: self.tr("Remove community"),
            self.rename_community_action: self.tr("Rename community"),
            self.move_up_action: self.tr("Move up"),
            self.move_down_action: self.tr("Move down"),
        }
        set_action_texts(texts)
        self.missing_label.setText(self.tr("&Missing values:"))
        self.missing_policy.setItemText(0, self.tr("exclude the community"))
        self.missing_policy.setItemText(1, self.tr("count as the worst value"))
        if not self.message.property("showing"):
            self.clear_message()
        self.model.retranslate()

    # -- messages -------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        """Show ``text`` as a refusal: red, bold and with a warning sign (not colour alone)."""
        self.message.setProperty("showing", "error")
        self.message.setStyleSheet(f"color: {ERROR_COLOR.name()}; font-weight: bold;")
        self.message.setText(f"⚠ {text}")

    def show_info(self, text: str) -> None:
        self.message.setProperty("showing", "info")
        self.message.setStyleSheet("")
        self.message.setText(text)

    def clear_message(self) -> None:
        """Back to the typing hint."""
        self.message.setProperty("showing", "")
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr(
                "Type a value or press F2 to edit; empty means missing. “3,5” and “3.5” both work."
            )
        )

    def _on_rejected(self, text: str) -> None:
        self.show_error(text)

    # -- selection ------------------------------------------------------------------------------
    def current_row(self) -> int:
        """The community row of the current cell, or -1."""
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int, column: int = NAME_COLUMN) -> None:
        if 0 <= row < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(row, column))
        self._update_actions()

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.current_row()
        n = self.model.rowCount()
        has_row = 0 <= row < n
        self.remove_community_action.setEnabled(has_row)
        self.rename_community_action.setEnabled(has_row)
        self.move_up_action.setEnabled(has_row and row > 0)
        self.move_down_action.setEnabled(has_row and row < n - 1)
        self.add_community_action.setEnabled(True)

    # -- commands -------------------------------------------------------------------------------
    def _new_community(self) -> Community:
        workshop = self.session.workshop
        ids = {c.id for c in workshop.communities}
        names = {name_key(c.name) for c in workshop.communities}
        number = len(workshop.communities) + 1
        while f"k{number}" in ids:
            number += 1
        identifier = f"k{number}"
        count = len(workshop.communities) + 1
        name = self.tr("New community {number}").format(number=count)
        while name_key(name) in names:
            count += 1
            name = self.tr("New community {number}").format(number=count)
        return Community(id=identifier, name=name)

    def _on_add_triggered(self) -> None:
        """Add an empty community at the end and start editing its name."""
        community = self._new_community()
        if not self.session.apply(edits.add_community(community)):
            return
        row = self.model.rowCount() - 1
        self.select_row(row)
        self.show_info(self.tr("Added “{name}”: type its name.").format(name=community.name))
        self._edit_name(row)

    def _edit_name(self, row: int) -> None:
        index = self.model.index(row, NAME_COLUMN)
        # QAbstractItemView.edit warns when an editor is already open
        if index.isValid() and self.view.state() != QAbstractItemView.State.EditingState:
            self.view.setFocus()
            self.view.edit(index)

    def _on_rename_triggered(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.select_row(row)
            self._edit_name(row)

    def _on_remove_triggered(self) -> None:
        row = self.current_row()
        if not 0 <= row < self.model.rowCount():
            return
        name = self.session.workshop.communities[row].name
        column = self.view.currentIndex().column()
        # no confirmation dialog on a projector: the removal is undoable
        if self.session.apply(edits.remove_community(row)):
            self.select_row(min(row, self.model.rowCount() - 1), column)
            self.show_info(self.tr("Removed “{name}”. Undo brings it back.").format(name=name))

    def _move(self, step: int) -> None:
        index = self.view.currentIndex()
        row = index.row() if index.isValid() else -1
        to = row + step
        if not (0 <= row < self.model.rowCount() and 0 <= to < self.model.rowCount()):
            return
        if self.session.apply(edits.move_community(row, to)):
            self.select_row(to, index.column())
            self.clear_message()

    def _on_move_up_triggered(self) -> None:
        self._move(-1)

    def _on_move_down_triggered(self) -> None:
        self._move(1)

    def _on_missing_policy_activated(self, row: int) -> None:
        policy = MissingPolicy(self.missing_policy.itemData(row))
        settings = self.session.workshop.settings
        if settings.missing is not policy:
            self.session.apply(edits.set_settings(replace(settings, missing=policy)))

    # -- updates from the document --------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.SETTINGS, Change.DOCUMENT}:
            self._show_missing_policy()
        if changes & {Change.DATA, Change.STRUCTURE, Change.DOCUMENT}:
            self._update_actions()
            # the table changed (a correction, an undo): an earlier refusal no longer applies
            self.clear_message()

    def _show_missing_policy(self) -> None:
        index = self.missing_policy.findData(self.session.workshop.settings.missing.value)
        self.missing_policy.blockSignals(True)
        self.missing_policy.setCurrentIndex(max(index, 0))
        self.missing_policy.blockSignals(False)
