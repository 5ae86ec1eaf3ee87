"""The rankings view shows what the engine computes, updates in place, and says why in words."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QLocale, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app.models import edits
from app.models.analysis import Evaluation, evaluate
from app.models.workshop import Baseline, Community, Workshop
from app.ui.i18n import format_number
from app.ui.results.charts import ScoresChart
from app.ui.results.ranking_model import (
    CHANGE_ROLE,
    COMMUNITY_ID_ROLE,
    RANK_ROLE,
    SCORE_ROLE,
    TIED_ROLE,
    RankingModel,
)
from app.ui.results.rankings import RankingsView
from app.ui.results.texts import Method
from app.ui.session import WorkshopSession
from app.ui.style import DOWN_COLOR, TOPSIS_COLOR, UP_COLOR
from tests.factories import make_workshop

# The offscreen platform warns when a shown top-level window with a layout gets a minimum size;
# that is the test platform talking, not this code (a real screen takes the size hints).
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RANK, COMMUNITY, SCORE, CHANGE = range(4)


def _with_threshold(workshop: Workshop) -> Workshop:
    """Criterion 3 (a cost) accepts at most its second-largest value among the first rows, so
    exactly one otherwise eligible community is screened out by the threshold."""
    column = workshop.criterion_index("c3")
    values = workshop.values[:-2, column]  # the last two rows are excluded already
    limit = float(np.sort(values)[-2])
    criteria = list(workshop.criteria)
    criteria[column] = replace(workshop.criteria[column], accept_max=limit)
    return workshop.replace(criteria=tuple(criteria))


@pytest.fixture
def workshop() -> Workshop:
    # 9 communities: the last fails the consent gate, the one before misses Criterion 2, and one
    # more is above the Criterion 3 threshold
    return _with_threshold(make_workshop(9, 4, missing=1, seed=3))


@pytest.fixture
def session(qtbot, workshop: Workshop) -> WorkshopSession:
    return WorkshopSession(workshop)


@pytest.fixture
def view(qtbot, session: WorkshopSession) -> RankingsView:
    widget = RankingsView(session)
    qtbot.addWidget(widget)
    widget.resize(1366, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def expected_rows(
    workshop: Workshop, evaluation: Evaluation, method: Method
) -> list[tuple[int, str, float]]:
    """(rank, community name, score) best first, ties in entry order, from the engine."""
    if method is Method.TOPSIS:
        assert evaluation.topsis is not None
        scores, ranks = evaluation.topsis.closeness, evaluation.topsis_ranks
    else:
        scores, ranks = evaluation.ahp_scores, evaluation.ahp_ranks
    assert scores is not None and ranks is not None
    order = sorted(range(len(scores)), key=lambda i: (ranks[i], i))
    return [
        (
            int(ranks[i]),
            workshop.communities[int(evaluation.eligible[i])].name,
            float(scores[i]),
        )
        for i in order
    ]


def shown_rows(model: RankingModel) -> list[tuple[str, str, str]]:
    return [
        tuple(str(model.data(model.index(row, column))) for column in (RANK, COMMUNITY, SCORE))
        for row in range(model.rowCount())
    ]


def assert_model_matches_engine(model: RankingModel, workshop: Workshop) -> None:
    expected = expected_rows(workshop, evaluate(workshop), model.method)
    assert model.rowCount() == len(expected)
    ranks = [rank for rank, _, _ in expected]
    for row, (rank, name, score) in enumerate(expected):
        rank_text = f"={rank}" if ranks.count(rank) > 1 else str(rank)
        assert model.data(model.index(row, RANK)) == rank_text
        assert model.data(model.index(row, RANK), RANK_ROLE) == rank
        assert model.data(model.index(row, COMMUNITY)) == name
        assert model.data(model.index(row, SCORE)) == format_number(score, 3)
        assert model.data(model.index(row, SCORE), SCORE_ROLE) == pytest.approx(score, abs=1e-12)


def test_tables_show_the_ranks_and_scores_of_evaluate(view: RankingsView, workshop: Workshop):
    assert view.topsis_model.method is Method.TOPSIS
    assert view.ahp_model.method is Method.AHP
    assert_model_matches_engine(view.topsis_model, workshop)
    assert_model_matches_engine(view.ahp_model, workshop)
    # 9 communities, 3 screened out
    assert view.topsis_model.rowCount() == 6
    assert view.topsis_table.model() is view.topsis_model
    assert view.ahp_table.model() is view.ahp_model


def test_tables_are_read_only_and_legible(view: RankingsView):
    for table in (view.topsis_table, view.ahp_table):
        model = table.model()
        for column in range(model.columnCount()):
            flags = model.flags(model.index(0, column))
            assert not flags & Qt.ItemFlag.ItemIsEditable
        assert table.font().pointSizeF() >= 13
        assert table.alternatingRowColors()
        assert table.verticalHeader().defaultSectionSize() >= table.fontMetrics().height()


def test_weight_edit_updates_the_cells_and_the_chart(view: RankingsView, session: WorkshopSession):
    before = view.chart.values()
    assert session.apply(edits.set_weight("g1", "c2", 40.0))
    workshop = session.workshop
    assert workshop.group("g1").weights["c2"] == 40.0
    assert_model_matches_engine(view.topsis_model, workshop)
    assert_model_matches_engine(view.ahp_model, workshop)

    evaluation = evaluate(workshop)
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    order = sorted(range(len(evaluation.eligible)), key=lambda i: (evaluation.topsis_ranks[i], i))
    closeness = evaluation.topsis.closeness[order]
    ahp = evaluation.ahp_scores[order]
    drawn = view.chart.values()
    np.testing.assert_allclose(
        view.chart.topsis_bars.opts["width"], 100 * closeness / closeness.max()
    )
    np.testing.assert_allclose(view.chart.ahp_bars.opts["width"], 100 * ahp / ahp.max())
    assert drawn.names == tuple(name for _, name, _ in shown_rows(view.topsis_model))
    assert not np.allclose(drawn.topsis, before.topsis)


def test_reordering_is_a_layout_change_that_keeps_persistent_indexes(
    qtbot, view: RankingsView, session: WorkshopSession
):
    model = view.topsis_model
    before = model.community_ids
    last = QPersistentModelIndex(model.index(model.rowCount() - 1, COMMUNITY))
    last_id = model.data(last, COMMUNITY_ID_ROLE)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    with qtbot.waitSignal(model.layoutChanged, timeout=1000):
        # all weight on Criterion 2 instead: a different order
        assert session.apply(edits.set_weights("g1", {"c1": 0.0, "c2": 1.0, "c3": 0.0, "c4": 0.0}))
    assert model.community_ids != before
    assert sorted(model.community_ids) == sorted(before)
    assert not resets
    # the persistent index follows its community to its new row
    assert last.isValid()
    assert model.data(last, COMMUNITY_ID_ROLE) == last_id
    assert (
        model.data(last)
        == session.workshop.communities[session.workshop.community_index(last_id)].name
    )
    assert_model_matches_engine(model, session.workshop)


def test_score_change_without_reordering_is_data_changed_only(
    qtbot, view: RankingsView, session: WorkshopSession
):
    model = view.topsis_model
    before_ids = model.community_ids
    before_score = model.data(model.index(0, SCORE), SCORE_ROLE)
    layouts: list[bool] = []
    model.layoutChanged.connect(lambda *args: layouts.append(True))
    weight = session.workshop.group("g1").weights["c1"]
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        assert session.apply(edits.set_weight("g1", "c1", weight * 1.02))
    assert model.community_ids == before_ids  # a 2 % nudge keeps this order
    assert not layouts
    assert model.data(model.index(0, SCORE), SCORE_ROLE) != before_score
    assert_model_matches_engine(model, session.workshop)


def test_a_new_community_resets_the_model(qtbot, view: RankingsView, session: WorkshopSession):
    model = view.ahp_model
    rows = model.rowCount()
    eligible_values = session.workshop.values[int(session.evaluation.eligible[0])].tolist()
    with qtbot.waitSignal(model.modelReset, timeout=1000):
        assert session.apply(edits.add_community(Community("k99", "Nueva"), eligible_values))
    assert model.rowCount() == rows + 1
    assert "Nueva" in [name for _, name, _ in shown_rows(model)]
    assert_model_matches_engine(model, session.workshop)


def test_ties_are_shown_as_ties_in_entry_order(qtbot):
    base = make_workshop(5, 3, gate=False, seed=1)
    values = base.values.copy()
    values[3] = values[1]  # Comunidad 4 is Comunidad 2's twin
    workshop = base.replace(values=values)
    session = WorkshopSession(workshop)
    view = RankingsView(session)
    qtbot.addWidget(view)
    for model in (view.topsis_model, view.ahp_model):
        rows = {model.data(model.index(row, COMMUNITY)): row for row in range(model.rowCount())}
        twin, other = rows["Comunidad 2"], rows["Comunidad 4"]
        assert other == twin + 1  # listed together, in the order they were entered
        rank = model.data(model.index(twin, RANK), RANK_ROLE)
        assert model.data(model.index(other, RANK), RANK_ROLE) == rank
        assert model.data(model.index(twin, RANK)) == f"={rank}"
        assert model.data(model.index(other, RANK)) == f"={rank}"
        assert model.data(model.index(twin, RANK), TIED_ROLE) is True
        assert "tied with one other community" in model.data(
            model.index(twin, RANK), Qt.ItemDataRole.ToolTipRole
        )
        untied = next(r for r in range(model.rowCount()) if r not in (twin, other))
        assert not model.data(model.index(untied, RANK)).startswith("=")
        assert_model_matches_engine(model, workshop)


def test_baseline_arrows_count_places_moved(view: RankingsView, session: WorkshopSession):
    assert view.topsis_table.isColumnHidden(CHANGE)  # no baseline yet: nothing to compare
    model = view.topsis_model
    ids = model.community_ids
    first, second, third, *rest = ids
    # in the baseline the current first was third, the second first, the third second; the
    # last one was not ranked at all
    baseline_topsis = {first: 3, second: 1, third: 2}
    baseline_topsis.update({cid: row + 4 for row, cid in enumerate(rest[:-1])})
    assert session.apply(edits.set_baseline(Baseline(topsis=baseline_topsis, ahp={})))
    assert not view.topsis_table.isColumnHidden(CHANGE)

    def change(row: int, role: int = Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(row, CHANGE), role)

    assert change(0) == "▲ 2"
    assert change(0, CHANGE_ROLE) == 2
    assert change(0, Qt.ItemDataRole.ToolTipRole) == "Up 2 places since the baseline"
    assert QColor(change(0, Qt.ItemDataRole.ForegroundRole)) == UP_COLOR
    assert change(1) == "▼ 1"
    assert change(1, Qt.ItemDataRole.ToolTipRole) == "Down 1 place since the baseline"
    assert QColor(change(1, Qt.ItemDataRole.ForegroundRole)) == DOWN_COLOR
    assert change(2) == "▼ 1"
    for row in range(3, model.rowCount() - 1):
        assert change(row) == "="
        assert change(row, Qt.ItemDataRole.ToolTipRole) == "Same place as in the baseline"
    assert change(model.rowCount() - 1) == "new"
    assert change(model.rowCount() - 1, Qt.ItemDataRole.ToolTipRole) == "Not in the baseline"
    # AHP's baseline is empty: every AHP community is new
    ahp = view.ahp_model
    assert {ahp.data(ahp.index(r, CHANGE)) for r in range(ahp.rowCount())} == {"new"}


def test_screened_out_list_gives_reasons_with_criterion_names(
    view: RankingsView, session: WorkshopSession
):
    workshop = session.workshop
    column = workshop.criterion_index("c3")
    limit = workshop.criteria[column].accept_max
    over = next(
        i for i in range(len(workshop.communities) - 2) if workshop.values[i, column] > limit
    )
    value = workshop.values[over, column]
    texts = view.excluded_texts()
    assert len(texts) == 3
    assert view.excluded_list.count() == 3
    assert "Comunidad 9: Gate: Prior consent = no" in texts
    assert "Comunidad 8: Missing: Criterion 2" in texts
    expected = (
        f"Comunidad {over + 1}: Threshold: Criterion 3 = {value:g} pts > {limit:g} pts "
        "(max accepted)"
    )
    assert expected in texts
    assert view.excluded_title.text() == "Screened out, not ranked (3):"


def test_screened_out_list_updates_in_place(view: RankingsView, session: WorkshopSession):
    items_before = [view.excluded_list.item(row) for row in range(view.excluded_list.count())]
    consent = session.workshop.criterion_index("consent")
    # Comunidad 9 gives its consent: one fewer screened out; the remaining items are reused
    assert session.apply(edits.set_value(8, consent, 1.0))
    texts = view.excluded_texts()
    assert len(texts) == 2
    assert not any(text.startswith("Comunidad 9") for text in texts)
    assert [view.excluded_list.item(r) for r in range(2)] == items_before[:2]


def test_notes_name_the_criterion_not_its_id(qtbot):
    base = make_workshop(5, 3, gate=False, seed=2)
    values = base.values.copy()
    values[:, 2] = 7.0  # Criterion 3 has one value for every community
    session = WorkshopSession(base.replace(values=values))
    view = RankingsView(session)
    qtbot.addWidget(view)
    text = view.notes_label.text()
    assert (
        "Criterion Criterion 3 has the same value for every community: it does not change "
        "the ranking." in text
    )
    assert "c3" not in text
    assert not view.notes_label.isHidden()


def test_agreement_shows_kendalls_tau(view: RankingsView, session: WorkshopSession):
    tau = evaluate(session.workshop).agreement
    assert tau is not None
    assert view.agreement_label.text() == "Agreement between methods (Kendall's τ):"
    assert view.agreement_value.text() == f"{tau:.2f}"
    assert "1 = same order, 0 = unrelated, −1 = reversed" in view.agreement_hint_label.text()
    assert session.apply(edits.set_weight("g1", "c4", 90.0))  # both methods now agree fully
    new_tau = evaluate(session.workshop).agreement
    assert new_tau != tau
    assert view.agreement_value.text() == f"{new_tau:.2f}"
    # the value's label keeps its size: the widest value fits, and nothing is laid out again
    assert view.agreement_value.minimumSize() == view.agreement_value.maximumSize()
    assert view.agreement_value.width() >= view.agreement_value.fontMetrics().horizontalAdvance(
        "-0.88"
    )


def test_chart_updates_its_bars_in_place(qtbot, view: RankingsView, session: WorkshopSession):
    chart: ScoresChart = view.chart
    topsis_bars, ahp_bars = chart.topsis_bars, chart.ahp_bars
    items = list(chart.plot.items)
    assert session.apply(edits.set_weight("g1", "c1", 25.0))
    assert session.apply(edits.add_community(Community("k99", "Nueva"), [3, 50, 20, 60, 1]))
    assert session.apply(edits.remove_community(0))
    assert chart.topsis_bars is topsis_bars
    assert chart.ahp_bars is ahp_bars
    assert list(chart.plot.items) == items
    drawn = chart.values()
    model = view.topsis_model
    assert drawn.names == tuple(
        model.data(model.index(r, COMMUNITY)) for r in range(model.rowCount())
    )
    assert len(drawn.topsis) == len(drawn.ahp) == model.rowCount()
    assert drawn.topsis.max() == pytest.approx(100)
    assert list(drawn.topsis) == sorted(drawn.topsis, reverse=True)  # best TOPSIS on top
    # horizontal bars from 0, TOPSIS and AHP side by side in each community's row
    np.testing.assert_array_equal(topsis_bars.opts["x0"], 0)
    rows = np.arange(model.rowCount())
    np.testing.assert_allclose(
        np.asarray(topsis_bars.opts["y"]) + np.asarray(ahp_bars.opts["y"]), 2 * rows
    )
    ticks = chart.plot.getAxis("left")._tickLevels[0]
    assert [name for _, name in ticks] == list(drawn.names)
    assert chart.plot.getAxis("bottom").labelText == "Score relative to the best (%)"


def test_delegate_paints_score_bars_in_the_method_colour(view: RankingsView):
    table = view.topsis_table
    image = table.viewport().grab().toImage()
    assert not image.isNull()

    def bar_pixels(row: int) -> int:
        rect = table.visualRect(view.topsis_model.index(row, SCORE))
        y = rect.center().y()
        return sum(
            1
            for x in range(rect.left(), rect.right())
            if QColor(image.pixel(x, y)).rgb() == TOPSIS_COLOR.rgb()
        )

    best, worst = bar_pixels(0), bar_pixels(view.topsis_model.rowCount() - 1)
    assert best > 0
    assert best > worst
    whole = view.grab()
    assert not whole.isNull() and whole.width() == view.width()


def test_delegate_draws_the_number_right_of_the_bar_in_the_selection_colours(
    qtbot, view: RankingsView
):
    """The score's number is drawn once, at the right of the bar, in the text colour; in the
    selected row in the highlighted text colour, on the style's selection background."""
    table = view.topsis_table
    palette = table.palette()
    table.selectRow(0)
    qtbot.waitUntil(lambda: table.selectionModel().isSelected(view.topsis_model.index(0, SCORE)))
    image = table.viewport().grab().toImage()

    def colours(row: int, *, number: bool) -> set[int]:
        rect = table.visualRect(view.topsis_model.index(row, SCORE))
        split = rect.right() - 6 * table.fontMetrics().averageCharWidth()
        xs = range(split, rect.right()) if number else range(rect.left() + 6, split - 10)
        return {
            QColor(image.pixel(x, y)).rgb()
            for x in xs
            for y in range(rect.top() + 1, rect.bottom())
        }

    text, highlighted = palette.text().color().rgb(), palette.highlightedText().color().rgb()
    assert highlighted in colours(0, number=True)
    assert text not in colours(0, number=True)
    assert text in colours(1, number=True)
    assert palette.highlight().color().rgb() in colours(0, number=False)  # the style's selection
    # no glyph on the bar: at most background, track, bar and their anti-aliased edges
    assert text not in colours(1, number=False)


