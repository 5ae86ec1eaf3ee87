"""The robustness tab: how firm is the ranking before the room commits to focus communities?

Five pages, all computed by :mod:`app.models.sensitivity` from the session's current problem and
active weights:

- **Weight sweep**: every community's score as one criterion's share goes from 0 to 100 % (the
  others keep their proportions), for TOPSIS or AHP; the current share is a vertical line, the
  exact swap points are marked and listed in words ("If the weight of Security exceeds 31 %, C
  moves ahead of B"), nearest to the current weights first.
- **Stability**: per criterion, the range of its share within which the first place and the top-k
  set stay the same, for both methods; the tightest criterion is marked in words and bold.
- **Rank acceptability** (SMAA-2): weights sampled uniformly, around the current weights or
  between the groups; a heat map of each community's probability of each rank and of a top-k
  place. The sampling settings (mode, spread, count, seed) are part of the document, so the
  numbers reproduce; the samples are ranked off the interface thread in chunks, with a progress
  bar, so the window never freezes.
- **Focus communities**: k, the ranking to choose from, quotas per region; the proposed choice
  and "Record this choice" (into the workshop's metadata, undoable).
- **Methods**: Kendall's tau and Spearman's rho between TOPSIS and AHP; on request, the rankings
  of scikit-criteria's weighted sum, weighted product and VIKOR (under a busy cursor: importing
  scikit-criteria takes about two seconds, the first time).
- **Rank reversal**: each ranked community removed in turn and the others ranked again, in words:
  which pairs change places without which community, per method.

The sweep and the stability intervals take a few milliseconds (tests/benchmarks), so they follow
every change while the tab is shown; a hidden tab only notes that it is out of date. The rank
reversal check prepares the workshop once per removal when the data change (about 17 ms for 50
communities) and ranks those again when the weights change (about 8 ms), only while its page is
the one shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.analysis import METHODS, Evaluation, Method, Problem
from app.models.derived import weight_vector
from app.models.document import Change
from app.models.errors import InvalidInputError
from app.models.judgements import group_weight_batch
from app.models.sensitivity import (
    OtherRankings,
    RankAcceptability,
    RankReversal,
    Removals,
    StabilityInterval,
    Swap,
    WeightSweep,
    acceptability_in_chunks,
    prepare_removals,
    rank_correlations,
    sample_weights,
    select_with_quotas,
    stability_intervals,
    tightest,
    weight_sweep,
)
from app.models.workshop import Quota, Sampling
from app.ui.i18n import current_language, format_number
from app.ui.quiet import fill_combo, set_current_index, set_enabled, set_value
from app.ui.results.charts import CHART_POINT_SIZE  # importing it also sets the plots' look
from app.ui.results.rankings import note_text
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession, translated_error
from app.ui.style import TEXT_POINT_SIZE, TOPSIS_COLOR, ensure_min_point_size

#: Swap points listed under the sweep chart, nearest to the current share first.
SHOWN_SWAPS = 12
#: Reversed pairs listed per method on the rank reversal page, those nearest the top first.
SHOWN_REVERSALS = 12
METHOD_NAMES = {"topsis": "TOPSIS", "ahp": "AHP"}
#: Okabe-Ito colours and dash styles for the sweep curves (never colour alone).
_CURVE_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000")


def percent(share: float) -> str:
    return format_number(100.0 * share, 1)


def heat_colour(probability: float) -> QColor:
    """White (0) to the TOPSIS blue (1), light enough for black text up to about 0.6."""
    p = min(max(probability, 0.0), 1.0)
    base = TOPSIS_COLOR
    return QColor(
        round(255 + (base.red() - 255) * p * 0.75),
        round(255 + (base.green() - 255) * p * 0.75),
        round(255 + (base.blue() - 255) * p * 0.75),
    )


# --------------------------------------------------------------------------------------------
# Work off the interface thread
# --------------------------------------------------------------------------------------------


class _Signals(QObject):
    progress = Signal(int)  # percent done
    finished = Signal(object, object)  # the job, and its result or an InvalidInputError


class Job(QRunnable):
    """Runs ``work(report)`` on Qt's thread pool; ``report(percent)`` emits progress. The result
    (or the :class:`InvalidInputError` raised) arrives with the job through ``signals.finished``;
    connected to a method of a widget, it runs on the interface thread (a queued connection).
    ``cancel()`` makes ``report`` stop the work at its next step."""

    def __init__(self, work: Callable[[Callable[[int], None]], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.setAutoDelete(False)  # the panel keeps it to compare and to cancel
        self._work = work
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.signals.progress.emit(done)

    def run(self) -> None:
        try:
            result: object = self._work(self._report)
        except _Cancelled:
            return
        except InvalidInputError as error:
            result = error
        self.signals.finished.emit(self, result)


class _Cancelled(Exception):
    pass


def start_job(job: Job) -> None:
    """Run ``job`` on Qt's thread pool.

    A job runs numpy on data prepared on the interface thread and imports nothing: Python 3.11's
    cycle collector, running on the interface thread, can crash on the frame of an import that
    another thread is running (CPython gh-111363; PySide6's import hook makes such frames). What
    a job needs is imported before it starts; scikit-criteria, slow to import, is imported and
    run on the interface thread (:meth:`SensitivityPanel.compare_methods`).
    tests/ui/robustness/test_jobs.py runs jobs against a busy collector.
    """
    QThreadPool.globalInstance().start(job)


# --------------------------------------------------------------------------------------------
# The panel
# --------------------------------------------------------------------------------------------


class SensitivityPanel(Retranslating, QWidget):
    """The robustness tab (see the module doc). Public widgets for tests: ``tabs``;
    sweep page ``sweep_criterion``, ``sweep_method``, ``plot``, ``swap_list``; stability page
    ``stability_table``, ``tightest_label``; acceptability page ``sampling_box``,
    ``spread_spin``, ``samples_spin``, ``seed_spin``, ``run_button``, ``progress``,
    ``acceptability_method``, ``acceptability_table``, ``acceptability_label``; choice page
    ``k_spin``, ``choice_method``, ``quota_table``, ``choice_list``, ``choice_message``,
    ``record_button``; methods page ``agreement_label``, ``compare_button``, ``methods_table``;
    rank reversal page ``reversal_page``, ``reversal_list``. Results: ``sweep``, ``intervals``,
    ``acceptability``, ``proposal``, ``others``, ``reversals``.
    ``acceptability_done`` is emitted when the off-thread run ends, ``others_done`` when the
    other methods have ranked."""

    acceptability_done = Signal()
    others_done = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.sweep: WeightSweep | None = None
        self.intervals: tuple[StabilityInterval, ...] = ()
        self.acceptability: dict[Method, RankAcceptability] | None = None
        self.proposal: tuple[int, ...] = ()
        self.others: OtherRankings | None = None
        self.reversals: tuple[RankReversal, ...] = ()
        self._removals: Removals | None = None  # for the problem it was prepared from
        self._reversals_stale = True
        self._job: Job | None = None
        self._stale = True
        ensure_min_point_size(self, TEXT_POINT_SIZE)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_sweep_page(), "")
        self.tabs.addTab(self._build_stability_page(), "")
        self.tabs.addTab(self._build_acceptability_page(), "")
        self.tabs.addTab(self._build_choice_page(), "")
        self.tabs.addTab(self._build_methods_page(), "")
        self.tabs.addTab(self._build_reversal_page(), "")
        self.tabs.currentChanged.connect(lambda _: self._refresh_reversals_if_shown())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)

        session.changed.connect(self._on_changed)
        session.evaluated.connect(self._on_evaluated)
        self.retranslate()

    # -- building ---------------------------------------------------------------------------
    def _build_sweep_page(self) -> QWidget:
        import pyqtgraph as pg

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
        self._current_line = pg.InfiniteLine(angle=90, pen=pg.mkPen("k", width=2))
        self.plot.addItem(self._current_line)
        self._swap_points = pg.ScatterPlotItem(symbol="o", size=10, brush=pg.mkBrush("k"))
        self.plot.addItem(self._swap_points)
        self.swap_list = QListWidget()
        self.swap_list.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.sweep_criterion_label)
        row.addWidget(self.sweep_criterion, 1)
        row.addWidget(self.sweep_method)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.plot, 3)
        layout.addWidget(self.swap_list, 2)
        self.sweep_criterion.currentIndexChanged.connect(lambda _: self._refresh_sweep())
        self.sweep_method.currentIndexChanged.connect(lambda _: self._refresh_sweep())
        return page

    def _build_stability_page(self) -> QWidget:
        self.stability_table = QTableWidget(0, 6)
        self.stability_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.stability_table.verticalHeader().hide()
        header = self.stability_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the names take what the ranges leave (elided, whole in the tooltip): every range shows
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tightest_label = QLabel()
        self.tightest_label.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.tightest_label)
        layout.addWidget(self.stability_table, 1)
        return page

    def _build_acceptability_page(self) -> QWidget:
        self.sampling_box = QComboBox()
        for mode in Sampling:
            self.sampling_box.addItem("", mode.value)
        self.spread_spin = QSpinBox()
        self.spread_spin.setRange(1, 99)
        self.spread_spin.setSuffix(" %")
        self.samples_spin = QSpinBox()
        self.samples_spin.setRange(100, 1_000_000)
        self.samples_spin.setSingleStep(1000)
        self.seed_spin = QSpinBox()
        self.seed_spin.setRange(0, 2_000_000_000)
        for spin in (self.spread_spin, self.samples_spin, self.seed_spin):
            spin.setKeyboardTracking(False)
        self.acceptability_method = QComboBox()
        for method in METHODS:
            self.acceptability_method.addItem(METHOD_NAMES[method], method)
        self.run_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.acceptability_label = QLabel()
        self.acceptability_label.setWordWrap(True)
        self.acceptability_table = QTableWidget(0, 0)
        self.acceptability_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.acceptability_table.verticalHeader().hide()
        form = QFormLayout()
        self._form_labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self._form_labels,
            (
                self.sampling_box,
                self.spread_spin,
                self.samples_spin,
                self.seed_spin,
                self.acceptability_method,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)
        controls = QHBoxLayout()
        controls.addLayout(form)
        buttons = QVBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        controls.addLayout(buttons)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(controls)
        layout.addWidget(self.acceptability_label)
        layout.addWidget(self.acceptability_table, 1)
        self.sampling_box.currentIndexChanged.connect(lambda _: self._on_sampling_edited())
        self.spread_spin.valueChanged.connect(lambda _: self._on_sampling_edited())
        self.samples_spin.valueChanged.connect(lambda _: self._on_sampling_edited())
        self.seed_spin.valueChanged.connect(lambda _: self._on_sampling_edited())
        self.acceptability_method.currentIndexChanged.connect(lambda _: self._show_acceptability())
        self.run_button.clicked.connect(self.run_acceptability)
        return page

    def _build_choice_page(self) -> QWidget:
        self.k_spin = QSpinBox()
        self.k_spin.setRange(1, 99)
        self.k_spin.setKeyboardTracking(False)
        self.choice_method = QComboBox()
        for method in METHODS:
            self.choice_method.addItem(METHOD_NAMES[method], method)
        self.quota_table = QTableWidget(0, 3)
        self.quota_table.verticalHeader().hide()
        self.quota_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choice_list = QListWidget()
        self.choice_message = QLabel()
        self.choice_message.setWordWrap(True)
        self.record_button = QPushButton()
        self.recorded_label = QLabel()
        self.recorded_label.setWordWrap(True)
        self._k_label, self._choice_method_label = QLabel(), QLabel()
        self._k_label.setBuddy(self.k_spin)
        self._choice_method_label.setBuddy(self.choice_method)
        top = QHBoxLayout()
        top.addWidget(self._k_label)
        top.addWidget(self.k_spin)
        top.addWidget(self._choice_method_label)
        top.addWidget(self.choice_method)
        top.addStretch(1)
        self._quota_title = QLabel()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self._quota_title)
        layout.addWidget(self.quota_table, 1)
        layout.addWidget(self.choice_message)
        layout.addWidget(self.choice_list, 1)
        layout.addWidget(self.record_button)
        layout.addWidget(self.recorded_label)
        self.k_spin.valueChanged.connect(self._on_choice_edited)
        self.choice_method.currentIndexChanged.connect(self._on_choice_edited)
        self.record_button.clicked.connect(self.record_choice)
        return page

    def _build_methods_page(self) -> QWidget:
        self.agreement_label = QLabel()
        self.agreement_label.setWordWrap(True)
        self.compare_button = QPushButton()
        self.methods_progress = QProgressBar()
        self.methods_progress.setRange(0, 0)  # busy: importing scikit-criteria has no steps
        self.methods_progress.hide()
        self.methods_table = QTableWidget(0, 0)
        self.methods_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.methods_note = QLabel()
        self.methods_note.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.agreement_label)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.methods_progress, 1)
        layout.addLayout(row)
        layout.addWidget(self.methods_table, 1)
        layout.addWidget(self.methods_note)
        self.compare_button.clicked.connect(self.compare_methods)
        return page

    def _build_reversal_page(self) -> QWidget:
        self.reversal_intro = QLabel()
        self.reversal_intro.setWordWrap(True)
        self.reversal_list = QListWidget()
        self.reversal_list.setWordWrap(True)
        self.reversal_page = QWidget()
        layout = QVBoxLayout(self.reversal_page)
        layout.addWidget(self.reversal_intro)
        layout.addWidget(self.reversal_list, 1)
        return self.reversal_page

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("Weight sweep"),
                self.tr("Stability"),
                self.tr("Rank acceptability"),
                self.tr("Focus communities"),
                self.tr("Methods"),
                self.tr("Rank reversal"),
            )
        ):
            self.tabs.setTabText(index, text)
        self.reversal_intro.setText(
            self.tr(
                "Does dropping one community change the order of the others? Each ranked "
                "community is removed in turn and the others are ranked again with the same "
                "weights and settings. TOPSIS and AHP scale each criterion by the communities "
                "present, so this can happen."
            )
        )
        self.sweep_criterion_label.setText(self.tr("Weight of:"))
        self.sweep_method.setToolTip(self.tr("Method whose scores are shown"))
        self.plot.setLabel("bottom", self.tr("Share of the weight (%)"))
        self.plot.setLabel("left", self.tr("Score"))
        for index, text in enumerate(
            (
                self.tr("uniform: any weights"),
                self.tr("around the current weights"),
                self.tr("between the groups' weights"),
            )
        ):
            self.sampling_box.setItemText(index, text)
        for label, text in zip(
            self._form_labels,
            (
                self.tr("&Sampling:"),
                self.tr("Sp&read (±):"),
                self.tr("Sam&ples:"),
                self.tr("S&eed:"),
                self.tr("Met&hod:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.run_button.setText(self.tr("R&un"))
        self._k_label.setText(self.tr("Focus communities (&k):"))
        self._choice_method_label.setText(self.tr("From the rank&ing of:"))
        self._quota_title.setText(
            self.tr("Quotas by region (minimum and maximum chosen; empty maximum: no limit)")
        )
        self.quota_table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Minimum"), self.tr("Maximum")]
        )
        self.record_button.setText(self.tr("Record &this choice"))
        self.compare_button.setText(
            self.tr("Compare with &other methods (weighted sum, weighted product, VIKOR)")
        )
        self.refresh()

    # -- document -> panel ----------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & {Change.SETTINGS, Change.STRUCTURE, Change.DOCUMENT, Change.METADATA}:
            self._sync_settings()

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self._stale = True
        self.others = None
        if self.isVisible():
            self.refresh()
        if self.acceptability is not None:
            self.acceptability_label.setText(
                self.tr("The data or weights changed: run again to update these results.")
            )

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recompute what is fast (sweep, stability, choice, agreement) and show it."""
        self._stale = False
        self._sync_settings()
        self._sync_criteria()
        self._refresh_sweep()
        self._refresh_stability()
        self._refresh_choice()
        self._refresh_agreement()
        self._show_others()
        self._reversals_stale = True
        self._refresh_reversals_if_shown()

    @property
    def _problem(self) -> Problem:
        return self._session.evaluation.problem

    @property
    def _weights(self) -> np.ndarray:
        return weight_vector(self._session.workshop)

    def _name(self, community: int) -> str:
        return self._session.workshop.communities[community].name

    def _criterion_name(self, criterion: int) -> str:
        return self._session.workshop.criteria[criterion].label(current_language())

    def _ranked(self) -> bool:
        problem = self._problem
        return (
            problem.eligible.size >= 2
            and problem.columns.size >= 1
            and bool((self._weights[problem.columns] > 0).any())
        )

    def _sync_settings(self) -> None:
        settings = self._session.workshop.settings
        set_value(self.spread_spin, round(settings.spread * 100))
        set_value(self.samples_spin, settings.samples)
        set_value(self.seed_spin, settings.seed)
        set_value(self.k_spin, settings.top_k)
        set_current_index(self.sampling_box, self.sampling_box.findData(settings.sampling.value))
        set_current_index(
            self.choice_method, self.choice_method.findData(settings.selection_method)
        )
        set_enabled(self.spread_spin, settings.sampling is Sampling.AROUND)

    def _sync_criteria(self) -> None:
        fill_combo(
            self.sweep_criterion,
            [(self._criterion_name(int(j)), int(j)) for j in self._problem.columns],
        )

    # -- sweep ------------------------------------------------------------------------------
    def swap_text(self, swap: Swap, current: float) -> str:
        """A swap point in words, seen from the current share."""
        criterion = self._criterion_name(swap.criterion)
        if swap.share >= current:
            return self.tr(
                "If the weight of {criterion} exceeds {share} %, {a} moves ahead of {b}."
            ).format(
                criterion=criterion,
                share=percent(swap.share),
                a=self._name(swap.ahead),
                b=self._name(swap.behind),
            )
        return self.tr(
            "If the weight of {criterion} falls below {share} %, {a} moves ahead of {b}."
        ).format(
            criterion=criterion,
            share=percent(swap.share),
            a=self._name(swap.behind),
            b=self._name(swap.ahead),
        )

    def _refresh_sweep(self) -> None:
        import pyqtgraph as pg

        column = self.sweep_criterion.currentData()
        method: Method = self.sweep_method.currentData()
        self.swap_list.clear()
        if column is None or not self._ranked():
            self.sweep = None
            for curve in self._curves:
                curve.setData([], [])
            self._swap_points.setData([], [])
            self.plot.setYRange(0.0, 1.0)  # scores lie between 0 and 1
            self.swap_list.addItem(self.tr("Needs two ranked communities and a weight above 0."))
            return
        sweep = weight_sweep(self._problem, self._weights, int(column))
        self.sweep = sweep
        scores = sweep.closeness if method == "topsis" else sweep.ahp_scores
        if scores is None:
            self.swap_list.addItem(self.tr("AHP cannot rank this data (see the rankings)."))
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
                legend.addItem(curve, self._name(int(sweep.communities[k])))
            else:
                curve.setData([], [])
        self._current_line.setValue(100.0 * sweep.current)
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
                    criterion=self._criterion_name(int(column))
                )
            )

    # -- stability --------------------------------------------------------------------------
    def range_text(self, low: float, high: float) -> str:
        return self.tr("{low} – {high} %").format(low=percent(low), high=percent(high))

    def _refresh_stability(self) -> None:
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
        if not self._ranked():
            self.intervals = ()
            table.setRowCount(0)
            self.tightest_label.setText(
                self.tr("Needs two ranked communities and a weight above 0.")
            )
            return
        top_k = min(self._session.workshop.settings.top_k, int(self._problem.eligible.size))
        self.intervals = stability_intervals(self._problem, self._weights, top_k)
        columns = [int(j) for j in self._problem.columns]
        table.setRowCount(len(columns))
        tight = {m: tightest(self.intervals, m) for m in METHODS}
        bold = QFont(table.font())
        bold.setBold(True)
        for row, column in enumerate(columns):
            name = self._criterion_name(column)
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
                    criterion=self._criterion_name(tightest_interval.criterion),
                    low=percent(tightest_interval.first.low),
                    high=percent(tightest_interval.first.high),
                    current=percent(tightest_interval.current),
                )
            )
        self.tightest_label.setText(
            "\n".join(lines) or self.tr("No weight of a single criterion changes the first place.")
        )

    # -- acceptability ----------------------------------------------------------------------
    def _on_sampling_edited(self) -> None:
        workshop = self._session.workshop
        settings = replace(
            workshop.settings,
            sampling=Sampling(self.sampling_box.currentData()),
            spread=self.spread_spin.value() / 100.0,
            samples=self.samples_spin.value(),
            seed=self.seed_spin.value(),
        )
        if settings != workshop.settings:
            self._session.apply(edits.set_settings(settings))

    def run_acceptability(self) -> None:
        """Draw the samples and rank them off the interface thread (progress bar meanwhile)."""
        if self._job is not None:
            self._job.cancel()
        workshop = self._session.workshop
        settings = workshop.settings
        if not self._ranked():
            self.acceptability_label.setText(
                self.tr("Needs two ranked communities and a weight above 0.")
            )
            return
        problem, weights = self._problem, self._weights
        groups = group_weight_batch(workshop, workshop.groups)
        top_k = min(settings.top_k, int(problem.eligible.size))

        def work(report: Callable[[int], None]) -> object:
            samples = sample_weights(
                problem,
                settings.sampling.value,
                settings.samples,
                settings.seed,
                current=weights,
                spread=settings.spread,
                groups=groups,
            )
            return acceptability_in_chunks(problem, samples, top_k, settings.seed, report)

        job = Job(work)
        job.signals.progress.connect(self.progress.setValue)
        job.signals.finished.connect(self._on_acceptability)
        self._job = job
        self.progress.setValue(0)
        self.progress.show()
        self.run_button.setEnabled(False)
        start_job(job)

    def _on_acceptability(self, job: Job, result: object) -> None:
        if job is not self._job:
            return  # a run that was replaced
        self._job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        if isinstance(result, InvalidInputError):
            self.acceptability = None
            self.acceptability_label.setText(translated_error(result))
        else:
            assert isinstance(result, dict)
            self.acceptability = result
            self._show_acceptability()
        self.acceptability_done.emit()

    def _show_acceptability(self) -> None:
        table = self.acceptability_table
        results = self.acceptability
        method = self.acceptability_method.currentData()
        if results is None or method not in results:
            table.setRowCount(0)
            return
        result = results[method]
        settings = self._session.workshop.settings
        mode = self.sampling_box.itemText(self.sampling_box.findData(settings.sampling.value))
        self.acceptability_label.setText(
            self.tr(
                "{method}: probability of each place over {samples} weight samples ({mode}), "
                "seed {seed}. The same seed gives the same numbers."
            ).format(
                method=METHOD_NAMES[method],
                samples=format_number(result.samples, 0),
                mode=mode,
                seed=result.seed,
            )
        )
        n = result.acceptability.shape[0]
        order = np.argsort(-result.acceptability @ np.arange(n, 0, -1), kind="stable")
        table.setRowCount(n)
        table.setColumnCount(n + 2)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Community"),
                *[str(r + 1) for r in range(n)],
                self.tr("Top {k}").format(k=result.top_k),
            ]
        )
        for row, k in enumerate(order):
            table.setItem(row, 0, QTableWidgetItem(self._name(int(result.communities[k]))))
            for r in range(n):
                p = float(result.acceptability[k, r])
                item = QTableWidgetItem(format_number(100 * p, 0))
                item.setBackground(QBrush(heat_colour(p)))
                item.setForeground(QBrush(QColor("black")))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, r + 1, item)
            top = QTableWidgetItem(f"{format_number(100 * float(result.top[k]), 0)} %")
            top.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, n + 1, top)
        table.resizeColumnsToContents()

    # -- choice -----------------------------------------------------------------------------
    def _regions(self) -> list[str]:
        return sorted({c.region for c in self._session.workshop.communities if c.region})

    def _sync_quota_table(self) -> None:
        regions = self._regions()
        quotas = {q.value: q for q in self._session.workshop.settings.quotas}
        table = self.quota_table
        shown = [table.item(r, 0) for r in range(table.rowCount())]
        if [item.text() if item is not None else "" for item in shown] != regions:
            table.setRowCount(len(regions))
            for row, region in enumerate(regions):
                item = QTableWidgetItem(region)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                table.setItem(row, 0, item)
                for column in (1, 2):
                    spin = QSpinBox()
                    spin.setRange(0, 99)
                    spin.setKeyboardTracking(False)
                    if column == 2:
                        spin.setSpecialValueText(self.tr("no limit"))
                    spin.valueChanged.connect(self._on_choice_edited)
                    table.setCellWidget(row, column, spin)
        for row, region in enumerate(regions):
            quota = quotas.get(region, Quota(region))
            for column, value in ((1, quota.minimum), (2, quota.maximum or 0)):
                widget = table.cellWidget(row, column)
                assert isinstance(widget, QSpinBox)
                set_value(widget, value)

    def _quotas_from_table(self) -> tuple[Quota, ...]:
        quotas = []
        for row in range(self.quota_table.rowCount()):
            item = self.quota_table.item(row, 0)
            low, high = self.quota_table.cellWidget(row, 1), self.quota_table.cellWidget(row, 2)
            assert item is not None and isinstance(low, QSpinBox) and isinstance(high, QSpinBox)
            if low.value() or high.value():
                quotas.append(Quota(item.text(), low.value(), high.value() or None))
        return tuple(quotas)

    def _on_choice_edited(self, *_: object) -> None:
        workshop = self._session.workshop
        settings = replace(
            workshop.settings,
            top_k=self.k_spin.value(),
            selection_method=self.choice_method.currentData(),
            quotas=self._quotas_from_table(),
        )
        if settings != workshop.settings:
            self._session.apply(edits.set_settings(settings))

    def _refresh_choice(self) -> None:
        self._sync_quota_table()
        workshop = self._session.workshop
        settings = workshop.settings
        evaluation = self._session.evaluation
        method = settings.selection_method
        ranks = evaluation.topsis_ranks if method == "topsis" else evaluation.ahp_ranks
        self.choice_list.clear()
        self.proposal = ()
        if ranks is None or ranks.size == 0:
            self.choice_message.setText(self.tr("There is no ranking to choose from yet."))
        else:
            order = [int(evaluation.eligible[k]) for k in np.argsort(ranks, kind="stable")]
            regions = {i: workshop.communities[i].region for i in range(len(workshop.communities))}
            try:
                self.proposal = select_with_quotas(order, regions, settings.top_k, settings.quotas)
            except InvalidInputError as error:
                self.choice_message.setText(translated_error(error))
            else:
                self.choice_message.setText(
                    self.tr("Proposed: the best {k} by {method} that meet the quotas.").format(
                        k=settings.top_k, method=METHOD_NAMES.get(method, method)
                    )
                )
                place = {c: int(ranks[k]) for k, c in enumerate(evaluation.eligible)}
                for community in self.proposal:
                    region = workshop.communities[community].region
                    self.choice_list.addItem(
                        self.tr("{rank}. {name} ({region})").format(
                            rank=place[community], name=self._name(community), region=region or "—"
                        )
                    )
        chosen = workshop.metadata.chosen
        ids = tuple(workshop.communities[i].id for i in self.proposal)
        self.record_button.setEnabled(bool(ids) and ids != chosen)
        if chosen:
            names = [c.name for c in workshop.communities if c.id in chosen]
            self.recorded_label.setText(
                self.tr("Recorded choice: {names}.").format(names=", ".join(names))
            )
        else:
            self.recorded_label.setText(self.tr("No choice recorded yet."))

    def record_choice(self) -> None:
        """Record the proposed communities as the workshop's choice (undoable)."""
        workshop = self._session.workshop
        ids = tuple(workshop.communities[i].id for i in self.proposal)
        if ids:
            self._session.apply(edits.set_metadata(replace(workshop.metadata, chosen=ids)))

    # -- rank reversal ----------------------------------------------------------------------
    def _refresh_reversals_if_shown(self) -> None:
        """The check costs one preparation per community: only for the page on screen."""
        if self._reversals_stale and self.tabs.currentWidget() is self.reversal_page:
            self._refresh_reversals()

    def _changes_of_place(self, count: int) -> str:
        # "1 change" but "n changes" in both languages; Qt's %n forms would show "change(s)" to
        # English readers (no English .qm is shipped)
        if count == 1:
            return self.tr("1 change of place")
        return self.tr("{count} changes of place").format(count=count)

    def _refresh_reversals(self) -> None:
        self._reversals_stale = False
        self.reversal_list.clear()
        self.reversals = ()
        problem = self._problem
        if not self._ranked():
            self.reversal_list.addItem(
                self.tr("Needs two ranked communities and a weight above 0.")
            )
            return
        if problem.eligible.size < 3:
            self.reversal_list.addItem(
                self.tr("Needs three ranked communities: removing one must leave two to compare.")
            )
            return
        if self._removals is None or self._removals.problem is not problem:
            self._removals = prepare_removals(self._session.workshop, problem)
        self.reversals = self._removals.reversals(self._weights)
        evaluation = self._session.evaluation
        bold = QFont(self.reversal_list.font())
        bold.setBold(True)
        for method in METHODS:
            name = METHOD_NAMES[method]
            ranks = evaluation.topsis_ranks if method == "topsis" else evaluation.ahp_ranks
            if ranks is None:
                heading = QListWidgetItem(self.tr("AHP cannot rank this data (see the rankings)."))
                heading.setFont(bold)
                self.reversal_list.addItem(heading)
                continue
            rank = {int(c): int(r) for c, r in zip(problem.eligible, ranks, strict=True)}
            found = [
                (r.removed, pair) for r in self.reversals if r.method == method for pair in r.pairs
            ]
            if not found:
                heading = QListWidgetItem(
                    self.tr(
                        "Removing any one community does not change the order of the others "
                        "({method})."
                    ).format(method=name)
                )
                heading.setFont(bold)  # each method's summary in bold
                self.reversal_list.addItem(heading)
                continue
            removals = len({removed for removed, _ in found})
            heading = QListWidgetItem(
                self.tr(
                    "{method}: the order of the others changes without {removals} of the "
                    "{total} communities ({changes})."
                ).format(
                    method=name,
                    removals=removals,
                    total=problem.eligible.size,
                    changes=self._changes_of_place(len(found)),
                )
            )
            heading.setFont(bold)
            self.reversal_list.addItem(heading)
            # one line per pair that changes places, naming every community whose removal does
            # it; the pairs nearest the top first: what the room decides on
            by_pair: dict[tuple[int, int], list[int]] = {}
            for removed, pair in found:
                by_pair.setdefault(pair, []).append(removed)
            pairs = sorted(by_pair, key=lambda pair: (rank[pair[1]], rank[pair[0]]))
            for rises, falls in pairs[:SHOWN_REVERSALS]:
                without = sorted(by_pair[(rises, falls)], key=lambda c: rank[c])
                self.reversal_list.addItem(
                    self.tr(
                        "Without {removed}, {method} puts {a} ahead of {b} (now behind)."
                    ).format(
                        removed=self._any_of([self._name(c) for c in without]),
                        method=name,
                        a=self._name(rises),
                        b=self._name(falls),
                    )
                )
            if len(pairs) > SHOWN_REVERSALS:
                left = sum(len(by_pair[pair]) for pair in pairs[SHOWN_REVERSALS:])
                more = self._changes_of_place(left)
                self.reversal_list.addItem(self.tr("… and {changes} more.").format(changes=more))

    def _any_of(self, names: list[str]) -> str:
        """ "X", "X or Y", "X, Y or Z" in the interface language."""
        if len(names) == 1:
            return names[0]
        last = names[-1]
        # Spanish writes "u" for "o" before the sound o: "Sani u Ocongate"
        if re.match(r"(?i)h?[oó]", last):
            template = self.tr("{names} or {last}", "before a word that starts with the sound o")
        else:
            template = self.tr("{names} or {last}")
        return template.format(names=", ".join(names[:-1]), last=last)

    # -- methods ----------------------------------------------------------------------------
    def _refresh_agreement(self) -> None:
        agreement = rank_correlations(self._session.evaluation)
        if agreement is None:
            self.agreement_label.setText(self.tr("Needs both rankings of two communities."))
            return
        self.agreement_label.setText(
            self.tr(
                "Agreement between TOPSIS and AHP: Kendall's tau {tau}, Spearman's rho {rho} "
                "(1: the same order, 0: unrelated, -1: reversed)."
            ).format(
                tau=format_number(agreement.kendall_tau_b, 2),
                rho=format_number(agreement.spearman_rho, 2),
            )
        )

    def compare_methods(self) -> None:
        """Rank by scikit-criteria's other methods and ask the record to include them.

        On the interface thread, under a busy cursor: the first time imports scikit-criteria
        (about 2 s), which no worker thread may do (see :func:`start_job`); later rankings take
        a few milliseconds."""
        if not self._ranked():
            return
        workshop = self._session.workshop
        if not workshop.settings.compare_methods:
            self._session.apply(
                edits.set_settings(replace(workshop.settings, compare_methods=True))
            )
        self.methods_progress.show()
        self.compare_button.setEnabled(False)
        self.methods_progress.repaint()  # seen before the import holds the interface
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            from app.models.sensitivity import other_methods

            result: OtherRankings | InvalidInputError = other_methods(self._problem, self._weights)
        except InvalidInputError as error:
            result = error
        finally:
            QApplication.restoreOverrideCursor()
        self.methods_progress.hide()
        self.compare_button.setEnabled(True)
        if isinstance(result, OtherRankings):
            self.others = result
        else:
            self.methods_note.setText(translated_error(result))
        self._show_others()
        self.others_done.emit()

    def _show_others(self) -> None:
        table = self.methods_table
        others = self.others
        evaluation = self._session.evaluation
        if others is None or evaluation.topsis_ranks is None:
            table.setRowCount(0)
            table.setColumnCount(0)
            return
        names = {
            "wsm": self.tr("Weighted sum"),
            "wpm": self.tr("Weighted product"),
            "vikor": "VIKOR",
        }
        columns = [("TOPSIS", evaluation.topsis_ranks), ("AHP", evaluation.ahp_ranks)]
        columns += [(names.get(k, k), v) for k, v in others.ranks.items()]
        order = np.argsort(evaluation.topsis_ranks, kind="stable")
        table.setRowCount(len(order))
        table.setColumnCount(1 + len(columns))
        table.setHorizontalHeaderLabels([self.tr("Community"), *[c[0] for c in columns]])
        for row, k in enumerate(order):
            table.setItem(row, 0, QTableWidgetItem(self._name(int(evaluation.eligible[k]))))
            for c, (_, ranks) in enumerate(columns):
                text = "—" if ranks is None else str(int(ranks[k]))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, c + 1, item)
        notes = [note_text(self._session.workshop, note) for note in others.notes.values()]
        self.methods_note.setText("\n".join(notes))
        table.resizeColumnsToContents()
