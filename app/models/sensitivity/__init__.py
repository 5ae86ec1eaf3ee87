"""Sensitivity and robustness of the rankings: how firm is the ranking? (issue 7)

One module per question, each with its method and references:

- :mod:`.sweep`: both methods' scores as one criterion's share runs from 0 to 1, and every exact
  point where two communities swap places (:func:`weight_sweep`, :func:`swap_points`);
- :mod:`.stability`: how far each criterion's share can move before the first place or the
  top-k set changes (:func:`stability_intervals`, :func:`tightest`);
- :mod:`.acceptability`: SMAA-2 rank acceptability over sampled weights
  (:func:`sample_weights`, :func:`rank_acceptability`, :func:`acceptability_in_chunks`);
- :mod:`.selection`: k focus communities under quotas per region (:func:`select_with_quotas`);
- :mod:`.reversal`: rank reversal when one community is removed (:func:`prepare_removals`,
  :func:`removal_reversals`);
- :mod:`.other_methods`: scikit-criteria's weighted sum, weighted product and VIKOR rankings of
  the same data (:func:`other_methods`; scikit-criteria is imported only when it is called);
- :mod:`.correlations`: agreement of the TOPSIS and AHP rankings (:func:`rank_correlations`).

:mod:`.shares` (a criterion's share of the weight and how moving it moves the others) and
:mod:`.crossings` (the exact crossing points of every pair of communities) serve the sweep and the
stability intervals.

Pure numpy, no Qt. Every function takes a :class:`~app.models.analysis.Problem` (the
weight-independent part of a workshop) and a weight vector over all the workshop's criteria,
except those about removing a community, which start from the workshop itself.

Conventions
    - Communities in results are *workshop* community indices (``problem.eligible`` maps an
      eligible position to its workshop index); criteria are *workshop* criterion indices.
    - Methods are named ``"topsis"`` and ``"ahp"`` (:data:`~app.models.analysis.METHODS`).

This package re-exports the public names of its modules: ``from app.models.sensitivity import
weight_sweep`` is the usual way in.
"""

from __future__ import annotations

from app.models.analysis import METHODS, Method
from app.models.sensitivity.acceptability import (
    CHUNK,
    RankAcceptability,
    SampleMode,
    acceptability_in_chunks,
    rank_acceptability,
    sample_weights,
)
from app.models.sensitivity.correlations import MethodAgreement, rank_correlations
from app.models.sensitivity.crossings import COEFFICIENT_RTOL
from app.models.sensitivity.other_methods import (
    OTHER_METHODS,
    OtherRankings,
    import_methods,
    other_methods,
)
from app.models.sensitivity.reversal import (
    RankReversal,
    Removals,
    prepare_removals,
    removal_reversals,
    reversed_pairs,
)
from app.models.sensitivity.selection import select_with_quotas
from app.models.sensitivity.shares import current_share, sweep_weights
from app.models.sensitivity.stability import (
    ShareRange,
    StabilityInterval,
    stability_intervals,
    tightest,
)
from app.models.sensitivity.sweep import Swap, WeightSweep, swap_points, weight_sweep

__all__ = [
    "CHUNK",
    "COEFFICIENT_RTOL",
    "METHODS",
    "OTHER_METHODS",
    "Method",
    "MethodAgreement",
    "OtherRankings",
    "RankAcceptability",
    "RankReversal",
    "Removals",
    "SampleMode",
    "ShareRange",
    "StabilityInterval",
    "Swap",
    "WeightSweep",
    "acceptability_in_chunks",
    "current_share",
    "import_methods",
    "other_methods",
    "prepare_removals",
    "rank_acceptability",
    "rank_correlations",
    "removal_reversals",
    "reversed_pairs",
    "sample_weights",
    "select_with_quotas",
    "stability_intervals",
    "swap_points",
    "sweep_weights",
    "tightest",
    "weight_sweep",
]
