"""The Data sheet: communities x criteria, as a person reads and edits them.

Column A holds the community, B its region, then criterion ``j`` in column
:data:`DATA_FIRST_COLUMN` ``+ j``, then the notes; row :data:`DATA_HEADER_ROW` names the criteria,
the next row their units (in the record's language; both languages are in the hidden JSON), and
the communities start in row :data:`DATA_FIRST_ROW`. Verbal levels are written as words, gates as
yes/no, missing cells blank (:func:`rendered_value`). A person's edits of names, regions, values
and notes are taken up on reopening (:mod:`app.io.record.data_rows`), which compares each cell
with :func:`rendered_value`. openpyxl is imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from typing import Any, Final

from app.io.record.cells import clean, column_widths, header, put, wrap
from app.io.record.context import RecordContext
from app.io.record.labels import label
from app.models.workshop import Criterion, CriterionKind

# Fixed places read back on reopening (1-based rows and columns).
DATA_HEADER_ROW: Final = 1
DATA_FIRST_ROW: Final = 3  # row 2 holds the units
DATA_FIRST_COLUMN: Final = 3  # A community, B region, then the criteria, then notes


def rendered_value(criterion: Criterion, value: float, lang: str) -> Any:
    """What the Data sheet shows for a value: a number, a level word, yes/no, or blank."""
    if math.isnan(value):
        return None
    if criterion.kind is CriterionKind.GATE:
        if value == 1.0:
            return label(lang, "yes")
        if value == 0.0:
            return label(lang, "no")
    if criterion.kind is CriterionKind.ORDINAL:
        word = criterion.level_label(value, lang)
        if word:
            return clean(word)
    return float(value)


def write_data(ctx: RecordContext, sheet: Any) -> None:
    """The communities' names, regions, values (:func:`rendered_value`) and notes at the fixed
    places read back on reopening; header and unit rows stay in view and on every printed page."""
    criteria = ctx.workshop.criteria
    notes_column = DATA_FIRST_COLUMN + len(criteria)
    header(
        sheet,
        DATA_HEADER_ROW,
        [ctx.t("community"), ctx.t("region"), *(ctx.name(c) for c in criteria)],
    )
    header(sheet, DATA_HEADER_ROW, [ctx.t("notes")], notes_column)
    put(sheet, DATA_HEADER_ROW + 1, 1, ctx.t("unit"))
    for j, criterion in enumerate(criteria):
        put(sheet, DATA_HEADER_ROW + 1, DATA_FIRST_COLUMN + j, criterion.unit_label(ctx.lang))
    values = ctx.workshop.values
    for i, community in enumerate(ctx.workshop.communities):
        row = DATA_FIRST_ROW + i
        put(sheet, row, 1, community.name)
        put(sheet, row, 2, community.region)
        for j, criterion in enumerate(criteria):
            put(
                sheet,
                row,
                DATA_FIRST_COLUMN + j,
                rendered_value(criterion, values[i, j], ctx.lang),
            )
        put(sheet, row, notes_column, community.notes).alignment = wrap()
    sheet.freeze_panes = sheet.cell(row=DATA_FIRST_ROW, column=DATA_FIRST_COLUMN)
    sheet.print_title_rows = f"{DATA_HEADER_ROW}:{DATA_FIRST_ROW - 1}"
    widths = {1: 26.0, 2: 14.0, notes_column: 60.0}
    widths.update({DATA_FIRST_COLUMN + j: 16.0 for j in range(len(criteria))})
    column_widths(sheet, widths)


__all__ = ["DATA_FIRST_COLUMN", "DATA_FIRST_ROW", "DATA_HEADER_ROW", "rendered_value", "write_data"]
