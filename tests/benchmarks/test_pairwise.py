"""The pairwise editor's live path: one answer changed to new priorities, CR and suggestions.

Target (issue 4): ``test_pairwise_update_15_criteria`` median <= 2 ms on a 15 x 15 matrix, through
the model path the pairwise panel runs on each change: the ``set_judgement`` edit applied to a
:class:`~app.models.document.Document`, then :func:`~app.models.judgements.group_priorities`
(priorities, CR, the answers that contribute most with their implied values, and the pairs to
ask next). Measured for every pair answered (eigenvector) and for half of them (LLSM, with the
suggestions of unanswered pairs), which is the slower path.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from typing import Any

import numpy as np
import pytest

from app.models import edits
from app.models.document import Document
from app.models.judgements import SAATY_SCALE, group_priorities
from tests.benchmarks.conftest import median_seconds, within_target
from tests.factories import make_workshop

M = 15
TARGET_SECONDS = 0.002


@pytest.mark.parametrize("answered", ["all", "half"])
def test_pairwise_update_15_criteria(benchmark: Any, answered: str) -> None:
    workshop = make_workshop(10, M)
    ids = [c.id for c in workshop.weighted_criteria]
    rng = np.random.default_rng(4)
    pairs = list(itertools.combinations(range(M), 2))
    if answered == "half":
        # a path links every criterion, then every other remaining pair
        path = [(k, k + 1) for k in range(M - 1)]
        pairs = path + [p for p in pairs if p not in path][::2]
    judgements = {(ids[i], ids[j]): float(rng.choice(SAATY_SCALE)) for i, j in pairs}
    group = replace(workshop.group("g1"), judgements=judgements)
    document = Document(workshop.replace(groups=(group, *workshop.groups[1:])))
    values = itertools.cycle([3.0, 1 / 5, 7.0, 1.0, 1 / 2])

    def change_one_answer() -> Any:
        document.apply(edits.set_judgement("g1", ids[0], ids[1], next(values)))
        current = document.workshop
        return group_priorities(current, current.group("g1"))

    result = benchmark(change_one_answer)
    assert result.priorities is not None and result.cr is not None
    assert result.inconsistencies
    assert (result.suggestions == ()) == (answered == "all")
    median = median_seconds(benchmark)
    benchmark.extra_info["median_ms"] = median * 1000.0
    within_target(benchmark, TARGET_SECONDS)
