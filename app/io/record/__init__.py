"""The decision record: one ``.xlsx`` workbook that people read and print and Priorizar reopens.

Sheets (named and labelled in the record's language, Spanish or English, see :data:`LABELS`):

- Summary: the workshop's metadata (the date, when none was given, is the day of the workshop:
  :func:`app.models.derived.workshop_day`), whose weights rank the record (the combined set unless
  the focus communities were chosen by a group's: :func:`app.models.derived.record_weight_set`),
  participants, the final rankings of both methods (values),
  their agreement (Kendall's tau-b), the chosen communities, agreements, screened-out communities,
  program version, method settings and a native bar chart of the final scores.
- Data: communities x criteria with units (in the record's language; both languages are in the
  hidden JSON); verbal levels as words, gates as yes/no, missing cells
  blank; notes; drop-down lists of the levels and of yes/no over those columns (long lists in a
  hidden lists sheet). Criteria: definitions, levels, thresholds, every group's raw weights and the
  combined weights. Judgements: each group's pairwise answers with priorities and consistency,
  complete (eigenvector; lambda_max, CI, CR) or not (least squares; CR of the completed matrix).
  TOPSIS, AHP, Groups: computed results, written as values (they show in viewers that do not
  recalculate). Sensitivity: at the weights used, each ranked criterion's stability intervals
  (both methods, the tightest marked), the rank acceptability (SMAA-2) of both methods with the
  sampling settings that reproduce it, the focus communities chosen (or proposed within the
  quotas) and the methods' agreement, with scikit-criteria's rankings when the settings ask for
  them (:mod:`app.models.sensitivity`); messages from the engine are written in the record's
  language (:mod:`app.io.messages`). Model: formulas only, driven by one weight cell per
  criterion, so that a colleague can change a weight in Excel or LibreOffice and watch both
  rankings move. Log: the change log.
- ``_priorizar`` (hidden): :meth:`Workshop.to_dict` as JSON, in chunks of at most
  :data:`CHUNK_CHARS` characters, so that every input is restored exactly.

Reopening (:func:`load_record`) restores the JSON and then takes up what a person edited in the
visible input sheets: a visible cell whose value differs from what Priorizar wrote there for the
JSON's workshop wins. Taken up: Data (values, community names, regions, notes), Criteria (each
group's weights) and Summary (title, date, place, purpose). Everything else (criteria definitions
and levels, participants, agreements, judgements, the Model sheet's weights) is restored from the
JSON only; the computed sheets are never read back. Data rows are matched to the communities by
name (:func:`app.io.record.data_rows.match_rows`: a sorted sheet keeps every value, baseline rank,
comparison and choice with its community, which then follow the sheet's order; a name edited in
place is a rename), a row with a new name adds a community (its cells read as typed data), blank
rows are skipped, and a community whose row is gone is kept with a note (:func:`load_record`),
never dropped. Columns are found by position (Data: criterion ``j`` in column ``C + j``; Criteria:
criterion ``j`` in row ``2 + j``, group ``g``'s weight in column ``J + g``): columns a person
inserts, deletes or adds, and rows of the Criteria sheet, are not taken up. Numbers that agree to
1e-14 with what was written count as unchanged (openpyxl writes 16 significant digits, LibreOffice
re-saves 15).

Safety: every text is written as a text cell, never a formula
(:func:`app.io.record.cells.put`). Reading refuses files over :data:`MAX_FILE_BYTES`, zip archives
that unpack to more than :data:`MAX_UNCOMPRESSED_BYTES` or with an entry compressed more than
:data:`MAX_RATIO` times, and sheets over :data:`MAX_ROWS` rows or :data:`MAX_COLUMNS` columns;
openpyxl parses the XML with defusedxml (entity expansion refused). Every problem is an
:class:`InvalidInputError` naming the file (and the sheet, row and column).

openpyxl is imported inside the functions: it stays off the window's start-up path. Pure Python,
no Qt.

The modules, each along one seam (this package re-exports the public API; a layout constant or a
helper is imported from its module):

- :mod:`~app.io.record.writing`: :func:`save_record`, :func:`record_bytes` and the sheets' order.
- One writer per sheet: :mod:`~app.io.record.summary_sheet`, :mod:`~app.io.record.data_sheet`,
  :mod:`~app.io.record.criteria_sheet`, :mod:`~app.io.record.judgements_sheet`,
  :mod:`~app.io.record.ranking_sheets` (TOPSIS, AHP, Groups),
  :mod:`~app.io.record.sensitivity_sheet`, :mod:`~app.io.record.model_sheet`,
  :mod:`~app.io.record.log_sheet`; what they share:
  :mod:`~app.io.record.context` (the workshop evaluated once) and :mod:`~app.io.record.cells`.
- :mod:`~app.io.record.labels`: every label in both languages, and sheets found by key.
- :mod:`~app.io.record.payload`: the hidden sheet.
- :mod:`~app.io.record.reading`: :func:`load_record` and the edits taken up, with
  :mod:`~app.io.record.data_rows` (the Data sheet's rows) and :mod:`~app.io.record.cell_values`
  (what a cell says) and :mod:`~app.io.record.cell_problems` (every unreadable Data cell at
  once, and the option to open with them empty); :mod:`~app.io.record.tables`: a plain workbook
  read as a table.
- :mod:`~app.io.record.archive`: the limits and guards on untrusted workbooks;
  :mod:`~app.io.record.books`: the one door every workbook opens through (``.xlsx`` with
  openpyxl, ``.ods`` with odfpy, ``.xls`` with xlrd), with the same limits: a record re-saved as
  ``.ods`` or ``.xls`` by LibreOffice reopens too.
"""

from __future__ import annotations

from app.io.record.archive import (
    MAX_COLUMNS,
    MAX_ENTRIES,
    MAX_FILE_BYTES,
    MAX_RATIO,
    MAX_ROWS,
    MAX_UNCOMPRESSED_BYTES,
    Book,
)
from app.io.record.books import open_workbook
from app.io.record.labels import FILE_FILTER, LABELS, LANGUAGES
from app.io.record.payload import CHUNK_CHARS, HIDDEN_SHEET, MARKER, RECORD_VERSION
from app.io.record.reading import is_record, load_if_record, load_record, load_xlsx
from app.io.record.tables import read_table_xlsx
from app.io.record.writing import record_bytes, save_record

__all__ = [
    "CHUNK_CHARS",
    "FILE_FILTER",
    "HIDDEN_SHEET",
    "LABELS",
    "LANGUAGES",
    "MARKER",
    "MAX_COLUMNS",
    "MAX_ENTRIES",
    "MAX_FILE_BYTES",
    "MAX_RATIO",
    "MAX_ROWS",
    "MAX_UNCOMPRESSED_BYTES",
    "RECORD_VERSION",
    "Book",
    "is_record",
    "load_if_record",
    "load_record",
    "load_xlsx",
    "open_workbook",
    "read_table_xlsx",
    "record_bytes",
    "save_record",
]
