"""The Results tab: the TOPSIS and AHP rankings side by side (:mod:`.ranking_table`, over
:mod:`.ranking_model`), the chart, the methods' agreement, the notes and the screened-out
communities."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QColor, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.models.analysis import (
    Evaluation,
)
from app.models.document import Change
from app.models.workshop import AhpMode, Workshop
from app.ui.quiet import fix_size_for, set_text

if TYPE_CHECKING:
    from app.ui.results.charts import ScoresChart
from app.ui.results.ranking_model import RankingModel
from app.ui.results.ranking_table import RankingTable
from app.ui.results.texts import (
    Method,
    agreement_hint,
    agreement_title,
    agreement_value,
    ahp_mode_hint,
    ahp_mode_name,
    exclusion_text,
    method_title,
    note_text,
)
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession
from app.ui.style import (
    AHP_COLOR,
    TABLE_POINT_SIZE,
    TEXT_POINT_SIZE,
    TOPSIS_COLOR,
    enlarged,
)

#: At most this share of the view's height goes to the tables when they are fitted to their rows
#: (the chart, the agreement and the screened-out list keep the rest)...
MAX_TABLES_SHARE = 0.62
#: ... except that this many rows are always in view where the view is tall enough for them: on
#: a small screen (a laptop at 125 % or 150 %) the rankings come before the chart.
ROWS_IN_VIEW = 8
#: Below this height the chart's names would run into each other: the agreement, the notes and
#: the screened-out communities take the chart's place (the tables have the same numbers).
CHART_MIN_HEIGHT = 180
#: Below this height not even the agreement shows in full: the chart's and the notes' part of
#: the view is folded away (the divider stays, to drag it back).
LOWER_MIN_HEIGHT = 60


def _title_html(color: QColor, text: str) -> str:
    # the coloured square ties the table to its bars in the chart; the words carry the meaning
    # for readers who do not tell the colours apart
    return f'<span style="color:{color.name()}">■</span> {text}'


class RankingsView(Retranslating, QWidget):
    """Both rankings side by side, the chart, the agreement, the notes and the screened-out list.

    Layout (fits a 1366 x 768 laptop and a projector): the two tables on top (TOPSIS left, AHP
    right); below, in a splitter the facilitator can drag, the chart beside the agreement, notes
    and screened-out communities.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # models first: they must update before this view's own handler reads them
        self.topsis_model = RankingModel(session, Method.TOPSIS, self)
        self.ahp_model = RankingModel(session, Method.AHP, self)

        self.topsis_title = QLabel(self)
        self.ahp_title = QLabel(self)
        self._ahp_mode: AhpMode | None = None  # the mode the AHP title names
        self.topsis_empty = QLabel(self)
        self.ahp_empty = QLabel(self)
        self.topsis_table = RankingTable(self.topsis_model, TOPSIS_COLOR, self)
        self.ahp_table = RankingTable(self.ahp_model, AHP_COLOR, self)
        self.topsis_delegate = self.topsis_table.delegate
        self.ahp_delegate = self.ahp_table.delegate
        # The chart (pyqtgraph, slow to import) is built once the window is on screen, so that
        # the window appears fast; see :attr:`chart`.
        self._chart: ScoresChart | None = None
        self.chart_slot = QWidget(self)
        # the chart's place before it is built
        self.chart_slot.setMinimumSize(200, CHART_MIN_HEIGHT)
        QVBoxLayout(self.chart_slot).setContentsMargins(0, 0, 0, 0)
        self.agreement_label = QLabel(self)
        # τ in a label of its own, of fixed size: it changes with every weight (see retranslate)
        self.agreement_value = QLabel(self)
        self.agreement_hint_label = QLabel(self)
        self.notes_label = QLabel(self)
        self.excluded_title = QLabel(self)
        self.excluded_list = QListWidget(self)

        self._build_layout()
        # the tables fit their rows when first shown and when another workshop is opened
        self._fit_pending = True
        self._fitted_rows = -1  # the number of rows the tables were last fitted to
        session.changed.connect(self._on_changed)
        session.evaluated.connect(self._on_evaluated)
        self.retranslate()

    @property
    def chart(self) -> ScoresChart:
        """The scores chart, built on first use."""
        if self._chart is None:
            from app.ui.results.charts import ScoresChart

            self._chart = ScoresChart(self._session, self.chart_slot)
            layout = self.chart_slot.layout()
            assert layout is not None
            layout.addWidget(self._chart)
            total = sum(self._lower.sizes())
            self._lower.setSizes([total * 3 // 5, total - total * 3 // 5])
        return self._chart

    def _build_layout(self) -> None:
        title_font = enlarged(self.font(), TABLE_POINT_SIZE, bold=True)
        for title in (self.topsis_title, self.ahp_title):
            title.setFont(title_font)
            title.setTextFormat(Qt.TextFormat.RichText)
            # a title too long for a narrow window goes on to a second line, never cut; the two
            # tables share the width equally, however long a title is in a language
            title.setWordWrap(True)
            title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.topsis_title.setBuddy(self.topsis_table)
        self.ahp_title.setBuddy(self.ahp_table)
        text_font = enlarged(self.font(), TEXT_POINT_SIZE)
        for empty in (self.topsis_empty, self.ahp_empty):
            empty.setWordWrap(True)
            empty.setFont(text_font)
            empty.hide()

        # titles, notes and tables in a grid: a title on two lines moves both tables down alike
        tables = QWidget(self)
        grid = QGridLayout(tables)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, (title, empty, table) in enumerate(
            (
                (self.topsis_title, self.topsis_empty, self.topsis_table),
                (self.ahp_title, self.ahp_empty, self.ahp_table),
            )
        ):
            grid.addWidget(title, 0, column)
            grid.addWidget(empty, 1, column)
            grid.addWidget(table, 2, column)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(2, 1)

        agreement_font = enlarged(self.font(), TABLE_POINT_SIZE, bold=True)
        self.agreement_label.setFont(agreement_font)
        self.agreement_label.setWordWrap(True)
        self.agreement_value.setFont(agreement_font)
        self.agreement_value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self.agreement_hint_label.setFont(text_font)
        self.agreement_hint_label.setWordWrap(True)
        self.notes_label.setFont(text_font)
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by users
        self.excluded_title.setFont(enlarged(self.font(), TEXT_POINT_SIZE, bold=True))
        self.excluded_title.setWordWrap(True)
        self.excluded_title.setBuddy(self.excluded_list)
        self.excluded_list.setFont(text_font)
        self.excluded_list.setWordWrap(True)
        self.excluded_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.excluded_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.excluded_list.setMinimumHeight(3 * QFontMetrics(text_font).lineSpacing())

        # The agreement, the notes and the screened-out communities scroll when the room is
        # short: a splitter gives its parts heights without asking their wrapped lines.
        info = QWidget()
        info_layout = QVBoxLayout(info)
        info_layout.setContentsMargins(0, 0, 0, 0)
        agreement = QHBoxLayout()
        agreement.addWidget(self.agreement_label, 1)
        agreement.addWidget(self.agreement_value, 0, Qt.AlignmentFlag.AlignBottom)
        info_layout.addLayout(agreement)
        info_layout.addWidget(self.agreement_hint_label)
        info_layout.addWidget(self.notes_label)
        info_layout.addWidget(self.excluded_title)
        info_layout.addWidget(self.excluded_list, 1)
        self.info_area = QScrollArea(self)
        self.info_area.setWidget(info)
        self.info_area.setWidgetResizable(True)
        self.info_area.setFrameShape(QFrame.Shape.NoFrame)
        self.info_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        lower = self._lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.chart_slot)
        lower.addWidget(self.info_area)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(tables)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)  # folded away when the tables need the height
        # the tables follow the view's height until the facilitator drags the divider
        self._fitted = True
        self.splitter.splitterMoved.connect(self._on_divider_dragged)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        QWidget.setTabOrder(self.topsis_table, self.ahp_table)
        QWidget.setTabOrder(self.ahp_table, self.excluded_list)

    def fit_rows(self) -> None:
        """Give the tables the height that shows every ranked community without scrolling, up
        to :data:`MAX_TABLES_SHARE` of the view, and at least :data:`ROWS_IN_VIEW` rows however
        small the view; the chart and the notes take the rest, or are folded away when it is
        less than :data:`LOWER_MIN_HEIGHT`.

        With the example workshop on a 1366 x 768 laptop, all eight ranked communities are in
        view, and the first paint has no scroll bars to draw; at 125 % and 150 % scaling too.
        """
        top, bottom = self.splitter.sizes()
        total = top + bottom
        if total <= 0:
            return
        rows = max(self.topsis_model.rowCount(), self.ahp_model.rowCount())
        table = self.topsis_table
        # the titles and the margins (before the tables' part was ever laid out, its titles)
        around = top - table.height() if top > 0 else self.topsis_title.sizeHint().height()

        def height_for(count: int, taller: int = 0) -> int:
            return (
                around
                + table.horizontalHeader().sizeHint().height()
                + 2 * table.frameWidth()
                + count * table.verticalHeader().defaultSectionSize()
                + taller
            )

        # rows of long names wrap onto more lines (see RankingTable) where the view still has
        # the height for ROWS_IN_VIEW rows with them; else the names are shortened (tooltip)
        taller = max(self.topsis_table.extra_height(), self.ahp_table.extra_height())
        wrapping = height_for(min(rows, ROWS_IN_VIEW), taller) <= total
        for ranking in (self.topsis_table, self.ahp_table):
            ranking.set_wrapping(wrapping)
        taller = taller if wrapping else 0
        needed = height_for(rows, taller)
        least = height_for(min(rows, ROWS_IN_VIEW), taller)
        wanted = min(needed, max(least, int(total * MAX_TABLES_SHARE)))
        self._show_chart_if_room(total - wanted)
        # what the lower part cannot do without (the splitter would take it from the tables)
        lower_least = max(LOWER_MIN_HEIGHT, self._lower.minimumSizeHint().height())
        if total - wanted < lower_least:
            wanted = total  # the chart and the notes are folded away
        self._fitted = True
        self._fitted_rows = rows
        self.splitter.setSizes([wanted, total - wanted])
        # tables that show all their rows need no more height as the window grows: the chart and
        # the notes take it
        self.splitter.setStretchFactor(0, 0 if wanted >= needed else 3)

    def _show_chart_if_room(self, height: int) -> None:
        """The chart where its part of the view is :data:`CHART_MIN_HEIGHT` high or more."""
        if self.chart_slot.isHidden() != (height < CHART_MIN_HEIGHT):
            self.chart_slot.setHidden(height < CHART_MIN_HEIGHT)

    def _on_divider_dragged(self) -> None:
        self._fitted = False
        self._show_chart_if_room(self.splitter.sizes()[1])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self._fit_pending = False
            self.fit_rows()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted and event.size().height() != event.oldSize().height():
            self.fit_rows()

    # -- updates ----------------------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.DOCUMENT in changes:
            self._fit_pending = True  # fitted once the models have the new rows

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        rows = max(self.topsis_model.rowCount(), self.ahp_model.rowCount())
        if rows != self._fitted_rows:  # communities imported, added, removed, screened out
            self._fit_pending = True
        if self._fit_pending and self.isVisible():
            self._fit_pending = False
            self.fit_rows()
        workshop = self._session.workshop
        no_baseline = workshop.baseline is None
        for model, table, empty in (
            (self.topsis_model, self.topsis_table, self.topsis_empty),
            (self.ahp_model, self.ahp_table, self.ahp_empty),
        ):
            table.show_change(not no_baseline)
            empty.setVisible(model.rowCount() == 0)
        self._show_ahp_mode(workshop.settings.ahp_mode)
        set_text(self.agreement_value, agreement_value(evaluation.agreement))
        notes = [note_text(workshop, note) for note in evaluation.notes]
        self.notes_label.setText("\n".join(f"• {note}" for note in notes))
        self.notes_label.setVisible(bool(notes))
        self._update_excluded(workshop, evaluation)

    def _show_ahp_mode(self, mode: AhpMode) -> None:
        """The AHP title names the synthesis mode; its tooltip says what the mode does."""
        if mode is self._ahp_mode:
            return
        self._ahp_mode = mode
        method, name = method_title(Method.AHP), ahp_mode_name(mode)
        # the mode in lighter, smaller type: the method stays the title, and the column keeps
        # the TOPSIS table's width
        self.ahp_title.setText(
            _title_html(AHP_COLOR, method)
            + f' <span style="font-size:{TEXT_POINT_SIZE:g}pt; font-weight:normal">'
            + f"({name})</span>"
        )
        self.ahp_title.setToolTip(ahp_mode_hint(mode))
        self.ahp_table.setAccessibleName(f"{method} ({name})")

    def _update_excluded(self, workshop: Workshop, evaluation: Evaluation) -> None:
        excluded = evaluation.problem.excluded
        if excluded:
            self.excluded_title.setText(
                self.tr("Screened out, not ranked ({count}):").format(count=len(excluded))
            )
        else:
            self.excluded_title.setText(self.tr("No community is screened out."))
        self.excluded_list.setVisible(bool(excluded))
        # update the existing items in place; add or drop only the difference in count
        while self.excluded_list.count() > len(excluded):
            self.excluded_list.takeItem(self.excluded_list.count() - 1)  # Python deletes it
        while self.excluded_list.count() < len(excluded):
            self.excluded_list.addItem(QListWidgetItem())
        for row, exclusion in enumerate(excluded):
            item = self.excluded_list.item(row)
            text = exclusion_text(workshop, exclusion)
            if item.text() != text:
                item.setText(text)
                item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, workshop.communities[exclusion.community].id)

    def excluded_texts(self) -> list[str]:
        """The screened-out lines as shown."""
        return [self.excluded_list.item(row).text() for row in range(self.excluded_list.count())]

    # -- language ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.topsis_title.setText(_title_html(TOPSIS_COLOR, method_title(Method.TOPSIS)))
        self.topsis_table.setAccessibleName(method_title(Method.TOPSIS))
        self._ahp_mode = None  # the AHP title is shown again below, in the new language
        no_result = self.tr("No ranking to show: see the notes below.")
        self.topsis_empty.setText(no_result)
        self.ahp_empty.setText(no_result)
        self.agreement_label.setText(agreement_title())
        self.agreement_value.setAccessibleName(agreement_title())
        # sized once per language for any value: a label that could grow would lay out the
        # window again at every weight, and that repaints all of it (see fix_size_for)
        fix_size_for(self.agreement_value, [agreement_value(t) for t in (None, -1.0, -0.88)])
        self.agreement_hint_label.setText(agreement_hint())
        self.excluded_list.setAccessibleName(self.tr("Screened-out communities"))
        self.topsis_model.retranslate()
        self.ahp_model.retranslate()
        self._on_evaluated(self._session.evaluation)
