"""The Judgements sheet: each group's pairwise matrix with priorities, lambda_max, CI and CR.

Then the communities compared under each criterion judged pairwise, and the levels compared of
each verbal criterion. A matrix whose comparisons are incomplete is not shown; a line says so.
The sheet is never read back (the judgements are restored from the hidden JSON). openpyxl is
imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np

from app.io.record.cells import SCORE_FORMAT, column_widths, header, put, section_title
from app.io.record.context import RecordContext
from app.models import ahp
from app.models.judgements import level_pairs
from app.models.pairwise import complete_matrix, index_pairs
from app.models.workshop import CriterionKind


def write_judgements(ctx: RecordContext, sheet: Any) -> None:
    """Each group's judgements of the criteria, then the communities compared under each
    criterion judged pairwise, then the levels compared of each verbal criterion."""
    weighted = ctx.workshop.weighted_criteria
    ids = [c.id for c in weighted]
    names = [ctx.name(c) for c in weighted]
    row = 1
    for group in ctx.workshop.groups:
        row = _judgement_block(
            ctx, sheet, row, group.name, names, _pairwise_matrix(ids, group.judgements)
        )
    community_ids = [c.id for c in ctx.workshop.communities]
    community_names = [c.name for c in ctx.workshop.communities]
    for criterion in ctx.workshop.criteria:
        if criterion.kind is CriterionKind.PAIRWISE:
            title = ctx.t("communities_under").format(criterion=ctx.name(criterion))
            matrix = _pairwise_matrix(community_ids, criterion.comparisons)
            row = _judgement_block(ctx, sheet, row, title, community_names, matrix, "community")
        elif criterion.level_comparisons:
            title = ctx.t("levels_under").format(criterion=ctx.name(criterion))
            labels = [level.label(ctx.lang) for level in criterion.levels]
            matrix = complete_matrix(len(labels), level_pairs(criterion))
            row = _judgement_block(ctx, sheet, row, title, labels, matrix, "level")
    column_widths(sheet, {1: 30, **{j + 2: 14 for j in range(len(weighted) + 1)}})


def _judgement_block(
    ctx: RecordContext,
    sheet: Any,
    row: int,
    title: str,
    labels: Sequence[str],
    matrix: np.ndarray[Any, np.dtype[np.float64]] | None,
    corner: str = "criterion",
) -> int:
    """A title, then the full matrix with its priorities, lambda max, CI and CR (or a line
    saying the comparisons are incomplete); returns the next free row."""
    section_title(sheet, row, title)
    row += 1
    if matrix is None:
        put(sheet, row, 1, ctx.t("incomplete"))
        return row + 2
    result = ahp.priorities(matrix)
    header(sheet, row, [ctx.t(corner), *labels])
    header(sheet, row, [ctx.t("priorities")], len(labels) + 2)
    for i, label in enumerate(labels):
        row += 1
        put(sheet, row, 1, label)
        for j in range(len(labels)):
            put(sheet, row, j + 2, float(matrix[i, j]), "0.000")
        put(sheet, row, len(labels) + 2, float(result.priorities[i]), SCORE_FORMAT)
    for key, value in (
        ("lambda_max", result.lambda_max),
        ("ci", result.ci),
        ("cr", result.cr),
    ):
        row += 1
        put(sheet, row, 1, ctx.t(key))
        put(sheet, row, 2, float(value), SCORE_FORMAT)
    return row + 2


def _pairwise_matrix(
    ids: Sequence[str], judgements: Mapping[tuple[str, str], float]
) -> np.ndarray[Any, np.dtype[np.float64]] | None:
    """The full reciprocal matrix over ``ids``, or ``None`` if a pair is not judged (or n < 2)."""
    if len(ids) < 2:
        return None
    return complete_matrix(len(ids), index_pairs(ids, judgements))


__all__ = ["write_judgements"]
