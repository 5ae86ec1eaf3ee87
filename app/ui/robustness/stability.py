"""The stability page: per criterion, the range of its share of the weight within which the first
place and the top-k set stay the same, for both methods
(:func:`app.models.sensitivity.stability_intervals`); the tightest criterion is marked in words
and bold.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.analysis import METHODS
from app.models.sensitivity import StabilityInterval, stability_intervals, tightest
from app.ui.robustness.page import METHOD_NAMES, RobustnessPage, needs_a_ranking, percent
from app.ui.session import WorkshopSession


class StabilityPage(RobustnessPage):
    """Public widgets for tests: ``stability_table``, ``tightest_label``. Result: ``intervals``."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.intervals: tuple[StabilityInterval, ...] = ()
        self.stability_table = QTableWidget(0, 6)
        self.stability_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stability_table.verticalHeader().hide()
        header = self.stability_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the names take what the ranges leave (elided, whole in the tooltip): every range shows
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tightest_label = QLabel()
        self.tightest_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tightest_label)
        layout.addWidget(self.stability_table, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.refresh()  # every text of the page is a result's

    def range_text(self, low: float, high: float) -> str:
        return self.tr("{low} – {high} %").format(low=percent(low), high=percent(high))

    def refresh(self) -> None:
        table = self.stability_table
        table.setHorizontalHeaderLabels(
            [
                self.tr("Criterion"),
                self.tr("Current\nshare"),
                self.tr("TOPSIS\nfirst place"),
                self.tr("TOPSIS\ntop {k}").format(k=self._session.workshop.settings.top_k),
                self.tr("AHP\nfirst place"),
                self.tr("AHP\ntop {k}").format(k=self._session.workshop.settings.top_k),
            ]
        )
        if not self.ranked():
            self.intervals = ()
            table.setRowCount(0)
            self.tightest_label.setText(needs_a_ranking())
            return
        top_k = min(self._session.workshop.settings.top_k, int(self.problem.eligible.size))
        self.intervals = stability_intervals(self.problem, self.weights, top_k)
        columns = [int(j) for j in self.problem.columns]
        table.setRowCount(len(columns))
        tight = {m: tightest(self.intervals, m) for m in METHODS}
        bold = QFont(table.font())
        bold.setBold(True)
        for row, column in enumerate(columns):
            name = self.criterion_name(column)
            marks = [
                METHOD_NAMES[m]
                for m, interval in tight.items()
                if interval is not None and interval.criterion == column
            ]
            tip = ""
            if marks:  # in bold, with an arrow and the methods: never by colour alone
                name = f"{name} ◀ {', '.join(marks)}"
                tip = self.tr(
                    "The tightest criterion for {methods}: its weight can move least before the "
                    "first place changes."
                ).format(methods=", ".join(marks))
            cells = [name, ""]
            for method in METHODS:
                found = [i for i in self.intervals if i.method == method and i.criterion == column]
                if not found:
                    cells += ["—", "—"]
                    continue
                interval = found[0]
                cells[1] = f"{percent(interval.current)} %"
                cells += [
                    self.range_text(interval.first.low, interval.first.high),
                    self.range_text(interval.top.low, interval.top.high),
                ]
            for k, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(tip or text)
                if marks:
                    item.setFont(bold)
                table.setItem(row, k, item)
        lines = []
        for method in METHODS:
            tightest_interval = tight[method]
            if tightest_interval is None:
                continue
            lines.append(
                self.tr(
                    "{method}: the first place is most sensitive to {criterion}; it stays while "
                    "its share is between {low} and {high} % (now {current} %)."
                ).format(
                    method=METHOD_NAMES[method],
                    criterion=self.criterion_name(tightest_interval.criterion),
                    low=percent(tightest_interval.first.low),
                    high=percent(tightest_interval.first.high),
                    current=percent(tightest_interval.current),
                )
            )
        self.tightest_label.setText(
            "\n".join(lines) or self.tr("No weight of a single criterion changes the first place.")
        )
