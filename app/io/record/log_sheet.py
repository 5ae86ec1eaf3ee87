"""The Log sheet: the workshop's change log (time, group, what changed, before and after), in
the record's language and in plain words (:mod:`app.io.log_text`).

Never read back: the log is restored from the hidden JSON. openpyxl is imported inside the
functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any

from app.io.log_text import entry_texts
from app.io.record.cells import column_widths, header, put, wrap
from app.io.record.context import RecordContext


def write_log(ctx: RecordContext, sheet: Any) -> None:
    """One row per entry of the change log, oldest first."""
    header(
        sheet,
        1,
        [ctx.t("time"), ctx.t("group"), ctx.t("what"), ctx.t("old"), ctx.t("new")],
    )
    combined = ctx.t("combined")
    for row, entry in enumerate(ctx.workshop.log, start=2):
        for column, value in enumerate(entry_texts(entry, ctx.lang, combined), start=1):
            cell = put(sheet, row, column, value)
            if column >= 3:  # a long question or list wraps in its cell, never hidden
                cell.alignment = wrap()
    sheet.freeze_panes = "A2"
    column_widths(sheet, {1: 20, 2: 28, 3: 48, 4: 24, 5: 24})


__all__ = ["write_log"]
