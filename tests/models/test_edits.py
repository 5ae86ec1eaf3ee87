"""The edits (app.models.edits): what each changes, logs and undoes, what it refuses, the values
it derives again, and its label and messages, which name criteria in the reader's language."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from app.models import edits
from app.models.criterion import Criterion, CriterionKind
from app.models.document import Change, Document
from app.models.errors import InvalidInputError
from app.models.log import Phrase
from app.models.text import Name, in_language
from app.models.workshop import Agreement, AhpMode, Community, Participant
from tests.factories import make_workshop


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
    assert (entry.what, entry.old, entry.new) == (
        "AHP mode",
        Phrase("ideal (x/max)"),
        Phrase("distributive (x/sum)"),
    )
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
        ("Title", before.metadata.title, "Taller de Haquira"),
        ("Participants", (), ("Nilda Quispe",)),
        ("Agreements", (), ("Visitar el Parque de la Papa",)),
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


# -- names in the reader's language -------------------------------------------------------------

ACCESS = Criterion(id="access", name={"es": "Acceso", "en": "Access"}, kind=CriterionKind.PAIRWISE)


def test_a_refused_edit_names_the_criterion_in_the_readers_language() -> None:
    workshop = make_workshop(3, 2, gate=False)
    name = workshop.criteria[0].named
    with pytest.raises(InvalidInputError) as caught:
        edits.set_comparison(0, "k1", "k2", 3.0).apply(workshop)  # a numeric criterion
    assert caught.value.params["criterion"] == name == Name("c1", workshop.criteria[0].name)
    assert str(caught.value) == (
        f"Criterion {name.text('en')}: the comparison Comunidad 1 / Comunidad 2 is not valid."
    )
    assert in_language(caught.value.params, "es")["criterion"] == name.text("es")


def test_undo_texts_name_criteria_and_communities_never_their_ids() -> None:
    """An edit made from ids reads, in the undo menu, with the names found in the workshop it was
    applied to, in the reader's language (issue 19: "Deshacer: Comparar mining_threat y c10")."""
    document = Document(make_workshop(3, 3, gate=False).replace(active_group="g1"))
    document.apply(edits.add_criterion(ACCESS))
    cases = [
        (edits.set_weight("g1", "c2", 7.0), "Change weight of Criterion 2", "Criterio 2"),
        (edits.set_judgement("g1", "c3", "c1", 3.0), "Compare Criterion 3 and Criterion 1", None),
        (edits.set_comparison(3, "k2", "k1", 2.0), "Compare Comunidad 2 and Comunidad 1", None),
        (edits.set_level_comparison(0, 0, 1, 3.0), "Compare levels of Criterion 1", "Criterio 1"),
    ]
    for edit, english, spanish_name in cases:
        document.apply(edit)
        done = document.undo_edit
        assert done is not None and done.text() == english
        if spanish_name is not None:
            assert spanish_name in in_language(done.params, "es").values()
        ids = {"g1", "c1", "c2", "c3", "k1", "k2", "access"}
        assert not ids & set(done.text().replace(",", " ").split())
    assert document.undo() and document.redo_edit is not None
    assert document.redo_edit.text() == "Compare levels of Criterion 1"


def test_a_label_names_the_criterion_in_the_readers_language() -> None:
    for edit in (edits.add_criterion(ACCESS), edits.update_criterion(0, ACCESS)):
        assert edit.params == {"name": ACCESS.named}
        assert in_language(edit.params, "es") == {"name": "Acceso"}
        assert in_language(edit.params, "en") == {"name": "Access"}
    assert edits.add_criterion(ACCESS).text() == "Add criterion Access"


def test_edits_to_criteria_communities_or_values_derive_the_pairwise_columns() -> None:
    document = Document(make_workshop(3, 2, gate=False))
    document.apply(edits.add_criterion(ACCESS))
    assert np.isnan(document.workshop.values[:, -1]).all()  # nothing compared yet
    document.apply(edits.set_comparison(2, "k1", "k2", 2.0))
    document.apply(edits.set_comparison(2, "k2", "k3", 2.0))
    np.testing.assert_allclose(document.workshop.values[:, -1], [1.0, 0.5, 0.25], rtol=1e-12)
    document.apply(edits.remove_community(0))
    assert document.workshop.criteria[-1].comparisons == {("k2", "k3"): 2.0}
    np.testing.assert_allclose(document.workshop.values[:, -1], [1.0, 0.5], rtol=1e-12)
    assert Change.STRUCTURE in edits.remove_community(0).changes
