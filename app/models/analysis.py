"""Both rankings of a workshop: screening, TOPSIS and AHP with the same weights, and agreement.

The work is split in two so that the live path (a slider moves) is short:

- :func:`prepare` does everything that does not depend on the weights: screening (gates,
  thresholds, missing cells), the decision matrix of the eligible communities, the AHP local
  priorities, and the notes about degenerate data. It runs when the data or criteria change.
- :meth:`Problem.rank` takes a weight vector (or a batch of them) and returns both rankings.

Degenerate data never gives ``NaN``: every case ends in a defined result plus a :class:`Note` that
the interface shows (every case is listed in the module's :func:`prepare` and tested in
tests/models/test_analysis.py).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any, Final, Literal

import numpy as np

from app.models import ahp
from app.models.criterion import Criterion, CriterionKind, Direction
from app.models.derived import weight_vector
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.ranking import competition_ranks, kendall_tau_b, stable_order
from app.models.topsis import TopsisResult, topsis
from app.models.workshop import MissingPolicy, Workshop

if TYPE_CHECKING:
    from app.models.arrays import FloatArray, IntArray


Method = Literal["topsis", "ahp"]
#: The two methods of the program, in the order they are shown.
METHODS: Final[tuple[Method, ...]] = ("topsis", "ahp")


def check_method(method: str) -> Method:
    """``method`` as a :data:`Method`; raises :class:`InvalidInputError` for another name."""
    if method == "topsis":
        return "topsis"
    if method == "ahp":
        return "ahp"
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Messages", "Unknown method “{method}”: use topsis or ahp."),
        method=method,
    )


class ReasonKind(StrEnum):
    GATE = "gate"
    THRESHOLD = "threshold"
    MISSING = "missing"


@dataclass(frozen=True)
class Reason:
    """Why a community is screened out: the criterion and the value at fault."""

    kind: ReasonKind
    criterion: int
    value: float


@dataclass(frozen=True)
class Exclusion:
    """A community screened out of the ranking (its row in the workshop) and why."""

    community: int
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class Note:
    """A remark about the data or the weights, as an untranslated template and its fields."""

    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Problem:
    """The weight-independent part of a workshop's evaluation (see :func:`prepare`).

    ``eligible`` indexes the communities that passed screening; ``columns`` the criteria that are
    ranked (not gates, not entirely missing). ``matrix`` is eligible x columns, missing cells filled
    with the column's worst value when the workshop says so. ``local`` holds the AHP local
    priorities (``None`` when the data cannot be taken, with the reason in ``ahp_problem``).
    """

    workshop_criteria: int
    eligible: IntArray
    excluded: tuple[Exclusion, ...]
    columns: IntArray
    matrix: FloatArray
    objectives: tuple[str, ...]
    local: FloatArray | None
    ahp_problem: Note | None
    notes: tuple[Note, ...]

    def rank(self, weights: FloatArray) -> Evaluation:
        """Both rankings for ``weights`` over all the workshop's criteria, shape (m,) or (K, m)."""
        w = np.asarray(weights, dtype=np.float64)[..., self.columns]
        if self.eligible.size == 0 or self.columns.size == 0:
            return Evaluation(self, w, None, None)
        tops = topsis(self.matrix, w, self.objectives)
        scores = None if self.local is None else ahp.global_priorities(self.local, w)
        return Evaluation(self, w, tops, scores)


@dataclass(frozen=True)
class Evaluation:
    """Both rankings of the eligible communities for one weight vector (or a batch)."""

    problem: Problem
    weights: FloatArray
    topsis: TopsisResult | None
    ahp_scores: FloatArray | None

    @property
    def eligible(self) -> IntArray:
        return self.problem.eligible

    @cached_property
    def topsis_ranks(self) -> IntArray | None:
        return None if self.topsis is None else self.topsis.ranks

    @cached_property
    def ahp_ranks(self) -> IntArray | None:
        return None if self.ahp_scores is None else competition_ranks(self.ahp_scores)

    @cached_property
    def agreement(self) -> float | None:
        """Kendall's tau-b between the TOPSIS and AHP rankings (single weight vector only)."""
        if self.topsis_ranks is None or self.ahp_ranks is None or self.topsis_ranks.ndim != 1:
            return None
        return kendall_tau_b(self.topsis_ranks, self.ahp_ranks)

    @cached_property
    def notes(self) -> tuple[Note, ...]:
        notes = list(self.problem.notes)
        if self.weights.ndim == 1 and self.weights.size and not (self.weights > 0).any():
            notes.append(
                Note(
                    QT_TRANSLATE_NOOP(
                        "Messages", "All weights are zero: every community ties. Give weights."
                    )
                )
            )
        if self.problem.ahp_problem is not None:
            notes.append(self.problem.ahp_problem)
        return tuple(notes)


