"""Summary page speed (issue 20): write the one-page summary (PDF) of the example workshop and
of 100 communities x 20 criteria (4 groups, the example's details), as File > Export summary
does: the rankings, the page's texts, its layout and drawing, the file. Targets: median <= 1 s
each."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app.io.example import example_workshop
from app.models.analysis import evaluate
from app.models.workshop import Workshop
from app.ui.share.content import summary_content
from app.ui.share.page import write_pdf
from tests.benchmarks.conftest import within_target
from tests.factories import make_workshop

TARGET_SECONDS = 1.0


def large() -> Workshop:
    workshop = make_workshop(100, 20, groups=4, ordinal=3, missing=3)
    chosen = tuple(c.id for c in workshop.communities[:5])
    return workshop.replace(metadata=replace(example_workshop().metadata, chosen=chosen))


@pytest.mark.parametrize(
    ("name", "build", "pages"),
    [("example", example_workshop, 1), ("100x20", large, 2)],
    ids=["example", "100x20"],
)
def test_write_summary(
    benchmark: Any, qapp: Any, tmp_path: Path, name: str, build: Any, pages: int
) -> None:
    workshop = build()
    path = tmp_path / f"{name}.pdf"

    def export() -> int:
        return write_pdf(summary_content(workshop, evaluate(workshop), None), path)

    assert benchmark.pedantic(export, rounds=5, warmup_rounds=1) == pages
    assert path.stat().st_size > 0
    within_target(benchmark, TARGET_SECONDS)
