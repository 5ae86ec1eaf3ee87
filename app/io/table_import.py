"""A workshop from a CSV table of candidate communities, as people's spreadsheets write it.

The table: the header row names the criteria (its first cell, the label of the community column,
is ignored and may be empty); every following row is a community, named in the first column, with
one number per criterion. A column headed "Región" or "Region" (:data:`REGION_HEADERS`) holds the
communities' regions instead, as in the window's import step. Every criterion becomes a numeric
criterion to maximise, unless ``objectives`` says otherwise; one group (``"g1"``, named by the
caller, "Grupo 1" by default) weighs all criteria equally.

What real files look like, and what is accepted:

- Encoding: UTF-8 with or without a byte-order mark (Excel's "CSV UTF-8"), UTF-16 with a
  byte-order mark (Excel's "Unicode text"), otherwise Windows-1252 (Excel's plain "CSV" on a
  Spanish or English Windows).
- Separator: ``;`` (Excel in Spanish locales, where the comma is the decimal mark), ``,`` or tab,
  found by which one splits the header and the data rows into the same number of cells.
- Numbers: ``3.5``, and ``3,5`` when the separator is ``;`` or tab (a comma cannot be a decimal
  mark in a comma-separated file); an exponent as Excel writes it (``1,5E+03``); thousands
  separators (``1.234,5``). A number that reads two ways against the file's decimal mark
  (``1.234`` in a file of decimal commas) is read with the file's mark and told in a note naming
  the cell (:mod:`app.io.numbers`). ``NaN``, ``inf`` and other texts are not numbers.
- An empty cell (or a short row) is a missing value; so are the usual marks for no data (``s/d``,
  ``N/D``, ``sin dato``, ``-``), with a note. Entirely empty rows are skipped; a column with
  neither a header nor any data (trailing separators) is ignored.
- Row numbers in messages are those of the file, counting the header as row 1, as a spreadsheet
  shows them; columns are named by their header and their spreadsheet letter.

Limits (:mod:`app.models.limits`): at most :data:`MAX_FILE_BYTES` bytes, :data:`MAX_ROWS` rows
with something in them and :data:`MAX_COLUMNS` cells a row, refused as soon as the reader meets
them (a million criteria no longer take 44 s before any answer); the workshop made of the table
must also hold no more communities and criteria than the program computes and saves.

Pure Python (the :mod:`csv` module), no Qt.
"""

from __future__ import annotations

import codecs
import csv
import io
import math
import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from app.io.limited import read_limited
from app.io.numbers import is_missing_mark, read_number
from app.models.criterion import Criterion, CriterionKind, Direction
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.limits import MAX_SHEET_COLUMNS, MAX_SHEET_ROWS, MAX_TABLE_BYTES, check_size
from app.models.workshop import Community, Group, Metadata, Workshop, name_key

#: Largest table read, in bytes.
MAX_FILE_BYTES: Final = MAX_TABLE_BYTES
#: Most rows with something in them read (data rows, header and title rows included).
MAX_ROWS: Final = MAX_SHEET_ROWS
#: Most cells of a row read (a table may have columns that are not criteria).
MAX_COLUMNS: Final = MAX_SHEET_COLUMNS
#: Separators tried, in order of preference when two split the table equally well.
SEPARATORS: Final = (";", "\t", ",")
#: Id of the one group of an imported table.
GROUP_ID: Final = "g1"
#: Headers (compared with :func:`~app.models.workshop.name_key`) of a column of regions: the
#: communities' region (the quotas of the focus communities count by it), never a criterion.
REGION_HEADERS: Final = frozenset({"region", "regiones", "regions"})
#: Rows looked at to choose the separator.
_SNIFF_ROWS: Final = 50

# ASCII digits only: float() would also take "٣" or "1_000", which no spreadsheet writes.
NUMBER_DOT: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
NUMBER_DOT_OR_COMMA: Final = re.compile(
    r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?", re.ASCII
)


@dataclass(frozen=True)
class _Table:
    rows: list[tuple[int, list[str]]]  # (row number in the file, cells), empty rows left out
    separator: str
    decoded: DecodedText | None = None


