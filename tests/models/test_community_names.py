"""Two communities may not share a name: one comparison (name_key) and the edits that refuse."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.models import edits
from app.models.document import Document
from app.models.errors import InvalidInputError
from app.models.workshop import Community, Workshop, name_key, repeated_names
from tests.factories import make_workshop


def named(*names: str) -> Workshop:
    workshop = make_workshop(len(names), 3)
    pairs = zip(workshop.communities, names, strict=True)
    return workshop.replace(communities=tuple(replace(c, name=n) for c, n in pairs))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sani Wik'uña", " sani  wik'uña "),  # spaces and capitals
        ("Sani Wik'uña", "SANI WIK’UNA"),  # the ñ, and an autocorrected apostrophe
        ("Pucará", "Pucara"),  # a missing accent
        ("Pucará", "Pucara\u0301"),  # the accent composed or not
        ("Q'eros", "Qʼeros"),  # the modifier-letter apostrophe
        ("Anta\tqaqa", "anta qaqa"),
        ("Anta\x07qaqa", "antaqaqa"),  # a control character from a spreadsheet cell
    ],
)
def test_names_that_differ_only_in_capitals_accents_or_spaces_are_the_same(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize(("a", "b"), [("Q'eros", "Qeros"), ("Sani 1", "Sani 2"), ("Ana", "Anta")])
def test_names_that_differ_in_a_letter_digit_or_apostrophe_are_different(a: str, b: str) -> None:
    assert name_key(a) != name_key(b)


def test_adding_a_community_with_a_name_already_there_is_refused_and_changes_nothing() -> None:
    document = Document(named("Sani Wik'uña", "Q'eros", "Pucará"))
    document.apply(edits.set_value(0, 1, 42.0))
    document.undo()  # a redo step waiting
    before = document.workshop
    with pytest.raises(InvalidInputError) as caught:
        document.apply(edits.add_community(Community("new", "sani wik’una ")))
    assert str(caught.value).startswith(
        "Row 4: “sani wik’una” is the same name as “Sani Wik'uña” in row 1 "
    )
    assert document.workshop is before
    assert document.can_redo and document.redo()  # the history is intact
    assert document.workshop.values[0, 1] == 42.0
    assert document.undo() and document.workshop is before


def test_renaming_a_community_to_another_ones_name_is_refused() -> None:
    document = Document(named("Sani Wik'uña", "Q'eros", "Pucará"))
    before = document.workshop
    with pytest.raises(InvalidInputError) as caught:
        document.apply(edits.update_community(2, Community("k3", "Q’EROS")))
    assert caught.value.params == {
        "row": 3,
        "name": "Q’EROS",
        "other": "Q'eros",
        "other_row": 2,
    }
    assert document.workshop is before
    assert not document.can_undo


def test_a_rename_in_capitals_or_accents_of_the_same_row_is_an_edit() -> None:
    document = Document(named("Sani Wik'uña", "Q'eros", "Pucara"))
    document.apply(edits.update_community(2, Community("k3", "Pucará")))
    assert [c.name for c in document.workshop.communities] == ["Sani Wik'uña", "Q'eros", "Pucará"]
    document.apply(edits.add_community(Community("new", "Pucará Alto")))
    assert len(document.workshop.communities) == 4
    document.undo()
    document.undo()
    assert document.workshop.communities[2].name == "Pucara"


def test_a_workshop_saved_with_a_shared_name_can_still_be_edited_and_mended() -> None:
    document = Document(named("Pucará", "Q'eros", "pucara"))
    assert repeated_names(document.workshop.communities) == [[0, 2]]
    # the region of one of the two, and a name change of a third community, are not refused
    document.apply(edits.update_community(2, Community("k3", "pucara", region="Cusco")))
    document.apply(edits.update_community(1, Community("k2", "Q'eros Bajo")))
    # a rename that keeps the clash (to the other's spelling) is refused...
    with pytest.raises(InvalidInputError):
        document.apply(edits.update_community(1, Community("k2", "PUCARÁ")))
    # ... and a rename that mends it is taken
    document.apply(edits.update_community(2, Community("k3", "Pucará Alto", region="Cusco")))
    assert repeated_names(document.workshop.communities) == []


def test_repeated_names_lists_each_shared_name_once_in_order() -> None:
    workshop = named("B", "a", "b ", "c", "A", "B")
    assert repeated_names(workshop.communities) == [[0, 2, 5], [1, 4]]
