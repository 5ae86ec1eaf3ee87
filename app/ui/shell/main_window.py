"""The workshop window: weights on the left, rankings, data and criteria on the right."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QWidget,
)

from app.models import edits
from app.models.analysis import Evaluation
from app.models.document import Change, Edit
from app.models.errors import InvalidInputError
from app.models.text import in_language
from app.models.workshop import AhpMode, Baseline, Metadata, Workshop
from app.ui.editors.weights_panel import WeightsPanel
from app.ui.environment import app_settings
from app.ui.folders import last_folder, remember_folder
from app.ui.i18n import LANGUAGES, current_language, install_language
from app.ui.jobs import run_busy
from app.ui.results.rankings import RankingsView
from app.ui.results.texts import ahp_mode_hint
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession, translated_error
from app.ui.share.window import Sharing
from app.ui.shell.editor_page import EditorPage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from app.io.record.cell_problems import CellProblems
    from app.ui.dialogs.details_dialog import WorkshopDetailsDialog
    from app.ui.editors.criteria_editor import CriteriaEditor
    from app.ui.editors.data_editor import DataEditor
    from app.ui.pairwise.pairwise_panel import PairwisePanel
    from app.ui.pairwise.projector import ComparisonProjector
    from app.ui.results.presentation import PresentationWindow
    from app.ui.robustness.panel import SensitivityPanel
    from app.ui.shell.autosave import Autosaver
    from app.ui.shell.help import HelpWindow

_Choice = TypeVar("_Choice")

MAX_RECENT = 8
#: The window's size on a first start where the screen has room: a common laptop's screen.
FIRST_SIZE = QSize(1366, 768)
#: Room kept for a window's frame before it is known: Windows' title bar and borders at 100 %.
FRAME_ROOM = QSize(16, 40)
#: The weights panel's width on a first start, where the window is wide enough.
WEIGHTS_WIDTH = 440
#: What Save writes: a decision record, or the plain workshop file.
SAVE_SUFFIXES = (".xlsx", ".json")
DATA_TAB, CRITERIA_TAB, PAIRWISE_TAB, SENSITIVITY_TAB = 1, 2, 3, 4
TAB_COUNT = 5


def edit_text(edit: Edit | None) -> str:
    """An edit's label in the interface language, the criteria it names too."""
    if edit is None:
        return ""
    label = QCoreApplication.translate("Edits", edit.label)
    return label.format(**in_language(edit.params, current_language())) if edit.params else label