def read_table_csv(
    path: str | os.PathLike[str],
    *,
    objectives: Sequence[str] | None = None,
    group_name: str = "Grupo 1",
    notes: list[InvalidInputError] | None = None,
) -> Workshop:
    """Read a CSV table of communities x criteria into a new, validated workshop.

    ``objectives``: one ``"max"`` or ``"min"`` per criterion column, in order (default: all
    ``"max"``). ``group_name``: the name of the single group, whose weights are all 1 (equal).

    What the reader should know (a number read with the file's decimal mark that could be read
    otherwise, a mark for no data) is appended to ``notes`` when a list is given, naming the cell.
    Raises :class:`InvalidInputError` naming the file, row and column of the first problem.
    """
    file = Path(path)
    table = read_rows(file)
    if notes is not None and table.decoded is not None:
        notes.extend(encoding_notes(table.decoded, file.name))
    return workshop_from_rows(
        table.rows,
        file,
        decimal_comma=table.separator != ",",
        objectives=objectives,
        group_name=group_name,
        notes=notes,
    )


def workshop_from_rows(
    rows: Sequence[tuple[int, list[str]]],
    file: Path,
    *,
    decimal_comma: bool | None,
    objectives: Sequence[str] | None = None,
    group_name: str = "Grupo 1",
    notes: list[InvalidInputError] | None = None,
    sheet: str | None = None,
) -> Workshop:
    """A validated workshop from a table's non-empty rows as ``(row number, cell texts)``, the
    header row first (see :func:`read_table_csv`). ``decimal_comma``: the file's decimal mark
    (True: the comma; None: none, as in a workbook's text cells, where a number that reads two
    ways is refused naming the cell). ``sheet`` names the sheet in messages (a workbook's)."""
    table = _Table(list(rows), ";" if decimal_comma else ",")
    header_number, header = table.rows[0]
    where = Where(file.name, sheet)
    names = _criterion_names(header, table.rows[1:], where)
    # a column headed "Región" gives the communities' regions, as in the import step
    region = next((j for j, name in enumerate(names, start=1) if is_region_header(name)), None)
    columns = [j for j in range(1, len(names) + 1) if j != region]  # the criteria's columns
    check_size(len(table.rows) - 1, len(columns))
    directions = _directions(objectives, len(columns))

    communities: list[str] = []
    regions: list[str] = []
    first_seen: dict[str, int] = {}
    values: list[list[float]] = []
    for number, cells in table.rows[1:]:
        name = cells[0].strip()
        if not name:
            raise InvalidInputError(
                where.pick(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, row {row}: the first column (A) must name the community.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”, row {row}: the first column (A) must name the "
                        "community.",
                    ),
                ),
                row=number,
                **where.params,
            )
        key = name_key(name)
        if key in first_seen:
            raise InvalidInputError(
                where.pick(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, row {row}: the community “{name}” is already in row {first}. "
                        "Each community can appear only once.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”, row {row}: the community “{name}” is already "
                        "in row {first}. Each community can appear only once.",
                    ),
                ),
                row=number,
                name=name,
                first=first_seen[key],
                **where.params,
            )
        first_seen[key] = number
        row: list[float] = []
        for j in columns:
            text = cells[j].strip() if j < len(cells) else ""
            row.append(_number(text, decimal_comma, number, j, names[j - 1], where, notes))
        communities.append(name)
        regions.append(cells[region].strip() if region is not None and region < len(cells) else "")
        values.append(row)

    if not communities:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” has a header row (row {row}) but no communities below it.",
            ),
            file=file.name,
            row=header_number,
        )
    criterion_names = [names[j - 1] for j in columns]
    criterion_ids = unique_slugs(criterion_names, "c")
    criteria = tuple(
        Criterion(id=cid, name={"es": name, "en": name}, kind=CriterionKind.NUMERIC, direction=d)
        for cid, name, d in zip(criterion_ids, criterion_names, directions, strict=True)
    )
    workshop = Workshop(
        criteria=criteria,
        communities=tuple(
            Community(id=cid, name=name, region=region_name)
            for cid, name, region_name in zip(
                unique_slugs(communities, "k"), communities, regions, strict=True
            )
        ),
        values=np.array(values, dtype=np.float64).reshape(len(communities), len(criteria)),
        groups=(Group(id=GROUP_ID, name=group_name, weights=dict.fromkeys(criterion_ids, 1.0)),),
        active_group=GROUP_ID,
        metadata=Metadata(title=file.stem),
    )
    workshop.validate()
    return workshop


def is_region_header(header: str) -> bool:
    """Whether ``header`` names the communities' regions (:data:`REGION_HEADERS`)."""
    return name_key(header) in REGION_HEADERS


