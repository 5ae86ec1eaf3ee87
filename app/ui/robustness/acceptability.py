"""The rank acceptability page (SMAA-2, :mod:`app.models.sensitivity`): weights sampled uniformly,
around the current weights or between the groups; a heat map of each community's probability of
each rank and of a top-k place.

The sampling settings (mode, spread, count, seed) are part of the document, so the numbers
reproduce. The samples are ranked off the interface thread in chunks (:mod:`.jobs`), with a
progress bar, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.analysis import METHODS, Method
from app.models.errors import InvalidInputError
from app.models.judgements import group_weight_batch
from app.models.sensitivity import RankAcceptability, acceptability_in_chunks, sample_weights
from app.models.workshop import Sampling
from app.ui.i18n import format_number
from app.ui.jobs import Job, start_job
from app.ui.quiet import set_current_index, set_enabled, set_value
from app.ui.robustness.page import METHOD_NAMES, RobustnessPage, needs_a_ranking
from app.ui.session import WorkshopSession, translated_error
from app.ui.style import TOPSIS_COLOR


def heat_colour(probability: float) -> QColor:
    """White (0) to the TOPSIS blue (1), light enough for black text up to about 0.6."""
    p = min(max(probability, 0.0), 1.0)
    base = TOPSIS_COLOR
    return QColor(
        round(255 + (base.red() - 255) * p * 0.75),
        round(255 + (base.green() - 255) * p * 0.75),
        round(255 + (base.blue() - 255) * p * 0.75),
    )


class AcceptabilityPage(RobustnessPage):
    """Public widgets for tests: ``sampling_box``, ``spread_spin``, ``samples_spin``,
    ``seed_spin``, ``acceptability_method``, ``run_button``, ``progress``,
    ``acceptability_label``, ``acceptability_table``. Result: ``acceptability`` (per method,
    None until a run ends). ``acceptability_done`` is emitted when the off-thread run ends."""

    acceptability_done = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.acceptability: dict[Method, RankAcceptability] | None = None
        self._job: Job | None = None
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
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.acceptability_label)
        layout.addWidget(self.acceptability_table, 1)
        self.sampling_box.currentIndexChanged.connect(lambda _: self._on_sampling_edited())
        self.spread_spin.valueChanged.connect(lambda _: self._on_sampling_edited())
        self.samples_spin.valueChanged.connect(lambda _: self._on_sampling_edited())
        self.seed_spin.valueChanged.connect(lambda _: self._on_sampling_edited())
        self.acceptability_method.currentIndexChanged.connect(lambda _: self._show_acceptability())
        self.run_button.clicked.connect(self.run_acceptability)
        self.retranslate()

    def retranslate(self) -> None:
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
        self.refresh()

    def refresh(self) -> None:
        self.sync_settings()

    def sync_settings(self) -> None:
        settings = self._session.workshop.settings
        set_value(self.spread_spin, round(settings.spread * 100))
        set_value(self.samples_spin, settings.samples)
        set_value(self.seed_spin, settings.seed)
        set_current_index(self.sampling_box, self.sampling_box.findData(settings.sampling.value))
        set_enabled(self.spread_spin, settings.sampling is Sampling.AROUND)

    def evaluation_changed(self) -> None:
        if self.acceptability is not None:
            self.acceptability_label.setText(
                self.tr("The data or weights changed: run again to update these results.")
            )

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
        if not self.ranked():
            self.acceptability_label.setText(needs_a_ranking())
            return
        problem, weights = self.problem, self.weights
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
            table.setItem(row, 0, QTableWidgetItem(self.name(int(result.communities[k]))))
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
