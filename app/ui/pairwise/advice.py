"""What a set of pairwise answers says, in plain words for the room.

The pairwise editor (:mod:`app.ui.pairwise.pairwise_editor`) and the projector's one question at a
time (:mod:`app.ui.pairwise.projector`) say the same things the same way: whether the answers give
priorities yet, whether they agree with each other, and which answers to look at again. The
methods' names (principal eigenvector, logarithmic least squares) and Saaty's consistency ratio are
explained in the guide (F1, ``app/resources/help_<lang>.html``), not here: the advice gives the
ratio as a number beside its limit, nothing more.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from app.models.ahp import CR_ACCEPTABLE
from app.models.judgements import nearest_scale_value
from app.models.pairwise import PairwisePriorities
from app.ui.i18n import format_number

WARNING_GLYPH = "\N{WARNING SIGN}"
OK_GLYPH = "\N{CHECK MARK}"

#: Answers shown as the first to look at again when the answers contradict each other.
SHOWN_CONTRADICTIONS = 3


def intensity_words(k: int) -> str:
    """Saaty's verbal scale (Saaty 1980, Table 1.1) for the intensity ``k`` = 1..9."""
    words = {
        1: QCoreApplication.translate("PairwisePanel", "equal"),
        2: QCoreApplication.translate("PairwisePanel", "equal to moderate"),
        3: QCoreApplication.translate("PairwisePanel", "moderate"),
        4: QCoreApplication.translate("PairwisePanel", "moderate to strong"),
        5: QCoreApplication.translate("PairwisePanel", "strong"),
        6: QCoreApplication.translate("PairwisePanel", "strong to very strong"),
        7: QCoreApplication.translate("PairwisePanel", "very strong"),
        8: QCoreApplication.translate("PairwisePanel", "very strong to extreme"),
        9: QCoreApplication.translate("PairwisePanel", "extreme"),
    }
    return words[k]


def judgement_words(first: str, second: str, value: float) -> str:
    """An answer ``first`` over ``second`` in words, e.g. "Mining threat: strong (5)"; answers off
    the scale are rounded to it."""
    scaled = nearest_scale_value(value)
    if abs(scaled - 1.0) < 1e-9:
        return QCoreApplication.translate("PairwisePanel", "Equal (1)")
    name, k = (first, round(scaled)) if scaled > 1 else (second, round(1.0 / scaled))
    return QCoreApplication.translate("PairwisePanel", "{name}: {words} ({value})").format(
        name=name, words=intensity_words(k), value=k
    )


def status_text(result: PairwisePriorities) -> str:
    """Whether the answers give priorities yet, and how firm they are."""
    if not result.enough:
        return QCoreApplication.translate(
            "PairwiseEditor",
            "Not enough comparisons yet: the answers do not link everything compared. At least "
            "{count} more needed (see the suggested questions).",
        ).format(count=max(result.missing_links, 1))
    if not result.complete:
        return QCoreApplication.translate(
            "PairwiseEditor", "Priorities from the answers so far; more answers make them firmer."
        )
    return QCoreApplication.translate("PairwiseEditor", "Priorities from every answer.")


def contradicts(result: PairwisePriorities) -> bool:
    """Whether the answers contradict each other more than is accepted (ratio above 0.10)."""
    return result.cr is not None and not result.acceptable


def consistency_text(result: PairwisePriorities) -> str:
    """Whether the answers agree with each other ("" before there is anything to say)."""
    if result.cr is None:
        return ""
    fields = {
        "cr": format_number(result.cr, 2),
        "limit": format_number(CR_ACCEPTABLE, 2),
    }
    if contradicts(result):
        return QCoreApplication.translate(
            "PairwiseEditor",
            "{glyph} The answers contradict each other ({cr}, where {limit} or less is accepted; "
            "see the guide, F1). Check these answers first:",
        ).format(glyph=WARNING_GLYPH, **fields)
    return QCoreApplication.translate(
        "PairwiseEditor",
        "{glyph} The answers agree with each other well enough ({cr}; {limit} or less is "
        "accepted).",
    ).format(glyph=OK_GLYPH, **fields)


def contradiction_lines(
    result: PairwisePriorities, labels: Sequence[str], limit: int = SHOWN_CONTRADICTIONS
) -> list[str]:
    """The answers to look at again first, in words, when the answers contradict each other:
    what was answered and what the other answers imply, rounded to the scale."""
    if not contradicts(result):
        return []
    lines = []
    for number, item in enumerate(result.inconsistencies[:limit], start=1):
        first, second = labels[item.row], labels[item.col]
        lines.append(
            QCoreApplication.translate(
                "PairwiseEditor",
                "{number}. {a} vs {b}: answered “{current}”; the other answers imply “{implied}”.",
            ).format(
                number=number,
                a=first,
                b=second,
                current=judgement_words(first, second, item.current),
                implied=judgement_words(first, second, nearest_scale_value(item.implied_value)),
            )
        )
    return lines


__all__ = [
    "OK_GLYPH",
    "WARNING_GLYPH",
    "consistency_text",
    "contradiction_lines",
    "contradicts",
    "intensity_words",
    "judgement_words",
    "status_text",
]
