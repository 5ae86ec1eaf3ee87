"""The Log sheet: the workshop's change log (time, group, what changed, before and after).

Never read back: the log is restored from the hidden JSON. openpyxl is imported inside the
functions. Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Any

from app.io.record.cells import column_widths, header, put
from app.io.record.context import RecordContext


def write_log(ctx: RecordContext, sheet: Any) -> None:
    """One row per entry of the change log, oldest first."""
    header(
        sheet,
        1,
        [ctx.t("time"), ctx.t("group"), ctx.t("what"), ctx.t("old"), ctx.t("new")],
    )
    for row, entry in enumerate(ctx.workshop.log, start=2):
        for column, value in enumerate(
            (entry.time, entry.group, entry.what, entry.old, entry.new), start=1
        ):
            put(sheet, row, column, value)
    sheet.freeze_panes = "A2"
    column_widths(sheet, {1: 20, 2: 20, 3: 40, 4: 20, 5: 20})


__all__ = ["write_log"]
