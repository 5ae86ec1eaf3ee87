"""The Sensitivity sheet: how firm the ranking is at the weights used.

Each ranked criterion's stability intervals (both methods, the tightest marked), the rank
acceptability (SMAA-2) of both methods with the sampling settings that reproduce it, the focus
communities chosen (or proposed within the quotas) and the methods' agreement, with
scikit-criteria's rankings when the settings ask for them (:mod:`app.models.sensitivity`).
Messages from the engine are written in the record's language (:mod:`app.io.messages`). Each
section says why when it is empty. The sheet is never read back.

openpyxl, :mod:`app.models.sensitivity` and scikit-criteria are imported inside the functions
(scikit-criteria only when the settings ask for the other methods: it takes seconds to import).
Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

import numpy as np

from app.io.record.cells import column_widths, header, put, section_title
from app.io.record.context import RecordContext
from app.models.errors import InvalidInputError

#: Most rank columns of a rank acceptability table; later ranks share one column.
_MOST_RANK_COLUMNS: Final = 15


def write_sensitivity(ctx: RecordContext, sheet: Any) -> None:
    """How firm the ranking is at the weights used: stability intervals, rank acceptability
    (SMAA-2), the choice of the focus communities within the quotas, and how much the
    methods agree (see :mod:`app.models.sensitivity`). Each section says why when empty."""
    from openpyxl.styles import Font

    put(sheet, 1, 1, ctx.t("sensitivity")).font = Font(bold=True, size=14)
    header(sheet, 2, [ctx.t("weights_used")])
    put(sheet, 2, 2, ctx.weight_source())
    row = 4
    for section in (
        _stability,
        _acceptability,
        _selection,
        _agreement,
    ):
        row = section(ctx, sheet, row) + 2
    sheet.freeze_panes = "B3"
    column_widths(sheet, {1: 30, 2: 22, **{k: 16 for k in range(3, 12)}})


def _names(ctx: RecordContext, communities: Sequence[int]) -> str:
    """Workshop communities by name, joined (tied communities share a place)."""
    return "; ".join(ctx.workshop.communities[int(i)].name for i in communities)


def _method_ranks(ctx: RecordContext, method: str) -> np.ndarray[Any, np.dtype[np.int64]] | None:
    """The current ranks of the eligible communities by ``method`` ("topsis" or "ahp")."""
    if method == "ahp":
        return ctx.evaluation.ahp_ranks
    return ctx.evaluation.topsis_ranks


def _empty_reason(ctx: RecordContext) -> str | None:
    """Why no sensitivity can be computed, or None."""
    if ctx.failure is not None:
        return ctx.failure
    if ctx.evaluation.topsis is None:
        return ctx.t("nothing")
    return None


def _stability(ctx: RecordContext, sheet: Any, row: int) -> int:
    """Each ranked criterion's stability intervals for both methods, the tightest marked; returns
    the last row written (as every section)."""
    from app.models.sensitivity import stability_intervals, tightest

    k = ctx.workshop.settings.top_k
    section_title(sheet, row, ctx.t("stability").format(k=k))
    row += 1
    try:
        intervals = stability_intervals(ctx.problem, ctx.weights, k)
    except InvalidInputError as error:
        put(sheet, row, 1, ctx.message(error.template, error.params))
        return row
    if not intervals:
        put(sheet, row, 1, _empty_reason(ctx) or ctx.t("no_intervals"))
        return row
    header(
        sheet,
        row,
        [
            ctx.t("criterion"),
            ctx.t("method"),
            ctx.t("share_now"),
            ctx.t("first_from"),
            ctx.t("first_to"),
            ctx.t("first_now"),
            ctx.t("first_below"),
            ctx.t("first_above"),
            ctx.t("top_from").format(k=k),
            ctx.t("top_to").format(k=k),
            ctx.t("tightest"),
        ],
    )
    marked = {tightest(intervals, method) for method in ("topsis", "ahp")}
    for interval in intervals:
        row += 1
        first, top = interval.first, interval.top
        line: list[tuple[Any, str | None]] = [
            (ctx.name(ctx.workshop.criteria[interval.criterion]), None),
            (ctx.t(interval.method), None),
            (interval.current, "0.0%"),
            (first.low, "0.0%"),
            (first.high, "0.0%"),
            (_names(ctx, interval.leaders), None),
            (_names(ctx, first.below) or ctx.t("no_change"), None),
            (_names(ctx, first.above) or ctx.t("no_change"), None),
            (top.low, "0.0%"),
            (top.high, "0.0%"),
            (ctx.t("tightest_mark") if interval in marked else "", None),
        ]
        for column, (value, number_format) in enumerate(line, start=1):
            put(sheet, row, column, value, number_format)
    return row


def _acceptability(ctx: RecordContext, sheet: Any, row: int) -> int:
    """The sampling settings, then each method's rank acceptability table."""
    from app.models.judgements import group_weight_batch
    from app.models.sensitivity import rank_acceptability, sample_weights

    settings = ctx.workshop.settings
    section_title(sheet, row, ctx.t("acceptability"))
    mode = settings.sampling.value
    lines: list[tuple[str, Any, str | None]] = [
        ("sampling", ctx.t("groups_mix" if mode == "groups" else mode), None)
    ]
    if mode == "around":
        lines.append(("spread", settings.spread, "0%"))
    lines += [("samples", settings.samples, "0"), ("seed", settings.seed, "0")]
    for key, value, number_format in lines:
        row += 1
        put(sheet, row, 1, ctx.t(key))
        put(sheet, row, 2, value, number_format)
    row += 2
    reason = _empty_reason(ctx)
    if reason is not None or not ctx.ranked:
        put(sheet, row, 1, reason or ctx.t("no_intervals"))
        return row
    try:
        samples = sample_weights(
            ctx.problem,
            mode,
            settings.samples,
            settings.seed,
            current=ctx.weights,
            spread=settings.spread,
            groups=group_weight_batch(ctx.workshop, ctx.workshop.groups),
        )
        # only the columns the table shows: an n x n table takes 800 MB at 10,000 communities
        results = rank_acceptability(
            ctx.problem,
            samples,
            settings.top_k,
            seed=settings.seed,
            kept_ranks=max(_MOST_RANK_COLUMNS, settings.top_k),
        )
    except InvalidInputError as error:
        put(sheet, row, 1, ctx.message(error.template, error.params))
        return row
    for method in ("topsis", "ahp"):
        row += 1  # a blank row between the tables
        result = results.get(method)
        ranks = _method_ranks(ctx, method)
        if result is None or ranks is None:
            put(sheet, row, 1, ctx.t("ahp_none"))
            continue
        row = _acceptability_table(ctx, sheet, row, result, ranks) + 1
    return row - 1


