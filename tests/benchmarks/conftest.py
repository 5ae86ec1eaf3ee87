"""Benchmarks check the speed targets of the issues; each asserts its target on the median."""

from __future__ import annotations

from typing import Any


def median_seconds(benchmark: Any) -> float:
    """The median of a finished pytest-benchmark run, in seconds."""
    return float(benchmark.stats.stats.median)
