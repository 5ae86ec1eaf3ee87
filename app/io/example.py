"""A fictional example workshop to learn and demonstrate Priorizar with.

Everything in it is invented: the twelve communities (names marked with ``*``), their data, the
participants and the results. Only the criteria are real: they are taken from the shipped presets
that come from the workshop report of ANDES and IIED (Huarán, Cusco, 29 January 2025), mainly the
Potato Park focus-community criteria (:data:`EXAMPLE_PRESET_ID`) and the Phase 1 assessment
(land tenure and the free, prior and informed consent gate).

The example shows every feature at once: numeric criteria with units and verbal criteria (level
scores 1-5), a yes/no gate, a screening threshold, missing cells, one criterion that does not
discriminate between the communities that pass screening, four groups with their own slider
weights and pairwise judgements (one of them clearly inconsistent), and a baseline ranking to
compare against. Its change log is a morning's short record, as a real workshop's would be: two
values corrected, one comparison revised and some weights moved by the groups
(:data:`_CHANGES`), so that every sheet of its decision record shows what a record looks like.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

import numpy as np

from app.io.presets import PRESETS_DIR, load_preset
from app.models import edits
from app.models.criterion import Criterion
from app.models.document import Edit
from app.models.workshop import (
    COMBINED,
    Agreement,
    Baseline,
    Community,
    Group,
    Metadata,
    Participant,
    Settings,
    Workshop,
)

#: The preset the example is built on (the eight possible criteria of the workshop report).
EXAMPLE_PRESET_ID: Final = "potato-park-focus-communities"

#: Preset that contributes land tenure and the FPIC gate.
_PHASE1_PRESET_ID: Final = "potato-park-phase1-assessment"

#: The example's criteria, in column order, as (preset id, criterion id).
EXAMPLE_CRITERIA: Final[tuple[tuple[str, str], ...]] = (
    (EXAMPLE_PRESET_ID, "mining_threat"),
    (EXAMPLE_PRESET_ID, "commitment"),
    (EXAMPLE_PRESET_ID, "biocultural_heritage"),
    ("potato-park-agenda-criteria", "native_varieties"),
    ("apurimac-entornos-criteria", "connectivity"),
    ("apurimac-entornos-criteria", "social_organisation"),
    (EXAMPLE_PRESET_ID, "economic_alternatives"),
    (_PHASE1_PRESET_ID, "land_tenure"),
    (_PHASE1_PRESET_ID, "fpic"),
)

_FICTIONAL: Final = "Comunidad ficticia de ejemplo / fictional example community"
_NA: Final = math.nan

# Columns: mining threat (level 1-5; 5 = direct area of influence, screened out), commitment
# against mining (1-5), biocultural heritage (1-5), native varieties (count), mobile connectivity
# (% of households), social organisation (1-5), economic alternatives (1-5), land tenure (1-5),
# FPIC given (1 yes, 0 no). NaN is a missing cell.
_COMMUNITIES: Final[tuple[tuple[str, str, str, str, tuple[float, ...]], ...]] = (
    ("qumir_kuntur", "Q'umir Kuntur*", "Cusco", "", (4, 5, 4, 180, 35, 5, 3, 4, 1)),
    ("puka_wallata", "Puka Wallata*", "Cusco", "", (3, 3, 4, 240, 60, 4, 4, 3, 1)),
    ("anqas_luwichu", "Anqas Luwichu*", "Cusco", "", (2, 2, 4, 310, 75, 3, 5, 5, 1)),
    ("qillu_alqamari", "Q'illu Alqamari*", "Cusco", "", (4, 4, 4, 95, 20, 3, 2, 2, 1)),
    (
        "yuraq_atuq",
        "Yuraq Atuq*",
        "Cusco",
        "La asamblea no dio su consentimiento; la tenencia no se ha verificado. / The assembly "
        "did not give consent; land tenure has not been verified.",
        (3, 2, 3, 150, 45, 2, 3, _NA, 0),
    ),
    ("sani_wikuna", "Sani Wik'uña*", "Cusco", "", (3, 4, 4, 130, 50, 4, 5, 4, 1)),
    (
        "muru_taruka",
        "Muru Taruka*",
        "Apurímac",
        "En el área de influencia directa de una mina; sin dato de conectividad. / In the "
        "direct area of influence of a mine; connectivity not surveyed.",
        (5, 4, 3, 60, _NA, 4, 2, 3, 1),
    ),
    ("yana_pisaqa", "Yana Pisaqa*", "Apurímac", "", (4, 5, 4, 70, 55, 5, 3, 3, 1)),
    ("chumpi_anas", "Ch'umpi Añas*", "Apurímac", "", (4, 3, 4, 45, 80, 3, 4, 2, 1)),
    (
        "uqi_chiwaku",
        "Uqi Chiwaku*",
        "Apurímac",
        "La asamblea aún no se pronuncia sobre el consentimiento. / The assembly has not yet "
        "decided on consent.",
        (3, 4, 5, 85, 40, 4, 3, 4, _NA),
    ),
    (
        "kusi_wiskacha",
        "Kusi Wisk'acha*",
        "Apurímac",
        "Falta el inventario de variedades nativas. / The inventory of native varieties is "
        "missing.",
        (4, 4, 4, _NA, 30, 4, 3, 3, 1),
    ),
    ("sumaq_hampatu", "Sumaq Hamp'atu*", "Apurímac", "", (2, 3, 4, 55, 65, 2, 4, 5, 1)),
)

# The weighted criteria (every criterion but the FPIC gate), the order of the tables below.
_WEIGHTED: Final = tuple(cid for _, cid in EXAMPLE_CRITERIA if cid != "fpic")

# Per group: id, name, slider weights (0-100, in _WEIGHTED order) and pairwise judgements as the
# upper triangle, row by row: row i holds a_ij for j > i, "how many times criterion i is more
# important than criterion j" on Saaty's 1-9 scale. The first three groups judged much as their
# sliders say (CR about 0.01-0.02); ANDES contradicted itself (mining threat 1/5 of commitment,
# commitment 1/5 of land tenure, but land tenure 1/5 of mining threat: CR about 0.24).
_GROUPS: Final[tuple[tuple[str, str, tuple[float, ...], tuple[tuple[float, ...], ...]], ...]] = (
    (
        "cusco",
        "Expertos comunitarios Cusco",
        (60, 50, 80, 90, 20, 60, 50, 40),
        (
            (1, 1 / 2, 1 / 2, 6, 1, 1, 2),
            (1 / 2, 1 / 3, 4, 1 / 3, 1, 1),
            (1, 9, 2, 2, 3),
            (9, 2, 3, 4),
            (1 / 6, 1 / 4, 1 / 2),
            (1, 2),
            (1,),
        ),
    ),
    (
        "apurimac",
        "Expertos comunitarios Apurímac",
        (90, 80, 40, 30, 50, 80, 70, 60),
        (
            (1, 4, 6, 3, 1, 1, 3),
            (3, 5, 2, 1, 1, 2),
            (2, 1, 1 / 3, 1 / 2, 1 / 2),
            (1 / 2, 1 / 5, 1 / 4, 1 / 3),
            (1 / 2, 1 / 2, 1),
            (1, 2),
            (1,),
        ),
    ),
    (
        "entornos_iied",
        "Entornos/IIED",
        (100, 70, 50, 40, 40, 70, 80, 50),
        (
            (2, 3, 4, 4, 2, 1, 3),
            (2, 2, 2, 1, 1, 2),
            (1, 1, 1 / 2, 1 / 2, 1),
            (1, 1 / 2, 1 / 3, 1),
            (1 / 2, 1 / 3, 1),
            (1 / 3, 2),
            (2,),
        ),
    ),
    (
        "andes",
        "ANDES",
        (70, 60, 70, 60, 30, 50, 60, 70),
        (
            (1 / 5, 1, 1, 4, 2, 1, 5),
            (1, 1, 3, 1, 1, 1 / 5),
            (1, 4, 2, 1, 1),
            (3, 1 / 4, 1, 1),
            (1 / 2, 3, 1 / 4),
            (1, 1 / 2),
            (1,),
        ),
    ),
)

#: Id of the group whose judgements are clearly inconsistent (CR > 0.1).
INCONSISTENT_GROUP: Final = "andes"

# Ranks of the first round, when every weighted criterion had the same weight (computed with
# app.models.analysis.evaluate on this data; only the communities that pass screening).
_BASELINE_LABEL: Final = "Primera ronda: pesos iguales / First round: equal weights"
_BASELINE_TOPSIS: Final[dict[str, int]] = {
    "anqas_luwichu": 1,
    "puka_wallata": 2,
    "qumir_kuntur": 3,
    "sani_wikuna": 4,
    "yana_pisaqa": 5,
    "chumpi_anas": 6,
    "sumaq_hampatu": 7,
    "qillu_alqamari": 8,
}
_BASELINE_AHP: Final[dict[str, int]] = {
    "anqas_luwichu": 1,
    "qumir_kuntur": 2,
    "sani_wikuna": 3,
    "puka_wallata": 4,
    "yana_pisaqa": 5,
    "chumpi_anas": 6,
    "sumaq_hampatu": 7,
    "qillu_alqamari": 8,
}

_METADATA: Final = Metadata(
    title="Taller de ejemplo (ficticio) — selección de comunidades focales",
    date="2025-02-06",
    place="Cusco (ejemplo)",
    purpose=(
        "Practicar la selección de comunidades focales para escalar el modelo del Parque de la "
        "Papa en Cusco y Apurímac. / Practise selecting focus communities for scaling out the "
        "Potato Park model in Cusco and Apurímac."
    ),
    facilitators=("Ana Muestra", "Luis Ejemplo"),
    participants=(
        Participant("Rosa Ejemplo", "Parque de la Papa", "F"),
        Participant("Julián Muestra", "Nación Q'eros", "M"),
        Participant("Carmen Prueba", "Entornos para el Buen Vivir", "F"),
        Participant("Teófilo Ensayo", "Comunidad de Apurímac (ficticia)", "M"),
        Participant("Pedro Modelo", "Asociación ANDES", "M"),
        Participant("Elena Simulada", "IIED", "F"),
    ),
    agreements=(
        Agreement(
            "Mapeo de actores en cada territorio posible y seleccionado. / Stakeholder mapping "
            "in each possible and selected territory.",
            "Entornos (Apurímac) y ANDES (Cusco)",
            "2025-02-28",
        ),
        Agreement(
            "Identificación y selección final de las comunidades de Apurímac. / Identification "
            "and final selection of the Apurímac communities.",
            "Entornos (Apurímac)",
            "2025-03-14",
        ),
        Agreement(
            "Visita de las comunidades seleccionadas de Apurímac al Parque de la Papa. / Visit "
            "of the selected Apurímac communities to the Potato Park.",
            "ANDES y Entornos",
            "2025-03-28",
        ),
    ),
    notice=(
        "EJEMPLO FICTICIO: todas las comunidades (marcadas con *), los datos, los participantes "
        "y los resultados son inventados, solo para practicar. / FICTIONAL EXAMPLE: all "
        "communities (marked with *), data, participants and results are invented, for practice "
        "only."
    ),
)


# The morning's changes, oldest first: when, and the edit that made the example's final state
# from the values given before it (written as the edits write them, in plain words). Before the
# changes: Anqas Luwichu's native varieties were typed as 280 and Puka Wallata's social
# organisation as 3 (level "fair"); Cusco judged mining threat a third as important as
# biocultural heritage; Apurímac weighted mining threat 70 and commitment 60, Cusco native
# varieties 70 and ANDES land tenure 50.
_BEFORE_VALUES: Final = (
    ("anqas_luwichu", "native_varieties", 280.0),
    ("puka_wallata", "social_organisation", 3.0),
)
_BEFORE_JUDGEMENTS: Final = (("cusco", "mining_threat", "biocultural_heritage", 1 / 3),)
_BEFORE_WEIGHTS: Final = (
    ("apurimac", "mining_threat", 70.0),
    ("apurimac", "commitment", 60.0),
    ("cusco", "native_varieties", 70.0),
    ("andes", "land_tenure", 50.0),
)
_CHANGE_TIMES: Final = (
    "2025-02-06T09:42:10",
    "2025-02-06T09:55:31",
    "2025-02-06T10:21:04",
    "2025-02-06T10:47:45",
    "2025-02-06T10:48:02",
    "2025-02-06T11:06:19",
    "2025-02-06T11:20:37",
)


def example_criteria(presets_dir: str | os.PathLike[str] | None = None) -> tuple[Criterion, ...]:
    """The example's criteria, read from the shipped presets (see :data:`EXAMPLE_CRITERIA`).

    Raises :class:`~app.models.errors.InvalidInputError` if a preset file is broken and
    ``KeyError`` if a preset lacks one of the criteria.
    """
    folder = PRESETS_DIR if presets_dir is None else os.fspath(presets_dir)
    presets = {
        preset_id: load_preset(os.path.join(folder, f"{preset_id}.json"))
        for preset_id in dict.fromkeys(preset_id for preset_id, _ in EXAMPLE_CRITERIA)
    }
    return tuple(
        presets[preset_id].criterion(criterion_id) for preset_id, criterion_id in EXAMPLE_CRITERIA
    )


def example_workshop(presets_dir: str | os.PathLike[str] | None = None) -> Workshop:
    """The fictional example workshop (validated); see the module docstring."""
    criteria = example_criteria(presets_dir)
    communities = tuple(
        Community(
            id=cid,
            name=name,
            region=region,
            notes=f"{_FICTIONAL}. {note}" if note else _FICTIONAL,
        )
        for cid, name, region, note, _ in _COMMUNITIES
    )
    values = np.array([row for *_, row in _COMMUNITIES], dtype=np.float64)
    groups = tuple(
        Group(
            id=gid,
            name=name,
            weights=dict(zip(_WEIGHTED, map(float, weights), strict=True)),
            judgements=_judgements(_WEIGHTED, upper),
        )
        for gid, name, weights, upper in _GROUPS
    )
    workshop = Workshop(
        criteria=criteria,
        communities=communities,
        values=values,
        groups=groups,
        active_group="apurimac",
        metadata=_METADATA,
        settings=Settings(top_k=3),
        baseline=Baseline(
            topsis=dict(_BASELINE_TOPSIS), ahp=dict(_BASELINE_AHP), label=_BASELINE_LABEL
        ),
    )
    workshop = _with_change_log(workshop)
    workshop.validate()
    return workshop


def _with_change_log(final: Workshop) -> Workshop:
    """``final`` with the change log of the morning that led to it: the state before the
    changes, then the changes made by the edits themselves (so each line reads as the program
    writes it), at the times of :data:`_CHANGE_TIMES`."""
    values = final.values.copy()
    changes: list[Edit] = []
    for community_id, criterion_id, before in _BEFORE_VALUES:
        row, column = final.community_index(community_id), final.criterion_index(criterion_id)
        changes.append(edits.set_value(row, column, float(final.values[row, column])))
        values[row, column] = before
    groups = {g.id: g for g in final.groups}
    for group_id, first, second, before in _BEFORE_JUDGEMENTS:
        group = groups[group_id]
        changes.append(
            edits.set_judgement(group_id, first, second, group.judgements[(first, second)])
        )
        groups[group_id] = replace(group, judgements={**group.judgements, (first, second): before})
    for group_id, criterion_id, before in _BEFORE_WEIGHTS:
        group = groups[group_id]
        changes.append(edits.set_weight(group_id, criterion_id, group.weights[criterion_id]))
        groups[group_id] = replace(group, weights={**group.weights, criterion_id: before})
    workshop = final.replace(
        values=values, groups=tuple(groups[g.id] for g in final.groups), active_group=COMBINED
    )
    for change in changes:
        workshop = change.apply(workshop)
    log = tuple(
        replace(entry, time=time) for entry, time in zip(workshop.log, _CHANGE_TIMES, strict=True)
    )
    return workshop.replace(active_group=final.active_group, log=log)


def _judgements(
    ids: Sequence[str], upper: Sequence[Sequence[float]]
) -> dict[tuple[str, str], float]:
    """Pairwise judgements keyed by criterion ids from an upper triangle given row by row."""
    if len(upper) != len(ids) - 1:
        raise ValueError("the upper triangle needs one row per criterion but the last")
    judgements: dict[tuple[str, str], float] = {}
    for i, row in enumerate(upper):
        if len(row) != len(ids) - 1 - i:
            raise ValueError(f"row {i + 1} of the upper triangle has {len(row)} judgements")
        for offset, value in enumerate(row):
            judgements[(ids[i], ids[i + 1 + offset])] = float(value)
    return judgements


__all__ = [
    "EXAMPLE_CRITERIA",
    "EXAMPLE_PRESET_ID",
    "INCONSISTENT_GROUP",
    "example_criteria",
    "example_workshop",
]
