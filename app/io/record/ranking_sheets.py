"""The computed results: the TOPSIS, AHP and Groups sheets, written as values.

Values, not formulas, so that they show in viewers that do not recalculate (the Model sheet holds
the formulas, :mod:`app.io.record.model_sheet`). TOPSIS: the normalised and weighted matrices, the
ideal and anti-ideal, each community's distances, closeness and rank. AHP: each community's local
priorities under every ranked criterion, its global priority and rank (or why AHP cannot rank).
Groups: each group's ranks by both methods, and the combined weights'. These sheets are never
read back. openpyxl is imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any

from app.io.record.cells import SCORE_FORMAT, column_widths, header, put
from app.io.record.context import RecordContext
from app.models.derived import weight_vector
from app.models.workshop import COMBINED


def write_topsis(ctx: RecordContext, sheet: Any) -> None:
    """TOPSIS step by step: normalised and weighted matrices, ideal and anti-ideal, then each
    community's distances, closeness and rank (or a line saying nothing can be ranked)."""
    tops = ctx.evaluation.topsis
    if tops is None:
        put(sheet, 1, 1, ctx.t("nothing"))
        return
    names = [ctx.name(c) for c in ctx.ranked]
    n = len(ctx.evaluation.eligible)
    row = 1
    for key, matrix in (("normalized", tops.normalized), ("weighted", tops.weighted)):
        header(sheet, row, [ctx.t(key)])
        row += 1
        header(sheet, row, [ctx.t("community"), *names])
        for i in range(n):
            row += 1
            put(sheet, row, 1, ctx.community(i))
            for k in range(len(names)):
                put(sheet, row, k + 2, float(matrix[i, k]), "0.000000")
        if key == "weighted":
            for label, vector in (("ideal_row", tops.ideal), ("anti_ideal", tops.anti_ideal)):
                row += 1
                header(sheet, row, [ctx.t(label)])
                for k in range(len(names)):
                    put(sheet, row, k + 2, float(vector[k]), "0.000000")
        row += 2
    header(
        sheet,
        row,
        [
            ctx.t("community"),
            ctx.t("d_plus"),
            ctx.t("d_minus"),
            ctx.t("closeness"),
            ctx.t("topsis_rank"),
        ],
    )
    for i in range(n):
        row += 1
        put(sheet, row, 1, ctx.community(i))
        put(sheet, row, 2, float(tops.d_plus[i]), "0.000000")
        put(sheet, row, 3, float(tops.d_minus[i]), "0.000000")
        put(sheet, row, 4, float(tops.closeness[i]), SCORE_FORMAT)
        put(sheet, row, 5, int(tops.ranks[i]))
    sheet.freeze_panes = "B1"
    column_widths(sheet, {1: 28, **{k + 2: 14 for k in range(max(len(names), 4))}})


def write_ahp(ctx: RecordContext, sheet: Any) -> None:
    """AHP's local priorities of each community under each ranked criterion, its global priority
    and rank; or why AHP cannot rank this data (the engine's note, in the record's language)."""
    local, scores = ctx.problem.local, ctx.evaluation.ahp_scores
    ranks = ctx.evaluation.ahp_ranks
    if local is None or scores is None or ranks is None:
        note = ctx.problem.ahp_problem
        text = ctx.t("ahp_none") if note is None else ctx.message(note.template, note.params)
        put(sheet, 1, 1, text)
        return
    names = [ctx.name(c) for c in ctx.ranked]
    header(sheet, 1, [ctx.t("local")])
    header(sheet, 2, [ctx.t("community"), *names, ctx.t("global"), ctx.t("ahp_rank")])
    for i in range(local.shape[0]):
        row = 3 + i
        put(sheet, row, 1, ctx.community(i))
        for k in range(len(names)):
            put(sheet, row, k + 2, float(local[i, k]), SCORE_FORMAT)
        put(sheet, row, len(names) + 2, float(scores[i]), SCORE_FORMAT)
        put(sheet, row, len(names) + 3, int(ranks[i]))
    sheet.freeze_panes = "B3"
    column_widths(sheet, {1: 28, **{k + 2: 14 for k in range(len(names) + 2)}})


def write_groups(ctx: RecordContext, sheet: Any) -> None:
    """Each community's ranks by both methods at each group's weights and at the combined
    weights, to show how far the groups' priorities lead to different rankings."""
    sets = [(g.name, g.id) for g in ctx.workshop.groups] + [(ctx.t("combined"), COMBINED)]
    headers = [ctx.t("community")]
    columns: list[tuple[Any, Any]] = []
    for name, group_id in sets:
        evaluation = ctx.problem.rank(weight_vector(ctx.workshop, group_id))
        columns.append((evaluation.topsis_ranks, evaluation.ahp_ranks))
        headers += [f"{name}: {ctx.t('topsis_rank')}", f"{name}: {ctx.t('ahp_rank')}"]
    header(sheet, 1, headers)
    for i in range(len(ctx.evaluation.eligible)):
        put(sheet, i + 2, 1, ctx.community(i))
        for g, (topsis_ranks, ahp_ranks) in enumerate(columns):
            if topsis_ranks is not None:
                put(sheet, i + 2, 2 + 2 * g, int(topsis_ranks[i]))
            if ahp_ranks is not None:
                put(sheet, i + 2, 3 + 2 * g, int(ahp_ranks[i]))
    sheet.freeze_panes = "B2"
    column_widths(sheet, {1: 28, **{k + 2: 18 for k in range(2 * len(sets))}})


__all__ = ["write_ahp", "write_groups", "write_topsis"]
