"""What the summary page says (before it is drawn): the decision as the window and the record
word it, in the interface language."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app.io.example import example_workshop
from app.io.record import save_record
from app.models.analysis import evaluate, rank_order
from app.models.derived import record_weights, weight_vector
from app.models.workshop import COMBINED, LogEntry, Participant, Quota, Workshop
from app.ui.i18n import format_share
from app.ui.results.texts import exclusion_text
from app.ui.share.content import (
    RANKED_ON_PAGE,
    gender_counts,
    record_file,
    summary_content,
)
from tests.factories import make_workshop


def summary_of(workshop: Workshop, record: Any = None) -> Any:
    return summary_content(workshop, evaluate(workshop), record)


def chosen(workshop: Workshop, *positions: int) -> Workshop:
    """``workshop`` with these communities recorded as chosen, as the Robustness tab records
    them: with the weight set the window shows, which then ranks the page and the record."""
    ids = tuple(workshop.communities[i].id for i in positions)
    metadata = replace(workshop.metadata, chosen=ids, ranking_weights=workshop.active_group)
    return workshop.replace(metadata=metadata)


def names_in_order(workshop: Workshop, method: str) -> list[str]:
    evaluation = evaluate(workshop, record_weights(workshop))  # the record's, as the page ranks
    return [
        workshop.communities[int(evaluation.eligible[k])].name
        for k in rank_order(evaluation, method)
    ]


def test_the_recorded_choice_with_its_quota_rule(qapp: Any) -> None:
    workshop = example_workshop()
    workshop = chosen(workshop, 0, 5, 2).replace(
        settings=replace(
            workshop.settings, quotas=(Quota("Cusco", 1, 2), Quota("Apurímac", 1, None))
        )
    )
    choice = summary_of(workshop).choice
    assert choice.title == "Focus communities chosen"
    assert choice.rule == (
        "Chosen in the workshop by the rule: the best 3 by TOPSIS, with quotas by region: "
        "Cusco at least 1 and at most 2; Apurímac at least 1."
    )
    assert [row.name for row in choice.rows] == [workshop.communities[i].name for i in (0, 5, 2)]
    topsis = names_in_order(workshop, "topsis")
    assert [row.rank for row in choice.rows[:1]] == [str(topsis.index(choice.rows[0].name) + 1)]
    assert choice.headers[2] == "Rank by TOPSIS"


def test_a_choice_the_rule_no_longer_proposes_is_kept_and_the_proposal_named(qapp: Any) -> None:
    workshop = chosen(example_workshop())  # ranked with the weights the choice is made by
    order = names_in_order(workshop, "topsis")
    last = next(i for i, c in enumerate(workshop.communities) if c.name == order[-1])
    best = order[:3]
    choice = summary_of(chosen(workshop, last)).choice
    assert [row.name for row in choice.rows] == [workshop.communities[last].name]
    assert choice.remark == (
        f"With the data and weights above, the rule now proposes: {', '.join(best)}."
    )


def test_without_a_recorded_choice_the_page_proposes_and_says_so(qapp: Any) -> None:
    workshop = example_workshop()
    assert not workshop.metadata.chosen
    choice = summary_of(workshop).choice
    assert choice.title == "Focus communities proposed"
    assert choice.rule.startswith("No choice was recorded in the workshop. Proposed by the rule:")
    assert [row.name for row in choice.rows] == names_in_order(workshop, "topsis")[:3]


def test_each_ranking_lists_its_first_15_then_how_many_more(qapp: Any) -> None:
    workshop = make_workshop(21, 4, seed=2)  # the last community fails the gate: 20 ranked
    summary = summary_of(workshop)
    for ranking, method in zip(summary.rankings, ("topsis", "ahp"), strict=True):
        assert len(ranking.rows) == RANKED_ON_PAGE
        assert [row.name for row in ranking.rows] == names_in_order(workshop, method)[:15]
        assert ranking.more == "and 5 more"
    assert summary.rankings[0].title == "TOPSIS: closeness to the ideal"


def test_a_ranking_of_few_communities_says_nothing_more(qapp: Any) -> None:
    summary = summary_of(example_workshop())
    assert [r.more for r in summary.rankings] == ["", ""]
    assert len(summary.rankings[0].rows) == len(evaluate(example_workshop()).eligible)


def test_the_weights_used_as_shares_and_every_groups_set(qapp: Any) -> None:
    # the choice was made by one group's weights: the page, like the record, ranks with them
    shown = example_workshop()
    workshop = shown.replace(
        metadata=replace(shown.metadata, ranking_weights=shown.active_group),
        active_group=COMBINED,  # whichever set the window shows
    )
    weights = summary_of(workshop).weights
    group = workshop.group(shown.active_group)
    assert weights.used == f"Used for the rankings: the weights of the group {group.name}."
    assert weights.sets == (*(g.name for g in workshop.groups), "Combined")
    used = weight_vector(workshop, group.id)
    weighted = [j for j, c in enumerate(workshop.criteria) if not c.is_gate]
    assert [row.share for row in weights.rows] == pytest.approx([used[j] for j in weighted])
    assert [row.share_text for row in weights.rows] == [
        format_share(100 * used[j]) for j in weighted
    ]
    gates = [c.label("en") for c in workshop.criteria if c.is_gate]
    assert weights.gates == f"Required (yes or no), without a weight: {'; '.join(gates)}."

    combined = summary_of(shown).weights  # the window shows a group, none was chosen
    assert combined.used == "Used for the rankings: the combined weights of all groups."
    assert combined.sets == tuple(g.name for g in workshop.groups)
    shares = np.array([row.share for row in combined.rows])
    assert shares.sum() == pytest.approx(1.0)


def test_screened_out_communities_are_worded_as_the_results_tab(qapp: Any) -> None:
    workshop = example_workshop()
    evaluation = evaluate(workshop)
    summary = summary_of(workshop)
    excluded = evaluation.problem.excluded
    assert summary.excluded == tuple(exclusion_text(workshop, e) for e in excluded)
    assert summary.excluded_title == f"Screened out, not ranked ({len(excluded)})"


@pytest.mark.parametrize(
    ("genders", "expected"),
    [
        ("FMFMMF", ["3 women", "3 men"]),
        ("HMMH", ["2 women", "2 men"]),  # hombre / mujer
        ("F", ["1 woman", "0 men"]),
        (
            ["mujer", "Hombre", "", "NB", "nb "],
            ["1 woman", "1 man", "2 NB", "1 not recorded"],
        ),
    ],
)
def test_women_and_men_are_counted_as_the_genders_are_written(
    qapp: Any, genders: Any, expected: list[str]
) -> None:
    participants = [Participant(f"P{i}", gender=g) for i, g in enumerate(genders)]
    assert gender_counts(participants) == expected


def test_the_participants_line_says_how_many_and_who(qapp: Any) -> None:
    facts = {f.label: f.text for f in summary_of(example_workshop()).facts}
    assert facts["Participants:"].startswith(
        "6 (3 women, 3 men): Rosa Ejemplo (Parque de la Papa),"
    )
    assert facts["Facilitators:"] == "Ana Muestra, Luis Ejemplo"


def test_the_record_is_named_with_its_sha256(qapp: Any, tmp_path: Path) -> None:
    workshop = example_workshop()
    path = tmp_path / "taller de Ccollpa.xlsx"
    save_record(workshop, path, "es")
    record = record_file(path)
    assert record is not None
    assert record.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert summary_of(workshop, record).record == (
        f"Decision record: taller de Ccollpa.xlsx · SHA-256: {record.sha256}"
    )


def test_a_page_tied_to_no_record_says_so(qapp: Any, tmp_path: Path) -> None:
    workshop = example_workshop()
    assert record_file(None) is None
    assert record_file(tmp_path / "taller.json") is None  # a workshop file is no record
    assert summary_of(workshop).record.startswith(
        "This workshop was not saved as a decision record (.xlsx)"
    )
    changed = record_file(tmp_path / "taller.xlsx", modified=True)  # not even read
    assert changed is not None and changed.sha256 is None
    assert "changed after that file was saved" in summary_of(workshop, changed).record
    gone = record_file(tmp_path / "moved away.xlsx")
    assert gone is not None and gone.sha256 is None
    assert summary_of(workshop, gone).record == (
        "Decision record: moved away.xlsx, which cannot be read now (moved or deleted?), so its "
        "SHA-256 is not given."
    )


def test_the_page_in_spanish(spanish: None) -> None:
    workshop = chosen(example_workshop(), 0)
    summary = summary_of(workshop)
    assert summary.kicker == "Acta de la decisión"
    assert summary.subtitle == "6 de febrero de 2025 · Cusco (ejemplo)"
    assert summary.choice.title == "Comunidades focales elegidas"
    assert summary.weights.used.startswith("Usados en las clasificaciones: los pesos del grupo")
    assert summary.rankings[0].title == "TOPSIS: cercanía al ideal"
    assert summary.agreements[0].date == "28 feb. 2025"
    assert summary.signatures.fingerprint == "Huella"
    facts = {f.label: f.text for f in summary.facts}
    assert facts["Participantes:"].startswith("6 (3 mujeres, 3 hombres): ")


def test_the_page_ranks_with_the_records_weights_whatever_the_window_shows(qapp: Any) -> None:
    workshop = example_workshop()  # the window shows one group's weights; no choice recorded
    summary = summary_content(workshop, evaluate(workshop), None)
    combined = names_in_order(workshop, "topsis")
    shown = evaluate(workshop)
    in_window = [
        workshop.communities[int(shown.eligible[k])].name for k in rank_order(shown, "topsis")
    ]
    assert combined != in_window  # the test means something
    assert [row.name for row in summary.rankings[0].rows] == combined[:RANKED_ON_PAGE]
    assert summary.weights.used == "Used for the rankings: the combined weights of all groups."


def test_a_workshop_without_a_date_is_dated_by_its_first_change(qapp: Any) -> None:
    workshop = make_workshop()
    workshop = workshop.replace(
        metadata=replace(workshop.metadata, place="Paucartambo"),
        log=(LogEntry("2025-02-06T09:15:00", "", "place", "", "Paucartambo"),),
    )
    assert summary_of(workshop).subtitle == "6 February 2025 · Paucartambo"
