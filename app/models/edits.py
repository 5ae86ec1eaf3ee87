"""The undoable edits the interface applies to a workshop (see :class:`app.models.document.Edit`).

Each function returns an :class:`Edit` that sets something to an absolute value, so that edits with
the same merge key can be re-applied to the state before the first of them. Each edit also appends
lines to the workshop's change log (time, group, what, old -> new) in plain words: a template and
the names of what changed, the values as they are (:mod:`app.models.log`,
:mod:`app.models.log_lines`), never an internal id or a program's value. An edit that changes the
criteria, the communities or the values derives the values that follow from them again
(:func:`app.models.derived.with_pairwise_values`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

import numpy as np

from app.models import judgements
from app.models.criterion import (
    Criterion,
    CriterionKind,
    check_value,
    in_scale_range,
    validate_criterion,
)
from app.models.derived import with_pairwise_values
from app.models.document import Change, Edit
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.log import COMBINED_GROUP, Judgement, LogEntry, LogValue, Phrase
from app.models.log_lines import (
    NOT_ANSWERED,
    Line,
    cell_value,
    community_lines,
    criterion_lines,
    metadata_lines,
    number,
    settings_lines,
)
from app.models.pairwise import index_pairs
from app.models.text import Name
from app.models.workshop import (
    COMBINED,
    AhpMode,
    Baseline,
    Community,
    Group,
    Metadata,
    Settings,
    Workshop,
    check_community_name,
    validate_metadata,
)

if TYPE_CHECKING:
    import numpy.typing as npt


def _now() -> str:
    return datetime.now().isoformat(timespec="seconds")


def _logged(
    workshop: Workshop,
    what: str,
    old: LogValue,
    new: LogValue,
    *,
    group: str | None = None,
    **params: LogValue,
) -> tuple[LogEntry, ...]:
    """The log of ``workshop`` and one line more: ``what`` (a ``Messages`` template filled with
    ``params``) changed from ``old`` to ``new`` (log values, :mod:`app.models.log`), in the group
    ``group`` (an id; None: the weight set in use), named by its name."""
    group_id = workshop.active_group if group is None else group
    group_name = COMBINED_GROUP if group_id == COMBINED else workshop.group(group_id).name
    return (*workshop.log, LogEntry(_now(), group_name, what, old, new, params))


def _logged_lines(
    workshop: Workshop, lines: Iterable[Line], *, group: str | None = None
) -> tuple[LogEntry, ...]:
    """The log of ``workshop`` with ``lines`` (:mod:`app.models.log_lines`) added."""
    log = workshop.log
    for what, params, old, new in lines:
        log = _logged(workshop.replace(log=log), what, old, new, group=group, **params)
    return log


def _weight(value: float | None) -> LogValue:
    """A raw weight as the log shows it: to two decimals (a slider rebalanced by another's move
    holds many more; the weights panel shows one)."""
    return None if value is None else number(round(float(value), 2))


def _weight_lines(
    workshop: Workshop, old: Mapping[str, float], new: Mapping[str, float]
) -> Iterator[Line]:
    """One line per criterion of ``new`` whose raw weight is not the one in ``old``."""
    for criterion_id, value in new.items():
        if old.get(criterion_id) != value:
            yield (
                QT_TRANSLATE_NOOP("Messages", "Weight of {criterion}"),
                {"criterion": _criterion_name(workshop, criterion_id)},
                _weight(old.get(criterion_id)),
                _weight(value),
            )


def _judgement(value: float | None) -> LogValue:
    return NOT_ANSWERED if value is None else Judgement(float(value))


def _show(value: object) -> str:
    if isinstance(value, float):
        return "" if math.isnan(value) else f"{value:g}"
    return "" if value is None else str(value)


def _replace_inputs(workshop: Workshop, **changes: Any) -> Workshop:
    """``workshop`` with ``changes`` to its criteria, communities or values (and whatever else
    changes with them), the values derived from those made consistent again."""
    return with_pairwise_values(workshop.replace(**changes))


def _edit(
    label: str,
    apply: Any,
    *changes: Change,
    merge_key: Any = None,
    describe: Callable[[Workshop], Mapping[str, Any]] | None = None,
    **params: Any,
) -> Edit:
    return Edit(label, apply, frozenset(changes), merge_key, params, describe)


def _criterion_name(workshop: Workshop, criterion_id: str) -> Name:
    """The criterion's names, for a message or an undo text (an unknown id as it is)."""
    for criterion in workshop.criteria:
        if criterion.id == criterion_id:
            return criterion.named
    return Name(criterion_id)


