"""The Model sheet: formulas only, driven by one weight cell per criterion.

A colleague can change a weight in Excel or LibreOffice (the yellow row) and watch both rankings
move: the weights' shares, the data of the eligible communities (missing cells already counted as
the worst value), TOPSIS's column norms, normalised and weighted matrices, ideal and anti-ideal,
then AHP's level priorities and local priorities (ideal or distributive mode), and both methods'
scores and ranks side by side, all as formulas Priorizar composes itself
(:func:`app.io.record.cells.put_formula`). The Model sheet's weights are never read back.
openpyxl is imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any

from app.io.record.cells import SCORE_FORMAT, column_widths, header, put, put_formula
from app.io.record.context import RecordContext
from app.models.analysis import rating_priorities
from app.models.criterion import CriterionKind, Direction


def write_model(ctx: RecordContext, sheet: Any) -> None:
    """Formulas only: weights -> TOPSIS closeness and AHP global priorities (see module)."""
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter as letter

    matrix = ctx.problem.matrix
    n, m = matrix.shape
    put(sheet, 1, 1, ctx.t("model_intro")).font = Font(bold=True)
    if n == 0 or m == 0:
        put(sheet, 2, 1, ctx.t("nothing"))
        return
    first, last = letter(2), letter(m + 1)
    header(sheet, 3, [ctx.t("criterion"), *(ctx.name(c) for c in ctx.ranked)])
    put(sheet, 4, 1, ctx.t("direction"))
    for k, criterion in enumerate(ctx.ranked):
        put(sheet, 4, k + 2, criterion.direction.value)
    # row 5: the weights a colleague edits; row 6: their shares
    put(sheet, 5, 1, ctx.t("weight")).font = Font(bold=True)
    put(sheet, 6, 1, ctx.t("weight_norm"))
    used = ctx.weights[ctx.problem.columns]
    fill = PatternFill("solid", fgColor="FFF2CC")
    for k in range(m):
        column = letter(k + 2)
        put(sheet, 5, k + 2, float(used[k]), "0.0000").fill = fill
        total = f"SUM(${first}$5:${last}$5)"
        put_formula(sheet, 6, k + 2, f"=IF({total}=0,0,{column}5/{total})", "0.0000")
    # data of the eligible communities (missing cells already counted as the worst value)
    data_top = 9
    header(sheet, data_top - 1, [ctx.t("data")])
    for i in range(n):
        put(sheet, data_top + i, 1, ctx.community(i))
        for k in range(m):
            put(sheet, data_top + i, k + 2, float(matrix[i, k]))
    data_end = data_top + n - 1
    norm_row = data_end + 1
    put(sheet, norm_row, 1, ctx.t("column_norm"))
    for k in range(m):
        column = letter(k + 2)
        put_formula(
            sheet,
            norm_row,
            k + 2,
            f"=SQRT(SUMSQ({column}{data_top}:{column}{data_end}))",
            "0.0000",
        )
    # normalised and weighted matrices
    normal_top = norm_row + 3
    header(sheet, normal_top - 1, [ctx.t("normalized")])
    weighted_top = normal_top + n + 2
    header(sheet, weighted_top - 1, [ctx.t("weighted")])
    for i in range(n):
        put(sheet, normal_top + i, 1, ctx.community(i))
        put(sheet, weighted_top + i, 1, ctx.community(i))
        for k in range(m):
            column = letter(k + 2)
            norm = f"{column}${norm_row}"
            put_formula(
                sheet,
                normal_top + i,
                k + 2,
                f"=IF({norm}=0,0,{column}{data_top + i}/{norm})",
                "0.000000",
            )
            put_formula(
                sheet,
                weighted_top + i,
                k + 2,
                f"={column}$6*{column}{normal_top + i}",
                "0.000000",
            )
    weighted_end = weighted_top + n - 1
    ideal_row, anti_row = weighted_end + 1, weighted_end + 2
    put(sheet, ideal_row, 1, ctx.t("ideal_row"))
    put(sheet, anti_row, 1, ctx.t("anti_ideal"))
    for k, criterion in enumerate(ctx.ranked):
        column = letter(k + 2)
        span = f"{column}{weighted_top}:{column}{weighted_end}"
        best, worst = ("MAX", "MIN") if criterion.direction is Direction.MAX else ("MIN", "MAX")
        put_formula(sheet, ideal_row, k + 2, f"={best}({span})", "0.000000")
        put_formula(sheet, anti_row, k + 2, f"={worst}({span})", "0.000000")

    # AHP local priorities
    local_top = anti_row + 3
    ahp_ok = ctx.problem.local is not None
    level_rows: dict[int, int] = {}
    if ahp_ok:
        levels_top = local_top
        ordinals = [k for k, c in enumerate(ctx.ranked) if c.kind is CriterionKind.ORDINAL]
        if ordinals:
            header(sheet, levels_top - 1, [ctx.t("level_priorities")])
            most = max(len(ctx.ranked[k].levels) for k in ordinals)
            for number in range(1, most + 1):
                put(sheet, levels_top - 1, number + 1, number)
            for offset, k in enumerate(ordinals):
                criterion = ctx.ranked[k]
                row = levels_top + offset
                level_rows[k] = row
                put(sheet, row, 1, ctx.name(criterion))
                for index, value in enumerate(rating_priorities(criterion)):
                    put(sheet, row, index + 2, float(value), "0.0000")
            local_top = levels_top + len(ordinals) + 3
        header(sheet, local_top - 1, [ctx.t("local")])
        distributive = ctx.workshop.settings.ahp_mode.value == "distributive"
        for i in range(n):
            row = local_top + i
            put(sheet, row, 1, ctx.community(i))
            for k, criterion in enumerate(ctx.ranked):
                column = letter(k + 2)
                x = f"{column}{data_top + i}"
                span = f"{column}${data_top}:{column}${data_end}"
                if k in level_rows:
                    count = len(criterion.levels)
                    levels = f"$B${level_rows[k]}:${letter(count + 1)}${level_rows[k]}"
                    chosen = f"INDEX({levels},1,{x})"
                    if distributive:
                        numbers = f"$B${levels_top - 1}:${letter(count + 1)}${levels_top - 1}"
                        total = f"SUMPRODUCT(COUNTIF({span},{numbers}),{levels})"
                        formula = f"={chosen}/({total})"
                    else:
                        formula = f"={chosen}/MAX({levels})"
                elif criterion.direction is Direction.MAX:
                    formula = f"={x}/SUM({span})" if distributive else f"={x}/MAX({span})"
                else:
                    formula = (
                        f"=(1/{x})/SUMPRODUCT(1/{span})" if distributive else f"=MIN({span})/{x}"
                    )
                put_formula(sheet, row, k + 2, formula, SCORE_FORMAT)
    local_end = local_top + n - 1

    # results: both methods side by side
    result_top = (local_end + 3) if ahp_ok else local_top
    header(
        sheet,
        result_top - 1,
        [
            ctx.t("community"),
            ctx.t("d_plus"),
            ctx.t("d_minus"),
            ctx.t("closeness"),
            ctx.t("topsis_rank"),
            ctx.t("global"),
            ctx.t("ahp_rank"),
        ],
    )
    result_end = result_top + n - 1
    for i in range(n):
        row = result_top + i
        weighted = f"${first}{weighted_top + i}:${last}{weighted_top + i}"
        put(sheet, row, 1, ctx.community(i))
        put_formula(
            sheet,
            row,
            2,
            f"=SQRT(SUMXMY2({weighted},${first}${ideal_row}:${last}${ideal_row}))",
            "0.000000",
        )
        put_formula(
            sheet,
            row,
            3,
            f"=SQRT(SUMXMY2({weighted},${first}${anti_row}:${last}${anti_row}))",
            "0.000000",
        )
        put_formula(sheet, row, 4, f"=IF(B{row}+C{row}=0,0.5,C{row}/(B{row}+C{row}))", SCORE_FORMAT)
        put_formula(sheet, row, 5, f"=RANK(D{row},$D${result_top}:$D${result_end},0)", "0")
        if ahp_ok:
            local = f"${first}{local_top + i}:${last}{local_top + i}"
            put_formula(sheet, row, 6, f"=SUMPRODUCT(${first}$6:${last}$6,{local})", SCORE_FORMAT)
            put_formula(sheet, row, 7, f"=RANK(F{row},$F${result_top}:$F${result_end},0)", "0")
    sheet.freeze_panes = "B4"
    column_widths(sheet, {1: 30, **{k + 2: 14 for k in range(max(m, 6))}})


__all__ = ["write_model"]
