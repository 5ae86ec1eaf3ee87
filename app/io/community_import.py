"""Importing a spreadsheet of candidate communities into the open workshop.

NGO staff often prepare the communities in Excel with one column per criterion of the preset the
workshop started from. :func:`guess_community_mapping` proposes which column names the communities
(and optionally their region) and which column fills which of the workshop's criteria (a header
equal to the criterion's name in any language, compared with
:func:`~app.models.workshop.name_key`, optionally followed by its unit in brackets); the person
edits the :class:`CommunityMapping`; :func:`apply_community_mapping` reads the rows and lists every
problem with its sheet, row and column, as :func:`app.io.table_mapping.apply_mapping` does for a
new workshop (the cells are parsed by the same code, :func:`~app.io.table_mapping.cell_value`).

The workshop's criteria, levels, directions, thresholds, groups and weights are kept. A row whose
community has the name of one already in the workshop updates that community: its values of the
mapped criteria (an empty cell keeps the value it had: a half-filled sheet does not erase data)
and its region when a region column is mapped and the cell is filled. Every other row adds a new
community, with missing values for the criteria no column fills. Two rows with the same name are
refused, naming both rows. A column that fills no criterion of the workshop may become a new
criterion (:class:`NewCriterion`: its name, kind and direction, proposed by
:func:`propose_criterion`), added with the communities. A column headed "Región" or "Region" holds
the communities' regions (the quotas of the focus communities count by them). The result goes
into the workshop as one undoable edit, :func:`app.models.edits.import_communities`.

Pure Python, no Qt.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Final

import numpy as np

from app.io.table_import import column_letter, unique_slugs
from app.io.table_mapping import (
    REGION_HEADERS,
    AmbiguousNumber,
    ColumnMapping,
    Problem,
    Report,
    Role,
    Sheet,
    ambiguous_cells,
    cell_at,
    cell_text,
    cell_value,
    guess_column,
    headers,
    is_names_column,
    named_rows,
    problem_reporter,
)
from app.models.criterion import Criterion, CriterionKind, Direction, Level
from app.models.document import Edit
from app.models.edits import import_communities
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Community, Workshop, name_key

if TYPE_CHECKING:
    from app.models.arrays import FloatArray

#: Headers (compared with name_key) that name the communities' column.
COMMUNITY_HEADERS: Final = frozenset(
    {"comunidad", "comunidades", "community", "communities", "nombre", "name"}
)
#: A unit in brackets at the end of a header: "Distancia (km)".
_UNIT: Final = re.compile(r"^(?P<name>.*\S)\s*\((?P<unit>[^()]+)\)$")


@dataclass
class NewCriterion:
    """A criterion to add to the workshop from a column of the sheet: its name (in both languages
    until someone translates it), unit, kind, direction and levels (ordinal, lowest first)."""

    name: str
    kind: CriterionKind = CriterionKind.NUMERIC
    direction: Direction = Direction.MAX
    levels: tuple[str, ...] = ()
    unit: str = ""


@dataclass
class CommunityMapping:
    """Which column names the communities, which one their region (None: no column), which
    columns fill which criteria (column index -> criterion id; a column not listed is ignored),
    which columns become new criteria (column index -> :class:`NewCriterion`), and how to read the
    numbers that read two ways (``thousands``, as :class:`~app.io.table_mapping.Mapping`'s)."""

    community: int
    region: int | None = None
    criteria: dict[int, str] = field(default_factory=dict)
    new_criteria: dict[int, NewCriterion] = field(default_factory=dict)
    thousands: bool | None = None


@dataclass(frozen=True)
class CommunityImport:
    """What importing the sheet makes of the workshop's communities and data table."""

    communities: tuple[Community, ...]
    values: FloatArray
    added: int
    updated: int
    criteria: tuple[Criterion, ...] = ()  # new ones, after the workshop's

    def edit(self) -> Edit:
        """The one undoable edit that puts the result into the workshop."""
        return import_communities(
            self.communities,
            self.values,
            added=self.added,
            updated=self.updated,
            criteria=self.criteria,
        )


def importable_criteria(workshop: Workshop) -> tuple[Criterion, ...]:
    """The criteria a column may fill: all but those whose values come from pairwise
    comparisons of the communities."""
    return tuple(c for c in workshop.criteria if c.kind is not CriterionKind.PAIRWISE)


def _criterion_keys(criterion: Criterion) -> set[str]:
    names = [name for name in criterion.name.values() if name.strip()]
    units = [unit for unit in criterion.unit.values() if unit.strip()]
    keys = {name_key(name) for name in names}
    # "Distancia (km)": a header may carry the unit, in either language
    keys |= {name_key(f"{name} ({unit})") for name in names for unit in units}
    return keys


def guess_community_mapping(sheet: Sheet, workshop: Workshop) -> CommunityMapping:
    """A proposed mapping: a column whose header is a criterion's name (see the module) fills that
    criterion (the first such column, when several are); the region column is headed "Región" or
    "Region"; the communities' column is headed "Comunidad", "Community", "Nombre" or "Name",
    else it is the first other column of texts that are all different, else the first column."""
    names = headers(sheet)
    keys = [name_key(header) for header in names]
    criteria: dict[int, str] = {}
    for criterion in importable_criteria(workshop):
        wanted = _criterion_keys(criterion)
        column = next(
            (j for j, key in enumerate(keys) if key in wanted and j not in criteria), None
        )
        if column is not None:
            criteria[column] = criterion.id
    region = next(
        (j for j, key in enumerate(keys) if key in REGION_HEADERS and j not in criteria), None
    )
    free = [j for j in range(len(names)) if j not in criteria and j != region]
    community = next(
        (j for j in free if keys[j] in COMMUNITY_HEADERS),
        next((j for j in free if is_names_column(sheet, j)), free[0] if free else 0),
    )
    criteria.pop(community, None)
    return CommunityMapping(community, region, criteria)


def propose_criterion(sheet: Sheet, index: int) -> NewCriterion:
    """A new criterion for the column ``index``: named by its header (a unit in brackets apart:
    "Distancia (km)" is "Distancia" in km), with the kind, levels and direction
    :func:`~app.io.table_mapping.guess_mapping` would give it (numbers when its cells fit no
    kind: the cells that are not are then listed as problems)."""
    header = _column(sheet, index).header
    guessed = guess_column(sheet, index, header)
    found = _UNIT.match(header)
    name, unit = (found["name"], found["unit"].strip()) if found else (header, "")
    kind = guessed.kind if guessed.role is Role.CRITERION else CriterionKind.NUMERIC
    levels = guessed.levels if kind is CriterionKind.ORDINAL else ()
    return NewCriterion(name, kind, guessed.direction, levels, unit)


def new_criterion_column(sheet: Sheet, index: int, new: NewCriterion) -> ColumnMapping:
    """The column as :func:`~app.io.table_mapping.cell_value` reads it for the new criterion."""
    return replace(
        _column(sheet, index),
        role=Role.CRITERION,
        kind=new.kind,
        direction=new.direction,
        levels=new.levels,
    )


def ambiguous_community_numbers(
    sheet: Sheet, mapping: CommunityMapping, workshop: Workshop
) -> list[AmbiguousNumber]:
    """Every cell of the numeric columns the mapping reads whose text reads two ways (see
    :func:`app.io.table_mapping.ambiguous_numbers`), for the import step to ask about."""
    by_id = {c.id: c for c in importable_criteria(workshop)}
    skipped = (mapping.community, mapping.region)
    columns = [
        _criterion_column(sheet, index, by_id[cid], "en")
        for index, cid in sorted(mapping.criteria.items())
        if cid in by_id and index not in skipped
    ]
    columns += [
        new_criterion_column(sheet, index, new)
        for index, new in sorted(mapping.new_criteria.items())
        if index not in skipped and index not in mapping.criteria
    ]
    return ambiguous_cells(sheet, sorted(columns, key=lambda c: c.index))


def _column(sheet: Sheet, index: int) -> ColumnMapping:
    """The column ``index`` of ``sheet``, headed by its header (or its letter)."""
    names = headers(sheet)
    header = names[index] if index < len(names) else column_letter(index)
    return ColumnMapping(index, header)


def _criterion_column(sheet: Sheet, index: int, criterion: Criterion, lang: str) -> ColumnMapping:
    """The column as :func:`~app.io.table_mapping.cell_value` reads it for ``criterion``: a name
    of a level in any language is accepted; a message lists the levels in ``lang``."""
    return replace(
        _column(sheet, index),
        role=Role.CRITERION,
        kind=criterion.kind,
        direction=criterion.direction,
        levels=tuple(level.label(lang) for level in criterion.levels),
        aliases=tuple(tuple(level.name.values()) for level in criterion.levels),
    )


def apply_community_mapping(
    sheet: Sheet, mapping: CommunityMapping, workshop: Workshop, *, lang: str
) -> tuple[CommunityImport | None, list[Problem]]:
    """The workshop's communities and data table after importing the sheet (see the module), and
    every problem found; the result is None when a problem blocks it. A problem with a verbal
    value lists the criterion's levels in ``lang``, the reader's language; a criterion is named
    as a :class:`~app.models.text.Name`, which the reader shows in theirs."""
    problems: list[Problem] = []
    report = problem_reporter(sheet, problems)
    by_id = {c.id: c for c in importable_criteria(workshop)}
    targets: list[tuple[ColumnMapping, int]] = []  # (column, criterion's position)
    first_column: dict[str, ColumnMapping] = {}
    for index, criterion_id in sorted(mapping.criteria.items()):
        if index in (mapping.community, mapping.region) or criterion_id not in by_id:
            continue
        criterion = by_id[criterion_id]
        column = _criterion_column(sheet, index, criterion, lang)
        if criterion_id in first_column:
            report(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Columns {first} and {column} both fill the criterion “{criterion}”: choose "
                    "one of them.",
                ),
                None,
                column,
                first=first_column[criterion_id].letter,
                criterion=criterion.named,
            )
            continue
        first_column[criterion_id] = column
        targets.append((column, workshop.criterion_index(criterion_id)))
    added_criteria = _new_criteria(sheet, mapping, workshop, report)
    old_width = len(workshop.criteria)
    targets += [
        (column, old_width + position) for position, (column, _) in enumerate(added_criteria)
    ]

    rows = named_rows(sheet, _column(sheet, mapping.community), report)
    region = None if mapping.region is None else _column(sheet, mapping.region)
    existing = {name_key(c.name): i for i, c in enumerate(workshop.communities)}
    width = old_width + len(added_criteria)
    old_values = workshop.values.reshape(len(workshop.communities), old_width)
    communities = list(workshop.communities)
    padding = [math.nan] * len(added_criteria)
    table = [[*map(float, row), *padding] for row in old_values]
    new_names: list[str] = []
    new_rows: list[tuple[str, list[float]]] = []
    updated = 0
    for number, cells, name in rows:
        read = {
            j: cell_value(sheet, cells, number, column, report, mapping.thousands)
            for column, j in targets
        }
        place = "" if region is None else cell_text(cell_at(cells, region.index))
        row = existing.get(name_key(name))
        if row is None:
            line = [math.nan] * width
            for j, value in read.items():
                line[j] = value
            new_names.append(name)
            new_rows.append((place, line))
            continue
        updated += 1
        for j, value in read.items():
            if not math.isnan(value):
                table[row][j] = value
        if place:
            communities[row] = replace(communities[row], region=place)
    if any(problem.blocking for problem in problems):  # notes (a mark for no data) do not block
        return None, problems

    ids = unique_slugs(new_names, "k", taken=[c.id for c in workshop.communities])
    for cid, name, (place, line) in zip(ids, new_names, new_rows, strict=True):
        communities.append(Community(id=cid, name=name, region=place))
        table.append(line)
    values = np.array(table, dtype=np.float64).reshape(len(communities), width)
    result = CommunityImport(
        tuple(communities),
        values,
        len(new_names),
        updated,
        tuple(criterion for _, criterion in added_criteria),
    )
    try:
        result.edit().apply(workshop)  # what the edit would refuse, refused here
    except InvalidInputError as error:
        report(error.template, None, None, **error.params)
        return None, problems
    return result, problems


