"""The workshop window as a facilitator uses it: weights, undo, baseline, presentation, files."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from app.io.example import example_workshop
from app.models import edits
from app.models.analysis import evaluate
from app.models.criterion import CriterionKind
from app.models.document import Change
from app.ui.editors.data_editor import FIRST_CRITERION_COLUMN
from app.ui.shell.main_window import MainWindow
from app.ui.style import TABLE_POINT_SIZE, TEXT_POINT_SIZE

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    window = MainWindow(example_workshop())
    # closing must not ask about unsaved changes (a modal question would block the test)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


def _first_weighted(window: MainWindow) -> str:
    return window.session.workshop.weighted_criteria[0].id


def test_moving_a_slider_updates_weight_rankings_and_chart(window: MainWindow) -> None:
    criterion = _first_weighted(window)
    slider = window.weights_panel.sliders[criterion]
    before_chart = window.rankings_view.chart.values().topsis.copy()
    before = window.session.evaluation.topsis.closeness.copy()
    slider.setValue(5 if slider.value() > 50 else 95)
    group = window.session.workshop.group(window.session.workshop.active_group)
    assert group.weights[criterion] == slider.value()
    after = window.session.evaluation
    np.testing.assert_allclose(
        after.topsis.closeness, evaluate(window.session.workshop).topsis.closeness, rtol=1e-12
    )
    assert not np.allclose(after.topsis.closeness, before)
    assert not np.allclose(window.rankings_view.chart.values().topsis, before_chart)
    best_row = window.rankings_view.topsis_model.index(0, 1).data()
    best = window.session.workshop.communities[
        int(after.eligible[int(np.argmin(after.topsis_ranks))])
    ].name
    assert best_row == best


def test_undo_after_a_drag_and_after_an_edit_restores_the_exact_state(
    window: MainWindow,
) -> None:
    original = window.session.workshop
    slider = window.weights_panel.sliders[_first_weighted(window)]
    slider.setSliderDown(True)
    for value in (10, 20, 30, 33):
        slider.setValue(value)
    slider.setSliderDown(False)
    slider.sliderReleased.emit()
    dragged = window.session.workshop
    model = window.data_editor.model
    numeric = next(
        j for j, c in enumerate(window.session.workshop.criteria) if c.kind is CriterionKind.NUMERIC
    )
    index = model.index(0, FIRST_CRITERION_COLUMN + numeric)
    assert model.setData(index, "7", Qt.ItemDataRole.EditRole)
    assert window.session.workshop.values[0, numeric] == 7
    edited = window.session.workshop
    assert edited is not dragged

    window.undo_action.trigger()
    assert window.session.workshop is dragged
    window.undo_action.trigger()
    assert window.session.workshop is original
    assert window.weights_panel.sliders[_first_weighted(window)].value() != 33
    assert not window.undo_action.isEnabled()
    window.redo_action.trigger()
    assert window.session.workshop is dragged
    window.redo_action.trigger()
    assert window.session.workshop is edited


def test_undo_action_names_the_edit(window: MainWindow) -> None:
    window.weights_panel.sliders[_first_weighted(window)].setValue(12)
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith("&Undo ")
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_fix_as_baseline_then_changes_show_arrows(window: MainWindow) -> None:
    window.baseline_action.trigger()
    baseline = window.session.workshop.baseline
    evaluation = window.session.evaluation
    ids = [window.session.workshop.communities[i].id for i in evaluation.eligible]
    assert baseline is not None
    assert [baseline.topsis[i] for i in ids] == evaluation.topsis_ranks.tolist()
    model = window.rankings_view.topsis_model
    changes = {model.index(r, 3).data() for r in range(model.rowCount())}
    assert changes == {"="}
    # give all the weight to one criterion: the order changes, arrows appear
    panel = window.weights_panel
    for criterion, slider in panel.sliders.items():
        slider.setValue(100 if criterion == _first_weighted(window) else 0)
    changes = [model.index(r, 3).data() for r in range(model.rowCount())]
    assert any(c.startswith("▲") for c in changes) and any(c.startswith("▼") for c in changes)


def test_presentation_shows_every_ranked_and_screened_out_community(
    window: MainWindow, qtbot: Any
) -> None:
    window.presentation_action.trigger()
    presentation = window.presentation
    assert presentation is not None and presentation.isVisible()
    qtbot.addWidget(presentation)
    workshop, evaluation = window.session.workshop, window.session.evaluation
    ranked = {workshop.communities[i].name for i in evaluation.eligible}
    assert set(presentation.ranked_names("topsis")) == ranked
    assert set(presentation.ranked_names("ahp")) == ranked
    excluded = presentation.excluded_texts()
    assert len(excluded) == len(evaluation.problem.excluded) > 0
    for exclusion in evaluation.problem.excluded:
        name = workshop.communities[exclusion.community].name
        assert any(name in text for text in excluded)
    window.presentation_action.trigger()
    assert not presentation.isVisible()
    assert not window.presentation_action.isChecked()


def test_save_and_reopen_keeps_the_workshop(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.weights_panel.sliders[_first_weighted(window)].setValue(3)
    path = tmp_path / "taller.json"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    window.save_action.trigger()
    assert not window.session.document.modified
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1
    saved = window.session.workshop
    window.session.open(example_workshop())
    assert window.open_path(str(path))
    assert window.session.workshop == saved
    assert window.recent_menu.actions()[0].toolTip() == str(path.resolve())


def test_a_failed_open_keeps_the_open_workshop_and_says_why(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    broken = tmp_path / "roto.json"
    broken.write_text("{ not json", encoding="utf-8")
    before = window.session.workshop
    assert not window.open_path(str(broken))
    assert window.session.workshop is before
    assert len(shown) == 1 and "line 1" in shown[0]
    assert "roto.json" in window.status_label.text()


def test_every_action_has_a_shortcut_or_a_menu(window: MainWindow) -> None:
    shortcuts = {a.shortcut().toString() for a in window.actions() if not a.shortcut().isEmpty()}
    assert {"Ctrl+Z", "Ctrl+S", "F11", "Ctrl+O", "Ctrl+B"} <= shortcuts
    in_menus = {
        a for menu in window.menuBar().findChildren(type(window.file_menu)) for a in menu.actions()
    }
    for action in window.actions():
        assert action in in_menus or not action.shortcut().isEmpty(), action.text()


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower case."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


@pytest.mark.parametrize("language", ["en", "es"])
def test_alt_letters_are_unique_on_every_tab(
    qtbot: Any, window: MainWindow, language: str, request: pytest.FixtureRequest
) -> None:
    """Alt+letter reaches one thing: among the menus, the tabs and the visible buttons and
    labels of each tab, no two share a mnemonic (Qt would only cycle the focus among them)."""
    if language == "es":
        request.getfixturevalue("spanish")
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        QApplication.processEvents()  # a page is built and laid out when first shown
        owners: dict[str, list[str]] = {}
        texts = [a.text() for a in window.menuBar().actions()]
        texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
        for widget in window.findChildren(QWidget):
            if not widget.isVisible():
                continue
            labelled = isinstance(widget, QLabel) and widget.buddy() is not None
            if isinstance(widget, QAbstractButton) or labelled:
                texts.append(widget.text())
            elif isinstance(widget, QGroupBox):
                texts.append(widget.title())
        for text in texts:
            letter = _mnemonic(text)
            if letter is not None:
                owners.setdefault(letter, []).append(text)
        clashes = {letter: names for letter, names in owners.items() if len(names) > 1}
        assert not clashes, (window.tabs.tabText(tab), clashes)
    assert len(owners) >= 15  # the check saw the menus, the tabs and the weights panel


def test_window_size_and_splitter_are_remembered(qtbot: Any) -> None:
    first = MainWindow(example_workshop())
    qtbot.addWidget(first)
    first.resize(700, 600)  # within the offscreen screen (800 x 800)
    first.splitter.setSizes([250, 450])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(example_workshop())
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 600)
    assert second.splitter.sizes() == sizes


def test_tab_shortcuts_open_each_view(window: MainWindow) -> None:
    from app.ui.pairwise.pairwise_panel import PairwisePanel

    window.tab_actions[3].trigger()
    assert window.tabs.currentIndex() == 3
    assert isinstance(window.pairwise_panel, PairwisePanel)
    assert window.pairwise_panel.isVisibleTo(window.tabs.widget(3))
    assert window.tab_actions[3].shortcut().toString() == "Ctrl+4"


def test_ctrl_s_saves_a_decision_record_that_reopens_identically(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.weights_panel.sliders[_first_weighted(window)].setValue(7)
    path = tmp_path / "registro"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName",
        lambda *a, **k: (str(path), "Decision record (*.xlsx)"),
    )
    assert window.save_action.shortcut().toString() == "Ctrl+S"
    window.save_action.trigger()
    record = tmp_path / "registro.xlsx"
    assert record.exists() and not window.session.document.modified
    assert window.session.document.path == str(record)
    saved = window.session.workshop
    window.session.open(example_workshop())
    assert window.open_path(str(record))
    assert window.session.workshop.to_dict() == saved.to_dict()
    assert not window.session.document.modified


def test_opening_a_record_reads_the_workbook_once(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One open of a record is one read of the file and one parse by openpyxl: telling a record
    from a plain table and reading it are the same opening (app.io.reading.open_input)."""
    from app.io.record import save_record
    from tests.spies import count_workbook_opens

    workshop = example_workshop()
    workshop = workshop.replace(metadata=replace(workshop.metadata, title="Una sola lectura"))
    record = tmp_path / "registro.xlsx"
    save_record(workshop, record, "es")
    counts = count_workbook_opens(monkeypatch)
    assert window.open_path(str(record))
    assert counts == {"parsed": 1, "read": 1}
    assert window.session.workshop == workshop
    assert window.session.document.path == str(record)