def _community_name(workshop: Workshop, community_id: str) -> str:
    """The community's name, for a message or an undo text (an unknown id as it is)."""
    for community in workshop.communities:
        if community.id == community_id:
            return community.name
    return community_id


# -- weights ------------------------------------------------------------------------------------


def set_weights(group_id: str, weights: Mapping[str, float], *, merge_key: Any = None) -> Edit:
    """Set several raw weights of a group at once (a slider move that rebalances the others)."""

    def apply(workshop: Workshop) -> Workshop:
        for criterion_id, value in weights.items():
            if not (math.isfinite(value) and value >= 0):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "Messages", "The weight of {criterion} must be a number of zero or more."
                    ),
                    criterion=_criterion_name(workshop, criterion_id),
                )
        group = workshop.group(group_id)
        new = {**group.weights, **weights}
        log = _logged_lines(
            workshop, _weight_lines(workshop, group.weights, weights), group=group_id
        )
        return _replace_group(
            workshop.replace(log=log),
            replace(group, weights=new, weights_from_judgements=False),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Change weights"), apply, Change.WEIGHTS, merge_key=merge_key
    )


def set_rank_order_weights(group_id: str, weights: Mapping[str, float]) -> Edit:
    """Set a group's whole weight set from a rank order of its criteria (one undo step; see
    :mod:`app.models.rank_weights`)."""
    label = QT_TRANSLATE_NOOP("Edits", "Set weights by rank order")
    return replace(set_weights(group_id, weights), label=label)


def set_weight(group_id: str, criterion_id: str, value: float, *, merge_key: Any = None) -> Edit:
    """Set one raw weight of a group."""
    edit = set_weights(group_id, {criterion_id: value}, merge_key=merge_key)
    return replace(
        edit,
        label=QT_TRANSLATE_NOOP("Edits", "Change weight of {criterion}"),
        describe=lambda workshop: {"criterion": _criterion_name(workshop, criterion_id)},
    )


def set_active_group(group_id: str) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        if group_id != COMBINED:
            workshop.group(group_id)
        return workshop.replace(active_group=group_id)

    return _edit(QT_TRANSLATE_NOOP("Edits", "Choose weight set"), apply, Change.WEIGHTS)


def _combination_line(old: float, new: float) -> Line:
    return (
        QT_TRANSLATE_NOOP("Messages", "Weight of the group in the combination"),
        {},
        number(old),
        number(new),
    )


def _replace_group(workshop: Workshop, group: Group) -> Workshop:
    return workshop.replace(groups=tuple(group if g.id == group.id else g for g in workshop.groups))


def update_group(group: Group) -> Edit:
    """Replace a group (its name, weights, judgements, combination weight) by id."""

    def apply(workshop: Workshop) -> Workshop:
        old = workshop.group(group.id)
        lines: list[Line] = []
        if old.name != group.name:
            lines.append(
                (QT_TRANSLATE_NOOP("Messages", "Name of a group"), {}, old.name, group.name)
            )
        if old.combination_weight != group.combination_weight:
            lines.append(_combination_line(old.combination_weight, group.combination_weight))
        lines.extend(_weight_lines(workshop, old.weights, group.weights))
        return _replace_group(
            workshop.replace(log=_logged_lines(workshop, lines, group=group.id)), group
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Change group {group}"),
        apply,
        Change.GROUPS,
        Change.WEIGHTS,
        group=group.name,
    )


