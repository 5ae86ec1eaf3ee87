"""The hidden sheet ``_priorizar``: the workshop's every input, so that a record reopens exactly.

It holds :meth:`Workshop.to_dict` as JSON (ASCII only), in chunks of at most :data:`CHUNK_CHARS`
characters, one per cell of column A from row 2. Row 1 holds :data:`MARKER`, the record format's
version (:data:`RECORD_VERSION`), the record's language, the number of chunks and, when the
workshop's details hold no date, the date the Summary sheet shows for it instead
(:func:`app.models.derived.workshop_day`), so that reopening does not take that date for an
edit. A workbook with this sheet is a decision record; one without it is a plain table. Pure
Python, no Qt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final, NamedTuple

from app.io.record.archive import Book
from app.io.record.cells import put
from app.io.record.labels import LABELS
from app.io.workshop_file import json_text
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: Longest text in one cell of the hidden sheet (Excel's limit is 32,767).
CHUNK_CHARS: Final = 32_000
#: Name of the hidden sheet that holds the workshop's JSON.
HIDDEN_SHEET: Final = "_priorizar"
#: Marker in the hidden sheet's first cell, and the record format's version.
MARKER: Final = "priorizar-record"
RECORD_VERSION: Final = 1


class Payload(NamedTuple):
    """What the hidden sheet holds: the record's language, its workshop's inputs
    (:meth:`Workshop.to_dict`) and the date the Summary shows when the workshop has none."""

    lang: str
    data: dict[str, Any]
    shown_date: str


def payload_text(workshop: Workshop) -> str:
    """The hidden sheet's JSON of ``workshop``; :class:`InvalidInputError` when the workshop holds
    a value JSON cannot store (computed before any sheet is written)."""
    return json_text(workshop.to_dict(), ensure_ascii=True)


def write_payload(hidden: Any, payload: str, lang: str, shown_date: str = "") -> None:
    """Fill the hidden sheet ``hidden`` (named :data:`HIDDEN_SHEET`) with ``payload`` (see
    :func:`payload_text`), for a record in ``lang`` whose Summary shows ``shown_date`` for a
    workshop without a date (empty: the workshop has one)."""
    hidden.sheet_state = "hidden"
    chunks = [payload[k : k + CHUNK_CHARS] for k in range(0, len(payload), CHUNK_CHARS)] or [""]
    put(hidden, 1, 1, MARKER)
    put(hidden, 1, 2, RECORD_VERSION)
    put(hidden, 1, 3, lang)
    put(hidden, 1, 4, len(chunks))
    if shown_date:
        put(hidden, 1, 5, shown_date)
    for k, chunk in enumerate(chunks):
        put(hidden, k + 2, 1, chunk)


def read_payload(book: Book, file: Path) -> Payload:
    """The record's language, its workshop's inputs (:meth:`Workshop.to_dict`) and the date shown
    for a workshop without one, from the hidden sheet; :class:`InvalidInputError` naming the file
    when the sheet is damaged or written by a newer Priorizar."""
    rows = book.rows(HIDDEN_SHEET)

    def broken(detail: str) -> InvalidInputError:
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”: the hidden sheet “{sheet}” that holds the workshop is damaged "
                "({detail}).",
            ),
            file=file.name,
            sheet=HIDDEN_SHEET,
            detail=detail,
        )

    if not rows or len(rows[0]) < 4 or rows[0][0] != MARKER:
        raise broken("no marker in A1")
    version, lang, count = rows[0][1], rows[0][2], rows[0][3]
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # a spreadsheet program may store the number as a float
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        # malformed, not newer: only a well-formed higher version asks for an update
        raise broken(f"record format “{version}” in B1")
    if version > RECORD_VERSION:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” was saved by a newer Priorizar (record format {version}); please "
                "update Priorizar.",
            ),
            file=file.name,
            version=version,
        )
    if not isinstance(count, int) or not 0 < count <= len(rows) - 1:
        raise broken("wrong number of parts")
    parts = []
    for k in range(count):
        row = rows[k + 1]
        value = row[0] if row else None
        if not isinstance(value, str):
            raise broken(f"cell A{k + 2} is not text")
        parts.append(value)
    try:
        data = json.loads("".join(parts))
    except (ValueError, RecursionError) as error:
        raise broken(str(error)) from error
    if not isinstance(data, dict):
        raise broken("not a workshop")
    shown = rows[0][4] if len(rows[0]) > 4 and isinstance(rows[0][4], str) else ""
    return Payload(lang if lang in LABELS else "es", data, shown)


__all__ = [
    "CHUNK_CHARS",
    "HIDDEN_SHEET",
    "MARKER",
    "RECORD_VERSION",
    "Payload",
    "payload_text",
    "read_payload",
    "write_payload",
]
