"""The Model sheet (app/io/record/model_sheet.py): formulas only, and a spreadsheet program that
recalculates them ranks as Priorizar does."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from app.io.record import LABELS, load_record, save_record
from app.models.analysis import evaluate, prepare
from app.models.derived import record_weights
from app.models.workshop import AhpMode, Workshop
from tests.factories import make_workshop, rich_workshop
from tests.libreoffice import convert, needs_libreoffice


def test_model_sheet_holds_formulas(saved: tuple[Workshop, Path]) -> None:
    _, path = saved
    sheet = openpyxl.load_workbook(path)[LABELS["es"]["model"]]
    formulas = [cell.value for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    text = " ".join(formulas)
    for function in ("SQRT(SUMSQ(", "SUMXMY2(", "MAX(", "MIN(", "RANK(", "SUMPRODUCT("):
        assert function in text
    assert isinstance(sheet["B5"].value, float)  # the weights a colleague edits are values


def model_results(path: Path, sheet_name: str) -> tuple[list[float], list[float]]:
    sheet = openpyxl.load_workbook(path, data_only=True)[sheet_name]
    rows = list(sheet.iter_rows(values_only=True))
    header = max(k for k, row in enumerate(rows) if row[3] == LABELS["en"]["closeness"])
    closeness, global_ = [], []
    for row in rows[header + 1 :]:
        if row[0] is None:
            break
        closeness.append(row[3])
        global_.append(row[5])
    return closeness, global_


@needs_libreoffice
@pytest.mark.parametrize(
    "make",
    [
        rich_workshop,
        lambda: make_workshop(8, 5, groups=2, ordinal=2).replace(
            settings=replace(make_workshop().settings, ahp_mode=AhpMode.DISTRIBUTIVE)
        ),
        # criterion c3 is a verbal cost criterion: its levels' default priorities fall
        lambda: make_workshop(8, 5, ordinal=3),
    ],
    ids=["example", "distributive", "verbal cost"],
)
def test_libreoffice_recalculates_the_model_like_priorizar(tmp_path: Path, make: Any) -> None:
    workshop = make()
    source = tmp_path / "record.xlsx"
    save_record(workshop, source, "en")
    converted = convert(source, "xlsx", tmp_path)
    closeness, global_ = model_results(converted, LABELS["en"]["model"])
    evaluation = evaluate(workshop, record_weights(workshop))  # the weights the record ranks with
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    assert closeness == pytest.approx(evaluation.topsis.closeness.tolist(), abs=1e-9)
    assert global_ == pytest.approx(evaluation.ahp_scores.tolist(), abs=1e-9)
    # LibreOffice re-saved it (numbers with 15 digits): every input still reopens as it was
    assert load_record(converted) == workshop


@needs_libreoffice
def test_a_weight_changed_in_the_model_sheet_moves_the_ranking(tmp_path: Path) -> None:
    workshop = rich_workshop()
    source = tmp_path / "record.xlsx"
    save_record(workshop, source, "en")
    problem = prepare(workshop)
    new_weights = np.random.default_rng(7).uniform(0, 10, len(problem.columns))
    book = openpyxl.load_workbook(source)
    model = book[LABELS["en"]["model"]]
    for k, weight in enumerate(new_weights):
        model.cell(row=5, column=k + 2, value=float(weight))
    book.save(source)
    converted = convert(source, "xlsx", tmp_path)
    closeness, global_ = model_results(converted, LABELS["en"]["model"])
    vector = np.zeros(len(workshop.criteria))
    vector[problem.columns] = new_weights
    evaluation = evaluate(workshop, vector)
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    assert closeness == pytest.approx(evaluation.topsis.closeness.tolist(), abs=1e-9)
    assert global_ == pytest.approx(evaluation.ahp_scores.tolist(), abs=1e-9)
    # LibreOffice re-saved it (numbers with 15 digits): every input still reopens as it was
    assert load_record(converted) == workshop