def add_group(group: Group) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        return workshop.replace(
            groups=(*workshop.groups, group),
            log=_logged(workshop, QT_TRANSLATE_NOOP("Messages", "New group"), None, group.name),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Add group {group}"),
        apply,
        Change.GROUPS,
        Change.WEIGHTS,
        group=group.name,
    )


def remove_group(group_id: str) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        old = workshop.group(group_id)
        active = COMBINED if workshop.active_group == group_id else workshop.active_group
        metadata = workshop.metadata
        if metadata.ranking_weights == group_id:  # the record ranks with the combined set again
            metadata = replace(metadata, ranking_weights=COMBINED)
        return workshop.replace(
            groups=tuple(g for g in workshop.groups if g.id != group_id),
            active_group=active,
            metadata=metadata,
            log=_logged(workshop, QT_TRANSLATE_NOOP("Messages", "Group removed"), old.name, None),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Remove group"), apply, Change.GROUPS, Change.WEIGHTS)


# -- data ---------------------------------------------------------------------------------------


def set_value(row: int, column: int, value: float) -> Edit:
    """Set one cell of the performance table (``NaN`` makes it missing); validated first."""

    def apply(workshop: Workshop) -> Workshop:
        criterion = workshop.criteria[column]
        community = workshop.communities[row]
        if criterion.kind is CriterionKind.PAIRWISE:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Community {community}, criterion {criterion}: the values come from comparing "
                    "the communities two at a time; change the comparisons in the Pairwise "
                    "comparisons tab.",
                ),
                community=community.name,
                criterion=criterion.named,
            )
        check_value(criterion, value, community.name)
        values = workshop.values.copy()
        old = float(values[row, column])
        values[row, column] = value
        return _replace_inputs(
            workshop,
            values=values,
            log=_logged(
                workshop,
                QT_TRANSLATE_NOOP("Messages", "Value of {community} for {criterion}"),
                cell_value(criterion, old),
                cell_value(criterion, value),
                community=community.name,
                criterion=criterion.named,
            ),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Edit value"), apply, Change.DATA)


# -- communities --------------------------------------------------------------------------------


def add_community(community: Community, values: Sequence[float] | None = None) -> Edit:
    """Add a community last; refused when another community has the same name (see
    :func:`app.models.workshop.name_key`)."""

    def apply(workshop: Workshop) -> Workshop:
        row = (
            np.full((1, len(workshop.criteria)), np.nan)
            if values is None
            else np.array([values], dtype=np.float64)
        )
        for criterion, value in zip(workshop.criteria, row[0], strict=True):
            check_value(criterion, float(value), community.name)
        check_community_name(workshop.communities, community.name)
        return _replace_inputs(
            workshop,
            communities=(*workshop.communities, community),
            values=np.vstack([workshop.values.reshape(-1, len(workshop.criteria)), row]),
            log=_logged(
                workshop, QT_TRANSLATE_NOOP("Messages", "New community"), None, community.name
            ),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Add community {name}"),
        apply,
        Change.STRUCTURE,
        name=community.name,
    )


def remove_community(row: int) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        old = workshop.communities[row]
        criteria = tuple(
            replace(c, comparisons={k: v for k, v in c.comparisons.items() if old.id not in k})
            if c.comparisons
            else c
            for c in workshop.criteria
        )
        return _replace_inputs(
            workshop,
            criteria=criteria,
            communities=workshop.communities[:row] + workshop.communities[row + 1 :],
            values=np.delete(workshop.values, row, axis=0),
            log=_logged(
                workshop, QT_TRANSLATE_NOOP("Messages", "Community removed"), old.name, None
            ),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Remove community"), apply, Change.STRUCTURE)


def update_community(row: int, community: Community) -> Edit:
    """Rename a community or change its region or notes (its id stays); a name another community
    has is refused (see :func:`app.models.workshop.check_community_name`)."""
    if not community.name.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Messages", "A community needs a name."))

    def apply(workshop: Workshop) -> Workshop:
        old = workshop.communities[row]
        check_community_name(workshop.communities, community.name, row)
        new = replace(community, id=old.id)
        items = list(workshop.communities)
        items[row] = new
        return _replace_inputs(
            workshop,
            communities=tuple(items),
            log=_logged_lines(workshop, community_lines(old, new)),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Edit community {name}"),
        apply,
        Change.STRUCTURE,
        name=community.name,
    )


def import_communities(
    communities: Sequence[Community],
    values: npt.ArrayLike,
    *,
    added: int,
    updated: int,
    criteria: Sequence[Criterion] = (),
) -> Edit:
    """Replace the communities and the whole data table at once, as one undo step: the result of
    importing a spreadsheet of communities into the open workshop (see
    :mod:`app.io.community_import`), ``added`` of them new and ``updated`` of them already there.
    ``criteria`` are new criteria made of the sheet's extra columns, added after the workshop's
    own as :func:`add_criterion` adds one (weighed 1 in every group); ``values`` then has their
    columns too. The other criteria, groups and weights are untouched; the new table is validated
    like any workshop (a value its criterion cannot take, two communities of the same name are
    refused)."""
    table = np.array(values, dtype=np.float64)
    count = added + updated
    additions = [add_criterion(criterion) for criterion in criteria]

    def apply(workshop: Workshop) -> Workshop:
        for addition in additions:
            workshop = addition.apply(workshop)
        shape = (len(communities), len(workshop.criteria))
        new = _replace_inputs(
            workshop,
            communities=tuple(communities),
            values=table.reshape(shape) if table.size == math.prod(shape) else table,
            log=_logged(
                workshop,
                QT_TRANSLATE_NOOP("Messages", "Import communities"),
                None,
                Phrase(
                    QT_TRANSLATE_NOOP("Messages", "new: {added}; updated: {updated}"),
                    {"added": added, "updated": updated},
                ),
            ),
        )
        new.validate()
        known = {c.id for c in workshop.communities}
        for row, community in enumerate(new.communities):
            if community.id not in known:
                check_community_name(new.communities[:row], community.name)
        return new

    if not criteria:
        label = (
            QT_TRANSLATE_NOOP("Edits", "Import one community")
            if count == 1
            else QT_TRANSLATE_NOOP("Edits", "Import {count} communities")
        )
        return _edit(label, apply, Change.STRUCTURE, Change.DATA, count=count)
    if len(criteria) == 1:
        label = (
            QT_TRANSLATE_NOOP("Edits", "Import one community and the criterion {name}")
            if count == 1
            else QT_TRANSLATE_NOOP("Edits", "Import {count} communities and the criterion {name}")
        )
    else:
        label = (
            QT_TRANSLATE_NOOP("Edits", "Import one community and {criteria} criteria")
            if count == 1
            else QT_TRANSLATE_NOOP("Edits", "Import {count} communities and {criteria} criteria")
        )
    return _edit(
        label,
        apply,
        Change.STRUCTURE,
        Change.DATA,
        Change.WEIGHTS,
        count=count,
        name=criteria[0].named,
        criteria=len(criteria),
    )


def move_community(row: int, to: int) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        order = list(range(len(workshop.communities)))
        order.insert(to, order.pop(row))
        return _replace_inputs(
            workshop,
            communities=tuple(workshop.communities[i] for i in order),
            values=workshop.values[order, :],
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Move community"), apply, Change.STRUCTURE)


# -- criteria -----------------------------------------------------------------------------------


def add_criterion(criterion: Criterion, default_weight: float = 1.0) -> Edit:
    """Add a criterion (empty column) with ``default_weight`` in every group."""
    validate_criterion(criterion)

    def apply(workshop: Workshop) -> Workshop:
        column = np.full((len(workshop.communities), 1), np.nan)
        groups = tuple(
            g
            if criterion.is_gate
            else replace(g, weights={**g.weights, criterion.id: default_weight})
            for g in workshop.groups
        )
        return _replace_inputs(
            workshop,
            criteria=(*workshop.criteria, criterion),
            values=np.hstack([workshop.values.reshape(len(workshop.communities), -1), column]),
            groups=groups,
            log=_logged(
                workshop, QT_TRANSLATE_NOOP("Messages", "New criterion"), None, criterion.named
            ),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Add criterion {name}"),
        apply,
        Change.STRUCTURE,
        Change.WEIGHTS,
        name=criterion.named,
    )


def remove_criterion(column: int) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        old = workshop.criteria[column]
        groups = tuple(
            replace(
                g,
                weights={k: v for k, v in g.weights.items() if k != old.id},
                judgements={k: v for k, v in g.judgements.items() if old.id not in k},
            )
            for g in workshop.groups
        )
        return _replace_inputs(
            workshop,
            criteria=workshop.criteria[:column] + workshop.criteria[column + 1 :],
            values=np.delete(workshop.values, column, axis=1),
            groups=groups,
            log=_logged(
                workshop, QT_TRANSLATE_NOOP("Messages", "Criterion removed"), old.named, None
            ),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Remove criterion"), apply, Change.STRUCTURE, Change.WEIGHTS
    )


def update_criterion(column: int, criterion: Criterion) -> Edit:
    """Replace a criterion's definition (its id stays). Values that no longer fit (a level
    removed, a number in a criterion turned into yes/no) become missing rather than wrong.

    The comparisons are not part of the definition (they have edits of their own): the
    criterion keeps its communities' comparisons while it stays judged pairwise, and its levels'
    comparisons while its levels keep their names and order; otherwise they are dropped."""
    validate_criterion(replace(criterion, comparisons={}, level_comparisons={}))

    def apply(workshop: Workshop) -> Workshop:
        old = workshop.criteria[column]
        same_levels = [lv.name for lv in old.levels] == [lv.name for lv in criterion.levels]
        new = replace(
            criterion,
            id=old.id,
            comparisons=old.comparisons if criterion.kind is CriterionKind.PAIRWISE else {},
            level_comparisons=old.level_comparisons
            if criterion.kind is CriterionKind.ORDINAL and same_levels
            else {},
        )
        values = workshop.values.copy()
        for row, community in enumerate(workshop.communities):
            try:
                check_value(new, float(values[row, column]), community.name)
            except InvalidInputError:
                values[row, column] = np.nan
        items = list(workshop.criteria)
        items[column] = new
        groups = workshop.groups
        if new.is_gate and not old.is_gate:
            groups = tuple(
                replace(g, weights={k: v for k, v in g.weights.items() if k != old.id})
                for g in groups
            )
        elif old.is_gate and not new.is_gate:
            groups = tuple(replace(g, weights={**g.weights, old.id: 1.0}) for g in groups)
        return _replace_inputs(
            workshop,
            criteria=tuple(items),
            values=values,
            groups=groups,
            log=_logged_lines(workshop, criterion_lines(old, new)),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Edit criterion {name}"),
        apply,
        Change.STRUCTURE,
        Change.WEIGHTS,
        name=criterion.named,
    )


def move_criterion(column: int, to: int) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        order = list(range(len(workshop.criteria)))
        order.insert(to, order.pop(column))
        return _replace_inputs(
            workshop,
            criteria=tuple(workshop.criteria[i] for i in order),
            values=workshop.values[:, order],
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Move criterion"), apply, Change.STRUCTURE)


# -- baseline, metadata, settings ---------------------------------------------------------------


def set_baseline(baseline: Baseline | None) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        return workshop.replace(
            baseline=baseline,
            log=_logged(
                workshop,
                QT_TRANSLATE_NOOP("Messages", "Baseline removed")
                if baseline is None
                else QT_TRANSLATE_NOOP("Messages", "Current ranking fixed as the baseline"),
                None,
                None if baseline is None else baseline.label or None,
            ),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Fix baseline"), apply, Change.BASELINE)


def set_metadata(metadata: Metadata) -> Edit:
    """Replace the workshop's details (title, date, place, purpose, facilitators, participants,
    agreements, chosen communities) at once, one log line per changed field. The lists that
    change are validated (:func:`app.models.workshop.validate_metadata`): a nameless participant
    read from an old file does not block recording the chosen communities."""

    def apply(workshop: Workshop) -> Workshop:
        validate_metadata(metadata, unchanged=workshop.metadata)
        lines = metadata_lines(workshop.metadata, metadata, workshop.communities, workshop.groups)
        return workshop.replace(metadata=metadata, log=_logged_lines(workshop, lines))

    return _edit(QT_TRANSLATE_NOOP("Edits", "Edit workshop details"), apply, Change.METADATA)


def set_settings(settings: Settings) -> Edit:
    def apply(workshop: Workshop) -> Workshop:
        return workshop.replace(
            settings=settings,
            log=_logged_lines(workshop, settings_lines(workshop.settings, settings)),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Change method settings"), apply, Change.SETTINGS)


def set_ahp_mode(mode: AhpMode) -> Edit:
    """Derive AHP local priorities from the data by ideal (x / max) or distributive (x / sum)
    synthesis (see :func:`app.models.ahp.local_from_values`); the other settings stay."""

    def apply(workshop: Workshop) -> Workshop:
        settings = replace(workshop.settings, ahp_mode=mode)
        return workshop.replace(
            settings=settings,
            log=_logged_lines(workshop, settings_lines(workshop.settings, settings)),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Change AHP mode"), apply, Change.SETTINGS)


# -- pairwise judgements and groups -------------------------------------------------------------


def _check_scale(value: float | None) -> None:
    if value is not None and not in_scale_range(float(value)):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "A comparison must be between 1/9 and 9 on Saaty's scale, not {value}."
            ),
            value=_show(float(value)),
        )


def _with_answer(
    stored: Mapping[Any, float], first: Any, second: Any, value: float | None
) -> dict[Any, float]:
    """``stored`` with the answer ``first`` over ``second`` set (or removed with None), stored
    once in the given order; an answer stored the other way round is replaced."""
    answers = {k: v for k, v in stored.items() if set(k) != {first, second}}
    if value is not None:
        answers[(first, second)] = float(value)
    return answers


def set_judgement(group_id: str, a_id: str, b_id: str, value: float | None) -> Edit:
    """Set how many times criterion ``a_id`` is more important than ``b_id`` for a group (Saaty's
    scale, 1/9..9), or remove the answer with ``None``.

    The pair is stored once, in the workshop's criteria order (first the criterion that comes
    first), the value inverted when ``a_id`` comes after ``b_id``; an answer stored the other way
    round is replaced. Gates carry no weight and cannot be compared. If the group's weights came
    from its judgements, they no longer do: the answers changed but the weights did not (the
    interface offers "Use these weights" again).
    """
    _check_scale(value)

    def apply(workshop: Workshop) -> Workshop:
        group = workshop.group(group_id)
        weighted = judgements.weighted_ids(workshop)
        if a_id == b_id or a_id not in weighted or b_id not in weighted:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Group {group}: the comparison {a} / {b} is not valid."
                ),
                group=group.name,
                a=_criterion_name(workshop, a_id),
                b=_criterion_name(workshop, b_id),
            )
        first, second = (
            (a_id, b_id) if weighted.index(a_id) < weighted.index(b_id) else (b_id, a_id)
        )
        old = judgements.judgement_pairs(workshop, group)
        i, j = weighted.index(first), weighted.index(second)
        before = old.get((i, j))
        answer = None if value is None else (float(value) if first == a_id else 1 / float(value))
        stored = _with_answer(group.judgements, first, second, answer)
        new_value = stored.get((first, second))
        from_judgements = group.weights_from_judgements and before == new_value
        return _replace_group(
            workshop.replace(
                log=_logged(
                    workshop,
                    QT_TRANSLATE_NOOP(
                        "Messages", "How many times {first} matters more than {second}"
                    ),
                    _judgement(before),
                    _judgement(new_value),
                    group=group_id,
                    first=_criterion_name(workshop, first),
                    second=_criterion_name(workshop, second),
                )
            ),
            replace(group, judgements=stored, weights_from_judgements=from_judgements),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Compare {a} and {b}"),
        apply,
        Change.WEIGHTS,
        describe=lambda workshop: {
            "a": _criterion_name(workshop, a_id),
            "b": _criterion_name(workshop, b_id),
        },
    )


def use_judgement_weights(group_id: str) -> Edit:
    """Set a group's weights to the priorities of its judgements x 100 (one undo step), and mark
    them as coming from the judgements. Refused while the answers do not link every criterion."""

    def apply(workshop: Workshop) -> Workshop:
        group = workshop.group(group_id)
        result = judgements.group_priorities(workshop, group)
        if not result.enough:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Group {group}: not enough comparisons yet to set the weights; answer the "
                    "suggested questions first.",
                ),
                group=group.name,
            )
        weights = result.weights()
        lines: list[Line] = [
            (QT_TRANSLATE_NOOP("Messages", "Weights taken from the comparisons"), {}, None, None),
            *_weight_lines(workshop, group.weights, weights),
        ]
        return _replace_group(
            workshop.replace(log=_logged_lines(workshop, lines, group=group_id)),
            replace(group, weights={**group.weights, **weights}, weights_from_judgements=True),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Use the comparisons' weights"), apply, Change.WEIGHTS)


def set_combination_weight(group_id: str, weight: float) -> Edit:
    """Set a group's weight in the combined set (0 or more; 0 leaves the group out)."""
    if not (math.isfinite(weight) and weight >= 0):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "A group's weight in the combination must be a number of 0 or more."
            )
        )

    def apply(workshop: Workshop) -> Workshop:
        group = workshop.group(group_id)
        return _replace_group(
            workshop.replace(
                log=_logged_lines(
                    workshop,
                    [_combination_line(group.combination_weight, weight)],
                    group=group_id,
                )
            ),
            replace(group, combination_weight=float(weight)),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Change the weight of a group in the combination"),
        apply,
        Change.GROUPS,
        Change.WEIGHTS,
    )


