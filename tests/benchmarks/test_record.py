"""Decision record speed (issue 5): save and reopen 100 communities x 20 criteria, 4 groups with
complete pairwise judgements. Targets: median <= 1 s each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.io.record import load_record, save_record
from app.models.workshop import Workshop
from tests.benchmarks.conftest import within_target
from tests.factories import make_workshop, with_judgements

TARGET_SECONDS = 1.0


@pytest.fixture(scope="module")
def workshop() -> Workshop:
    built = with_judgements(make_workshop(100, 20, groups=4, ordinal=3, missing=3), seed=5)
    assert len(built.communities) == 100 and len(built.weighted_criteria) == 20
    assert all(len(g.judgements) == 190 for g in built.groups)
    return built


def test_save_record_100x20(benchmark: Any, workshop: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "record.xlsx"
    benchmark.pedantic(save_record, args=(workshop, path, "es"), rounds=5, warmup_rounds=1)
    assert load_record(path) == workshop
    within_target(benchmark, TARGET_SECONDS)


def test_open_record_100x20(benchmark: Any, workshop: Workshop, tmp_path: Path) -> None:
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "es")
    reopened = benchmark.pedantic(load_record, args=(path,), rounds=5, warmup_rounds=1)
    assert reopened == workshop
    within_target(benchmark, TARGET_SECONDS)
