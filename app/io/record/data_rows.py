"""Taking up the Data sheet of a reopened record: its rows matched to the communities.

Data rows are matched to the communities by name (:func:`match_rows`): a sorted sheet keeps every
value, baseline rank, comparison and choice with its community, which then follow the sheet's
order; a name edited in place is a rename. A row with a new name adds a community (its cells read
as typed data), blank rows are skipped, and a community whose row is gone is kept with a note,
never dropped (:func:`take_up_data`).

Columns are found by their headers, never by position (:func:`data_columns`): the community,
region and notes columns by their labels and each criterion by its name, in either language, so a
column a person inserts, moves or deletes is taken up correctly (issue 18: an empty column
inserted before the consent column made every community "no data"). A criterion whose column is
gone keeps its values (a note says so); a column whose header is no criterion is refused when a
criterion's column is missing (it was renamed: criteria are renamed in Priorizar), else left out
with a note; a column with data but no header is refused, naming it. The header row is found
too (a row inserted above it moves it). Value cells that cannot be read are all found before any
is refused (:mod:`app.io.record.cell_problems`), and may be left empty instead. Pure Python, no
Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from app.io.record.cell_problems import KEPT_CELLS, BlankedCells, CellProblem, CellProblems
from app.io.record.cell_values import cell, cell_error, read_value, same, text_of
from app.io.record.cells import clean
from app.io.record.data_sheet import DATA_FIRST_ROW, rendered_value
from app.io.record.labels import LANGUAGES, label
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop, name_key


def take_up_data(
    rows: Sequence[Sequence[Any]],
    file: Path,
    sheet: str,
    lang: str,
    workshop: Workshop,
    data: dict[str, Any],
    notes: list[InvalidInputError] | None,
    blank_bad_cells: bool = False,
) -> bool:
    """Take up the Data sheet: each row is matched to its community by :func:`match_rows`; the
    communities follow the sheet's order, a new row adds a community, a community whose row is
    gone is kept last with a note. Returns whether anything changed.

    Every value cell is read before any is refused: the cells that hold no value of their
    criterion are raised together as :class:`~app.io.record.cell_problems.CellProblems`, in the
    sheet's order; with ``blank_bad_cells`` they are left empty (no data) instead, and a
    :class:`~app.io.record.cell_problems.BlankedCells` note names them."""
    criteria = workshop.criteria
    columns = data_columns(rows, file, sheet, workshop, notes)
    table = _data_table(rows, columns, file, sheet)
    match = match_rows(table, workshop, file, sheet, columns.first_row)
    communities: list[dict[str, Any]] = []
    values: list[list[float | None]] = []
    taken = {c.id for c in workshop.communities}
    problems: list[CellProblem] = []  # the first KEPT_CELLS, in the sheet's order
    bad_cells = 0
    for row, cells in table:
        i = match.rows.get(row)
        if i is None:
            entry: dict[str, Any] = {"id": _new_id(text_of(cells[0]), taken)}
            values_row: list[float | None] = [None] * len(criteria)
            shown_values = [math.nan] * len(criteria)
            written: Sequence[str] = ("", "", "")
        else:
            community = workshop.communities[i]
            entry = dict(data["communities"][i])
            values_row = list(data["values"][i])
            shown_values = [float(v) for v in workshop.values[i]]
            written = (community.name, community.region, community.notes)
        fields = zip(
            ("name", "region", "notes"),
            (columns.name, columns.region, columns.notes),
            written,
            strict=True,
        )
        for key, column, expected in fields:
            if column is None:  # the column was deleted: nothing to take up
                if i is None:
                    entry[key] = ""
                continue
            shown = cell(rows, row, column)
            if i is None or not same(shown, clean(expected)):
                entry[key] = _text_cell(shown, file, sheet, row, column)
        in_row: list[tuple[int, CellProblem]] = []
        for j, criterion in enumerate(criteria):
            found = columns.criteria.get(j)
            if found is None:
                continue  # its column is gone: the values stay (a note says so)
            shown = cell(rows, row, found)
            if i is not None and same(shown, rendered_value(criterion, shown_values[j], lang)):
                continue
            value = read_value(criterion, shown, file, sheet, row, found)
            if isinstance(value, CellProblem):
                in_row.append((found, value))
                values_row[j] = None  # left empty when the caller asks for it; else refused
                continue
            values_row[j] = None if math.isnan(value) else value
        bad_cells += len(in_row)
        room = KEPT_CELLS - len(problems)
        problems += [problem for _, problem in sorted(in_row, key=lambda p: p[0])][:room]
        communities.append(entry)
        values.append(values_row)
    if bad_cells:
        if not blank_bad_cells:
            raise CellProblems(file.name, problems, bad_cells)
        if notes is not None:
            notes.append(BlankedCells(file.name, problems, bad_cells))
    for i in match.missing:
        communities.append(data["communities"][i])
        values.append(data["values"][i])
        if notes is not None:
            notes.append(
                InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”: the row of “{name}” (row {row} when saved) is "
                        "gone. The community is kept with all its data, last in the table; "
                        "remove it in Priorizar if it should go.",
                    ),
                    file=file.name,
                    sheet=sheet,
                    name=workshop.communities[i].name,
                    row=DATA_FIRST_ROW + i,
                )
            )
    changed = bool(communities != data["communities"] or values != data["values"])
    data["communities"], data["values"] = communities, values
    return changed


class DataColumns(NamedTuple):
    """Where the Data sheet's parts are (1-based rows and columns), found by their headers:
    the community names, the regions and the notes (None: the column was deleted), each
    criterion's column by its index in the workshop (absent: deleted), the header row and the
    first row of communities."""

    name: int
    region: int | None
    notes: int | None
    criteria: dict[int, int]
    header_row: int
    first_row: int


def _header_key(value: Any) -> str:
    """A header as compared: case, outer spaces and runs of spaces do not count."""
    return " ".join(text_of(value).split()).casefold()


#: Rows looked at for the header row (a person may insert a title above it).
_HEADER_SEARCH_ROWS = 20


def data_columns(
    rows: Sequence[Sequence[Any]],
    file: Path,
    sheet: str,
    workshop: Workshop,
    notes: list[InvalidInputError] | None,
) -> DataColumns:
    """The Data sheet's columns, by their headers (see the module docstring)."""
    community_labels = {_header_key(label(code, "community")) for code in LANGUAGES}
    header_row = next(
        (
            number
            for number in range(1, min(len(rows), _HEADER_SEARCH_ROWS) + 1)
            if any(_header_key(value) in community_labels for value in rows[number - 1])
        ),
        None,
    )
    if header_row is None:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, sheet “{sheet}”: no row names the columns (a row with “{community}” "
                "over the communities' names). Put back the header row.",
            ),
            file=file.name,
            sheet=sheet,
            community=label(LANGUAGES[0], "community"),
        )
    # header -> what it names, in the order the record writes them (community, region, the
    # criteria, notes): the k-th column of a header is the k-th of the parts that bear it, so that
    # two criteria of one name, or a criterion named like a label ("Notas"), are told apart and a
    # record the program saved always reopens
    parts: list[tuple[int, str, tuple[str, int]]] = []
    m = len(workshop.criteria)
    for code in LANGUAGES:
        for place, key in ((0, "community"), (1, "region"), (m + 2, "notes")):
            parts.append((place, _header_key(label(code, key)), (key, -1)))
    for j, criterion in enumerate(workshop.criteria):
        for text in criterion.name.values():
            parts.append((j + 2, _header_key(text), ("criterion", j)))
    wanted: dict[str, list[tuple[str, int]]] = {}
    for _, text, part in sorted(parts, key=lambda item: item[0]):
        named = wanted.setdefault(text, [])
        if part not in named:
            named.append(part)
    found: dict[tuple[str, int], int] = {}
    unknown: list[tuple[int, str]] = []
    heads = rows[header_row - 1]
    for column, value in enumerate(heads, start=1):
        key = _header_key(value)
        if not key:
            if _has_data(rows, header_row, column):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”, row {row}, column {column}: this column has "
                        "data but no header. Type the criterion's name over it, or delete the "
                        "column.",
                    ),
                    file=file.name,
                    sheet=sheet,
                    row=header_row,
                    column=_letter(column),
                )
            continue  # an empty column a person inserted: nothing in it
        targets = wanted.get(key)
        if targets is None:
            unknown.append((column, text_of(value)))
            continue
        what = next((t for t in targets if t not in found), targets[0])
        if what in found:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”, row {row}: columns {first} and {column} are both "
                    "“{text}”. Delete one of them.",
                ),
                file=file.name,
                sheet=sheet,
                row=header_row,
                first=_letter(found[what]),
                column=_letter(column),
                text=text_of(value),
            )
        found[what] = column
    missing = [j for j in range(len(workshop.criteria)) if ("criterion", j) not in found]
    if unknown and missing:
        column, text = unknown[0]
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, sheet “{sheet}”, row {row}, column {column}: “{text}” is not a "
                "criterion of this workshop, and the column of {criterion} is missing. Criteria "
                "are renamed in Priorizar, not in the sheet: put back the name {criterion}.",
            ),
            file=file.name,
            sheet=sheet,
            row=header_row,
            column=_letter(column),
            text=text,
            criterion=workshop.criteria[missing[0]].named,
        )
    name = found.get(("community", -1))
    if name is None:  # pragma: no cover - the header row was found by this label
        raise AssertionError("community column")
    if notes is not None:
        for column, text in unknown:
            notes.append(
                InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”, column {column}: “{text}” is not part of the "
                        "record; it was not taken up.",
                    ),
                    file=file.name,
                    sheet=sheet,
                    column=_letter(column),
                    text=text,
                )
            )
        for j in missing:
            notes.append(
                InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "“{file}”, sheet “{sheet}”: the column of {criterion} is gone. Its values "
                        "are kept as they were saved.",
                    ),
                    file=file.name,
                    sheet=sheet,
                    criterion=workshop.criteria[j].named,
                )
            )
    unit_labels = {_header_key(label(code, "unit")) for code in LANGUAGES}
    has_units = _header_key(cell(rows, header_row + 1, name)) in unit_labels
    return DataColumns(
        name=name,
        region=found.get(("region", -1)),
        notes=found.get(("notes", -1)),
        criteria={j: column for (kind, j), column in found.items() if kind == "criterion"},
        header_row=header_row,
        first_row=header_row + (2 if has_units else 1),
    )


