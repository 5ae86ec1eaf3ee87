"""The Sensitivity sheet of the decision record: stability intervals, rank acceptability, the
choice of the focus communities and the agreement of the methods, as the engine computes them."""

from __future__ import annotations

import io
import subprocess
import sys
import warnings
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest

from app.io.example import example_workshop
from app.io.messages import message_text
from app.io.record import LABELS, load_record, record_bytes, save_record
from app.models.analysis import prepare
from app.models.derived import record_weights
from app.models.errors import InvalidInputError
from app.models.judgements import group_weight_batch
from app.models.sensitivity import (
    OTHER_METHODS,
    other_methods,
    rank_acceptability,
    rank_correlations,
    sample_weights,
    select_with_quotas,
    stability_intervals,
    tightest,
)
from app.models.workshop import Quota, Sampling, Workshop
from tests.factories import make_workshop

Rows = list[tuple[Any, ...]]


def sheet_rows(workshop: Workshop, lang: str = "es") -> Rows:
    book = openpyxl.load_workbook(io.BytesIO(record_bytes(workshop, lang)))
    return [tuple(row) for row in book[LABELS[lang]["sensitivity"]].iter_rows(values_only=True)]


def find(rows: Rows, text: str, column: int = 0, start: int = 0) -> int:
    """Index of the first row from ``start`` whose cell ``column`` is ``text``."""
    return next(k for k in range(start, len(rows)) if rows[k][column] == text)


def texts(rows: Rows) -> list[str]:
    return [value for row in rows for value in row if isinstance(value, str)]


def table(rows: Rows, header: int) -> Rows:
    """The rows under ``header`` up to the first blank one."""
    end = header + 1
    while end < len(rows) and rows[end][0] is not None:
        end += 1
    return rows[header + 1 : end]


def with_settings(workshop: Workshop, **changes: Any) -> Workshop:
    return workshop.replace(settings=replace(workshop.settings, **changes))


def names(workshop: Workshop, indices: Any) -> str:
    return "; ".join(workshop.communities[int(i)].name for i in indices)


# -- the sheet --------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "en"])
def test_sheet_is_named_in_the_language_after_groups(lang: str) -> None:
    book = openpyxl.load_workbook(io.BytesIO(record_bytes(example_workshop(), lang)))
    labels = LABELS[lang]
    names = book.sheetnames
    assert names.index(labels["sensitivity"]) == names.index(labels["groups"]) + 1
    assert names.index(labels["model"]) == names.index(labels["sensitivity"]) + 1
    sheet = book[labels["sensitivity"]]
    assert sheet["A1"].value == labels["sensitivity"]
    assert sheet.freeze_panes == "B3"
    assert sheet.page_setup.orientation == "landscape"


@pytest.mark.parametrize("lang", ["es", "en"])
def test_stability_intervals_are_the_engines(lang: str) -> None:
    workshop = example_workshop()
    labels = LABELS[lang]
    k = workshop.settings.top_k
    intervals = stability_intervals(prepare(workshop), record_weights(workshop), k)
    assert {s.method for s in intervals} == {"topsis", "ahp"}
    rows = sheet_rows(workshop, lang)
    header = find(rows, labels["criterion"])
    assert rows[header][1] == labels["method"] and rows[header][10] == labels["tightest"]
    shown = table(rows, header)
    assert len(shown) == len(intervals)
    marked = {id(tightest(intervals, m)) for m in ("topsis", "ahp")} - {id(None)}
    assert len(marked) == 2
    for line, s in zip(shown, intervals, strict=True):
        assert line[0] == workshop.criteria[s.criterion].label(lang)
        assert line[1] == labels[s.method]
        numbers = [s.current, s.first.low, s.first.high, s.top.low, s.top.high]
        assert [line[c] for c in (2, 3, 4, 8, 9)] == pytest.approx(numbers, abs=1e-9, rel=0)
        assert line[5] == names(workshop, s.leaders)
        assert line[6] == (names(workshop, s.first.below) or labels["no_change"])
        assert line[7] == (names(workshop, s.first.above) or labels["no_change"])
        assert (line[10] == labels["tightest_mark"]) == (id(s) in marked)
    assert any(line[6] != labels["no_change"] for line in shown), "some first place changes"
    book = openpyxl.load_workbook(io.BytesIO(record_bytes(workshop, lang)))
    cell = book[labels["sensitivity"]].cell(row=header + 2, column=3)
    assert isinstance(cell.value, float) and cell.number_format == "0.0%"


