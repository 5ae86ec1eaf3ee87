"""The workbook a record is (app/io/record/writing.py): its sheets in order, named in the
record's language, set up to print."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from app.io.example import example_workshop
from app.io.record import HIDDEN_SHEET, LABELS, save_record


def test_sheets_are_named_in_the_language(tmp_path: Path) -> None:
    for lang in ("es", "en"):
        path = tmp_path / f"{lang}.xlsx"
        save_record(example_workshop(), path, lang)
        book = openpyxl.load_workbook(path)
        labels = LABELS[lang]
        assert book.sheetnames == [
            labels[key]
            for key in (
                "summary",
                "data",
                "criteria",
                "judgements",
                "topsis",
                "ahp",
                "groups",
                "sensitivity",
                "model",
                "log",
            )
        ] + [HIDDEN_SHEET]
        assert book[HIDDEN_SHEET].sheet_state == "hidden"
        assert book.properties.creator == "Priorizar"
        summary = book[labels["summary"]]
        assert summary._charts, "the bar chart of the final scores"
        assert summary.page_setup.orientation == "landscape"
