"""The Criteria sheet: definitions, levels, thresholds, every group's raw weights and the combined
weights.

Criterion ``j`` is in row :data:`CRITERIA_FIRST_ROW` ``+ j`` and numbered ``j + 1`` in the first
column (N.º), the key by which its row is found again, whatever a colleague did to the rows (no
internal id is shown to a person); group ``g``'s weight in column :data:`CRITERIA_WEIGHT_COLUMN`
``+ g`` (J, K, ...), then the combined weight. A person's edits of
the groups' weights are taken up on reopening (:mod:`app.io.record.reading`); the rest of the
sheet (definitions, levels) is restored from the hidden JSON only. openpyxl is imported inside the
functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any, Final

from app.io.record.cells import column_widths, fmt_number, header, put
from app.io.record.context import RecordContext
from app.models.derived import weight_vector
from app.models.workshop import COMBINED, localized

# Fixed places read back on reopening (1-based rows and columns).
CRITERIA_FIRST_ROW: Final = 2
CRITERIA_WEIGHT_COLUMN: Final = 10  # J: first group's weight column


def write_criteria(ctx: RecordContext, sheet: Any) -> None:
    """One row per criterion (see the module docstring), every group's weights, then the combined
    weights as shares; a gate has no direction and no weight."""
    groups = ctx.workshop.groups
    headers = [
        ctx.t("number"),
        ctx.t("criterion"),
        ctx.t("description"),
        ctx.t("kind"),
        ctx.t("direction"),
        ctx.t("unit"),
        ctx.t("levels"),
        ctx.t("accept_min"),
        ctx.t("accept_max"),
        *(ctx.t("weight_of").format(group=g.name) for g in groups),
        ctx.t("combined_weight"),
    ]
    header(sheet, 1, headers)
    combined = weight_vector(ctx.workshop, COMBINED)
    for j, criterion in enumerate(ctx.workshop.criteria):
        row = CRITERIA_FIRST_ROW + j
        levels = "; ".join(
            level.label(ctx.lang)
            + ("" if level.priority is None else f" ({fmt_number(level.priority)})")
            for level in criterion.levels
        )
        line: list[Any] = [
            j + 1,
            ctx.name(criterion),
            localized(criterion.description, ctx.lang),
            ctx.t(criterion.kind.value),
            "" if criterion.is_gate else ctx.t(criterion.direction.value),
            criterion.unit_label(ctx.lang),
            levels,
            criterion.accept_min,
            criterion.accept_max,
        ]
        for column, value in enumerate(line, start=1):
            put(sheet, row, column, value)
        for g, group in enumerate(groups):
            if not criterion.is_gate:
                put(
                    sheet,
                    row,
                    CRITERIA_WEIGHT_COLUMN + g,
                    float(group.weights.get(criterion.id, 0.0)),
                )
        if not criterion.is_gate:
            put(sheet, row, CRITERIA_WEIGHT_COLUMN + len(groups), float(combined[j]), "0.0%")
    sheet.freeze_panes = "C2"
    widths: dict[int, float] = {1: 16, 2: 30, 3: 50, 4: 14, 5: 20, 6: 10, 7: 40, 8: 12, 9: 12}
    widths.update({CRITERIA_WEIGHT_COLUMN + g: 16 for g in range(len(groups) + 1)})
    column_widths(sheet, widths)


__all__ = ["CRITERIA_FIRST_ROW", "CRITERIA_WEIGHT_COLUMN", "write_criteria"]
