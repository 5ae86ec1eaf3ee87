"""The weight sweep page: every community's score as one criterion's share of the weight goes from
0 to 100 % (the others keep their proportions), for TOPSIS or AHP
(:func:`app.models.sensitivity.weight_sweep`).

The current share is a vertical line; the exact swap points are marked on the curves and listed in
words ("If the weight of Security exceeds 31 %, C moves ahead of B"), nearest to the current
weights first.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from app.models.analysis import METHODS, Method
from app.models.sensitivity import Swap, WeightSweep, weight_sweep
from app.ui.quiet import fill_combo
from app.ui.results.charts import CHART_POINT_SIZE  # importing it also sets the plots' look
from app.ui.robustness.page import (
    METHOD_NAMES,
    RobustnessPage,
    ahp_cannot_rank,
    needs_a_ranking,
    percent,
)
from app.ui.session import WorkshopSession

#: Swap points listed under the sweep chart, nearest to the current share first.
SHOWN_SWAPS = 12
#: Okabe-Ito colours and dash styles for the sweep curves (never colour alone).
_CURVE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")


class WeightSweepPage(RobustnessPage):
    """Public widgets for tests: ``sweep_criterion``, ``sweep_method``, ``plot``,
    ``current_line``, ``swap_list``. Result: ``sweep`` (None while there is nothing to rank)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(session, parent)
        self.sweep: WeightSweep | None = None
        self.sweep_criterion_label = QLabel()
        self.sweep_criterion = QComboBox()
        self.sweep_criterion_label.setBuddy(self.sweep_criterion)
        self.sweep_method = QComboBox()
        for method in METHODS:
            self.sweep_method.addItem(METHOD_NAMES[method], method)
        self.plot = pg.PlotWidget()
        self.plot.setMinimumHeight(220)
        axis_font = QFont(self.font())
        axis_font.setPointSize(CHART_POINT_SIZE)
        for side in ("left", "bottom"):
            self.plot.getAxis(side).setTickFont(axis_font)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        # a share runs from 0 to 100 %: a fixed axis, also when there is nothing to draw
        self.plot.setXRange(0.0, 100.0, padding=0.02)
        self.plot.setMouseEnabled(x=False, y=True)
        self.plot.addLegend(offset=(-10, 10))
        self._curves: list[Any] = []
        self.current_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("k", width=2))
        self.plot.addItem(self.current_line)
        self._swap_points = pg.ScatterPlotItem(symbol="o", size=10, brush=pg.mkBrush("k"))
        self.plot.addItem(self._swap_points)
        self.swap_list = QListWidget()
        self.swap_list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sweep_criterion_label)
        row.addWidget(self.sweep_criterion, 1)
        row.addWidget(self.sweep_method)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.swap_list, 2)
        self.sweep_criterion.currentIndexChanged.connect(lambda _: self._refresh_sweep())
        self.sweep_method.currentIndexChanged.connect(lambda _: self._refresh_sweep())
        self.retranslate()

    def retranslate(self) -> None:
        self.sweep_criterion_label.setText(self.tr("Weight of:"))
        self.sweep_method.setToolTip(self.tr("Method whose scores are shown"))
        self.plot.setLabel("bottom", self.tr("Share of the weight (%)"))
        self.plot.setLabel("left", self.tr("Score"))
        self.refresh()

    def refresh(self) -> None:
        fill_combo(
            self.sweep_criterion,
            [(self.criterion_name(int(j)), int(j)) for j in self.problem.columns],
        )
        self._refresh_sweep()

    def swap_text(self, swap: Swap, current: float) -> str:
        """A swap point in words, seen from the current share."""
        criterion = self.criterion_name(swap.criterion)
        if swap.share >= current:
            return self.tr(
                "If the weight of {criterion} exceeds {share} %, {a} moves ahead of {b}."
            ).format(
                criterion=criterion,
                share=percent(swap.share),
                a=self.name(swap.ahead),
                b=self.name(swap.behind),
            )
        return self.tr(
            "If the weight of {criterion} falls below {share} %, {a} moves ahead of {b}."
        ).format(
            criterion=criterion,
            share=percent(swap.share),
            a=self.name(swap.behind),
            b=self.name(swap.ahead),
        )

    def _refresh_sweep(self) -> None:
        import pyqtgraph as pg

        column = self.sweep_criterion.currentData()
        method: Method = self.sweep_method.currentData()
        self.swap_list.clear()
        if column is None or not self.ranked():
            self.sweep = None
            for curve in self._curves:
                curve.setData([], [])
            self._swap_points.setData([], [])
            self.plot.setYRange(0.0, 1.0)  # scores lie between 0 and 1
            self.swap_list.addItem(needs_a_ranking())
            return
        sweep = weight_sweep(self.problem, self.weights, int(column))
        self.sweep = sweep
        scores = sweep.closeness if method == "topsis" else sweep.ahp_scores
        if scores is None:
            self.swap_list.addItem(ahp_cannot_rank())
            return
        shares = 100.0 * sweep.shares
        while len(self._curves) < scores.shape[1]:
            k = len(self._curves)
            pen = pg.mkPen(
                _CURVE_COLOURS[k % len(_CURVE_COLOURS)],
                width=2,
                style=(Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine)[
                    (k // len(_CURVE_COLOURS)) % 3
                ],
            )
            self._curves.append(self.plot.plot([], [], pen=pen, name=""))
        legend = self.plot.plotItem.legend
        legend.clear()
        for k, curve in enumerate(self._curves):
            if k < scores.shape[1]:
                curve.setData(shares, scores[:, k])
                legend.addItem(curve, self.name(int(sweep.communities[k])))
            else:
                curve.setData([], [])
        self.current_line.setValue(100.0 * sweep.current)
        swaps = [s for s in sweep.swaps if s.method == method]
        position = {int(c): k for k, c in enumerate(sweep.communities)}
        xs, ys = [], []
        for swap in swaps:
            k = position[swap.ahead]
            xs.append(100.0 * swap.share)
            ys.append(float(np.interp(swap.share, sweep.shares, scores[:, k])))
        self._swap_points.setData(xs, ys)
        ordered = sorted(swaps, key=lambda s: abs(s.share - sweep.current))
        for swap in ordered[:SHOWN_SWAPS]:
            self.swap_list.addItem(self.swap_text(swap, sweep.current))
        if len(ordered) > SHOWN_SWAPS:
            self.swap_list.addItem(
                self.tr("… and {count} more changes of place.").format(
                    count=len(ordered) - SHOWN_SWAPS
                )
            )
        if not ordered:
            self.swap_list.addItem(
                self.tr("No two communities change places for any weight of {criterion}.").format(
                    criterion=self.criterion_name(int(column))
                )
            )
