"""Spies that count what the program does to a file, for tests that bound it.

:func:`count_workbook_opens` counts the workbooks openpyxl parses and the files read whole from
disk: opening a decision record once is one of each (:func:`app.io.record.archive.open_workbook`
reads the file, checks it, then gives openpyxl its bytes).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import openpyxl
import pytest


def count_workbook_opens(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """From now on, count ``"parsed"`` (calls of ``openpyxl.load_workbook``) and ``"read"``
    (opens of a whole ``.xlsx``/``.xlsm`` file by :func:`app.io.limited.read_limited`, the one
    read of every input)."""
    from app.io import limited

    counts: Counter[str] = Counter()
    load_workbook = openpyxl.load_workbook
    opener = limited._no_blocking

    def parsing(*args: Any, **kwargs: Any) -> Any:
        counts["parsed"] += 1
        return load_workbook(*args, **kwargs)

    def reading(path: str, flags: int) -> int:
        if Path(path).suffix.lower() in (".xlsx", ".xlsm"):
            counts["read"] += 1
        return opener(path, flags)

    monkeypatch.setattr(openpyxl, "load_workbook", parsing)
    monkeypatch.setattr(limited, "_no_blocking", reading)
    return counts
