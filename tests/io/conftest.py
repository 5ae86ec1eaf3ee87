"""Fixtures shared by the tests of the files (tests/io/ and tests/io/record/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.io.record import save_record
from app.models.workshop import Workshop
from tests.factories import rich_workshop


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workshop, Path]:
    """The rich workshop (tests.factories.rich_workshop) and its record in Spanish, saved once
    per test module."""
    workshop = rich_workshop()
    path = tmp_path_factory.mktemp("record") / "taller.xlsx"
    save_record(workshop, path, "es")
    return workshop, path