def test_spanish_shows_spanish_criterion_names_and_locale_numbers(
    view: RankingsView, session: WorkshopSession, spanish: None
):
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    assert any("Criterio 2" in text for text in view.excluded_texts())
    assert not any("Criterion 2" in text for text in view.excluded_texts())
    model = view.topsis_model
    score = model.data(model.index(0, SCORE), SCORE_ROLE)
    peru = QLocale(QLocale.Language.Spanish, QLocale.Country.Peru)
    assert model.data(model.index(0, SCORE)) == peru.toString(score, "f", 3)


def _threshold_reason_with_unit(view: RankingsView, session: WorkshopSession) -> str:
    """Criterion 3 measured in families (bilingual unit): the reason of its threshold."""
    column = session.workshop.criterion_index("c3")
    criterion = session.workshop.criteria[column]
    unit = {"es": "familias", "en": "families"}
    assert session.apply(edits.update_criterion(column, replace(criterion, unit=unit)))
    QApplication.sendEvent(view, QEvent(QEvent.Type.LanguageChange))
    reasons = [
        text for text in view.excluded_texts() if "Criterion 3" in text or "Criterio 3" in text
    ]
    assert len(reasons) == 1
    return reasons[0]


def test_a_screened_out_reason_shows_the_english_unit_in_english(
    view: RankingsView, session: WorkshopSession
):
    reason = _threshold_reason_with_unit(view, session)
    # the value and the limit, each with the unit
    assert reason.startswith("Comunidad") and reason.count(" families") == 2
    assert "familias" not in reason


