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
- :func:`record_weight_set`: whose weights rank the decision record and the summary page: the
  combined set, unless the facilitator chose the focus communities by one group's weights
  (``Metadata.ranking_weights``). The group the weights panel shows is a view, not a choice.
- :func:`workshop_day`: the day a record and the summary page give the workshop when its details
  hold no date: the day of the first change in its log, else the day of saving.

Pure numpy, no Qt.

References
    - Saaty, T.L. (1980). The Analytic Hierarchy Process. McGraw-Hill, New York.
    - Forman, E. & Peniwati, K. (1998). Aggregating individual judgments and priorities with the
      Analytic Hierarchy Process. European Journal of Operational Research 108(1):165-169.
"""

from __future__ import annotations

from datetime import date
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


def record_weight_set(workshop: Workshop) -> str:
    """The weight set that ranks ``workshop``'s decision record and summary page: a group's id,
    or :data:`~app.models.workshop.COMBINED`.

    The combined set unless the facilitator recorded the focus communities while ranking with
    one group's weights (``Metadata.ranking_weights``): then that group's, so that the ranking
    the record shows is the one the choice was made from. Which group the weights panel happens
    to show when saving (``active_group``, a view) does not count."""
    chosen = workshop.metadata.ranking_weights
    return chosen if chosen in {g.id for g in workshop.groups} else COMBINED


def record_weights(workshop: Workshop) -> FloatArray:
    """The weights of :func:`record_weight_set` (see :func:`weight_vector`)."""
    return weight_vector(workshop, record_weight_set(workshop))


def workshop_day(workshop: Workshop, today: date) -> str:
    """The workshop's date as a record shows it: the date of its details when there is one
    (as typed), else the day of the first change in its log (``yyyy-MM-dd``), else ``today``
    (the day of saving)."""
    if workshop.metadata.date:
        return workshop.metadata.date
    for entry in workshop.log[:1]:
        try:
            return date.fromisoformat(entry.time[:10]).isoformat()
        except ValueError:
            break
    return today.isoformat()
