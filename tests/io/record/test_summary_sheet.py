"""The record's Summary says whose weights rank it, the chosen communities agree with it, the
date defaults to the day of the workshop, and the Judgements sheet shows incomplete comparisons
with their priorities and consistency (issue 19, item 6)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from app.io.record import LABELS, load_record, save_record
from app.io.record.context import RecordContext
from app.io.record.summary_sheet import SUMMARY_FIRST_ROW
from app.models import edits
from app.models.analysis import evaluate
from app.models.derived import record_weight_set, weight_vector, workshop_day
from app.models.errors import InvalidInputError
from app.models.judgements import group_priorities
from app.models.ranking import stable_order
from app.models.workshop import COMBINED, LogEntry, Workshop
from tests.factories import make_workshop

DATE_ROW = SUMMARY_FIRST_ROW + 1


def summary_rows(path: Path, lang: str = "en") -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path)
    return list(book[LABELS[lang]["summary"]].iter_rows(values_only=True))


def row_of(rows: list[tuple[Any, ...]], first: str) -> tuple[Any, ...]:
    return next(row for row in rows if row[0] == first)


def headline(rows: list[tuple[Any, ...]], lang: str = "en") -> list[str]:
    """The communities of the Summary's final ranking, best first."""
    start = next(k for k, row in enumerate(rows) if row[0] == LABELS[lang]["ranking"]) + 2
    names = []
    for row in rows[start:]:
        if row[0] is None or row[2] is None:
            break
        names.append(row[0])
    return names


def topsis_order(workshop: Workshop, weights: np.ndarray) -> list[str]:
    evaluation = evaluate(workshop, weights)
    assert evaluation.topsis is not None
    order = stable_order(evaluation.topsis.closeness, evaluation.topsis.ranks).tolist()
    return [workshop.communities[int(evaluation.eligible[k])].name for k in order]


def differing_groups() -> Workshop:
    """Two groups whose weights rank the communities differently from each other and from the
    combined set; the weights panel shows the first group."""
    workshop = make_workshop(8, 4, groups=2, seed=3)
    first = topsis_order(workshop, weight_vector(workshop, "g1"))
    combined = topsis_order(workshop, weight_vector(workshop, COMBINED))
    assert workshop.active_group == "g1" and first != combined  # the test means something
    return workshop


def test_the_record_ranks_with_the_combined_set_whatever_the_panel_shows(tmp_path: Path) -> None:
    workshop = differing_groups()
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    rows = summary_rows(path)
    assert row_of(rows, "Weights used")[1] == "Combined (all groups)"
    assert headline(rows) == topsis_order(workshop, weight_vector(workshop, COMBINED))
    assert load_record(path) == workshop


def test_a_group_chosen_for_the_choice_ranks_the_record_and_is_named(tmp_path: Path) -> None:
    workshop = differing_groups()
    chosen = replace(workshop.metadata, chosen=("k1", "k2"), ranking_weights="g2")
    workshop = edits.set_metadata(chosen).apply(workshop)
    assert record_weight_set(workshop) == "g2"
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "es")
    rows = summary_rows(path, "es")
    assert row_of(rows, "Pesos usados")[1] == "Grupo: Grupo 2"
    assert headline(rows, "es") == topsis_order(workshop, weight_vector(workshop, "g2"))
    reopened = load_record(path)
    assert reopened == workshop and reopened.metadata.ranking_weights == "g2"
    assert "Grupo 2" in workshop.log[-1].new  # the log names the group, not its id


def test_removing_the_chosen_group_returns_the_record_to_the_combined_set() -> None:
    workshop = differing_groups()
    workshop = workshop.replace(metadata=replace(workshop.metadata, ranking_weights="g2"))
    after = edits.remove_group("g2").apply(workshop)
    assert after.metadata.ranking_weights == COMBINED and record_weight_set(after) == COMBINED


def test_a_weight_set_of_no_group_is_refused() -> None:
    workshop = make_workshop()
    data = workshop.to_dict()
    data["metadata"]["ranking_weights"] = "nobody"
    with pytest.raises(InvalidInputError, match="no group"):
        Workshop.from_dict(data)


def test_the_combined_set_leaves_the_saved_form_as_before() -> None:
    assert "ranking_weights" not in make_workshop().to_dict()["metadata"]


def test_the_day_of_the_workshop_is_the_first_change_or_the_day_of_saving() -> None:
    workshop = make_workshop()
    assert workshop_day(workshop, date(2025, 3, 9)) == "2025-03-09"
    logged = workshop.replace(
        log=(
            LogEntry("2025-02-06T09:15:00", "", "title", "", "Taller"),
            LogEntry("2025-02-07T10:00:00", "", "title", "Taller", "Taller 2"),
        )
    )
    assert workshop_day(logged, date(2025, 3, 9)) == "2025-02-06"
    dated = logged.replace(metadata=replace(logged.metadata, date="2024-12-01"))
    assert workshop_day(dated, date(2025, 3, 9)) == "2024-12-01"
    assert RecordContext(logged, "en", date(2025, 3, 9)).day == "2025-02-06"