def test_a_screened_out_reason_shows_the_spanish_unit_in_spanish(
    view: RankingsView, session: WorkshopSession, spanish: None
):
    reason = _threshold_reason_with_unit(view, session)
    assert "Umbral: Criterio 3" in reason and reason.count(" familias") == 2
    assert "families" not in reason


def test_without_an_ahp_result_the_chart_hides_its_bars_and_legend_entry(
    view: RankingsView, session: WorkshopSession
) -> None:
    chart: ScoresChart = view.chart
    legend = [label.text for _, label in chart.legend.items]
    assert legend == ["TOPSIS", "AHP"]
    # a zero under criterion c2 (numeric): AHP, which compares values as ratios, cannot rank
    ranked = int(session.evaluation.eligible[0])
    assert session.apply(edits.set_value(ranked, session.workshop.criterion_index("c2"), 0.0))
    assert session.evaluation.ahp_scores is None
    assert not chart.values().ahp_shown
    assert [label.text for _, label in chart.legend.items] == ["TOPSIS"]
    session.undo()
    assert chart.values().ahp_shown
    assert [label.text for _, label in chart.legend.items] == ["TOPSIS", "AHP"]


LONG_NAME = "Comunidad Campesina de Sayhua (Anexo Ccahuanhuire)"


def _whole(table: object, row: int) -> bool:
    """Whether the name in ``row`` shows whole in its cell, on as many lines as the cell has."""
    from PySide6.QtCore import QRect

    index = table.model().index(row, 1)  # type: ignore[attr-defined]
    cell = table.visualRect(index)  # type: ignore[attr-defined]
    metrics = table.fontMetrics()  # type: ignore[attr-defined]
    box = metrics.boundingRect(
        QRect(0, 0, cell.width() - 6, 10_000), Qt.TextFlag.TextWordWrap, index.data()
    )
    return box.width() <= cell.width() - 6 and box.height() <= cell.height()


