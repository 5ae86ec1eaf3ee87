"""Starting a workshop from a criteria preset, and saving a workshop's criteria as a preset."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog

from app.io.example import example_workshop
from app.io.presets import USER_PRESETS_ENV, load_preset, load_presets
from app.ui.dialogs.new_workshop import NewWorkshopDialog, save_criteria_as_preset
from app.ui.shell.main_window import MainWindow


@pytest.fixture(autouse=True)
def user_presets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's own presets live in a throw-away folder."""
    folder = tmp_path / "user_presets"
    monkeypatch.setenv(USER_PRESETS_ENV, str(folder))
    return folder


@pytest.fixture
def dialog(qtbot: Any) -> NewWorkshopDialog:
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    return dialog


def _ok_button(dialog: NewWorkshopDialog) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_lists_every_preset_that_loads(dialog: NewWorkshopDialog) -> None:
    presets, problems = load_presets()
    assert not problems
    assert dialog.preset_list.count() == len(presets) > 0
    assert dialog.problems_label.isHidden()
    for row, preset in enumerate(presets):
        text = dialog.preset_list.item(row).text()
        assert preset.label("en") in text
        assert ("starting point to adapt" in text) == preset.starting_point
        assert dialog.preset_list.item(row).toolTip() == preset.describe("en")


def test_choosing_a_preset_shows_its_description_and_criteria(dialog: NewWorkshopDialog) -> None:
    presets = load_presets()[0]
    starting = next(p for p in presets if p.starting_point)
    dialog.choose_preset(starting.id)
    assert starting.describe("en") in dialog.description.text()
    row = dialog.preset_list.currentRow()
    assert "starting point to adapt" in dialog.preset_list.item(row).text()
    assert dialog.criteria_list.count() == len(starting.criteria)
    assert dialog.checked_criteria() == starting.criteria


def test_unchecked_criteria_are_left_out_of_the_new_workshop(dialog: NewWorkshopDialog) -> None:
    preset = next(p for p in load_presets()[0] if any(c.is_gate for c in p.criteria))
    dialog.choose_preset(preset.id)
    dropped = {preset.criteria[0].id, preset.criteria[2].id}
    for criterion_id in dropped:
        dialog.set_checked(criterion_id, False)
    dialog.title_edit.setText("  Selección de comunidades 2026 ")

    before = date.today()
    workshop = dialog.workshop()

    workshop.validate()
    assert workshop.criteria == tuple(c for c in preset.criteria if c.id not in dropped)
    assert workshop.communities == ()
    assert workshop.values.shape == (0, len(workshop.criteria))
    assert len(workshop.groups) == 1
    group = workshop.groups[0]
    assert workshop.active_group == group.id
    assert group.name == "Group 1"
    assert set(group.weights) == {c.id for c in workshop.weighted_criteria}
    assert len(set(group.weights.values())) == 1  # equal weights
    assert workshop.metadata.title == "Selección de comunidades 2026"
    assert workshop.metadata.date in {
        day.isoformat() for day in (before, date.today())
    }  # dated the day it is made (the two days around midnight)


def test_ok_needs_at_least_one_criterion(dialog: NewWorkshopDialog) -> None:
    assert _ok_button(dialog).isEnabled()
    dialog.none_button.click()
    assert dialog.checked_criteria() == ()
    assert not _ok_button(dialog).isEnabled()
    dialog.all_button.click()
    assert _ok_button(dialog).isEnabled()


def test_the_window_opens_the_new_workshop(dialog: NewWorkshopDialog, qtbot: Any) -> None:
    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    dialog.title_edit.setText("Taller nuevo")
    window.session.open(dialog.workshop(), None, saved=False)
    assert window.session.workshop.communities == ()
    assert window.session.document.modified
    assert window.windowTitle().startswith("Taller nuevo")


def test_a_broken_preset_is_named_and_the_others_are_listed(user_presets: Path, qtbot: Any) -> None:
    user_presets.mkdir()
    (user_presets / "roto.json").write_text("{ not json", encoding="utf-8")
    dialog = NewWorkshopDialog()
    qtbot.addWidget(dialog)
    presets, problems = load_presets()
    assert len(problems) == 1
    assert dialog.preset_list.count() == len(presets)
    assert not dialog.problems_label.isHidden()
    assert "roto.json" in dialog.problems_label.text()


def test_saving_the_criteria_as_a_preset_reads_back_the_same_criteria(
    user_presets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = example_workshop()
    asked: list[Any] = []

    def get_text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        asked.append(args)
        return "Criterios de Ñuñoa", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    path = save_criteria_as_preset(None, workshop)

    assert asked
    assert path is not None
    assert path.parent == user_presets
    preset = load_preset(path)
    assert preset.criteria == workshop.criteria
    assert preset.label("es") == "Criterios de Ñuñoa"
    presets, problems = load_presets()
    assert not problems
    assert preset.id in {p.id for p in presets}

    # a second preset of the same name gets its own file and identifier
    second = save_criteria_as_preset(None, workshop)
    assert second is not None and second != path
    assert load_preset(second).id != preset.id
    assert not load_presets()[1]


def test_cancelling_the_name_saves_nothing(
    user_presets: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("x", False)))
    assert save_criteria_as_preset(None, example_workshop()) is None
    assert not user_presets.exists() or not any(user_presets.iterdir())
