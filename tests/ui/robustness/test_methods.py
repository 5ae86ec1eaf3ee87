"""The methods page: scikit-criteria's other methods rank on request, as the engine does."""

from __future__ import annotations

import numpy as np

from app.models.derived import weight_vector
from app.models.sensitivity import other_methods
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


def test_other_methods_are_ranked_off_thread(
    qtbot, panel: SensitivityPanel, session: WorkshopSession
) -> None:
    with qtbot.waitSignal(panel.methods_page.others_done, timeout=60_000):
        panel.methods_page.compare_button.click()
    assert session.workshop.settings.compare_methods
    expected = other_methods(session.evaluation.problem, weight_vector(session.workshop))
    assert panel.methods_page.others is not None
    evaluation = session.evaluation
    order = np.argsort(evaluation.topsis_ranks, kind="stable")
    table = panel.methods_page.methods_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Community", "TOPSIS", "AHP", "Weighted sum", "Weighted product", "VIKOR"]
    for column, name in ((3, "wsm"), (4, "wpm"), (5, "vikor")):
        ranks = expected.ranks[name]
        assert ranks is not None
        shown = [int(table.item(row, column).text()) for row in range(table.rowCount())]
        assert shown == [int(ranks[k]) for k in order]