def column_letter(index: int) -> str:
    """The spreadsheet letter of a 0-based column index: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def slug(text: str) -> str:
    """An identifier from a name: ASCII lowercase letters, digits and ``_`` (may be empty).

    Accents are dropped ("Área protegida" -> "area_protegida").
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def unique_slugs(names: Sequence[str], prefix: str, taken: Iterable[str] = ()) -> list[str]:
    """One distinct identifier per name: its :func:`slug`, ``prefix`` + position when the name
    has no letters or digits, and ``_2``, ``_3``... appended to repeats and to the identifiers
    already ``taken``."""
    result: list[str] = []
    used = set(taken)
    for position, name in enumerate(names, start=1):
        base = slug(name) or f"{prefix}{position}"
        candidate, counter = base, 2
        while candidate in used:
            candidate, counter = f"{base}_{counter}", counter + 1
        used.add(candidate)
        result.append(candidate)
    return result


def read_rows(file: Path, encoding: str | None = None) -> _Table:
    """The table's non-empty rows, its separator and how its text was decoded (``encoding``: a
    codec the person chose in the import step, else detected, :func:`decode_table`)."""
    decoded = decode_table(read_limited(file, MAX_FILE_BYTES), file, encoding)
    text = decoded.text
    separator = _choose_separator(text)
    rows: list[tuple[int, list[str]]] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    number = 0
    try:
        for number, cells in enumerate(reader, start=1):
            if len(cells) > MAX_COLUMNS and any(cell.strip() for cell in cells[MAX_COLUMNS:]):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, row {row}: {count} columns is more than this program reads (at "
                        "most {limit}). Check that it is the right file.",
                    ),
                    file=file.name,
                    row=number,
                    count=len(cells),
                    limit=MAX_COLUMNS,
                )
            if any(cell.strip() for cell in cells):
                if len(rows) >= MAX_ROWS:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "“{file}” has more than {limit} rows; a table of communities is far "
                            "smaller. Check that it is the right file.",
                        ),
                        file=file.name,
                        limit=MAX_ROWS,
                    )
                rows.append((number, cells[:MAX_COLUMNS]))
    except csv.Error as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}”, row {row}: the row cannot be read ({detail})."
            ),
            file=file.name,
            row=number + 1,
            detail=str(error),
        ) from error
    if not rows:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is empty: it holds no table."), file=file.name
        )
    return _Table(rows, separator, decoded)


@dataclass(frozen=True)
class DecodedText:
    """A table's text and how it was decoded, for the import step's preview: ``encoding`` (a
    Python codec name), ``confidence`` in [0, 1] that it is the right one, and ``mixed_rows``:
    the rows of a UTF-8 file that are not UTF-8 (a row pasted from another program), decoded as
    Windows-1252 one by one rather than turning every accented name of the file into mojibake."""

    text: str
    encoding: str
    confidence: float
    mixed_rows: tuple[int, ...] = ()
    #: the person chose the encoding (in the import step): nothing was guessed
    chosen: bool = False

    @property
    def uncertain(self) -> bool:
        """Whether the person should check the accented names: a guess below
        :data:`SURE_ENOUGH`, rows decoded otherwise than the rest, or Mac Roman (rare, and told
        from Windows-1252 only by the letters it changes); never for the person's own choice."""
        if self.chosen:
            return False
        return (
            self.confidence < SURE_ENOUGH or bool(self.mixed_rows) or self.encoding == "mac-roman"
        )


#: The encodings the import step offers (Python codec names), the usual ones first: UTF-8
#: (Excel's "CSV UTF-8", LibreOffice), Windows-1252 (Excel's "CSV" on Windows), Mac Roman (Excel's
#: "CSV" on a Mac), Latin-1 (ISO-8859-1, older Linux programs) and UTF-16 (Excel's "Unicode text").
ENCODING_CHOICES: Final = ("utf-8", "cp1252", "mac-roman", "iso8859-1", "utf-16")
#: Confidence from which a guessed encoding is taken without a warning.
SURE_ENOUGH: Final = 0.9
#: The single-byte encodings a table of communities comes in: Excel's "CSV" on Windows in Spanish
#: or English (Windows-1252, of which Latin-1 is a subset) and Excel's "CSV" on a Mac (Mac
#: Roman). Detection among all of charset-normalizer's code pages mistakes short Spanish texts
#: for Central European ones (cp1250 reads "ñ" as "ń"), so it chooses among these.
SINGLE_BYTE: Final = ("cp1252", "mac_roman")


