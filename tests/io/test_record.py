"""The decision record (.xlsx) as its users meet it: round trip, edits taken up, atomic saves,
workshops the engine cannot rank. What each module of app/io/record/ does is tested beside it
(tests/io/record/)."""

from __future__ import annotations

import os
import shutil
import subprocess
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from app.io.record import LABELS, load_record, save_record
from app.io.record.criteria_sheet import CRITERIA_WEIGHT_COLUMN
from app.io.record.data_sheet import DATA_FIRST_COLUMN
from app.models.analysis import evaluate, prepare
from app.models.derived import record_weights
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop
from tests.factories import make_workshop, rich_workshop, with_judgements


@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(
    "make",
    [
        rich_workshop,
        lambda: with_judgements(make_workshop(9, 6, groups=3, ordinal=2, missing=2)),
        lambda: make_workshop(3, 2, groups=0),
    ],
    ids=["example", "factory", "no-groups"],
)
def test_round_trip_keeps_every_input(tmp_path: Path, lang: str, make: Any) -> None:
    workshop = make()
    first = tmp_path / "first.xlsx"
    save_record(workshop, first, lang)
    reopened = load_record(first)
    assert reopened.to_dict() == workshop.to_dict()
    second = tmp_path / "second.xlsx"
    save_record(reopened, second, "en" if lang == "es" else "es")
    assert load_record(second).to_dict() == workshop.to_dict()


def test_a_bilingual_unit_is_shown_in_the_records_language_and_reopens_whole(
    tmp_path: Path,
) -> None:
    workshop = make_workshop(3, 2, gate=False, groups=1)
    criteria = list(workshop.criteria)
    criteria[1] = replace(criteria[1], unit={"es": "familias", "en": "families"})
    workshop = workshop.replace(criteria=tuple(criteria))
    for lang, shown in (("es", "familias"), ("en", "families")):
        path = tmp_path / f"{lang}.xlsx"
        save_record(workshop, path, lang)
        book = openpyxl.load_workbook(path)
        labels = LABELS[lang]
        data, definitions = book[labels["data"]], book[labels["criteria"]]
        # Data: the units' row under the names; Criteria: the unit column (F), criterion 2's row
        assert (data.cell(row=2, column=1).value, data.cell(row=2, column=4).value) == (
            labels["unit"],
            shown,
        )
        assert definitions.cell(row=1, column=6).value == labels["unit"]
        assert definitions.cell(row=3, column=6).value == shown
        reopened = load_record(path)
        assert reopened.criteria[1].unit == {"es": "familias", "en": "families"}
        assert reopened.to_dict() == workshop.to_dict()


def test_values_shown_are_priorizars(saved: tuple[Workshop, Path]) -> None:
    workshop, path = saved
    evaluation = evaluate(workshop, record_weights(workshop))
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    book = openpyxl.load_workbook(path)
    sheet = book[LABELS["es"]["ahp"]]
    m = len(prepare(workshop).columns)
    scores = [sheet.cell(row=3 + i, column=m + 2).value for i in range(len(evaluation.eligible))]
    assert scores == pytest.approx(evaluation.ahp_scores.tolist(), abs=0)
    data = book[LABELS["es"]["data"]]
    # verbal levels as words, gates as Sí/No, missing cells blank
    mining = workshop.criteria[0]
    assert data.cell(row=3, column=3).value == mining.level_label(workshop.values[0, 0], "es")
    fpic = workshop.criterion_index("fpic")
    assert data.cell(row=3, column=3 + fpic).value == "Sí"
    assert data.cell(row=3 + 4, column=3 + fpic).value == "No"
    assert data.cell(row=3 + 9, column=3 + fpic).value is None


def edit(path: Path, changes: dict[str, dict[str, Any]]) -> None:
    book = openpyxl.load_workbook(path)
    for sheet, cells in changes.items():
        for coordinate, value in cells.items():
            book[sheet][coordinate] = value
    book.save(path)


