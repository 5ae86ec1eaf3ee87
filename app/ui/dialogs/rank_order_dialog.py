"""The "Rank order" dialog: weights from the order of importance of the criteria.

The facilitator puts the group's weighted criteria in order, most important first (drag and drop,
or the Up/Down buttons, Alt+Up / Alt+Down), marks a criterion "as important as the one above" for
a tie, chooses rank order centroid (the default) or rank sum, and sees each criterion's resulting
share live in the list. The weights come from :mod:`app.models.rank_weights`; the weights panel
applies them when the dialog is accepted (see :meth:`RankOrderDialog.weights`). Gates carry no
weight and are not listed.

Locks of the weights panel are ignored, as by "Equal weights": the rank order defines the whole
set, and keeping a locked weight would break the published weights of the order (a locked weight
could even end up above a criterion ranked before it). The dialog says so when a lock is on.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.models.errors import InvalidInputError
from app.models.rank_weights import RankMethod, rank_order_weights, tiers_from_ties
from app.models.workshop import Workshop
from app.ui.i18n import current_language, format_share
from app.ui.quiet import set_checked, set_enabled, set_text
from app.ui.retranslating import Retranslating
from app.ui.session import translated_error
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size

_ID_ROLE = Qt.ItemDataRole.UserRole
_TIED_ROLE = Qt.ItemDataRole.UserRole + 1


class RankOrderDialog(Retranslating, QDialog):
    """Order the weighted criteria of ``group_id`` and get weights from the order.

    The list starts in the order of the group's current weights (largest first; equal weights in
    the criteria's order). ``locks_ignored`` shows the note that the panel's locks do not apply.
    Public widgets for tests: ``order_list``, ``up_button``, ``down_button``, ``tie_box``,
    ``roc_button``, ``rank_sum_button``, ``lock_note``, ``error_label``, ``buttons``.
    """

    def __init__(
        self,
        workshop: Workshop,
        group_id: str,
        *,
        locks_ignored: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workshop = workshop
        self.group_id = group_id
        self._moving = False
        ensure_min_point_size(self, TEXT_POINT_SIZE)

        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.list_label = QLabel()
        self.order_list = QListWidget()
        self.order_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.order_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.order_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_label.setBuddy(self.order_list)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.tie_box = QCheckBox()
        self.method_box = QGroupBox()
        self.roc_button = QRadioButton()
        self.rank_sum_button = QRadioButton()
        self.roc_button.setChecked(True)
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setVisible(locks_ignored)
        self.apply_note = QLabel()
        self.apply_note.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        moves = QVBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.order_list, 1)
        list_row.addLayout(moves)
        methods = QVBoxLayout(self.method_box)
        methods.addWidget(self.roc_button)
        methods.addWidget(self.rank_sum_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.list_label)
        layout.addLayout(list_row, 1)
        layout.addWidget(self.tie_box)
        layout.addWidget(self.method_box)
        layout.addWidget(self.lock_note)
        layout.addWidget(self.apply_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        group = workshop.group(group_id)
        criteria = workshop.weighted_criteria
        start = sorted(
            range(len(criteria)), key=lambda j: -float(group.weights.get(criteria[j].id, 0.0))
        )
        for j in start:
            item = QListWidgetItem()
            item.setData(_ID_ROLE, criteria[j].id)
            item.setData(_TIED_ROLE, False)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            self.order_list.addItem(item)

        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self._move(step))
        self.tie_box.toggled.connect(self._on_tie_toggled)
        self.roc_button.toggled.connect(self._update)
        self.order_list.currentRowChanged.connect(self._update_controls)
        model = self.order_list.model()
        model.rowsMoved.connect(self._update)
        model.rowsInserted.connect(self._update)
        model.rowsRemoved.connect(self._update)

        self.retranslate()
        if self.order_list.count():
            self.order_list.setCurrentRow(0)
        self.order_list.setFocus()
        # every criterion visible at once on a projector, with its share and a tie note
        self.resize(640, 720)

    # -- public ---------------------------------------------------------------------------------
    def order(self) -> list[str]:
        """The criteria's ids as listed, most important first."""
        return [str(self._item(row).data(_ID_ROLE)) for row in range(self.order_list.count())]

    def tiers(self) -> list[list[str]]:
        """The order with its ties (see :func:`~app.models.rank_weights.tiers_from_ties`)."""
        flags = [bool(self._item(row).data(_TIED_ROLE)) for row in range(self.order_list.count())]
        return tiers_from_ties(self.order(), flags)

    def method(self) -> RankMethod:
        return RankMethod.ROC if self.roc_button.isChecked() else RankMethod.RANK_SUM

    def weights(self, workshop: Workshop | None = None) -> dict[str, float]:
        """The raw weights to apply, in percent (they add up to 100, like "Equal weights"), for
        ``workshop`` (default: the one the dialog was opened with). Raises
        :class:`~app.models.errors.InvalidInputError` when the order does not fit it."""
        shares = rank_order_weights(workshop or self.workshop, self.tiers(), self.method())
        return {criterion_id: share * 100.0 for criterion_id, share in shares.items()}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Weights by rank order"))
        self.intro_label.setText(
            self.tr(
                "Put the criteria in order of importance, most important first: drag them, or "
                "select one and use Move up (Alt+Up) and Move down (Alt+Down). The weights follow "
                "from the order alone."
            )
        )
        self.list_label.setText(self.tr("&Criteria, most important first:"))
        self.order_list.setAccessibleName(self.tr("Criteria in order of importance"))
        self.up_button.setText(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Move the selected criterion up (Alt+Up)"))
        self.down_button.setText(self.tr("Move &down"))
        self.down_button.setToolTip(self.tr("Move the selected criterion down (Alt+Down)"))
        self.tie_box.setText(self.tr("&As important as the one above"))
        self.tie_box.setToolTip(
            self.tr("Tied criteria share equally the weights of the places they take")
        )
        self.method_box.setTitle(self.tr("Method"))
        self.roc_button.setText(self.tr("Rank &order centroid (recommended)"))
        self.roc_button.setToolTip(
            self.tr(
                "Barron and Barrett (1996): the centre of all the weights that respect the order; "
                "the first criteria get clearly more"
            )
        )
        self.rank_sum_button.setText(self.tr("Rank &sum"))
        self.rank_sum_button.setToolTip(
            self.tr("The weights fall in equal steps from the first criterion to the last")
        )
        self.lock_note.setText(
            self.tr("The locks of the weights panel are ignored: the rank order sets every weight.")
        )
        self.apply_note.setText(
            self.tr(
                "Applying sets the weights of {group} to these percentages (they add up to 100). "
                "Undo returns the previous weights."
            ).format(group=self.workshop.group(self.group_id).name)
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Apply &weights"))
        self._update()

    # -- list -----------------------------------------------------------------------------------
    def _item(self, row: int) -> QListWidgetItem:
        item = self.order_list.item(row)
        assert item is not None
        return item

    def _move(self, step: int) -> None:
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        self._moving = True
        try:
            item = self.order_list.takeItem(row)
            self.order_list.insertItem(target, item)
        finally:
            self._moving = False
        self.order_list.setCurrentRow(target)
        self._update()

    def _on_tie_toggled(self, checked: bool) -> None:
        row = self.order_list.currentRow()
        if row > 0:
            self._item(row).setData(_TIED_ROLE, checked)
        self._update()

    def _update_controls(self) -> None:
        row = self.order_list.currentRow()
        count = self.order_list.count()
        set_enabled(self.up_button, row > 0)
        set_enabled(self.down_button, 0 <= row < count - 1)
        set_enabled(self.tie_box, row > 0)
        set_checked(self.tie_box, row > 0 and bool(self._item(row).data(_TIED_ROLE)))

    def _update(self) -> None:
        """Show each criterion's place and resulting share; the first has no tie."""
        if self._moving:
            return
        if self.order_list.count():
            self._item(0).setData(_TIED_ROLE, False)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            weights = self.weights()
        except InvalidInputError as error:
            set_text(self.error_label, translated_error(error))
            self.error_label.setVisible(True)
            set_enabled(ok, False)
            return
        self.error_label.setVisible(False)
        set_enabled(ok, True)
        lang = current_language()
        labels = {c.id: c.label(lang) for c in self.workshop.criteria}
        place = 0
        for row in range(self.order_list.count()):
            item = self._item(row)
            tied = row > 0 and bool(item.data(_TIED_ROLE))
            if not tied:
                place += 1
            criterion_id = str(item.data(_ID_ROLE))
            share = format_share(weights[criterion_id])
            text = self.tr("{place}. {criterion}: {share}").format(
                place=place, criterion=labels[criterion_id], share=share
            )
            if tied:
                text = self.tr("{text} (tied with the one above)").format(text=text)
            if item.text() != text:
                item.setText(text)
        self._update_controls()