def decode_table(raw: bytes, file: Path, encoding: str | None = None) -> DecodedText:
    """The text of a table file, and how sure its encoding is (:class:`DecodedText`).

    A byte-order mark is taken at its word (UTF-8, UTF-16). Text that is UTF-8 throughout is
    UTF-8 (confidence 1: other encodings almost never form valid UTF-8 by chance). A UTF-8 file
    with a few rows that are not (pasted from a Windows-1252 program) keeps its UTF-8 and decodes
    those rows as Windows-1252, naming them. Anything else is one of :data:`SINGLE_BYTE`, chosen
    by charset-normalizer (its measure of mess, then of language coherence, Ousret 2019-2025,
    https://github.com/jawah/charset_normalizer); the confidence is low when the two read alike
    (a Mac Roman file is told from Windows-1252 only by a few letters), and the import step then
    shows a warning with the preview. ``encoding`` overrides the detection (the person's choice).
    """
    _refuse_binary(raw, file)
    if encoding is not None:
        try:
            name = codecs.lookup(encoding).name
            text = raw.decode(encoding)
            # a UTF-8 file from Excel ("CSV UTF-8") starts with a byte-order mark, not a letter
            return DecodedText(text.removeprefix("\ufeff"), name, 1.0, chosen=True)
        except (LookupError, UnicodeDecodeError) as error:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{file}” cannot be read as {encoding}: choose another encoding."
                ),
                file=file.name,
                encoding=encoding,
            ) from error
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return DecodedText(raw.decode("utf-16"), "utf-16", 1.0)
        except UnicodeDecodeError:
            pass  # not UTF-16 after all; fall through to the checks below
    if b"\x00" in raw:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” is not a text table (CSV): it holds binary data."
            ),
            file=file.name,
        )
    try:
        return DecodedText(raw.decode("utf-8-sig"), "utf-8", 1.0)
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(raw)
    if mixed is not None:
        return mixed
    return _single_byte(raw)


def _mostly_utf8(raw: bytes) -> DecodedText | None:
    """A file whose non-ASCII rows are UTF-8 but for a few (at most a quarter): those decoded as
    Windows-1252, named; None when the file is not UTF-8 at heart."""
    lines = raw.removeprefix(codecs.BOM_UTF8).split(b"\n")
    texts: list[str] = []
    utf8_rows, other_rows = 0, []
    for number, line in enumerate(lines, start=1):
        try:
            text = line.decode("utf-8")
            utf8_rows += not line.isascii()
        except UnicodeDecodeError:
            text = line.decode("cp1252", errors="replace")
            other_rows.append(number)
        texts.append(text)
    if not utf8_rows or len(other_rows) > max(1, utf8_rows // 3):
        return None
    return DecodedText("\n".join(texts), "utf-8", 1.0, tuple(other_rows))


#: Letters a Spanish, Quechua or Aymara name holds beyond ASCII: what a right decoding shows.
_NAME_LETTERS: Final = frozenset("áéíóúüñÁÉÍÓÚÜÑ")


def _single_byte(raw: bytes) -> DecodedText:
    """The likelier of :data:`SINGLE_BYTE`, and how sure.

    charset-normalizer measures each decoding's mess and language coherence; short tables of
    names give it little to go on (it took "aÁa" in Windows-1252 for Mac Roman, and could not
    tell a Mac Roman table from a Windows one by mess alone), so the share of the non-ASCII
    characters that are letters of the names (:data:`_NAME_LETTERS`) decides first: a wrong
    decoding turns "á" into "‡" or "·". The confidence is the margin between the two readings."""
    from charset_normalizer import from_bytes

    measured = {
        codecs.lookup(match.encoding).name: match
        for match in from_bytes(raw, cp_isolation=list(SINGLE_BYTE), explain=False)
    }
    readings = []
    for name in SINGLE_BYTE:
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        unusual = [c for c in text if not c.isascii()]
        letters = sum(c in _NAME_LETTERS for c in unusual) / max(1, len(unusual))
        match = measured.get(codecs.lookup(name).name)
        coherence = match.coherence if match is not None else 0.0
        chaos = match.chaos if match is not None else 1.0
        readings.append((letters, coherence - chaos, codecs.lookup(name).name, text))
    readings.sort(reverse=True)
    if not readings or (len(readings) == 1 and readings[0][0] < 0.5):
        # a byte Windows-1252 leaves undefined, in a text Mac Roman does not make names of
        # either: Latin-1 takes every byte as it is (and says it is unsure)
        return DecodedText(raw.decode("latin-1"), "latin-1", 0.5)
    letters, score, best, text = readings[0]
    if len(readings) == 1:
        return DecodedText(text, best, round(0.5 + 0.5 * letters, 3))
    other_letters, other_score, _, _ = readings[1]
    margin = (letters - other_letters) + 0.5 * (score - other_score)
    confidence = max(0.0, min(1.0, 0.5 + margin))
    return DecodedText(text, best, round(confidence, 3))


def encoding_notes(decoded: DecodedText, file: str) -> list[InvalidInputError]:
    """What to tell about how a table's text was decoded: rows that were not UTF-8 like the rest,
    or an encoding guessed without certainty (with its confidence); nothing when sure."""
    found = []
    if decoded.mixed_rows:
        found.append(
            InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”: rows {rows} are not in UTF-8 like the rest of the file; they were "
                    "read as Windows-1252. Check their accented names.",
                ),
                file=file,
                rows=", ".join(str(row) for row in decoded.mixed_rows[:20]),
            )
        )
    elif decoded.uncertain:
        found.append(
            InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”: the text's encoding is uncertain; it was read as {encoding} "
                    "({confidence} % sure). Check the accented names, or save the file as "
                    "“CSV UTF-8”.",
                ),
                file=file,
                encoding=decoded.encoding,
                confidence=round(100 * decoded.confidence),
            )
        )
    return found