class MainWindow(Retranslating, QMainWindow):
    """The facilitator's window. Everything it changes goes through ``session.apply``."""

    def __init__(
        self, workshop: Workshop, path: str | None = None, *, restore_state: bool = True
    ) -> None:
        super().__init__()
        self.session = WorkshopSession(workshop, path, self)
        self.presentation: PresentationWindow | None = None
        self.comparisons: ComparisonProjector | None = None
        self._remember_state = restore_state
        self.help_window: HelpWindow | None = None
        self.welcome_box: QWidget | None = None
        self.details_dialog: WorkshopDetailsDialog | None = None

        self.weights_panel = WeightsPanel(self.session)
        self.rankings_view = RankingsView(self.session)
        # The other tabs are built when first needed (at the latest right after the first paint),
        # so that the window appears fast.
        self._pages: dict[int, QWidget] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self.rankings_view, "")
        for _ in range(TAB_COUNT - 1):
            self.tabs.addTab(EditorPage(), "")
        self.tabs.currentChanged.connect(self._page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.weights_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.setCentralWidget(self.splitter)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)

        self._create_actions()
        self._create_menus()
        self.session.changed.connect(self._on_changed)
        self.session.evaluated.connect(self._on_evaluated)
        self.session.error.connect(self._on_error)
        self._saving = False  # a save runs off the interface thread (see _save_to)
        # the autosaver starts right after the first paint (see autosaver): nothing can change
        # before, and the first autosave is a minute away
        self._autosaver: Autosaver | None = None
        self.retranslate()
        self._restore_state(restore_state)
        self._on_changed(frozenset(Change))
        self.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            # after the first paint: build what the first view did not need
            self.removeEventFilter(self)
            QTimer.singleShot(0, self._build_deferred)
        return False

    def _build_deferred(self) -> None:
        self.autosaver  # noqa: B018 - built on first access
        self.rankings_view.chart  # noqa: B018 - built on first access
        for index in range(1, TAB_COUNT):
            self._page(index)

    def _page(self, index: int) -> QWidget:
        """The widget of tab ``index``, built on first use."""
        if index == 0:
            return self.rankings_view
        if index not in self._pages:
            if index == DATA_TAB:
                from app.ui.editors.data_editor import DataEditor

                widget: QWidget = DataEditor(self.session)
            elif index == CRITERIA_TAB:
                from app.ui.editors.criteria_editor import CriteriaEditor

                widget = CriteriaEditor(self.session)
            elif index == PAIRWISE_TAB:
                from app.ui.pairwise.pairwise_panel import PairwisePanel

                widget = PairwisePanel(self.session, locked=self.weights_panel.locked)
                widget.project_button.setDefaultAction(self.comparisons_action)
            else:
                from app.ui.robustness.panel import SensitivityPanel

                widget = SensitivityPanel(self.session)
            page = self.tabs.widget(index)
            assert isinstance(page, EditorPage)  # every other tab's page, made in __init__
            page.setWidget(widget)
            self._pages[index] = widget
        return self._pages[index]

    @property
    def autosaver(self) -> Autosaver:
        """The autosaver (:mod:`app.ui.shell.autosave`), made on first use: right after the
        first paint, or earlier where something asks for it. A note about its setting (a value
        out of range, replaced by its default) goes to the status bar."""
        if self._autosaver is None:
            from app.ui.shell.autosave import Autosaver

            self._autosaver = Autosaver(self.session, self)
            self._autosaver.failed.connect(self._on_error)
            if self._autosaver.note is not None:
                self.status_label.setText(translated_error(self._autosaver.note))
        return self._autosaver

    @property
    def data_editor(self) -> DataEditor:
        return cast("DataEditor", self._page(DATA_TAB))

    @property
    def criteria_editor(self) -> CriteriaEditor:
        return cast("CriteriaEditor", self._page(CRITERIA_TAB))

    @property
    def pairwise_panel(self) -> PairwisePanel:
        return cast("PairwisePanel", self._page(PAIRWISE_TAB))

    @property
    def sensitivity_panel(self) -> SensitivityPanel:
        return cast("SensitivityPanel", self._page(SENSITIVITY_TAB))

    # -- actions --------------------------------------------------------------------------------
    def _action(
        self,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        slot: object = None,
        *,
        checkable: bool = False,
    ) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if checkable:
            action.setCheckable(True)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(key.New, self.new_workshop)
        self.save_preset_action = self._action(None, self.save_criteria_as_preset)
        self.help_action = self._action("F1", self.show_help)
        self.open_action = self._action(key.Open, self.open_file)
        self.import_communities_action = self._action(None, self.import_communities)
        self.save_action = self._action(key.Save, self.save)
        self.save_as_action = self._action(key.SaveAs, self.save_as)
        self.quit_action = self._action(key.Quit, self.close)
        self.undo_action = self._action(key.Undo, self.session.undo)
        self.redo_action = self._action(key.Redo, self.session.redo)
        self.presentation_action = self._action("F11", self.toggle_presentation, checkable=True)
        self.comparisons_action = self._action("F9", self.toggle_comparisons, checkable=True)
        self.details_action = self._action("Ctrl+I", self.edit_details)
        self.baseline_action = self._action("Ctrl+B", self.fix_baseline)
        self.clear_baseline_action = self._action(None, self.clear_baseline)
        self.tab_actions = [
            self._action(f"Ctrl+{i + 1}", lambda _=False, i=i: self.tabs.setCurrentIndex(i))
            for i in range(self.tabs.count())
        ]
        self.weights_focus_action = self._action("Ctrl+W", self.weights_panel.setFocus)
        self.reset_layout_action = self._action(None, lambda: self.reset_layout())
        self.language_group, self.language_actions = self._choice_actions(
            LANGUAGES, self.set_language
        )
        self.ahp_mode_group, self.ahp_mode_actions = self._choice_actions(
            tuple(AhpMode), self.set_ahp_mode
        )

    def _choice_actions(
        self, choices: Iterable[_Choice], slot: Callable[[_Choice], object]
    ) -> tuple[QActionGroup, dict[_Choice, QAction]]:
        """One checkable action per choice, in an exclusive group: one is checked at a time."""
        group = QActionGroup(self)
        actions: dict[_Choice, QAction] = {}
        for choice in choices:
            action = self._action(None, lambda _=False, c=choice: slot(c), checkable=True)
            group.addAction(action)
            actions[choice] = action
        return group, actions

    def _create_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions(
            [
                self.new_action,
                self.open_action,
                self.import_communities_action,
                self.save_action,
                self.save_as_action,
            ]
        )
        self.recent_menu = QMenu(self)
        self.file_menu.addMenu(self.recent_menu)
        # sharing the decision: the summary to sign (PDF, printed) and a picture (app/ui/share)
        self.sharing = Sharing(self, self.session, self.status_label, self.save)
        self.file_menu.addSeparator()
        self.file_menu.addActions(list(self.sharing.actions))
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.workshop_menu = bar.addMenu("")
        self.workshop_menu.addAction(self.details_action)
        self.workshop_menu.addSeparator()
        self.workshop_menu.addActions([self.baseline_action, self.clear_baseline_action])
        self.workshop_menu.addSeparator()
        self.workshop_menu.addActions(list(self.ahp_mode_actions.values()))
        self.workshop_menu.setToolTipsVisible(True)  # the AHP modes explain themselves
        self.workshop_menu.addSeparator()
        self.workshop_menu.addAction(self.save_preset_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addActions([self.presentation_action, self.comparisons_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([*self.tab_actions, self.weights_focus_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.reset_layout_action)
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))

        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.help_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions(
            [self.undo_action, self.redo_action, self.baseline_action, self.presentation_action]
        )
        self.addToolBar(self.toolbar)

    # -- translation ----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.workshop_menu.setTitle(self.tr("&Workshop"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_action.setText(self.tr("&New workshop…"))
        self.new_action.setToolTip(self.tr("Start a workshop from a set of criteria (Ctrl+N)"))
        self.save_preset_action.setText(self.tr("Save criteria as &preset…"))
        self.help_action.setText(self.tr("&Guide"))
        self.help_action.setToolTip(
            self.tr("What the weights, TOPSIS, AHP and the screening mean (F1)")
        )
        self.open_action.setText(self.tr("&Open…"))
        self.import_communities_action.setText(self.tr("&Import communities from a spreadsheet…"))
        self.import_communities_action.setToolTip(
            self.tr(
                "Add or update the communities and their values from an Excel or CSV table with "
                "one column per criterion of this workshop"
            )
        )
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.presentation_action.setText(self.tr("&Presentation mode"))
        self.presentation_action.setToolTip(
            self.tr("Show the rankings full screen for the projector (F11)")
        )
        self.comparisons_action.setText(self.tr("&Comparisons on the projector"))
        self.comparisons_action.setToolTip(
            self.tr("Ask the group's comparisons one at a time, full screen for the projector (F9)")
        )
        self.baseline_action.setText(self.tr("Fix as &baseline"))
        self.baseline_action.setToolTip(
            self.tr("Keep the current ranking to compare later changes against (Ctrl+B)")
        )
        self.clear_baseline_action.setText(self.tr("&Clear baseline"))
        self.ahp_mode_actions[AhpMode.IDEAL].setText(self.tr("AHP: &ideal mode (x / best)"))
        self.ahp_mode_actions[AhpMode.DISTRIBUTIVE].setText(
            self.tr("AHP: &distributive mode (x / sum)")
        )
        for mode, action in self.ahp_mode_actions.items():
            action.setToolTip(ahp_mode_hint(mode))
            action.setStatusTip(ahp_mode_hint(mode))
        self.details_action.setText(self.tr("Workshop &details…"))
        self.details_action.setToolTip(
            self.tr(
                "Title, date, place, purpose, facilitators, participants and agreements of the "
                "workshop (Ctrl+I)"
            )
        )
        tab_names = [
            self.tr("&Rankings"),
            self.tr("&Data"),
            self.tr("&Criteria"),
            self.tr("P&airwise comparisons"),
            self.tr("Ro&bustness"),
        ]
        for index, (name, action) in enumerate(zip(tab_names, self.tab_actions, strict=True)):
            self.tabs.setTabText(index, name)
            action.setText(self.tr("Show %s") % name.replace("&", ""))
        self.weights_focus_action.setText(self.tr("Go to the &weights"))
        self.reset_layout_action.setText(self.tr("&Reset layout"))
        self.reset_layout_action.setToolTip(
            self.tr("The window, the panels and the rankings as they were at the first start")
        )
        self.language_actions["es"].setText("Español")
        self.language_actions["en"].setText("English")
        current = self.language_actions.get(current_language())
        if current is not None:  # Quechua has no menu entry yet: it falls back to Spanish
            current.setChecked(True)
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._update_undo_actions()
        self._update_title()
        self._update_recent_menu()

    def set_language(self, code: str) -> None:
        install_language(code)
        app_settings().setValue("language", code)

    # -- document events ------------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        self._update_undo_actions()
        self._update_title()
        self.clear_baseline_action.setEnabled(self.session.workshop.baseline is not None)
        if changes & {Change.SETTINGS, Change.DOCUMENT}:  # an edit, an undo, another file
            self._show_ahp_mode()

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self.baseline_action.setEnabled(evaluation.topsis is not None)

    def _on_error(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setStyleSheet("color: #b00020; font-weight: bold;")

    def _update_undo_actions(self) -> None:
        document = self.session.document
        self.undo_action.setEnabled(document.can_undo)
        self.redo_action.setEnabled(document.can_redo)
        undo, redo = edit_text(document.undo_edit), edit_text(document.redo_edit)
        self.undo_action.setText(self.tr("&Undo %s") % undo if undo else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo %s") % redo if redo else self.tr("&Redo"))

    def _update_title(self) -> None:
        workshop = self.session.workshop
        title = workshop.metadata.title or self.tr("Untitled workshop")
        self.setWindowTitle(f"{title}[*] — Priorizar")
        self.setWindowModified(self.session.document.modified)

    # -- baseline -------------------------------------------------------------------------------
    def fix_baseline(self) -> None:
        evaluation = self.session.evaluation
        if evaluation.topsis_ranks is None:
            return
        ids = [self.session.workshop.communities[i].id for i in evaluation.eligible]
        ahp_ranks = evaluation.ahp_ranks
        baseline = Baseline(
            topsis={cid: int(r) for cid, r in zip(ids, evaluation.topsis_ranks, strict=True)},
            ahp={}
            if ahp_ranks is None
            else {cid: int(r) for cid, r in zip(ids, ahp_ranks, strict=True)},
        )
        self.session.apply(edits.set_baseline(baseline))
        self.status_label.setStyleSheet("")
        self.status_label.setText(self.tr("Current ranking fixed as the baseline."))

    def clear_baseline(self) -> None:
        self.session.apply(edits.set_baseline(None))

    # -- method settings ------------------------------------------------------------------------
    def set_ahp_mode(self, mode: AhpMode) -> None:
        """Rank AHP by ideal (x / best) or distributive (x / sum) local priorities: one undoable
        step; choosing the current mode again changes nothing."""
        if self.session.workshop.settings.ahp_mode is not mode:
            self.session.apply(edits.set_ahp_mode(mode))
        self._show_ahp_mode()  # a refused edit leaves the mode, and its check, as they were

    def _show_ahp_mode(self) -> None:
        self.ahp_mode_actions[self.session.workshop.settings.ahp_mode].setChecked(True)

    # -- presentation ---------------------------------------------------------------------------
    def toggle_presentation(self) -> None:
        if self.presentation is not None and self.presentation.isVisible():
            self.presentation.close()
            return
        if self.presentation is None:
            from app.ui.results.presentation import PresentationWindow

            self.presentation = PresentationWindow(
                self.session, step_weight=self.weights_panel.step_weight
            )
            self.presentation.closed.connect(lambda: self.presentation_action.setChecked(False))
        self.presentation_action.setChecked(True)
        self.presentation.show_on_best_screen(self.screen())

    def toggle_comparisons(self) -> None:
        """Show the group's comparisons one question at a time on the projector, or close them."""
        if self.comparisons is not None and self.comparisons.isVisible():
            self.comparisons.close()
            return
        if self.comparisons is None:
            from app.ui.pairwise.projector import ComparisonProjector

            self.comparisons = ComparisonProjector(self.session)
            self.comparisons.closed.connect(lambda: self.comparisons_action.setChecked(False))
        self.comparisons_action.setChecked(True)
        self.comparisons.show_on_best_screen(self.screen())

    # -- details --------------------------------------------------------------------------------
    def edit_details(self) -> None:
        """Open the workshop's details; OK applies them as one undoable edit, Cancel nothing."""
        from app.ui.dialogs.details_dialog import WorkshopDetailsDialog

        dialog = WorkshopDetailsDialog(self.session.workshop.metadata, self)
        dialog.accepted.connect(lambda: self._apply_details(dialog.metadata()))
        dialog.finished.connect(lambda _result: self._details_closed(dialog))
        self.details_dialog = dialog
        dialog.open()  # window-modal, without a nested event loop

    def _apply_details(self, metadata: Metadata) -> None:
        if metadata != self.session.workshop.metadata:
            self.session.apply(edits.set_metadata(metadata))

    def _details_closed(self, dialog: WorkshopDetailsDialog) -> None:
        if self.details_dialog is dialog:
            self.details_dialog = None
        dialog.deleteLater()

    # -- new workshop, presets, help ------------------------------------------------------------
    def new_workshop(self) -> None:
        if not self._ready_to_discard():
            return
        from PySide6.QtWidgets import QDialog

        from app.ui.dialogs.new_workshop import NewWorkshopDialog

        dialog = NewWorkshopDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.session.open(dialog.workshop(), None, saved=False)
            self.tabs.setCurrentIndex(DATA_TAB)  # the next step: enter the communities

    def save_criteria_as_preset(self) -> None:
        from app.ui.dialogs.new_workshop import save_criteria_as_preset

        path = save_criteria_as_preset(self, self.session.workshop)
        if path is not None:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Criteria saved as a preset: %s") % path.name)

    def show_help(self) -> None:
        if self.help_window is None:
            from app.ui.shell.help import HelpWindow

            self.help_window = HelpWindow(self)
        self.help_window.show()
        self.help_window.activateWindow()

    # -- files ----------------------------------------------------------------------------------
    def _open_filter(self) -> str:
        return ";;".join(
            [
                self.tr(
                    "Decision records, workshops and tables (*.xlsx *.xlsm *.ods *.xls *.json "
                    "*.csv *.tsv *.txt)"
                ),
                self.tr("All files (*)"),
            ]
        )

    def _import_filter(self) -> str:
        return ";;".join(
            [
                self.tr("Spreadsheets and tables (*.xlsx *.xlsm *.ods *.xls *.csv *.tsv *.txt)"),
                self.tr("All files (*)"),
            ]
        )

    def _save_filter(self) -> str:
        return ";;".join(
            [self.tr("Decision record (*.xlsx)"), self.tr("Priorizar workshop file (*.json)")]
        )

    def open_file(self) -> None:
        if not self._ready_to_discard():
            return
        from PySide6.QtWidgets import QFileDialog  # dialogs load on first use: faster start

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a decision record, workshop or table"),
            last_folder(),
            self._open_filter(),
        )
        if path:
            remember_folder(path)
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        """Open any readable input; on failure the open workshop is unchanged and a message says
        why. A table (not a record) opens as a new, unsaved workshop. A record with Data cells it
        cannot read lists them all and offers to open with them empty
        (:meth:`_open_with_cells_empty`)."""
        from app.io.reading import TableToImport, open_input
        from app.io.record.cell_problems import CellProblems

        notes: list[InvalidInputError] = []
        try:
            workshop = open_input(path, notes)  # a workbook is opened once
            if isinstance(workshop, TableToImport):
                return self._import_table(path)
        except CellProblems as problems:
            return self._open_with_cells_empty(path, problems)
        except InvalidInputError as error:
            message = translated_error(error)
        except (OSError, ValueError) as error:  # the system's words for what stopped the reading
            message = str(error)
        else:
            kept = Path(path).suffix.lower() in SAVE_SUFFIXES
            self.session.open(workshop, path if kept else None, saved=kept)
            self._add_recent(path)
            if notes:
                self._show_notes(Path(path).name, notes)
            return True
        self._show_problem(self.tr("Could not open %s") % Path(path).name, message)
        return False

    def _open_with_cells_empty(self, path: str, problems: CellProblems) -> bool:
        """List every Data cell of the record at ``path`` that cannot be read; if the user
        chooses, open it with those cells empty, as an unsaved change (closing asks to save);
        Cancel keeps the open workshop."""
        from PySide6.QtWidgets import QDialog

        from app.io.reading import open_input
        from app.io.record.cell_problems import BlankedCells
        from app.ui.dialogs.cell_problems_dialog import CellProblemsDialog

        dialog = CellProblemsDialog(problems, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        name = Path(path).name
        if not accepted:
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("%s was not opened.") % name)
            return False
        notes: list[InvalidInputError] = []
        try:
            workshop = open_input(path, notes, blank_bad_cells=True)
        except InvalidInputError as error:  # the file changed since it was read
            message = translated_error(error)
        except (OSError, ValueError) as error:
            message = str(error)
        else:
            if not isinstance(workshop, Workshop):  # pragma: no cover - a record a moment ago
                return False
            # a record in another format (.xlsm, .ods, .xls) is saved anew as .xlsx: Save asks
            kept = Path(path).suffix.lower() in SAVE_SUFFIXES
            self.session.open(workshop, path if kept else None, saved=False)
            self._add_recent(path)
            # the cells left empty were just listed: the status bar names them, a box only
            # what else the reader should know
            others = [note for note in notes if not isinstance(note, BlankedCells)]
            if others:
                self._show_notes(name, others)
            blanked = [note for note in notes if isinstance(note, BlankedCells)]
            if blanked:
                self.status_label.setStyleSheet("")
                self.status_label.setText(" ".join(translated_error(n) for n in blanked))
            return True
        self._show_problem(self.tr("Could not open %s") % name, message)
        return False

    def _import_table(self, path: str) -> bool:
        """Map a plain table's columns in the import dialog; Cancel keeps the open workshop.
        Raises InvalidInputError (shown by open_path) when the file cannot be read at all."""
        from PySide6.QtWidgets import QDialog

        from app.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(path, self)
        try:
            workshop = dialog.workshop() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
        if workshop is None:
            return False
        self.session.open(workshop, None, saved=False)
        self._add_recent(path)
        return True

    def import_communities(self) -> bool:
        """Load the communities of a spreadsheet into the open workshop (its criteria, groups
        and weights stay) as one undoable edit; Cancel or an unreadable file changes nothing."""
        from PySide6.QtWidgets import QDialog, QFileDialog

        from app.ui.dialogs.community_import_dialog import CommunityImportDialog

        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import communities from a spreadsheet"),
            last_folder(),
            self._import_filter(),
        )
        if not path:
            return False
        remember_folder(path)
        try:
            dialog = CommunityImportDialog(path, self.session.workshop, self)
        except InvalidInputError as error:
            message = translated_error(error)
        except (OSError, ValueError) as error:  # the system's words for what stopped the reading
            message = str(error)
        else:
            try:
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
                edit = dialog.edit() if accepted else None
            finally:
                dialog.deleteLater()
            if edit is None or not self.session.apply(edit):
                return False
            self.tabs.setCurrentIndex(DATA_TAB)
            return True
        self._show_problem(self.tr("Could not open %s") % Path(path).name, message)
        return False

    def save(self) -> bool:
        path = self.session.document.path
        return self.save_as() if path is None else self._save_to(path)

    def save_as(self) -> bool:
        from PySide6.QtWidgets import QFileDialog

        from app.io.file_names import file_name_for

        current = self.session.document.path
        # a name Windows takes, whatever the title holds (a colon, a slash), where the last file
        # was opened or saved
        name = file_name_for(self.session.workshop.metadata.title, self.tr("workshop"))
        suggestion = current or str(Path(last_folder()) / f"{name}.xlsx")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the decision record"), suggestion, self._save_filter()
        )
        if not path:
            return False
        remember_folder(path)
        if Path(path).suffix.lower() not in SAVE_SUFFIXES:
            path += ".json" if "*.json" in chosen else ".xlsx"
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        """Save atomically as a decision record (.xlsx, in the interface language) or a workshop
        file (.json), off the interface thread: the window keeps painting, and a busy indicator
        shows when the save takes long (:func:`app.ui.jobs.run_busy`). On failure the earlier
        file is intact, and Save As is offered."""
        if self._saving:  # a second Ctrl+S while the first save runs
            return False
        from app.io.saving import prepare_save, save_document

        workshop = self.session.workshop
        language = current_language()
        lang = language if language in LANGUAGES else "es"
        # a worker thread imports nothing: what the save needs is imported here, under the busy
        # cursor (scikit-criteria takes seconds, the first time, when the record compares methods)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            prepare_save(workshop)
        finally:
            QApplication.restoreOverrideCursor()
        self._saving = True
        try:
            failure = run_busy(
                self,
                self.tr("Saving %s…") % Path(path).name,
                lambda: save_document(workshop, path, lang),
            )
        finally:
            self._saving = False
        if failure is None:
            self.session.document.mark_saved(path, workshop)
            self._update_title()
            if not self.session.document.modified:
                self.autosaver.saved()
            self._add_recent(path)
            self.status_label.setStyleSheet("")
            self.status_label.setText(self.tr("Saved %s") % Path(path).name)
            return True
        message = translated_error(failure)
        title = self.tr("Could not save %s") % Path(path).name
        self._on_error(f"{title}: {message}")
        return self._offer_save_as(title, message)

    def _offer_save_as(self, title: str, message: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            title,
            message
            + "\n\n"
            + self.tr(
                "The workshop is still open and nothing is lost. Save it under another name or "
                "in another folder?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes and self.save_as()

    def welcome(self) -> bool:
        """On the first start only: a word of welcome that says what the window shows (the
        fictional example workshop, and what its arrows compare with) and how to begin one's own.
        Not modal: the window can be used at once. Returns whether it was shown."""
        store = app_settings()
        if store.value("welcome/shown") is not None:
            return False
        store.setValue("welcome/shown", True)
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Welcome to Priorizar"))
        box.setText(
            self.tr(
                "This is a fictional example workshop, to try Priorizar with. Move a weight on "
                "the left and watch both rankings change. The arrows ▲▼ compare each place with "
                "a baseline: the ranking with equal weights, fixed as the baseline of the "
                "example (Workshop > Fix as baseline fixes your own).\n\n"
                "To begin your own workshop: File > New workshop. The guide: F1."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()
        self.welcome_box = box
        return True

    def offer_recovery(self) -> bool:
        """After a crash or a power cut: offer what the last run autosaved (see
        :func:`app.ui.shell.autosave.offer_recovery`); returns whether a workshop was recovered. Its
        communities that share a name are noted, as when its file is opened."""
        from app.io.reading import repeated_name_notes
        from app.ui.shell.autosave import offer_recovery

        if not offer_recovery(self, self.session):
            return False
        path = self.session.document.path
        title = self.session.workshop.metadata.title or self.tr("Untitled workshop")
        name = Path(path).name if path else title
        notes = repeated_name_notes(self.session.workshop, name)
        if notes:
            self._show_notes(name, notes)
        return True

    def _show_notes(self, name: str, notes: list[InvalidInputError]) -> None:
        """What the reader should know about a file that opened (a record's Data row that is
        gone, its community kept): in the status bar and in a message box."""
        from PySide6.QtWidgets import QMessageBox

        message = "\n\n".join(translated_error(note) for note in notes)
        self.status_label.setStyleSheet("")
        self.status_label.setText(message.replace("\n\n", " "))
        QMessageBox.information(self, self.tr("Opened %s") % name, message)

    def _show_problem(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        self._on_error(f"{title}: {message}")
        QMessageBox.warning(self, title, message)

    def _ready_to_discard(self) -> bool:
        if not self.session.document.modified:
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The workshop has changes that are not saved. Save them first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # -- folders, recent files and window state ----------------------------------------------------
    def _recent(self) -> list[str]:
        value = app_settings().value("recent_files", [])
        return [str(v) for v in (value if isinstance(value, list) else [value]) if v]

    def _add_recent(self, path: str) -> None:
        path = str(Path(path).resolve())
        recent = [path, *(p for p in self._recent() if p != path)][:MAX_RECENT]
        app_settings().setValue("recent_files", recent)
        self._update_recent_menu()

    def _update_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self._recent()
        for index, path in enumerate(recent):
            action = self.recent_menu.addAction(f"&{index + 1} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self._open_recent(p))
        self.recent_menu.setEnabled(bool(recent))

    def _open_recent(self, path: str) -> None:
        if self._ready_to_discard():
            self.open_path(path)

    def _restore_state(self, restore: bool) -> None:
        store = app_settings()
        saved = {
            key: store.value(f"window/{key}") if restore else None
            for key in ("geometry", "state", "splitter")
        }
        if not (
            isinstance(saved["geometry"], QByteArray) and self.restoreGeometry(saved["geometry"])
        ):
            self._fit_to_screen()
        if isinstance(saved["state"], QByteArray):
            self.restoreState(saved["state"])
        if not (
            isinstance(saved["splitter"], QByteArray)
            and self.splitter.restoreState(saved["splitter"])
        ):
            self._arrange_panes()

    def _arrange_panes(self) -> None:
        """The weights panel and the tabs at their first-start widths: the weights need room for
        a slider, a number and a share per criterion; the rankings, most of the rest."""
        weights = min(WEIGHTS_WIDTH, self.width() // 3)
        self.splitter.setSizes([weights, self.width() - weights])
        self.rankings_view.fit_rows()

    def reset_layout(self, size: QSize | None = None) -> None:
        """View > Reset layout: the window as on a first start (fitted to its screen, or of
        ``size``), the toolbar back in its place, the panes at their first-start widths and the
        rankings fitted to their rows. What the user keeps (language, recent files) stays."""
        self.setWindowState(Qt.WindowState.WindowNoState)
        if size is None:
            self._fit_to_screen()
        else:
            self.resize(size)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.toolbar.show()
        self._arrange_panes()

    def _fit_to_screen(self) -> None:
        """The first start's size: :data:`FIRST_SIZE`, centred, where the available screen (the
        taskbar left out) has room for it and a frame; else the whole of it (maximised), so that
        the status bar, where problems are reported, is never below the screen's edge."""
        available = self.screen().availableGeometry()
        if available.size().boundedTo(FIRST_SIZE + FRAME_ROOM) == FIRST_SIZE + FRAME_ROOM:
            self.resize(FIRST_SIZE)
            self.move(available.center() - self.rect().center())
            return
        self.resize(available.size() - FRAME_ROOM)  # its size when no longer maximised
        self.move(available.topLeft())
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving or not self._ready_to_discard():  # never close in the middle of a save
            event.ignore()
            return
        if self._remember_state:
            store = app_settings()
            store.setValue("window/geometry", self.saveGeometry())
            store.setValue("window/state", self.saveState())
            store.setValue("window/splitter", self.splitter.saveState())
        for window in (self.presentation, self.comparisons):
            if window is not None:
                window.close()
        self.autosaver.stop()
        event.accept()
