"""The session (app/ui/session.py): the one bridge between the document and the widgets. Every
change goes through it, every view hears of it in the same order, and the rankings it hands
over are those the engine computes for the workshop as it now is."""

from __future__ import annotations

from typing import Any

import numpy as np

from app.models import edits
from app.models.analysis import Evaluation, evaluate
from app.models.document import Change
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop
from app.ui.session import WorkshopSession, translated_error
from tests.factories import make_workshop


def _heard(session: WorkshopSession) -> list[tuple[str, object]]:
    """What the session's signals said, in order."""
    heard: list[tuple[str, object]] = []
    session.changed.connect(lambda changes: heard.append(("changed", changes)))
    session.evaluated.connect(lambda evaluation: heard.append(("evaluated", evaluation)))
    session.error.connect(lambda message: heard.append(("error", message)))
    return heard


def _same_rankings(evaluation: Evaluation, workshop: Workshop) -> None:
    fresh = evaluate(workshop)
    assert evaluation.topsis is not None and fresh.topsis is not None
    np.testing.assert_allclose(evaluation.topsis.closeness, fresh.topsis.closeness, atol=1e-12)
    np.testing.assert_array_equal(evaluation.eligible, fresh.eligible)
    assert evaluation.ahp_scores is not None and fresh.ahp_scores is not None
    np.testing.assert_allclose(evaluation.ahp_scores, fresh.ahp_scores, atol=1e-12)


def test_an_edit_is_heard_as_a_change_then_as_new_rankings(qapp: Any) -> None:
    session = WorkshopSession(make_workshop(6, 4))
    heard = _heard(session)
    group = session.workshop.groups[0].id
    assert session.apply(edits.set_weight(group, "c2", 90.0))
    assert [kind for kind, _ in heard] == ["changed", "evaluated"]
    assert heard[0][1] == frozenset({Change.WEIGHTS})
    assert heard[1][1] is session.evaluation
    assert session.workshop.groups[0].weights["c2"] == 90.0
    _same_rankings(session.evaluation, session.workshop)


def test_after_a_change_of_data_the_rankings_are_those_of_the_new_data(qapp: Any) -> None:
    session = WorkshopSession(make_workshop(6, 4))
    group = session.workshop.groups[0].id
    assert session.apply(edits.set_weight(group, "c2", 90.0))  # the weights first, then data
    before = session.evaluation.topsis
    assert session.apply(edits.set_value(0, 1, 1000.0))
    assert session.evaluation.topsis is not None and before is not None
    assert not np.allclose(session.evaluation.topsis.closeness, before.closeness)
    _same_rankings(session.evaluation, session.workshop)


def test_a_refused_edit_is_a_message_in_the_interface_language_and_changes_nothing(
    qapp: Any, spanish: None
) -> None:
    session = WorkshopSession(make_workshop(6, 4))
    workshop, evaluation = session.workshop, session.evaluation
    heard = _heard(session)
    assert not session.apply(edits.set_value(2, 0, 9.0))  # the first criterion has five levels
    assert [kind for kind, _ in heard] == ["error"]
    # the test's communities are named "Comunidad 3", hence the word twice
    assert heard[0][1] == (
        "Comunidad Comunidad 3, criterio Criterio 1: 9.0 no es uno de sus 5 niveles."
    )
    assert session.workshop is workshop and session.evaluation is evaluation
    assert not session.document.modified


def test_undo_and_redo_are_heard_and_restore_the_exact_workshop(qapp: Any) -> None:
    original = make_workshop(6, 4)
    session = WorkshopSession(original)
    assert session.apply(edits.set_value(0, 1, 55.5))
    changed = session.workshop
    heard = _heard(session)
    session.undo()
    assert session.workshop == original and not session.document.modified
    session.redo()
    assert session.workshop == changed
    assert [kind for kind, _ in heard] == ["changed", "evaluated"] * 2
    _same_rankings(session.evaluation, session.workshop)


def test_opening_another_workshop_replaces_everything_and_ranks_it(qapp: Any) -> None:
    session = WorkshopSession(make_workshop(6, 4), "/home/ana/antes.json")
    assert session.apply(edits.set_value(0, 1, 55.5))
    heard = _heard(session)
    other = make_workshop(4, 3, seed=7)
    session.open(other, "/home/ana/otro.xlsx", saved=False)
    assert session.workshop is other and session.document.path == "/home/ana/otro.xlsx"
    assert session.document.modified  # opened as unsaved (a recovered workshop)
    kind, changes = heard[0]
    assert kind == "changed" and isinstance(changes, frozenset) and Change.DOCUMENT in changes
    assert len(session.evaluation.eligible) <= 4
    _same_rankings(session.evaluation, other)


def test_an_error_whose_message_lacks_a_value_is_still_shown(qapp: Any) -> None:
    """A translated template that names a value the error does not carry (a translator's slip)
    shows the English message rather than failing."""
    error = InvalidInputError(QT_TRANSLATE_NOOP("Messages", "Criterion {criterion} is gone."))
    assert translated_error(error) == str(error)
