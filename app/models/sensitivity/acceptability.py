"""Rank acceptability (SMAA-2): how often does each community take each place when the weights
are uncertain?

:func:`sample_weights` draws weight vectors (uniformly on the simplex, around the current
weights, or between the groups' weight sets); :func:`rank_acceptability` ranks them all in one
batch and counts each community's places (Lahdelma & Salminen 2001), with each community's
central weight vector. :func:`acceptability_in_chunks` ranks a large sample in chunks, reporting
progress, and merges the chunks' results exactly (the interface runs it off its thread).

Pure numpy, no Qt. Communities are *workshop* community indices.

References
    - Lahdelma, R. & Salminen, P. (2001). SMAA-2: Stochastic multicriteria acceptability analysis
      for group decision making. Operations Research 49(3):444-454 (rank acceptability indices,
      central weight vectors).
    - Tervonen, T. & Lahdelma, R. (2007). Implementing stochastic multicriteria acceptability
      analysis. European Journal of Operational Research 178(2):500-513 (sampling weights
      uniformly from the simplex).
    - Devroye, L. (1986). Non-Uniform Random Variate Generation. Springer, New York, ch. V.2
      (uniform points on the simplex as normalised exponentials).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Final, Literal

import numpy as np

from app.models.analysis import METHODS, Method, method_results
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.sensitivity.shares import ranked_weights

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.analysis import Problem
    from app.models.arrays import FloatArray, IntArray


SampleMode = Literal["simplex", "around", "groups"]

#: Samples ranked per step of :func:`acceptability_in_chunks` (a progress report each).
CHUNK: Final = 1000


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
        base = ranked_weights(problem, current)
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
        shares = np.array([ranked_weights(problem, row) for row in vectors])
        shares /= shares.sum(axis=1, keepdims=True)
        mixing = generator.standard_exponential((count, shares.shape[0]))
        mixing /= mixing.sum(axis=1, keepdims=True)
        ranked = mixing @ shares
    result = np.zeros((count, problem.workshop_criteria))
    result[:, problem.columns] = ranked / ranked.sum(axis=1, keepdims=True)
    return result


def _fractional_places(ranks: IntArray, kept: int) -> FloatArray:
    """(n, kept) counts: ``[i, r]`` sums over rows of the share of place ``r + 1`` held by ``i``;
    a group tied at competition rank ``r`` of size ``g`` shares places ``r .. r + g - 1``. Places
    beyond ``kept`` are not counted (a table of n x n places takes 800 MB at 10,000
    communities)."""
    samples, n = ranks.shape
    flat = ranks - 1 + n * np.arange(samples)[:, None]
    sizes = np.bincount(flat.reshape(-1), minlength=samples * n).reshape(samples, n)
    size = np.take_along_axis(sizes, ranks - 1, axis=1)
    community = np.broadcast_to(np.arange(n) * kept, ranks.shape)
    places = np.zeros(n * kept)
    single = (size == 1) & (ranks <= kept)
    places += np.bincount((community + ranks - 1)[single], minlength=n * kept)
    tied = (size > 1) & (ranks <= kept)
    if tied.any():
        tied_rank, tied_size = ranks[tied] - 1, size[tied]
        tied_community = community[tied]
        for offset in range(int(tied_size.max())):
            within = (tied_size > offset) & (tied_rank + offset < kept)
            places += np.bincount(
                tied_community[within] + tied_rank[within] + offset,
                weights=1.0 / tied_size[within],
                minlength=n * kept,
            )
    result: FloatArray = places.reshape(n, kept)
    return result


#: Most numbers of one batch ranked at once in :func:`rank_acceptability` (samples x
#: communities x ranked criteria): TOPSIS holds a few arrays of that size, so a batch takes some
#: 100 MB whatever the size of the workshop.
BATCH_ELEMENTS: Final = 1 << 21


def rank_acceptability(
    problem: Problem,
    samples: npt.ArrayLike,
    top_k: int,
    *,
    seed: int | None = None,
    kept_ranks: int | None = None,
) -> dict[Method, RankAcceptability]:
    """SMAA-2 rank acceptability indices of both methods over weight ``samples`` (K, m_workshop),
    e.g. from :func:`sample_weights` (pass its ``seed`` to keep it with the result).

    ``b[i, r]`` = share of the samples giving community ``i`` rank ``r + 1`` (Lahdelma &
    Salminen 2001), ties shared equally; see :class:`RankAcceptability`. The AHP entry is missing
    when AHP cannot rank the data. ``kept_ranks``: only the first ranks are kept (columns
    ``0 .. kept_ranks - 1``; a row then sums to the probability of those places, the rest is 1
    minus it), so that a large workshop needs no n x n table; ``top`` is exact as long as
    ``kept_ranks >= top_k``. The samples are ranked in batches of at most
    :data:`BATCH_ELEMENTS` numbers: memory does not grow with the number of samples.
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
    count, n = weights.shape[0], problem.eligible.size
    kept = n if kept_ranks is None else max(1, min(n, kept_ranks))
    step = max(1, BATCH_ELEMENTS // max(1, n * max(1, problem.columns.size)))
    totals_by_method: dict[Method, list[FloatArray]] = {}
    for start in range(0, count, step):
        batch = weights[start : start + step]
        evaluation = problem.rank(batch)
        ranked = batch[:, problem.columns]
        totals = ranked.sum(axis=1, keepdims=True)
        shares = np.zeros_like(batch)
        shares[:, problem.columns] = ranked / np.where(totals > 0.0, totals, 1.0)
        for method in METHODS:
            found = method_results(evaluation, method)
            if found is None or n == 0:
                continue
            ranks = found[1]
            firsts = ranks == 1
            first_share = firsts / np.maximum(firsts.sum(axis=1, keepdims=True), 1)
            parts = (
                _fractional_places(ranks, kept),
                first_share.sum(axis=0),
                first_share.T @ shares,
                _fractional_top(ranks, top_k),
            )
            sums = totals_by_method.get(method)
            if sums is None:
                totals_by_method[method] = list(parts)
            else:
                for index, part in enumerate(parts):
                    sums[index] = sums[index] + part
    results: dict[Method, RankAcceptability] = {}
    for method in METHODS:
        sums = totals_by_method.get(method)
        if sums is None:
            continue
        places, held, central_sum, top = sums
        acceptability = places / count
        results[method] = RankAcceptability(
            method=method,
            communities=problem.eligible,
            acceptability=acceptability,
            top_k=top_k,
            top=top / count,
            central_weights=central_sum / np.where(held > 0.0, held, 1.0)[:, None],
            samples=count,
            seed=seed,
        )
    return results


def _fractional_top(ranks: IntArray, top_k: int) -> FloatArray:
    """(n,) sums over rows of the share of the first ``top_k`` places held by each community
    (tied groups share their places equally, as in :func:`_fractional_places`)."""
    top: FloatArray = _fractional_places(ranks, min(top_k, ranks.shape[1])).sum(axis=1)
    return top


def acceptability_in_chunks(
    problem: Problem,
    samples: FloatArray,
    top_k: int,
    seed: int,
    report: Callable[[int], None],
    *,
    chunk: int = CHUNK,
    kept_ranks: int | None = None,
) -> dict[Method, RankAcceptability]:
    """:func:`rank_acceptability` over ``samples`` ranked ``chunk`` at a time, calling
    ``report(percent done)`` after each chunk (which may raise to stop the work).

    Acceptabilities are means over the samples, so the chunks' results average exactly (weighted
    by their sizes); central weights are means over the samples where a community is first, so
    they are weighted by those counts. The result equals :func:`rank_acceptability` over all the
    samples at once, to rounding. ``kept_ranks`` as in :func:`rank_acceptability` (a table of
    10,000 x 10,000 places takes 800 MB)."""
    total = samples.shape[0]
    parts: list[tuple[int, dict[Method, RankAcceptability]]] = []
    for start in range(0, total, chunk):
        part = samples[start : start + chunk]
        parts.append(
            (
                part.shape[0],
                rank_acceptability(problem, part, top_k, seed=seed, kept_ranks=kept_ranks),
            )
        )
        report(round(100 * min(start + chunk, total) / total))
    sizes = np.array([size for size, _ in parts], dtype=np.float64)
    fractions = sizes / sizes.sum()
    merged: dict[Method, RankAcceptability] = {}
    for method in parts[0][1]:
        results = [part[method] for _, part in parts]
        acceptability = np.stack([r.acceptability for r in results])  # (chunks, n, n)
        # a central weight vector is a mean over the samples where the community is first:
        # each chunk counts with its number of such samples
        firsts = sizes[:, None] * acceptability[:, :, 0]  # (chunks, n)
        totals = firsts.sum(axis=0)
        central = np.einsum("cn,cnm->nm", firsts, np.stack([r.central_weights for r in results]))
        merged[method] = replace(
            results[0],
            acceptability=np.tensordot(fractions, acceptability, axes=1),
            top=np.tensordot(fractions, np.stack([r.top for r in results]), axes=1),
            central_weights=central / np.where(totals > 0, totals, 1.0)[:, None],
            samples=total,
        )
    return merged
