"""Undo, redo, merging of a slider drag, change notifications and the change log."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.models import edits
from app.models.document import Change, Document
from app.models.errors import InvalidInputError
from app.models.workshop import Agreement, AhpMode, Community, Participant
from tests.factories import make_workshop


def test_undo_restores_the_exact_earlier_state_and_redo_reapplies() -> None:
    document = Document(make_workshop())
    before = document.workshop
    document.apply(edits.set_value(0, 1, 55.5))
    after = document.workshop
    assert after.values[0, 1] == 55.5
    assert document.undo()
    assert document.workshop is before
    assert document.redo()
    assert document.workshop is after
    assert not document.redo()


def test_a_drag_with_one_merge_key_is_one_undo_step_and_one_log_line() -> None:
    document = Document(make_workshop())
    before = document.workshop
    for value in (10.0, 20.0, 30.0, 42.0):
        document.apply(edits.set_weight("g1", "c2", value, merge_key=("drag", "c2")))
    document.end_merge()
    assert document.workshop.group("g1").weights["c2"] == 42.0
    assert len(document.workshop.log) == len(before.log) + 1
    entry = document.workshop.log[-1]
    assert (entry.old, entry.new) == (f"{before.group('g1').weights['c2']:g}", "42")
    document.apply(edits.set_weight("g1", "c2", 50.0, merge_key=("drag", "c2")))
    document.undo()
    assert document.workshop.group("g1").weights["c2"] == 42.0
    document.undo()
    assert document.workshop is before
    assert not document.can_undo


def test_listeners_hear_what_changed() -> None:
    document = Document(make_workshop())
    heard: list[frozenset[Change]] = []
    unsubscribe = document.subscribe(heard.append)
    document.apply(edits.set_weight("g1", "c1", 3.0))
    document.apply(edits.set_value(1, 1, 2.0))
    document.undo()
    unsubscribe()
    document.undo()
    assert heard == [
        frozenset({Change.WEIGHTS}),
        frozenset({Change.DATA}),
        frozenset({Change.DATA}),
    ]


def test_refused_edit_changes_nothing() -> None:
    document = Document(make_workshop())
    before = document.workshop
    with pytest.raises(InvalidInputError, match="Comunidad 1"):
        document.apply(edits.set_value(0, 0, 17.0))  # verbal criterion with five levels
    assert document.workshop is before
    assert not document.can_undo


def test_modified_follows_saves_and_undo() -> None:
    document = Document(make_workshop())
    assert not document.modified
    document.apply(edits.set_value(0, 1, 1.0))
    assert document.modified
    document.mark_saved("x.json")
    assert not document.modified and document.path == "x.json"
    document.undo()
    assert document.modified


def test_structure_edits_keep_values_aligned() -> None:
    document = Document(make_workshop(4, 3))
    original = document.workshop
    document.apply(edits.add_community(Community("new", "Nueva")))
    assert document.workshop.values.shape == (5, 4)
    assert np.isnan(document.workshop.values[4]).all()
    document.apply(edits.move_community(4, 0))
    assert document.workshop.communities[0].id == "new"
    np.testing.assert_array_equal(document.workshop.values[1:], original.values)
    document.apply(edits.remove_criterion(1))
    assert [c.id for c in document.workshop.criteria] == ["c1", "c3", "consent"]
    assert "c2" not in document.workshop.group("g1").weights
    document.apply(edits.move_criterion(0, 1))
    np.testing.assert_array_equal(document.workshop.values[1:, 0], original.values[:, 2])
    document.workshop.validate()
    for _ in range(4):
        document.undo()
    assert document.workshop is original


def test_the_ahp_mode_edit_changes_only_the_mode_logs_it_and_undoes() -> None:
    before = make_workshop(5, 3, gate=False)
    document = Document(before)
    document.apply(edits.set_ahp_mode(AhpMode.DISTRIBUTIVE))
    after = document.workshop
    assert after.settings == replace(before.settings, ahp_mode=AhpMode.DISTRIBUTIVE)
    entry = after.log[-1]
    assert (entry.what, entry.old, entry.new) == ("ahp_mode", "ideal", "distributive")
    document.undo()
    assert document.workshop is before


def test_workshop_details_are_one_edit_with_a_log_line_per_changed_field() -> None:
    document = Document(make_workshop())
    before = document.workshop
    details = replace(
        before.metadata,
        title="Taller de Haquira",
        participants=(Participant("Nilda Quispe", "Haquira", "F"),),
        agreements=(Agreement("Visitar el Parque de la Papa", "ANDES", "2025-05-01"),),
    )
    document.apply(edits.set_metadata(details))
    assert document.workshop.metadata == details
    lines = document.workshop.log[len(before.log) :]
    assert [(e.what, e.old, e.new) for e in lines] == [
        ("title", before.metadata.title, "Taller de Haquira"),
        ("participants", "", "Nilda Quispe"),
        ("agreements", "", "Visitar el Parque de la Papa"),
    ]
    assert document.undo() and document.workshop is before


@pytest.mark.parametrize(
    ("details", "message"),
    [
        (
            {"participants": (Participant("Ana"), Participant(" ", "Haquira"))},
            "Participant 2 has no name: type it, or remove the row.",
        ),
        (
            {"agreements": (Agreement("", "ANDES"),)},
            "Agreement 1 does not say what was agreed: type it, or remove the row.",
        ),
        ({"facilitators": ("Ana", "", "Luis")}, "Facilitator 2 has no name."),
    ],
)
def test_details_without_a_name_or_an_action_are_refused(
    details: dict[str, object], message: str
) -> None:
    document = Document(make_workshop())
    before = document.workshop
    with pytest.raises(InvalidInputError) as caught:
        document.apply(edits.set_metadata(replace(before.metadata, **details)))  # type: ignore[arg-type]
    assert str(caught.value) == message
    assert caught.value.params["section"] == next(iter(details))
    assert document.workshop is before and not document.can_undo


def test_a_nameless_participant_from_an_old_file_does_not_block_recording_the_choice() -> None:
    workshop = make_workshop()
    workshop = workshop.replace(
        metadata=replace(workshop.metadata, participants=(Participant(""),))
    )
    document = Document(workshop)
    chosen = (workshop.communities[0].id,)
    document.apply(edits.set_metadata(replace(workshop.metadata, chosen=chosen)))
    assert document.workshop.metadata.chosen == chosen