@pytest.mark.parametrize("sampling", list(Sampling))
def test_rank_acceptability_is_the_engines_and_reproduces(sampling: Sampling) -> None:
    workshop = with_settings(example_workshop(), sampling=sampling, samples=2000, seed=7)
    settings = workshop.settings
    problem = prepare(workshop)
    weights = record_weights(workshop)
    samples = sample_weights(
        problem,
        sampling.value,
        settings.samples,
        settings.seed,
        current=weights,
        spread=settings.spread,
        groups=group_weight_batch(workshop, workshop.groups),
    )
    expected = rank_acceptability(problem, samples, settings.top_k, seed=settings.seed)
    labels = LABELS["en"]
    rows = sheet_rows(workshop, "en")
    assert rows == sheet_rows(workshop, "en"), "the same seed gives the same numbers"
    settings_row = find(rows, labels["sampling"])
    mode = "groups_mix" if sampling is Sampling.GROUPS else sampling.value
    assert rows[settings_row][1] == labels[mode]
    assert (labels["spread"] in texts(rows)) == (sampling is Sampling.AROUND)
    assert rows[find(rows, labels["samples"])][1] == 2000
    assert rows[find(rows, labels["seed"])][1] == 7
    n = len(problem.eligible)
    for method, result in expected.items():
        title = find(rows, labels["acceptability_of"].format(method=labels[method]))
        header = rows[title + 1]
        assert header[1] == "Rank 1" and header[n + 1] == "In the top 3"
        shown = {line[0]: line[1 : n + 2] for line in table(rows, title + 1)}
        assert len(shown) == n
        for i, community in enumerate(result.communities):
            line = shown[workshop.communities[int(community)].name]
            got = [*result.acceptability[i], result.top[i]]
            assert list(line) == pytest.approx(got, abs=1e-12)


def test_many_communities_share_one_column_for_the_later_ranks() -> None:
    workshop = with_settings(make_workshop(30, 4, groups=2), samples=500, seed=3)
    problem = prepare(workshop)
    n = len(problem.eligible)
    assert n == 29
    samples = sample_weights(problem, "simplex", 500, 3, current=record_weights(workshop))
    result = rank_acceptability(problem, samples, 3, seed=3)["topsis"]
    labels = LABELS["en"]
    rows = sheet_rows(workshop, "en")
    title = find(rows, labels["acceptability_of"].format(method="TOPSIS"))
    header = rows[title + 1]
    assert header[15:18] == ("Rank 15", "Rank 16 or lower", "In the top 3")
    shown = {line[0]: line[1:18] for line in table(rows, title + 1)}
    for i, community in enumerate(result.communities):
        line = shown[workshop.communities[int(community)].name]
        rest = result.acceptability[i, 15:].sum()
        expected = [*result.acceptability[i, :15], rest, result.top[i]]
        assert list(line) == pytest.approx(expected, abs=1e-12)
        assert sum(line[:16]) == pytest.approx(1.0)
    assert any(line[15] > 0 for line in shown.values())


def test_the_probabilities_are_a_heat_map() -> None:
    book = openpyxl.load_workbook(io.BytesIO(record_bytes(example_workshop(), "es")))
    sheet = book[LABELS["es"]["sensitivity"]]
    ranges = [str(rule.sqref) for rule in sheet.conditional_formatting]
    assert len(ranges) == 2  # TOPSIS and AHP
    rules = [r for cf in sheet.conditional_formatting for r in cf.rules]
    assert all(r.type == "colorScale" for r in rules)
    first = ranges[0].split(":")[0]
    assert sheet[first].number_format == "0.0%" and isinstance(sheet[first].value, float)


# -- focus communities ------------------------------------------------------------------------
def test_chosen_communities_of_the_workshop_are_listed() -> None:
    workshop = example_workshop()
    chosen = (workshop.communities[7].id, workshop.communities[4].id)  # one of them screened out
    problem = prepare(workshop)
    assert 4 not in problem.eligible and 7 in problem.eligible
    workshop = with_settings(
        workshop.replace(metadata=replace(workshop.metadata, chosen=chosen)),
        selection_method="ahp",
    )
    labels = LABELS["es"]
    rows = sheet_rows(workshop)
    assert labels["proposed"].split(":")[0] not in " ".join(texts(rows))
    title = find(rows, labels["chosen_recorded"])
    assert rows[title + 1][:3] == (labels["community"], labels["region"], labels["ahp_rank"])
    lines = table(rows, title + 1)
    ranks = problem.rank(record_weights(workshop)).ahp_ranks
    assert ranks is not None
    position = int(np.flatnonzero(problem.eligible == 7)[0])
    assert lines == [
        (workshop.communities[7].name, workshop.communities[7].region, int(ranks[position]))
        + (None,) * (len(lines[0]) - 3),
        (workshop.communities[4].name, workshop.communities[4].region, labels["screened_out"])
        + (None,) * (len(lines[0]) - 3),
    ]


