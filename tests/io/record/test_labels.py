"""The record's words (app/io/record/labels.py): both languages complete, sheet names Excel takes,
and a sheet found under its name in either language."""

from __future__ import annotations

import pytest

from app.io.record import HIDDEN_SHEET, LABELS, LANGUAGES
from app.io.record.labels import sheet_name
from app.io.record.writing import SHEETS


def test_both_languages_label_the_same_things() -> None:
    assert set(LABELS) == set(LANGUAGES)
    assert LABELS["es"].keys() == LABELS["en"].keys()
    assert all(text.strip() for lang in LANGUAGES for text in LABELS[lang].values())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_sheet_names_are_distinct_and_fit_excels_limit(lang: str) -> None:
    names = [LABELS[lang][key] for key, _ in SHEETS]
    assert len(set(names)) == len(names) and HIDDEN_SHEET not in names
    assert max(len(name) for name in names) <= 31  # Excel refuses longer sheet names


def test_a_sheet_is_found_in_the_records_language_first_then_in_any() -> None:
    both = ["Datos", "Data"]
    assert sheet_name(both, "es", "data") == "Datos"
    assert sheet_name(both, "en", "data") == "Data"
    assert sheet_name(["Data"], "es", "data") == "Data"  # renamed by hand, or a copy's sheet
    assert sheet_name(["Resumen"], "es", "data") is None
