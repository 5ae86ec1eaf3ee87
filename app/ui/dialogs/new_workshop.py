"""Start a workshop from a criteria preset, and save a workshop's criteria as a new preset.

:class:`NewWorkshopDialog` lists the presets (:func:`app.io.presets.load_presets`), with their
description in the interface language, lets the facilitator uncheck the criteria that the room does
not want and give the workshop a title. :meth:`NewWorkshopDialog.workshop` builds the new workshop:
the checked criteria, no communities yet (they are typed in the Data tab or imported from a
table), one group with equal weights. :func:`save_criteria_as_preset` writes the current criteria
into the user's own presets folder (:func:`app.io.presets.user_presets_dir`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.io.presets import (
    Preset,
    PresetProblem,
    load_presets,
    new_preset_path,
    preset_slug,
    save_preset,
    user_presets_dir,
)
from app.models.criterion import Criterion
from app.models.errors import InvalidInputError
from app.models.text import in_language, localized
from app.models.workshop import Group, Metadata, Workshop
from app.ui.i18n import current_language
from app.ui.retranslating import Retranslating
from app.ui.session import translated_error

#: Id of the single group of a new workshop (the same as a workshop imported from a table).
GROUP_ID = "g1"
#: Starting slider position of every weighted criterion: equal weights, room to move both ways.
EQUAL_WEIGHT = 50.0

_PRESET_ROLE = Qt.ItemDataRole.UserRole
_CRITERION_ROLE = Qt.ItemDataRole.UserRole + 1


def problem_text(problem: PresetProblem) -> str:
    """A skipped preset file as one line in the interface language, naming the file."""
    template = QCoreApplication.translate("Messages", problem.template)
    try:
        message = template.format(**in_language(problem.params, current_language()))
    except (KeyError, IndexError, ValueError):
        message = problem.text()
    return f"{problem.file}: {message}"


class NewWorkshopDialog(Retranslating, QDialog):
    """Choose a preset, keep the wanted criteria, name the workshop.

    ``folders`` is passed to :func:`load_presets` (``None``: the shipped presets and the user's).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        folders: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.presets, self.problems = load_presets(folders)

        self.preset_label = QLabel()
        self.preset_list = QListWidget()
        self.preset_list.setWordWrap(True)
        self.preset_label.setBuddy(self.preset_list)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("color: #b00020;")
        self.problems_label.setVisible(bool(self.problems))

        self.criteria_label = QLabel()
        self.criteria_list = QListWidget()
        self.criteria_label.setBuddy(self.criteria_list)
        self.all_button = QPushButton()
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self._check_all(False))

        self.title_label = QLabel()
        self.title_edit = QLineEdit()
        self.title_label.setBuddy(self.title_edit)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.preset_label)
        left.addWidget(self.preset_list, 2)
        left.addWidget(self.description, 1)
        right = QVBoxLayout()
        right.addWidget(self.criteria_label)
        right.addWidget(self.criteria_list, 1)
        check_buttons = QHBoxLayout()
        check_buttons.addWidget(self.all_button)
        check_buttons.addWidget(self.none_button)
        check_buttons.addStretch(1)
        right.addLayout(check_buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        form = QFormLayout()
        form.addRow(self.title_label, self.title_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problems_label)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)

        for preset in self.presets:
            item = QListWidgetItem()
            item.setData(_PRESET_ROLE, preset.id)
            self.preset_list.addItem(item)
        self.preset_list.currentRowChanged.connect(self._on_preset_chosen)
        self.criteria_list.itemChanged.connect(self._update_ok)
        self.retranslate()
        if self.presets:
            self.preset_list.setCurrentRow(0)
        else:
            self._on_preset_chosen(-1)
        self.resize(980, 640)

    # -- translation ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New workshop"))
        self.preset_label.setText(self.tr("1. Choose a &set of criteria to start from:"))
        self.criteria_label.setText(
            self.tr("2. &Keep the criteria you want (untick the ones you do not need):")
        )
        self.all_button.setText(self.tr("Tick &all"))
        self.none_button.setText(self.tr("U&ntick all"))
        self.title_label.setText(self.tr("3. &Title of the workshop:"))
        self.title_edit.setPlaceholderText(self.tr("for example: Selection of focus communities"))
        self.hint.setText(
            self.tr(
                "Then type the communities in the Data tab, or bring them from a spreadsheet with "
                "File > Import communities from a spreadsheet, which keeps these criteria. You can "
                "still change the criteria in the Criteria tab."
            )
        )
        if self.problems:
            self.problems_label.setText(
                self.tr("These preset files could not be read and are left out:")
                + "\n"
                + "\n".join(problem_text(problem) for problem in self.problems)
            )
        lang = current_language()
        for row, preset in enumerate(self.presets):
            item = self.preset_list.item(row)
            name = preset.label(lang)
            if preset.starting_point:
                name = self.tr("%s (starting point to adapt)") % name
            item.setText(name)
            item.setToolTip(preset.describe(lang))
        for row in range(self.criteria_list.count()):
            item = self.criteria_list.item(row)
            self._label_criterion(item, self._preset_criterion(item))
        self._show_description()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create workshop"))

    # -- presets and criteria -------------------------------------------------------------------
    def current_preset(self) -> Preset | None:
        row = self.preset_list.currentRow()
        return self.presets[row] if 0 <= row < len(self.presets) else None

    def choose_preset(self, preset_id: str) -> None:
        """Select the preset with ``preset_id`` (raises ``KeyError`` if it is not listed)."""
        for row, preset in enumerate(self.presets):
            if preset.id == preset_id:
                self.preset_list.setCurrentRow(row)
                return
        raise KeyError(preset_id)

    def set_checked(self, criterion_id: str, checked: bool) -> None:
        """Tick or untick a criterion of the chosen preset (raises ``KeyError`` if absent)."""
        for row in range(self.criteria_list.count()):
            item = self.criteria_list.item(row)
            if item.data(_CRITERION_ROLE) == criterion_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(criterion_id)

    def checked_criteria(self) -> tuple[Criterion, ...]:
        """The ticked criteria of the chosen preset, in the preset's order."""
        return tuple(
            self._preset_criterion(item)
            for item in (self.criteria_list.item(row) for row in range(self.criteria_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def _preset_criterion(self, item: QListWidgetItem) -> Criterion:
        preset = self.current_preset()
        assert preset is not None
        return preset.criterion(str(item.data(_CRITERION_ROLE)))

    def _label_criterion(self, item: QListWidgetItem, criterion: Criterion) -> None:
        lang = current_language()
        name = criterion.label(lang)
        if criterion.is_gate:
            name = self.tr("%s (yes or no: a community with “no” is left out)") % name
        item.setText(name)
        item.setToolTip(localized(criterion.description, lang))

    def _on_preset_chosen(self, row: int) -> None:
        self.criteria_list.blockSignals(True)
        self.criteria_list.clear()
        preset = self.current_preset()
        if preset is not None:
            for criterion in preset.criteria:
                item = QListWidgetItem()
                item.setData(_CRITERION_ROLE, criterion.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked)
                self.criteria_list.addItem(item)
                self._label_criterion(item, criterion)
        self.criteria_list.blockSignals(False)
        self._show_description()
        self._update_ok()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.criteria_list.count()):
            self.criteria_list.item(row).setCheckState(state)

    def _show_description(self) -> None:
        preset = self.current_preset()
        if preset is None:
            self.description.setText(
                self.tr("No criteria preset could be read.") if not self.presets else ""
            )
            return
        lang = current_language()
        parts = [preset.describe(lang)]
        if preset.source:
            parts.append(self.tr("Source: %s") % preset.source)
        self.description.setText("\n\n".join(part for part in parts if part))

    def _update_ok(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.checked_criteria()) if self.current_preset() else False)

    # -- result ---------------------------------------------------------------------------------
    def workshop(self) -> Workshop:
        """A new workshop: the ticked criteria, no communities, one group with equal weights."""
        criteria = self.checked_criteria()
        group = Group(
            id=GROUP_ID,
            name=self.tr("Group 1"),
            weights={c.id: EQUAL_WEIGHT for c in criteria if not c.is_gate},
        )
        workshop = Workshop(
            criteria=criteria,
            groups=(group,),
            active_group=GROUP_ID,
            # dated today, the day it is made: the details dialog shows and changes it
            metadata=Metadata(title=self.title_edit.text().strip(), date=date.today().isoformat()),
        )
        workshop.validate()
        return workshop


def _free_preset_path(folder: Path, name: str, taken: set[str]) -> Path:
    """A file in ``folder`` for a preset named ``name`` whose identifier no other preset uses."""
    path = new_preset_path(folder, name)
    number = 2
    while preset_slug(path.stem) in taken:
        path = new_preset_path(folder, f"{name} {number}")
        number += 1
    return path


def save_criteria_as_preset(parent: QWidget | None, workshop: Workshop) -> Path | None:
    """Ask for a name and save ``workshop``'s criteria as a new preset in the user's presets
    folder. Returns the new file, or ``None`` when cancelled or when the file could not be
    written (a message then says why)."""
    title = QCoreApplication.translate("NewWorkshopDialog", "Save the criteria as a preset")
    if not workshop.criteria:
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("NewWorkshopDialog", "The workshop has no criteria yet."),
        )
        return None
    name, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate(
            "NewWorkshopDialog",
            "Name of the new set of criteria (it will be offered for new workshops):",
        ),
        QLineEdit.EchoMode.Normal,
        workshop.metadata.title,
    )
    name = name.strip()
    if not ok or not name:
        return None
    folder = user_presets_dir()
    taken = {preset.id for preset in load_presets()[0]}
    path = _free_preset_path(folder, name, taken)
    description = QCoreApplication.translate(
        "NewWorkshopDialog", "Criteria saved from the workshop “{title}”."
    ).format(title=workshop.metadata.title or name)
    try:
        saved = save_preset(
            workshop.criteria,
            path,
            name={"es": name, "en": name},
            description={current_language(): description},
            source=workshop.metadata.title,
            starting_point=False,
        )
    except InvalidInputError as error:
        QMessageBox.warning(parent, title, translated_error(error))
        return None
    return saved.path
