"""The robustness tab as a whole: the panel passes the session's changes on to its pages, and the
main window has the tab."""

from __future__ import annotations

from app.io.example import example_workshop
from app.models import edits
from app.models.derived import weight_vector
from app.models.sensitivity import stability_intervals
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


def test_moving_a_weight_moves_the_sweep_and_the_stability_table(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    column = int(panel.sweep_page.sweep_criterion.currentData())
    before = panel.sweep_page.sweep.current
    criterion = session.workshop.criteria[column].id
    session.apply(edits.set_weight(session.workshop.active_group, criterion, 0.0))
    assert panel.sweep_page.sweep.current == 0.0 != before
    assert panel.sweep_page.current_line.value() == 0.0
    expected = stability_intervals(session.evaluation.problem, weight_vector(session.workshop), 3)
    assert panel.stability_page.intervals == expected


def test_a_hidden_tab_catches_up_when_shown(qtbot, session: WorkshopSession) -> None:
    panel = SensitivityPanel(session)  # built, never shown yet
    qtbot.addWidget(panel)
    before = panel.stability_page.intervals
    criterion = session.workshop.weighted_criteria[0].id
    session.apply(edits.set_weight(session.workshop.active_group, criterion, 0.0))
    assert panel.stability_page.intervals == before  # out of date until shown
    panel.show()
    expected = stability_intervals(session.evaluation.problem, weight_vector(session.workshop), 3)
    assert panel.stability_page.intervals == expected != before


def test_the_main_window_has_the_tab(qtbot) -> None:
    from app.ui.shell.main_window import SENSITIVITY_TAB, MainWindow

    window = MainWindow(example_workshop(), restore_state=False)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    window.tab_actions[SENSITIVITY_TAB].trigger()
    assert window.tabs.currentIndex() == SENSITIVITY_TAB
    assert isinstance(window.sensitivity_panel, SensitivityPanel)
    assert window.tabs.tabText(SENSITIVITY_TAB).replace("&", "") == "Robustness"