def test_without_a_choice_the_quota_proposal_is_listed() -> None:
    quotas = (Quota("Apurímac", minimum=2), Quota("Cusco", maximum=1))
    workshop = with_settings(example_workshop(), quotas=quotas, top_k=3)
    problem = prepare(workshop)
    evaluation = problem.rank(record_weights(workshop))
    ranks = evaluation.topsis_ranks
    assert ranks is not None
    order = [int(problem.eligible[i]) for i in np.argsort(ranks, kind="stable")]
    regions = {i: workshop.communities[i].region for i in order}
    expected = select_with_quotas(order, regions, 3, quotas)
    assert expected != tuple(order[:3]), "the quotas change the choice"
    labels = LABELS["en"]
    rows = sheet_rows(workshop, "en")
    quota_row = find(rows, labels["quotas"])
    assert rows[quota_row][1:4] == (labels["region"], labels["minimum"], labels["maximum"])
    assert rows[quota_row + 1][1:4] == ("Apurímac", 2, labels["no_limit"])
    assert rows[quota_row + 2][1:4] == ("Cusco", 0, 1)
    title = find(rows, labels["proposed"].format(k=3, method="TOPSIS"))
    listed = [line[0] for line in table(rows, title + 1)]
    assert listed == [workshop.communities[i].name for i in expected]


@pytest.mark.parametrize("lang", ["es", "en"])
def test_an_infeasible_quota_gives_the_reason_in_the_language(lang: str) -> None:
    workshop = with_settings(example_workshop(), quotas=(Quota("Cusco", minimum=9),))
    available = sum(
        workshop.communities[int(i)].region == "Cusco" for i in prepare(workshop).eligible
    )
    rows = sheet_rows(workshop, lang)
    template = (
        "{value}: at least {minimum} communities are required, but only {count} are eligible."
    )
    reason = message_text(template, {"value": "Cusco", "minimum": 9, "count": available}, lang)
    title = find(rows, LABELS[lang]["proposed"].format(k=3, method="TOPSIS"))
    assert rows[title + 1][0] == reason
    if lang == "es":
        assert reason.startswith("Cusco:") and "eligible" not in reason


# -- method agreement ---------------------------------------------------------------------------
def test_method_agreement_and_other_methods() -> None:
    workshop = with_settings(make_workshop(9, 4, groups=2, ordinal=1), compare_methods=True)
    problem = prepare(workshop)
    weights = record_weights(workshop)
    evaluation = problem.rank(weights)
    agreement = rank_correlations(evaluation)
    others = other_methods(problem, weights)
    assert agreement is not None and not others.notes
    labels = LABELS["en"]
    rows = sheet_rows(workshop, "en")
    assert rows[find(rows, labels["kendall"])][1] == pytest.approx(agreement.kendall_tau_b)
    assert rows[find(rows, labels["spearman"])][1] == pytest.approx(agreement.spearman_rho)
    title = find(rows, labels["other_methods"])
    assert rows[title + 1][:6] == (
        labels["community"],
        labels["topsis_rank"],
        labels["ahp_rank"],
        *(labels[name] for name in OTHER_METHODS),
    )
    by_name = {line[0]: line for line in table(rows, title + 1)}
    assert len(by_name) == len(problem.eligible)
    topsis_ranks, ahp_ranks = evaluation.topsis_ranks, evaluation.ahp_ranks
    assert topsis_ranks is not None and ahp_ranks is not None
    for i, community in enumerate(problem.eligible):
        line = by_name[workshop.communities[int(community)].name]
        expected = [topsis_ranks[i], ahp_ranks[i]]
        for name in OTHER_METHODS:
            ranks = others.ranks[name]
            assert ranks is not None
            expected.append(ranks[i])
        assert list(line[1:6]) == expected
    assert len({line[5] for line in by_name.values()}) > 1, "VIKOR tells the communities apart"


