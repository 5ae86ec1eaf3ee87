"""Agreement of the TOPSIS and AHP rankings (app.models.sensitivity.correlations)."""

from __future__ import annotations

import pytest

from app.models.analysis import evaluate
from app.models.sensitivity import (
    rank_correlations,
)
from tests.factories import make_workshop

# -- method comparison ---------------------------------------------------------------------------


def test_rank_correlations_reuse_the_ranking_measures() -> None:
    workshop = make_workshop(9, 4, seed=12)
    evaluation = evaluate(workshop)
    agreement = rank_correlations(evaluation)
    assert agreement is not None
    assert agreement.kendall_tau_b == pytest.approx(evaluation.agreement, abs=1e-15)
    from scipy import stats

    rho = stats.spearmanr(evaluation.topsis_ranks, evaluation.ahp_ranks).statistic
    assert agreement.spearman_rho == pytest.approx(rho, abs=1e-12)
