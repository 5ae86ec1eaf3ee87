"""Sensitivity and robustness of the rankings: how firm is the ranking? (issue 7)

Pure numpy, no Qt. Every function takes a :class:`~app.models.analysis.Problem` (the
weight-independent part of a workshop) and a weight vector over all the workshop's criteria.

Conventions
    - Communities in results are *workshop* community indices (``problem.eligible`` maps an
      eligible position to its workshop index); criteria are *workshop* criterion indices.
    - A criterion's **share** is its weight divided by the total weight of the ranked criteria
      (``problem.columns``): a number in [0, 1]. Only shares matter to both methods.
    - Moving one criterion's share to ``t`` keeps the *proportions* of the other ranked criteria
      (equal among them if they are all zero) and the total: weight ``t T`` for the criterion and
      ``(1 - t) T p_k`` for each other ranked criterion ``k``, with ``p_k`` its proportion among the
      others (:func:`sweep_weights`). Criteria that are not ranked (gates, no data) keep their
      weights; they do not count anyway.
    - Methods are named ``"topsis"`` and ``"ahp"`` (:data:`METHODS`).

Exact swap points (:func:`swap_points`)
    AHP: global priorities are linear in the share ``t``:
    ``G_i(t) = t L_ij + (1 - t) sum_k p_k L_ik``, so each pair of communities crosses at most
    once, where ``t = b / (b - a)`` with ``a = L_ij - L_lj`` and ``b = sum_k p_k (L_ik - L_lk)``.

    TOPSIS: weights are non-negative, so the weighted ideal is ``w_k r*_k`` and
    ``(d+_i)^2 = t^2 A+_i + (1 - t)^2 B+_i`` with ``A+_i = (r_ij - r*_j)^2`` and
    ``B+_i = sum_{k != j} p_k^2 (r_ik - r*_k)^2`` (likewise ``d-`` with the anti-ideal). For
    separations not both zero, ``C_i > C_l`` exactly when
    ``P(t) = (d-_i)^2 (d+_l)^2 - (d-_l)^2 (d+_i)^2 > 0``. Writing ``s = 1 - t``, ``P`` is the
    even homogeneous quartic ``alpha t^4 + beta t^2 s^2 + gamma s^4`` with
    ``alpha = A-_i A+_l - A-_l A+_i``, ``beta = A-_i B+_l + B-_i A+_l - A-_l B+_i - B-_l A+_i``,
    ``gamma = B-_i B+_l - B-_l B+_i``. On ``0 < t < 1`` the substitution ``v = (t / s)^2``
    (increasing in ``t``) turns ``P / s^4`` into the quadratic ``alpha v^2 + beta v + gamma``: its
    simple positive roots are exactly the points where the order of the pair changes, found in
    closed form (the cancellation-free quadratic formula) and polished by Newton steps on ``P(t)``
    itself. A double root (the curves touch) changes nothing and is not a swap.

    Degenerate cases (``TopsisResult``): ``d+_i + d-_i = 0`` on ``0 < t < 1`` happens only when
    every weighted criterion has one value for all communities, which makes every ``P`` zero: all
    communities tie at 0.5 and there is no swap. A pair whose coefficients all vanish (to a
    relative 1e-12, the tie tolerance of :func:`~app.models.ranking.competition_ranks`) has
    identical curves: it stays tied (or in the same order) for every share and gives no swap, so
    floating-point noise between equal communities never invents one.

References
    - Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis approach for some
      deterministic multi-criteria decision-making methods. Decision Sciences 28(1):151-194
      (smallest weight changes that alter a ranking).
    - Lahdelma, R. & Salminen, P. (2001). SMAA-2: Stochastic multicriteria acceptability analysis
      for group decision making. Operations Research 49(3):444-454 (rank acceptability indices,
      central weight vectors).
    - Tervonen, T. & Lahdelma, R. (2007). Implementing stochastic multicriteria acceptability
      analysis. European Journal of Operational Research 178(2):500-513 (sampling weights
      uniformly from the simplex).
    - Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: a comparative
      analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2):445-455.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, Literal

import numpy as np

from app.models.analysis import (
    METHODS,
    Evaluation,
    Method,
    Note,
    Problem,
    check_method,
    prepare,
)
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.ranking import competition_ranks, kendall_tau_b, spearman_rho, stable_order
from app.models.topsis import topsis
from app.models.workshop import Quota, Workshop

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import BoolArray, FloatArray, IntArray

    QuadraticPair = tuple[FloatArray, FloatArray]


SampleMode = Literal["simplex", "around", "groups"]

#: Relative size below which a coefficient of a pair's crossing polynomial counts as zero: the
#: relative tie tolerance of :func:`app.models.ranking.competition_ranks`.
COEFFICIENT_RTOL: Final = 1e-12
#: Relative size of a discriminant below which a pair's two crossings merge into a touching point.
_DISCRIMINANT_RTOL: Final = 1e-13
#: Roots within this distance beyond an end of an interval count as crossing at that end.
_SAME_POINT: Final = 1e-9


# --------------------------------------------------------------------------------------------
# Results
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Swap:
    """As the share of ``criterion`` rises past ``share``, community ``ahead`` overtakes
    ``behind`` in ``method``'s ranking (below ``share`` it is the other way round).

    ``share`` is in (0, 1), exact to about 1e-12; ``ahead`` and ``behind`` are workshop
    community indices, ``criterion`` a workshop criterion index.
    """

    method: Method
    criterion: int
    share: float
    ahead: int
    behind: int


@dataclass(frozen=True)
class WeightSweep:
    """Both methods' scores as one criterion's share runs over a grid (:func:`weight_sweep`).

    ``shares`` (K,) is the grid from 0 to 1; ``closeness`` (K, n) the TOPSIS closeness and
    ``ahp_scores`` (K, n) the AHP global priorities (``None`` when AHP cannot rank) of the
    eligible communities (columns in ``communities`` order, workshop indices); ``current`` the
    criterion's share at the given weights; ``swaps`` every exact swap point of both methods,
    ordered by share.
    """

    criterion: int
    shares: FloatArray
    communities: IntArray
    closeness: FloatArray
    ahp_scores: FloatArray | None
    current: float
    swaps: tuple[Swap, ...]


@dataclass(frozen=True)
class ShareRange:
    """The shares ``[low, high]`` of a criterion, around its current share, within which a set of
    communities (the first place, or the top k) stays the same.

    ``below`` is that set just below ``low`` and ``above`` just above ``high`` (workshop indices,
    best first; usually one community for the first place); empty when ``low`` is 0 or
    ``high`` is 1, since the set does not change on that side. When the set is decided by a tie at
    the current weights (two different communities share the last place of the set), any move
    changes it: ``low == high ==`` the current share and ``below``/``above`` say who wins on
    each side.
    """

    low: float
    high: float
    below: tuple[int, ...]
    above: tuple[int, ...]


@dataclass(frozen=True)
class StabilityInterval:
    """How far one criterion's share can move before ``method``'s first place or top k change.

    ``leaders`` are the communities ranked first at the current weights (more than one only when
    they tie) and ``first`` the range of shares within which exactly they stay first; ``top_set``
    the communities with rank <= ``top_k`` (best first; more than ``top_k`` when a tie straddles
    place ``top_k``) and ``top`` the range within which that set stays the same (order inside it
    may change). ``current`` is the criterion's current share.

    The range ends are the nearest sign-changing crossing points on each side among the pairs
    (leader, other) resp. (member, non-member); a point where two curves only touch is not an
    end.
    """

    method: Method
    criterion: int
    current: float
    top_k: int
    leaders: tuple[int, ...]
    first: ShareRange
    top_set: tuple[int, ...]
    top: ShareRange

    @property
    def margin(self) -> float | None:
        """Distance from the current share to the nearest end of ``first`` where the first place
        really changes (an end at 0 or 1 does not count); ``None`` if it never changes."""
        distances = [
            distance
            for distance, changes in (
                (self.current - self.first.low, bool(self.first.below)),
                (self.first.high - self.current, bool(self.first.above)),
            )
            if changes
        ]
        return min(distances) if distances else None


@dataclass(frozen=True)
class RankAcceptability:
    """SMAA-2 rank acceptability of ``method`` over weight samples (:func:`rank_acceptability`).

    ``acceptability[i, r]`` is the share of the samples in which community ``communities[i]``
    (workshop index) has rank ``r + 1``: each row and each column sums to 1. Communities tied in a
    sample share the tied places equally (two tied at first place get 1/2 of rank 1 and 1/2 of
    rank 2), so identical communities have identical rows. ``top`` (n,) is the probability of a
    place within the first ``top_k`` (the sum of the first ``top_k`` columns). ``central_weights``
    (n, m) is each community's central weight vector (Lahdelma & Salminen 2001): the mean of the
    sampled weights (shares of the ranked criteria, over all workshop criteria) under which it is
    first, ties counting fractionally; a row of zeros for a community never first.
    ``samples`` is the number of weight vectors and ``seed`` the seed they were drawn with (when
    given).
    """

    method: Method
    communities: IntArray
    acceptability: FloatArray
    top_k: int
    top: FloatArray
    central_weights: FloatArray
    samples: int
    seed: int | None


@dataclass(frozen=True)
class MethodAgreement:
    """Agreement of the TOPSIS and AHP rankings, each in [-1, 1] (1: same order)."""

    kendall_tau_b: float
    spearman_rho: float


@dataclass(frozen=True)
class OtherRankings:
    """Competition ranks (1 = best) of the eligible communities by scikit-criteria's weighted
    sum model (``"wsm"``), weighted product model (``"wpm"``) and VIKOR (``"vikor"``).

    ``ranks[name]`` is ``None`` when the method cannot take the data, with the reason in
    ``notes[name]``. ``scores[name]`` are the scores the ranks come from (higher is better for
    ``"wsm"`` and ``"wpm"``, lower for VIKOR's ``Q``), ``None`` with the ranks.
    """

    ranks: Mapping[str, IntArray | None]
    scores: Mapping[str, FloatArray | None] = field(default_factory=dict)
    notes: Mapping[str, Note] = field(default_factory=dict)


# --------------------------------------------------------------------------------------------
# Shares and sweeps
# --------------------------------------------------------------------------------------------


def _position(problem: Problem, criterion: int) -> int:
    """The position of workshop criterion ``criterion`` among the ranked columns."""
    found = np.flatnonzero(problem.columns == criterion)
    if found.size == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Criterion {criterion} is not ranked (a gate, or without data): its weight "
                "cannot change the ranking.",
            ),
            criterion=criterion + 1,
        )
    return int(found[0])


def _ranked_weights(problem: Problem, weights: npt.ArrayLike) -> FloatArray:
    """The weights of the ranked criteria; raise if they are not usable or all zero."""
    values = np.asarray(weights, dtype=np.float64)
    if values.shape != (problem.workshop_criteria,):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "There must be one weight per criterion ({criteria}), or rows of them; "
                "got the shape {shape}.",
            ),
            criteria=problem.workshop_criteria,
            shape=values.shape,
        )
    ranked = values[problem.columns]
    if not (np.isfinite(ranked).all() and (ranked >= 0.0).all()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The weights must be numbers of zero or more.")
        )
    if ranked.size and ranked.sum() <= 0.0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "All weights are zero: give the criteria weights before looking at how firm "
                "the ranking is.",
            )
        )
    return ranked


def _proportions(ranked: FloatArray) -> FloatArray:
    """``P[q, k]``: the proportion of ranked criterion ``k`` among the others when ``q`` moves
    (zero diagonal; equal among the others when they are all zero), shape (p, p)."""
    p = ranked.size
    others = np.where(np.eye(p, dtype=bool), 0.0, ranked[None, :])
    totals = others.sum(axis=1, keepdims=True)
    equal = (~np.eye(p, dtype=bool)) / max(p - 1, 1)
    proportions: FloatArray = np.where(
        totals > 0.0, others / np.where(totals > 0, totals, 1), equal
    )
    return proportions


def current_share(problem: Problem, weights: npt.ArrayLike, criterion: int) -> float:
    """The share of ``criterion`` (workshop index) in the total weight of the ranked criteria.

    Raises :class:`InvalidInputError` when the criterion is not ranked or all weights are zero.
    """
    q = _position(problem, criterion)
    ranked = _ranked_weights(problem, weights)
    return float(ranked[q] / ranked.sum())


def _sweep_rows(
    problem: Problem, weights: FloatArray, positions: IntArray, shares: FloatArray
) -> FloatArray:
    """Weight vectors (K, m_workshop): ranked criterion ``positions[k]`` at share ``shares[k]``."""
    ranked = _ranked_weights(problem, weights)
    total = ranked.sum()
    proportions = _proportions(ranked)
    t = shares[:, None]
    rows = (1.0 - t) * proportions[positions] * total
    rows[np.arange(positions.size), positions] = shares * total
    result = np.tile(np.asarray(weights, dtype=np.float64), (positions.size, 1))
    result[:, problem.columns] = rows
    return result


def sweep_weights(
    problem: Problem, weights: npt.ArrayLike, criterion: int, shares: npt.ArrayLike
) -> FloatArray:
    """Weight vectors over all workshop criteria, one row per share in ``shares`` (K,): the share
    of ``criterion`` (workshop index) set to it, the other ranked criteria keeping their
    proportions (equal among them if all zero) and the total weight unchanged. (K, m_workshop).

    Raises :class:`InvalidInputError` for a share outside [0, 1], a criterion that is not ranked,
    or weights that are all zero.
    """
    q = _position(problem, criterion)
    grid = np.asarray(shares, dtype=np.float64).reshape(-1)
    if not (np.isfinite(grid).all() and (grid >= 0.0).all() and (grid <= 1.0).all()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A weight share must be between 0 and 1.")
        )
    vector = np.asarray(weights, dtype=np.float64)
    return _sweep_rows(problem, vector, np.full(grid.size, q, dtype=np.int64), grid)


def weight_sweep(
    problem: Problem, weights: npt.ArrayLike, criterion: int, points: int = 101
) -> WeightSweep:
    """Both methods' scores for ``points`` shares of ``criterion`` from 0 to 1 (one batch
    evaluation), with the current share and every exact swap point of both methods."""
    grid = np.linspace(0.0, 1.0, max(int(points), 2))
    sweep = sweep_weights(problem, weights, criterion, grid)
    evaluation = problem.rank(sweep)
    n = problem.eligible.size
    closeness = (
        np.full((grid.size, n), 0.5) if evaluation.topsis is None else evaluation.topsis.closeness
    )
    swaps = tuple(
        sorted(
            (s for method in METHODS for s in swap_points(problem, weights, criterion, method)),
            key=lambda s: s.share,
        )
    )
    return WeightSweep(
        criterion=criterion,
        shares=grid,
        communities=problem.eligible,
        closeness=closeness,
        ahp_scores=evaluation.ahp_scores,
        current=current_share(problem, weights, criterion),
        swaps=swaps,
    )


# --------------------------------------------------------------------------------------------
# Exact crossing points of every pair of communities
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Crossings:
    """Where each pair (first[c], second[c]) of eligible positions changes order, for ranked
    criteria ``positions`` (Q,): ``roots`` (Q, pairs, R) shares in (0, 1) or NaN; ``rising``
    True where ``first`` is ahead just above the root; ``identical`` (Q, pairs) for pairs whose
    curves coincide (no root, never an order between them that the share could change)."""

    positions: IntArray
    first: IntArray
    second: IntArray
    roots: FloatArray
    rising: BoolArray
    identical: BoolArray


def _zero_small(value: FloatArray, *terms: FloatArray) -> FloatArray:
    """``value`` with entries at most COEFFICIENT_RTOL times their largest term set to 0."""
    scale = np.maximum.reduce([np.abs(t) for t in terms])
    return np.where(np.abs(value) <= COEFFICIENT_RTOL * scale, 0.0, value)


def _topsis_crossings(problem: Problem, ranked: FloatArray, positions: IntArray) -> _Crossings:
    """Crossings of the TOPSIS closeness (see the module docstring for the algebra)."""
    n = problem.eligible.size
    first, second = np.triu_indices(n, k=1)
    base = topsis(problem.matrix, ranked, problem.objectives)
    normalized = base.normalized
    column_max, column_min = normalized.max(axis=0), normalized.min(axis=0)
    best = np.where(base.benefit, column_max, column_min)
    worst = np.where(base.benefit, column_min, column_max)
    squared = _proportions(ranked)[positions] ** 2  # (Q, p)
    gaps = []  # A+, B+, A-, B- as (Q, n)
    for target in (best, worst):
        gap = np.square(normalized - target)  # (n, p)
        gaps += [gap[:, positions].T, squared @ gap.T]
    a_plus, b_plus, a_minus, b_minus = gaps

    def cross(x: FloatArray, y: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        # x_i y_l - x_l y_i and its two terms
        left, right = x[:, first] * y[:, second], x[:, second] * y[:, first]
        return left - right, left, right

    alpha_raw, *alpha_terms = cross(a_minus, a_plus)
    gamma_raw, *gamma_terms = cross(b_minus, b_plus)
    beta_1, *beta_1_terms = cross(a_minus, b_plus)
    beta_2, *beta_2_terms = cross(b_minus, a_plus)
    alpha = _zero_small(alpha_raw, *alpha_terms)
    gamma = _zero_small(gamma_raw, *gamma_terms)
    beta = _zero_small(beta_1 + beta_2, *beta_1_terms, *beta_2_terms)

    # Roots of alpha v^2 + beta v + gamma for v = (t / (1 - t))^2 > 0.
    with np.errstate(divide="ignore", invalid="ignore"):
        disc = beta * beta - 4.0 * alpha * gamma
        real = disc > _DISCRIMINANT_RTOL * np.maximum(beta * beta, np.abs(4.0 * alpha * gamma))
        root = np.sqrt(np.where(real, disc, 0.0))
        q = -0.5 * (beta + np.copysign(root, beta))
        quadratic = (alpha != 0.0) & real
        linear = (alpha == 0.0) & (beta != 0.0)
        # With alpha != 0: q / alpha and gamma / q; rising where P grows through the root, which
        # for the larger root is the sign of alpha and for the smaller its opposite.
        v1 = np.where(quadratic, q / alpha, np.where(linear, -gamma / beta, np.nan))
        v2 = np.where(quadratic, gamma / q, np.nan)
    larger = v1 >= v2
    v_high = np.where(quadratic & ~larger, v2, v1)
    v_low = np.where(quadratic & ~larger, v1, v2)
    rising_high = np.where(quadratic, alpha > 0.0, beta > 0.0)
    v = np.stack([v_low, v_high], axis=-1)
    rising = np.stack([alpha < 0.0, rising_high], axis=-1)
    with np.errstate(invalid="ignore", over="ignore"):
        valid = np.isfinite(v) & (v > 0.0)
        u = np.sqrt(np.where(valid, v, 0.0))
        t = np.where(valid, u / (1.0 + u), np.nan)
    # Newton polish on P(t) = D-_i D+_l - D-_l D+_i itself, kept only where it improves P; only
    # the roots found are polished (most pairs have none).
    found = np.nonzero(valid)
    row, pair = found[0], found[1]
    ends = (first[pair], second[pair])
    plus_i, plus_l = ((a_plus[row, e], b_plus[row, e]) for e in ends)
    minus_i, minus_l = ((a_minus[row, e], b_minus[row, e]) for e in ends)
    polished = t[found]
    for _ in range(2):
        polished = _newton_step(polished, plus_i, plus_l, minus_i, minus_l)
    t[found] = polished
    t = np.where((t > 0.0) & (t < 1.0), t, np.nan)
    identical = (alpha == 0.0) & (beta == 0.0) & (gamma == 0.0)
    return _Crossings(positions, first, second, t, rising, identical)


def _newton_step(
    t: FloatArray,
    plus_i: QuadraticPair,
    plus_l: QuadraticPair,
    minus_i: QuadraticPair,
    minus_l: QuadraticPair,
) -> FloatArray:
    """One Newton step on P(t) at the finite entries of ``t``, kept where |P| decreases."""

    def value(x: FloatArray, pair: QuadraticPair) -> tuple[FloatArray, FloatArray]:
        a, b = pair
        s = 1.0 - x
        return a * x * x + b * s * s, 2.0 * (a * x - b * s)

    def polynomial(x: FloatArray) -> tuple[FloatArray, FloatArray]:
        (pi, dpi), (pl, dpl) = value(x, plus_i), value(x, plus_l)
        (mi, dmi), (ml, dml) = value(x, minus_i), value(x, minus_l)
        return mi * pl - ml * pi, dmi * pl + mi * dpl - dml * pi - ml * dpi

    with np.errstate(invalid="ignore", divide="ignore"):
        p, dp = polynomial(t)
        candidate = t - p / dp
        improved = np.abs(polynomial(candidate)[0]) < np.abs(p)
        keep = np.isfinite(candidate) & improved & (candidate > 0.0) & (candidate < 1.0)
    result: FloatArray = np.where(keep, candidate, t)
    return result


def _ahp_crossings(
    problem: Problem, local: FloatArray, ranked: FloatArray, positions: IntArray
) -> _Crossings:
    """Crossings of the AHP global priorities: one per pair at most, G_i - G_l = t a + (1-t) b."""
    n = problem.eligible.size
    first, second = np.triu_indices(n, k=1)
    own = local[:, positions].T  # (Q, n)
    rest = _proportions(ranked)[positions] @ local.T  # (Q, n)
    a = _zero_small(own[:, first] - own[:, second], own[:, first], own[:, second])
    b = _zero_small(rest[:, first] - rest[:, second], rest[:, first], rest[:, second])
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(a * b < 0.0, b / (b - a), np.nan)
    t = np.where((t > 0.0) & (t < 1.0), t, np.nan)
    return _Crossings(
        positions, first, second, t[..., None], (a - b > 0.0)[..., None], (a == 0.0) & (b == 0.0)
    )


def _crossings(
    problem: Problem, ranked: FloatArray, method: Method, positions: IntArray
) -> _Crossings | None:
    """The crossings of ``method`` (None when it cannot rank these communities)."""
    if method == "topsis":
        return _topsis_crossings(problem, ranked, positions)
    if problem.local is None:
        return None
    return _ahp_crossings(problem, problem.local, ranked, positions)


def swap_points(
    problem: Problem, weights: npt.ArrayLike, criterion: int, method: str
) -> tuple[Swap, ...]:
    """Every share of ``criterion`` in (0, 1) at which two communities change order in
    ``method`` (``"topsis"`` or ``"ahp"``), ordered by share; exact (closed form, see the module
    docstring). Empty when fewer than two communities are eligible or AHP cannot rank."""
    checked = check_method(method)
    q = _position(problem, criterion)
    ranked = _ranked_weights(problem, weights)
    if problem.eligible.size < 2:
        return ()
    found = _crossings(problem, ranked, checked, np.array([q], dtype=np.int64))
    if found is None:
        return ()
    pair, which = np.nonzero(np.isfinite(found.roots[0]))
    swaps = []
    for c, r in zip(pair.tolist(), which.tolist(), strict=True):
        i, ell = int(problem.eligible[found.first[c]]), int(problem.eligible[found.second[c]])
        ahead, behind = (i, ell) if found.rising[0, c, r] else (ell, i)
        swaps.append(Swap(checked, criterion, float(found.roots[0, c, r]), ahead, behind))
    return tuple(sorted(swaps, key=lambda s: (s.share, s.ahead, s.behind)))


# --------------------------------------------------------------------------------------------
# Stability intervals
# --------------------------------------------------------------------------------------------


def _scores(evaluation: Evaluation, method: Method) -> FloatArray | None:
    """The scores of ``method`` in ``evaluation`` (closeness or global priority), or None."""
    if method == "topsis":
        return None if evaluation.topsis is None else evaluation.topsis.closeness
    return evaluation.ahp_scores


def _ordered_set(
    scores: FloatArray, ranks: IntArray, within: int, eligible: IntArray
) -> tuple[int, ...]:
    """Workshop indices of the communities with rank <= ``within``, best first."""
    order = stable_order(scores, ranks)
    return tuple(int(eligible[i]) for i in order if ranks[i] <= within)


def _range_ends(
    crossings: _Crossings, q: int, members: BoolArray, ranks: IntArray, size: int, current: float
) -> tuple[float, float]:
    """[low, high] around ``current`` within which the set ``members`` (rank <= size) stays."""
    straddling = members & (ranks == ranks[members].max())
    if members.sum() > size:
        # A tie straddles the last place of the set: unless the tied communities have identical
        # curves, any move of the share separates them and changes the set.
        inside = straddling[crossings.first] & straddling[crossings.second]
        if (inside & ~crossings.identical[q]).any():
            return current, current
    boundary = members[crossings.first] != members[crossings.second]
    roots = crossings.roots[q][boundary]
    below = roots[roots <= current]
    above = roots[roots >= current]
    return (
        float(below.max()) if below.size else 0.0,
        float(above.min()) if above.size else 1.0,
    )


def _probe(roots: FloatArray, end: float, side: int) -> float:
    """A share just beyond ``end`` on ``side`` (-1 below, +1 above) before any other crossing."""
    if side > 0:
        later = roots[roots > end + _SAME_POINT]
        return (end + (float(later.min()) if later.size else 1.0)) / 2.0
    earlier = roots[roots < end - _SAME_POINT]
    return (end + (float(earlier.max()) if earlier.size else 0.0)) / 2.0


def stability_intervals(
    problem: Problem, weights: npt.ArrayLike, top_k: int
) -> tuple[StabilityInterval, ...]:
    """For every ranked criterion and both methods (TOPSIS first, then AHP if it can rank), the
    shares within which the first place and the top-``top_k`` set stay as they are now.

    Exact: each end is the nearest sign-changing crossing on that side among the pairs (leader,
    other), resp. (member, non-member), from :func:`swap_points`' algebra. Who is first (or in the
    top ``top_k``) just beyond an end is read from both methods evaluated, in one batch, midway
    between the end and the next crossing of any pair beyond it. Ties at the current weights are
    judged with the engine's rule (:func:`~app.models.ranking.competition_ranks`); see
    :class:`ShareRange` for a tie that decides the set. Empty with fewer than two eligible
    communities.
    """
    if top_k < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of focus communities must be at least 1.")
        )
    vector = np.asarray(weights, dtype=np.float64)
    ranked = _ranked_weights(problem, vector)
    if problem.eligible.size < 2 or ranked.size == 0:
        return ()
    positions = np.arange(ranked.size, dtype=np.int64)
    shares = ranked / ranked.sum()
    evaluation = problem.rank(vector)
    pending = []  # (method, q, ranges per level, scores, ranks)
    probes: list[tuple[int, float]] = []
    for method in METHODS:
        crossings = _crossings(problem, ranked, method, positions)
        scores = _scores(evaluation, method)
        if crossings is None or scores is None:
            continue
        ranks = competition_ranks(scores)
        for q in positions.tolist():
            roots = crossings.roots[q].reshape(-1)
            roots = roots[np.isfinite(roots)]
            levels = []
            for size in (1, top_k):
                members = ranks <= size
                low, high = _range_ends(crossings, q, members, ranks, size, float(shares[q]))
                ends = []
                for end, side, edge in ((low, -1, 0.0), (high, 1, 1.0)):
                    if end == edge:
                        ends.append(-1)
                    else:
                        ends.append(len(probes))
                        probes.append((q, _probe(roots, end, side)))
                levels.append((low, high, ends))
            pending.append((method, q, levels, scores, ranks))

    beyond = (
        problem.rank(
            _sweep_rows(
                problem,
                vector,
                np.array([q for q, _ in probes], dtype=np.int64),
                np.array([t for _, t in probes], dtype=np.float64),
            )
        )
        if probes
        else None
    )
    probe_scores = {m: None if beyond is None else _scores(beyond, m) for m in METHODS}
    probe_ranks = {m: None if s is None else competition_ranks(s) for m, s in probe_scores.items()}

    def at_probe(method: Method, index: int, size: int) -> tuple[int, ...]:
        scores, ranks = probe_scores[method], probe_ranks[method]
        if index < 0 or scores is None or ranks is None:
            return ()
        return _ordered_set(scores[index], ranks[index], size, problem.eligible)

    results = []
    for method, q, levels, scores, ranks in pending:
        ranges = [
            ShareRange(low, high, at_probe(method, ends[0], size), at_probe(method, ends[1], size))
            for (low, high, ends), size in zip(levels, (1, top_k), strict=True)
        ]
        results.append(
            StabilityInterval(
                method=method,
                criterion=int(problem.columns[q]),
                current=float(shares[q]),
                top_k=top_k,
                leaders=_ordered_set(scores, ranks, 1, problem.eligible),
                first=ranges[0],
                top_set=_ordered_set(scores, ranks, top_k, problem.eligible),
                top=ranges[1],
            )
        )
    return tuple(results)


def tightest(intervals: Sequence[StabilityInterval], method: str) -> StabilityInterval | None:
    """The criterion whose share is closest to changing ``method``'s first place: the smallest
    :attr:`StabilityInterval.margin` (distance from the current share to an end of the
    first-place range where the first place really changes; 0 when a tie decides it now). On
    equal margins the first criterion in workshop order; ``None`` when no criterion's share can
    change the first place."""
    checked = check_method(method)
    candidates = [
        (margin, s.criterion, index)
        for index, s in enumerate(intervals)
        if s.method == checked and (margin := s.margin) is not None
    ]
    return intervals[min(candidates)[2]] if candidates else None


# --------------------------------------------------------------------------------------------
# Rank acceptability (SMAA-2)
# --------------------------------------------------------------------------------------------


def sample_weights(
    problem: Problem,
    mode: str,
    count: int,
    seed: int,
    *,
    current: npt.ArrayLike | None = None,
    spread: float = 0.2,
    groups: npt.ArrayLike | None = None,
) -> FloatArray:
    """``count`` random weight vectors over all workshop criteria, (count, m_workshop); the
    ranked criteria's weights of each row sum to 1, the other criteria get 0.

    Modes:

    - ``"simplex"``: uniform on the simplex of the ranked criteria (no weight information), as
      normalised standard exponentials, i.e. Dirichlet(1, ..., 1) (Tervonen & Lahdelma 2007;
      Devroye 1986, Non-Uniform Random Variate Generation, ch. V.2).
    - ``"around"``: around the ``current`` weights: each current share times an independent
      uniform factor in [1 - ``spread``, 1 + ``spread``] (0 <= spread < 1), renormalised. A
      criterion with no weight keeps none; ``spread`` is thus a relative uncertainty of each
      weight, e.g. 0.2 for "give or take 20 %".
    - ``"groups"``: within the groups' disagreement: random convex combinations of the groups'
      weight vectors (``groups``, (G, m_workshop), e.g.
      :func:`app.models.judgements.group_weight_batch`), with Dirichlet(1) mixing coefficients.
      Every sample is a compromise the groups could reach; when the G vectors are affinely
      independent the samples are uniform on their convex hull (an affine image of the uniform
      simplex). A per-criterion box between the smallest and largest group share was not chosen:
      after renormalising it leaves that box and mixes the weights of different groups in ways
      no group proposed.

    The same ``seed`` gives the same samples (numpy ``Generator(PCG64(seed))``).
    """
    if mode not in ("simplex", "around", "groups"):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Unknown sampling mode “{mode}”: use simplex, around or groups."
            ),
            mode=mode,
        )
    if count < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of samples must be at least 1, not {count}."),
            count=count,
        )
    generator = np.random.Generator(np.random.PCG64(seed))
    p = problem.columns.size
    if mode == "simplex":
        ranked = generator.standard_exponential((count, p))
    elif mode == "around":
        if current is None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Sampling around the current weights needs the current weights."
                )
            )
        if not 0.0 <= spread < 1.0:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The spread of the weights must be at least 0 and below 1, not {spread}.",
                ),
                spread=spread,
            )
        base = _ranked_weights(problem, current)
        ranked = base / base.sum() * generator.uniform(1.0 - spread, 1.0 + spread, (count, p))
    else:
        vectors = np.asarray(groups if groups is not None else np.zeros((0, 0)), dtype=np.float64)
        if (
            vectors.ndim != 2
            or vectors.shape[0] == 0
            or vectors.shape[1] != problem.workshop_criteria
        ):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Sampling between the groups needs at least one group's weights."
                )
            )
        shares = np.array([_ranked_weights(problem, row) for row in vectors])
        shares /= shares.sum(axis=1, keepdims=True)
        mixing = generator.standard_exponential((count, shares.shape[0]))
        mixing /= mixing.sum(axis=1, keepdims=True)
        ranked = mixing @ shares
    result = np.zeros((count, problem.workshop_criteria))
    result[:, problem.columns] = ranked / ranked.sum(axis=1, keepdims=True)
    return result


def _fractional_places(ranks: IntArray) -> FloatArray:
    """(n, n) counts: ``[i, r]`` sums over rows of the share of place ``r + 1`` held by ``i``;
    a group tied at competition rank ``r`` of size ``g`` shares places ``r .. r + g - 1``."""
    samples, n = ranks.shape
    flat = ranks - 1 + n * np.arange(samples)[:, None]
    sizes = np.bincount(flat.reshape(-1), minlength=samples * n).reshape(samples, n)
    size = np.take_along_axis(sizes, ranks - 1, axis=1)
    community = np.broadcast_to(np.arange(n) * n, ranks.shape)
    cells = community + ranks - 1
    places = np.zeros(n * n)
    single = size == 1
    places += np.bincount(cells[single], minlength=n * n)
    tied = ~single
    if tied.any():
        tied_cells, tied_size = cells[tied], size[tied]
        for offset in range(int(tied_size.max())):
            within = tied_size > offset
            places += np.bincount(
                tied_cells[within] + offset, weights=1.0 / tied_size[within], minlength=n * n
            )
    result: FloatArray = places.reshape(n, n)
    return result


def rank_acceptability(
    problem: Problem, samples: npt.ArrayLike, top_k: int, *, seed: int | None = None
) -> dict[Method, RankAcceptability]:
    """SMAA-2 rank acceptability indices of both methods over weight ``samples`` (K, m_workshop),
    e.g. from :func:`sample_weights` (pass its ``seed`` to keep it with the result).

    All samples are ranked in one batch (:meth:`Problem.rank`). ``b[i, r]`` = share of the samples
    giving community ``i`` rank ``r + 1`` (Lahdelma & Salminen 2001), ties shared equally; see
    :class:`RankAcceptability`. The AHP entry is missing when AHP cannot rank the data.
    """
    weights = np.asarray(samples, dtype=np.float64)
    if weights.ndim != 2 or weights.shape[0] == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of samples must be at least 1, not {count}."),
            count=0 if weights.ndim != 2 else weights.shape[0],
        )
    if top_k < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of focus communities must be at least 1.")
        )
    evaluation = problem.rank(weights)
    count, n = weights.shape[0], problem.eligible.size
    ranked = weights[:, problem.columns]
    totals = ranked.sum(axis=1, keepdims=True)
    shares = np.zeros_like(weights)
    shares[:, problem.columns] = ranked / np.where(totals > 0.0, totals, 1.0)
    results: dict[Method, RankAcceptability] = {}
    for method in METHODS:
        scores = _scores(evaluation, method)
        if scores is None or n == 0:
            continue
        ranks = (
            evaluation.topsis.ranks
            if method == "topsis" and evaluation.topsis is not None
            else competition_ranks(scores)
        )
        places = _fractional_places(ranks)
        firsts = ranks == 1
        first_share = firsts / np.maximum(firsts.sum(axis=1, keepdims=True), 1)
        held = first_share.sum(axis=0)
        central = (first_share.T @ shares) / np.where(held > 0.0, held, 1.0)[:, None]
        acceptability = places / count
        results[method] = RankAcceptability(
            method=method,
            communities=problem.eligible,
            acceptability=acceptability,
            top_k=top_k,
            top=acceptability[:, : min(top_k, n)].sum(axis=1),
            central_weights=central,
            samples=count,
            seed=seed,
        )
    return results


# --------------------------------------------------------------------------------------------
# Focus communities with quotas
# --------------------------------------------------------------------------------------------


def select_with_quotas(
    order: Sequence[int],
    attribute: Sequence[str] | Mapping[int, str],
    k: int,
    quotas: Sequence[Quota],
) -> tuple[int, ...]:
    """Choose ``k`` focus communities from ``order`` (workshop indices, eligible only, best
    first) so that each quota holds: between ``minimum`` and ``maximum`` chosen communities whose
    ``attribute[community]`` (e.g. region) equals the quota's ``value``. Values without a quota
    have no limit. Returns the chosen workshop indices, best first.

    Rule: first each quota's ``minimum`` best-ranked members; then the remaining places in rank
    order, skipping values at their ``maximum``.

    Why it is best: for any scoring that values a better place more (any strictly decreasing
    quality of the place), no other feasible choice scores as much. For fixed counts per value the
    best choice is the best-ranked members of each value (swapping a chosen member for a better
    unchosen one of the same value keeps the counts). Suppose a best choice O has counts o_v that
    differ from the rule's counts g_v. As both sum to k there are values a with o_a > g_a
    (>= minimum_a) and b with o_b < g_b (<= maximum_b). The rule took b's g_b-th member in the
    filling step (g_b > o_b >= minimum_b) while a was below its maximum (g_a < o_a) and a's next
    member was free all along, so that member of b ranks before a's (g_a + 1)-th and hence before
    a's o_a-th member y. Exchanging y in O for b's (o_b + 1)-th member (ranked at least as well as
    b's g_b-th) keeps O feasible and strictly improves it: a contradiction. Hence o = g.

    Raises :class:`InvalidInputError`, naming the quota and the numbers, when ``k`` exceeds the
    eligible communities, the minimums add up to more than ``k``, a value has fewer eligible
    communities than its minimum, a minimum exceeds its maximum, or the maximums leave fewer than
    ``k`` places.
    """
    chosen_order = [int(i) for i in order]
    if k < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of focus communities must be at least 1.")
        )
    if k > len(chosen_order):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "{k} focus communities are asked for, but only {count} communities are eligible.",
            ),
            k=k,
            count=len(chosen_order),
        )
    members: dict[str, list[int]] = {}
    for community in chosen_order:
        members.setdefault(attribute[community], []).append(community)
    limits: dict[str, Quota] = {}
    for quota in quotas:
        if quota.value in limits:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "{value} has more than one quota."),
                value=quota.value,
            )
        limits[quota.value] = quota
        available = len(members.get(quota.value, []))
        if quota.maximum is not None and quota.minimum > quota.maximum:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "{value}: the minimum {minimum} is above the maximum {maximum}."
                ),
                value=quota.value,
                minimum=quota.minimum,
                maximum=quota.maximum,
            )
        if quota.minimum > available:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{value}: at least {minimum} communities are required, but only {count} are "
                    "eligible.",
                ),
                value=quota.value,
                minimum=quota.minimum,
                count=available,
            )
    required = sum(q.minimum for q in quotas)
    if required > k:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The minimums of the quotas add up to {required}, more than the {k} focus "
                "communities.",
            ),
            required=required,
            k=k,
        )
    capped = [q for q in quotas if q.maximum is not None]
    places = sum(
        len(group)
        if value not in limits or limits[value].maximum is None
        else min(len(group), limits[value].maximum or 0)
        for value, group in members.items()
    )
    if places < k:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The maximums of {values} leave only {places} places for {k} focus communities.",
            ),
            values=", ".join(q.value for q in capped),
            places=places,
            k=k,
        )
    chosen = {c for q in quotas for c in members.get(q.value, [])[: q.minimum]}
    counts = {value: sum(1 for c in group if c in chosen) for value, group in members.items()}
    for community in chosen_order:
        if len(chosen) == k:
            break
        value = attribute[community]
        limit = limits[value].maximum if value in limits else None
        if community in chosen or (limit is not None and counts[value] >= limit):
            continue
        chosen.add(community)
        counts[value] += 1
    return tuple(c for c in chosen_order if c in chosen)


# --------------------------------------------------------------------------------------------
# Method comparison
# --------------------------------------------------------------------------------------------


def rank_correlations(evaluation: Evaluation) -> MethodAgreement | None:
    """Kendall's tau-b and Spearman's rho between the TOPSIS and AHP ranks of one evaluation
    (:mod:`app.models.ranking`); ``None`` when either method did not rank or for a batch."""
    first, second = evaluation.topsis_ranks, evaluation.ahp_ranks
    if first is None or second is None or first.ndim != 1:
        return None
    return MethodAgreement(kendall_tau_b(first, second), spearman_rho(first, second))


# --------------------------------------------------------------------------------------------
# Rank reversal when a community is removed
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RankReversal:
    """What removing one community does to the order of the others in one method.

    ``removed`` is a workshop community index; each pair ``(rises, falls)`` of workshop indices
    says that ``rises`` is now strictly behind ``falls`` and, without ``removed``, strictly ahead
    of it. ``pairs`` is empty when the order of the others does not change.
    """

    method: Method
    removed: int
    pairs: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Removals:
    """The weight-independent part of the removal check (:func:`prepare_removals`):
    ``problem`` is the workshop's, and ``without[p]`` the problem prepared again from the
    workshop without the eligible community ``problem.eligible[p]`` (its ``eligible`` are
    indices of that smaller workshop). :meth:`reversals` ranks them for a weight vector."""

    problem: Problem
    without: tuple[Problem, ...]

    def reversals(self, weights: npt.ArrayLike) -> tuple[RankReversal, ...]:
        """Every removal's :class:`RankReversal` for ``weights`` (all the workshop's criteria),
        TOPSIS first, then AHP when it ranks; within a method, removals in order of the
        removed community's current rank (input order among ties)."""
        vector = np.asarray(weights, dtype=np.float64)
        base = self.problem.rank(vector)
        reduced = [problem.rank(vector) for problem in self.without]
        results: list[RankReversal] = []
        for method in METHODS:
            ranks = _method_ranks(base, method)
            if ranks is None:
                continue
            for p in np.argsort(ranks, kind="stable").tolist():
                removed = int(self.problem.eligible[p])
                after_ranks = _method_ranks(reduced[p], method)
                if after_ranks is None:
                    continue
                # back to the workshop's indices: rows after the removed one moved up by one
                kept = reduced[p].eligible + (reduced[p].eligible >= removed)
                positions = np.searchsorted(self.problem.eligible, kept)
                # a community screened out only in the smaller workshop has no pair to compare
                found = (positions < self.problem.eligible.size) & (
                    self.problem.eligible[np.minimum(positions, self.problem.eligible.size - 1)]
                    == kept
                )
                positions, rows = positions[found], np.flatnonzero(found)
                pairs = reversed_pairs(ranks[positions], after_ranks[rows])
                results.append(
                    RankReversal(
                        method,
                        removed,
                        tuple(
                            (
                                int(self.problem.eligible[positions[i]]),
                                int(self.problem.eligible[positions[j]]),
                            )
                            for i, j in pairs
                        ),
                    )
                )
        return tuple(results)