def prepare(workshop: Workshop) -> Problem:
    """Screen the communities and build the matrices both methods rank (weights not needed)."""
    criteria = workshop.criteria
    values = workshop.values.reshape(len(workshop.communities), len(criteria))
    n = len(workshop.communities)
    worst_policy = workshop.settings.missing is MissingPolicy.WORST
    notes: list[Note] = []

    ranked = [j for j, c in enumerate(criteria) if not c.is_gate]
    empty = [j for j in ranked if n and np.isnan(values[:, j]).all()]
    for j in empty:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Messages", "Criterion {criterion} has no data and is left out of the ranking."
                ),
                {"criterion": criteria[j].id},
            )
        )
    columns = np.array([j for j in ranked if j not in empty], dtype=np.int64)

    exclusions: list[Exclusion] = []
    eligible: list[int] = []
    for i in range(n):
        reasons: list[Reason] = []
        for j, criterion in enumerate(criteria):
            value = float(values[i, j])
            if math.isnan(value):
                if criterion.is_gate and worst_policy:
                    reasons.append(Reason(ReasonKind.GATE, j, value))
                elif (criterion.is_gate or j in columns) and not worst_policy:
                    reasons.append(Reason(ReasonKind.MISSING, j, value))
                continue
            if criterion.is_gate and value < 1:
                reasons.append(Reason(ReasonKind.GATE, j, value))
            elif (criterion.accept_min is not None and value < criterion.accept_min) or (
                criterion.accept_max is not None and value > criterion.accept_max
            ):
                reasons.append(Reason(ReasonKind.THRESHOLD, j, value))
        if reasons:
            exclusions.append(Exclusion(i, tuple(reasons)))
        else:
            eligible.append(i)
    rows = np.array(eligible, dtype=np.int64)

    matrix = values[np.ix_(rows, columns)].copy() if rows.size else np.zeros((0, columns.size))
    objectives = tuple(criteria[j].direction.value for j in columns)
    if worst_policy and matrix.size:
        for k, j in enumerate(columns):
            column = matrix[:, k]
            missing = np.isnan(column)
            if missing.any():
                present = column[~missing]
                fill = (
                    np.nanmin(values[:, j])
                    if present.size == 0
                    else (
                        present.min() if criteria[j].direction is Direction.MAX else present.max()
                    )
                )
                column[missing] = fill
                notes.append(
                    Note(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Criterion {criterion}: {count} missing values counted as the worst "
                            "value.",
                        ),
                        {"criterion": criteria[j].id, "count": int(missing.sum())},
                    )
                )

    if rows.size == 1:
        notes.append(
            Note(QT_TRANSLATE_NOOP("Messages", "Only one community is left: nothing to compare."))
        )
    elif rows.size == 0 and n:
        notes.append(
            Note(QT_TRANSLATE_NOOP("Messages", "Every community is screened out: none to rank."))
        )
    elif n == 0:
        notes.append(
            Note(
                QT_TRANSLATE_NOOP(
                    "Messages", "No communities yet: add them in the data table or open a table."
                )
            )
        )
    if rows.size > 1:
        for k, j in enumerate(columns):
            if np.ptp(matrix[:, k]) == 0:
                notes.append(
                    Note(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "Criterion {criterion} has the same value for every community: it "
                            "does not change the ranking.",
                        ),
                        {"criterion": criteria[j].id},
                    )
                )

    local, ahp_problem = _local_priorities(workshop, matrix, rows, columns)
    return Problem(
        workshop_criteria=len(criteria),
        eligible=rows,
        excluded=tuple(exclusions),
        columns=columns,
        matrix=matrix,
        objectives=objectives,
        local=local,
        ahp_problem=ahp_problem,
        notes=tuple(notes),
    )


