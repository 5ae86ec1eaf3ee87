"""A test run writes nothing into the checkout: Python's bytecode of the program goes to a folder
of the tests' own (tests/conftest.py), as do the settings, recovery files and presets."""

from __future__ import annotations

import os
from pathlib import Path

import app.models.topsis
import app.ui.shell.main_window

ROOT = Path(__file__).resolve().parents[1]


def test_the_programs_bytecode_is_kept_outside_the_checkout() -> None:
    for module in (app.models.topsis, app.ui.shell.main_window):
        cached = Path(module.__cached__)
        assert not cached.is_relative_to(ROOT), cached
    assert not Path(os.environ["PYTHONPYCACHEPREFIX"]).is_relative_to(ROOT)
