"""Presentation mode: the results full screen on the projector, for the whole room to read.

Black on white, very large type, every ranked community visible at once: a room cannot scroll,
so there is no scroll area. The type size is computed from the space available:

- Community names are :data:`~app.ui.style.PRESENTATION_NAME_PX` (32) pixels high or more, up to
  :attr:`_RankingBoard.MAX_NAME_PX`, as large as the rows allow (``header + rows x line height``
  must fit the height, and the longest rank, name, score and change must fit the width).
- Only when that is impossible are they made smaller, down to :attr:`_RankingBoard.MIN_NAME_PX`
  (28 px). If the rows still do not fit at 28 px, each method's ranking is split into two columns.
  Measured at 1920 x 1080 with a short screened-out list, the rows' area is about 850 px high:
  15 ranked communities get 36 px in one column, up to 19 fit one column at 28 px or more, and up
  to 38 fit two columns. The screened-out list takes at most a quarter of the height; at its
  longest the rows' area is about 640 px, 14 rows per column at 28 px, so 15 ranked communities
  then take two columns, still at 28 px or more. Beyond two full columns the last rows are cut
  (more than a room reads on one screen anyway).
- Names too long for their column at 28 px are shortened with "…" (the full name stays in the
  label's accessible name and tooltip).

The weights in use sit beside the rankings (above them in a portrait picture for a phone), as
bars with percentages (:mod:`.weight_bars`), so that the room sees cause and effect on one
mirrored screen. The facilitator changes them there from the keyboard: Up and Down choose a
criterion, Left and Right move its weight by one point (Page Down and Page Up by five), Ctrl+Z and
Ctrl+Y undo and redo. A key moves the weight as the weights panel's slider does (the same
rebalancing, the same locks: the main window passes its panel's ``step_weight``), one undo step
a key. The combined set is read-only here, as in the panel.

Everything is placed by hand in ``resizeEvent``: the sizes depend on each other through the
computed type size, which Qt's layouts would otherwise feed back into the window's minimum size.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.models.analysis import Evaluation
from app.models.derived import weight_vector
from app.models.workshop import COMBINED, Workshop
from app.ui.i18n import current_language
from app.ui.results.ranking_model import RankingModel
from app.ui.results.texts import Method, agreement_hint, agreement_text, exclusion_text
from app.ui.results.weight_bars import WeightBar, WeightBars
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession
from app.ui.style import AHP_COLOR, PRESENTATION_NAME_PX, TOPSIS_COLOR

if TYPE_CHECKING:
    from app.ui.results.charts import ScoresChart

BLACK = QColor("#000000")
WHITE = QColor("#ffffff")

#: Pixel size of the workshop's title.
TITLE_PX = 44
#: Pixel size of the agreement line.
AGREEMENT_PX = 28
#: Pixel sizes of the screened-out list: as large as its share of the height allows.
EXCLUDED_MAX_PX = 28
EXCLUDED_MIN_PX = 20
#: Largest share of the window's height the screened-out list may take.
EXCLUDED_MAX_SHARE = 0.25
#: Point size of the chart's texts in presentation mode.
CHART_POINT_SIZE = 20
#: Share of the rankings' space given to the chart when it is shown.
CHART_SHARE = 0.35
#: Share of the width the weights take beside the rankings (landscape)...
WEIGHTS_SHARE = 0.27
#: ... and at most this share of the height above them (portrait).
WEIGHTS_PORTRAIT_SHARE = 0.34
#: Points a key moves a weight by: an arrow, and Page Up or Page Down.
STEP, PAGE_STEP = 1.0, 5.0


def _font(base: QFont, pixels: int, *, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPixelSize(max(1, int(pixels)))
    font.setBold(bold)
    return font


def _set_text_color(label: QWidget, color: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


def _plain_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # community names are typed by users
    _set_text_color(label, BLACK)
    return label


@dataclass
class _Row:
    """The labels of one ranked community."""

    rank: QLabel
    name: QLabel
    score: QLabel
    change: QLabel
    full_name: str = ""

    @property
    def labels(self) -> tuple[QLabel, ...]:
        return (self.rank, self.name, self.score, self.change)


class _RankingBoard(QWidget):
    """Both rankings as rows of labels, type size fitted to the board's size (see module doc)."""

    MAX_NAME_PX = 64
    MIN_NAME_PX = 28
    #: Space between rows, as a fraction of the type size.
    ROW_GAP = 0.3
    #: Height of the coloured stripe under each method's title, in pixels.
    STRIPE = 6
    #: Horizontal gaps, as a fraction of the type size.
    CELL_GAP = 0.5
    PANEL_GAP = 1.5

    def __init__(self, models: Sequence[RankingModel], parent: QWidget) -> None:
        super().__init__(parent)
        self._models = tuple(models)
        self._titles = [_plain_label(self) for _ in self._models]
        self._stripes = []
        for model in self._models:
            stripe = QFrame(self)
            stripe.setAutoFillBackground(True)
            palette = stripe.palette()
            color = TOPSIS_COLOR if model.method is Method.TOPSIS else AHP_COLOR
            palette.setColor(QPalette.ColorRole.Window, color)
            stripe.setPalette(palette)
            self._stripes.append(stripe)
        self._empty = [_plain_label(self) for _ in self._models]
        self.rows: list[list[_Row]] = [[] for _ in self._models]
        self.name_px = PRESENTATION_NAME_PX
        self.columns = 1

    # -- content ----------------------------------------------------------------------------------
    def _new_row(self) -> _Row:
        row = _Row(_plain_label(self), _plain_label(self), _plain_label(self), _plain_label(self))
        row.rank.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.name.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.change.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return row

    def set_texts(self, titles: Sequence[str], empty_text: str) -> None:
        for label, title in zip(self._titles, titles, strict=True):
            label.setText(title)
        for label in self._empty:
            label.setText(empty_text)

    def refresh(self) -> None:
        """Read every row from the models (labels are reused; extra ones hidden)."""
        for pool, model in zip(self.rows, self._models, strict=True):
            count = model.rowCount()
            while len(pool) < count:
                pool.append(self._new_row())
            for r, row in enumerate(pool):
                if r >= count:
                    for label in row.labels:
                        label.hide()
                    continue

                def text(column: int, r: int = r, model: RankingModel = model) -> str:
                    return str(model.data(model.index(r, column)) or "")

                row.rank.setText(text(RankingModel.RANK))
                row.full_name = text(RankingModel.COMMUNITY)
                row.name.setAccessibleName(row.full_name)
                row.score.setText(text(RankingModel.SCORE))
                row.change.setText(text(RankingModel.CHANGE))
                color = model.data(
                    model.index(r, RankingModel.CHANGE), Qt.ItemDataRole.ForegroundRole
                )
                _set_text_color(row.change, QColor(color) if color is not None else BLACK)
                words = model.data(model.index(r, RankingModel.CHANGE), Qt.ItemDataRole.ToolTipRole)
                row.change.setAccessibleName(str(words or ""))
                for label in row.labels:
                    label.show()
        for label, model in zip(self._empty, self._models, strict=True):
            label.setVisible(model.rowCount() == 0)
        self._place()

    def row_texts(self, method: Method | str) -> list[tuple[str, str, str, str]]:
        """(rank, full name, score, change) of each shown row of ``method``, best first."""
        index = [model.method for model in self._models].index(Method(method))
        count = self._models[index].rowCount()
        return [
            (row.rank.text(), row.full_name, row.score.text(), row.change.text())
            for row in self.rows[index][:count]
        ]

    # -- fitting ----------------------------------------------------------------------------------
    def _row_count(self) -> int:
        return max((model.rowCount() for model in self._models), default=0)

    def _widths(self, px: int) -> tuple[int, int, int, int]:
        """Widest rank, name, score and change texts at ``px`` (rank in bold)."""
        regular = QFontMetrics(_font(self.font(), px))
        bold = QFontMetrics(_font(self.font(), px, bold=True))
        rank = name = score = change = 0
        for pool, model in zip(self.rows, self._models, strict=True):
            for row in pool[: model.rowCount()]:
                rank = max(rank, bold.horizontalAdvance(row.rank.text()))
                name = max(name, regular.horizontalAdvance(row.full_name))
                score = max(score, regular.horizontalAdvance(row.score.text()))
                change = max(change, bold.horizontalAdvance(row.change.text()))
        return rank, name, score, change

    def _header_height(self, px: int) -> int:
        return QFontMetrics(_font(self.font(), px, bold=True)).height() + self.STRIPE + px // 3

    def _line_height(self, px: int) -> int:
        return QFontMetrics(_font(self.font(), px)).height() + round(px * self.ROW_GAP)

    def _column_width(self, columns: int, px: int) -> float:
        panel = (self.width() - self.PANEL_GAP * px) / max(1, len(self._models))
        return (panel - (columns - 1) * self.PANEL_GAP * px) / columns

    def _fits_height(self, px: int, columns: int) -> bool:
        rows = math.ceil(self._row_count() / columns)
        return self._header_height(px) + rows * self._line_height(px) <= self.height()

    def _fits_width(self, px: int, columns: int) -> bool:
        rank, name, score, change = self._widths(px)
        gaps = 3 * self.CELL_GAP * px
        return rank + name + score + change + gaps <= self._column_width(columns, px)

    def _largest(self, columns: int, *, width: bool) -> int | None:
        """The largest type size in [MIN, MAX] that fits (binary search: fitting is monotonic)."""
        low, high, best = self.MIN_NAME_PX, self.MAX_NAME_PX, None
        while low <= high:
            px = (low + high) // 2
            if self._fits_height(px, columns) and (not width or self._fits_width(px, columns)):
                best, low = px, px + 1
            else:
                high = px - 1
        return best

    def fit(self) -> tuple[int, int]:
        """Choose (type size, columns per method) for the current size and rows."""
        for columns in (1, 2):
            px = self._largest(columns, width=True)
            if px is not None:
                return px, columns
            if self._fits_height(self.MIN_NAME_PX, columns):
                # the height allows it but a long name does not: smallest type, name shortened
                return self.MIN_NAME_PX, columns
        return self.MIN_NAME_PX, 2

    def _place(self) -> None:
        px, columns = self.fit()
        self.name_px, self.columns = px, columns
        regular, bold = _font(self.font(), px), _font(self.font(), px, bold=True)
        metrics = QFontMetrics(regular)
        rank_w, _, score_w, change_w = self._widths(px)
        gap = round(self.CELL_GAP * px)
        header = self._header_height(px)
        line = self._line_height(px)
        panel_w = (self.width() - self.PANEL_GAP * px) / max(1, len(self._models))
        column_w = self._column_width(columns, px)
        rows_per_column = max(1, math.ceil(self._row_count() / columns))
        title_h = QFontMetrics(bold).height()
        for m, pool in enumerate(self.rows):
            left = round(m * (panel_w + self.PANEL_GAP * px))
            title = self._titles[m]
            title.setFont(bold)
            title.setGeometry(left, 0, round(panel_w), title_h)
            self._stripes[m].setGeometry(left, title_h, round(panel_w), self.STRIPE)
            empty = self._empty[m]
            empty.setFont(_font(self.font(), self.MIN_NAME_PX))
            empty.setWordWrap(True)
            empty.setGeometry(left, header, round(panel_w), max(0, self.height() - header))
            name_w = max(0, round(column_w) - rank_w - score_w - change_w - 3 * gap)
            for r, row in enumerate(pool[: self._models[m].rowCount()]):
                x = left + round((r // rows_per_column) * (column_w + self.PANEL_GAP * px))
                y = header + (r % rows_per_column) * line
                row.rank.setFont(bold)
                row.name.setFont(regular)
                row.score.setFont(regular)
                row.change.setFont(bold)
                row.rank.setGeometry(x, y, rank_w, line)
                x += rank_w + gap
                row.name.setGeometry(x, y, name_w, line)
                elided = metrics.elidedText(row.full_name, Qt.TextElideMode.ElideRight, name_w)
                row.name.setText(elided)
                row.name.setToolTip(row.full_name if elided != row.full_name else "")
                x += name_w + gap
                row.score.setGeometry(x, y, score_w, line)
                x += score_w + gap
                row.change.setGeometry(x, y, change_w, line)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()


class _ExcludedPanel(QWidget):
    """The screened-out communities with their reasons, type fitted to the height it is given."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = _plain_label(self)
        self.lines: list[QLabel] = []
        self._count = 0
        self.px = EXCLUDED_MAX_PX

    def set_content(self, title: str, texts: Sequence[str]) -> None:
        self.title.setText(title)
        while len(self.lines) < len(texts):
            label = _plain_label(self)
            label.setWordWrap(True)
            self.lines.append(label)
        for label, text in zip(self.lines, texts, strict=False):
            label.setText(text)
            label.show()
        for label in self.lines[len(texts) :]:
            label.hide()
        self._count = len(texts)
        self._place()

    def _shown(self) -> list[QLabel]:
        return self.lines[: self._count]

    def texts(self) -> list[str]:
        return [label.text() for label in self._shown()]

    def height_at(self, px: int, width: int) -> int:
        self.title.setFont(_font(self.font(), px, bold=True))
        total = self.title.heightForWidth(width) if width > 0 else 0
        for label in self._shown():
            label.setFont(_font(self.font(), px))
            total += label.heightForWidth(width)
        return total

    def preferred_height(self, width: int) -> int:
        return self.height_at(EXCLUDED_MAX_PX, width)

    def _place(self) -> None:
        width = self.width()
        px = EXCLUDED_MAX_PX
        while px > EXCLUDED_MIN_PX and self.height_at(px, width) > self.height():
            px -= 1
        self.height_at(px, width)  # leaves the fonts at the chosen size
        self.px = px
        y = 0
        for label in (self.title, *self._shown()):
            height = label.heightForWidth(width)
            label.setGeometry(0, y, width, height)
            y += height

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()


class PresentationWindow(Retranslating, QWidget):
    """Full-screen results for the projector; updates live; Esc or F11 closes it (``closed``).

    ``C`` shows or hides the chart of both methods' scores. With ``step_weight(criterion_id,
    points)`` (the weights panel's), the keys change the weights (see the module doc); without
    it (a picture), the weights are only shown.
    """

    closed = Signal()

    def __init__(
        self,
        session: WorkshopSession,
        parent: QWidget | None = None,
        *,
        step_weight: Callable[[str, float], object] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._session = session
        self._step_weight = step_weight
        self.chosen: str | None = None  # the criterion the keys move
        self._full_title = ""
        # the models connect to the session before this window does, so they update first
        self.topsis_model = RankingModel(session, Method.TOPSIS, self)
        self.ahp_model = RankingModel(session, Method.AHP, self)

        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, WHITE)
        palette.setColor(QPalette.ColorRole.WindowText, BLACK)
        self.setPalette(palette)

        self.title_label = _plain_label(self)
        self.title_label.setFont(_font(self.font(), TITLE_PX, bold=True))
        self.board = _RankingBoard((self.topsis_model, self.ahp_model), self)
        self._chart: ScoresChart | None = None  # built when first shown (pyqtgraph is slow)
        self.agreement_label = _plain_label(self)
        self.agreement_label.setWordWrap(True)
        self.agreement_label.setFont(_font(self.font(), AGREEMENT_PX))
        self.excluded_panel = _ExcludedPanel(self)
        self.weights = WeightBars(self)

        self.close_action = QAction(self)
        self.close_action.setShortcuts(
            [QKeySequence(Qt.Key.Key_Escape), QKeySequence(Qt.Key.Key_F11)]
        )
        self.close_action.triggered.connect(self.close)
        self.addAction(self.close_action)
        self.chart_action = QAction(self)
        self.chart_action.setCheckable(True)
        self.chart_action.setShortcut(QKeySequence(Qt.Key.Key_C))
        self.chart_action.toggled.connect(self._on_chart_toggled)
        self.addAction(self.chart_action)

        session.evaluated.connect(self._on_evaluated)
        self.retranslate()

    # -- content ----------------------------------------------------------------------------------
    def _title_text(self, workshop: Workshop) -> str:
        title = workshop.metadata.title.strip() or self.tr("Results")
        if workshop.active_group == COMBINED:
            weights = self.tr("combined weights of all groups")
        else:
            try:
                weights = self.tr("weights of {group}").format(
                    group=workshop.group(workshop.active_group).name
                )
            except KeyError:
                weights = ""
        return f"{title} · {weights}" if weights else title

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        workshop = self._session.workshop
        self._full_title = self._title_text(workshop)
        self.board.refresh()
        self.agreement_label.setText(
            f"{agreement_text(evaluation.agreement)}   ({agreement_hint()})"
        )
        excluded = evaluation.problem.excluded
        if excluded:
            heading = self.tr("Screened out, not ranked:")
        else:
            heading = self.tr("No community is screened out.")
        self.excluded_panel.set_content(
            heading, [exclusion_text(workshop, exclusion) for exclusion in excluded]
        )
        self._show_weights(workshop)
        self._place()

    def _show_weights(self, workshop: Workshop) -> None:
        lang = current_language()
        shares = weight_vector(workshop)
        bars = [
            WeightBar(criterion.id, criterion.label(lang), 100.0 * float(shares[j]))
            for j, criterion in enumerate(workshop.criteria)
            if criterion in workshop.weighted_criteria
        ]
        if self.chosen not in {bar.criterion_id for bar in bars}:
            self.chosen = bars[0].criterion_id if bars else None
        editable = self._editable(workshop)
        if self._step_weight is None:
            hint = ""
        elif editable:
            hint = self.tr(
                "↑ ↓ choose a criterion · ← → change its weight · Ctrl+Z undo · Esc close"
            )
        else:
            hint = self.tr(
                "The combined weights follow the groups': choose a group to change them."
            )
        self.weights.set_bars(bars, self.chosen if editable else None, self.tr("Weights"), hint)

    def _editable(self, workshop: Workshop) -> bool:
        return self._step_weight is not None and workshop.active_group != COMBINED

    def weight_texts(self) -> list[tuple[str, str]]:
        """(criterion, percentage) of each weight shown, in order."""
        return self.weights.texts()

    def ranked_names(self, method: Method | str) -> list[str]:
        """The community names shown for ``method``, best first."""
        return [name for _, name, _, _ in self.board.row_texts(method)]

    def excluded_texts(self) -> list[str]:
        """The screened-out lines shown (community and reasons)."""
        return self.excluded_panel.texts()

    @property
    def name_pixel_size(self) -> int:
        """Pixel size of the community names as currently fitted."""
        return self.board.name_px

    # -- placement --------------------------------------------------------------------------------
    def _place(self) -> None:
        width, height = self.width(), self.height()
        margin = max(12, round(min(width, height) * 0.022))
        gap = margin // 2
        inner = max(0, width - 2 * margin)
        top = margin

        metrics = QFontMetrics(self.title_label.font())
        self.title_label.setText(
            metrics.elidedText(self._full_title, Qt.TextElideMode.ElideRight, inner)
        )
        self.title_label.setGeometry(margin, top, inner, metrics.height())
        top += metrics.height() + gap

        bottom = height - margin
        excluded_h = min(
            self.excluded_panel.preferred_height(inner), round(height * EXCLUDED_MAX_SHARE)
        )
        self.excluded_panel.setGeometry(margin, bottom - excluded_h, inner, excluded_h)
        bottom -= excluded_h + gap
        agreement_h = self.agreement_label.heightForWidth(inner)
        self.agreement_label.setGeometry(margin, bottom - agreement_h, inner, agreement_h)
        bottom -= agreement_h + gap

        left, board_w = margin, inner
        if width >= height:  # beside the rankings
            weights_w = round(inner * WEIGHTS_SHARE)
            self.weights.setGeometry(margin, top, weights_w, max(0, bottom - top))
            left, board_w = margin + weights_w + 2 * gap, max(0, inner - weights_w - 2 * gap)
        else:  # above them
            weights_h = round((bottom - top) * WEIGHTS_PORTRAIT_SHARE)
            self.weights.setGeometry(margin, top, inner, weights_h)
            top += weights_h + gap
        available = max(0, bottom - top)
        if self._chart is not None and self._chart.isVisibleTo(self):
            chart_h = round(available * CHART_SHARE)
            self.chart.setGeometry(left, bottom - chart_h, board_w, chart_h)
            available = max(0, available - chart_h - gap)
        self.board.setGeometry(left, top, board_w, available)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    @property
    def chart(self) -> ScoresChart:
        """The scores chart, built on first use and hidden until the ``C`` key shows it."""
        if self._chart is None:
            from app.ui.results.charts import ScoresChart

            self._chart = ScoresChart(self._session, self, point_size=CHART_POINT_SIZE)
            self._chart.hide()
        return self._chart

    def _on_chart_toggled(self, shown: bool) -> None:
        self.chart.setVisible(shown)
        self._place()

    # -- showing and closing ----------------------------------------------------------------------
    def show_on_best_screen(self, main_screen: QScreen | None = None) -> QScreen:
        """Show full screen on a screen other than ``main_screen`` (the main window's) if there
        is one, else on the only screen. Returns the screen chosen."""
        screens = QGuiApplication.screens()
        others = [screen for screen in screens if screen != main_screen]
        if len(screens) > 1 and others:
            screen = others[0]
        else:
            screen = main_screen or QGuiApplication.primaryScreen()
        # move to the screen before going full screen, or the window manager picks the screen
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        return screen

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # the close action's shortcut handles these when the window is active; this catches
        # them otherwise (e.g. keys sent before the window manager activated the window)
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        if event.matches(QKeySequence.StandardKey.Undo):
            self._session.undo()
            return
        if event.matches(QKeySequence.StandardKey.Redo) or (
            key == Qt.Key.Key_Y and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self._session.redo()
            return
        if key in _CHOOSE and self._choose(_CHOOSE[key]):
            return
        if key in _STEPS and self._move_chosen(_STEPS[key]):
            return
        super().keyPressEvent(event)

    def _choose(self, offset: int) -> bool:
        """Mark the criterion ``offset`` places after the chosen one (Up and Down)."""
        workshop = self._session.workshop
        if not self._editable(workshop) or not self.weights.bars:
            return False
        ids = [bar.criterion_id for bar in self.weights.bars]
        index = ids.index(self.chosen) if self.chosen in ids else 0
        self.chosen = ids[(index + offset) % len(ids)]
        self._show_weights(workshop)
        return True

    def _move_chosen(self, points: float) -> bool:
        """Move the chosen criterion's weight by ``points`` (the weights panel's rule)."""
        workshop = self._session.workshop
        if not self._editable(workshop) or self.chosen is None or self._step_weight is None:
            return False
        self._step_weight(self.chosen, points)
        return True

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Priorizar: presentation"))
        self.close_action.setText(self.tr("Close presentation"))
        self.chart_action.setText(self.tr("Show chart"))

        self.board.set_texts(
            [self.tr("TOPSIS"), self.tr("AHP")], self.tr("No ranking: see the notes.")
        )
        self.topsis_model.retranslate()
        self.ahp_model.retranslate()
        self._on_evaluated(self._session.evaluation)


#: Keys that choose the criterion, and how far they move the choice.
_CHOOSE = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
#: Keys that move the chosen weight, and by how many points.
_STEPS = {
    Qt.Key.Key_Left: -STEP,
    Qt.Key.Key_Right: STEP,
    Qt.Key.Key_Minus: -STEP,
    Qt.Key.Key_Plus: STEP,
    Qt.Key.Key_PageDown: -PAGE_STEP,
    Qt.Key.Key_PageUp: PAGE_STEP,
}

__all__ = ["PresentationWindow"]
