"""The workshop document: communities, criteria, performance data, groups and their weights.

A :class:`Workshop` is immutable: every change produces a new object (see
:mod:`app.models.document` for the undoable edits). Unchanged parts are shared between the old and
the new object, so keeping earlier states for undo costs little.

Conventions
-----------
- ``values`` is a float array, communities (rows) x criteria (columns); ``NaN`` marks a missing
  cell. Numeric criteria hold the number in the criterion's unit; ordinal criteria hold the level's
  score ``1..L`` (1 = first, lowest level of ``levels``); gate criteria hold ``1`` (yes) or ``0``
  (no).
- Weights of a group are raw non-negative numbers per criterion id (slider positions); their share
  of the total is what counts. Gate criteria carry no weight: they only screen.
- Texts that exist in several languages are ``{"es": ..., "en": ...}`` mappings
  (:data:`app.models.text.Text`); :func:`~app.models.text.localized` picks one with a fallback.
  In a saved file such a text may be a plain string: the same text in Spanish and English (how
  files written before a text became bilingual, such as a criterion's unit, still read).
- Messages that name a criterion or a level carry it as a :class:`~app.models.text.Name` and
  leave the language to whoever shows them: the workshop has no display language.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import numpy as np

from app.models.criterion import (
    Criterion,
    CriterionKind,
    check_value,
    criterion_from_dict,
    criterion_to_dict,
    in_scale_range,
    validate_criterion,
)
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.limits import check_size, check_text, check_total_text
from app.models.log import LogEntry as LogEntry
from app.models.log import entry_from_json, entry_to_json, value_texts
from app.models.pairwise import with_comparison_columns

# Texts in several languages live in app.models.text; Text and localized stay importable from
# here for the modules that import them with the workshop's types.
from app.models.text import Text as Text
from app.models.text import localized as localized
from app.models.workshop_shape import check_shape, check_version

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import FloatArray

#: Version of the dictionary / JSON form written by :meth:`Workshop.to_dict`.
SCHEMA_VERSION = 1
# Most weight samples a rank acceptability analysis may draw (about 4 s for 50 x 15 here).
MAX_SAMPLES = 1_000_000

#: Id of the combined weight set (aggregate of all groups); never a group's id.
COMBINED = "combined"


class MissingPolicy(StrEnum):
    """What a missing cell does to its community."""

    EXCLUDE = "exclude"
    WORST = "worst"


class AhpMode(StrEnum):
    """How numeric data becomes AHP local priorities (ideal: x/max; distributive: x/sum)."""

    IDEAL = "ideal"
    DISTRIBUTIVE = "distributive"


@dataclass(frozen=True)
class Community:
    """A candidate community (an alternative)."""

    id: str
    name: str
    region: str = ""
    notes: str = ""


# Apostrophes typed or autocorrected in Quechua and Aymara names (Wik'uña, Wik’uña, Wikʼuña).
_APOSTROPHES = str.maketrans(dict.fromkeys("’‘ʼʻ´`", "'"))


def name_key(name: str) -> str:
    """A community's name as compared to tell whether two names are the same community.

    Capitals, accents (ñ is n), the apostrophe's shape, control characters and runs of spaces do
    not count: "Sani Wik'uña" and " sani  wik’una" are one community. Read aloud or shown on a
    projector such names cannot be told apart, and a missing accent is the usual typing slip.
    """
    folded = unicodedata.normalize("NFKD", name.translate(_APOSTROPHES).casefold())
    kept = (
        ch
        for ch in folded
        if ch.isspace() or not (unicodedata.combining(ch) or unicodedata.category(ch) == "Cc")
    )
    return " ".join("".join(kept).split())


def check_community_name(
    communities: Sequence[Community], name: str, row: int | None = None
) -> None:
    """Refuse ``name`` for the community at index ``row`` (``None``: a new one, added last) when
    another community has the same name (see :func:`name_key`). Keeping a row's own name, or
    changing only its capitals or accents, is never refused, even in a workshop saved with two
    communities of the same name."""
    key = name_key(name)
    if row is not None and name_key(communities[row].name) == key:
        return
    for i, other in enumerate(communities):
        if i != row and name_key(other.name) == key:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Row {row}: “{name}” is the same name as “{other}” in row {other_row} "
                    "(capitals, accents and spaces do not count). Each community needs a name of "
                    "its own: add its place or region, for example.",
                ),
                row=(len(communities) if row is None else row) + 1,
                name=name.strip(),
                other=other.name,
                other_row=i + 1,
            )


def repeated_names(communities: Sequence[Community]) -> list[list[int]]:
    """The indices of communities that share a name (see :func:`name_key`), one list per name in
    order of first appearance; empty when every name is its own."""
    by_key: dict[str, list[int]] = {}
    for i, community in enumerate(communities):
        by_key.setdefault(name_key(community.name), []).append(i)
    return [rows for rows in by_key.values() if len(rows) > 1]


@dataclass(frozen=True)
class Group:
    """A workshop group with its own weight set, pairwise judgements and weight in the combination.

    ``judgements`` maps a pair of criterion ids ``(a, b)`` to how many times ``a`` is more important
    than ``b`` on Saaty's 1-9 scale (or its reciprocal); each pair is stored once.
    ``weights_from_judgements`` is true while the weights are the priorities of the judgements.
    """

    id: str
    name: str
    weights: Mapping[str, float] = field(default_factory=dict)
    judgements: Mapping[tuple[str, str], float] = field(default_factory=dict)
    combination_weight: float = 1.0
    weights_from_judgements: bool = False


@dataclass(frozen=True)
class Participant:
    """Someone who took part in the workshop, for the decision record."""

    name: str
    organisation: str = ""
    gender: str = ""


@dataclass(frozen=True)
class Agreement:
    """An action the workshop agreed on: who does it and by when."""

    action: str
    responsible: str = ""
    date: str = ""


@dataclass(frozen=True)
class Metadata:
    """What the decision record says about the workshop itself."""

    title: str = ""
    date: str = ""
    place: str = ""
    purpose: str = ""
    facilitators: tuple[str, ...] = ()
    participants: tuple[Participant, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    chosen: tuple[str, ...] = ()
    notice: str = ""
    #: The weight set the record ranks with: the combined set (:data:`COMBINED`) unless the
    #: facilitator chose the focus communities by one group's weights (that group's id).
    ranking_weights: str = COMBINED


@dataclass(frozen=True)
class Quota:
    """At least ``minimum`` and at most ``maximum`` (``None``: no limit) chosen communities with
    the attribute ``value`` (for example a region)."""

    value: str
    minimum: int = 0
    maximum: int | None = None


class Sampling(StrEnum):
    """Where rank acceptability draws its weights from (see
    :func:`app.models.sensitivity.sample_weights`)."""

    SIMPLEX = "simplex"
    AROUND = "around"
    GROUPS = "groups"


@dataclass(frozen=True)
class Settings:
    """Method settings that change results.

    ``top_k`` is the number of focus communities to choose; ``quotas`` limit how many of them
    come from one region; ``selection_method`` is the ranking they are chosen from. ``sampling``,
    ``spread``, ``samples`` and ``seed`` set the rank acceptability analysis, so that it
    reproduces; ``compare_methods`` asks for scikit-criteria's other rankings in the record.
    """

    missing: MissingPolicy = MissingPolicy.EXCLUDE
    ahp_mode: AhpMode = AhpMode.IDEAL
    top_k: int = 3
    quotas: tuple[Quota, ...] = ()
    selection_method: str = "topsis"
    sampling: Sampling = Sampling.SIMPLEX
    spread: float = 0.2
    samples: int = 10_000
    seed: int = 1
    compare_methods: bool = False


@dataclass(frozen=True)
class Baseline:
    """A ranking fixed for comparison: community id -> rank, per method."""

    topsis: Mapping[str, int]
    ahp: Mapping[str, int]
    label: str = ""


def _frozen(values: npt.ArrayLike) -> FloatArray:
    array = np.array(values, dtype=np.float64)
    array.setflags(write=False)
    return array


@dataclass(frozen=True, eq=False)
class Workshop:
    """The whole workshop: everything a decision record holds as input."""

    criteria: tuple[Criterion, ...] = ()
    communities: tuple[Community, ...] = ()
    values: FloatArray = field(default_factory=lambda: _frozen(np.zeros((0, 0))))
    groups: tuple[Group, ...] = ()
    active_group: str = COMBINED
    metadata: Metadata = field(default_factory=Metadata)
    settings: Settings = field(default_factory=Settings)
    baseline: Baseline | None = None
    log: tuple[LogEntry, ...] = ()

    def __post_init__(self) -> None:
        values = self.values
        if values.shape == (0, 0) and (self.criteria or self.communities):
            values = np.full((len(self.communities), len(self.criteria)), np.nan)
        if values.flags.writeable or values.dtype != np.float64:
            object.__setattr__(self, "values", _frozen(values))

    # -- equality: two workshops are equal when their saved forms are -------------------------
    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Workshop):
            return NotImplemented
        return self.to_dict() == other.to_dict()

    __hash__ = None  # type: ignore[assignment]

    # -- look-ups -------------------------------------------------------------------------------
    def criterion_index(self, criterion_id: str) -> int:
        for index, criterion in enumerate(self.criteria):
            if criterion.id == criterion_id:
                return index
        raise KeyError(criterion_id)

    def community_index(self, community_id: str) -> int:
        for index, community in enumerate(self.communities):
            if community.id == community_id:
                return index
        raise KeyError(community_id)

    def group(self, group_id: str) -> Group:
        for group in self.groups:
            if group.id == group_id:
                return group
        raise KeyError(group_id)

    @property
    def weighted_criteria(self) -> tuple[Criterion, ...]:
        """The criteria that carry a weight (every criterion but the gates)."""
        return tuple(c for c in self.criteria if not c.is_gate)

    def replace(self, **changes: Any) -> Workshop:
        """A copy with ``changes`` (:func:`dataclasses.replace`). Nothing is derived here: an edit
        that changes the criteria, the communities or the values derives the columns of the
        criteria judged pairwise again (:func:`app.models.derived.with_pairwise_values`)."""
        return replace(self, **changes)

    def group_weight_vector(self, group: Group) -> FloatArray:
        """Raw weights of ``group`` over all criteria in order; gates and unknown ids give 0.
        The weight sets the rankings use are :func:`app.models.derived.weight_vector`."""
        return np.array(
            [0.0 if c.is_gate else float(group.weights.get(c.id, 0.0)) for c in self.criteria]
        )

    # -- validation -----------------------------------------------------------------------------
    def validate(self) -> None:
        """Raise :class:`InvalidInputError` naming the community and criterion at fault, or the
        limit exceeded (:mod:`app.models.limits`: what is accepted can be computed, saved and
        reopened)."""
        n, m = len(self.communities), len(self.criteria)
        check_size(n, m, len(self.groups))
        check_texts(self)
        if self.values.shape != (n, m):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The data table has {rows} rows and {columns} columns, but the workshop has "
                    "{communities} communities and {criteria} criteria.",
                ),
                rows=self.values.shape[0],
                columns=self.values.shape[1] if self.values.ndim == 2 else 0,
                communities=n,
                criteria=m,
            )
        _check_unique([c.id for c in self.criteria], "criterion")
        _check_unique([c.id for c in self.communities], "community")
        _check_unique([g.id for g in self.groups], "group")
        for criterion in self.criteria:
            validate_criterion(criterion)
        for i, community in enumerate(self.communities):
            if not community.name.strip():
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Messages", "Community {number} has no name."), number=i + 1
                )
            for j, criterion in enumerate(self.criteria):
                check_value(criterion, float(self.values[i, j]), community.name)
        known = {c.id for c in self.criteria}
        for group in self.groups:
            if group.id == COMBINED:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Messages", "A group cannot be called “{name}”."),
                    name=COMBINED,
                )
            for criterion_id, weight in group.weights.items():
                if criterion_id not in known:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Group {group}: there is no criterion “{criterion}”."
                        ),
                        group=group.name,
                        criterion=criterion_id,
                    )
                if not (math.isfinite(weight) and weight >= 0):
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Group {group}, criterion {criterion}: the weight {value} must be a "
                            "number of zero or more.",
                        ),
                        group=group.name,
                        criterion=criterion_id,
                        value=weight,
                    )
            for (a, b), judgement in group.judgements.items():
                if a not in known or b not in known or a == b:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Group {group}: the comparison {a} / {b} is not valid."
                        ),
                        group=group.name,
                        a=a,
                        b=b,
                    )
                if not in_scale_range(judgement):
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Group {group}: the comparison {a} / {b} is {value}, outside the "
                            "scale 1/9 to 9.",
                        ),
                        group=group.name,
                        a=a,
                        b=b,
                        value=judgement,
                    )
            if not (math.isfinite(group.combination_weight) and group.combination_weight >= 0):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Group {group}: its weight in the combination must be 0 or more.",
                    ),
                    group=group.name,
                )
        _check_settings(self.settings)
        for group_id in (self.active_group, self.metadata.ranking_weights):
            if group_id != COMBINED and group_id not in {g.id for g in self.groups}:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Messages", "There is no group “{group}”."),
                    group=group_id,
                )

    # -- dictionary form ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary of every input (``schema_version`` :data:`SCHEMA_VERSION`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "metadata": {
                "title": self.metadata.title,
                "date": self.metadata.date,
                "place": self.metadata.place,
                "purpose": self.metadata.purpose,
                "notice": self.metadata.notice,
                "facilitators": list(self.metadata.facilitators),
                "participants": [
                    {"name": p.name, "organisation": p.organisation, "gender": p.gender}
                    for p in self.metadata.participants
                ],
                "agreements": [
                    {"action": a.action, "responsible": a.responsible, "date": a.date}
                    for a in self.metadata.agreements
                ],
                "chosen": list(self.metadata.chosen),
                # written only when a group was chosen: earlier files keep their exact form
                **(
                    {}
                    if self.metadata.ranking_weights == COMBINED
                    else {"ranking_weights": self.metadata.ranking_weights}
                ),
            },
            "settings": {
                "missing": self.settings.missing.value,
                "ahp_mode": self.settings.ahp_mode.value,
                "top_k": self.settings.top_k,
                "quotas": [
                    {"value": q.value, "minimum": q.minimum, "maximum": q.maximum}
                    for q in self.settings.quotas
                ],
                "selection_method": self.settings.selection_method,
                "sampling": self.settings.sampling.value,
                "spread": self.settings.spread,
                "samples": self.settings.samples,
                "seed": self.settings.seed,
                "compare_methods": self.settings.compare_methods,
            },
            "criteria": [criterion_to_dict(c) for c in self.criteria],
            "communities": [
                {"id": c.id, "name": c.name, "region": c.region, "notes": c.notes}
                for c in self.communities
            ],
            "values": [
                [None if math.isnan(v) else float(v) for v in row] for row in self.values.tolist()
            ],
            "groups": [
                {
                    "id": g.id,
                    "name": g.name,
                    "weights": dict(g.weights),
                    "judgements": [[a, b, v] for (a, b), v in g.judgements.items()],
                    "combination_weight": g.combination_weight,
                    "weights_from_judgements": g.weights_from_judgements,
                }
                for g in self.groups
            ],
            "active_group": self.active_group,
            "baseline": None
            if self.baseline is None
            else {
                "topsis": dict(self.baseline.topsis),
                "ahp": dict(self.baseline.ahp),
                "label": self.baseline.label,
            },
            "log": [entry_to_json(e) for e in self.log],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], file: str = "") -> Workshop:
        """Rebuild a workshop from :meth:`to_dict`'s form; validates it.

        Raises :class:`InvalidInputError` for a newer schema version or malformed content: the
        shape is checked first (:mod:`app.models.workshop_shape`), so that a message names
        ``file`` (the file the form was read from) and the JSON key at fault, never a Python
        internal.
        """
        if not isinstance(data, Mapping):
            check_shape(data, file)
        check_version(data, SCHEMA_VERSION, file)
        check_shape(data, file)
        try:
            return _from_dict(data)
        except InvalidInputError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "“{file}” is damaged: a value in it cannot be read."),
                file=file,
                detail=_describe(error),
            ) from error


def pairwise_comparisons(
    criteria: Sequence[Criterion],
) -> dict[int, Mapping[tuple[str, str], float]]:
    """The comparisons of each criterion judged pairwise, by its column: what the column's
    values are derived from (:func:`app.models.pairwise.with_comparison_columns`)."""
    return {j: c.comparisons for j, c in enumerate(criteria) if c.kind is CriterionKind.PAIRWISE}


def _from_dict(data: Mapping[str, Any]) -> Workshop:
    version = int(data.get("schema_version", 0))
    if version > SCHEMA_VERSION or version < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This workshop file has format version {version}; this program reads "
                "version {supported}. Please update Priorizar.",
            ),
            version=version,
            supported=SCHEMA_VERSION,
        )
    meta = data.get("metadata", {})
    settings = data.get("settings", {})
    criteria = tuple(criterion_from_dict(c) for c in data.get("criteria", []))
    communities = tuple(
        Community(
            id=str(c["id"]),
            name=str(c["name"]),
            region=str(c.get("region", "") or ""),
            notes=str(c.get("notes", "") or ""),
        )
        for c in data.get("communities", [])
    )
    rows = data.get("values", [])
    values = np.array(
        [[np.nan if v is None else float(v) for v in row] for row in rows], dtype=np.float64
    ).reshape(len(communities), len(criteria))
    # the columns of criteria judged pairwise are derived from their comparisons, as after any
    # edit (app.models.derived): a value typed over them in a record is not taken up
    values = with_comparison_columns(
        values, pairwise_comparisons(criteria), [c.id for c in communities]
    )
    baseline = data.get("baseline")
    workshop = Workshop(
        criteria=criteria,
        communities=communities,
        values=values,
        groups=tuple(
            Group(
                id=str(g["id"]),
                name=str(g["name"]),
                weights={str(k): float(v) for k, v in g.get("weights", {}).items()},
                judgements={(str(a), str(b)): float(v) for a, b, v in g.get("judgements", [])},
                combination_weight=float(g.get("combination_weight", 1.0)),
                weights_from_judgements=bool(g.get("weights_from_judgements", False)),
            )
            for g in data.get("groups", [])
        ),
        active_group=str(data.get("active_group", COMBINED)),
        metadata=Metadata(
            title=str(meta.get("title", "")),
            date=str(meta.get("date", "")),
            place=str(meta.get("place", "")),
            purpose=str(meta.get("purpose", "")),
            notice=str(meta.get("notice", "")),
            facilitators=tuple(str(f) for f in meta.get("facilitators", [])),
            participants=tuple(
                Participant(
                    name=str(p["name"]),
                    organisation=str(p.get("organisation", "")),
                    gender=str(p.get("gender", "")),
                )
                for p in meta.get("participants", [])
            ),
            agreements=tuple(
                Agreement(
                    action=str(a["action"]),
                    responsible=str(a.get("responsible", "")),
                    date=str(a.get("date", "")),
                )
                for a in meta.get("agreements", [])
            ),
            chosen=tuple(str(c) for c in meta.get("chosen", [])),
            ranking_weights=str(meta.get("ranking_weights", COMBINED)),
        ),
        settings=Settings(
            missing=MissingPolicy(settings.get("missing", "exclude")),
            ahp_mode=AhpMode(settings.get("ahp_mode", "ideal")),
            top_k=int(settings.get("top_k", 3)),
            quotas=tuple(
                Quota(
                    value=str(q["value"]),
                    minimum=int(q.get("minimum", 0)),
                    maximum=None if q.get("maximum") is None else int(q["maximum"]),
                )
                for q in settings.get("quotas", [])
            ),
            selection_method=str(settings.get("selection_method", "topsis")),
            sampling=Sampling(settings.get("sampling", "simplex")),
            spread=float(settings.get("spread", 0.2)),
            samples=int(settings.get("samples", 10_000)),
            seed=int(settings.get("seed", 1)),
            compare_methods=bool(settings.get("compare_methods", False)),
        ),
        baseline=None
        if baseline is None
        else Baseline(
            topsis={str(k): int(v) for k, v in baseline.get("topsis", {}).items()},
            ahp={str(k): int(v) for k, v in baseline.get("ahp", {}).items()},
            label=str(baseline.get("label", "")),
        ),
        log=tuple(entry_from_json(e) for e in data.get("log", [])),
    )
    workshop.validate()
    return workshop


def validate_metadata(metadata: Metadata, unchanged: Metadata | None = None) -> None:
    """Raise :class:`InvalidInputError` naming the facilitator, participant or agreement (by its
    1-based number) that has no name or no action. The error's ``section`` (``"facilitators"``,
    ``"participants"`` or ``"agreements"``) and ``number`` say where, for the interface. A list
    that is the same in ``unchanged`` is not checked."""
    required = (
        (
            "facilitators",
            metadata.facilitators,
            QT_TRANSLATE_NOOP("Messages", "Facilitator {number} has no name."),
        ),
        (
            "participants",
            tuple(p.name for p in metadata.participants),
            QT_TRANSLATE_NOOP(
                "Messages", "Participant {number} has no name: type it, or remove the row."
            ),
        ),
        (
            "agreements",
            tuple(a.action for a in metadata.agreements),
            QT_TRANSLATE_NOOP(
                "Messages",
                "Agreement {number} does not say what was agreed: type it, or remove the row.",
            ),
        ),
    )
    for section, texts, template in required:
        if unchanged is not None and getattr(unchanged, section) == getattr(metadata, section):
            continue
        for number, text in enumerate(texts, start=1):
            if not text.strip():
                raise InvalidInputError(template, section=section, number=number)


def _check_settings(settings: Settings) -> None:
    """Raise :class:`InvalidInputError` naming the setting that is out of range."""
    problems = {
        "top_k": settings.top_k < 1,
        "selection_method": settings.selection_method not in ("topsis", "ahp"),
        "spread": not (math.isfinite(settings.spread) and 0 <= settings.spread < 1),
        "samples": not 1 <= settings.samples <= MAX_SAMPLES,
        "quotas": any(
            q.minimum < 0 or (q.maximum is not None and q.maximum < q.minimum)
            for q in settings.quotas
        ),
    }
    for name, wrong in problems.items():
        if wrong:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "The method setting “{setting}” is out of range."),
                setting=name,
            )


def _check_unique(ids: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for identifier in ids:
        if identifier in seen:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "The identifier “{id}” is used twice ({what})."),
                id=identifier,
                what=what,
            )
        seen.add(identifier)


def _describe(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error.args[0]!r}"
    return str(error)


def workshop_texts(workshop: Workshop) -> Iterable[tuple[str, str]]:
    """Every text of ``workshop`` with the field that holds it, as a message names it (the
    community's or criterion's name, the key of a workshop file): what :func:`check_texts`
    checks against the limits of :mod:`app.models.limits`."""
    meta = workshop.metadata
    for key in ("title", "date", "place", "purpose", "notice"):
        yield f"metadata.{key}", getattr(meta, key)
    for k, name in enumerate(meta.facilitators):
        yield f"metadata.facilitators[{k}]", name
    for k, p in enumerate(meta.participants):
        for key in ("name", "organisation", "gender"):
            yield f"metadata.participants[{k}].{key}", getattr(p, key)
    for k, a in enumerate(meta.agreements):
        for key in ("action", "responsible", "date"):
            yield f"metadata.agreements[{k}].{key}", getattr(a, key)
    for criterion in workshop.criteria:
        for key in ("name", "description", "unit"):
            for lang, text in getattr(criterion, key).items():
                yield f"{criterion.label('en') or criterion.id} ({key}, {lang})", text
        for level in criterion.levels:
            for lang, text in level.name.items():
                yield f"{criterion.label('en') or criterion.id} (level, {lang})", text
    for community in workshop.communities:
        for key in ("name", "region", "notes"):
            yield f"{community.name[:40] or community.id} ({key})", getattr(community, key)
    for group in workshop.groups:
        yield f"groups.{group.id} (name)", group.name
    for k, entry in enumerate(workshop.log):
        for key in ("what", "group", "time"):
            yield f"log[{k}].{key}", getattr(entry, key)
        for key in ("old", "new"):
            for text in value_texts(getattr(entry, key)):
                yield f"log[{k}].{key}", text
        for name, value in (entry.params or {}).items():
            for text in value_texts(value):
                yield f"log[{k}].params.{name}", text


def check_texts(workshop: Workshop) -> None:
    """Refuse a text longer than a spreadsheet cell holds, or texts that together exceed what a
    record saves (:mod:`app.models.limits`); the message names the field."""
    total = 0
    for where, text in workshop_texts(workshop):
        check_text(text, where)
        total += len(text)
    check_total_text(total)
