"""The facilitator's whole workshop, replayed as a person does it (issue 19, item 8).

Run by ``tests/ui/test_workshop_replay.py`` in a pytest process of its own, on Qt's offscreen
platform with a Windows laptop's screen (1366 x 768 less the taskbar: 1366 x 728 available,
``tests/screens/laptop.json``), because Qt reads the screen only when it starts. In Spanish, from a
first start: File > New workshop from the workshop report's preset, File > Import communities from
a CSV table as Spanish Excel writes it (semicolons, decimal commas, Windows-1252), two groups and
their weights, comparisons on the projector (F9), the robustness tab, presentation mode (F11) with
the weights changed from the keyboard, and the decision record saved. It asserts what a person
sees: eight ranking rows and whole names on the Results tab, no internal id in any undo text,
message, window text or record cell, and a Spanish record free of English.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTableView, QWidget

from app.io.example import example_workshop
from app.io.record.labels import LABELS
from app.ui.dialogs.community_import_dialog import CommunityImportDialog
from app.ui.dialogs.new_workshop import NewWorkshopDialog
from app.ui.i18n import install_language
from app.ui.shell.main_window import PAIRWISE_TAB, SENSITIVITY_TAB, MainWindow
from tests.ui.laptop import AVAILABLE, inside, visible_rows

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The workshop report's preset (Potato Park focus communities: eight criteria with levels).
PRESET = "potato-park-focus-communities"

#: The candidate communities as a partner sends them: Spanish Excel's CSV, level names as typed.
HEADER = (
    "Comunidad;Región;Amenaza minera;Compromiso frente a la minería;Patrimonio biocultural;"
    "Potencial de territorio biocultural;Alternativas económicas;Seguridad;"
    "Vínculos de colaboración;Apoyo del gobierno local"
)
LEVELS_A = ("muy baja", "bajo", "medio", "alto", "muy alta", "alta", "muy alto", "media")
COMMUNITIES = (
    ("Huancuire", "Apurímac"),
    ("Pampahuasi", "Apurímac"),
    ("Choquecca", "Cusco"),
    ("Ccapacmarca", "Cusco"),
    ("Fuerabamba", "Apurímac"),
    ("Chila", "Cusco"),
    ("Quehuira", "Cusco"),
    ("Sayhua (Anexo Ccahuanhuire)", "Apurímac"),
    ("Qquehuincha", "Cusco"),
    ("Ñaupa Ccasa", "Apurímac"),
)
THREAT = (
    "muy baja",
    "baja",
    "media",
    "alta (afueras de la mina)",
    "muy alta (área de influencia directa)",
)
MALE = ("muy bajo", "bajo", "medio", "alto", "muy alto")
FEMALE = ("muy baja", "baja", "media", "alta", "muy alta")


def candidates_csv(folder: Path) -> Path:
    """Ten communities, every level varied, written as Excel in Spanish writes a CSV."""
    rows = [HEADER]
    for n, (name, region) in enumerate(COMMUNITIES):
        cells = [name, region, THREAT[(n * 3) % 5]]
        for k, levels in enumerate((MALE, MALE, MALE, FEMALE, FEMALE, MALE, MALE)):
            cells.append(levels[(n + 2 * k + n * k) % 5])
        rows.append(";".join(cells))
    path = folder / "comunidades candidatas.csv"
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


class Seen:
    """Every text a person read during the replay: undo texts, messages, window texts."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.undo: list[str] = []
        self.messages: list[str] = []
        self.screens: list[str] = []
        window.session.error.connect(self.messages.append)

    def look(self, *extra: QWidget) -> None:
        self.undo.append(self.window.undo_action.text())
        self.messages.append(self.window.status_label.text())
        for widget in (self.window, *extra):
            self.screens.extend(_visible_texts(widget))


def _visible_texts(widget: QWidget) -> Iterator[str]:
    for label in widget.findChildren(QLabel):
        if label.isVisible() and label.text():
            yield label.text()
    for table in widget.findChildren(QTableView):
        if not table.isVisible():
            continue
        model = table.model()
        for row in range(min(model.rowCount(), 40)):
            for column in range(model.columnCount()):
                text = model.index(row, column).data()
                if isinstance(text, str):
                    yield text
        for column in range(model.columnCount()):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield header


def ids_in(texts: list[str], ids: set[str]) -> list[str]:
    """The texts that show one of ``ids`` as a word of its own (case-sensitive: a community's id
    may be its name in lower case)."""
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, sorted(ids))) + r")(?![\w-])")
    return [text for text in texts if pattern.search(text)]


#: English words that no Spanish text of the program contains (names of communities and criteria
#: are Spanish here).
ENGLISH = re.compile(
    r"\b(the|and|of|weight|weights|group|groups|import|imported|communities|community|criterion|"
    r"criteria|compare|settings|value|values|baseline|yes|level|levels|missing|chosen)\b",
    re.IGNORECASE,
)


