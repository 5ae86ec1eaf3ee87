"""The methods page: how far TOPSIS and AHP agree (Kendall's tau and Spearman's rho,
:func:`app.models.sensitivity.rank_correlations`) and, on request, the rankings of
scikit-criteria's weighted sum, weighted product and VIKOR (under a busy cursor: importing
scikit-criteria takes about two seconds, the first time).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.errors import InvalidInputError
from app.models.sensitivity import OtherRankings, rank_correlations
from app.ui.i18n import format_number
from app.ui.results.texts import note_text
from app.ui.robustness.page import RobustnessPage
from app.ui.session import WorkshopSession, translated_error


class MethodsPage(RobustnessPage):
    """Public widgets for tests: ``agreement_label``, ``compare_button``, ``methods_table``.
    Result: ``others`` (None until asked for, and again after every change of the data or the
    weights). ``others_done`` is emitted when the other methods have ranked."""

    others_done = Signal()

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.others: OtherRankings | None = None
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.agreement_label)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.methods_progress, 1)
        layout.addLayout(row)
        layout.addWidget(self.methods_table, 1)
        layout.addWidget(self.methods_note)
        self.compare_button.clicked.connect(self.compare_methods)
        self.retranslate()

    def retranslate(self) -> None:
        self.compare_button.setText(
            self.tr("Compare with &other methods (weighted sum, weighted product, VIKOR)")
        )
        self.refresh()

    def refresh(self) -> None:
        self._refresh_agreement()
        self._show_others()

    def evaluation_changed(self) -> None:
        self.others = None

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
        (about 2 s), which no worker thread may do (see :func:`~app.ui.jobs.start_job`);
        later rankings take a few milliseconds."""
        if not self.ranked():
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

            result: OtherRankings | InvalidInputError = other_methods(self.problem, self.weights)
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
            table.setItem(row, 0, QTableWidgetItem(self.name(int(evaluation.eligible[k]))))
            for c, (_, ranks) in enumerate(columns):
                text = "—" if ranks is None else str(int(ranks[k]))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, c + 1, item)
        notes = [note_text(self._session.workshop, note) for note in others.notes.values()]
        self.methods_note.setText("\n".join(notes))
        table.resizeColumnsToContents()