def _has_data(rows: Sequence[Sequence[Any]], header_row: int, column: int) -> bool:
    """Whether any row below the header has something in ``column``."""
    return any(text_of(cell(rows, row, column)) for row in range(header_row + 1, len(rows) + 1))


def _letter(column: int) -> str:
    from app.io.table_import import column_letter

    return column_letter(column - 1)


def _text_cell(value: Any, file: Path, sheet: str, row: int, column: int) -> str:
    """A name, region or note typed in the sheet; a formula without a stored value is refused
    (its text is not what a person sees), naming the cell."""
    from app.io.record.archive import Formula

    if isinstance(value, Formula):
        raise cell_error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”, sheet “{sheet}”, row {row}, column {column}: the formula “{text}” has "
                "no stored value (the file was not saved by a spreadsheet program). Open it in "
                "Excel or LibreOffice and save it, or type the value.",
            ),
            file,
            sheet,
            row,
            column,
            value,
        )
    return text_of(value)


def _data_table(
    rows: Sequence[Sequence[Any]], columns: DataColumns, file: Path, sheet: str
) -> list[tuple[int, tuple[Any, ...]]]:
    """The Data sheet's community rows as (Excel row number, cells of the columns found, the
    name first).

    Blank rows (nothing in the columns found) are skipped: a spacer row holds nothing to take
    up. A row with something in it but no name is an error naming the row."""
    used = [columns.name, *(c for c in (columns.region, columns.notes) if c is not None)]
    used += sorted(columns.criteria.values())
    table: list[tuple[int, tuple[Any, ...]]] = []
    for row in range(columns.first_row, len(rows) + 1):
        cells = tuple(cell(rows, row, column) for column in used)
        if all(not text_of(value) for value in cells):
            continue
        if not text_of(cells[0]):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”, row {row}: this row has data but no community "
                    "name in column {column}. Type the name, or delete the row.",
                ),
                file=file.name,
                sheet=sheet,
                row=row,
                column=_letter(columns.name),
            )
        table.append((row, cells))
    return table


