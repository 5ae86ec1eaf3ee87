"""The weights panel: one slider per weighted criterion for the chosen group, or the combined set.

What it shows
-------------
- A weight-set selector: every group of the workshop, plus "Combined (all groups)"
  (:data:`~app.models.workshop.COMBINED`). Choosing one applies
  :func:`~app.models.edits.set_active_group` (an undoable edit: the rankings follow the set).
- For a group, one row per weighted criterion (gates carry no weight and have no row): the
  criterion's name, a slider for the raw weight (0..100, whole numbers), a spin box for the exact
  raw weight (0..100, one decimal), the weight's share of the group's total in percent, and a lock.
- For the combined set, the same rows read-only: slider, spin box and share all show the combined
  weight in percent, the weighted geometric mean of the groups' normalised weights (AIP; see
  :func:`~app.models.derived.weight_vector`).

Rebalancing rule (locks)
------------------------
A slider or spin box moves one raw weight; with locks, the others follow the rule of
:func:`app.models.weights.rebalance` (documented in :mod:`app.models.weights`). When every other
criterion is locked and a locked weight is above 0 the criterion cannot move: its slider and spin
box are disabled with a tooltip saying why.

Locks are a view state per group (they are not saved in the workshop). The buttons "Normalise to
100 %" (keeps every share), "Equal weights" (100/m each), "Rank order…" (weights from the order of
importance, in percent; see :mod:`app.ui.dialogs.rank_order_dialog`) and "Reset" act on the
whole set and ignore the locks.

"Reset" returns the group to its weights *as opened*: the panel keeps the groups' weights of the
workshop it was created with and of every workshop opened since (``Change.DOCUMENT``). A criterion
added since then keeps its current weight; a group added since then cannot be reset.

Undo steps
----------
- A slider drag (many ``valueChanged`` while the slider is down) is one undo step: the edits share
  the merge key ``("weights", group_id, criterion_id)`` and ``sliderReleased`` ends the merge.
- A slider change while the slider is not down (arrow keys, Page Up/Down, a click on the groove,
  the mouse wheel) is its own undo step: the merge is ended right after the edit.
- The spin box does not track the keyboard: a typed value is applied on Enter or when the box loses
  focus. Its edits use the merge key ``("weights-spin", group_id, criterion_id)`` and
  ``editingFinished`` ends the merge, so a burst of arrow clicks (or a held arrow key) followed by
  leaving the box or pressing Enter is one undo step, and a typed value is one step.
- Each button is one undo step.

Raw weights are meant to lie in 0..100; a larger raw weight (from an imported file) shows as 100 in
its slider and spin box while its share stays exact; "Normalise to 100 %" brings it into range.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.criterion import Criterion
from app.models.document import Change, Edit
from app.models.errors import InvalidInputError
from app.models.judgements import combined_weights
from app.models.weights import rebalance
from app.models.workshop import COMBINED, Workshop, localized
from app.ui.i18n import current_language, format_number, format_share
from app.ui.quiet import (
    fix_size_for,
    set_checked,
    set_current_index,
    set_enabled,
    set_hidden,
    set_text,
    set_value,
    signals_blocked,
)
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession, translated_error
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size
from app.ui.wheel import ListDoubleSpinBox, ListSlider

if TYPE_CHECKING:
    from app.ui.dialogs.rank_order_dialog import RankOrderDialog

#: Slider and spin box range of a raw weight.
WEIGHT_MAX = 100

_STRUCTURE_CHANGES = frozenset({Change.STRUCTURE, Change.DOCUMENT, Change.GROUPS})


@dataclass
class _Anchor:
    """The group's weights at the start of an open merge (a drag or a spin box burst)."""

    key: Hashable
    weights: dict[str, float]
    result: Workshop | None = None


@dataclass
class _Row:
    """The widgets of one criterion's row."""

    criterion: Criterion
    name: QLabel
    slider: QSlider
    spin: QDoubleSpinBox
    share: QLabel
    lock: QToolButton


