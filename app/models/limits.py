"""The program's limits, in one place: what it accepts is what it can compute, save and reopen.

Every reader (tables, workbooks, workshop files, decision records, recovery files), every editor
and every writer checks against these numbers, so that a workshop the program accepted can always
be ranked, saved as a decision record, reopened from it and recovered after a crash:

- :data:`MAX_COMMUNITIES` x :data:`MAX_CRITERIA`, and at most :data:`MAX_VALUES` values in all:
  10,000 communities x 30 criteria open, rank and save within 1 GB of memory (issue 18,
  ``tests/benchmarks/test_scale.py``); the rank correlations and the sensitivity crossings use
  memory linear in the communities (:mod:`app.models.ranking`,
  :mod:`app.models.sensitivity.crossings`).
- :data:`MAX_TEXT_CHARS`: Excel's limit of 32,767 characters in one cell (Microsoft, "Excel
  specifications and limits"); a longer text would be cut by Excel and LibreOffice without a
  word, so it is refused where it is typed or read, never cut.
- :data:`MAX_TOTAL_TEXT_CHARS`: all the texts of a workshop together, so that its decision record
  (every text twice: visible, and escaped in the hidden sheet) stays within the reader's own
  limits for a workbook (:data:`MAX_WORKBOOK_BYTES`, :data:`MAX_UNPACKED_BYTES`).
- The file sizes are those of the readers; a saved file is reopened before it replaces the
  earlier one (:func:`app.io.atomic.atomic_write_bytes` ``verify``), so a record beyond them is
  never saved over a good one.

:func:`check_text` and :func:`check_size` give the messages, as untranslated templates
(:class:`~app.models.errors.InvalidInputError`). Pure Python, no Qt.
"""

from __future__ import annotations

from typing import Final

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

#: Most communities of a workshop (rows of a table, of the Data sheet).
MAX_COMMUNITIES: Final = 10_000
#: Most criteria of a workshop (gates included).
MAX_CRITERIA: Final = 100
#: Most values (communities x criteria) of a workshop.
MAX_VALUES: Final = 300_000
#: Most groups of a workshop.
MAX_GROUPS: Final = 50
#: Longest text in one field (a name, a note, a purpose): Excel's limit for one cell.
MAX_TEXT_CHARS: Final = 32_767
#: Most characters of all the texts of a workshop together.
MAX_TOTAL_TEXT_CHARS: Final = 2_000_000

#: Largest table (CSV) read, in bytes.
MAX_TABLE_BYTES: Final = 20 * 1024 * 1024
#: Largest workbook (decision record or plain workbook) read, in bytes.
MAX_WORKBOOK_BYTES: Final = 50 * 1024 * 1024
#: Largest total unpacked size of a workbook's parts, in bytes.
MAX_UNPACKED_BYTES: Final = 400 * 1024 * 1024
#: Largest sheet part (``content.xml``, unpacked) of an OpenDocument workbook read, in bytes: its
#: reader (odfpy) holds it whole in memory, about 25 times its size (14 MB, 10,000 communities x
#: 20 criteria, take 370 MB and 5 s), where an ``.xlsx`` is read as a stream.
MAX_ODS_XML_BYTES: Final = 40 * 1024 * 1024
#: Largest workshop file (JSON) or recovery file read, in bytes.
MAX_WORKSHOP_BYTES: Final = 50 * 1024 * 1024
#: Most rows of a sheet read: the communities, the header and unit rows, and room for a title
#: above the header.
MAX_SHEET_ROWS: Final = MAX_COMMUNITIES + 100
#: Most columns of a sheet read (a plain table may have columns that are not criteria).
MAX_SHEET_COLUMNS: Final = 500


def check_text(text: str, field: str) -> None:
    """Refuse a text longer than :data:`MAX_TEXT_CHARS`; ``field`` names it in the message (a
    community's name, "the notes of …")."""
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{field}: the text has {length} characters; at most {limit} fit in one cell "
                "of a spreadsheet. Shorten it.",
            ),
            field=field,
            length=len(text),
            limit=MAX_TEXT_CHARS,
        )


def check_size(communities: int, criteria: int, groups: int = 1) -> None:
    """Refuse a workshop larger than the program computes and saves (see the module
    docstring)."""
    if (
        communities > MAX_COMMUNITIES
        or criteria > MAX_CRITERIA
        or communities * criteria > MAX_VALUES
    ):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{communities} communities and {criteria} criteria are more than this program "
                "handles: at most {max_communities} communities, {max_criteria} criteria and "
                "{max_values} values in all.",
            ),
            communities=communities,
            criteria=criteria,
            max_communities=MAX_COMMUNITIES,
            max_criteria=MAX_CRITERIA,
            max_values=MAX_VALUES,
        )
    if groups > MAX_GROUPS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "{groups} groups are more than this program handles (at most {limit})."
            ),
            groups=groups,
            limit=MAX_GROUPS,
        )


def check_total_text(total: int) -> None:
    """Refuse a workshop whose texts together exceed :data:`MAX_TOTAL_TEXT_CHARS`."""
    if total > MAX_TOTAL_TEXT_CHARS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The workshop's texts (names, notes, descriptions) have {length} characters in "
                "all; at most {limit} can be saved. Shorten the longest notes.",
            ),
            length=total,
            limit=MAX_TOTAL_TEXT_CHARS,
        )


__all__ = [
    "MAX_COMMUNITIES",
    "MAX_CRITERIA",
    "MAX_GROUPS",
    "MAX_ODS_XML_BYTES",
    "MAX_SHEET_COLUMNS",
    "MAX_SHEET_ROWS",
    "MAX_TABLE_BYTES",
    "MAX_TEXT_CHARS",
    "MAX_TOTAL_TEXT_CHARS",
    "MAX_UNPACKED_BYTES",
    "MAX_VALUES",
    "MAX_WORKBOOK_BYTES",
    "MAX_WORKSHOP_BYTES",
    "check_size",
    "check_text",
    "check_total_text",
]
