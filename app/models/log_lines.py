"""What the edits write in the change log, in plain words (see :mod:`app.models.log`).

The edits (:mod:`app.models.edits`) say what changed by a ``Messages`` template and its fields,
and give the values before and after as log values: a cell as its number (with the unit), its
level or yes / no; a method setting by the words the record uses for it; a list of people by
their names; the chosen communities by their names, never their ids. Each function here returns
the lines one change makes, as ``(what, params, old, new)``; unchanged parts make none.
Pure Python, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from app.models.criterion import Criterion, CriterionKind, Direction
from app.models.errors import QT_TRANSLATE_NOOP
from app.models.log import LogValue, Phrase
from app.models.text import FALLBACKS, Name, Text
from app.models.workshop import (
    AhpMode,
    Community,
    Group,
    Metadata,
    MissingPolicy,
    Quota,
    Sampling,
    Settings,
)

#: One line of the log to write: the template of what changed, its fields, before, after.
Line = tuple[str, Mapping[str, LogValue], LogValue, LogValue]

YES: Phrase = Phrase(QT_TRANSLATE_NOOP("Messages", "yes"))
NO: Phrase = Phrase(QT_TRANSLATE_NOOP("Messages", "no"))
NO_DATA: Phrase = Phrase(QT_TRANSLATE_NOOP("Messages", "no data"))
NOT_ANSWERED: Phrase = Phrase(QT_TRANSLATE_NOOP("Messages", "not answered"))
NO_LIMIT: Phrase = Phrase(QT_TRANSLATE_NOOP("Messages", "no limit"))

_KINDS: Mapping[CriterionKind, str] = {
    CriterionKind.NUMERIC: QT_TRANSLATE_NOOP("Messages", "numeric"),
    CriterionKind.ORDINAL: QT_TRANSLATE_NOOP("Messages", "verbal levels"),
    CriterionKind.GATE: QT_TRANSLATE_NOOP("Messages", "yes/no (gate)"),
    CriterionKind.PAIRWISE: QT_TRANSLATE_NOOP("Messages", "compared pairwise"),
}
_DIRECTIONS: Mapping[Direction, str] = {
    Direction.MAX: QT_TRANSLATE_NOOP("Messages", "more is better"),
    Direction.MIN: QT_TRANSLATE_NOOP("Messages", "less is better"),
}
_MISSING: Mapping[MissingPolicy, str] = {
    MissingPolicy.EXCLUDE: QT_TRANSLATE_NOOP("Messages", "screen the community out"),
    MissingPolicy.WORST: QT_TRANSLATE_NOOP("Messages", "count as the worst value"),
}
_AHP_MODES: Mapping[AhpMode, str] = {
    AhpMode.IDEAL: QT_TRANSLATE_NOOP("Messages", "ideal (x/max)"),
    AhpMode.DISTRIBUTIVE: QT_TRANSLATE_NOOP("Messages", "distributive (x/sum)"),
}
_SAMPLINGS: Mapping[Sampling, str] = {
    Sampling.SIMPLEX: QT_TRANSLATE_NOOP(
        "Messages", "at random, every split of the weight equally likely"
    ),
    Sampling.AROUND: QT_TRANSLATE_NOOP("Messages", "around the weights used"),
    Sampling.GROUPS: QT_TRANSLATE_NOOP("Messages", "between the groups' weights"),
}
_METHODS: Mapping[str, str] = {"topsis": "TOPSIS", "ahp": "AHP"}

#: What each field of the workshop's details is called in the log.
METADATA_FIELDS: Mapping[str, str] = {
    "title": QT_TRANSLATE_NOOP("Messages", "Title"),
    "date": QT_TRANSLATE_NOOP("Messages", "Date"),
    "place": QT_TRANSLATE_NOOP("Messages", "Place"),
    "purpose": QT_TRANSLATE_NOOP("Messages", "Purpose"),
    "facilitators": QT_TRANSLATE_NOOP("Messages", "Facilitators"),
    "participants": QT_TRANSLATE_NOOP("Messages", "Participants"),
    "agreements": QT_TRANSLATE_NOOP("Messages", "Agreements"),
    "chosen": QT_TRANSLATE_NOOP("Messages", "Chosen communities"),
    "notice": QT_TRANSLATE_NOOP("Messages", "Notice"),
    "ranking_weights": QT_TRANSLATE_NOOP("Messages", "Weights that rank the record"),
}
#: The combined weight set, as a value of the log.
COMBINED_WEIGHTS: Phrase = Phrase(QT_TRANSLATE_NOOP("Messages", "Combined (all groups)"))


def yes_no(value: bool) -> Phrase:
    return YES if value else NO


def number(value: float | None) -> LogValue:
    """A number as the log keeps it (a whole number as an int); None or NaN: an empty cell."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return None
    return int(value) if float(value).is_integer() and abs(value) < 1e15 else float(value)