def _acceptability_table(
    ctx: RecordContext,
    sheet: Any,
    row: int,
    result: Any,
    ranks: np.ndarray[Any, np.dtype[np.int64]],
) -> int:
    """One method's community x rank probabilities, best first now, as a heat map: ranks 1
    to :data:`_MOST_RANK_COLUMNS` (or ``top_k`` if more), then the rest in one column, so that
    each row still sums to 100 % and the table stays readable and printable."""
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter as letter

    n = result.acceptability.shape[0]
    shown = min(n, max(_MOST_RANK_COLUMNS, result.top_k))
    table = result.acceptability[:, :shown]
    headers = [ctx.t("rank_n").format(rank=r) for r in range(1, shown + 1)]
    if shown < n:
        # the ranks beyond those shown were not kept (rank_acceptability's kept_ranks): what
        # the shown ones leave of each row
        rest = np.clip(1.0 - table.sum(axis=1), 0.0, 1.0)
        table = np.column_stack([table, rest])
        headers.append(ctx.t("rank_rest").format(rank=shown + 1))
    table = np.column_stack([table, result.top])
    headers.append(ctx.t("in_top").format(k=result.top_k))
    header(sheet, row, [ctx.t("acceptability_of").format(method=ctx.t(result.method))])
    row += 1
    header(sheet, row, [ctx.t("community"), *headers])
    top_row = row + 1
    for i in np.argsort(ranks, kind="stable").tolist():
        row += 1
        put(sheet, row, 1, ctx.community(i))
        for column, value in enumerate(table[i].tolist(), start=2):
            put(sheet, row, column, value, "0.0%")
    sheet.conditional_formatting.add(
        f"B{top_row}:{letter(len(headers) + 1)}{row}",
        ColorScaleRule(
            start_type="num",
            start_value=0,
            start_color="FFFFFF",
            end_type="num",
            end_value=1,
            end_color="63BE7B",
        ),
    )
    return row


