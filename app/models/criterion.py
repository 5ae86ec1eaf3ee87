"""A selection criterion: its kinds, its levels, its checks and its dictionary form.

A :class:`Criterion` says how the communities are measured on one question (a number, a verbal
level, a yes/no gate, or comparisons two at a time), which way is better, and the screening
thresholds. :func:`validate_criterion` checks a definition, :func:`check_value` one value of its
column; :func:`criterion_to_dict` and :func:`criterion_from_dict` are its part of a workshop file
(:meth:`app.models.workshop.Workshop.to_dict`). The workshop (:mod:`app.models.workshop`) holds
the criteria with the communities' values.

Pure Python, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.text import Name, Text, localized


class CriterionKind(StrEnum):
    """How a criterion is measured."""

    NUMERIC = "numeric"
    ORDINAL = "ordinal"
    GATE = "gate"
    #: The communities are compared two at a time under the criterion (AHP relative
    #: measurement); its values are the priorities of those comparisons, the best being 1.
    PAIRWISE = "pairwise"


class Direction(StrEnum):
    """Whether more (``max``, a benefit) or less (``min``, a cost) of a criterion is better."""

    MAX = "max"
    MIN = "min"


@dataclass(frozen=True)
class Level:
    """One verbal level of an ordinal criterion, with its optional AHP rating priority."""

    name: Text
    priority: float | None = None

    def label(self, lang: str) -> str:
        return localized(self.name, lang)

    @property
    def named(self) -> Name:
        """The level as a message names it, in the reader's language (:class:`Name`)."""
        return Name("", self.name)


@dataclass(frozen=True)
class Criterion:
    """A selection criterion.

    ``accept_min`` and ``accept_max`` are screening thresholds in the criterion's own values (level
    scores for an ordinal criterion): a community whose value is below ``accept_min`` or above
    ``accept_max`` is screened out, whatever the weights. A gate criterion screens out every
    community that answered "no" (0).

    ``comparisons`` (a :attr:`CriterionKind.PAIRWISE` criterion only) maps a pair of community
    ids ``(a, b)`` to how many times ``a`` is better than ``b`` on this criterion (Saaty's 1/9-9
    scale), each pair once; the criterion's column of values is derived from them
    (:func:`app.models.pairwise.comparison_column`) by every edit that changes the workshop's
    criteria, communities or values (:func:`app.models.derived.with_pairwise_values`) and when a
    workshop is read (:meth:`Workshop.from_dict`), so the two cannot disagree.
    ``level_comparisons`` (an ordinal criterion) maps a pair of 0-based level numbers ``(i, j)``
    to how many times level ``i`` is better than level ``j``; the levels' priorities are set from
    them by :func:`app.models.edits.set_level_comparison`.

    ``unit`` is bilingual like the name (``{"es": "horas", "en": "hours"}``; empty: no unit).
    """

    id: str
    name: Text
    description: Text = field(default_factory=dict)
    kind: CriterionKind = CriterionKind.NUMERIC
    direction: Direction = Direction.MAX
    unit: Text = field(default_factory=dict)
    levels: tuple[Level, ...] = ()
    accept_min: float | None = None
    accept_max: float | None = None
    comparisons: Mapping[tuple[str, str], float] = field(default_factory=dict)
    level_comparisons: Mapping[tuple[int, int], float] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return localized(self.name, lang) or self.id

    @property
    def named(self) -> Name:
        """The criterion as a message names it: its id and names, shown in the reader's language
        (:class:`~app.models.text.Name`; :meth:`label` in that language)."""
        return Name(self.id, self.name)

    def unit_label(self, lang: str) -> str:
        """The unit in ``lang`` (``"horas"``, ``"hours"``), with :func:`localized`'s fallback;
        ``""`` when the criterion has none."""
        return localized(self.unit, lang)

    @property
    def is_gate(self) -> bool:
        return self.kind is CriterionKind.GATE

    @property
    def has_threshold(self) -> bool:
        return self.accept_min is not None or self.accept_max is not None

    def level_label(self, score: float, lang: str) -> str:
        """The verbal level of an ordinal score (1-based), or ``""`` if it is not a level."""
        index = int(score) - 1
        if score == int(score) and 0 <= index < len(self.levels):
            return self.levels[index].label(lang)
        return ""


def validate_criterion(criterion: Criterion) -> None:
    """Raise :class:`InvalidInputError` naming the criterion if its definition is inconsistent."""
    name = criterion.named
    if not criterion.id.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "Criterion {criterion} has no identifier."),
            criterion=name,
        )
    if criterion.kind is CriterionKind.ORDINAL and len(criterion.levels) < 2:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Criterion {criterion} is verbal but has fewer than two levels."
            ),
            criterion=name,
        )
    for level in criterion.levels:
        if level.priority is not None and not (
            math.isfinite(level.priority) and level.priority > 0
        ):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Criterion {criterion}: the priority of level “{level}” must be above 0.",
                ),
                criterion=name,
                level=level.named,
            )
    _check_comparisons(criterion, name)
    low, high = criterion.accept_min, criterion.accept_max
    if low is not None and high is not None and low > high:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Criterion {criterion}: the lowest acceptable value {low} is above the highest "
                "{high}.",
            ),
            criterion=name,
            low=low,
            high=high,
        )


