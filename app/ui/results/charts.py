"""Charts of the results, drawn with pyqtgraph and updated in place.

:class:`ScoresChart` shows both methods' scores per eligible community as grouped horizontal bars
(TOPSIS and AHP side by side), best TOPSIS community on top.

Why scores relative to the best: the two methods' scores are on different scales. TOPSIS
closeness is in [0, 1] but its best community rarely reaches 1; AHP global priorities are in
[0, 1] in ideal mode but sum to 1 in distributive mode, so with ten communities they are all near
0.1. Plotted raw, one method's bars would look tiny beside the other's and invite a false
comparison. Each score is therefore shown as a percentage of its method's best score
(``100 * score / max``): the best community of each method reaches 100 %, and the bars show how
far behind the others are, which is what a room can compare across methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget

from app.models.analysis import Evaluation
from app.models.ranking import relative_scores, stable_order
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession
from app.ui.style import AHP_COLOR, TOPSIS_COLOR

if TYPE_CHECKING:
    from app.models.arrays import FloatArray


# Once, for every plot of the program: black on white for a projector; bars are axis-aligned
# rectangles, so antialiasing would only cost time on the live path.
pg.setConfigOptions(antialias=False, background="w", foreground="k")

#: Point size of the axis texts and legend: the community names must be legible from the back.
CHART_POINT_SIZE = 13


@dataclass(frozen=True)
class DrawnBars:
    """What the chart draws, top to bottom: names and bar lengths in % of each method's best."""

    names: tuple[str, ...]
    topsis: FloatArray
    ahp: FloatArray
    ahp_shown: bool


class ScoresChart(Retranslating, pg.GraphicsLayoutWidget):  # type: ignore[misc]
    """Grouped horizontal bars of both methods' scores, relative to each method's best.

    The legend sits in its own row above the plot so that it never hides a bar. The two
    :class:`pyqtgraph.BarGraphItem` (:attr:`topsis_bars`, :attr:`ahp_bars`) are created once and
    updated with ``setOpts``; the community names are the left axis' ticks. ``point_size`` sets
    the size of every text (larger in presentation mode).
    """

    #: Thickness of one method's bar, in rows (two bars and a gap share each community's row).
    BAR_THICKNESS = 0.38

    def __init__(
        self,
        session: WorkshopSession,
        parent: QWidget | None = None,
        *,
        point_size: float = CHART_POINT_SIZE,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._point_size = point_size
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), point_size))
        self._font = font

        self.legend = pg.LegendItem(colCount=2, labelTextSize=f"{point_size}pt")
        self.ci.addItem(self.legend, row=0, col=0)
        self.plot: pg.PlotItem = self.ci.addPlot(row=1, col=0)
        plot = self.plot
        # a projected chart is read, not explored: no accidental drags, menus or zoom buttons
        plot.setMenuEnabled(False)
        plot.hideButtons()
        plot.setMouseEnabled(x=False, y=False)
        plot.invertY(True)  # row 0, the best community, at the top
        plot.showGrid(x=True, y=False, alpha=0.25)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setStyle(tickFont=font)
        plot.disableAutoRange()
        # room beyond 100 so that the "100" tick label is drawn
        plot.setXRange(0, 100, padding=0.05)

        empty = np.zeros(0)
        thickness = self.BAR_THICKNESS
        self.topsis_bars = pg.BarGraphItem(
            x0=empty, y=empty, height=thickness, width=empty, brush=TOPSIS_COLOR, pen=None
        )
        self.ahp_bars = pg.BarGraphItem(
            x0=empty, y=empty, height=thickness, width=empty, brush=AHP_COLOR, pen=None
        )
        plot.addItem(self.topsis_bars)
        plot.addItem(self.ahp_bars)
        self.legend.addItem(self.topsis_bars, "TOPSIS")
        self.legend.addItem(self.ahp_bars, "AHP")
        self._names: tuple[str, ...] = ()

        session.evaluated.connect(self._on_evaluated)
        self.retranslate()
        self._on_evaluated(session.evaluation)

    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 160)

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        workshop = self._session.workshop
        if evaluation.topsis is None or evaluation.topsis_ranks is None:
            order = np.zeros(0, dtype=np.int64)
            topsis = np.zeros(0)
        else:
            closeness = evaluation.topsis.closeness
            order = stable_order(closeness, evaluation.topsis_ranks)
            topsis = 100 * relative_scores(closeness)[order]
        ahp_shown = evaluation.ahp_scores is not None and order.size > 0
        if evaluation.ahp_scores is not None and order.size:
            ahp = 100 * relative_scores(evaluation.ahp_scores)[order]
        else:
            ahp = np.zeros(order.size)
        self._names = tuple(workshop.communities[int(evaluation.eligible[p])].name for p in order)
        positions = np.arange(order.size, dtype=np.float64)
        half = self.BAR_THICKNESS / 2
        zeros = np.zeros(order.size)
        # TOPSIS just above the row's centre, AHP just below (the y axis points down)
        self.topsis_bars.setOpts(
            x0=zeros, y=positions - half, height=self.BAR_THICKNESS, width=topsis
        )
        self.ahp_bars.setOpts(x0=zeros, y=positions + half, height=self.BAR_THICKNESS, width=ahp)
        # AHP may have no result (data it cannot take; a note says why): hide, do not draw zeros,
        # and leave it out of the legend (whose sample would otherwise show a hidden item)
        self.ahp_bars.setVisible(ahp_shown)
        if ahp_shown and self.legend.getLabel(self.ahp_bars) is None:
            self.legend.addItem(self.ahp_bars, self.tr("AHP"))
        elif not ahp_shown:
            self.legend.removeItem(self.ahp_bars)
        axis = self.plot.getAxis("left")
        axis.setTicks([list(enumerate(self._names)), []])
        # size the axis for the names now, rather than on a later paint, so the first frame
        # shown (and an exported image) already has every name
        metrics = QFontMetrics(self._font)
        widest = max((metrics.horizontalAdvance(name) for name in self._names), default=0)
        axis.setWidth(widest + 2 * metrics.averageCharWidth() + 10)
        self.plot.setYRange(-0.5, max(order.size, 1) - 0.5, padding=0.02)

    def values(self) -> DrawnBars:
        """The bars as drawn (read back from the plot items), top to bottom."""
        return DrawnBars(
            names=self._names,
            topsis=np.asarray(self.topsis_bars.opts["width"], dtype=np.float64).copy(),
            ahp=np.asarray(self.ahp_bars.opts["width"], dtype=np.float64).copy(),
            ahp_shown=self.ahp_bars.isVisible(),
        )

    def retranslate(self) -> None:
        self.plot.setLabel(
            "bottom",
            self.tr("Score relative to the best (%)"),
            **{"font-size": f"{self._point_size}pt"},
        )
        for item, text in ((self.topsis_bars, self.tr("TOPSIS")), (self.ahp_bars, self.tr("AHP"))):
            label = self.legend.getLabel(item)
            if label is not None:
                label.setText(text)
        self.setAccessibleName(self.tr("Scores of both methods, relative to each method's best"))
