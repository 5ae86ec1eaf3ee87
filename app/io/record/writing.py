"""Saving a decision record: the visible sheets in the record's language, then the hidden one.

The sheets, in order: Summary, Data, Criteria, Judgements, TOPSIS, AHP, Groups, Sensitivity, Model
and Log (one writer each, named in :data:`SHEETS`), each set up to print landscape, one page wide,
with grid lines; then, when a drop-down list of the Data sheet is too long for its rule, the
hidden lists sheet (:func:`app.io.record.data_sheet.write_lists`), and the hidden sheet that holds
the workshop (:mod:`app.io.record.payload`).
Saving is atomic (:mod:`app.io.atomic`). openpyxl is imported inside the functions: it stays off
the window's start-up path. Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from app.io.atomic import Verify, atomic_write_bytes
from app.io.record.context import RecordContext
from app.io.record.criteria_sheet import write_criteria
from app.io.record.data_sheet import write_data, write_lists
from app.io.record.judgements_sheet import write_judgements
from app.io.record.labels import LABELS, label
from app.io.record.log_sheet import write_log
from app.io.record.model_sheet import write_model
from app.io.record.payload import HIDDEN_SHEET, payload_text, write_payload
from app.io.record.ranking_sheets import write_ahp, write_groups, write_topsis
from app.io.record.sensitivity_sheet import write_sensitivity
from app.io.record.streaming import StreamedSheet
from app.io.record.summary_sheet import write_summary
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: The visible sheets in order: each one's label key (its name) and its writer.
SHEETS: Final[tuple[tuple[str, Callable[[RecordContext, Any], None]], ...]] = (
    ("summary", write_summary),
    ("data", write_data),
    ("criteria", write_criteria),
    ("judgements", write_judgements),
    ("topsis", write_topsis),
    ("ahp", write_ahp),
    ("groups", write_groups),
    ("sensitivity", write_sensitivity),
    ("model", write_model),
    ("log", write_log),
)


def save_record(workshop: Workshop, path: str | os.PathLike[str], lang: str = "es") -> None:
    """Write ``workshop``'s decision record to ``path`` (``.xlsx``) atomically, and only once
    the new file reopens as this workshop.

    ``lang`` is ``"es"`` or ``"en"``: the language of the sheet names and labels. The new file is
    read back with the program's own reader, within its limits (:func:`reopens_as`), before it
    replaces the earlier one, which is untouched if anything fails. Raises
    :class:`InvalidInputError` naming the file when it is locked (open in Excel) or read-only, the
    disk is full, the workshop holds a value that cannot be saved, or the new file would not
    reopen as it was saved.
    """
    atomic_write_bytes(path, record_bytes(workshop, lang), verify=reopens_as(workshop))


def reopens_as(workshop: Workshop) -> Verify:
    """A check of a newly written record: it opens within the reader's limits and gives back
    ``workshop`` (what a person reads in it is what the program saved)."""

    def verify(path: Path) -> None:
        from app.io.record.reading import load_record

        if load_record(path) != workshop:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{file}” does not give back the workshop that was saved."
                ),
                file=path.name,
            )

    return verify


def record_bytes(workshop: Workshop, lang: str = "es") -> bytes:
    """The decision record of ``workshop`` as the bytes of an ``.xlsx`` file."""
    if lang not in LABELS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "Unknown language “{lang}” for the decision record."),
            lang=lang,
        )
    payload = payload_text(workshop)
    from openpyxl import Workbook

    # write-only: each sheet is streamed to the file (app.io.record.streaming)
    book = Workbook(write_only=True)
    buffer = io.BytesIO()
    try:
        ctx = RecordContext(workshop, lang)
        _write_sheets(book, ctx)
        if ctx.lists:  # drop-down lists too long for their rules (app.io.record.data_sheet)
            lists = StreamedSheet(book.create_sheet(label(lang, "lists")))
            write_lists(ctx, lists)
            lists.flush()
        hidden = StreamedSheet(book.create_sheet(HIDDEN_SHEET))
        shown_date = "" if workshop.metadata.date else ctx.day
        write_payload(hidden, payload, lang, shown_date)
        hidden.flush()
        book.properties.title = workshop.metadata.title or label(lang, "record_title")
        book.properties.creator = "Priorizar"
        book.properties.created = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        book.save(buffer)
    except BaseException:
        _discard(book)
        raise
    return buffer.getvalue()


def _discard(book: Any) -> None:
    """Close the write-only sheets of a workbook that will not be saved: each streams to a
    temporary file through a generator, which would otherwise try to finish its file when it is
    collected, long after the file is gone (an error printed at a random later moment)."""
    for sheet in book.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()


def _write_sheets(book: Any, ctx: RecordContext) -> None:
    """Add the visible sheets (:data:`SHEETS`) to the openpyxl workbook ``book``."""
    for key, fill in SHEETS:
        sheet = StreamedSheet(book.create_sheet(ctx.t(key)))
        fill(ctx, sheet)
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.gridLines = True
        sheet.flush()  # the sheet's rows go to the file now; its buffers are freed


__all__ = ["SHEETS", "record_bytes", "reopens_as", "save_record"]