def _new_criteria(
    sheet: Sheet, mapping: CommunityMapping, workshop: Workshop, report: Report
) -> list[tuple[ColumnMapping, Criterion]]:
    """The new criteria the mapping makes of columns, with the column each is read from; reports
    a name left empty and a name a criterion already has (the column should fill that one)."""
    skipped = (mapping.community, mapping.region)
    wanted = [
        (index, new)
        for index, new in sorted(mapping.new_criteria.items())
        if index not in skipped and index not in mapping.criteria
    ]
    known = {
        name_key(name): criterion
        for criterion in workshop.criteria
        for name in criterion.name.values()
        if name.strip()
    }
    seen: dict[str, ColumnMapping] = {}
    made: list[tuple[ColumnMapping, Criterion]] = []
    ids = unique_slugs(
        [new.name for _, new in wanted], "c", taken=[c.id for c in workshop.criteria]
    )
    for (index, new), cid in zip(wanted, ids, strict=True):
        column = new_criterion_column(sheet, index, new)
        name = " ".join(new.name.split())
        key = name_key(name)
        if not name:
            report(
                QT_TRANSLATE_NOOP(
                    "Messages", "Column {column} ({header}): give the new criterion a name."
                ),
                None,
                column,
            )
            continue
        if key in known:
            report(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Column {column} ({header}): the workshop already has the criterion "
                    "“{criterion}”; choose it for this column rather than a new criterion of the "
                    "same name.",
                ),
                None,
                column,
                criterion=known[key].named,
            )
            continue
        if key in seen:
            report(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Columns {first} and {column} would both be the new criterion “{name}”: "
                    "give them different names.",
                ),
                None,
                column,
                first=seen[key].letter,
                name=name,
            )
            continue
        seen[key] = column
        unit = new.unit.strip()
        made.append(
            (
                column,
                Criterion(
                    id=cid,
                    name={"es": name, "en": name},
                    kind=new.kind,
                    direction=new.direction,
                    unit={"es": unit, "en": unit} if unit else {},
                    levels=tuple(Level({"es": w, "en": w}) for w in new.levels)
                    if new.kind is CriterionKind.ORDINAL
                    else (),
                ),
            )
        )
    return made


__all__ = [
    "COMMUNITY_HEADERS",
    "REGION_HEADERS",
    "CommunityImport",
    "CommunityMapping",
    "NewCriterion",
    "ambiguous_community_numbers",
    "apply_community_mapping",
    "guess_community_mapping",
    "importable_criteria",
    "new_criterion_column",
    "propose_criterion",
]
