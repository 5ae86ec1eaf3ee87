"""The Judgements sheet: each group's pairwise comparisons with priorities and consistency.

Then the communities compared under each criterion judged pairwise, and the levels compared of
each verbal criterion. Each block is the matrix of the answers (a pair not answered yet is blank)
with the priorities and consistency the Pairwise comparisons tab shows for them
(:func:`app.models.pairwise.pairwise_priorities`): every pair answered, the principal eigenvector
with lambda max, CI and CR; some pairs missing but every item linked, logarithmic least squares
with the CR of the completed matrix; items not linked yet, no priorities and how many more
answers are needed; no answer at all (a group that set its weights directly), a line says so.
The sheet is never read back (the judgements are restored from the hidden JSON). openpyxl is
imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from app.io.record.cells import SCORE_FORMAT, column_widths, header, put, section_title
from app.io.record.context import RecordContext
from app.models import ahp
from app.models.criterion import CriterionKind
from app.models.judgements import community_priorities, group_priorities, level_priorities
from app.models.pairwise import PairwisePriorities


def write_judgements(ctx: RecordContext, sheet: Any) -> None:
    """Each group's judgements of the criteria, then the communities compared under each
    criterion judged pairwise, then the levels compared of each verbal criterion."""
    weighted = ctx.workshop.weighted_criteria
    names = [ctx.name(c) for c in weighted]
    row = 1
    for group in ctx.workshop.groups:
        row = _judgement_block(
            ctx, sheet, row, group.name, names, group_priorities(ctx.workshop, group)
        )
    community_names = [c.name for c in ctx.workshop.communities]
    for criterion in ctx.workshop.criteria:
        if criterion.kind is CriterionKind.PAIRWISE:
            title = ctx.t("communities_under").format(criterion=ctx.name(criterion))
            answers = community_priorities(criterion, ctx.workshop.communities)
            row = _judgement_block(ctx, sheet, row, title, community_names, answers, "community")
        elif criterion.level_comparisons:
            title = ctx.t("levels_under").format(criterion=ctx.name(criterion))
            labels = [level.label(ctx.lang) for level in criterion.levels]
            answers = level_priorities(criterion)
            row = _judgement_block(ctx, sheet, row, title, labels, answers, "level")
    column_widths(sheet, {1: 30, **{j + 2: 14 for j in range(len(weighted) + 1)}})


def _judgement_block(
    ctx: RecordContext,
    sheet: Any,
    row: int,
    title: str,
    labels: Sequence[str],
    answers: PairwisePriorities,
    corner: str = "criterion",
) -> int:
    """A title, then the matrix of the answers (blank where a pair is not answered) with the
    priorities, how they were computed and the consistency (see the module docstring); returns
    the next free row."""
    section_title(sheet, row, title)
    row += 1
    n = len(labels)
    if n < 2 or not answers.answered:
        put(sheet, row, 1, ctx.t("too_few" if n < 2 else "none_answered"))
        return row + 2
    matrix = np.full((n, n), np.nan)
    np.fill_diagonal(matrix, 1.0)
    for (i, j), value in answers.pairs.items():
        matrix[i, j] = value
        matrix[j, i] = 1.0 / value
    header(sheet, row, [ctx.t(corner), *labels])
    header(sheet, row, [ctx.t("priorities")], n + 2)
    for i, label in enumerate(labels):
        row += 1
        put(sheet, row, 1, label)
        for j in range(n):
            if not np.isnan(matrix[i, j]):
                put(sheet, row, j + 2, float(matrix[i, j]), "0.000")
        if answers.priorities is not None:
            put(sheet, row, n + 2, float(answers.priorities[i]), SCORE_FORMAT)
    row += 1
    put(sheet, row, 1, ctx.t("answered"))
    put(sheet, row, 2, ctx.t("answered_of").format(answered=answers.answered, total=answers.total))
    row += 1
    put(sheet, row, 1, ctx.t("priority_method"))
    if answers.priorities is None:
        put(sheet, row, 2, ctx.t("not_linked").format(count=answers.missing_links))
        return row + 2
    put(sheet, row, 2, ctx.t("eigenvector" if answers.method == "eigenvector" else "llsm"))
    lines: list[tuple[str, float | None]] = []
    if answers.complete:
        full = ahp.priorities(matrix)  # every pair answered: no blank left
        lines += [("lambda_max", full.lambda_max), ("ci", full.ci)]
    lines.append(("cr" if answers.complete else "cr_completed", answers.cr))
    for key, number in lines:
        row += 1
        put(sheet, row, 1, ctx.t(key))
        if number is not None:
            put(sheet, row, 2, float(number), SCORE_FORMAT)
    return row + 2


__all__ = ["write_judgements"]
