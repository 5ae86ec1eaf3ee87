"""Rank correlations: how much do the TOPSIS and AHP rankings of one evaluation agree?

Kendall's tau-b (Kendall 1945) and Spearman's rho (Spearman 1904), both from
:mod:`app.models.ranking`, which defines them for ties and degenerate rankings.

References
    - Kendall, M.G. (1945). The treatment of ties in ranking problems. Biometrika
      33(3):239-251.
    - Spearman, C. (1904). The proof and measurement of association between two things.
      American Journal of Psychology 15(1):72-101.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.analysis import Evaluation
from app.models.ranking import kendall_tau_b, spearman_rho


@dataclass(frozen=True)
class MethodAgreement:
    """Agreement of the TOPSIS and AHP rankings, each in [-1, 1] (1: same order)."""

    kendall_tau_b: float
    spearman_rho: float


def rank_correlations(evaluation: Evaluation) -> MethodAgreement | None:
    """Kendall's tau-b and Spearman's rho between the TOPSIS and AHP ranks of one evaluation
    (:mod:`app.models.ranking`); ``None`` when either method did not rank or for a batch."""
    first, second = evaluation.topsis_ranks, evaluation.ahp_ranks
    if first is None or second is None or first.ndim != 1:
        return None
    return MethodAgreement(kendall_tau_b(first, second), spearman_rho(first, second))
