"""The results' words, shared by the Results tab and presentation mode: the methods' titles, the
agreement between them, why a community is screened out, and the notes about the data."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from enum import StrEnum
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
)
from PySide6.QtGui import QColor

from app.models.analysis import (
    Exclusion,
    Note,
    Reason,
    ReasonKind,
)
from app.models.criterion import Criterion, CriterionKind
from app.models.text import in_language
from app.models.workshop import AhpMode, Workshop
from app.ui.i18n import current_language, format_number

if TYPE_CHECKING:
    pass
from app.ui.style import (
    AHP_COLOR,
    TOPSIS_COLOR,
)


class Method(StrEnum):
    """The two ranking methods shown side by side."""

    TOPSIS = "topsis"
    AHP = "ahp"


METHOD_COLORS: Mapping[Method, QColor] = {Method.TOPSIS: TOPSIS_COLOR, Method.AHP: AHP_COLOR}


# -- texts shared with the presentation window ---------------------------------------------------


def _number(value: float) -> str:
    """A data value as a person writes it: no trailing zeros, the locale's decimal separator."""
    return QLocale().toString(float(value), "g", 6)


def _value_text(criterion: Criterion, value: float) -> str:
    number = _number(value)
    if criterion.kind is CriterionKind.ORDINAL:
        level = criterion.level_label(value, current_language())
        return f"{level} ({number})" if level else number
    unit = criterion.unit_label(current_language())
    return f"{number} {unit}" if unit else number


def reason_text(workshop: Workshop, reason: Reason) -> str:
    """Why a community is screened out, in words, e.g. "Gate: Prior consent = no"."""
    criterion = workshop.criteria[reason.criterion]
    name = criterion.label(current_language())
    if reason.kind is ReasonKind.MISSING:
        return QCoreApplication.translate("RankingsView", "Missing: {criterion}").format(
            criterion=name
        )
    if reason.kind is ReasonKind.GATE:
        if np.isnan(reason.value):
            return QCoreApplication.translate(
                "RankingsView", "Gate: {criterion} not answered"
            ).format(criterion=name)
        return QCoreApplication.translate("RankingsView", "Gate: {criterion} = no").format(
            criterion=name
        )
    value = _value_text(criterion, reason.value)
    if criterion.accept_max is not None and reason.value > criterion.accept_max:
        return QCoreApplication.translate(
            "RankingsView", "Threshold: {criterion} = {value} > {limit} (max accepted)"
        ).format(criterion=name, value=value, limit=_value_text(criterion, criterion.accept_max))
    limit = criterion.accept_min if criterion.accept_min is not None else reason.value
    return QCoreApplication.translate(
        "RankingsView", "Threshold: {criterion} = {value} < {limit} (min accepted)"
    ).format(criterion=name, value=value, limit=_value_text(criterion, limit))


def exclusion_text(workshop: Workshop, exclusion: Exclusion) -> str:
    """One screened-out community and every reason, e.g. "Comunidad 6: Gate: Prior consent = no"."""
    community = workshop.communities[exclusion.community].name
    reasons = "; ".join(reason_text(workshop, reason) for reason in exclusion.reasons)
    return QCoreApplication.translate("RankingsView", "{community}: {reasons}").format(
        community=community, reasons=reasons
    )


def note_text(workshop: Workshop, note: Note) -> str:
    """A note about the data, translated, with criterion ids shown as the criterion's name."""
    language = current_language()
    params: dict[str, Any] = in_language(note.params, language)
    for key, value in params.items():
        if "criterion" in key and isinstance(value, str):
            with contextlib.suppress(KeyError):  # not an id: shown as it is
                params[key] = workshop.criteria[workshop.criterion_index(value)].label(language)
    template = QCoreApplication.translate("Messages", note.template)
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return note.text()


def agreement_title() -> str:
    """The agreement line without its value: "Agreement between methods (Kendall's τ):"."""
    return QCoreApplication.translate("RankingsView", "Agreement between methods (Kendall's τ):")


def agreement_value(tau: float | None) -> str:
    """Kendall's τ with two decimals in the interface's locale, or a dash when one method has no
    ranking (the notes say why)."""
    if tau is None:
        return "—"
    return format_number(tau, 2)


def agreement_text(tau: float | None) -> str:
    """The agreement line, e.g. "Agreement between methods (Kendall's τ): 0.87"."""
    return f"{agreement_title()} {agreement_value(tau)}"


def agreement_hint() -> str:
    return QCoreApplication.translate(
        "RankingsView", "1 = same order, 0 = unrelated, −1 = reversed"
    )


def method_title(method: Method | str) -> str:
    if Method(method) is Method.TOPSIS:
        return QCoreApplication.translate("RankingsView", "TOPSIS: closeness to the ideal")
    return QCoreApplication.translate("RankingsView", "AHP: global priority")


def ahp_mode_name(mode: AhpMode) -> str:
    """The AHP synthesis mode in one word, for the AHP table's title: "ideal", "distributive"."""
    if mode is AhpMode.DISTRIBUTIVE:
        return QCoreApplication.translate("RankingsView", "distributive")
    return QCoreApplication.translate("RankingsView", "ideal")


def ahp_mode_hint(mode: AhpMode) -> str:
    """What the AHP synthesis mode does, in plain words (tooltips of the title and the menu).

    Ideal mode divides each criterion's values by the best one: adding or removing a community
    that is not the best on any criterion keeps the order of the others. Distributive mode
    divides by the sum, so the communities' priorities on a criterion sum to 1, and adding a
    community (even a copy of another) can reverse the order of the others (Belton & Gear 1983,
    Omega 11(3):228-230; Saaty 1994, Fundamentals of Decision Making and Priority Theory with the
    Analytic Hierarchy Process). Cost criteria use the reciprocals in both modes.
    """
    if mode is AhpMode.DISTRIBUTIVE:
        return QCoreApplication.translate(
            "RankingsView",
            "Distributive mode: on each criterion the communities share 1 (value / sum of all "
            "values). Adding or removing a community, even a copy of another, can reverse the "
            "order of the others.",
        )
    return QCoreApplication.translate(
        "RankingsView",
        "Ideal mode: on each criterion the best community gets 1 and the others their share of "
        "it (value / best value). Adding or removing a community that is not the best on any "
        "criterion keeps the order of the others.",
    )