def rating_priorities(criterion: Criterion) -> FloatArray:
    """The AHP rating priority of each level of a verbal criterion, in the criterion's order.

    A verbal criterion lists its levels from the lowest to the highest, and its direction says
    which end is the better one, as for TOPSIS and the thresholds. A level's own priority (set
    in the criterion, or derived from comparing the levels pairwise) already says how much that
    level is preferred and is taken as it is. The other levels take the default, evenly spaced
    priorities (:func:`app.models.ahp.default_level_priorities`) rising towards the better end:
    the highest level is the best of a benefit criterion, the lowest level the best of a cost
    criterion.
    """
    defaults = ahp.default_level_priorities(len(criterion.levels))
    if criterion.direction is Direction.MIN:
        defaults = defaults[::-1]
    return np.array(
        [
            level.priority if level.priority is not None else float(defaults[k])
            for k, level in enumerate(criterion.levels)
        ],
        dtype=np.float64,
    )


def _local_priorities(
    workshop: Workshop, matrix: FloatArray, rows: IntArray, columns: IntArray
) -> tuple[FloatArray | None, Note | None]:
    """AHP local priorities of the eligible communities (``rows``) per ranked criterion.

    Numeric criteria use the data (ideal x/max or distributive x/sum; reciprocals for a cost
    criterion); verbal criteria use their levels' rating priorities (absolute measurement,
    :func:`rating_priorities`). A value AHP cannot take (zero or below: AHP compares values as
    ratios) gives no AHP ranking and a note that names the criterion, the community and the value.
    """
    mode = workshop.settings.ahp_mode.value
    local = np.empty_like(matrix)
    if matrix.shape[0] == 0:  # nothing to rank: no data to object to either
        return local, None
    for k, j in enumerate(columns):
        criterion = workshop.criteria[j]
        column = matrix[:, k : k + 1]
        if criterion.kind is CriterionKind.ORDINAL:
            local[:, k] = ahp.local_from_levels(
                column[:, 0].astype(np.int64) - 1, rating_priorities(criterion), mode
            )
            continue
        try:
            local[:, k : k + 1] = ahp.local_from_values(column, (criterion.direction.value,), mode)
        except InvalidInputError as error:
            community = workshop.communities[int(rows[int(error.params["community"]) - 1])]
            return None, Note(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "AHP cannot rank: under criterion {criterion}, community {community} has the "
                    "value {value}. AHP compares values as ratios, which needs values above zero. "
                    "Correct the value in the data, or remove the criterion.",
                ),
                {
                    "criterion": criterion.id,
                    "community": community.name,
                    "value": error.params["value"],
                },
            )
    return local, None


def evaluate(workshop: Workshop, weights: Sequence[float] | FloatArray | None = None) -> Evaluation:
    """Both rankings of ``workshop`` with ``weights`` (default: the active weight set)."""
    vector = weight_vector(workshop) if weights is None else np.asarray(weights, dtype=np.float64)
    return prepare(workshop).rank(vector)


def method_results(evaluation: Evaluation, method: str) -> tuple[FloatArray, IntArray] | None:
    """Scores and competition ranks of the eligible communities under ``method`` (``"topsis"``:
    closeness; ``"ahp"``: global priority), or ``None`` when the method has no result (nothing
    eligible, no criterion, or data AHP cannot take). For a batch evaluation both are (K, n).

    Raises :class:`InvalidInputError` for a method other than ``"topsis"`` and ``"ahp"``."""
    if check_method(method) == "topsis":
        if evaluation.topsis is None or evaluation.topsis_ranks is None:
            return None
        return evaluation.topsis.closeness, evaluation.topsis_ranks
    if evaluation.ahp_scores is None or evaluation.ahp_ranks is None:
        return None
    return evaluation.ahp_scores, evaluation.ahp_ranks


def rank_order(evaluation: Evaluation, method: str) -> IntArray:
    """Positions into the evaluation's eligible arrays, best first, ties in entry order
    (:func:`~app.models.ranking.stable_order`); empty when ``method`` has no result."""
    results = method_results(evaluation, method)
    if results is None:
        return np.zeros(0, dtype=np.int64)
    scores, ranks = results
    return stable_order(scores, ranks)