def test_edits_in_data_criteria_and_summary_are_taken_up(
    saved: tuple[Workshop, Path], tmp_path: Path
) -> None:
    workshop, original = saved
    path = tmp_path / "edited.xlsx"
    shutil.copy(original, path)
    labels = LABELS["es"]
    varieties = workshop.criterion_index("native_varieties")
    column = DATA_FIRST_COLUMN + varieties
    letter = openpyxl.utils.get_column_letter(column)
    fpic_letter = openpyxl.utils.get_column_letter(
        DATA_FIRST_COLUMN + workshop.criterion_index("fpic")
    )
    apurimac = [g.id for g in workshop.groups].index("apurimac")
    weight_letter = openpyxl.utils.get_column_letter(CRITERIA_WEIGHT_COLUMN + apurimac)
    edit(
        path,
        {
            labels["data"]: {
                f"{letter}4": 999,  # Puka Wallata's native varieties
                f"{fpic_letter}8": "no",  # Sani Wik'uña
                "C5": "high (outskirts of a mine)",  # mining threat of Anqas Luwichu, in English
                "A6": "Q'illu Alqamari (renombrada)",
            },
            labels["criteria"]: {f"{weight_letter}{2 + varieties}": 5},
            labels["summary"]: {"B3": "Taller editado en Excel"},
        },
    )
    reopened = load_record(path)
    assert reopened.values[1, varieties] == 999
    assert reopened.values[5, workshop.criterion_index("fpic")] == 0
    assert reopened.values[2, 0] == 4
    assert reopened.communities[3].name == "Q'illu Alqamari (renombrada)"
    assert reopened.group("apurimac").weights["native_varieties"] == 5
    assert reopened.metadata.title == "Taller editado en Excel"
    # everything else as saved
    expected = workshop.to_dict()
    got = reopened.to_dict()
    for key in ("criteria", "settings", "baseline", "log", "active_group"):
        assert got[key] == expected[key]
    assert got["groups"][0] == expected["groups"][0]


def test_a_wrong_edit_names_sheet_row_and_column(
    saved: tuple[Workshop, Path], tmp_path: Path
) -> None:
    _, original = saved
    path = tmp_path / "wrong.xlsx"
    shutil.copy(original, path)
    edit(path, {LABELS["es"]["data"]: {"D4": "mucho"}, LABELS["es"]["summary"]: {}})
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    message = str(caught.value)
    assert "wrong.xlsx" in message and "Datos" in message
    assert "row 4" in message and "column D" in message and "mucho" in message


def test_computed_sheets_are_never_read_back(saved: tuple[Workshop, Path], tmp_path: Path) -> None:
    workshop, original = saved
    path = tmp_path / "computed.xlsx"
    shutil.copy(original, path)
    labels = LABELS["es"]
    edit(path, {labels["topsis"]: {"B3": 123}, labels["model"]: {"B5": 0.9}})
    assert load_record(path) == workshop


def test_failed_save_leaves_the_earlier_record(
    saved: tuple[Workshop, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.xlsx"
    shutil.copy(saved[1], path)
    before = path.read_bytes()

    def broken_replace(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(
        InvalidInputError, match="“taller.xlsx” could not be saved: the disk is full"
    ):
        save_record(make_workshop(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taller.xlsx"]

    def broken_save(self: Any, target: Any) -> None:
        target.write(b"PK half a file")
        raise MemoryError

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(MemoryError):
        save_record(make_workshop(), path)
    assert path.read_bytes() == before


KILL_SCRIPT = """
import sys
from dataclasses import replace
from app.io.record import save_record
from tests.factories import make_workshop

path = sys.argv[1]
base = make_workshop(60, 12, groups=3)
k = 0
while True:
    k += 1
    save_record(base.replace(metadata=replace(base.metadata, title=f"save {k}")), path)
    print(k, flush=True)
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", [0.0, 0.037, 0.11])
def test_killed_during_a_save_the_record_on_disk_is_whole(tmp_path: Path, delay: float) -> None:
    import signal
    import sys
    import time

    path = tmp_path / "taller.xlsx"
    save_record(make_workshop(), path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(path)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "1"  # one save done, the next ones under way
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    reopened = load_record(path)  # the last complete save, never half of one
    assert reopened.metadata.title.startswith("save ")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_read_only_target_gives_the_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "solo.xlsx"
    save_record(make_workshop(), path)
    path.chmod(0o444)
    with pytest.raises(InvalidInputError, match="read-only"):
        save_record(make_workshop(), path)


def test_a_workshop_the_engine_cannot_rank_is_still_saved(tmp_path: Path) -> None:
    workshop = make_workshop(5, 3, groups=1)
    values = np.array(workshop.values)
    values[0, 2] = 5e-324  # a cost criterion: 1/x overflows in the AHP local priorities
    workshop = workshop.replace(values=values)
    path = tmp_path / "x.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # numpy's overflow, from the engine
        with pytest.raises(InvalidInputError):
            evaluate(workshop)
        save_record(workshop, path)
        assert load_record(path) == workshop


def test_unsaveable_workshop(tmp_path: Path) -> None:
    workshop = make_workshop()
    group = replace(workshop.groups[0], weights={"c1": float("inf")})
    broken = workshop.replace(groups=(group, *workshop.groups[1:]))
    with pytest.raises(InvalidInputError, match="not a number"):
        save_record(broken, tmp_path / "x.xlsx")
    with pytest.raises(InvalidInputError, match="language"):
        save_record(workshop, tmp_path / "x.xlsx", "fr")
    assert list(tmp_path.iterdir()) == []
