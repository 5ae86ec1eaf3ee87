"""What every sheet writer of a record reads: the workshop, evaluated once, in one language.

:class:`RecordContext` ranks the workshop once for the whole record (both methods,
:mod:`app.models.analysis`) at the record's weights (:func:`app.models.derived.record_weight_set`:
the combined set unless the facilitator chose the focus communities by a group's weights) and
gives the sheet writers the record's words: labels (:data:`app.io.record.labels.LABELS`), the
criteria's and communities' names, and the engine's messages in the record's language
(:mod:`app.io.messages`). A workshop the engine cannot rank is saved all the same:
:attr:`RecordContext.failure` says why, and the computed sheets say so. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

import numpy as np

from app.io.record.labels import label
from app.models.analysis import Evaluation, Note, Problem, prepare
from app.models.criterion import Criterion
from app.models.derived import record_weight_set, weight_vector, workshop_day
from app.models.errors import InvalidInputError
from app.models.ranking import stable_order
from app.models.workshop import COMBINED, Workshop


class RecordContext:
    """The workshop of one record, its evaluation at the weights used, and the record's
    language (see the module docstring)."""

    def __init__(self, workshop: Workshop, lang: str, today: date | None = None) -> None:
        self.workshop = workshop
        self.lang = lang
        #: Whose weights rank the record: a group's id or COMBINED.
        self.weight_set = record_weight_set(workshop)
        self.weights = weight_vector(workshop, self.weight_set)
        #: The workshop's date as the Summary shows it (the day of the workshop when none is set).
        self.day = workshop_day(workshop, today or date.today())
        #: Why the rankings could not be computed (the inputs are saved all the same).
        self.failure: str | None = None
        try:
            self.problem: Problem = prepare(workshop)
            self.evaluation: Evaluation = self.problem.rank(self.weights)
        except InvalidInputError as error:
            self.failure = self.message(error.template, error.params)
            empty = np.zeros(0, dtype=np.int64)
            self.problem = Problem(
                workshop_criteria=len(workshop.criteria),
                eligible=empty,
                excluded=(),
                columns=empty,
                matrix=np.zeros((0, 0)),
                objectives=(),
                local=None,
                ahp_problem=Note(error.template, error.params),
                notes=(),
            )
            self.evaluation = self.problem.rank(self.weights)
        #: The criteria ranked (weighted, not gates), in the engine's column order.
        self.ranked = [workshop.criteria[int(j)] for j in self.problem.columns]
        #: Drop-down lists too long to be written in their rule, one column each of the hidden
        #: lists sheet (:func:`app.io.record.data_sheet.list_formula`).
        self.lists: list[tuple[str, ...]] = []

    def t(self, key: str) -> str:
        """The label ``key`` in the record's language."""
        return label(self.lang, key)

    def name(self, criterion: Criterion) -> str:
        """The criterion's name in the record's language."""
        return criterion.label(self.lang)

    def community(self, eligible_index: int) -> str:
        """The name of the ``eligible_index``-th ranked (eligible) community."""
        return self.workshop.communities[int(self.evaluation.eligible[eligible_index])].name

    def order(self) -> list[int]:
        """The eligible communities, best first by TOPSIS (ties in a stable order)."""
        tops = self.evaluation.topsis
        if tops is None:
            return []
        return [int(k) for k in stable_order(tops.closeness, tops.ranks).tolist()]

    def weight_source(self) -> str:
        """Whose weights the rankings use: all groups combined, or one group."""
        if self.weight_set == COMBINED:
            return self.t("combined")
        return f"{self.t('group')}: {self.workshop.group(self.weight_set).name}"

    def message(self, template: str, params: Mapping[str, Any]) -> str:
        """A model message (error or note) in the record's language."""
        from app.io.messages import message_text

        return message_text(template, params, self.lang)


__all__ = ["RecordContext"]
