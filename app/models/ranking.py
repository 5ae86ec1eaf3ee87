"""Rankings from scores, and how much two rankings agree.

Pure numpy, no Qt. Used by both methods (TOPSIS closeness, AHP global priority) so that the two
rankings shown side by side follow exactly the same rules:

- :func:`competition_ranks`: standard competition ranking ("1224"): 1 is the best, tied scores
  share the best rank of their group and the next group skips the shared places.
- :func:`stable_order`: the order in which to list communities, best first; tied communities keep
  the order in which they were entered, so a tie never looks like a preference.
- :func:`relative_scores`: each score as a share of the best one, as the score bars show it.
- :func:`kendall_tau_b` and :func:`spearman_rho`: agreement between two rankings of the same
  communities, from -1 (reversed) to 1 (identical), with defined values instead of ``NaN`` for
  degenerate input (see each function).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import FloatArray, IntArray


#: Absolute part of the tie tolerance: keeps exact zeros (all scores 0) tied without dividing.
TIE_ATOL = 1e-15


def competition_ranks(
    scores: npt.ArrayLike, *, higher_is_better: bool = True, rtol: float = 1e-12
) -> IntArray:
    """Standard competition ranks ("1224") of ``scores`` along the last axis; 1 is the best.

    ``scores`` is ``(n,)`` or a batch ``(K, n)`` (ranked row by row, vectorised). Two scores are
    tied when they differ by at most ``rtol * max(|scores|) + 1e-15`` (the maximum taken over the
    row): floating-point noise must not invent a preference between communities that the method
    scores equally. Ties are found between neighbours in sorted order, so a run of scores each
    within the tolerance of the next forms one tied group (the tolerance is far below any
    difference a person could act on, so such runs only occur for genuinely equal scores).

    Every member of a tied group gets the best rank of the group; the next group's rank is 1 plus
    the number of communities ranked before it. Returns int64 ranks of the shape of ``scores``.

    Raises :class:`InvalidInputError` if a score is ``NaN`` or infinite.
    """
    values = np.asarray(scores, dtype=np.float64)
    if values.ndim not in (1, 2):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "Scores to rank must be a list or a table of lists.")
        )
    n = values.shape[-1]
    ranks = np.empty(values.shape, dtype=np.int64)
    if n == 0:
        return ranks
    if not np.isfinite(values).all():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A score to rank is not a finite number.")
        )
    rows = values.reshape(-1, n)
    rank_rows = ranks.reshape(-1, n)
    # Blocks of rows keep the temporaries small (cache-sized and reused by the allocator); one
    # pass over a 10,000 x 50 batch is then several times faster than on the whole array at once.
    step = max(1, _BLOCK_ELEMENTS // n)
    for first in range(0, rows.shape[0], step):
        _rank_block(
            rows[first : first + step], rank_rows[first : first + step], higher_is_better, rtol
        )
    return ranks


#: Elements per block in :func:`competition_ranks` (256 KiB of float64).
_BLOCK_ELEMENTS = 1 << 15


def _rank_block(rows: FloatArray, out: IntArray, higher_is_better: bool, rtol: float) -> None:
    """Write the competition ranks of each row of ``rows`` (K, n) into ``out`` (K, n)."""
    n = rows.shape[-1]
    order = np.argsort(rows, axis=-1)
    ordered = np.take_along_axis(rows, order, axis=-1)
    if higher_is_better:
        order = order[:, ::-1]
        ordered = ordered[:, ::-1]
    tolerance = np.abs(rows).max(axis=-1, keepdims=True)
    tolerance *= rtol
    tolerance += TIE_ATOL
    # starts[k, p - 1]: sorted position p begins a new group (gap to p - 1 beyond tolerance).
    starts = np.abs(np.diff(ordered, axis=-1)) > tolerance
    # Without ties the rank is the sorted position + 1.
    np.put_along_axis(out, order, np.arange(1, n + 1, dtype=np.int64), axis=-1)
    tied = np.flatnonzero(~starts.all(axis=-1))
    if tied.size:
        # Rows with ties: each position takes the position where its group starts, a running
        # maximum of the start positions.
        group_starts = np.ones((tied.size, n), dtype=bool)
        group_starts[:, 1:] = starts[tied]
        start_position = np.maximum.accumulate(
            np.where(group_starts, np.arange(n, dtype=np.int64), 0), axis=-1
        )
        tied_ranks = out[tied]
        np.put_along_axis(tied_ranks, order[tied], start_position + 1, axis=-1)
        out[tied] = tied_ranks


def stable_order(
    scores: npt.ArrayLike, ranks: npt.ArrayLike | None = None, *, higher_is_better: bool = True
) -> IntArray:
    """Indices of the communities, best first; tied communities keep their input order.

    ``ranks`` are competition ranks of ``scores`` (as from :func:`competition_ranks`); if omitted
    they are computed with its defaults and ``higher_is_better``. Ordering by the ranks rather
    than the raw scores makes communities tied within the tolerance appear in input order, so the
    list never suggests a preference the ranking does not make. Works along the last axis for
    ``(n,)`` and ``(K, n)``.
    """
    if ranks is None:
        rank_values = competition_ranks(scores, higher_is_better=higher_is_better)
    else:
        rank_values = np.asarray(ranks)
        if rank_values.shape != np.shape(scores):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "There must be one rank for every score.")
            )
    return np.argsort(rank_values, axis=-1, kind="stable").astype(np.int64, copy=False)


def relative_scores(scores: npt.ArrayLike) -> FloatArray:
    """Each score divided by the best one, in [0, 1]; all zeros when no score is above 0."""
    values = np.asarray(scores, dtype=np.float64)
    best = float(values.max()) if values.size else 0.0
    if best <= 0:
        return np.zeros_like(values)
    relative: FloatArray = values / best
    return relative


def _paired(a: npt.ArrayLike, b: npt.ArrayLike) -> tuple[FloatArray, FloatArray]:
    """The two rankings as 1-D float arrays of equal length; raise if they cannot be compared."""
    first = np.asarray(a, dtype=np.float64)
    second = np.asarray(b, dtype=np.float64)
    if first.ndim != 1 or first.shape != second.shape:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The two rankings to compare must list the same communities."
            )
        )
    if not (np.isfinite(first).all() and np.isfinite(second).all()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "A rank to compare is not a finite number.")
        )
    return first, second


def kendall_tau_b(a_ranks: npt.ArrayLike, b_ranks: npt.ArrayLike) -> float:
    """Kendall's tau-b between two rankings of the same communities, in [-1, 1].

    tau_b = (n_c - n_d) / sqrt((n_0 - n_1)(n_0 - n_2)) (Kendall, M.G. 1945, "The treatment of ties
    in ranking problems", Biometrika 33(3):239-251), where over all pairs of communities n_c counts
    concordant pairs, n_d discordant ones, n_0 all pairs, and n_1, n_2 the pairs tied in the first
    and in the second ranking. Only the order of the values matters (ranks or scores alike, lower
    meaning better or worse for both); exact equality defines a tie.

    Counted without visiting the pairs (Knight, W.R. 1966, "A computer method for calculating
    Kendall's tau with ungrouped data", JASA 61(314):436-439, as ``scipy.stats.kendalltau`` does):
    sorted by the first ranking and then by the second, the discordant pairs are the inversions of
    the second (:func:`_inversions`), and the tied pairs are counted from the sizes of the tied
    groups. Memory grows as n and time as n log^2 n (the former count of every pair took 2 GB at
    2,000 communities, issue 18). scipy.stats is not imported: it would add 0.7 s to the window's
    start; the tests compare with it.

    Degenerate cases are defined rather than ``NaN``: with fewer than 2 communities there is
    nothing to disagree on, so 1.0; when either ranking ties every community (n_0 = n_1 or
    n_0 = n_2, for example all weights zero) it states no order, so agreement is 0.0 (neither
    agreement nor disagreement), where scipy would return ``NaN``.
    """
    first, second = _paired(a_ranks, b_ranks)
    n = first.size
    if n < 2:
        return 1.0
    x = _dense_ranks(first)
    y = _dense_ranks(second)
    order = np.lexsort((y, x))  # by x, then by y: pairs tied in x are never inverted
    x, y = x[order], y[order]
    pairs = n * (n - 1) // 2
    tied_x = _tied_pairs(x)
    tied_y = _tied_pairs(np.sort(y))
    if tied_x == pairs or tied_y == pairs:
        return 0.0
    # runs of equal (x, y): sorted by both, they are contiguous
    changes = np.flatnonzero((np.diff(x) != 0) | (np.diff(y) != 0))
    tied_both = _pairs_in_runs(changes, n)
    discordant = _inversions(y)
    concordant = pairs - tied_x - tied_y + tied_both - discordant
    # the product of exact integers: the same whichever ranking comes first
    tau = (concordant - discordant) / math.sqrt(float((pairs - tied_x) * (pairs - tied_y)))
    return float(min(1.0, max(-1.0, tau)))


def _dense_ranks(values: FloatArray) -> IntArray:
    """0, 1, 2, ... for the distinct values of ``values`` in increasing order (ties share one)."""
    _, inverse = np.unique(values, return_inverse=True)
    ranks: IntArray = inverse.reshape(-1).astype(np.int64)
    return ranks


def _pairs_in_runs(changes: IntArray, n: int) -> int:
    """Pairs within the runs of a sorted array of ``n`` entries whose value changes after the
    positions ``changes``: the sum of t (t - 1) / 2 over the runs' lengths t."""
    sizes = np.diff(np.concatenate(([-1], changes, [n - 1]))).astype(np.int64)
    return int((sizes * (sizes - 1) // 2).sum())


def _tied_pairs(ordered: IntArray) -> int:
    """Pairs of equal values in the sorted array ``ordered``."""
    return _pairs_in_runs(np.flatnonzero(np.diff(ordered) != 0), ordered.size)


def _inversions(values: IntArray) -> int:
    """Pairs ``i < j`` with ``values[i] > values[j]`` (strictly), for integers in [0, n).

    A bottom-up merge sort done a level at a time on the whole array: at each level the runs of
    width ``w`` are sorted, and every element of a right run counts the elements of its left run
    above it, with one :func:`numpy.searchsorted` for all runs at once (each value offset by its
    pair's number times n, so that the pairs do not mix). log2(n) levels, memory linear in n."""
    n = values.size
    current = values.astype(np.int64, copy=True)
    positions = np.arange(n, dtype=np.int64)
    total = 0
    width = 1
    while width < n:
        pair = positions // (2 * width)
        right = (positions // width) % 2 == 1
        keyed = pair * n + current
        left_keys = keyed[~right]  # sorted: each run is, and the pairs are in order
        # in the left run of its pair, the elements above a right element are those after it
        # (searchsorted "right") and before the end of that run
        left_end = np.searchsorted(pair[~right], pair[right], side="right")
        at_most = np.searchsorted(left_keys, keyed[right], side="right")
        total += int((left_end - at_most).sum())
        current = np.sort(keyed) - pair * n
        width *= 2
    return total


def average_ranks(values: npt.ArrayLike) -> FloatArray:
    """Ranks 1..n of ``values`` (ascending), tied values sharing the mean of their places.

    Same as ``scipy.stats.rankdata(values, method="average")``; exact equality defines a tie.
    From one sort, so memory linear in n (comparing every pair took memory as n squared)."""
    x = np.asarray(values, dtype=np.float64).reshape(-1)
    n = x.size
    order = np.argsort(x, kind="stable")
    ordered = x[order]
    starts = np.ones(n, dtype=bool)
    starts[1:] = ordered[1:] != ordered[:-1]
    group = np.cumsum(starts) - 1
    first = np.flatnonzero(starts)
    sizes = np.diff(np.append(first, n))
    mean_place = first + (sizes + 1) / 2.0  # the mean of places first + 1 .. first + size
    ranks: FloatArray = np.empty(n, dtype=np.float64)
    ranks[order] = mean_place[group]
    return ranks


def spearman_rho(a: npt.ArrayLike, b: npt.ArrayLike) -> float:
    """Spearman's rank correlation between two rankings of the same communities, in [-1, 1].

    The Pearson correlation of the average ranks (:func:`average_ranks`) of ``a`` and ``b``
    (Spearman, C. 1904, "The proof and measurement of association between two things", American
    Journal of Psychology 15(1):72-101), which handles ties like ``scipy.stats.spearmanr``.

    Degenerate cases as in :func:`kendall_tau_b`: 1.0 with fewer than 2 communities; 0.0 when
    either ranking ties every community (its ranks have no variance), where scipy gives ``NaN``.
    """
    first, second = _paired(a, b)
    if first.size < 2:
        return 1.0
    ra = average_ranks(first)
    rb = average_ranks(second)
    ra -= ra.mean()
    rb -= rb.mean()
    spread = float(np.sqrt(np.dot(ra, ra) * np.dot(rb, rb)))
    # Average ranks are multiples of 1/2, so an all-tied ranking has exactly zero spread.
    if spread == 0.0:
        return 0.0
    rho = float(np.dot(ra, rb)) / spread
    return min(1.0, max(-1.0, rho))