def test_a_facilitators_workshop_in_spanish_on_a_laptop(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_language("es")
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.show()
    qtbot.waitExposed(window)
    screen = window.screen().availableGeometry()
    assert (screen.width(), screen.height()) == AVAILABLE  # the laptop, at 100 %
    assert inside(screen, window.frameGeometry())
    seen = Seen(window)

    # -- File > New workshop, from the workshop report's preset
    def new_workshop(dialog: NewWorkshopDialog) -> int:
        dialog.choose_preset(PRESET)
        dialog.title_edit.setText("Selección de comunidades focales: Cusco y Apurímac")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return int(dialog.result())

    monkeypatch.setattr(NewWorkshopDialog, "exec", new_workshop)
    window.new_action.trigger()
    workshop = window.session.workshop
    assert [c.label("es") for c in workshop.criteria][:2] == [
        "Amenaza minera",
        "Compromiso frente a la minería",
    ]
    assert workshop.communities == ()
    seen.look()

    # -- File > Import communities, from the partner's CSV
    table = candidates_csv(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(table), ""))
    summaries: list[str] = []

    def import_all(dialog: CommunityImportDialog) -> int:
        summaries.append(dialog.summary_label.text())
        seen.screens.extend(_visible_texts(dialog))
        assert dialog.ok_button().isEnabled()
        dialog.ok_button().click()
        return int(dialog.result())

    monkeypatch.setattr(CommunityImportDialog, "exec", import_all)
    window.import_communities_action.trigger()
    workshop = window.session.workshop
    assert [c.name for c in workshop.communities] == [name for name, _ in COMMUNITIES]
    assert [c.region for c in workshop.communities] == [region for _, region in COMMUNITIES]
    assert "Región" not in [c.label("es") for c in workshop.criteria]
    assert summaries == ["10 comunidades nuevas, 0 actualizadas"]
    seen.look()

    # -- the Results tab: at least eight rankings rows, names whole
    window.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    view = window.rankings_view
    if shots := os.environ.get("PRIORIZAR_REPLAY_SHOTS"):
        window.grab().save(str(Path(shots) / "results.png"))
    for ranking in (view.topsis_table, view.ahp_table):
        assert visible_rows(ranking) >= 8
        model = ranking.model()
        metrics = ranking.fontMetrics()
        for row in range(visible_rows(ranking)):
            index = model.index(row, 1)
            name = index.data()
            assert name in {c.name for c in workshop.communities}
            cell = ranking.visualRect(index)
            # the whole name, on as many lines as it needs (a long one wraps, never cut)
            whole = metrics.boundingRect(
                QRect(0, 0, cell.width() - 8, 1000), Qt.TextFlag.TextWordWrap, name
            )
            assert whole.width() <= cell.width() - 8 and whole.height() <= cell.height(), name
    seen.look()

    # -- two groups, named, with their own weights
    window.tabs.setCurrentIndex(PAIRWISE_TAB)
    panel = window.pairwise_panel
    for name in ("Comuneros", "Autoridades"):
        panel.add_button.click()
        panel.name_edit.setText(name)
        panel.name_edit.editingFinished.emit()
        seen.look()
    groups = window.session.workshop.groups
    assert [g.name for g in groups][-2:] == ["Comuneros", "Autoridades"]
    threat = window.session.workshop.criteria[0]
    window.weights_panel.sliders[threat.id].setValue(80)  # the Autoridades' weight
    assert window.undo_action.text().startswith("&Deshacer")
    seen.look()

    # -- comparisons on the projector (F9), answered from the keyboard
    window.comparisons_action.trigger()
    projector = window.comparisons
    assert projector is not None and projector.isVisible()
    for _ in range(3):
        qtbot.keyClick(projector, Qt.Key.Key_Left)
        qtbot.keyClick(projector, Qt.Key.Key_Return)
        seen.look(projector)
    answered = window.session.workshop.group(window.session.workshop.active_group).judgements
    assert len(answered) == 3
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()

    # -- the robustness tab, as the room looks at it
    window.tabs.setCurrentIndex(SENSITIVITY_TAB)
    QApplication.processEvents()
    seen.look()

    # -- presentation mode (F11): the weights beside both rankings, changed from the keyboard
    window.presentation_action.trigger()
    presentation = window.presentation
    assert presentation is not None and presentation.isVisible()
    weights = presentation.weight_texts()
    assert len(weights) == len(window.session.workshop.weighted_criteria)
    assert all(share.endswith("%") for _name, share in weights)
    before = window.session.workshop
    qtbot.keyClick(presentation, Qt.Key.Key_Down)
    qtbot.keyClick(presentation, Qt.Key.Key_Right)
    assert window.session.workshop is not before
    assert presentation.weight_texts() != weights
    seen.look(presentation)
    qtbot.keyClick(presentation, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert presentation.weight_texts() == weights
    qtbot.keyClick(presentation, Qt.Key.Key_Escape)

    # -- the decision record, saved in Spanish
    record = tmp_path / "registro.xlsx"
    assert window._save_to(str(record))
    seen.look()

    workshop = window.session.workshop
    ids = {c.id for c in workshop.criteria} | {c.id for c in workshop.communities}
    ids |= {g.id for g in workshop.groups}
    assert ids_in(seen.undo, ids) == []
    assert ids_in(seen.messages, ids) == []
    assert ids_in(seen.screens, ids) == []

    book = openpyxl.load_workbook(record)
    cells: list[str] = []
    for sheet in book.worksheets:
        if sheet.sheet_state != "visible":
            continue
        for row in sheet.iter_rows(values_only=True):
            cells.extend(str(value) for value in row if isinstance(value, str))
    assert ids_in(cells, ids) == [], ids_in(cells, ids)
    spanish = set(LABELS["es"].values())
    english = {text for text in LABELS["en"].values() if text not in spanish}
    assert [cell for cell in cells if cell in english] == []
    assert [cell for cell in cells if ENGLISH.search(cell)] == []
    log = book[LABELS["es"]["log"]]
    logged = [str(value) for row in log.iter_rows(values_only=True) for value in row if value]
    assert any("Amenaza minera" in text for text in logged)
    assert any("Comuneros" in text or "Autoridades" in text for text in logged)
