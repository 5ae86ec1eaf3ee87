"""Benchmarks measure the speed targets of the issues and report them (pytest-benchmark's table,
``extra_info``). They run with the README's test command, on machines that may be busy, so their
assertions guard against regressions far beyond the targets (:data:`REGRESSION_MARGIN` times)
rather than against the targets themselves: a target is read in the report, a regression fails."""

from __future__ import annotations

import math
from typing import Any

#: How far beyond its target a median may go before a benchmark fails.
REGRESSION_MARGIN = 5.0


def median_seconds(benchmark: Any) -> float:
    """The median of a finished pytest-benchmark run, in seconds; ``nan`` where it was not timed
    (``--benchmark-disable`` runs each benchmark's function once, as a test of what it
    computes)."""
    return float("nan") if benchmark.stats is None else float(benchmark.stats.stats.median)


def within_target(benchmark: Any, target_seconds: float) -> float:
    """Record the median against ``target_seconds`` and fail on a regression far beyond it;
    returns the median (``nan`` where the run was not timed: ``--benchmark-disable`` runs each
    benchmark's function once, as a test of what it computes)."""
    median = median_seconds(benchmark)
    if math.isnan(median):
        return median
    benchmark.extra_info.update(target_seconds=target_seconds, of_target=median / target_seconds)
    assert median <= REGRESSION_MARGIN * target_seconds, (
        f"median {median * 1e3:.3f} ms: more than {REGRESSION_MARGIN:g} times the target "
        f"{target_seconds * 1e3:.3f} ms"
    )
    return median
