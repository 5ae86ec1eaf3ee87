"""The stability page: the engine's intervals, the tightest criterion marked in words and bold."""

from __future__ import annotations

from app.models.sensitivity import tightest
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


def test_the_tightest_criterion_is_marked(
    panel: SensitivityPanel, session: WorkshopSession
) -> None:
    interval = tightest(panel.stability_page.intervals, "topsis")
    assert interval is not None
    name = session.workshop.criteria[interval.criterion].label("en")
    table = panel.stability_page.stability_table
    rows = [table.item(r, 0).text() for r in range(table.rowCount())]
    marked = [r for r, text in enumerate(rows) if "◀" in text and "TOPSIS" in text]
    assert marked == [next(r for r, text in enumerate(rows) if text.startswith(name))]
    item = table.item(marked[0], 0)
    assert item.font().bold() and "tightest criterion for TOPSIS" in item.toolTip()
    assert not table.item(next(r for r, t in enumerate(rows) if "◀" not in t), 0).font().bold()
    assert name in panel.stability_page.tightest_label.text()