def _refuse_binary(raw: bytes, file: Path) -> None:
    """A workbook given as a CSV table is refused with what to do."""
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is a workbook (Excel or LibreOffice), not a CSV table. Give its name "
                "the workbook's own extension (.xlsx, .ods or .xls) and open it again, or save "
                "it as “CSV”.",
            ),
            file=file.name,
        )


def _choose_separator(text: str) -> str:
    """The separator that splits the header and the first rows into equally many cells.

    Each candidate is scored by how many of the first rows have as many cells as its header row,
    then by how many cells the header has; a candidate must split the header in two at least.
    """
    best: tuple[int, int, int] | None = None
    chosen = SEPARATORS[0]
    sample = "\n".join(text.split("\n", _SNIFF_ROWS * 2)[: _SNIFF_ROWS * 2])
    for preference, separator in enumerate(SEPARATORS):
        try:
            rows = [
                len(cells)
                for cells in csv.reader(io.StringIO(sample, newline=""), delimiter=separator)
                if any(cell.strip() for cell in cells)
            ][:_SNIFF_ROWS]
        except csv.Error:
            continue
        if not rows or rows[0] < 2:
            continue
        header = rows[0]
        score = (sum(1 for count in rows[1:] if count == header), header, -preference)
        if best is None or score > best:
            best, chosen = score, separator
    return chosen


def _criterion_names(
    header: list[str], data: list[tuple[int, list[str]]], where: Where
) -> list[str]:
    """The criterion names of the header row (after the community column), checked."""
    width = max(len(header), *(len(cells) for _, cells in data)) if data else len(header)
    cells = [cell.strip() for cell in header] + [""] * (width - len(header))
    # Drop trailing columns that have neither a name nor any data (Excel's trailing separators).
    while (
        len(cells) > 1
        and not cells[-1]
        and not any(len(row) >= len(cells) and row[len(cells) - 1].strip() for _, row in data)
    ):
        cells.pop()
    names = cells[1:]
    if all(is_region_header(name) for name in names):  # none, or only the regions
        raise InvalidInputError(
            where.pick(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”: the header row needs the community column and at least one "
                    "criterion column after it, separated by “;”, “,” or a tab.",
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”: the header row needs the community column and at "
                    "least one criterion column after it, separated by “;”, “,” or a tab.",
                ),
            ),
            **where.params,
        )
    seen: dict[str, int] = {}
    for j, name in enumerate(names, start=1):
        if not name:
            raise InvalidInputError(
                where.pick(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”: column {letter} has data but no criterion name in the header "
                        "row.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”: column {letter} has data but no criterion "
                        "name in the header row.",
                    ),
                ),
                letter=column_letter(j),
                **where.params,
            )
        key = name.casefold()
        if key in seen:
            raise InvalidInputError(
                where.pick(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”: columns {first} and {letter} are both called “{name}”. Each "
                        "criterion can appear only once.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”: columns {first} and {letter} are both called "
                        "“{name}”. Each criterion can appear only once.",
                    ),
                ),
                first=column_letter(seen[key]),
                letter=column_letter(j),
                name=name,
                **where.params,
            )
        seen[key] = j
    return names