@pytest.mark.parametrize("name", ["tabla.xlsx", "tabla.csv"])
def test_a_table_goes_to_the_import_dialog(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    from tests.factories import PLAIN_ROWS, plain_workbook

    path = tmp_path / name
    if path.suffix == ".csv":
        path.write_text("\n".join(";".join(map(str, row)) for row in PLAIN_ROWS), "utf-8")
    else:
        plain_workbook(path)
    imported: list[str] = []
    monkeypatch.setattr(MainWindow, "_import_table", lambda _self, p: imported.append(p) or False)
    before = window.session.workshop
    assert not window.open_path(str(path))  # the dialog (here: a stand-in) was cancelled
    assert imported == [str(path)]
    assert window.session.workshop is before


def test_a_failed_save_keeps_the_earlier_record_and_offers_save_as(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    record = tmp_path / "registro.xlsx"
    assert window._save_to(str(record))
    before = record.read_bytes()
    window.weights_panel.sliders[_first_weighted(window)].setValue(9)

    def locked(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(record))

    monkeypatch.setattr("os.replace", locked)
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert not window.save()
    assert window.session.document.modified
    assert record.read_bytes() == before
    assert len(asked) == 1 and "registro.xlsx" in asked[0]
    assert "nothing is lost" in asked[0]
    assert "registro.xlsx" in window.status_label.text()


def test_opening_a_table_starts_an_unsaved_workshop(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from app.ui.dialogs.import_dialog import ImportDialog

    # the import dialog is modal: accept it as shown, with its guessed mapping
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    table = tmp_path / "comunidades.csv"
    table.write_text("Comunidad;Seguridad;Distancia\nA;3,5;10\nB;4;12\n", encoding="cp1252")
    assert window.open_path(str(table))
    workshop = window.session.workshop
    assert [c.name for c in workshop.communities] == ["A", "B"]
    assert workshop.values[0, 0] == 3.5
    assert window.session.document.path is None and window.session.document.modified


def test_f1_opens_the_guide_without_blocking(window: MainWindow, qtbot: Any) -> None:
    assert window.help_action.shortcut().toString() == "F1"
    window.help_action.trigger()
    assert window.help_window is not None and window.help_window.isVisible()
    assert not window.help_window.isModal()
    assert "TOPSIS" in window.help_window.text()
    window.help_window.close()


def test_new_workshop_opens_the_chosen_criteria_unsaved(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from app.ui.dialogs.new_workshop import NewWorkshopDialog

    chosen: list[NewWorkshopDialog] = []

    def accept(dialog: NewWorkshopDialog) -> int:
        dialog.title_edit.setText("Taller nuevo")
        chosen.append(dialog)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(NewWorkshopDialog, "exec", accept)
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    window.new_action.trigger()
    workshop = window.session.workshop
    assert workshop.metadata.title == "Taller nuevo"
    assert [c.id for c in workshop.criteria] == [c.id for c in chosen[0].checked_criteria()]
    assert workshop.communities == () and window.session.document.modified
    assert window.tabs.currentIndex() == 1  # the data tab, to enter the communities


def test_unsaved_changes_are_autosaved_and_a_save_clears_the_recovery_file(
    window: MainWindow, tmp_path: Path
) -> None:
    from app.io.autosave import own_recovery_path, pending_recoveries

    window.weights_panel.sliders[_first_weighted(window)].setValue(11)
    window.autosaver.autosave()
    recovery = own_recovery_path()
    assert recovery.exists()
    assert not pending_recoveries()  # this process is alive: nothing to offer yet
    assert window._save_to(str(tmp_path / "taller.xlsx"))
    assert not recovery.exists()


def test_quitting_with_unsaved_changes_asks_and_cancel_keeps_the_window(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.show()
    window.weights_panel.sliders[_first_weighted(window)].setValue(13)
    asked: list[str] = []

    def cancel(_parent: object, title: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", cancel)
    window.quit_action.trigger()
    assert asked == ["Unsaved changes"] and window.isVisible()
    assert window.session.document.modified


def test_cancelling_the_import_keeps_the_open_workshop(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    from app.ui.dialogs.import_dialog import ImportDialog

    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    table = tmp_path / "comunidades.csv"
    table.write_text("Comunidad;Seguridad\nA;3,5\nB;4\n", encoding="cp1252")
    before = window.session.workshop
    assert not window.open_path(str(table))
    assert window.session.workshop is before


def test_a_record_whose_data_row_is_gone_opens_with_the_community_kept_and_a_note(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openpyxl

    from app.io.record import save_record

    record = tmp_path / "fila.xlsx"
    save_record(example_workshop(), record, "es")
    book = openpyxl.load_workbook(record)
    book["Datos"].delete_rows(5)  # Anqas Luwichu's row
    book.save(record)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text))
    )
    window.session.open(example_workshop())
    assert window.open_path(str(record))
    names = [c.name for c in window.session.workshop.communities]
    assert len(names) == 12 and names[-1] == "Anqas Luwichu*"
    assert len(shown) == 1 and shown[0][0] == "Opened fila.xlsx"
    assert "“fila.xlsx”, sheet “Datos”: the row of “Anqas Luwichu*” (row 5" in shown[0][1]
    assert "Anqas Luwichu*" in window.status_label.text()


def test_a_workshop_saved_with_two_communities_of_one_name_opens_with_a_note(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from app.io.workshop_file import save_workshop_json

    workshop = example_workshop()
    first = workshop.communities[0].name
    communities = (*workshop.communities[:2], replace(workshop.communities[2], name=first.lower()))
    old = workshop.replace(communities=communities + workshop.communities[3:])
    path = tmp_path / "antiguo.json"
    save_workshop_json(old, path)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda parent, title, text, *a: shown.append((title, text))
    )
    assert window.open_path(str(path))
    assert window.session.workshop == old
    assert len(shown) == 1 and shown[0][0] == "Opened antiguo.json"
    assert (
        f"rows 1, 3 of the Data tab have the same name (“{first}”, “{first.lower()}”)"
        in (shown[0][1])
    )
    assert "rows 1, 3" in window.status_label.text()


def _on_a_laptop(qtbot: Any) -> MainWindow:
    """The example workshop's window shown at 1366 x 768, in its default layout."""
    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_on_a_1366_px_laptop_in_spanish_the_rankings_keep_most_of_the_width(
    qtbot: Any, spanish: None
) -> None:
    """The weights panel's buttons sit two a row, so the panel stays narrow (four in a row made
    the rankings so narrow that the community names shrank to one letter)."""
    window = _on_a_laptop(qtbot)
    assert window.weights_panel.width() <= 460
    assert window.tabs.width() >= 880


def test_on_a_1366_px_laptop_in_spanish_every_robustness_page_has_its_tab_in_view(
    qtbot: Any, spanish: None
) -> None:
    """The Robustness tab's own tabs fit its width: none hides behind scroll arrows."""
    window = _on_a_laptop(qtbot)
    window.tabs.setCurrentWidget(window.tabs.widget(4))  # Robustez
    pages = window.sensitivity_panel.tabs
    qtbot.waitUntil(pages.isVisible)
    bar = pages.tabBar()
    assert bar.count() == 6
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    assert needed <= pages.width()
    assert bar.tabRect(bar.count() - 1).right() <= pages.width()


@pytest.mark.parametrize("language", ["es", "en"])
def test_on_a_1366_px_laptop_every_ranked_community_is_in_view(
    qtbot: Any, request: pytest.FixtureRequest, language: str
) -> None:
    """The tables take the height their rows need (the chart and the notes the rest): the eight
    ranked communities of the example show without scrolling, and stay so as the window grows."""
    if language == "es":
        request.getfixturevalue("spanish")
    window = _on_a_laptop(qtbot)
    QApplication.processEvents()  # the tables' scroll bars follow their layout
    view = window.rankings_view
    for table, model in ((view.topsis_table, view.topsis_model), (view.ahp_table, view.ahp_model)):
        assert model.rowCount() == 8
        assert not table.verticalScrollBar().isVisible()
        assert table.rowViewportPosition(7) + table.rowHeight(7) <= table.viewport().height()
    tables_height = view.splitter.sizes()[0]
    window.resize(1366, 1000)
    QApplication.processEvents()
    assert view.splitter.sizes()[0] == tables_height  # the chart and the notes took the room


def test_opening_a_smaller_workshop_fits_the_tables_to_its_rows(qtbot: Any) -> None:
    window = _on_a_laptop(qtbot)
    smaller = window.session.workshop
    for _ in range(5):
        smaller = edits.remove_community(0).apply(smaller)
    window.session.open(smaller)
    QApplication.processEvents()
    view = window.rankings_view
    rows = view.topsis_model.rowCount()
    assert 0 < rows < 8
    spare = view.topsis_table.viewport().height() - rows * view.topsis_table.rowHeight(0)
    assert 0 <= spare < view.topsis_table.rowHeight(0)  # no empty rows: the chart has the room


def test_the_first_view_uses_the_type_scale_only(qtbot: Any, spanish: None) -> None:
    """Every visible text of the first view is in the interface's default font or in one of the
    type scale's two sizes, regular or bold: each further font costs about 1 ms of start-up."""
    window = _on_a_laptop(qtbot)
    default = QApplication.font()
    allowed = {(default.pointSizeF(), default.bold())} | {
        (size, bold) for size in (TEXT_POINT_SIZE, TABLE_POINT_SIZE) for bold in (False, True)
    }
    shown = {
        (widget.font().pointSizeF(), widget.font().bold()): type(widget).__name__
        for widget in [window, *window.findChildren(QWidget)]
        if widget.isVisible()
    }
    assert {(TABLE_POINT_SIZE, False), (TABLE_POINT_SIZE, True)} <= set(shown)  # the rankings
    assert {font: name for font, name in shown.items() if font not in allowed} == {}


def test_the_numbers_a_weight_changes_sit_in_labels_of_fixed_size(
    qtbot: Any, window: MainWindow, request: pytest.FixtureRequest
) -> None:
    """The numbers every slider step changes (each criterion's share, the total, Kendall's τ)
    sit in labels of fixed size, each large enough for any value it shows: a label free to
    change size asks every parent up to the window to lay out again at each new text (see
    app.ui.quiet.fix_size_for). Checked in both languages over a sweep of a slider, which
    moves the shares from 0 % to 100 % and τ across its range."""
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    panel, view = window.weights_panel, window.rankings_view
    slider = panel.sliders[_first_weighted(window)]
    for language in ("en", "es"):
        if language == "es":
            request.getfixturevalue("spanish")
        labels = [*panel.share_labels.values(), panel.total_value, view.agreement_value]
        for label in labels:
            assert label.minimumSize() == label.maximumSize(), label.text()
        shown: set[str] = set()
        for value in (0, 1, 5, 20, 50, 80, 100):
            slider.setValue(value)
            for label in labels:
                shown.add(label.text())
                assert label.sizeHint().width() <= label.width(), label.text()
        assert len(shown) > 10  # the labels did change


def test_a_recovered_workshop_with_shared_names_says_so(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A workshop autosaved from a file whose communities share a name (older files may) is
    recovered whole, with the same note as when that file is opened."""
    from app.io.autosave import Recovery
    from app.ui.shell import autosave

    base = example_workshop()
    twins = (*base.communities[:-1], replace(base.communities[-1], name=base.communities[0].name))
    lost = base.replace(communities=twins)
    recovery = Recovery(tmp_path / "r.json", 1, datetime.now(UTC), "/home/ana/taller.json", lost)
    monkeypatch.setattr(autosave, "pending_recoveries", lambda: [recovery])
    monkeypatch.setattr(autosave, "ask_recovery", lambda parent, r: autosave.Answer.RECOVER)
    monkeypatch.setattr(autosave, "write_recovery", lambda workshop, path: None)
    monkeypatch.setattr(autosave, "discard_recovery", lambda r: None)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))

    assert window.offer_recovery()
    assert window.session.workshop == lost
    rows = f"rows 1, {len(twins)}"
    assert len(shown) == 1 and "“taller.json”" in shown[0] and rows in shown[0]


def test_reset_layout_brings_back_the_first_start(qtbot: Any) -> None:
    """View > Reset layout: after the facilitator dragged the panes, hid the toolbar and made the
    window small, the window fits its screen again with the first start's panes and every ranked
    community in view."""
    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.show()
    qtbot.waitExposed(window)
    first = (window.size(), window.splitter.sizes())
    window.resize(900, 600)
    window.splitter.setSizes([600, 300])
    window.toolbar.hide()
    window.reset_layout_action.trigger()
    QApplication.processEvents()
    assert (window.size(), window.splitter.sizes()) == first
    assert first[1][0] < first[1][1] / 2  # the rankings have most of the width
    assert window.toolbar.isVisible()
    view = window.rankings_view
    assert not view.topsis_table.verticalScrollBar().isVisible()
    assert window.screen().availableGeometry().contains(window.frameGeometry())


def test_importing_communities_into_a_new_workshop_fits_the_tables_to_them(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New workshop, then Import communities (the README's steps): the rankings go from no row
    to eight, and the tables show all eight (they stayed one row high)."""
    from app.models.workshop import Workshop

    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.show()
    qtbot.waitExposed(window)
    full = window.session.workshop
    empty = full.replace(communities=(), values=full.values[:0])
    assert isinstance(empty, Workshop)
    window.session.open(empty, None, saved=False)  # what New workshop gives
    QApplication.processEvents()
    assert window.rankings_view.topsis_model.rowCount() == 0

    class Imported:
        def __init__(self, path: str, workshop: object, parent: object) -> None:
            pass

        def exec(self) -> int:
            return 1  # OK

        def edit(self) -> edits.Edit:
            return edits.Edit("Import communities", lambda _: full, frozenset({Change.DATA}))

        def deleteLater(self) -> None:
            pass

    monkeypatch.setattr("app.ui.dialogs.community_import_dialog.CommunityImportDialog", Imported)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("/tmp/x.csv", ""))
    assert window.import_communities()
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    view = window.rankings_view
    assert view.topsis_model.rowCount() == 8
    table = view.topsis_table
    assert not table.verticalScrollBar().isVisible()
    assert table.rowViewportPosition(7) + table.rowHeight(7) <= table.viewport().height()


def test_save_as_suggests_a_name_windows_takes_where_the_last_file_was(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title "Selección: Q'eros / Cotabambas" cannot be a Windows file name as it is (the
    colon and the slash); the dialogs open where the last file was opened, imported or saved."""
    metadata = replace(window.session.workshop.metadata, title="Selección: Q'eros / Cotabambas")
    assert window.session.apply(edits.set_metadata(metadata))
    asked: list[tuple[str, str]] = []

    def save_dialog(_parent: object, _title: str, suggestion: str, *_a: object) -> tuple[str, str]:
        asked.append(("save", suggestion))
        return (str(tmp_path / "registro.xlsx"), "")

    def open_dialog(_parent: object, _title: str, folder: str, *_a: object) -> tuple[str, str]:
        asked.append(("open", folder))
        return ("", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_dialog)
    assert window.save_as()
    window.import_communities()
    window.open_file()
    suggested = Path(asked[0][1])
    assert suggested.name == "Selección - Q'eros - Cotabambas.xlsx"
    assert asked[1:] == [("open", str(tmp_path)), ("open", str(tmp_path))]


def test_a_first_start_says_welcome_once(qtbot: Any, spanish: None) -> None:
    """The first start shows a word of welcome (what the example is, what its arrows compare
    with, how to begin), without blocking the window; later starts do not."""
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.show()
    assert window.welcome()
    box = window.welcome_box
    assert isinstance(box, QMessageBox) and box.isVisible() and not box.isModal()
    assert "taller de ejemplo ficticio" in box.text() and "línea base" in box.text()
    assert "Archivo > Nuevo taller" in box.text()
    box.close()
    assert not window.welcome()  # the settings remember it


def test_the_open_and_import_dialogs_list_ods_and_xls(window: MainWindow) -> None:
    for choices in (window._open_filter(), window._import_filter()):
        first = choices.split(";;")[0]
        assert "*.xlsx" in first and "*.ods" in first and "*.xls " in first


def test_an_ods_opens_through_the_import_step(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.io.test_ods_xls import ods_bytes, table_rows

    path = tmp_path / "comunidades.ods"
    path.write_bytes(ods_bytes(table_rows()))
    imported: list[str] = []
    monkeypatch.setattr(window, "_import_table", lambda p: imported.append(p) or True)
    assert window.open_path(str(path))
    assert imported == [str(path)]  # mapped in the import dialog, like an .xlsx table