def _method_ranks(evaluation: Evaluation, method: Method) -> IntArray | None:
    return evaluation.topsis_ranks if method == "topsis" else evaluation.ahp_ranks


def reversed_pairs(before: npt.ArrayLike, after: npt.ArrayLike) -> list[tuple[int, int]]:
    """Positions ``(i, l)`` where ``i`` is strictly behind ``l`` in the competition ranks
    ``before`` (1 is the best) and strictly ahead of it in ``after``, both ranks of the same
    communities; ordered by ``i`` then ``l``. A tie on either side is not a reversal."""
    first = np.asarray(before)
    second = np.asarray(after)
    behind = first[:, None] > first[None, :]
    ahead = second[:, None] < second[None, :]
    rises, falls = np.nonzero(behind & ahead)
    return list(zip(rises.tolist(), falls.tolist(), strict=True))


def prepare_removals(workshop: Workshop, problem: Problem | None = None) -> Removals:
    """For each eligible community, the workshop prepared again without it
    (:func:`~app.models.analysis.prepare` after :func:`~app.models.edits.remove_community`), so
    that the others are screened, normalised and given local priorities exactly as they would be
    if the group dropped it: same criteria, settings, thresholds, missing-value policy and
    pairwise judgements (minus those that name the removed community). ``problem`` is
    ``prepare(workshop)`` when the caller has it. It does not depend on the weights."""
    from app.models.edits import remove_community  # edits builds on more than this module needs

    base = prepare(workshop) if problem is None else problem
    without = tuple(prepare(remove_community(int(row)).apply(workshop)) for row in base.eligible)
    return Removals(base, without)