# -- communities and levels compared under a criterion ------------------------------------------


def set_comparison(column: int, a_id: str, b_id: str, value: float | None) -> Edit:
    """Under the pairwise criterion in ``column``: how many times community ``a_id`` is better
    than ``b_id`` (1/9..9), or None to remove the answer. Stored in the workshop's community
    order; the criterion's values follow (see :class:`~app.models.criterion.Criterion`)."""
    _check_scale(value)

    def apply(workshop: Workshop) -> Workshop:
        criterion = workshop.criteria[column]
        ids = [c.id for c in workshop.communities]
        if (
            criterion.kind is not CriterionKind.PAIRWISE
            or a_id == b_id
            or not {a_id, b_id} <= set(ids)
        ):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Criterion {criterion}: the comparison {a} / {b} is not valid."
                ),
                criterion=criterion.named,
                a=_community_name(workshop, a_id),
                b=_community_name(workshop, b_id),
            )
        forward = ids.index(a_id) < ids.index(b_id)
        first, second = (a_id, b_id) if forward else (b_id, a_id)
        stored = None if value is None else (float(value) if forward else 1.0 / float(value))
        before = index_pairs(ids, criterion.comparisons).get((ids.index(first), ids.index(second)))
        items = list(workshop.criteria)
        items[column] = replace(
            criterion, comparisons=_with_answer(criterion.comparisons, first, second, stored)
        )
        return _replace_inputs(
            workshop,
            criteria=tuple(items),
            log=_logged(
                workshop,
                QT_TRANSLATE_NOOP(
                    "Messages", "{criterion}: how many times {first} is better than {second}"
                ),
                _judgement(before),
                _judgement(stored),
                criterion=criterion.named,
                first=_community_name(workshop, first),
                second=_community_name(workshop, second),
            ),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Compare {a} and {b}"),
        apply,
        Change.DATA,
        describe=lambda workshop: {
            "a": _community_name(workshop, a_id),
            "b": _community_name(workshop, b_id),
        },
    )