class Match(NamedTuple):
    """Which community each Data row is: ``rows`` maps an Excel row to a community's index
    (rows not in it are new communities); ``missing`` are the indices of communities no row is."""

    rows: dict[int, int]
    missing: list[int]


def match_rows(
    table: Sequence[tuple[int, Sequence[Any]]],
    workshop: Workshop,
    file: Path,
    sheet: str,
    first_row: int = DATA_FIRST_ROW,
) -> Match:
    """Match the Data sheet's rows to the record's communities.

    1. By name: a row whose name (see :func:`app.models.workshop.name_key`) is on one row only
       and is the name of one community only is that community, wherever the row now is (rows
       sorted or moved).
    2. In place: a community not matched by name whose row when saved (row ``3 + i``) is not
       matched either is the row there (``first_row + i``, ``first_row`` the sheet's first row of
       communities now): its name was edited (a rename).
    3. In order: if as many rows as communities are still unmatched, they pair up in order (a
       rename in rows that were also sorted).
    4. The rows left over are new communities (a name already on another row or of a community
       is an error naming both rows); the communities left over are kept (see
       :func:`take_up_data`).

    A sort and a rename in the same editing are told apart as long as the renamed row's other
    names are still there; renaming several communities and sorting in one go may pair renamed
    rows in order, so rename and sort in separate steps when in doubt.
    """
    keys = [name_key(text_of(cells[0])) for _, cells in table]
    on_rows: dict[str, list[int]] = {}
    for position, key in enumerate(keys):
        on_rows.setdefault(key, []).append(position)
    of_communities: dict[str, list[int]] = {}
    for i, community in enumerate(workshop.communities):
        of_communities.setdefault(name_key(community.name), []).append(i)
    matched: dict[int, int] = {}  # position in table -> community index
    for position, key in enumerate(keys):
        if len(on_rows[key]) == 1 and len(of_communities.get(key, ())) == 1:
            matched[position] = of_communities[key][0]
    free_communities = [i for i in range(len(workshop.communities)) if i not in matched.values()]
    free_rows = {table[p][0]: p for p in range(len(table)) if p not in matched}
    for i in list(free_communities):
        if first_row + i in free_rows:
            position = free_rows.pop(first_row + i)
            matched[position] = i
            free_communities.remove(i)
    if len(free_rows) == len(free_communities):
        matched.update(zip(free_rows.values(), free_communities, strict=True))
        free_rows, free_communities = {}, []
    for row, position in free_rows.items():
        first = on_rows[keys[position]][0]
        if first != position:
            raise _repeated_name(file, sheet, table[position][1][0], row, table[first][0])
        for i in of_communities.get(keys[position], ()):
            where = next((table[p][0] for p, c in matched.items() if c == i), None)
            if where is not None:
                raise _repeated_name(file, sheet, table[position][1][0], row, where)
    return Match({table[p][0]: i for p, i in matched.items()}, free_communities)


def _repeated_name(file: Path, sheet: str, name: Any, row: int, first: int) -> InvalidInputError:
    """The error for a community's name in ``row`` that is already in row ``first``."""
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”, sheet “{sheet}”, row {row}: the community “{name}” is already in row "
            "{first}. Each community can appear only once.",
        ),
        file=file.name,
        sheet=sheet,
        row=row,
        name=text_of(name),
        first=first,
    )


def _new_id(name: str, taken: set[str]) -> str:
    """An id for a community added in the Data sheet: its name's slug, distinct from ``taken``
    (to which it is added)."""
    from app.io.table_import import unique_slugs

    (identifier,) = unique_slugs([name], "k", taken)
    taken.add(identifier)
    return identifier


__all__ = ["DataColumns", "Match", "data_columns", "match_rows", "take_up_data"]
