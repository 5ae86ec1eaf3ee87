"""Values derived from a workshop's inputs: computed here, the one place edits and analysis call.

A :class:`~app.models.workshop.Workshop` holds what the room entered and checks it; it computes
nothing from it. Two things follow from those inputs:

- :func:`with_pairwise_values`: the column of values of each criterion judged pairwise, the
  priorities of the comparisons of the communities under it divided by the largest (relative
  measurement, Saaty 1980; :func:`app.models.pairwise.comparison_column`). Every edit that
  changes the criteria, the communities or the values ends with it
  (:mod:`app.models.edits`), so the column and the comparisons never disagree. Reading a workshop
  (:meth:`~app.models.workshop.Workshop.from_dict`) derives the columns with the same function,
  :func:`app.models.pairwise.with_comparison_columns`, before the workshop exists.
- :func:`weight_vector`: the weights the rankings use, of one group (its raw weights as shares)
  or of the combined set, which aggregates the groups' judgements (AIJ) or their weight sets
  (AIP) as :func:`app.models.judgements.combined_weights` decides (Forman & Peniwati 1998).
  :func:`app.models.analysis.evaluate`, the interface and the decision record take their weights
  from here.

Pure numpy, no Qt.

References
    - Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill, New York.
    - Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and priorities with the
      Analytic Hierarchy Process. European Journal of Operational Research 108(1):165-169.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.judgements import combined_weights
from app.models.pairwise import with_comparison_columns
from app.models.weights import normalized
from app.models.workshop import COMBINED, Workshop, pairwise_comparisons

if TYPE_CHECKING:
    from app.models.arrays import FloatArray


def with_pairwise_values(workshop: Workshop) -> Workshop:
    """``workshop`` with each pairwise criterion's column set from its comparisons (the same
    object when no value changes)."""
    values = with_comparison_columns(
        workshop.values,
        pairwise_comparisons(workshop.criteria),
        [c.id for c in workshop.communities],
    )
    return workshop if values is workshop.values else workshop.replace(values=values)


def weight_vector(workshop: Workshop, group_id: str | None = None) -> FloatArray:
    """Weights over all criteria (normalised to sum 1 when not all zero) of a group or of the
    combined set (:data:`~app.models.workshop.COMBINED`); ``None`` means the active set.

    The combined set aggregates the groups' judgements (AIJ) when every contributing group
    judged every pair and uses those judgements as its weights, else the groups' normalised
    weight vectors by their weighted geometric mean (AIP); see
    :func:`app.models.judgements.combined_weights`. A group whose combination weight is 0 has no
    influence. Raises ``KeyError`` for a group the workshop does not have.
    """
    group_id = workshop.active_group if group_id is None else group_id
    if group_id != COMBINED:
        return normalized(workshop.group_weight_vector(workshop.group(group_id)))
    return combined_weights(workshop)[0]
