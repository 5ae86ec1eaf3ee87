"""Choosing the AHP synthesis mode (ideal x / best, distributive x / sum) in the window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from openpyxl import load_workbook

from app.io.example import example_workshop
from app.io.record import LABELS
from app.models.criterion import Criterion
from app.models.workshop import AhpMode, Community, Group, Workshop
from app.ui.results.ranking_model import SCORE_ROLE, RankingModel
from app.ui.shell.main_window import MainWindow

# A worked example: three communities, two numeric benefit criteria of equal weight.
VALUES = [[1.0, 1.0], [1.0, 8.0], [3.0, 3.0]]
# Ideal (Saaty 1994): local = x / max per column, global = mean of the two locals.
#   A: (1/3 + 1/8) / 2, B: (1/3 + 8/8) / 2, C: (3/3 + 3/8) / 2
IDEAL = [(1 / 3 + 1 / 8) / 2, (1 / 3 + 1) / 2, (1 + 3 / 8) / 2]
# Distributive: local = x / sum per column (sums 5 and 12).
#   A: (1/5 + 1/12) / 2, B: (1/5 + 8/12) / 2, C: (3/5 + 3/12) / 2
DISTRIBUTIVE = [(1 / 5 + 1 / 12) / 2, (1 / 5 + 8 / 12) / 2, (3 / 5 + 3 / 12) / 2]
# so the first place changes: C (0.6875 > 0.6667) in ideal mode, B (0.4333 > 0.425) in
# distributive mode, as Belton & Gear (1983) found the distributive mode can reverse ranks.


def worked_example() -> Workshop:
    return Workshop(
        criteria=(
            Criterion("water", {"en": "Water", "es": "Agua"}),
            Criterion("school", {"en": "School", "es": "Escuela"}),
        ),
        communities=(Community("a", "Ayllu"), Community("b", "Belén"), Community("c", "Chua")),
        values=np.array(VALUES),
        groups=(Group("g", "Group", {"water": 50.0, "school": 50.0}),),
        active_group="g",
    )


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    window = MainWindow(worked_example(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


def _ahp_rows(window: MainWindow) -> list[tuple[str, float]]:
    """The AHP table as shown: (community, score) best first."""
    model = window.rankings_view.ahp_model
    return [
        (
            model.index(row, RankingModel.COMMUNITY).data(),
            model.index(row, RankingModel.SCORE).data(SCORE_ROLE),
        )
        for row in range(model.rowCount())
    ]


def _checked(window: MainWindow) -> AhpMode:
    (checked,) = [m for m, a in window.ahp_mode_actions.items() if a.isChecked()]
    return checked


def test_ideal_is_the_default_and_checked(window: MainWindow) -> None:
    assert _checked(window) is AhpMode.IDEAL
    np.testing.assert_allclose(window.session.evaluation.ahp_scores, IDEAL, rtol=1e-12)
    assert "(ideal)" in window.rankings_view.ahp_title.text()
    assert window.ahp_mode_group.isExclusive()
    assert window.ahp_mode_actions[AhpMode.IDEAL] in window.workshop_menu.actions()


def test_distributive_mode_changes_ahp_not_topsis_and_undo_redo_restore_it(
    window: MainWindow,
) -> None:
    topsis = window.session.evaluation.topsis.closeness.copy()
    before = window.session.workshop
    ideal_rows = _ahp_rows(window)
    ideal_chart = window.rankings_view.chart.values().ahp.copy()
    assert ideal_rows[0][0] == "Chua"

    window.ahp_mode_actions[AhpMode.DISTRIBUTIVE].trigger()

    evaluation = window.session.evaluation
    assert window.session.workshop.settings.ahp_mode is AhpMode.DISTRIBUTIVE
    np.testing.assert_allclose(evaluation.ahp_scores, DISTRIBUTIVE, rtol=1e-12)
    np.testing.assert_array_equal(evaluation.topsis.closeness, topsis)
    rows = _ahp_rows(window)
    assert [name for name, _ in rows] == ["Belén", "Chua", "Ayllu"]
    assert [score for _, score in rows] == pytest.approx(sorted(DISTRIBUTIVE, reverse=True))
    assert not np.allclose(window.rankings_view.chart.values().ahp, ideal_chart)
    assert _checked(window) is AhpMode.DISTRIBUTIVE
    title = window.rankings_view.ahp_title
    assert "(distributive)" in title.text() and "sum" in title.toolTip()
    assert window.undo_action.text() == "&Undo Change AHP mode"

    window.undo_action.trigger()
    assert window.session.workshop is before
    assert _checked(window) is AhpMode.IDEAL
    assert _ahp_rows(window) == ideal_rows
    np.testing.assert_array_equal(window.rankings_view.chart.values().ahp, ideal_chart)
    assert "(ideal)" in window.rankings_view.ahp_title.text()

    window.redo_action.trigger()
    assert _checked(window) is AhpMode.DISTRIBUTIVE
    assert _ahp_rows(window) == rows


def test_choosing_the_current_mode_again_adds_no_undo_step(window: MainWindow) -> None:
    window.ahp_mode_actions[AhpMode.IDEAL].trigger()
    assert not window.session.document.can_undo
    assert _checked(window) is AhpMode.IDEAL


def test_the_check_follows_another_file_and_the_example(window: MainWindow, tmp_path: Path) -> None:
    window.ahp_mode_actions[AhpMode.DISTRIBUTIVE].trigger()
    path = tmp_path / "taller.json"
    path.write_text(json.dumps(example_workshop().to_dict()), encoding="utf-8")
    assert window.open_path(str(path))
    assert window.session.workshop.settings.ahp_mode is AhpMode.IDEAL
    assert _checked(window) is AhpMode.IDEAL
    assert "(ideal)" in window.rankings_view.ahp_title.text()

    window.ahp_mode_actions[AhpMode.DISTRIBUTIVE].trigger()
    window.session.open(example_workshop())
    assert _checked(window) is AhpMode.IDEAL


@pytest.mark.parametrize("suffix", [".json", ".xlsx"])
def test_the_saved_workshop_carries_the_mode_and_reopens_with_it(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    window.ahp_mode_actions[AhpMode.DISTRIBUTIVE].trigger()
    path = tmp_path / f"taller{suffix}"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    window.save_action.trigger()
    assert not window.session.document.modified
    if suffix == ".json":
        assert json.loads(path.read_text(encoding="utf-8"))["settings"]["ahp_mode"] == (
            "distributive"
        )
    else:  # the record's settings say so in words a reader understands
        cells = {
            (c.value, sheet.cell(c.row, c.column + 1).value)
            for sheet in load_workbook(path, read_only=False).worksheets
            for row in sheet.iter_rows()
            for c in row
        }
        assert any(
            (LABELS[lang]["ahp_mode"], LABELS[lang]["distributive"]) in cells
            for lang in ("en", "es")
        )
    window.session.open(worked_example())
    assert _checked(window) is AhpMode.IDEAL
    assert window.open_path(str(path))
    assert window.session.workshop.settings.ahp_mode is AhpMode.DISTRIBUTIVE
    assert _checked(window) is AhpMode.DISTRIBUTIVE
    np.testing.assert_allclose(window.session.evaluation.ahp_scores, DISTRIBUTIVE, rtol=1e-12)