def _selection(ctx: RecordContext, sheet: Any, row: int) -> int:
    """The focus communities: as chosen in the workshop, or else proposed within the quotas."""
    from app.models.sensitivity import select_with_quotas

    settings = ctx.workshop.settings
    method = settings.selection_method
    section_title(sheet, row, ctx.t("selection"))
    for key, value in (
        ("focus_count", settings.top_k),
        ("ranking_used", ctx.t(method)),
    ):
        row += 1
        put(sheet, row, 1, ctx.t(key))
        put(sheet, row, 2, value)
    row += 1
    put(sheet, row, 1, ctx.t("quotas"))
    if not settings.quotas:
        put(sheet, row, 2, ctx.t("no_quotas"))
    else:
        header(sheet, row, [ctx.t("region"), ctx.t("minimum"), ctx.t("maximum")], 2)
        for quota in settings.quotas:
            row += 1
            put(sheet, row, 2, quota.value)
            put(sheet, row, 3, quota.minimum)
            maximum = quota.maximum
            put(sheet, row, 4, ctx.t("no_limit") if maximum is None else maximum)
    ranks = _method_ranks(ctx, method)
    position = {int(c): i for i, c in enumerate(ctx.evaluation.eligible.tolist())}
    row += 2
    if ctx.workshop.metadata.chosen:
        header(sheet, row, [ctx.t("chosen_recorded")])
        known = {c.id for c in ctx.workshop.communities}
        chosen = [
            ctx.workshop.community_index(c) for c in ctx.workshop.metadata.chosen if c in known
        ]
    else:
        proposed = ctx.t("proposed").format(k=settings.top_k, method=ctx.t(method))
        header(sheet, row, [proposed])
        reason = _empty_reason(ctx)
        if reason is not None or ranks is None:
            put(sheet, row + 1, 1, reason or ctx.t("ahp_none"))
            return row + 1
        best_first = np.argsort(ranks, kind="stable").tolist()
        order = [int(ctx.evaluation.eligible[i]) for i in best_first]
        regions = {i: ctx.workshop.communities[i].region for i in order}
        try:
            chosen = list(select_with_quotas(order, regions, settings.top_k, settings.quotas))
        except InvalidInputError as error:
            put(sheet, row + 1, 1, ctx.message(error.template, error.params))
            return row + 1
    row += 1
    rank_label = ctx.t("ahp_rank" if method == "ahp" else "topsis_rank")
    header(sheet, row, [ctx.t("community"), ctx.t("region"), rank_label])
    for index in chosen:
        row += 1
        community = ctx.workshop.communities[index]
        put(sheet, row, 1, community.name)
        put(sheet, row, 2, community.region)
        if index not in position:
            put(sheet, row, 3, ctx.t("screened_out"))
        elif ranks is not None:
            put(sheet, row, 3, int(ranks[position[index]]))
    return row


def _agreement(ctx: RecordContext, sheet: Any, row: int) -> int:
    """Kendall's tau-b and Spearman's rho of the two rankings, then the other methods' ranks
    when the settings ask for them."""
    from app.models.sensitivity import rank_correlations

    section_title(sheet, row, ctx.t("agreement"))
    row += 1
    agreement = rank_correlations(ctx.evaluation)
    if agreement is None:
        put(sheet, row, 1, _empty_reason(ctx) or ctx.t("ahp_none"))
    else:
        put(sheet, row, 1, ctx.t("kendall"))
        put(sheet, row, 2, agreement.kendall_tau_b, "0.000")
        row += 1
        put(sheet, row, 1, ctx.t("spearman"))
        put(sheet, row, 2, agreement.spearman_rho, "0.000")
    if ctx.workshop.settings.compare_methods and _empty_reason(ctx) is None:
        row = _other_methods(ctx, sheet, row + 2)
    return row


def _other_methods(ctx: RecordContext, sheet: Any, row: int) -> int:
    """Ranks by scikit-criteria's WSM, WPM and VIKOR beside the program's two (imported only
    here: scikit-criteria takes seconds to import)."""
    from app.models.sensitivity import OTHER_METHODS, other_methods

    others = other_methods(ctx.problem, ctx.weights)
    section_title(sheet, row, ctx.t("other_methods"))
    row += 1
    header(
        sheet,
        row,
        [
            ctx.t("community"),
            ctx.t("topsis_rank"),
            ctx.t("ahp_rank"),
            *(ctx.t(name) for name in OTHER_METHODS),
        ],
    )
    columns = [ctx.evaluation.topsis_ranks, ctx.evaluation.ahp_ranks]
    columns += [others.ranks[name] for name in OTHER_METHODS]
    for i in ctx.order():
        row += 1
        put(sheet, row, 1, ctx.community(i))
        for column, ranks in enumerate(columns, start=2):
            if ranks is not None:
                put(sheet, row, column, int(ranks[i]))
    row += 1  # a blank row before the notes
    for name in OTHER_METHODS:
        note = others.notes.get(name)
        if note is not None:
            row += 1
            put(sheet, row, 1, f"{ctx.t(name)}: {ctx.message(note.template, note.params)}")
    return row


__all__ = ["write_sensitivity"]