def _directions(objectives: Sequence[str] | None, count: int) -> list[Direction]:
    if objectives is None:
        return [Direction.MAX] * count
    if isinstance(objectives, str) or len(objectives) != count:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There are {count} directions for {criteria} criteria; each criterion needs one "
                "(max or min).",
            ),
            count=1 if isinstance(objectives, str) else len(objectives),
            criteria=count,
        )
    directions = []
    for position, objective in enumerate(objectives, start=1):
        try:
            directions.append(Direction(str(objective).strip().lower()))
        except ValueError as error:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Criterion {criterion}: the direction “{value}” is neither max nor min.",
                ),
                criterion=position,
                value=objective,
            ) from error
    return directions


@dataclass(frozen=True)
class Where:
    """The file (and sheet) a table's messages name: every message of a table names its file
    (issue 18: "Column C has data but no criterion name" said neither file nor sheet)."""

    file: str
    sheet: str | None = None

    def pick(self, in_file: str, in_sheet: str) -> str:
        """The template for a text table (``in_file``) or a workbook's sheet (``in_sheet``): two
        literal templates, so that the translation tools find both."""
        return in_file if self.sheet is None else in_sheet

    @property
    def params(self) -> dict[str, str]:
        if self.sheet is None:
            return {"file": self.file}
        return {"file": self.file, "sheet": self.sheet}


def _number(
    text: str,
    decimal_comma: bool | None,
    row: int,
    column: int,
    criterion: str,
    where: Where,
    notes: list[InvalidInputError] | None,
) -> float:
    """The cell's value: NaN for an empty cell or a mark for no data (with a note), else the
    number (read with the file's decimal mark, with a note when it reads two ways), else an
    error naming the cell."""
    if not text:
        return math.nan
    cell = {"row": row, "criterion": criterion, "letter": column_letter(column), "text": text}
    if is_missing_mark(text):
        if notes is not None:
            notes.append(
                InvalidInputError(
                    where.pick(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” is "
                            "read as no data.",
                        ),
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” "
                            "({letter}): “{text}” is read as no data.",
                        ),
                    ),
                    **cell,
                    **where.params,
                )
            )
        return math.nan
    reading = read_number(text, decimal_comma)
    if reading is not None and math.isfinite(reading.value):
        if reading.other is None:
            return reading.value
        if decimal_comma is not None:
            if notes is not None:
                notes.append(
                    InvalidInputError(
                        where.pick(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” "
                                "is read as {value}, as the file's decimal mark is “{mark}”; if "
                                "it means {other}, write it as {other} in the file.",
                            ),
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” "
                                "({letter}): “{text}” is read as {value}, as the file's decimal "
                                "mark is “{mark}”; if it means {other}, write it as {other} in "
                                "the file.",
                            ),
                        ),
                        value=f"{reading.value:g}",
                        other=f"{reading.other:g}",
                        mark="," if decimal_comma else ".",
                        **cell,
                        **where.params,
                    )
                )
            return reading.value
        raise InvalidInputError(
            where.pick(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” could be "
                    "{value} or {other}. Type it as a number without a thousands separator.",
                ),
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” ({letter}): "
                    "“{text}” could be {value} or {other}. Type it as a number without a thousands "
                    "separator.",
                ),
            ),
            value=f"{reading.value:g}",
            other=f"{reading.other:g}",
            **cell,
            **where.params,
        )
    raise InvalidInputError(
        where.pick(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, row {row}, column “{criterion}” ({letter}): “{text}” is not a number.",
            ),
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, sheet “{sheet}”, row {row}, column “{criterion}” ({letter}): "
                "“{text}” is not a number.",
            ),
        ),
        **cell,
        **where.params,
    )


__all__ = [
    "ENCODING_CHOICES",
    "GROUP_ID",
    "MAX_COLUMNS",
    "MAX_FILE_BYTES",
    "MAX_ROWS",
    "REGION_HEADERS",
    "SURE_ENOUGH",
    "DecodedText",
    "Where",
    "column_letter",
    "decode_table",
    "encoding_notes",
    "is_region_header",
    "read_table_csv",
    "slug",
    "unique_slugs",
    "workshop_from_rows",
]
