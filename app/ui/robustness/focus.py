"""The focus communities page: k, the ranking to choose from and quotas per region give the
proposed choice (:func:`app.models.sensitivity.select_with_quotas`); "Record this choice" writes
it into the workshop's metadata (undoable).
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.analysis import METHODS
from app.models.derived import record_weight_set
from app.models.errors import InvalidInputError
from app.models.sensitivity import select_with_quotas
from app.models.workshop import COMBINED, Quota
from app.ui.quiet import set_current_index, set_value
from app.ui.robustness.page import METHOD_NAMES, RobustnessPage
from app.ui.session import WorkshopSession, translated_error


class FocusCommunitiesPage(RobustnessPage):
    """Public widgets for tests: ``k_spin``, ``choice_method``, ``quota_table``, ``choice_list``,
    ``choice_message``, ``record_button``, ``recorded_label``. Result: ``proposal`` (the
    proposed communities' positions in the workshop)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.proposal: tuple[int, ...] = ()
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
        layout = QVBoxLayout(self)
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
        self.retranslate()

    def retranslate(self) -> None:
        self._k_label.setText(self.tr("Focus communities (&k):"))
        self._choice_method_label.setText(self.tr("From the rank&ing of:"))
        self._quota_title.setText(
            self.tr("Quotas by region (minimum and maximum chosen; empty maximum: no limit)")
        )
        self.quota_table.setHorizontalHeaderLabels(
            [self.tr("Region"), self.tr("Minimum"), self.tr("Maximum")]
        )
        self.record_button.setText(self.tr("Record &this choice"))
        self.refresh()

    def refresh(self) -> None:
        self.sync_settings()
        self._refresh_choice()

    def sync_settings(self) -> None:
        settings = self._session.workshop.settings
        set_value(self.k_spin, settings.top_k)
        set_current_index(
            self.choice_method, self.choice_method.findData(settings.selection_method)
        )

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
                            rank=place[community], name=self.name(community), region=region or "—"
                        )
                    )
        chosen = workshop.metadata.chosen
        ids = tuple(workshop.communities[i].id for i in self.proposal)
        self.record_button.setEnabled(bool(ids) and ids != chosen)
        if chosen:
            # in the order recorded: best first, as proposed (not the table's order)
            by_id = {c.id: c.name for c in workshop.communities}
            names = ", ".join(by_id[c] for c in chosen if c in by_id)
            weight_set = record_weight_set(workshop)
            if weight_set == COMBINED:
                text = self.tr("Recorded choice, by the combined weights: {names}.")
                self.recorded_label.setText(text.format(names=names))
            else:
                text = self.tr("Recorded choice, by the weights of the group {group}: {names}.")
                group = workshop.group(weight_set).name
                self.recorded_label.setText(text.format(group=group, names=names))
        else:
            self.recorded_label.setText(self.tr("No choice recorded yet."))

    def record_choice(self) -> None:
        """Record the proposed communities as the workshop's choice (undoable), with the weight
        set they were proposed by: the decision record ranks with it
        (:func:`app.models.derived.record_weight_set`)."""
        workshop = self._session.workshop
        ids = tuple(workshop.communities[i].id for i in self.proposal)
        if ids:
            metadata = replace(workshop.metadata, chosen=ids, ranking_weights=workshop.active_group)
            self._session.apply(edits.set_metadata(metadata))
