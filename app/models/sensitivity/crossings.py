"""Exact crossing points: the shares of one criterion at which two communities change order.

Both the weight sweep (:mod:`.sweep`) and the stability intervals (:mod:`.stability`) are read
from these points. Notation as in :mod:`.shares`: ``t`` is the share of the criterion ``j`` that
moves and ``p_k`` the proportions of the others.

AHP (Saaty 1980): global priorities are linear in the share ``t``:
``G_i(t) = t L_ij + (1 - t) sum_k p_k L_ik``, so each pair of communities crosses at most once,
where ``t = b / (b - a)`` with ``a = L_ij - L_lj`` and ``b = sum_k p_k (L_ik - L_lk)``.

TOPSIS (Hwang & Yoon 1981): weights are non-negative, so the weighted ideal is ``w_k r*_k`` and
``(d+_i)^2 = t^2 A+_i + (1 - t)^2 B+_i`` with ``A+_i = (r_ij - r*_j)^2`` and
``B+_i = sum_{k != j} p_k^2 (r_ik - r*_k)^2`` (likewise ``d-`` with the anti-ideal). For
separations not both zero, ``C_i > C_l`` exactly when
``P(t) = (d-_i)^2 (d+_l)^2 - (d-_l)^2 (d+_i)^2 > 0``. Writing ``s = 1 - t``, ``P`` is the even
homogeneous quartic ``alpha t^4 + beta t^2 s^2 + gamma s^4`` with
``alpha = A-_i A+_l - A-_l A+_i``, ``beta = A-_i B+_l + B-_i A+_l - A-_l B+_i - B-_l A+_i``,
``gamma = B-_i B+_l - B-_l B+_i``. On ``0 < t < 1`` the substitution ``v = (t / s)^2``
(increasing in ``t``) turns ``P / s^4`` into the quadratic ``alpha v^2 + beta v + gamma``: its
simple positive roots are exactly the points where the order of the pair changes, found in closed
form (the cancellation-free quadratic formula) and polished by Newton steps on ``P(t)`` itself. A
double root (the curves touch) changes nothing and is not a swap.

Degenerate cases (``TopsisResult``): ``d+_i + d-_i = 0`` on ``0 < t < 1`` happens only when every
weighted criterion has one value for all communities, which makes every ``P`` zero: all
communities tie at 0.5 and there is no swap. A pair whose coefficients all vanish (to a relative
1e-12, the tie tolerance of :func:`~app.models.ranking.competition_ranks`) has identical curves:
it stays tied (or in the same order) for every share and gives no swap, so floating-point noise
between equal communities never invents one.

Pure numpy, no Qt.

References
    - Hwang, C.L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and
      Applications. Lecture Notes in Economics and Mathematical Systems 186, Springer, Berlin.
    - Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill, New York.
    - Triantaphyllou, E. & Sánchez, A. (1997). A sensitivity analysis approach for some
      deterministic multi-criteria decision-making methods. Decision Sciences 28(1):151-194.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

import numpy as np

from app.models.sensitivity.shares import proportions_of_others
from app.models.topsis import topsis

if TYPE_CHECKING:
    from app.models.analysis import Method, Problem
    from app.models.arrays import BoolArray, FloatArray, IntArray

    QuadraticPair = tuple[FloatArray, FloatArray]


#: Relative size below which a coefficient of a pair's crossing polynomial counts as zero: the
#: relative tie tolerance of :func:`app.models.ranking.competition_ranks`.
COEFFICIENT_RTOL: Final = 1e-12
#: Relative size of a discriminant below which a pair's two crossings merge into a touching point.
_DISCRIMINANT_RTOL: Final = 1e-13


@dataclass(frozen=True)
class Crossings:
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


def _topsis_gaps(problem: Problem, ranked: FloatArray, positions: IntArray) -> list[FloatArray]:
    """A+, B+, A-, B- of every eligible community, each (Q, n): the parts of its squared
    separations from the ideal and the anti-ideal (see the module docstring). Linear in n."""
    base = topsis(problem.matrix, ranked, problem.objectives)
    normalized = base.normalized
    column_max, column_min = normalized.max(axis=0), normalized.min(axis=0)
    best = np.where(base.benefit, column_max, column_min)
    worst = np.where(base.benefit, column_min, column_max)
    squared = proportions_of_others(ranked)[positions] ** 2  # (Q, p)
    gaps = []  # A+, B+, A-, B- as (Q, n)
    for target in (best, worst):
        gap = np.square(normalized - target)  # (n, p)
        gaps += [gap[:, positions].T, squared @ gap.T]
    return gaps


def _topsis_crossings(
    gaps: list[FloatArray], positions: IntArray, first: IntArray, second: IntArray
) -> Crossings:
    """Crossings of the TOPSIS closeness for the pairs (first[c], second[c]) (see the module
    docstring for the algebra); ``gaps`` from :func:`_topsis_gaps`."""
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
    return Crossings(positions, first, second, t, rising, identical)


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


def _ahp_parts(local: FloatArray, ranked: FloatArray, positions: IntArray) -> list[FloatArray]:
    """Each eligible community's local priority under each ranked criterion of ``positions`` and
    the rest of its global priority, each (Q, n). Linear in n."""
    own = local[:, positions].T  # (Q, n)
    rest = proportions_of_others(ranked)[positions] @ local.T  # (Q, n)
    return [own, rest]


def _ahp_crossings(
    parts: list[FloatArray], positions: IntArray, first: IntArray, second: IntArray
) -> Crossings:
    """Crossings of the AHP global priorities: one per pair at most, G_i - G_l = t a + (1-t) b."""
    own, rest = parts
    a = _zero_small(own[:, first] - own[:, second], own[:, first], own[:, second])
    b = _zero_small(rest[:, first] - rest[:, second], rest[:, first], rest[:, second])
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(a * b < 0.0, b / (b - a), np.nan)
    t = np.where((t > 0.0) & (t < 1.0), t, np.nan)
    return Crossings(
        positions, first, second, t[..., None], (a - b > 0.0)[..., None], (a == 0.0) & (b == 0.0)
    )


#: Most (criterion, pair) entries computed at once: about 30 numbers each, so a block takes some
#: 16 MB whatever the number of communities (all pairs at once took 2 GB at 2,000 communities
#: and ended in MemoryError at 4,000, issue 18).
BLOCK_ENTRIES: Final = 1 << 16


class PairCrossings:
    """The crossings of one method for the ranked criteria ``positions``, for any pairs of eligible
    communities: prepared once (arrays linear in the communities), computed for the pairs asked
    (:meth:`of`) or for every pair in bounded blocks (:meth:`blocks`)."""

    def __init__(self, method: Method, parts: list[FloatArray], positions: IntArray) -> None:
        self.method = method
        self.parts = parts
        self.positions = positions
        self.size = int(parts[0].shape[1])

    def of(self, first: IntArray, second: IntArray) -> Crossings:
        """The crossings of the pairs (first[c], second[c]) (eligible positions)."""
        first = np.asarray(first, dtype=np.int64)
        second = np.asarray(second, dtype=np.int64)
        if self.method == "topsis":
            return _topsis_crossings(self.parts, self.positions, first, second)
        return _ahp_crossings(self.parts, self.positions, first, second)

    def block_pairs(self) -> int:
        """Pairs in one block: :data:`BLOCK_ENTRIES` entries over the criteria asked."""
        return max(1, BLOCK_ENTRIES // max(1, self.positions.size))

    def blocks(self) -> Iterator[Crossings]:
        """The crossings of every pair (i, l), i < l, in blocks of at most :meth:`block_pairs`
        pairs (and at least one community's pairs): memory bounded, whatever n."""
        for first, second in pair_blocks(self.size, self.block_pairs()):
            yield self.of(first, second)

    def with_any_of(self, members: IntArray) -> Iterator[Crossings]:
        """The crossings of every pair with at least one community of ``members`` (eligible
        positions), each pair once, in bounded blocks: ``|members| x n`` pairs, not all n^2."""
        members = np.unique(np.asarray(members, dtype=np.int64))
        inside = np.zeros(self.size, dtype=bool)
        inside[members] = True
        step = max(1, self.block_pairs() // max(1, self.size))
        for start in range(0, members.size, step):
            chunk = members[start : start + step]
            others = np.arange(self.size, dtype=np.int64)
            first = np.repeat(chunk, self.size)
            second = np.tile(others, chunk.size)
            # a pair of two members is counted from its smaller member only; no pair with itself
            keep = (first != second) & (~inside[second] | (second > first))
            yield self.of(first[keep], second[keep])


def pair_blocks(n: int, size: int) -> Iterator[tuple[IntArray, IntArray]]:
    """The pairs (i, l), 0 <= i < l < n, in order, as blocks of about ``size`` pairs (the pairs of
    one i at least); never the n^2 / 2 index pairs at once."""
    i = 0
    while i < n - 1:
        rows = [i]
        count = n - 1 - i
        while rows[-1] + 1 < n - 1 and count + (n - 2 - rows[-1]) <= size:
            rows.append(rows[-1] + 1)
            count += n - 1 - rows[-1]
        starts = np.array(rows, dtype=np.int64)
        lengths = n - 1 - starts
        first = np.repeat(starts, lengths)
        offsets = np.arange(first.size, dtype=np.int64) - np.repeat(
            np.cumsum(lengths) - lengths, lengths
        )
        yield first, first + 1 + offsets
        i = rows[-1] + 1


def prepare_crossings(
    problem: Problem, ranked: FloatArray, method: Method, positions: IntArray
) -> PairCrossings | None:
    """The crossings of ``method`` prepared for any pairs (None when it cannot rank these
    communities)."""
    if method == "topsis":
        return PairCrossings(method, _topsis_gaps(problem, ranked, positions), positions)
    if problem.local is None:
        return None
    return PairCrossings(method, _ahp_parts(problem.local, ranked, positions), positions)


def pair_crossings(
    problem: Problem, ranked: FloatArray, method: Method, positions: IntArray
) -> Crossings | None:
    """The crossings of ``method`` for every pair at once (None when it cannot rank these
    communities): memory as n^2, for small problems and tests; :func:`prepare_crossings` gives
    them in bounded blocks."""
    prepared = prepare_crossings(problem, ranked, method, positions)
    if prepared is None:
        return None
    first, second = np.triu_indices(problem.eligible.size, k=1)
    return prepared.of(first.astype(np.int64), second.astype(np.int64))