def _check_comparisons(criterion: Criterion, name: Name) -> None:
    """Comparisons only where the kind uses them, each on Saaty's scale, levels that exist."""
    stray = (criterion.comparisons and criterion.kind is not CriterionKind.PAIRWISE) or (
        criterion.level_comparisons and criterion.kind is not CriterionKind.ORDINAL
    )
    levels = range(len(criterion.levels))
    bad_level = any(
        i not in levels or j not in levels or i == j for i, j in criterion.level_comparisons
    )
    if stray or bad_level or any(a == b for a, b in criterion.comparisons):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Criterion {criterion}: its pairwise comparisons do not fit its kind."
            ),
            criterion=name,
        )
    for value in (*criterion.comparisons.values(), *criterion.level_comparisons.values()):
        if not in_scale_range(value):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Criterion {criterion}: a comparison is {value}, outside the scale 1/9 to 9.",
                ),
                criterion=name,
                value=value,
            )


#: Tolerance when checking that a judgement lies in 1/9..9 (a stored 1/9 may be rounded).
_SCALE_TOLERANCE = 1e-9


def in_scale_range(value: float) -> bool:
    """True when ``value`` is a finite judgement between 1/9 and 9 (inclusive)."""
    return math.isfinite(value) and 1.0 / 9.0 - _SCALE_TOLERANCE <= value <= 9.0 + _SCALE_TOLERANCE


def check_value(criterion: Criterion, value: float, community: str) -> None:
    """Raise :class:`InvalidInputError` if ``value`` cannot stand in ``criterion``'s column."""
    if math.isnan(value):
        return
    if not math.isfinite(value):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Community {community}, criterion {criterion}: {value} is not a number."
            ),
            community=community,
            criterion=criterion.named,
            value=value,
        )
    if criterion.kind is CriterionKind.GATE and value not in (0.0, 1.0):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Community {community}, criterion {criterion}: the answer must be yes or no.",
            ),
            community=community,
            criterion=criterion.named,
        )
    if criterion.kind is CriterionKind.ORDINAL and (
        value != int(value) or not 1 <= value <= len(criterion.levels)
    ):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Community {community}, criterion {criterion}: {value} is not one of its "
                "{count} levels.",
            ),
            community=community,
            criterion=criterion.named,
            value=value,
            count=len(criterion.levels),
        )


def criterion_to_dict(criterion: Criterion) -> dict[str, Any]:
    """A JSON-ready dictionary; the comparisons appear only when there are some."""
    data: dict[str, Any] = {
        "id": criterion.id,
        "name": dict(criterion.name),
        "description": dict(criterion.description),
        "kind": criterion.kind.value,
        "direction": criterion.direction.value,
        "unit": _text_to_json(criterion.unit),
        "levels": [{"name": dict(lv.name), "priority": lv.priority} for lv in criterion.levels],
        "accept_min": criterion.accept_min,
        "accept_max": criterion.accept_max,
    }
    if criterion.comparisons:
        data["comparisons"] = [[a, b, v] for (a, b), v in criterion.comparisons.items()]
    if criterion.level_comparisons:
        data["level_comparisons"] = [[i, j, v] for (i, j), v in criterion.level_comparisons.items()]
    return data


def criterion_from_dict(data: Mapping[str, Any]) -> Criterion:
    criterion = Criterion(
        id=str(data["id"]),
        name=_text(data.get("name", {})),
        description=_text(data.get("description", {})),
        kind=CriterionKind(data.get("kind", "numeric")),
        direction=Direction(data.get("direction", "max")),
        unit=_text(data.get("unit") or {}),
        levels=tuple(
            Level(
                name=_text(level.get("name", {})),
                priority=_optional_float(level.get("priority")),
            )
            for level in data.get("levels", [])
        ),
        accept_min=_optional_float(data.get("accept_min")),
        accept_max=_optional_float(data.get("accept_max")),
        comparisons={(str(a), str(b)): float(v) for a, b, v in data.get("comparisons", [])},
        level_comparisons={
            (int(i), int(j)): float(v) for i, j, v in data.get("level_comparisons", [])
        },
    )
    validate_criterion(criterion)
    return criterion


def _text(value: Any) -> dict[str, str]:
    if isinstance(value, str):
        return {"es": value, "en": value}
    return {str(k): str(v) for k, v in dict(value).items()}


def _text_to_json(text: Text) -> str | dict[str, str]:
    """``text`` as saved: a plain string when it is the same in Spanish and English (``"%"``,
    ``"km"``), or ``""`` for none, which :func:`_text` reads back as it was and which Priorizar
    versions with a one-language unit read too; else the mapping (a text in one language only
    stays so: read as a string it would come back with a copy in the other)."""
    values = set(text.values())
    if not any(values):
        return ""
    if len(values) == 1 and set(text) == {"es", "en"}:
        return next(iter(values))
    return dict(text)


def _optional_float(value: Any) -> float | None:
    return None if value is None or value == "" else float(value)
