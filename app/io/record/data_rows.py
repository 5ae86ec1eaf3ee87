"""Taking up the Data sheet of a reopened record: its rows matched to the communities.

Data rows are matched to the communities by name (:func:`match_rows`): a sorted sheet keeps every
value, baseline rank, comparison and choice with its community, which then follow the sheet's
order; a name edited in place is a rename. A row with a new name adds a community (its cells read
as typed data), blank rows are skipped, and a community whose row is gone is kept with a note,
never dropped (:func:`take_up_data`). Columns are found by position (criterion ``j`` in column
:data:`~app.io.record.data_sheet.DATA_FIRST_COLUMN` ``+ j``): columns a person inserts, deletes
or adds are not taken up. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from app.io.record.cell_values import cell, parse_value, same, text_of
from app.io.record.cells import clean
from app.io.record.data_sheet import DATA_FIRST_COLUMN, DATA_FIRST_ROW, rendered_value
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
) -> bool:
    """Take up the Data sheet: each row is matched to its community by :func:`match_rows`; the
    communities follow the sheet's order, a new row adds a community, a community whose row is
    gone is kept last with a note. Returns whether anything changed."""
    criteria = workshop.criteria
    notes_column = DATA_FIRST_COLUMN + len(criteria)
    table = _data_table(rows, notes_column, file, sheet)
    match = match_rows(table, workshop, file, sheet)
    communities: list[dict[str, Any]] = []
    values: list[list[float | None]] = []
    taken = {c.id for c in workshop.communities}
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
        fields = zip(("name", "region", "notes"), (1, 2, notes_column), written, strict=True)
        for key, column, expected in fields:
            shown = cell(rows, row, column)
            if i is None or not same(shown, clean(expected)):
                entry[key] = text_of(shown)
        for j, criterion in enumerate(criteria):
            column = DATA_FIRST_COLUMN + j
            shown = cell(rows, row, column)
            if i is not None and same(shown, rendered_value(criterion, shown_values[j], lang)):
                continue
            value = parse_value(criterion, shown, file, sheet, row, column)
            values_row[j] = None if math.isnan(value) else value
        communities.append(entry)
        values.append(values_row)
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


def _data_table(
    rows: Sequence[Sequence[Any]], notes_column: int, file: Path, sheet: str
) -> list[tuple[int, tuple[Any, ...]]]:
    """The Data sheet's community rows as (Excel row number, cells up to the notes column).

    Blank rows (nothing in columns A to the notes) are skipped: a spacer row holds nothing to
    take up. A row with something in it but no name in column A is an error naming the row."""
    table: list[tuple[int, tuple[Any, ...]]] = []
    for row in range(DATA_FIRST_ROW, len(rows) + 1):
        cells = tuple(cell(rows, row, column) for column in range(1, notes_column + 1))
        if all(not text_of(value) for value in cells):
            continue
        if not text_of(cells[0]):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”, sheet “{sheet}”, row {row}: this row has data but no community "
                    "name in column A. Type the name, or delete the row.",
                ),
                file=file.name,
                sheet=sheet,
                row=row,
            )
        table.append((row, cells))
    return table


class Match(NamedTuple):
    """Which community each Data row is: ``rows`` maps an Excel row to a community's index
    (rows not in it are new communities); ``missing`` are the indices of communities no row is."""

    rows: dict[int, int]
    missing: list[int]


def match_rows(
    table: Sequence[tuple[int, Sequence[Any]]], workshop: Workshop, file: Path, sheet: str
) -> Match:
    """Match the Data sheet's rows to the record's communities.

    1. By name: a row whose name (see :func:`app.models.workshop.name_key`) is on one row only
       and is the name of one community only is that community, wherever the row now is (rows
       sorted or moved).
    2. In place: a community not matched by name whose row when saved (row ``3 + i``) is not
       matched either is the row there: its name was edited (a rename).
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
        if DATA_FIRST_ROW + i in free_rows:
            position = free_rows.pop(DATA_FIRST_ROW + i)
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


__all__ = ["Match", "match_rows", "take_up_data"]