class WeightsPanel(Retranslating, QWidget):
    """Sliders for the raw weights of the active group, or the combined set read-only.

    Public widgets (for the main window and tests), keyed by criterion id where per criterion:
    ``group_combo`` (item data: group id or ``COMBINED``), ``sliders``, ``spins``,
    ``share_labels``, ``lock_buttons``, ``name_labels``, ``source_label`` (where the weights come
    from), ``total_label`` and ``total_value`` (the total alone), ``normalise_button``,
    ``equal_button``, ``rank_button``, ``reset_button``; ``rank_dialog``, the open rank order
    dialog or ``None``.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._rows: dict[str, _Row] = {}
        self.sliders: dict[str, QSlider] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        self.share_labels: dict[str, QLabel] = {}
        self.lock_buttons: dict[str, QToolButton] = {}
        self.name_labels: dict[str, QLabel] = {}
        self._criteria: tuple[Criterion, ...] = ()
        self._columns: list[int] = []
        self._groups: tuple[tuple[str, str], ...] | None = None
        self._locks: dict[str, set[str]] = {}
        self._opened: dict[str, dict[str, float]] = {}
        self._anchor: _Anchor | None = None
        self.rank_dialog: RankOrderDialog | None = None

        ensure_min_point_size(self, TEXT_POINT_SIZE)

        self.group_label = QLabel()
        self.group_combo = QComboBox()
        # as wide as the panel: a long group name is cut short in a narrow window, not the panel
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo.setMinimumContentsLength(8)
        self.group_label.setBuddy(self.group_combo)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        # the total in a label of its own, of fixed size: it changes with every weight
        self.total_value = QLabel(self)
        self.total_value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)

        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        # the rows scroll up and down, never sideways: the panel is as wide as they need
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.normalise_button = QPushButton()
        self.equal_button = QPushButton()
        self.rank_button = QPushButton()
        self.reset_button = QPushButton()

        top = QHBoxLayout()
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo, 1)
        # two buttons a row: the panel stays narrow and the rankings keep the room's width
        buttons = QGridLayout()
        for k, button in enumerate(
            (self.normalise_button, self.equal_button, self.rank_button, self.reset_button)
        ):
            buttons.addWidget(button, k // 2, k % 2)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        layout.addWidget(self._scroll, 1)
        total = QHBoxLayout()
        total.addWidget(self.total_label, 1)
        total.addWidget(self.total_value, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(total)
        layout.addLayout(buttons)
        # the main window's "go to the weights" focuses the panel: start at the set selector
        self.setFocusProxy(self.group_combo)

        self.group_combo.currentIndexChanged.connect(self._on_group_chosen)
        self.group_combo.currentIndexChanged.connect(self._name_set_in_tooltip)
        self.normalise_button.clicked.connect(self._on_normalise)
        self.equal_button.clicked.connect(self._on_equal)
        self.rank_button.clicked.connect(self._on_rank_order)
        self.reset_button.clicked.connect(self._on_reset)
        session.changed.connect(self._on_changed)

        workshop = session.workshop
        self._capture_opened(workshop)
        self._sync_structure(workshop)
        self.retranslate()

    # -- public ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set every text in the interface language and numbers in its locale."""
        self.setLocale(QLocale())
        # any total in this locale's digits, up to 15 criteria of 100 and more (imported weights)
        fix_size_for(self.total_value, [format_number(99999.9, 1)])
        self.group_label.setText(self.tr("Wei&ght set:"))
        self.group_combo.setAccessibleName(self.tr("Weight set"))
        index = self.group_combo.findData(COMBINED)
        if index >= 0:
            self.group_combo.setItemText(index, self.tr("Combined (all groups)"))
        self._name_set_in_tooltip()
        self.normalise_button.setText(self.tr("&Normalise to 100 %"))
        self.normalise_button.setToolTip(
            self.tr("Scale the weights so that they add up to 100; every share stays the same")
        )
        self.equal_button.setText(self.tr("E&qual weights"))
        self.equal_button.setToolTip(self.tr("Give every criterion the same weight"))
        self.rank_button.setText(self.tr("Ran&k order…"))
        self.rank_button.setToolTip(
            self.tr("Set the weights from the order of importance of the criteria")
        )
        self.reset_button.setText(self.tr("Re&set"))
        self.reset_button.setToolTip(
            self.tr("Return this group's weights to what they were when the workshop was opened")
        )
        for row in self._rows.values():
            self._label_row(row)
        self._refresh(self._session.workshop)

    # -- document -> panel ----------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        workshop = self._session.workshop
        if Change.DOCUMENT in changes:
            self._capture_opened(workshop)
            self._locks.clear()
            self._anchor = None
        if changes & _STRUCTURE_CHANGES:
            self._sync_structure(workshop)
        self._refresh(workshop)

    def _capture_opened(self, workshop: Workshop) -> None:
        self._opened = {g.id: dict(g.weights) for g in workshop.groups}

    def _sync_structure(self, workshop: Workshop) -> None:
        """Rebuild the rows only when the weighted criteria changed; refill the selector only
        when the groups changed."""
        criteria = workshop.weighted_criteria
        if tuple(c.id for c in criteria) != tuple(c.id for c in self._criteria):
            self._build_rows(criteria)
        else:
            self._criteria = criteria
            for criterion in criteria:
                row = self._rows[criterion.id]
                if row.criterion != criterion:
                    row.criterion = criterion
                    self._label_row(row)
        self._columns = [workshop.criterion_index(c.id) for c in criteria]
        groups = tuple((g.id, g.name) for g in workshop.groups)
        if groups != self._groups:
            self._fill_combo(groups)
        known = {c.id for c in criteria}
        self._locks = {
            group_id: locked & known
            for group_id, locked in self._locks.items()
            if any(group_id == g for g, _ in groups)
        }

    def _fill_combo(self, groups: tuple[tuple[str, str], ...]) -> None:
        self._groups = groups
        blocked = self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group_id, name in groups:
            self.group_combo.addItem(name, group_id)
        self.group_combo.addItem(self.tr("Combined (all groups)"), COMBINED)
        self.group_combo.setCurrentIndex(-1)
        self.group_combo.blockSignals(blocked)

    def _build_rows(self, criteria: tuple[Criterion, ...]) -> None:
        self._criteria = criteria
        self._anchor = None
        self._rows.clear()
        container = QWidget()
        grid = QGridLayout(container)
        # the name on its own line above its controls: long criterion names need no width
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(2)
        # only the weight is set, so the share inherits the panel's (projector) size
        bold = QFont()
        bold.setBold(True)
        metrics = QFontMetrics(bold.resolve(self.font()))
        share_width = max(metrics.horizontalAdvance(text) for text in ("100.0 %", "100,0 %"))
        share_width += 8
        for index, criterion in enumerate(criteria):
            name = QLabel()
            name.setWordWrap(True)  # a long name takes two lines, not the panel's width
            slider = ListSlider(Qt.Orientation.Horizontal)
            slider.setRange(0, WEIGHT_MAX)
            slider.setSingleStep(1)
            slider.setPageStep(5)
            slider.setMinimumWidth(90)
            spin = ListDoubleSpinBox()
            spin.setRange(0.0, float(WEIGHT_MAX))
            spin.setDecimals(1)
            spin.setSingleStep(1.0)
            spin.setKeyboardTracking(False)
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            share = QLabel()
            share.setFont(bold)
            share.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            # a fixed size: a new share never lays the window out again (see fix_size_for)
            share.setFixedSize(share_width, metrics.height())
            share.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            lock = QToolButton()
            lock.setCheckable(True)
            lock.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            lock.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            name.setBuddy(slider)

            cid = criterion.id
            slider.valueChanged.connect(lambda value, cid=cid: self._on_slider_moved(cid, value))
            slider.sliderReleased.connect(self._end_merge)
            spin.valueChanged.connect(lambda value, cid=cid: self._on_spin_changed(cid, value))
            spin.editingFinished.connect(self._end_merge)
            lock.toggled.connect(lambda checked, cid=cid: self._on_lock_toggled(cid, checked))

            grid.addWidget(name, 2 * index, 0, 1, 4)
            for column, widget in enumerate((slider, spin, share, lock)):
                grid.addWidget(widget, 2 * index + 1, column)
            row = _Row(criterion, name, slider, spin, share, lock)
            self._rows[cid] = row
            self._label_row(row)
        grid.setRowStretch(2 * len(criteria), 1)
        # deleted later, not now: the rebuild may run inside an event of one of the old rows
        old = self._scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self._scroll.setWidget(container)
        scroll_bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(container.minimumSizeHint().width() + scroll_bar)
        self.sliders = {cid: row.slider for cid, row in self._rows.items()}
        self.spins = {cid: row.spin for cid, row in self._rows.items()}
        self.share_labels = {cid: row.share for cid, row in self._rows.items()}
        self.lock_buttons = {cid: row.lock for cid, row in self._rows.items()}
        self.name_labels = {cid: row.name for cid, row in self._rows.items()}
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.group_combo]
        for row in self._rows.values():
            chain.extend((row.slider, row.spin, row.lock))
        chain.extend(
            (self.normalise_button, self.equal_button, self.rank_button, self.reset_button)
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _label_row(self, row: _Row) -> None:
        lang = current_language()
        label = row.criterion.label(lang)
        row.name.setText(label)
        row.name.setToolTip(localized(row.criterion.description, lang) or label)
        row.slider.setAccessibleName(self.tr("Weight of {criterion}").format(criterion=label))
        row.spin.setAccessibleName(self.tr("Exact weight of {criterion}").format(criterion=label))
        row.share.setAccessibleName(self.tr("Share of {criterion}").format(criterion=label))
        row.share.setToolTip(self.tr("Share of the total weight"))
        row.lock.setAccessibleName(
            self.tr("Lock the weight of {criterion}").format(criterion=label)
        )
        row.lock.setToolTip(self.tr("Lock this weight while others rebalance"))
        # as wide as its longer text: a lock pressed must not narrow every slider of the panel
        widths = []
        for text in (self.tr("Lock"), self.tr("Locked")):
            row.lock.setText(text)
            widths.append(row.lock.sizeHint().width())
        row.lock.setFixedWidth(max(widths))
        self._label_lock(row.lock)

    def _label_lock(self, lock: QToolButton) -> None:
        if lock.isChecked():
            lock.setText(self.tr("Locked"))
        else:
            lock.setText(self.tr("Lock"))

    def _refresh(self, workshop: Workshop) -> None:
        """Show the active set's weights; sets only what differs, with signals blocked."""
        group_id = workshop.active_group
        combined = group_id == COMBINED
        index = self.group_combo.findData(group_id)
        if index != self.group_combo.currentIndex():  # undo, or the list was refilled (quietly)
            set_current_index(self.group_combo, index)
            self._name_set_in_tooltip()

        locked: set[str] = set()
        if combined:
            vector, method = combined_weights(workshop)
            values = [float(vector[j]) * 100.0 for j in self._columns]
            shares = values
            total = 100.0
            if method == "AIJ":
                source = self.tr(
                    "Combined set: from the geometric mean of the groups' pairwise judgements "
                    "(read-only). Choose a group to change its weights."
                )
            else:
                source = self.tr(
                    "Combined set: the geometric mean of the groups' weights (read-only). "
                    "Choose a group to change its weights."
                )
            total_text = self.tr("The combined weights are shares of 100 %.")
            total_value = ""
        else:
            group = workshop.group(group_id)
            values = [float(group.weights.get(c.id, 0.0)) for c in self._criteria]
            total = math.fsum(values)
            shares = [v / total * 100.0 if total > 0 else 0.0 for v in values]
            locked = self._locks.get(group_id, set())
            if group.weights_from_judgements:
                source = self.tr("These weights come from the group's pairwise comparisons.")
            elif group.judgements:
                source = self.tr(
                    "These weights were set by hand: they no longer come from the group's "
                    "pairwise comparisons."
                )
            else:
                source = self.tr("These weights were set by hand with the sliders.")
            total_text = self.tr("Each share is a weight divided by the total of the weights:")
            total_value = format_number(total, 1)
        set_text(self.source_label, source)
        set_text(self.total_label, total_text)
        set_text(self.total_value, total_value)
        if self.total_value.sizeHint().width() > self.total_value.width():
            # a total beyond the 99 999.9 it was sized for (weights from a file are not bound by
            # the sliders): grow to show every digit; it never shrinks on the live path
            fix_size_for(self.total_value, [total_value])
        set_hidden(self.total_value, combined)

        locked_sum = sum(v for c, v in zip(self._criteria, values, strict=True) if c.id in locked)
        unlocked = [c.id for c in self._criteria if c.id not in locked]
        stuck = set(unlocked) if locked_sum > 0 and len(unlocked) == 1 else set()
        for criterion, value, share in zip(self._criteria, values, shares, strict=True):
            row = self._rows[criterion.id]
            position = min(WEIGHT_MAX, max(0, round(value)))
            set_value(row.slider, position)
            exact = min(float(WEIGHT_MAX), value)
            # the spin box shows one decimal: a difference it cannot show needs no update
            if abs(row.spin.value() - exact) > 0.05 + 1e-9:
                with signals_blocked(row.spin):
                    row.spin.setValue(exact)
            set_text(row.share, format_share(share))
            is_locked = criterion.id in locked
            if row.lock.isChecked() != is_locked:
                set_checked(row.lock, is_locked)
                self._label_lock(row.lock)
            movable = not combined and not is_locked and criterion.id not in stuck
            set_enabled(row.slider, movable)
            set_enabled(row.spin, movable)
            set_enabled(row.lock, not combined)
            tip = (
                self.tr("Every other weight is locked: unlock one to change this weight.")
                if criterion.id in stuck
                else ""
            )
            if row.slider.toolTip() != tip:
                row.slider.setToolTip(tip)
                row.spin.setToolTip(tip)

        editable = not combined and bool(self._criteria)
        equal = 100.0 / len(values) if values else 0.0
        set_enabled(self.normalise_button, editable and total > 0 and abs(total - 100.0) > 1e-9)
        set_enabled(self.equal_button, editable and any(v != equal for v in values))
        set_enabled(self.rank_button, editable)
        set_enabled(
            self.reset_button,
            editable
            and group_id in self._opened
            and any(
                v != w for v, w in zip(values, self._reset_values(group_id, values), strict=True)
            ),
        )

    # -- panel -> document ----------------------------------------------------------------------
    def _name_set_in_tooltip(self) -> None:
        """The selector's tooltip names the weight set in full (a long group name is shortened
        in the box on a laptop at 125 %), then says what the selector is for."""
        about = self.tr("Whose weights the sliders show and the rankings use")
        name = self.group_combo.currentText()
        self.group_combo.setToolTip(f"{name}\n{about}" if name else about)

    def _on_group_chosen(self, index: int) -> None:
        group_id = self.group_combo.itemData(index)
        if group_id is None or group_id == self._session.workshop.active_group:
            return
        self._end_merge()
        if not self._session.apply(edits.set_active_group(str(group_id))):
            self._refresh(self._session.workshop)

    def _on_slider_moved(self, criterion_id: str, value: int) -> None:
        group_id = self._session.workshop.active_group
        self._move_weight(criterion_id, float(value), ("weights", group_id, criterion_id))
        if not self._rows[criterion_id].slider.isSliderDown():
            # a key press, a click on the groove or a wheel step: one undo step each
            self._end_merge()

    def _on_spin_changed(self, criterion_id: str, value: float) -> None:
        group_id = self._session.workshop.active_group
        self._move_weight(criterion_id, value, ("weights-spin", group_id, criterion_id))

    def _move_weight(self, criterion_id: str, value: float, key: Hashable) -> None:
        workshop = self._session.workshop
        group_id = workshop.active_group
        if group_id == COMBINED:
            self._refresh(workshop)
            return
        group = workshop.group(group_id)
        anchor = self._anchor
        if anchor is None or anchor.key != key or anchor.result is not workshop:
            # a new move: rebalance from the weights as they are now, for the whole move
            self._session.end_merge()
            anchor = _Anchor(
                key, {c.id: float(group.weights.get(c.id, 0.0)) for c in self._criteria}
            )
        new = rebalance(anchor.weights, criterion_id, value, self._locks.get(group_id, set()))
        if new is None or all(group.weights.get(c) == v for c, v in new.items()):
            self._refresh(workshop)  # nothing changes: put the widgets back
            return
        if self._session.apply(edits.set_weights(group_id, new, merge_key=key)):
            anchor.result = self._session.workshop
            self._anchor = anchor
        else:
            self._anchor = None
            self._refresh(self._session.workshop)

    def _end_merge(self) -> None:
        self._anchor = None
        self._session.end_merge()

    def locked(self, group_id: str) -> frozenset[str]:
        """The criteria whose weights are locked in ``group_id`` (a view state of this panel)."""
        return frozenset(self._locks.get(group_id, ()))

    def step_weight(self, criterion_id: str, points: float) -> None:
        """Move a criterion's raw weight of the active group by ``points`` (within 0..100), as a
        key on its slider does: rebalanced with the locks, one undo step. Presentation mode's
        keys come here, so the room's changes follow the panel's rule."""
        workshop = self._session.workshop
        if workshop.active_group == COMBINED or criterion_id not in self._rows:
            return
        current = float(workshop.group(workshop.active_group).weights.get(criterion_id, 0.0))
        target = min(float(WEIGHT_MAX), max(0.0, current + points))
        self._move_weight(criterion_id, target, ("weights-step", criterion_id))
        self._end_merge()

    def _on_lock_toggled(self, criterion_id: str, checked: bool) -> None:
        workshop = self._session.workshop
        if workshop.active_group == COMBINED:
            self._refresh(workshop)  # the combined set has no locks: uncheck it again
            return
        locked = self._locks.setdefault(workshop.active_group, set())
        if checked:
            locked.add(criterion_id)
        else:
            locked.discard(criterion_id)
        # the rule changed: a move after this starts afresh
        self._end_merge()
        self._label_lock(self._rows[criterion_id].lock)
        self._refresh(workshop)

    def _apply_whole_set(
        self,
        weights: dict[str, float],
        make_edit: Callable[[str, Mapping[str, float]], Edit] = edits.set_weights,
    ) -> None:
        workshop = self._session.workshop
        group_id = workshop.active_group
        if group_id == COMBINED:
            return
        group = workshop.group(group_id)
        self._end_merge()
        if all(group.weights.get(c) == v for c, v in weights.items()):
            return
        self._session.apply(make_edit(group_id, weights))

    def _current_values(self) -> list[float]:
        group = self._session.workshop.group(self._session.workshop.active_group)
        return [float(group.weights.get(c.id, 0.0)) for c in self._criteria]

    def _on_normalise(self) -> None:
        if self._session.workshop.active_group == COMBINED:
            return
        values = self._current_values()
        total = math.fsum(values)
        if total <= 0:
            return
        self._apply_whole_set(
            {c.id: v * 100.0 / total for c, v in zip(self._criteria, values, strict=True)}
        )

    def _on_equal(self) -> None:
        if not self._criteria:
            return
        equal = 100.0 / len(self._criteria)
        self._apply_whole_set({c.id: equal for c in self._criteria})

    def _on_rank_order(self) -> None:
        """Open the rank order dialog (window-modal, not blocking); its weights apply on accept."""
        from app.ui.dialogs.rank_order_dialog import RankOrderDialog  # loads on first use

        workshop = self._session.workshop
        group_id = workshop.active_group
        if group_id == COMBINED or not self._criteria:
            return
        self._end_merge()
        dialog = RankOrderDialog(
            workshop, group_id, locks_ignored=bool(self._locks.get(group_id)), parent=self
        )
        dialog.accepted.connect(self._on_rank_order_accepted)
        dialog.finished.connect(self._on_rank_order_finished)
        self.rank_dialog = dialog
        dialog.open()

    def _on_rank_order_accepted(self) -> None:
        dialog = self.rank_dialog
        workshop = self._session.workshop
        if dialog is None or workshop.active_group != dialog.group_id:
            return
        try:
            weights = dialog.weights(workshop)
        except InvalidInputError as error:
            self._session.error.emit(translated_error(error))
            return
        self._apply_whole_set(weights, edits.set_rank_order_weights)

    def _on_rank_order_finished(self) -> None:
        dialog, self.rank_dialog = self.rank_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_reset(self) -> None:
        group_id = self._session.workshop.active_group
        if group_id == COMBINED or group_id not in self._opened:
            return
        reset = self._reset_values(group_id, self._current_values())
        self._apply_whole_set({c.id: v for c, v in zip(self._criteria, reset, strict=True)})

    def _reset_values(self, group_id: str, current: list[float]) -> list[float]:
        """The group's weights as opened; a criterion added since keeps its current weight."""
        opened = self._opened.get(group_id, {})
        return [
            float(opened.get(c.id, value)) for c, value in zip(self._criteria, current, strict=True)
        ]
