"""Undo, redo, merging of a slider drag, change notifications and the change log."""

from __future__ import annotations

import pytest

from app.models import edits
from app.models.document import Change, Document
from app.models.errors import InvalidInputError
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
    assert (entry.old, entry.new) == (before.group("g1").weights["c2"], 42)
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


def test_a_text_typed_longer_than_a_cell_is_refused_where_it_is_typed() -> None:
    """Issue 18: texts over 32,767 characters were cut silently when saved; the edit is refused
    with a message naming the field, and the workshop is unchanged."""
    from dataclasses import replace

    from app.models.edits import update_community
    from app.models.limits import MAX_TEXT_CHARS

    workshop = make_workshop()
    document = Document(workshop)
    long_note = replace(workshop.communities[0], notes="n" * (MAX_TEXT_CHARS + 1))
    try:
        document.apply(update_community(0, long_note))
    except InvalidInputError as error:
        assert error.params["length"] == MAX_TEXT_CHARS + 1
        assert "notes" in error.params["field"]
    else:
        raise AssertionError("a note longer than a cell was accepted")
    assert document.workshop == workshop
    document.apply(update_community(0, replace(long_note, notes="n" * MAX_TEXT_CHARS)))
    assert len(document.workshop.communities[0].notes) == MAX_TEXT_CHARS


def test_choosing_a_weight_set_to_look_at_is_no_unsaved_change() -> None:
    """A group chosen just to look at its weights changes what the rankings show, undoably, but
    nothing the room decided: closing asks nothing. A weight changed afterwards does count."""
    document = Document(make_workshop())
    document.apply(edits.set_active_group("g2"))
    assert document.workshop.active_group == "g2" and document.can_undo
    assert not document.modified
    document.apply(edits.set_weights("g2", {"c1": 90.0}))
    assert document.modified
    document.undo()
    document.undo()
    assert not document.modified and document.workshop.active_group != "g2"