def test_a_method_that_cannot_rank_gets_its_note() -> None:
    workshop = make_workshop(9, 4, groups=2, ordinal=1)
    values = np.array(workshop.values)
    values[2, 1] = 0.0  # the weighted product model (and AHP) cannot take it
    workshop = with_settings(workshop.replace(values=values), compare_methods=True)
    problem = prepare(workshop)
    others = other_methods(problem, record_weights(workshop))
    assert others.ranks["wpm"] is None and others.ranks["vikor"] is not None
    for lang in ("es", "en"):
        labels = LABELS[lang]
        rows = sheet_rows(workshop, lang)
        assert rows[find(rows, labels["agreement"]) + 1][0] == labels["ahp_none"]
        title = find(rows, labels["other_methods"])
        lines = table(rows, title + 1)
        assert all(line[2] is None and line[4] is None for line in lines)
        note = others.notes["wpm"]
        assert rows[title + 3 + len(lines)][0] == (
            f"{labels['wpm']}: {message_text(note.template, note.params, lang)}"
        )


def test_no_other_methods_unless_asked() -> None:
    rows = sheet_rows(example_workshop(), "en")
    assert LABELS["en"]["other_methods"] not in texts(rows)


def test_saving_without_the_comparison_does_not_import_scikit_criteria() -> None:
    code = (
        "import sys; from app.io.example import example_workshop; "
        "from app.io.record import record_bytes; record_bytes(example_workshop(), 'es'); "
        "print('skcriteria' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"


# -- degenerate workshops ---------------------------------------------------------------------
def _no_eligible() -> Workshop:
    workshop = make_workshop(3, 2)
    values = np.array(workshop.values)
    values[:, -1] = 0.0  # every community fails the gate
    return workshop.replace(values=values)


def _zero_weights() -> Workshop:
    workshop = make_workshop(5, 3)
    groups = tuple(replace(g, weights=dict.fromkeys(g.weights, 0.0)) for g in workshop.groups)
    return with_settings(workshop.replace(groups=groups), sampling=Sampling.AROUND)


def _unrankable() -> Workshop:
    workshop = make_workshop(5, 3, groups=1)
    values = np.array(workshop.values)
    values[0, 2] = 5e-324  # a cost criterion: 1/x overflows in the AHP local priorities
    return workshop.replace(values=values)


def _reason(workshop: Workshop, lang: str) -> str:
    """Why the engine cannot rank ``workshop``, in ``lang``."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        with pytest.raises(InvalidInputError) as caught:
            prepare(workshop).rank(record_weights(workshop))
    return message_text(caught.value.template, caught.value.params, lang)


ALL_ZERO = (
    "All weights are zero: give the criteria weights before looking at how firm the ranking is."
)


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_no_eligible, lambda lang: LABELS[lang]["nothing"]),
        (lambda: make_workshop(4, 0), lambda lang: LABELS[lang]["nothing"]),
        (_zero_weights, lambda lang: message_text(ALL_ZERO, {}, lang)),
        (lambda: make_workshop(1, 3, gate=False), lambda lang: LABELS[lang]["no_intervals"]),
        (
            lambda: with_settings(make_workshop(4, 3, groups=0), sampling=Sampling.GROUPS),
            lambda lang: message_text(
                "Sampling between the groups needs at least one group's weights.", {}, lang
            ),
        ),
        (_unrankable, lambda lang: _reason(_unrankable(), lang)),
    ],
    ids=["no-eligible", "no-ranked-criterion", "zero-weights", "one-community", "no-groups", "ahp"],
)
@pytest.mark.parametrize("lang", ["es", "en"])
def test_degenerate_workshops_save_and_say_why(
    tmp_path: Path, make: Any, expected: Any, lang: str
) -> None:
    workshop = with_settings(make(), compare_methods=True)
    path = tmp_path / "record.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no NaN arithmetic behind an empty section
        # the engine's own overflow for "ahp" (see tests/io/test_record.py)
        warnings.filterwarnings("ignore", category=RuntimeWarning, module="app.models.ahp")
        save_record(workshop, path, lang)
    assert load_record(path) == workshop
    sheet = openpyxl.load_workbook(path)[LABELS[lang]["sensitivity"]]
    shown = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
    assert expected(lang) in shown
    assert not any(isinstance(v, float) and not np.isfinite(v) for v in shown)


def test_the_engines_reason_is_translated() -> None:
    assert _reason(_unrankable(), "es") != _reason(_unrankable(), "en")


# -- never read back ------------------------------------------------------------------------------
def test_the_sheet_is_never_read_back(tmp_path: Path) -> None:
    workshop = example_workshop()
    path = tmp_path / "record.xlsx"
    save_record(workshop, path, "es")
    book = openpyxl.load_workbook(path)
    sheet = book[LABELS["es"]["sensitivity"]]
    for row in sheet.iter_rows(min_row=5, max_row=12, min_col=1, max_col=4):
        for cell in row:
            cell.value = 0.5 if isinstance(cell.value, float) else "editado"
    book.save(path)
    assert load_record(path) == workshop
