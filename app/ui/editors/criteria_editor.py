"""The criteria editor: the list of criteria and a form for the selected one.

The form is applied as one undoable edit (``edits.update_criterion``) by its Apply button
(Ctrl+Return). Input the workshop cannot take (no name, a verbal criterion with fewer than two
levels, a lowest acceptable value above the highest) is refused before any edit: the reason is shown
in the inline message line under the form (no modal dialog on a projector) and the document stays
as it was.

The form follows the document: when the selected criterion changes underneath it (undo, redo, an
edit elsewhere) it is reloaded; when it does not, what the user is typing is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.criterion import (
    Criterion,
    CriterionKind,
    Direction,
    Level,
    criterion_from_dict,
    criterion_to_dict,
)
from app.models.document import Change
from app.models.errors import InvalidInputError
from app.models.workshop import localized
from app.ui import style
from app.ui.actions import action_bar, editor_action, set_action_texts
from app.ui.i18n import current_language, format_number
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession, translated_error

ERROR_COLOR = style.DOWN_COLOR.darker(130)
LIST_POINT_SIZE = 13
#: Separates the Spanish and English name of a level on one line of the levels box.
LEVEL_SEPARATOR = "|"
_THRESHOLD_LIMIT = 1e12


class _FormError(Exception):
    """Form input the workshop cannot take; the argument is the translated message."""


def _decimals(value: float) -> int:
    for decimals in range(3):
        if abs(round(value, decimals) - value) <= 1e-9 * max(1.0, abs(value)):
            return decimals
    return 3


def _with_languages(text: Mapping[str, str], es: str, en: str) -> dict[str, str]:
    """``text`` with its Spanish and English replaced; empty ones dropped, other languages kept."""
    result = dict(text)
    for code, value in (("es", es.strip()), ("en", en.strip())):
        if value:
            result[code] = value
        else:
            result.pop(code, None)
    return result


def levels_to_text(levels: tuple[Level, ...]) -> str:
    """One level a line, ``"es | en"``, lowest first (the form's levels box)."""
    lines = []
    for level in levels:
        es, en = level.name.get("es", ""), level.name.get("en", "")
        lines.append(f"{es} {LEVEL_SEPARATOR} {en}".strip() if en else es)
    return "\n".join(lines)


def levels_from_text(text: str, previous: tuple[Level, ...] = ()) -> tuple[Level, ...]:
    """Parse the levels box. A level keeps the AHP rating priority of an earlier level with the
    same Spanish (or English) name, so renaming or reordering others does not lose it."""
    priorities: dict[str, float | None] = {}
    for level in previous:
        for label in level.name.values():
            priorities.setdefault(label.casefold(), level.priority)
    levels = []
    for line in text.splitlines():
        es, _, en = (part.strip() for part in line.partition(LEVEL_SEPARATOR))
        if not es and not en:
            continue
        name = {code: value for code, value in (("es", es), ("en", en)) if value}
        priority = priorities.get(es.casefold()) if es else None
        if priority is None and en:
            priority = priorities.get(en.casefold())
        levels.append(Level(name, priority))
    return tuple(levels)


class CriteriaListModel(QAbstractListModel):
    """The workshop's criteria in order, as a thin adapter over ``session.workshop``."""

    def __init__(self, session: WorkshopSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._count = len(session.workshop.criteria)
        session.changed.connect(self._on_changed)

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.session.workshop.criteria)

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        criterion = self.session.workshop.criteria[index.row()]
        lang = current_language()
        if role == Qt.ItemDataRole.DisplayRole:
            # the kind and direction in words as well, never by colour alone
            if criterion.is_gate:
                marker = self.tr("yes/no gate")
            elif criterion.direction is Direction.MIN:
                marker = self.tr("↓ min")
            else:
                marker = self.tr("↑ max")
            return f"{criterion.label(lang)}  ({marker})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return localized(criterion.description, lang) or criterion.label(lang)
        return None

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if not changes & {Change.STRUCTURE, Change.DOCUMENT}:
            return
        count = len(self.session.workshop.criteria)
        if count != self._count or Change.DOCUMENT in changes:
            self.beginResetModel()
            self._count = count
            self.endResetModel()
        elif count:
            self.dataChanged.emit(self.index(0), self.index(count - 1))

    def retranslate(self) -> None:
        if self._count:
            self.dataChanged.emit(self.index(0), self.index(self._count - 1))


class _Threshold(QWidget):
    """An optional screening threshold: a check box, and a number or a level."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(self)
        self.value = QDoubleSpinBox(self)
        self.value.setRange(-_THRESHOLD_LIMIT, _THRESHOLD_LIMIT)
        self.value.setDecimals(3)
        # room for ten digits, not for the largest threshold allowed (the form stays narrow)
        self.value.setMinimumWidth(self.value.fontMetrics().horizontalAdvance("0" * 10) + 40)
        self.level = QComboBox(self)
        # a long level ("muy alta (área de influencia directa)") is cut short in a narrow window
        self.level.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.level.setMinimumContentsLength(10)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.value)
        self.stack.addWidget(self.level)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.stack, 1)
        self.enabled.toggled.connect(self._on_enabled_toggled)
        self._on_enabled_toggled(False)

    def _on_enabled_toggled(self, checked: bool) -> None:
        self.stack.setEnabled(checked)

    def set_levels(self, labels: list[str]) -> None:
        """Offer ``labels`` (lowest first); the chosen position is kept where it still exists."""
        row = self.level.currentIndex()
        self.level.blockSignals(True)
        self.level.clear()
        for score, label in enumerate(labels, start=1):
            self.level.addItem(label, float(score))
        self.level.setCurrentIndex(min(max(row, 0), len(labels) - 1))
        self.level.blockSignals(False)

    def show_kind(self, kind: CriterionKind) -> None:
        self.stack.setCurrentWidget(self.level if kind is CriterionKind.ORDINAL else self.value)
        self.setEnabled(kind not in (CriterionKind.GATE, CriterionKind.PAIRWISE))

    def load(self, value: float | None, kind: CriterionKind) -> None:
        self.enabled.setChecked(value is not None)
        if kind is CriterionKind.ORDINAL:
            row = int(value) - 1 if value is not None else 0
            self.level.setCurrentIndex(min(max(row, 0), self.level.count() - 1))
        else:
            self.value.setValue(0.0 if value is None else value)

    def read(self, kind: CriterionKind) -> float | None:
        if kind in (CriterionKind.GATE, CriterionKind.PAIRWISE) or not self.enabled.isChecked():
            return None
        if kind is CriterionKind.ORDINAL:
            data = self.level.currentData()
            return None if data is None else float(data)
        return float(self.value.value())


class CriteriaEditor(Retranslating, QWidget):
    """The list of criteria with add / remove / move, and a form for the selected criterion."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loaded: Criterion | None = None  # the criterion the form shows, as it was loaded
        self._following = False  # the selection follows the document, not the user

        self.list_model = CriteriaListModel(session, self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.list_model)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        font = QFont(self.list_view.font())
        font.setPointSize(max(font.pointSize(), LIST_POINT_SIZE))
        self.list_view.setFont(font)

        self.add_criterion_action = editor_action(self, "Ctrl+Shift+N", self._on_add_triggered)
        self.remove_criterion_action = editor_action(
            self, "Ctrl+Shift+Del", self._on_remove_triggered
        )
        self.move_up_action = editor_action(self, "Ctrl+Shift+Up", self._on_move_up_triggered)
        self.move_down_action = editor_action(self, "Ctrl+Shift+Down", self._on_move_down_triggered)
        self.apply_action = editor_action(self, "Ctrl+Return", self._on_apply_triggered)

        list_buttons, self.buttons = action_bar(
            self,
            (
                self.add_criterion_action,
                self.remove_criterion_action,
                self.move_up_action,
                self.move_down_action,
            ),
        )

        # -- the form ---------------------------------------------------------------------------
        self.name_es = QLineEdit(self)
        self.name_en = QLineEdit(self)
        self.description_es = QPlainTextEdit(self)
        self.description_en = QPlainTextEdit(self)
        for box in (self.description_es, self.description_en):
            box.setTabChangesFocus(True)
            box.setMaximumHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        self.kind = QComboBox(self)
        for kind in CriterionKind:
            self.kind.addItem("", kind.value)
        self.direction = QComboBox(self)
        for direction in Direction:
            self.direction.addItem("", direction.value)
        self.unit_es = QLineEdit(self)
        self.unit_en = QLineEdit(self)
        self.levels = QPlainTextEdit(self)
        self.levels.setTabChangesFocus(True)
        self.accept_min = _Threshold(self)
        self.accept_max = _Threshold(self)
        # shorter names for the parts tests and the main window reach
        self.min_enabled, self.min_value, self.min_level = (
            self.accept_min.enabled,
            self.accept_min.value,
            self.accept_min.level,
        )
        self.max_enabled, self.max_value, self.max_level = (
            self.accept_max.enabled,
            self.accept_max.value,
            self.accept_max.level,
        )
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply_action.trigger)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        self.form = QFormLayout()
        self._form_labels: dict[str, QLabel] = {}
        for key, field in (
            ("name_es", self.name_es),
            ("name_en", self.name_en),
            ("description_es", self.description_es),
            ("description_en", self.description_en),
            ("kind", self.kind),
            ("direction", self.direction),
            ("unit_es", self.unit_es),
            ("unit_en", self.unit_en),
            ("levels", self.levels),
            ("accept_min", self.accept_min),
            ("accept_max", self.accept_max),
        ):
            label = QLabel(self)
            label.setBuddy(field)
            self._form_labels[key] = label
            self.form.addRow(label, field)
        self.form_box = QWidget(self)
        form_layout = QVBoxLayout(self.form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(self.form)
        apply_row = QHBoxLayout()
        apply_row.addStretch(1)
        apply_row.addWidget(self.apply_button)
        form_layout.addLayout(apply_row)
        form_layout.addWidget(self.message)
        form_layout.addStretch(1)

        left = QVBoxLayout()
        left.addWidget(list_buttons)
        left.addWidget(self.list_view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.form_box, 3)

        self.list_view.selectionModel().currentChanged.connect(self._on_current_changed)
        self.kind.currentIndexChanged.connect(self._on_kind_changed)
        self.levels.textChanged.connect(self._on_levels_changed)
        session.changed.connect(self._on_changed)

        self.retranslate()
        self.clear_message()
        if self.list_model.rowCount():
            self.select(0)
        else:
            self._load(None)

    # -- language -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            self.add_criterion_action: self.tr("Add criterion"),
            self.remove_criterion_action: self.tr("Remove criterion"),
            self.move_up_action: self.tr("Move up"),
            self.move_down_action: self.tr("Move down"),
            self.apply_action: self.tr("Apply"),
        }
        set_action_texts(texts)
        self.apply_button.setText(self.tr("A&pply"))
        self.apply_button.setToolTip(self.apply_action.toolTip())
        labels = {
            "name_es": self.tr("Name (Spanish):"),
            "name_en": self.tr("Name (English):"),
            "description_es": self.tr("Description (Spanish):"),
            "description_en": self.tr("Description (English):"),
            "kind": self.tr("K&ind:"),
            "direction": self.tr("Direc&tion:"),
            "unit_es": self.tr("&Unit (Spanish):"),
            "unit_en": self.tr("Unit (English):"),
            "levels": self.tr("&Levels:"),
            "accept_min": self.tr("Screening:"),
            "accept_max": "",
        }
        for key, text in labels.items():
            self._form_labels[key].setText(text)
        self.kind.setItemText(0, self.tr("numeric"))
        self.kind.setItemText(1, self.tr("verbal levels"))
        self.kind.setItemText(2, self.tr("yes/no gate"))
        self.kind.setItemText(3, self.tr("communities compared pairwise"))
        self.direction.setItemText(0, self.tr("more is better (↑ max)"))
        self.direction.setItemText(1, self.tr("less is better (↓ min)"))
        self.levels.setPlaceholderText(
            self.tr(
                "One level a line, from the lowest to the highest, as “Spanish | English”, e.g. "
                "“bajo | low”. The direction says which end is better."
            )
        )
        self.levels.setToolTip(self.levels.placeholderText())
        self.min_enabled.setText(self.tr("lowest acceptable"))
        self.max_enabled.setText(self.tr("highest acceptable"))
        self.min_enabled.setToolTip(
            self.tr("A community below this value is screened out, whatever the weights.")
        )
        self.max_enabled.setToolTip(
            self.tr("A community above this value is screened out, whatever the weights.")
        )
        self._on_levels_changed()  # the level names in the threshold lists, in the new language
        self.list_model.retranslate()

    # -- messages -------------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        """Show ``text`` as a refusal: red, bold and with a warning sign (not colour alone)."""
        self.message.setStyleSheet(f"color: {ERROR_COLOR.name()}; font-weight: bold;")
        self.message.setText(f"⚠ {text}")

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def clear_message(self) -> None:
        self.message.setStyleSheet("")
        self.message.clear()

    # -- selection ------------------------------------------------------------------------------
    def current_column(self) -> int:
        """The workshop column (criterion index) of the selected criterion, or -1."""
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else -1

    def select(self, column: int) -> None:
        """Select criterion ``column`` and show it in the form."""
        if 0 <= column < self.list_model.rowCount():
            index = self.list_model.index(column)
            if index == self.list_view.currentIndex():
                self._load(self.session.workshop.criteria[column])
            else:
                self.list_view.setCurrentIndex(index)
        else:
            self._load(None)

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._following:
            return  # _on_changed decides whether the form must be reloaded
        criteria = self.session.workshop.criteria
        self._load(criteria[current.row()] if current.isValid() else None)
        self.clear_message()

    def _update_actions(self) -> None:
        column = self.current_column()
        count = self.list_model.rowCount()
        has = 0 <= column < count
        self.remove_criterion_action.setEnabled(has)
        self.move_up_action.setEnabled(has and column > 0)
        self.move_down_action.setEnabled(has and column < count - 1)
        self.apply_action.setEnabled(has)
        self.form_box.setEnabled(has)

    # -- the form -------------------------------------------------------------------------------
    def _load(self, criterion: Criterion | None) -> None:
        """Show ``criterion`` in the form (or an empty, disabled form)."""
        self._loaded = criterion
        empty = Criterion(id="", name={})
        shown = criterion or empty
        self.name_es.setText(shown.name.get("es", ""))
        self.name_en.setText(shown.name.get("en", ""))
        self.description_es.setPlainText(shown.description.get("es", ""))
        self.description_en.setPlainText(shown.description.get("en", ""))
        self.kind.setCurrentIndex(max(self.kind.findData(shown.kind.value), 0))
        self.direction.setCurrentIndex(max(self.direction.findData(shown.direction.value), 0))
        self.unit_es.setText(shown.unit.get("es", ""))
        self.unit_en.setText(shown.unit.get("en", ""))
        self.levels.setPlainText(levels_to_text(shown.levels))
        self._on_levels_changed()
        self._on_kind_changed()
        self.accept_min.load(shown.accept_min, shown.kind)
        self.accept_max.load(shown.accept_max, shown.kind)
        self._update_actions()

    def _form_kind(self) -> CriterionKind:
        return CriterionKind(self.kind.currentData())

    def _on_kind_changed(self, *_: object) -> None:
        kind = self._form_kind()
        # priorities of comparisons: more is better, no unit, nothing to screen on
        derived = kind is CriterionKind.PAIRWISE
        self.direction.setEnabled(kind is not CriterionKind.GATE and not derived)
        if derived:
            self.direction.setCurrentIndex(max(self.direction.findData(Direction.MAX.value), 0))
        self.unit_es.setEnabled(kind is CriterionKind.NUMERIC)
        self.unit_en.setEnabled(kind is CriterionKind.NUMERIC)
        self.levels.setEnabled(kind is CriterionKind.ORDINAL)
        self.accept_min.show_kind(kind)
        self.accept_max.show_kind(kind)

    def _on_levels_changed(self) -> None:
        previous = self._loaded.levels if self._loaded else ()
        levels = levels_from_text(self.levels.toPlainText(), previous)
        labels = [level.label(current_language()) for level in levels]
        self.accept_min.set_levels(labels)
        self.accept_max.set_levels(labels)

    def form_criterion(self) -> Criterion:
        """The criterion the form describes. Raises :class:`_FormError` with a translated
        message when the workshop could not take it."""
        old = self._loaded
        assert old is not None
        kind = self._form_kind()
        name = _with_languages(old.name, self.name_es.text(), self.name_en.text())
        if not name.get("es") and not name.get("en"):
            raise _FormError(self.tr("Give the criterion a name, in Spanish or in English."))
        levels: tuple[Level, ...] = ()
        if kind is CriterionKind.ORDINAL:
            levels = levels_from_text(self.levels.toPlainText(), old.levels)
            if len(levels) < 2:
                raise _FormError(
                    self.tr(
                        "A verbal criterion needs at least two levels, one a line, lowest first."
                    )
                )
        low, high = self.accept_min.read(kind), self.accept_max.read(kind)
        if low is not None and high is not None and low > high:
            raise _FormError(
                self.tr(
                    "The lowest acceptable value ({low}) is above the highest ({high})."
                ).format(
                    low=self._threshold_text(low, levels),
                    high=self._threshold_text(high, levels),
                )
            )
        criterion = replace(
            old,
            name=name,
            description=_with_languages(
                old.description,
                self.description_es.toPlainText(),
                self.description_en.toPlainText(),
            ),
            kind=kind,
            direction=Direction(self.direction.currentData()),
            unit=_with_languages(old.unit, self.unit_es.text(), self.unit_en.text()),
            levels=levels,
            accept_min=low,
            accept_max=high,
        )
        try:
            # the model's own checks, as a file would be read (update_criterion does not check);
            # the comparisons are not the form's: update_criterion keeps or drops them
            criterion_from_dict(
                criterion_to_dict(replace(criterion, comparisons={}, level_comparisons={}))
            )
        except InvalidInputError as error:
            raise _FormError(translated_error(error)) from error
        return criterion

    @staticmethod
    def _threshold_text(value: float, levels: tuple[Level, ...]) -> str:
        if levels and value == int(value) and 1 <= value <= len(levels):
            return levels[int(value) - 1].label(current_language())
        return format_number(value, _decimals(value))

    # -- commands -------------------------------------------------------------------------------
    def _on_apply_triggered(self) -> None:
        column = self.current_column()
        if column < 0 or self._loaded is None:
            return
        try:
            criterion = self.form_criterion()
        except _FormError as error:
            self.show_error(str(error))
            return
        if criterion == self._loaded:
            self.show_info(self.tr("Nothing to apply: the criterion is unchanged."))
            return
        before = self.session.workshop.values[:, column]
        if not self.session.apply(edits.update_criterion(column, criterion)):
            return
        after = self.session.workshop.values[:, column]
        lost = int(np.count_nonzero(np.isnan(after) & ~np.isnan(before)))
        text = self.tr("Criterion updated.")
        if lost:
            text += " " + self.tr(
                "%n value(s) did not fit the new definition and are now missing.", "", lost
            )
        self.show_info(text)

    def _new_criterion(self) -> Criterion:
        criteria = self.session.workshop.criteria
        ids = {c.id for c in criteria}
        number = len(criteria) + 1
        while f"c{number}" in ids:
            number += 1
        # A document text in both languages (not an interface string): the workshop is bilingual
        # whatever the language the facilitator works in.
        return Criterion(
            id=f"c{number}",
            name={"es": f"Nuevo criterio {number}", "en": f"New criterion {number}"},
        )

    def _on_add_triggered(self) -> None:
        criterion = self._new_criterion()
        if self.session.apply(edits.add_criterion(criterion)):
            self.select(len(self.session.workshop.criteria) - 1)
            self.show_info(
                self.tr("Added “{name}”: describe it and press Apply.").format(
                    name=criterion.label(current_language())
                )
            )
            field = self.name_es if current_language() == "es" else self.name_en
            field.setFocus()
            field.selectAll()

    def _on_remove_triggered(self) -> None:
        column = self.current_column()
        if column < 0:
            return
        name = self.session.workshop.criteria[column].label(current_language())
        # no confirmation dialog on a projector: the removal is undoable
        if self.session.apply(edits.remove_criterion(column)):
            self.select(min(column, self.list_model.rowCount() - 1))
            self.show_info(self.tr("Removed “{name}”. Undo brings it back.").format(name=name))

    def _move(self, step: int) -> None:
        column = self.current_column()
        to = column + step
        count = self.list_model.rowCount()
        if (
            0 <= column < count
            and 0 <= to < count
            and self.session.apply(edits.move_criterion(column, to))
        ):
            self.select(to)

    def _on_move_up_triggered(self) -> None:
        self._move(-1)

    def _on_move_down_triggered(self) -> None:
        self._move(1)

    # -- updates from the document --------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if not changes & {Change.STRUCTURE, Change.DOCUMENT}:
            return
        criteria = self.session.workshop.criteria
        loaded = self._loaded
        # follow the selected criterion by id (it may have moved), else stay near its row
        column = -1
        if loaded is not None:
            column = next((j for j, c in enumerate(criteria) if c.id == loaded.id), -1)
        if column < 0:
            column = min(max(self.current_column(), 0), len(criteria) - 1)
        if column < 0:
            self._load(None)
            return
        index = self.list_model.index(column)
        if index != self.list_view.currentIndex():
            self._following = True
            try:
                self.list_view.setCurrentIndex(index)
            finally:
                self._following = False
        if criteria[column] != loaded:
            self._load(criteria[column])
        else:
            self._update_actions()


__all__ = ["CriteriaEditor", "CriteriaListModel", "levels_from_text", "levels_to_text"]
