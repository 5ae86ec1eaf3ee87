"""Workshops built for tests and benchmarks (random but reproducible), and plain workbooks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from app.io.example import example_workshop
from app.models.criterion import Criterion, CriterionKind, Direction, Level
from app.models.workshop import Agreement, AhpMode, Community, Group, LogEntry, Settings, Workshop

LEVELS = tuple(
    Level({"es": es, "en": en})
    for es, en in [
        ("muy bajo", "very low"),
        ("bajo", "low"),
        ("medio", "medium"),
        ("alto", "high"),
        ("muy alto", "very high"),
    ]
)


def make_workshop(
    n: int = 6,
    m: int = 4,
    *,
    seed: int = 0,
    groups: int = 2,
    ordinal: int = 1,
    gate: bool = True,
    missing: int = 0,
) -> Workshop:
    """``n`` communities x ``m`` weighted criteria (the first ``ordinal`` of them verbal, one in
    three a cost), plus a yes/no gate that the last community fails when ``gate`` is true, and
    ``missing`` missing cells in the last rows."""
    rng = np.random.default_rng(seed)
    criteria = []
    for j in range(m):
        kind = CriterionKind.ORDINAL if j < ordinal else CriterionKind.NUMERIC
        criteria.append(
            Criterion(
                id=f"c{j + 1}",
                name={"es": f"Criterio {j + 1}", "en": f"Criterion {j + 1}"},
                kind=kind,
                direction=Direction.MIN if j % 3 == 2 else Direction.MAX,
                unit={} if kind is CriterionKind.ORDINAL else {"es": "pts", "en": "pts"},
                levels=LEVELS if kind is CriterionKind.ORDINAL else (),
            )
        )
    values = rng.uniform(1, 100, size=(n, m)).round(1)
    values[:, :ordinal] = rng.integers(1, 6, size=(n, ordinal))
    if gate:
        criteria.append(
            Criterion(
                id="consent",
                name={"es": "Consentimiento previo", "en": "Prior consent"},
                kind=CriterionKind.GATE,
            )
        )
        gate_column = np.ones((n, 1))
        gate_column[-1, 0] = 0
        values = np.hstack([values, gate_column])
    for k in range(missing):
        values[n - 2 - k, ordinal] = np.nan
    weighted = [c.id for c in criteria if not c.is_gate]
    return Workshop(
        criteria=tuple(criteria),
        communities=tuple(
            Community(
                id=f"k{i + 1}", name=f"Comunidad {i + 1}", region="Cusco" if i % 2 else "Apurímac"
            )
            for i in range(n)
        ),
        values=values,
        groups=tuple(
            Group(
                id=f"g{g + 1}",
                name=f"Grupo {g + 1}",
                weights={
                    cid: float(w)
                    for cid, w in zip(weighted, rng.integers(1, 10, len(weighted)), strict=True)
                },
            )
            for g in range(groups)
        ),
        active_group="g1" if groups else "combined",
    )


NAMES = ("Anqas Luwichu", "Sani Wik'uña", "Puka Wallata", "Ch'uspi Q'asa")


def small_workshop(
    values: np.ndarray,
    weights: np.ndarray | None = None,
    directions: tuple[Direction, ...] | None = None,
    mode: AhpMode = AhpMode.IDEAL,
) -> Workshop:
    """``values`` (communities x criteria) with Quechua community names, one group ``g`` with
    ``weights`` (default 1 each) and the given directions (default max) and AHP mode."""
    n, m = values.shape
    directions = directions or (Direction.MAX,) * m
    weights = np.ones(m) if weights is None else weights
    return Workshop(
        criteria=tuple(
            Criterion(id=f"c{j + 1}", name={"en": f"C{j + 1}"}, direction=directions[j])
            for j in range(m)
        ),
        communities=tuple(
            Community(id=f"k{i + 1}", name=NAMES[i] if i < len(NAMES) else f"Community {i + 1}")
            for i in range(n)
        ),
        values=values,
        groups=(
            Group(id="g", name="G", weights={f"c{j + 1}": float(weights[j]) for j in range(m)}),
        ),
        active_group="g",
        settings=Settings(ahp_mode=mode),
    )


#: Anqas (1, 6), Sani (3, 3), Puka (9, 2), two benefit criteria: with equal weights, removing Puka
#: reverses the other two (hand-worked in tests/models/test_rank_reversal.py).
REVERSAL_EXAMPLE = np.array([[1.0, 6.0], [3.0, 3.0], [9.0, 2.0]])


#: A small table of communities: headers, then two communities and their values.
PLAIN_ROWS = (("Comunidad", "Agua", "Caminos"), ("Uno", 3, 1), ("Dos", 1, 2))


def plain_workbook(path: Path, rows: Sequence[Sequence[object]] = PLAIN_ROWS) -> Path:
    """Write ``rows`` to the first sheet of a new workbook at ``path`` (not a decision record)."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


HYPERLINK = '=HYPERLINK("http://x","y")'


def rich_workshop() -> Workshop:
    """The example (groups, judgements, gate, threshold, missing cells, agreements, baseline)
    with a change log, formula-like texts and control characters in the notes."""
    workshop = example_workshop()
    communities = list(workshop.communities)
    communities[0] = replace(communities[0], name=HYPERLINK, notes="+ más\tnotas @persona")
    communities[1] = replace(communities[1], name="-Ñuñoa @Quispe", region="=1+1")
    return workshop.replace(
        communities=tuple(communities),
        metadata=replace(
            workshop.metadata,
            title="Taller: ¿qué comunidades? 🌄",
            agreements=(*workshop.metadata.agreements, Agreement("=SUM(A1:A2)", "@ana", "+5")),
        ),
        log=(
            LogEntry("2025-01-29 10:00", "cusco", "peso Compromiso", "50", "60"),
            LogEntry("2025-01-29 10:05", "", "=dato", "-", "+"),
        ),
    )


def with_judgements(workshop: Workshop, seed: int = 0) -> Workshop:
    """Every group judges every pair of weighted criteria (random 1-9 scale judgements)."""
    rng = np.random.default_rng(seed)
    ids = [c.id for c in workshop.weighted_criteria]
    scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1.0, 3.0, 5.0, 7.0, 9.0]
    groups = tuple(
        replace(
            group,
            judgements={
                (a, b): float(rng.choice(scale)) for k, a in enumerate(ids) for b in ids[k + 1 :]
            },
        )
        for group in workshop.groups
    )
    return workshop.replace(groups=groups)
