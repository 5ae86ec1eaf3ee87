"""Values derived from a workshop's inputs (app.models.derived): the weight sets the rankings
use, and the columns of criteria judged pairwise, derived by the edits and on reading, never by
the workshop itself."""

from __future__ import annotations

import math
from itertools import pairwise

import numpy as np

from app.models import edits
from app.models.criterion import Criterion, CriterionKind
from app.models.derived import weight_vector, with_pairwise_values
from app.models.judgements import combined_weights
from app.models.pairwise import comparison_column
from app.models.weights import combine_weight_vectors
from app.models.workshop import COMBINED, Community, Workshop
from tests.factories import make_workshop


def test_weight_vector_normalises_and_leaves_gates_out() -> None:
    workshop = make_workshop(3, 3, groups=1)
    raw = workshop.group_weight_vector(workshop.groups[0])
    assert raw[-1] == 0.0  # the gate
    np.testing.assert_allclose(weight_vector(workshop, "g1"), raw / raw.sum(), rtol=1e-15)


def test_combined_set_is_used_when_active() -> None:
    workshop = make_workshop(3, 3, groups=2).replace(active_group=COMBINED)
    expected = combine_weight_vectors(
        [weight_vector(workshop, "g1"), weight_vector(workshop, "g2")], [1.0, 1.0], 4
    )
    np.testing.assert_allclose(weight_vector(workshop), expected, rtol=1e-15)
    np.testing.assert_allclose(weight_vector(workshop), combined_weights(workshop)[0])
    assert math.isclose(weight_vector(workshop).sum(), 1.0)


def test_the_active_group_is_the_default() -> None:
    workshop = make_workshop(3, 3, groups=2).replace(active_group="g2")
    np.testing.assert_array_equal(weight_vector(workshop), weight_vector(workshop, "g2"))


def _with_pairwise_criterion(workshop: Workshop) -> Workshop:
    ids = [c.id for c in workshop.communities]
    access = Criterion(
        id="access",
        name={"es": "Acceso", "en": "Access"},
        kind=CriterionKind.PAIRWISE,
        comparisons={(a, b): 2.0 for a, b in pairwise(ids)},
    )
    column = np.full((len(ids), 1), np.nan)
    return workshop.replace(
        criteria=(*workshop.criteria, access), values=np.hstack([workshop.values, column])
    )


def test_the_workshop_derives_nothing_the_edits_and_reading_do() -> None:
    typed = _with_pairwise_criterion(make_workshop(4, 2, gate=False))
    assert np.isnan(typed.values[:, -1]).all()  # replace keeps what it is given
    ids = [c.id for c in typed.communities]
    expected = comparison_column(typed.criteria[-1].comparisons, ids)
    assert not np.isnan(expected).any() and expected.max() == 1.0

    derived = with_pairwise_values(typed)
    np.testing.assert_array_equal(derived.values[:, -1], expected)
    assert with_pairwise_values(derived) is derived  # nothing left to derive
    np.testing.assert_array_equal(
        Workshop.from_dict(typed.to_dict()).values[:, -1], expected
    )  # reading derives too
    moved = edits.move_community(0, 3).apply(derived)
    np.testing.assert_allclose(moved.values[:, -1], np.roll(expected, -1), rtol=1e-12)


def test_a_new_community_unlinks_the_comparisons_until_it_is_compared() -> None:
    workshop = with_pairwise_values(_with_pairwise_criterion(make_workshop(4, 2, gate=False)))
    added = edits.add_community(Community(id="new", name="Nueva")).apply(workshop)
    assert np.isnan(added.values[:, -1]).all()