def text(value: Text) -> Name:
    """A text in several languages (a unit, a definition) as the log names it."""
    return Name("", dict(value))


def cell_value(criterion: Criterion, value: float) -> LogValue:
    """A cell of ``criterion``'s column as a person reads it: its level, yes or no, or its
    number with the unit; a missing cell as "no data"."""
    if math.isnan(value):
        return NO_DATA
    if criterion.kind is CriterionKind.GATE:
        return yes_no(value == 1.0)
    if criterion.kind is CriterionKind.ORDINAL:
        index = int(value) - 1
        if value == int(value) and 0 <= index < len(criterion.levels):
            return criterion.levels[index].named
    return with_unit(criterion, value)


def with_unit(criterion: Criterion, value: float) -> LogValue:
    if any(criterion.unit.values()):
        return Phrase(
            QT_TRANSLATE_NOOP("Messages", "{value} {unit}"),
            {"value": number(value), "unit": text(criterion.unit)},
        )
    return number(value)


def _bound(criterion: Criterion, value: float | None) -> LogValue:
    if value is None:
        return NO_LIMIT
    return cell_value(criterion, value)


def _levels(criterion: Criterion) -> LogValue:
    return Name(
        "", {lang: "; ".join(level.label(lang) for level in criterion.levels) for lang in FALLBACKS}
    )


def criterion_lines(old: Criterion, new: Criterion) -> Iterator[Line]:
    """The lines of a criterion's new definition: one per part that changed."""
    named = {"criterion": new.named}
    if dict(old.name) != dict(new.name):
        yield QT_TRANSLATE_NOOP("Messages", "Name of a criterion"), {}, old.named, new.named
    if dict(old.description) != dict(new.description):
        template = QT_TRANSLATE_NOOP("Messages", "Definition of {criterion}")
        yield template, named, text(old.description), text(new.description)
    if old.kind is not new.kind:
        template = QT_TRANSLATE_NOOP("Messages", "Kind of {criterion}")
        yield template, named, Phrase(_KINDS[old.kind]), Phrase(_KINDS[new.kind])
    if old.direction is not new.direction:
        template = QT_TRANSLATE_NOOP("Messages", "Direction of {criterion}")
        yield (
            template,
            named,
            Phrase(_DIRECTIONS[old.direction]),
            Phrase(_DIRECTIONS[new.direction]),
        )
    if dict(old.unit) != dict(new.unit):
        template = QT_TRANSLATE_NOOP("Messages", "Unit of {criterion}")
        yield template, named, text(old.unit), text(new.unit)
    if [lv.name for lv in old.levels] != [lv.name for lv in new.levels]:
        template = QT_TRANSLATE_NOOP("Messages", "Levels of {criterion}")
        yield template, named, _levels(old), _levels(new)
    if old.accept_min != new.accept_min:
        template = QT_TRANSLATE_NOOP("Messages", "Lowest acceptable value of {criterion}")
        yield template, named, _bound(old, old.accept_min), _bound(new, new.accept_min)
    if old.accept_max != new.accept_max:
        template = QT_TRANSLATE_NOOP("Messages", "Highest acceptable value of {criterion}")
        yield template, named, _bound(old, old.accept_max), _bound(new, new.accept_max)


def community_lines(old: Community, new: Community) -> Iterator[Line]:
    """The lines of a community's new name, region or notes."""
    if old.name != new.name:
        yield QT_TRANSLATE_NOOP("Messages", "Name of a community"), {}, old.name, new.name
    named = {"community": new.name}
    if old.region != new.region:
        template = QT_TRANSLATE_NOOP("Messages", "Region of {community}")
        yield template, named, old.region, new.region
    if old.notes != new.notes:
        template = QT_TRANSLATE_NOOP("Messages", "Notes of {community}")
        yield template, named, old.notes, new.notes


