"""Analytic Hierarchy Process (AHP): priorities, consistency, incomplete and group judgements.

Pure numpy, no Qt. Indices in arguments and results are 0-based; positions in error messages are
1-based ("row 2, column 3"), as a person counts them.

Pairwise comparisons (Saaty 1977, 1980)
    A judgement ``a_ij`` says how many times item ``i`` is more important (or better) than item
    ``j``, on the 1-9 scale and its reciprocals. The matrix is positive and reciprocal:
    ``a_ii = 1`` and ``a_ji = 1 / a_ij``. The priorities are its principal right eigenvector
    ``A w = lambda_max w``, normalised to sum 1; ``lambda_max >= n`` with equality exactly when
    the judgements are consistent (``a_ij a_jk = a_ik``), so the consistency index is
    ``CI = (lambda_max - n) / (n - 1)`` and the consistency ratio ``CR = CI / RI(n)`` compares it
    with the mean CI of random matrices (:data:`RANDOM_INDEX`). Saaty's rule of thumb accepts
    ``CR <= 0.10`` (:data:`CR_ACCEPTABLE`).

Incomplete comparisons (Crawford & Williams 1985; Bozóki, Fülöp & Rónyai 2010)
    The logarithmic least squares method (LLSM) takes the weights that minimise
    ``sum over answered pairs of (ln a_ij - ln w_i + ln w_j)^2``. The minimiser is unique exactly
    when the graph of answered pairs is connected, and solves a graph-Laplacian linear system.
    For a complete matrix LLSM is the row geometric mean.

Groups (Forman & Peniwati 1998)
    Aggregation of individual judgements (AIJ) takes the element-wise weighted geometric mean of
    the participants' matrices, which is again reciprocal; aggregation of individual priorities
    (AIP) takes the weighted geometric mean of their priority vectors.

Ranking the alternatives (Saaty 1980, 1994)
    Global priority of a community = sum over criteria of criterion weight x local priority.
    Local priorities come from pairwise comparisons, from rating levels (absolute measurement) or
    from numeric data (ideal x/max or distributive x/sum; reciprocals for a cost criterion).

References
    - Saaty, T.L. (1977). A scaling method for priorities in hierarchical structures. Journal of
      Mathematical Psychology 15(3):234-281.
    - Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill, New York.
    - Saaty, T.L. (1990). How to make a decision: the Analytic Hierarchy Process. European Journal
      of Operational Research 48(1):9-26.
    - Saaty, T.L. (1994). Fundamentals of Decision Making and Priority Theory with the Analytic
      Hierarchy Process. RWS Publications, Pittsburgh.
    - Saaty, T.L. (2008). Decision making with the analytic hierarchy process. International
      Journal of Services Sciences 1(1):83-98.
    - Crawford, G. & Williams, C. (1985). A note on the analysis of subjective judgment matrices.
      Journal of Mathematical Psychology 29(4):387-405.
    - Bozóki, S., Fülöp, J. & Rónyai, L. (2010). On optimal completion of incomplete pairwise
      comparison matrices. Mathematical and Computer Modelling 52(1-2):318-333.
    - Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and priorities with the
      Analytic Hierarchy Process. European Journal of Operational Research 108(1):165-169.
    - Belton, V. & Gear, T. (1983). On a short-coming of Saaty's method of analytic hierarchies.
      Omega 11(3):228-230.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from types import MappingProxyType
from typing import TYPE_CHECKING, Final, Literal

import numpy as np

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.ranking import competition_ranks

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import FloatArray, IntArray


Mode = Literal["ideal", "distributive"]

#: Saaty's random consistency index RI(n): the mean CI of random reciprocal matrices of order n
#: on the 1-9 scale. n = 1..10: Saaty (1980), the values the design fixes; n = 11..15: Saaty
#: (2005), Theory and Applications of the Analytic Network Process, RWS, p. 31 (as quoted by the
#: AHPy library): 1.52, 1.54, 1.56, 1.58, 1.59. An older table with 1.51, 1.48, ... is widely
#: copied but its dip at n = 12 has no source we could trace.
RANDOM_INDEX: Final[Mapping[int, float]] = MappingProxyType(
    {
        1: 0.0,
        2: 0.0,
        3: 0.58,
        4: 0.90,
        5: 1.12,
        6: 1.24,
        7: 1.32,
        8: 1.41,
        9: 1.45,
        10: 1.49,
        11: 1.52,
        12: 1.54,
        13: 1.56,
        14: 1.58,
        15: 1.59,
    }
)

#: Saaty's (1980) threshold: a consistency ratio up to 0.10 is acceptable.
CR_ACCEPTABLE: Final = 0.10

#: Relative tolerance for a_ji = 1 / a_ij (and for a diagonal of 1).
RECIPROCAL_RTOL: Final = 1e-9

_LARGEST_TABULATED = max(RANDOM_INDEX)


def random_index(n: int) -> float:
    """Saaty's random index RI(n) for an ``n x n`` matrix (0 for n <= 2).

    Beyond the table (n > 15) the value for n = 15 is used: the published simulations level off
    near 1.6 there, so this slightly overstates the CR of large matrices rather than hiding it.
    """
    if n < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A comparison needs at least one item, not {count}."),
            count=n,
        )
    return RANDOM_INDEX[min(n, _LARGEST_TABULATED)]


def _fmt(value: float) -> str:
    """A judgement as a person reads it: 0, 0.5, 3, 0.333333, nan."""
    return f"{value:.6g}"


# --------------------------------------------------------------------------------------------
# Pairwise comparison matrices
# --------------------------------------------------------------------------------------------


def validate_pairwise(matrix: npt.ArrayLike) -> FloatArray:
    """Check that ``matrix`` is a positive reciprocal judgement matrix; return it as floats.

    Square, at least 1 x 1, every entry a positive finite number, a diagonal of 1 and
    ``a_ji = 1 / a_ij`` within a relative tolerance of 1e-9. Raises :class:`InvalidInputError`
    naming the first offending position (1-based row and column) and its value. The returned
    array is a new float64 array; the input is not modified.
    """
    try:
        a = np.array(matrix, dtype=np.float64)
    except (TypeError, ValueError):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The judgements must form a square table of numbers, one per pair."
            )
        ) from None
    if a.size == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The judgement table is empty: nothing to compare.")
        )
    if a.ndim != 2 or a.shape[0] != a.shape[1]:
        rows = a.shape[0] if a.ndim >= 1 else 0
        columns = a.shape[1] if a.ndim >= 2 else 0
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The judgements must form a square table; this one has {rows} rows and "
                "{columns} columns.",
            ),
            rows=rows,
            columns=columns,
        )
    bad = np.argwhere(~np.isfinite(a))
    if bad.size:
        i, j = (int(k) for k in bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Judgement row {row}, column {column} (value {value}) must be a number."
            ),
            row=i + 1,
            column=j + 1,
            value=_fmt(a[i, j]),
        )
    bad = np.argwhere(a <= 0.0)
    if bad.size:
        i, j = (int(k) for k in bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Judgement row {row}, column {column} (value {value}) must be positive."
            ),
            row=i + 1,
            column=j + 1,
            value=_fmt(a[i, j]),
        )
    off_diagonal = np.flatnonzero(np.abs(np.diagonal(a) - 1.0) > RECIPROCAL_RTOL)
    if off_diagonal.size:
        i = int(off_diagonal[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Judgement row {row}, column {column} (value {value}) must be 1: an item is "
                "as important as itself.",
            ),
            row=i + 1,
            column=i + 1,
            value=_fmt(a[i, i]),
        )
    # a_ij * a_ji = 1 is the reciprocity condition, scale-free for the relative tolerance.
    bad = np.argwhere(np.abs(a * a.T - 1.0) > RECIPROCAL_RTOL)
    if bad.size:
        i, j = (int(k) for k in bad[0])
        if i > j:  # name the lower-triangle cell as the one that disagrees with the upper one
            i, j = j, i
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Judgement row {row}, column {column} (value {value}) must be the reciprocal "
                "of row {column}, column {row} (value {other}), that is {expected}.",
            ),
            row=j + 1,
            column=i + 1,
            value=_fmt(a[j, i]),
            other=_fmt(a[i, j]),
            expected=_fmt(1.0 / a[i, j]),
        )
    return a


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """How much one judgement (``row < col``, 0-based) contributes to the inconsistency.

    With the priorities ``w`` and ``e = a_ij w_j / w_i`` (1 when the judgement agrees with them):

    - ``current``: the judgement ``a_ij`` as given;
    - ``consistent_value``: ``w_i / w_j``, the judgement that would agree with the present
      priorities;
    - ``implied_value``: what the other judgements say about this pair, the geometric mean of
      ``a_ik a_kj`` over every third item ``k`` (the judgement itself if ``n <= 2``). When this
      is the only wrong judgement of an otherwise consistent matrix, changing it to
      ``implied_value`` makes the whole matrix consistent (CR = 0), whereas ``consistent_value``
      moves only part of the way, because the priorities themselves follow the wrong judgement;
    - ``contribution``: ``(e + 1/e - 2) / n`` >= 0. Saaty (1977) showed that
      ``n lambda_max = n + sum over i < j of (e_ij + 1/e_ij)``, so for the principal eigenvector
      the contributions add up exactly to ``lambda_max - n``; divided by ``n - 1`` they add up to
      CI, and by ``(n - 1) RI(n)`` to CR.
    """

    row: int
    col: int
    current: float
    consistent_value: float
    implied_value: float
    contribution: float


@dataclass(frozen=True, slots=True, eq=False)
class PairwiseResult:
    """Priorities and consistency of one pairwise comparison matrix (see :func:`priorities`).

    ``priorities`` is a read-only positive vector summing to 1; ``lambda_max`` the principal
    eigenvalue; ``ci`` and ``cr`` the consistency index and ratio (0 for n <= 2, never negative);
    ``inconsistencies`` the upper-triangle judgements sorted by contribution, largest first (ties
    in row, column order).
    """

    priorities: FloatArray
    lambda_max: float
    ci: float
    cr: float
    inconsistencies: tuple[Inconsistency, ...]

    @property
    def n(self) -> int:
        """Number of items compared."""
        return int(self.priorities.shape[0])

    @property
    def most_inconsistent(self) -> Inconsistency | None:
        """The judgement contributing most to the inconsistency, or None for a single item."""
        return self.inconsistencies[0] if self.inconsistencies else None

    @property
    def acceptable(self) -> bool:
        """True when ``cr <= CR_ACCEPTABLE`` (Saaty 1980)."""
        return self.cr <= CR_ACCEPTABLE


def _readonly(a: FloatArray) -> FloatArray:
    a.setflags(write=False)
    return a


def _principal_eigen(a: FloatArray) -> tuple[FloatArray, float]:
    """Perron eigenvector (positive, sum 1) and eigenvalue of a positive matrix.

    ``numpy.linalg.eig`` takes about 40 microseconds for 15 x 15 whatever the judgements, while
    power iteration to 1e-12 needs 2 steps for a consistent matrix but about 30 for a random one
    (about 110 microseconds), so the direct solver is used.
    """
    values, vectors = np.linalg.eig(a)
    k = int(np.argmax(values.real))
    # By Perron's theorem the eigenvector has entries of one sign; abs() fixes the sign numpy chose.
    w = np.abs(vectors[:, k].real)
    return w / w.sum(), float(values[k].real)


def _implied_log_judgements(log_a: FloatArray) -> FloatArray:
    """ln of the geometric mean of a_ik a_kj over k != i, j, for every pair (needs n >= 3).

    Sum over k != i, j of (ln a_ik + ln a_kj) = R_i - R_j - 2 ln a_ij, with R the row sums of
    ln A (reciprocity makes the column sums -R).
    """
    n = log_a.shape[0]
    r = log_a.sum(axis=1)
    implied: FloatArray = (r[:, None] - r[None, :] - 2.0 * log_a) / (n - 2)
    return implied


def priorities(matrix: npt.ArrayLike) -> PairwiseResult:
    """Priorities, lambda_max, CI, CR and the judgements sorted by inconsistency.

    Principal right eigenvector method (Saaty 1977; 1980): ``A w = lambda_max w``,
    ``sum(w) = 1``; ``CI = (lambda_max - n) / (n - 1)`` and ``CR = CI / RI(n)``. For n <= 2 every
    reciprocal matrix is consistent, so CI = CR = 0 and lambda_max = n exactly; tiny negative CIs
    from round-off are clamped to 0. See :class:`Inconsistency` for the per-judgement diagnosis.

    Raises :class:`InvalidInputError` for a matrix :func:`validate_pairwise` rejects.
    """
    a = validate_pairwise(matrix)
    n = a.shape[0]
    if n == 1:
        return PairwiseResult(_readonly(np.ones(1)), 1.0, 0.0, 0.0, ())
    if n == 2:
        # Closed form: w = (a12, 1) / (1 + a12), lambda_max = 2.
        w = np.array([a[0, 1], 1.0]) / (1.0 + a[0, 1])
        lambda_max = 2.0
    else:
        w, lambda_max = _principal_eigen(a)
    ci = max(0.0, (lambda_max - n) / (n - 1)) if n > 2 else 0.0
    cr = ci / random_index(n) if n > 2 else 0.0

    rows, cols = np.triu_indices(n, k=1)
    current = a[rows, cols]
    consistent = w[rows] / w[cols]
    # e = a_ij w_j / w_i: 1 when the judgement agrees with the priorities.
    e = current / consistent
    contribution = np.maximum((e + 1.0 / e - 2.0) / n, 0.0)
    implied = np.exp(_implied_log_judgements(np.log(a))[rows, cols]) if n > 2 else current
    order = np.argsort(-contribution, kind="stable")
    inconsistencies = tuple(
        map(
            Inconsistency,
            rows[order].tolist(),
            cols[order].tolist(),
            current[order].tolist(),
            consistent[order].tolist(),
            implied[order].tolist(),
            contribution[order].tolist(),
        )
    )
    return PairwiseResult(_readonly(w), float(lambda_max), float(ci), float(cr), inconsistencies)


# --------------------------------------------------------------------------------------------
# Incomplete comparisons
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, eq=False)
class IncompleteResult:
    """Priorities from the answered pairs only (see :func:`priorities_incomplete`).

    - ``connected``: every item is linked to every other by a chain of answered pairs; only then
      are the priorities determined;
    - ``priorities``: LLSM priorities (positive, sum 1), or None when not connected;
    - ``answered``: number of distinct pairs answered; ``needed``: ``n - 1``, the fewest answers
      that can connect ``n`` items; ``total``: ``n (n - 1) / 2``, all pairs;
    - ``components``: the groups of items linked to each other (0-based, each sorted, groups
      ordered by their first item); one group when connected;
    - ``completed``: the full matrix with ``a_ij = w_i / w_j`` in the unanswered cells, or None;
    - ``cr``: the consistency ratio of ``completed`` (eigenvector method), or None. The random
      index is that of complete matrices; for many missing pairs it is a lenient yardstick
      (Ágoston & Csató, "Inconsistency thresholds for incomplete pairwise comparison matrices",
      arXiv:2102.10558, derive lower thresholds for incomplete matrices).
    """

    connected: bool
    priorities: FloatArray | None
    answered: int
    needed: int
    total: int
    components: tuple[tuple[int, ...], ...]
    completed: FloatArray | None
    cr: float | None


def _judgement_graph(
    n: int, judgements: Mapping[tuple[int, int], float]
) -> dict[tuple[int, int], float]:
    """Validate ``judgements`` and return them keyed by (i, j) with i < j (a_ij for that order)."""
    if isinstance(n, bool) or not isinstance(n, int | np.integer) or n < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A comparison needs at least one item, not {count}."),
            count=n,
        )
    pairs: dict[tuple[int, int], float] = {}
    for key, raw in judgements.items():
        i, j = int(key[0]), int(key[1])
        if not (0 <= i < n and 0 <= j < n):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Judgement between items {first} and {second}: there are only {count} items.",
                ),
                first=i + 1,
                second=j + 1,
                count=n,
            )
        if i == j:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Judgement between item {first} and itself: compare two items."
                ),
                first=i + 1,
            )
        value = float(raw)
        if not np.isfinite(value) or value <= 0.0:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Judgement between items {first} and {second} (value {value}) must be a "
                    "positive number.",
                ),
                first=i + 1,
                second=j + 1,
                value=_fmt(value),
            )
        low, high = (i, j) if i < j else (j, i)
        oriented = value if i < j else 1.0 / value
        previous = pairs.get((low, high))
        if previous is not None and abs(previous / oriented - 1.0) > RECIPROCAL_RTOL:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Items {first} and {second} are compared twice with answers that disagree "
                    "({value} and {other}).",
                ),
                first=low + 1,
                second=high + 1,
                value=_fmt(previous),
                other=_fmt(oriented),
            )
        pairs[(low, high)] = oriented
    return pairs


def _adjacency(n: int, pairs: Mapping[tuple[int, int], float]) -> list[list[int]]:
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for i, j in pairs:
        neighbours[i].append(j)
        neighbours[j].append(i)
    return neighbours


def _distances_from(source: int, neighbours: Sequence[Sequence[int]]) -> list[int]:
    """Breadth-first graph distances from ``source`` (-1 where unreachable)."""
    distance = [-1] * len(neighbours)
    distance[source] = 0
    queue = deque([source])
    while queue:
        node = queue.popleft()
        for other in neighbours[node]:
            if distance[other] < 0:
                distance[other] = distance[node] + 1
                queue.append(other)
    return distance


def _components(neighbours: Sequence[Sequence[int]]) -> tuple[tuple[int, ...], ...]:
    seen = [False] * len(neighbours)
    groups: list[tuple[int, ...]] = []
    for start in range(len(neighbours)):
        if seen[start]:
            continue
        reach = _distances_from(start, neighbours)
        group = tuple(k for k, d in enumerate(reach) if d >= 0)
        for k in group:
            seen[k] = True
        groups.append(group)
    return tuple(groups)


def priorities_incomplete(n: int, judgements: Mapping[tuple[int, int], float]) -> IncompleteResult:
    """Priorities of ``n`` items from the answered pairs ``{(i, j): a_ij}`` (0-based).

    Logarithmic least squares (Crawford & Williams 1985) for incomplete matrices (Bozóki, Fülöp
    & Rónyai 2010): with ``y = ln w``, minimise the sum over answered pairs of
    ``(ln a_ij - y_i + y_j)^2``. The normal equations are ``L y = b``, where ``L`` is the
    Laplacian of the graph of answered pairs (degree on the diagonal, -1 per answered pair) and
    ``b_i`` is the sum of ``ln a_ij`` over the pairs answered for item ``i``. ``L`` has rank
    ``n - 1`` exactly when the graph is connected, and ``y`` is then unique up to a constant,
    fixed here by ``sum(y) = 0`` (solving ``(L + J) y = b`` with ``J`` all ones, since
    ``sum(b) = 0``); ``w = exp(y) / sum(exp(y))``.

    When the answered pairs form a spanning tree, every answer is reproduced exactly
    (``w_i / w_j = a_ij``); for a complete matrix the result is the row geometric mean, which
    can differ slightly from the eigenvector that :func:`priorities` uses for complete input.

    An unconnected set of answers is not an error: ``connected`` is False and ``priorities``
    None, and :func:`suggest_next` says which pairs to ask. A pair may be given in either order
    (``(j, i): 1 / a_ij`` means the same); giving both with different answers raises
    :class:`InvalidInputError`, as do positions outside ``0..n-1`` and non-positive answers.
    """
    pairs = _judgement_graph(n, judgements)
    n = int(n)
    neighbours = _adjacency(n, pairs)
    components = _components(neighbours)
    connected = len(components) == 1
    total = n * (n - 1) // 2
    if not connected:
        return IncompleteResult(False, None, len(pairs), n - 1, total, components, None, None)
    if n == 1:
        one = _readonly(np.ones(1))
        return IncompleteResult(True, one, 0, 0, 0, components, _readonly(np.ones((1, 1))), 0.0)

    laplacian = np.ones((n, n))  # L + J: J's ones, then the Laplacian added below
    b = np.zeros(n)
    for (i, j), value in pairs.items():
        log_value = np.log(value)
        laplacian[i, i] += 1.0
        laplacian[j, j] += 1.0
        laplacian[i, j] -= 1.0
        laplacian[j, i] -= 1.0
        b[i] += log_value
        b[j] -= log_value
    y = np.linalg.solve(laplacian, b)
    w = np.exp(y - y.max())
    w /= w.sum()

    completed = w[:, None] / w[None, :]
    for (i, j), value in pairs.items():
        completed[i, j] = value
        completed[j, i] = 1.0 / value
    cr = priorities(completed).cr
    return IncompleteResult(
        True, _readonly(w), len(pairs), n - 1, total, components, _readonly(completed), cr
    )


def suggest_next(n: int, judgements: Mapping[tuple[int, int], float]) -> list[tuple[int, int]]:
    """Pairs ``(i, j)``, ``i < j``, to ask next, the most useful first.

    While the answered pairs leave groups of items unlinked, the list holds exactly the pairs
    that link all groups with the fewest questions (one fewer than the number of groups): the
    largest group (first one on a tie) is joined to each other group, in group order, each
    group represented by its item with the most answers (lowest index on a tie), so that the new
    link sits next to well-anchored judgements.

    Once everything is linked, every unanswered pair is listed, ordered by

    1. the longest chain of answered pairs between the two items first: a long chain means
       their ratio is only known through many judgements whose errors multiply;
    2. then the fewest answers already given for the two items together, which keeps the
       answers spread evenly over the items;
    3. then by ``(i, j)``.

    This follows the finding that comparison graphs of small diameter and nearly equal degrees
    give the most reliable priorities (Kadenko, Tsyganok, Szádoczki, Bozóki, Juhász & Andriichuk
    2021, "Improvement of pair-wise comparison methods based on graph theory concepts",
    CEUR-WS 3241, paper 5). An empty list means every pair is answered.
    """
    pairs = _judgement_graph(n, judgements)
    n = int(n)
    neighbours = _adjacency(n, pairs)
    degree = [len(other) for other in neighbours]
    components = _components(neighbours)
    if len(components) > 1:
        anchors = [min(group, key=lambda k: (-degree[k], k)) for group in components]
        hub = max(range(len(components)), key=lambda g: (len(components[g]), -g))
        joins = [
            (min(anchors[hub], anchors[g]), max(anchors[hub], anchors[g]))
            for g in range(len(components))
            if g != hub
        ]
        return joins
    candidates: list[tuple[int, int, int, int]] = []
    for i in range(n):
        distance = _distances_from(i, neighbours)
        for j in range(i + 1, n):
            if (i, j) not in pairs:
                candidates.append((-distance[j], degree[i] + degree[j], i, j))
    candidates.sort()
    return [(i, j) for _, _, i, j in candidates]


# --------------------------------------------------------------------------------------------
# Group aggregation
# --------------------------------------------------------------------------------------------


def _group_weights(weights: npt.ArrayLike | None, count: int) -> FloatArray:
    """Non-negative weights, one per participant, normalised to sum 1 (equal if None)."""
    if weights is None:
        return np.full(count, 1.0 / count)
    w = np.asarray(weights, dtype=np.float64)
    if w.shape != (count,):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "There must be one weight per participant: {count} weights expected."
            ),
            count=count,
        )
    bad = np.flatnonzero(~np.isfinite(w) | (w < 0.0))
    if bad.size:
        k = int(bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The weight of participant {participant} (value {value}) must be zero or positive.",
            ),
            participant=k + 1,
            value=_fmt(w[k]),
        )
    total = w.sum()
    if total <= 0.0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "At least one participant must have a weight above zero.")
        )
    normalised: FloatArray = w / total
    return normalised


def aggregate_judgements(
    matrices: Sequence[npt.ArrayLike], weights: npt.ArrayLike | None = None
) -> FloatArray:
    """Group judgement matrix by the aggregation of individual judgements (AIJ).

    Element-wise weighted geometric mean ``a_ij = prod_k a_ij(k) ** v_k`` with the weights ``v``
    normalised to sum 1 (equal weights if None). Because ``ln a_ji(k) = -ln a_ij(k)`` for every
    participant, the result is again reciprocal with a diagonal of 1, and it is the only
    aggregation that keeps this property together with unanimity (Aczél & Saaty 1983, Journal
    of Mathematical Psychology 27(1):93-102; Forman & Peniwati 1998, EJOR 108:165-169). A
    participant with weight 0 has no influence at all.

    Raises :class:`InvalidInputError` when there is no matrix, a matrix is not a valid
    judgement matrix (the message names the participant), the sizes differ, or the weights are
    of the wrong length, negative or all zero.
    """
    if len(matrices) == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "There are no judgements to combine.")
        )
    checked: list[FloatArray] = []
    for k, matrix in enumerate(matrices):
        try:
            checked.append(validate_pairwise(matrix))
        except InvalidInputError as error:
            # The participant's own error stays attached as __cause__ for a translated message.
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "Participant {participant}: {problem}"),
                participant=k + 1,
                problem=str(error),
            ) from error
        if checked[-1].shape != checked[0].shape:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Participant {participant} compared {count} items, but participant 1 "
                    "compared {expected}.",
                ),
                participant=k + 1,
                count=checked[-1].shape[0],
                expected=checked[0].shape[0],
            )
    v = _group_weights(weights, len(checked))
    stack = np.stack(checked)
    used = v > 0.0  # leaves weight-0 participants out entirely, not even 0 * ln a
    log_mean = np.tensordot(v[used], np.log(stack[used]), axes=1)
    result: FloatArray = np.exp(log_mean)
    # Exact reciprocity and diagonal despite round-off in exp.
    upper = np.triu(result, k=1)
    result = upper + np.triu(1.0 / result, k=1).T + np.eye(result.shape[0])
    return result


def aggregate_priorities(
    vectors: Sequence[npt.ArrayLike] | npt.ArrayLike, weights: npt.ArrayLike | None = None
) -> FloatArray:
    """Group priorities by the aggregation of individual priorities (AIP).

    Weighted geometric mean ``w_i = prod_k w_i(k) ** v_k`` of the participants' priority vectors
    (rows of ``vectors``, shape ``(K, n)``), renormalised to sum 1 (Forman & Peniwati 1998). Every
    priority must be positive (eigenvector priorities always are). A participant with weight 0
    has no influence.

    Raises :class:`InvalidInputError` for an empty or ragged input, non-positive priorities,
    and weights of the wrong length, negative or all zero.
    """
    try:
        p = np.asarray(vectors, dtype=np.float64)
    except (TypeError, ValueError):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Every participant's priorities must list the same items."
            )
        ) from None
    if p.ndim != 2 or p.shape[0] == 0 or p.shape[1] == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The priorities to combine must be a table: one row per participant, one "
                "column per item.",
            )
        )
    bad = np.argwhere(~np.isfinite(p) | (p <= 0.0))
    if bad.size:
        k, i = (int(x) for x in bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Priority {item} of participant {participant} (value {value}) must be positive.",
            ),
            item=i + 1,
            participant=k + 1,
            value=_fmt(p[k, i]),
        )
    v = _group_weights(weights, p.shape[0])
    used = v > 0.0
    log_mean = v[used] @ np.log(p[used])
    # Subtract the maximum before exp: the renormalisation cancels it and it avoids underflow.
    result: FloatArray = np.exp(log_mean - log_mean.max())
    result /= result.sum()
    return result


# --------------------------------------------------------------------------------------------
# Local priorities of the communities and synthesis
# --------------------------------------------------------------------------------------------


def _check_mode(mode: str) -> Mode:
    if mode == "ideal":
        return "ideal"
    if mode == "distributive":
        return "distributive"
    raise InvalidInputError(
        QT_TRANSLATE_NOOP("Messages", 'Unknown AHP mode {mode}: use "ideal" or "distributive".'),
        mode=mode,
    )


def _is_cost(objective: object, criterion: int) -> bool:
    if isinstance(objective, str) and objective in ("max", "min"):
        return objective == "min"
    if (
        isinstance(objective, int | np.integer)
        and not isinstance(objective, bool)
        and objective in (1, -1)
    ):
        return int(objective) == -1
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            'Criterion {criterion}: the direction must be "max" (more is better) or "min" '
            "(less is better), not {value}.",
        ),
        criterion=criterion + 1,
        value=str(objective),
    )


def local_from_values(
    values: npt.ArrayLike, objectives: Sequence[str | int], mode: str = "ideal"
) -> FloatArray:
    """Local priorities ``(n, m)`` of ``n`` communities on ``m`` criteria from their data.

    ``objectives[j]`` is ``"max"`` (or ``1``: more is better, a benefit) or ``"min"`` (or
    ``-1``: less is better, a cost); :class:`app.models.criterion.Direction` values work as they
    are. Per criterion column ``x``:

    - ideal mode: ``x / max(x)`` for a benefit and ``(1/x) / max(1/x) = min(x) / x`` for a cost,
      so the best community scores 1;
    - distributive mode: ``x / sum(x)`` and ``(1/x) / sum(1/x)``, so the column sums to 1.

    The data are read as ratio-scale measurements, as the AHP's relative measurement of
    tangibles does (Saaty 1980; 2008), so every value must be positive: zero or a
    negative value raises :class:`InvalidInputError`, whose ``params`` hold the 1-based
    ``criterion`` and ``community`` and the ``value`` (the caller replaces the numbers by names).
    A column where every community has the same value gives every community the same local
    priority (1 in ideal mode, 1/n in distributive mode): that criterion does not discriminate.
    """
    checked_mode = _check_mode(mode)
    x = np.asarray(values, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The data must be a table with one row per community and one column per criterion.",
            )
        )
    m = x.shape[1]
    if len(objectives) != m:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "There must be one direction per criterion: {count} expected."
            ),
            count=m,
        )
    cost = np.array([_is_cost(objective, j) for j, objective in enumerate(objectives)], dtype=bool)
    bad = np.argwhere(~np.isfinite(x))
    if bad.size:
        i, j = (int(k) for k in bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Criterion {criterion}, community {community}: the value {value} is not a number.",
            ),
            criterion=j + 1,
            community=i + 1,
            value=_fmt(x[i, j]),
        )
    # Column-major search so that the message names the first criterion with a problem.
    bad = np.argwhere((x <= 0.0).T)
    if bad.size:
        j, i = (int(k) for k in bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Criterion {criterion}, community {community}: the value {value} is not "
                "positive, and AHP compares values as ratios, which needs positive values.",
            ),
            criterion=j + 1,
            community=i + 1,
            value=_fmt(x[i, j]),
        )
    # A cost criterion is compared by the reciprocal: half the cost is twice as good.
    oriented = np.where(cost[None, :], 1.0 / x, x)
    scale = oriented.max(axis=0) if checked_mode == "ideal" else oriented.sum(axis=0)
    local: FloatArray = oriented / scale
    return local


def default_level_priorities(level_count: int) -> FloatArray:
    """Default priorities of ``level_count`` rating levels, the least preferred first; sum 1.

    Level ``k`` (0-based) gets ``(k + 1) / (1 + 2 + ... + L)``: the best level counts ``L``
    times the worst, with equal steps between neighbours. These are exactly the priorities of
    the consistent pairwise matrix ``a_kl = (k + 1) / (l + 1)`` (CR = 0), so the default is
    what a perfectly consistent group would derive if it judged the levels as equally spaced on
    a ratio scale. Saaty's rating (absolute measurement) derives the intensities by comparing
    the levels pairwise (Saaty 1990; 2008); a workshop that does so
    replaces this default. The worst level keeps a positive priority, so no community's rating
    counts as nothing at all.
    """
    if isinstance(level_count, bool) or not isinstance(level_count, int | np.integer):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The number of levels must be a whole number.")
        )
    if level_count < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A rating needs at least one level, not {count}."),
            count=int(level_count),
        )
    steps = np.arange(1, int(level_count) + 1, dtype=np.float64)
    priorities_: FloatArray = steps / steps.sum()
    return priorities_


def local_from_levels(
    level_indices: npt.ArrayLike, level_priorities: npt.ArrayLike, mode: str = "ideal"
) -> FloatArray:
    """Local priorities ``(n,)`` of the communities on one rated criterion.

    Absolute measurement (Saaty 1990; 2008): community ``i`` rated at
    level ``level_indices[i]`` (0-based) takes that level's priority. In ideal mode it is
    divided by the largest level priority, so the top level scores 1 whichever communities are
    present; in distributive mode by the sum over the communities, so the column sums to 1.

    Raises :class:`InvalidInputError` (with 1-based ``community`` and ``level`` in ``params``)
    for a level that does not exist, and for level priorities that are not positive numbers.
    """
    checked_mode = _check_mode(mode)
    p = np.asarray(level_priorities, dtype=np.float64)
    if p.ndim != 1 or p.size == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A rating needs a list of level priorities.")
        )
    bad = np.flatnonzero(~np.isfinite(p) | (p <= 0.0))
    if bad.size:
        k = int(bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The priority of level {level} (value {value}) must be positive."
            ),
            level=k + 1,
            value=_fmt(p[k]),
        )
    raw = np.asarray(level_indices)
    if raw.ndim != 1 or raw.size == 0:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "There must be one level per community.")
        )
    as_float = raw.astype(np.float64)
    whole = np.isfinite(as_float) & (as_float == np.round(as_float))
    inside = whole & (as_float >= 0) & (as_float < p.size)
    bad = np.flatnonzero(~inside)
    if bad.size:
        i = int(bad[0])
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Community {community}: level {level} does not exist; the levels are 1 to {count}.",
            ),
            community=i + 1,
            level=_fmt(as_float[i] + 1.0),
            count=p.size,
        )
    chosen = p[as_float.astype(np.int64)]
    scale = p.max() if checked_mode == "ideal" else chosen.sum()
    local: FloatArray = chosen / scale
    return local


def global_priorities(local: npt.ArrayLike, weights: npt.ArrayLike) -> FloatArray:
    """Global priorities: ``local (n, m) @ w``, for one weight set ``(m,)`` or a batch ``(K, m)``.

    Each weight set is normalised to sum 1 inside, so weights can be given in any unit; a weight
    set that is all zero gives every community a global priority of 0 (all tied: no criterion
    counts) rather than NaN. A batch is computed in one matrix product and returns ``(K, n)``,
    row ``k`` for weight set ``k``; a single weight set returns ``(n,)``.

    With ideal local priorities (each criterion's best community scores 1) the synthesis keeps
    the ranks of the other communities when a copy of a community, or one that is worse on every
    criterion, is added, which the distributive mode does not (Belton & Gear 1983, Omega
    11(3):228-230; Saaty 1994, Fundamentals of Decision Making); this is why ideal is the
    default. Global priorities in ideal mode do not sum to 1; only their ratios and order matter.

    Raises :class:`InvalidInputError` for shapes that do not match, local priorities that are
    negative or not numbers, and negative or non-finite weights.
    """
    lp = np.asarray(local, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    if lp.ndim != 2:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Local priorities must be a table with one row per community and one column "
                "per criterion.",
            )
        )
    if w.ndim not in (1, 2) or w.shape[-1] != lp.shape[1]:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "There must be one weight per criterion: {count} expected."
            ),
            count=lp.shape[1],
        )
    if not np.isfinite(lp).all() or (lp < 0.0).any():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "Local priorities must be numbers that are zero or positive."
            )
        )
    bad = np.flatnonzero((~np.isfinite(w) | (w < 0.0)).reshape(-1))
    if bad.size:
        j = int(bad[0]) % lp.shape[1]
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The weight of criterion {criterion} (value {value}) must be zero or positive.",
            ),
            criterion=j + 1,
            value=_fmt(float(w.reshape(-1)[int(bad[0])])),
        )
    totals = w.sum(axis=-1, keepdims=True)
    # All-zero weight sets stay all zero: divide by 1 instead of 0.
    normalised = w / np.where(totals > 0.0, totals, 1.0)
    result: FloatArray = normalised @ lp.T
    return result


@dataclass(frozen=True, eq=False)
class AhpRanking:
    """Global priorities and their competition ranks (1 = best, ties share the best rank).

    ``scores`` is ``(n,)`` or, for a batch of weight sets, ``(K, n)``; ``ranks`` has the same
    shape and is computed on first use with :func:`app.models.ranking.competition_ranks`, the
    rule TOPSIS uses too.
    """

    scores: FloatArray

    @cached_property
    def ranks(self) -> IntArray:
        ranks: IntArray = competition_ranks(self.scores, higher_is_better=True)
        return ranks


def ahp_rank(local: npt.ArrayLike, weights: npt.ArrayLike) -> AhpRanking:
    """Rank the communities by :func:`global_priorities` (one weight set or a batch)."""
    return AhpRanking(_readonly(global_priorities(local, weights)))
