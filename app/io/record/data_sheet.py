"""The Data sheet: communities x criteria, as a person reads and edits them.

Column A holds the community, B its region, then criterion ``j`` in column
:data:`DATA_FIRST_COLUMN` ``+ j``, then the notes; row :data:`DATA_HEADER_ROW` names the criteria,
the next row their units (in the record's language; both languages are in the hidden JSON), and
the communities start in row :data:`DATA_FIRST_ROW`. Verbal levels are written as words, gates as
yes/no, missing cells blank (:func:`rendered_value`). A person's edits of names, regions, values
and notes are taken up on reopening (:mod:`app.io.record.data_rows`), which compares each cell
with :func:`rendered_value`.

The columns of verbal criteria and of yes/no criteria carry a drop-down list (Excel's data
validation, :func:`write_dropdowns`) of their words in the record's language, over the
communities' rows and :data:`SPARE_ROWS` more for communities a colleague adds. A value not in
the list only draws a warning (a colleague may type "s/d" for no data, or a level's name in the
other language, which Priorizar reads too). A list is written in its rule when Excel can hold it
there (at most :data:`LIST_CHARS` characters, no comma or quote in a word), else in a column of
the hidden lists sheet (label ``lists``) that the rule refers to (:func:`list_formula`).
openpyxl is imported inside the functions. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from typing import Any, Final

from app.io.record.cells import clean, column_widths, header, put, wrap
from app.io.record.context import RecordContext
from app.io.record.labels import label
from app.models.criterion import Criterion, CriterionKind

# Fixed places read back on reopening (1-based rows and columns).
DATA_HEADER_ROW: Final = 1
DATA_FIRST_ROW: Final = 3  # row 2 holds the units
DATA_FIRST_COLUMN: Final = 3  # A community, B region, then the criteria, then notes
#: Rows below the last community that the drop-down lists cover too (communities added).
SPARE_ROWS: Final = 100
#: Excel's limit on a list written in its rule: its words and the commas between them.
LIST_CHARS: Final = 255


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
    write_dropdowns(ctx, sheet)


def dropdown_words(criterion: Criterion, lang: str) -> tuple[str, ...] | None:
    """The words of ``criterion``'s drop-down list in ``lang`` (as :func:`rendered_value` writes
    them): its levels, or yes and no; None for a criterion of numbers."""
    if criterion.kind is CriterionKind.ORDINAL:
        words = (clean(level.label(lang)).strip() for level in criterion.levels)
        return tuple(word for word in words if word)
    if criterion.kind is CriterionKind.GATE:
        return (label(lang, "yes"), label(lang, "no"))
    return None


def write_dropdowns(ctx: RecordContext, sheet: Any) -> None:
    """A drop-down list (data validation) over each verbal or yes/no criterion's cells: the
    communities' rows and :data:`SPARE_ROWS` more (see the module docstring)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    last = DATA_FIRST_ROW + len(ctx.workshop.communities) - 1 + SPARE_ROWS
    for j, criterion in enumerate(ctx.workshop.criteria):
        words = dropdown_words(criterion, ctx.lang)
        if not words:
            continue
        rule = DataValidation(
            type="list",
            formula1=list_formula(ctx, words),
            allow_blank=True,
            showErrorMessage=True,
            errorStyle="warning",  # a warning only: "s/d" or the other language's word reads too
            errorTitle=ctx.t("unexpected"),
            error=ctx.t("choose_value"),
        )
        letter = get_column_letter(DATA_FIRST_COLUMN + j)
        rule.add(f"{letter}{DATA_FIRST_ROW}:{letter}{last}")
        sheet.data_validations.append(rule)


def list_formula(ctx: RecordContext, words: tuple[str, ...]) -> str:
    """The source of a drop-down list of ``words``: the words themselves in quotes when Excel
    can hold them in the rule, else a reference to a new column of the hidden lists sheet (the
    words kept in ``ctx.lists``, written by :func:`write_lists`)."""
    inline = ",".join(words)
    if len(inline) <= LIST_CHARS and not any("," in word or '"' in word for word in words):
        return f'"{inline}"'
    from openpyxl.utils import get_column_letter

    ctx.lists.append(words)
    letter = get_column_letter(len(ctx.lists))
    return f"'{ctx.t('lists')}'!${letter}$1:${letter}${len(words)}"


def write_lists(ctx: RecordContext, sheet: Any) -> None:
    """The hidden lists sheet: each long drop-down list (``ctx.lists``) in a column of its own."""
    sheet.sheet_state = "hidden"
    for k, words in enumerate(ctx.lists, start=1):
        for row, word in enumerate(words, start=1):
            put(sheet, row, k, word)


__all__ = [
    "DATA_FIRST_COLUMN",
    "DATA_FIRST_ROW",
    "DATA_HEADER_ROW",
    "LIST_CHARS",
    "SPARE_ROWS",
    "dropdown_words",
    "list_formula",
    "rendered_value",
    "write_data",
    "write_dropdowns",
    "write_lists",
]