def _level_criterion(workshop: Workshop, column: int) -> Criterion:
    criterion = workshop.criteria[column]
    if criterion.kind is not CriterionKind.ORDINAL:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "Criterion {criterion} has no verbal levels."),
            criterion=criterion.named,
        )
    return criterion


def set_level_comparison(column: int, first: int, second: int, value: float | None) -> Edit:
    """For the verbal criterion in ``column``: how many times level ``first`` (0-based) is better
    than level ``second`` (1/9..9), or None to remove the answer.

    While the answers link every level, the levels' rating priorities are those of the answers
    (eigenvector, or LLSM when incomplete), divided by the largest so that the best level has 1;
    while they do not, the levels take the default priorities.
    """
    _check_scale(value)

    def apply(workshop: Workshop) -> Workshop:
        criterion = _level_criterion(workshop, column)
        count = len(criterion.levels)
        if first == second or not (0 <= first < count and 0 <= second < count):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "Criterion {criterion}: the comparison {a} / {b} is not valid."
                ),
                criterion=criterion.named,
                a=first + 1,
                b=second + 1,
            )
        low, high = min(first, second), max(first, second)
        stored = None if value is None else (float(value) if first < second else 1 / float(value))
        before = criterion.level_comparisons.get((low, high))
        answers = _with_answer(criterion.level_comparisons, low, high, stored)
        updated = replace(criterion, level_comparisons=answers)
        result = judgements.level_priorities(updated)
        priorities = (
            [None] * count
            if result.priorities is None
            else [float(p) for p in result.priorities / result.priorities.max()]
        )
        levels = tuple(
            replace(lv, priority=p) for lv, p in zip(criterion.levels, priorities, strict=True)
        )
        items = list(workshop.criteria)
        items[column] = replace(updated, levels=levels)
        return _replace_inputs(
            workshop,
            criteria=tuple(items),
            log=_logged(
                workshop,
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "{criterion}: how many times the level “{first}” is better than “{second}”",
                ),
                _judgement(before),
                _judgement(stored),
                criterion=criterion.named,
                first=criterion.levels[low].named,
                second=criterion.levels[high].named,
            ),
        )

    return _edit(
        QT_TRANSLATE_NOOP("Edits", "Compare levels of {criterion}"),
        apply,
        Change.DATA,
        describe=lambda workshop: {"criterion": workshop.criteria[column].named},
    )


def use_default_level_priorities(column: int) -> Edit:
    """Drop the comparisons of a verbal criterion's levels and give the levels the default
    rating priorities (:func:`app.models.ahp.default_level_priorities`)."""

    def apply(workshop: Workshop) -> Workshop:
        criterion = _level_criterion(workshop, column)
        items = list(workshop.criteria)
        items[column] = replace(
            criterion,
            level_comparisons={},
            levels=tuple(replace(level, priority=None) for level in criterion.levels),
        )
        return _replace_inputs(
            workshop,
            criteria=tuple(items),
            log=_logged(
                workshop,
                QT_TRANSLATE_NOOP("Messages", "Default priorities for the levels of {criterion}"),
                None,
                None,
                criterion=criterion.named,
            ),
        )

    return _edit(QT_TRANSLATE_NOOP("Edits", "Default level priorities"), apply, Change.DATA)