@pytest.mark.parametrize("height", [900, 220])
def test_a_long_name_wraps_where_the_view_has_the_height_else_it_is_shortened(
    qtbot, height: int
) -> None:
    """A name longer than its column wraps onto a second line, its row taller, as long as the
    tables still show eight rows; in a view too low for that it is shortened, the whole name in
    the tooltip. The row follows the community when the order changes."""
    workshop = make_workshop(10, 4)
    communities = list(workshop.communities)
    communities[3] = replace(communities[3], name=LONG_NAME)
    session = WorkshopSession(workshop.replace(communities=tuple(communities)))
    view = RankingsView(session)
    qtbot.addWidget(view)
    view.resize(700, height)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    table = view.topsis_table
    model = table.model()
    row = model.community_ids.index(communities[3].id)
    ordinary = table.verticalHeader().defaultSectionSize()
    wraps = height == 900
    assert (table.rowHeight(row) > ordinary) == wraps
    assert _whole(table, row) == wraps
    assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole).startswith(LONG_NAME)
    others = [r for r in range(model.rowCount()) if r != row]
    assert all(table.rowHeight(r) == ordinary for r in others)
    if wraps:  # the long name moves to the top: its row is the tall one there
        weights = {
            c.id: (100.0 if c.id == workshop.criteria[0].id else 0.0)
            for c in workshop.weighted_criteria
        }
        best = int(np.argmax(workshop.values[:, 0]))
        values = workshop.values.copy()
        values[3, 0] = values[best, 0] + 1
        session.apply(edits.set_value(3, 0, float(values[3, 0])))
        session.apply(edits.set_weights(session.workshop.active_group, weights))
        QApplication.processEvents()
        top = model.community_ids.index(communities[3].id)
        assert top == 0 and table.rowHeight(0) > ordinary and _whole(table, 0)
        assert all(table.rowHeight(r) == ordinary for r in range(1, model.rowCount()))