def _quotas(quotas: Sequence[Quota]) -> LogValue:
    if not quotas:
        return Phrase(QT_TRANSLATE_NOOP("Messages", "no quotas"))
    return tuple(
        Phrase(
            QT_TRANSLATE_NOOP("Messages", "{region}: at least {minimum}"),
            {"region": q.value, "minimum": q.minimum},
        )
        if q.maximum is None
        else Phrase(
            QT_TRANSLATE_NOOP("Messages", "{region}: {minimum} to {maximum}"),
            {"region": q.value, "minimum": q.minimum, "maximum": q.maximum},
        )
        for q in quotas
    )


def _setting_values(settings: Settings) -> dict[str, tuple[str, LogValue]]:
    """Each method setting: what the log calls it, and its value in plain words."""
    return {
        "missing": (
            QT_TRANSLATE_NOOP("Messages", "Missing data"),
            Phrase(_MISSING[settings.missing]),
        ),
        "ahp_mode": (
            QT_TRANSLATE_NOOP("Messages", "AHP mode"),
            Phrase(_AHP_MODES[settings.ahp_mode]),
        ),
        "top_k": (QT_TRANSLATE_NOOP("Messages", "Focus communities"), settings.top_k),
        "quotas": (QT_TRANSLATE_NOOP("Messages", "Quotas per region"), _quotas(settings.quotas)),
        "selection_method": (
            QT_TRANSLATE_NOOP("Messages", "Ranking the focus communities are chosen from"),
            _METHODS.get(settings.selection_method, settings.selection_method.upper()),
        ),
        "sampling": (
            QT_TRANSLATE_NOOP("Messages", "Weights drawn"),
            Phrase(_SAMPLINGS[settings.sampling]),
        ),
        "spread": (
            QT_TRANSLATE_NOOP("Messages", "Variation of each weight (±)"),
            Phrase(
                QT_TRANSLATE_NOOP("Messages", "{value} %"),
                {"value": number(round(settings.spread * 100, 6))},
            ),
        ),
        "samples": (QT_TRANSLATE_NOOP("Messages", "Number of samples"), settings.samples),
        "seed": (QT_TRANSLATE_NOOP("Messages", "Seed"), settings.seed),
        "compare_methods": (
            QT_TRANSLATE_NOOP("Messages", "Compare with other methods"),
            yes_no(settings.compare_methods),
        ),
    }


def settings_lines(old: Settings, new: Settings) -> Iterator[Line]:
    """One line per method setting that changed, in plain words."""
    before, after = _setting_values(old), _setting_values(new)
    for key, (what, value) in after.items():
        if getattr(old, key) != getattr(new, key):
            yield what, {}, before[key][1], value


def _details_value(
    name: str, value: Any, communities: Sequence[Community], groups: Sequence[Group]
) -> LogValue:
    if name == "ranking_weights":  # a group by its name, not its id
        return next((g.name for g in groups if g.id == value), COMBINED_WEIGHTS)
    if name == "chosen":
        names = {c.id: c.name for c in communities}
        # by name; a community no longer in the workshop is left out, never shown by its id
        return tuple(names[cid] for cid in value if cid in names)
    if name == "participants":
        return tuple(p.name for p in value)
    if name == "agreements":
        return tuple(a.action for a in value)
    if isinstance(value, tuple):
        return tuple(str(item) for item in value)
    return str(value)


def metadata_lines(
    old: Metadata,
    new: Metadata,
    communities: Sequence[Community],
    groups: Sequence[Group] = (),
) -> Iterator[Line]:
    """One line per field of the workshop's details that changed: lists of people by their
    names, agreements by what was agreed, the chosen communities by their names, the weights
    that rank the record by the group's name."""
    for name, what in METADATA_FIELDS.items():
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            yield (
                what,
                {},
                _details_value(name, before, communities, groups),
                _details_value(name, after, communities, groups),
            )


__all__ = [
    "COMBINED_WEIGHTS",
    "METADATA_FIELDS",
    "NOT_ANSWERED",
    "NO_DATA",
    "Line",
    "cell_value",
    "community_lines",
    "criterion_lines",
    "metadata_lines",
    "number",
    "settings_lines",
    "text",
    "with_unit",
    "yes_no",
]