def removal_reversals(
    workshop: Workshop, weights: npt.ArrayLike | None = None
) -> tuple[RankReversal, ...]:
    """Rank reversal when one community is removed: for each ranked (eligible) community ``k``,
    rank the others again without it, with the same method, weights and settings, and report
    every pair of them whose order is reversed (:class:`RankReversal`), for TOPSIS and, when it
    ranks, AHP. ``weights`` default to the workshop's active set.

    Only strict reversals count: ``a`` strictly behind ``b`` now and strictly ahead without
    ``k``. A tie that appears or disappears (competition ranks, tolerance as in
    :func:`~app.models.ranking.competition_ranks`) is not reported: a tie is no order the group
    would act on, and reporting it would make noise-level differences look like reversals.
    Communities screened out are not removed (they are not ranked) and, should one be screened
    out only in the smaller workshop, its pairs are not compared.

    Why it happens: TOPSIS normalises each criterion by the vector norm over the communities and
    takes its ideal and anti-ideal from them, so removing one changes the scale and the reference
    points of the others; AHP local priorities from data are divided by the column's maximum
    (ideal mode) or sum (distributive mode) over the communities present. This is the removal
    form of the rank-reversal test criteria of Wang, X. & Triantaphyllou, E. (2008), "Ranking
    irregularities when evaluating alternatives by using some ELECTRE methods", Omega
    36(1):45-63 (their test criterion 3: the ranking of a smaller problem should agree with the
    ranking of the whole).

    AHP in ideal mode keeps the order of the others when the removed community is not the best
    in any criterion (another is at least as good in each): every column's maximum, hence every
    other community's local and global priority, stays the same. When it is the best somewhere,
    reversal can happen, as in distributive mode (Belton, V. & Gear, T. 1983, "On a short-coming
    of Saaty's method of analytic hierarchies", Omega 11(3):228-230; Saaty, T.L. & Vargas, L.G.
    1984, "The legitimacy of rank reversal", Omega 12(5):513-516). This holds for numeric and
    verbal criteria with complete data; criteria judged pairwise are re-derived from the
    remaining judgements, and a missing cell counted as the worst value takes the worst of those
    left, so either can still move.

    Cost: one :func:`~app.models.analysis.prepare` and two rankings per eligible community; use
    :func:`prepare_removals` once per data change and :meth:`Removals.reversals` per weight
    change to avoid repeating the first.
    """
    vector = workshop.weight_vector() if weights is None else weights
    return prepare_removals(workshop).reversals(vector)