@pytest.mark.parametrize("logged", [True, False], ids=["first change", "day of saving"])
def test_a_record_without_a_date_shows_the_day_and_reopens_without_one(
    tmp_path: Path, logged: bool
) -> None:
    workshop = make_workshop()
    if logged:
        workshop = edits.set_metadata(replace(workshop.metadata, title="Taller")).apply(workshop)
    assert workshop.metadata.date == ""
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    shown = summary_rows(path)[DATE_ROW - 1][1]
    expected = workshop.log[0].time[:10] if logged else date.today().isoformat()
    assert shown == expected
    reopened = load_record(path)
    assert reopened == workshop and reopened.metadata.date == ""


def test_a_date_typed_over_the_shown_day_is_taken_up(tmp_path: Path) -> None:
    workshop = make_workshop()
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    book = openpyxl.load_workbook(path)
    book[LABELS["en"]["summary"]].cell(DATE_ROW, 2).value = "2025-02-06"
    book.save(path)
    assert load_record(path).metadata.date == "2025-02-06"


def judgements_rows(path: Path) -> list[tuple[Any, ...]]:
    return list(
        openpyxl.load_workbook(path)[LABELS["en"]["judgements"]].iter_rows(values_only=True)
    )


def test_incomplete_comparisons_are_shown_with_priorities_and_consistency(tmp_path: Path) -> None:
    workshop = make_workshop(groups=1, ordinal=0, gate=False)  # c1..c4, group g1
    # three of six pairs, linking every criterion: priorities by least squares
    judgements = {("c1", "c2"): 3.0, ("c2", "c3"): 2.0, ("c3", "c4"): 0.5}
    group = replace(workshop.groups[0], judgements=judgements)
    workshop = workshop.replace(groups=(group,))
    expected = group_priorities(workshop, group)
    assert expected.method == "llsm" and expected.priorities is not None and expected.cr is not None
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    rows = judgements_rows(path)
    start = next(k for k, row in enumerate(rows) if row[0] == "Grupo 1") + 1
    names = [f"Criterion {j}" for j in range(1, 5)]
    assert list(rows[start][: 1 + 4 + 1]) == ["Criterion", *names, "Priority"]
    matrix = rows[start + 1 : start + 5]
    assert matrix[0][2] == pytest.approx(3.0) and matrix[1][1] == pytest.approx(1 / 3)
    assert matrix[0][3] is None and matrix[0][1] == 1  # not answered: blank; the diagonal 1
    assert [row[5] for row in matrix] == pytest.approx(expected.priorities.tolist(), abs=1e-12)
    assert row_of(rows, "Pairs answered")[1] == "3 of 6"
    assert "least squares" in row_of(rows, "How the priorities are computed")[1]
    assert row_of(rows, "CR (of the completed matrix)")[1] == pytest.approx(expected.cr)
    assert not any(row[0] == "lambda max" for row in rows)


def test_comparisons_that_do_not_link_every_item_say_how_many_more(tmp_path: Path) -> None:
    workshop = make_workshop(groups=1, ordinal=0, gate=False)
    group = replace(workshop.groups[0], judgements={("c1", "c2"): 3.0})
    workshop = workshop.replace(groups=(group,))
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    rows = judgements_rows(path)
    assert row_of(rows, "Pairs answered")[1] == "1 of 6"
    method = row_of(rows, "How the priorities are computed")[1]
    assert method == LABELS["en"]["not_linked"].format(count=2)


def test_complete_comparisons_keep_lambda_max_ci_and_cr(tmp_path: Path) -> None:
    workshop = make_workshop(groups=1, ordinal=0, gate=False)
    ids = ["c1", "c2", "c3", "c4"]
    judgements = {(a, b): 2.0 for k, a in enumerate(ids) for b in ids[k + 1 :]}
    group = replace(workshop.groups[0], judgements=judgements)
    workshop = workshop.replace(groups=(group,))
    expected = group_priorities(workshop, group)
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    rows = judgements_rows(path)
    assert "eigenvector" in row_of(rows, "How the priorities are computed")[1]
    assert row_of(rows, "CR")[1] == pytest.approx(expected.cr)
    assert row_of(rows, "lambda max")[1] > 4


def test_a_group_without_comparisons_gets_one_line(tmp_path: Path) -> None:
    workshop = make_workshop(groups=1, ordinal=0, gate=False)  # weights set directly
    assert not workshop.groups[0].judgements
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "en")
    rows = judgements_rows(path)
    start = next(k for k, row in enumerate(rows) if row[0] == "Grupo 1")
    assert rows[start + 1][0] == "No comparison answered."
    assert not any(row[0] == "Pairs answered" for row in rows)