#: The methods of :func:`other_methods`, in the order they are shown.
OTHER_METHODS: Final = ("wsm", "wpm", "vikor")


def other_methods(problem: Problem, weights: npt.ArrayLike) -> OtherRankings:
    """Competition ranks of the eligible communities by three methods of scikit-criteria (0.10),
    with the same data (``problem.matrix``) and weights (those of the ranked criteria):

    - ``"wsm"``, weighted sum model: ``InvertMinimize`` (a cost value x becomes 1/x) ->
      ``SumScaler(target="both")`` (each column and the weights divided by their sums) ->
      ``WeightedSumModel``; score ``sum_j w_j x_ij``. Needs values >= 0, above 0 for a cost
      criterion, and a column sum above 0.
    - ``"wpm"``, weighted product model: the same two transformers -> ``WeightedProductModel``;
      score ``sum_j w_j log10 x_ij`` (the log of ``prod_j x_ij^w_j``). Needs values above 0.
    - ``"vikor"``: ``VIKOR(v=0.5, use_compromise_set=False)`` on the raw matrix with the
      criteria's directions (Opricovic & Tzeng 2004): per criterion the distance to the best value
      over the range, weighted; ``S`` their sum, ``R`` their maximum,
      ``Q = v (S - S*)/(S- - S*) + (1 - v)(R - R*)/(R- - R*)``, lower is better. The compromise
      set (the acceptable-advantage and -stability conditions) is not used: the ranks are those
      of ``Q``. Needs two communities.

    Ranks are the competition ranks (:func:`~app.models.ranking.competition_ranks`, the rule of
    both program methods) of scikit-criteria's scores (``e_.score``; ``e_.q_k`` for VIKOR), not
    scikit-criteria's own dense ranks. Data a method cannot take gives ``None`` and a note, never
    an exception. With all weights zero every community ties (rank 1), as in the program's
    methods. scikit-criteria is imported here, not at module level: it takes seconds to import
    and must stay off the program's start-up path.
    """
    vector = np.asarray(weights, dtype=np.float64)
    ranked = vector[problem.columns]
    n = problem.eligible.size
    matrix = problem.matrix
    if n < 2 or ranked.size == 0 or ranked.sum() <= 0.0:
        return OtherRankings({name: np.ones(n, dtype=np.int64) for name in OTHER_METHODS})
    benefit = np.array([o == "max" for o in problem.objectives])
    ranks: dict[str, IntArray | None] = {}
    scores: dict[str, FloatArray | None] = {}
    notes: dict[str, Note] = {}

    def refuse(name: str, template: str, column: int) -> None:
        ranks[name] = scores[name] = None
        notes[name] = Note(template, {"criterion": int(problem.columns[column]) + 1})

    bad_sum = np.flatnonzero(
        (matrix < 0.0).any(axis=0)
        | (~benefit & (matrix <= 0.0).any(axis=0))
        | (benefit & (matrix.sum(axis=0) <= 0.0))
    )
    bad_product = np.flatnonzero((matrix <= 0.0).any(axis=0))

    with warnings.catch_warnings():
        # scikit-criteria warns about its own deprecations and about constant criteria (which
        # VIKOR then ignores, as it should); neither is the user's concern here.
        warnings.simplefilter("ignore")
        import skcriteria
        from skcriteria.agg.simple import WeightedProductModel, WeightedSumModel
        from skcriteria.agg.vikor import VIKOR
        from skcriteria.preprocessing.invert_objectives import InvertMinimize
        from skcriteria.preprocessing.scalers import SumScaler

        decision = skcriteria.mkdm(
            matrix=matrix, objectives=[1 if b else -1 for b in benefit], weights=ranked
        )
        if bad_sum.size:
            refuse(
                "wsm",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The weighted sum model cannot rank with criterion {criterion}: it needs "
                    "values of zero or more, and above zero for a criterion to minimise.",
                ),
                int(bad_sum[0]),
            )
        if bad_product.size:
            refuse(
                "wpm",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The weighted product model cannot rank with criterion {criterion}: it needs "
                    "values above zero.",
                ),
                int(bad_product[0]),
            )
        if not (bad_sum.size and bad_product.size):
            scaled = SumScaler(target="both").transform(InvertMinimize().transform(decision))
            for name, model in (("wsm", WeightedSumModel()), ("wpm", WeightedProductModel())):
                if name not in ranks:
                    score = np.asarray(model.evaluate(scaled).e_.score, dtype=np.float64)
                    scores[name], ranks[name] = score, competition_ranks(score)
        q = VIKOR(v=0.5, use_compromise_set=False).evaluate(decision).e_.q_k
        vikor = np.asarray(q, dtype=np.float64)
        scores["vikor"], ranks["vikor"] = vikor, competition_ranks(vikor, higher_is_better=False)
    return OtherRankings(
        {name: ranks[name] for name in OTHER_METHODS},
        {name: scores[name] for name in OTHER_METHODS},
        notes,
    )
