"""Other methods: the rankings of scikit-criteria's weighted sum model, weighted product model and
VIKOR, with the program's data and weights, to compare with TOPSIS and AHP.

scikit-criteria (Cabral, Luczywo & Zanazzi 2016) is imported inside :func:`other_methods`, not
at module level: it takes seconds to import and must stay off the program's start-up path.

Pure numpy and scikit-criteria, no Qt.

References
    - Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative Study.
      Kluwer Academic Publishers, Dordrecht (the weighted sum and weighted product models).
    - Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: a comparative
      analysis of VIKOR and TOPSIS. European Journal of Operational Research 156(2):445-455.
    - Cabral, J.B., Luczywo, N.A. & Zanazzi, J.L. (2016). Scikit-Criteria: colección de métodos
      de análisis multi-criterio integrado al stack científico de Python. XLV JAIIO - XIV
      Simposio Argentino de Investigación Operativa (SIO), Buenos Aires, 59-66.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final

import numpy as np

from app.models.analysis import Note, Problem
from app.models.errors import QT_TRANSLATE_NOOP
from app.models.ranking import competition_ranks

if TYPE_CHECKING:
    import numpy.typing as npt

    from app.models.arrays import FloatArray, IntArray


#: The methods of :func:`other_methods`, in the order they are shown.
OTHER_METHODS: Final = ("wsm", "wpm", "vikor")


@dataclass(frozen=True)
class OtherRankings:
    """Competition ranks (1 = best) of the eligible communities by scikit-criteria's weighted
    sum model (``"wsm"``), weighted product model (``"wpm"``) and VIKOR (``"vikor"``).

    ``ranks[name]`` is ``None`` when the method cannot take the data, with the reason in
    ``notes[name]``. ``scores[name]`` are the scores the ranks come from (higher is better for
    ``"wsm"`` and ``"wpm"``, lower for VIKOR's ``Q``), ``None`` with the ranks.
    """

    ranks: Mapping[str, IntArray | None]
    scores: Mapping[str, FloatArray | None] = field(default_factory=dict)
    notes: Mapping[str, Note] = field(default_factory=dict)


def import_methods() -> None:
    """Import scikit-criteria and the methods :func:`other_methods` runs (about two seconds the
    first time; at once after). A worker thread imports nothing (``app.ui.jobs.start_job``): the
    window calls this on its own thread before a save that compares the methods."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-criteria's own deprecation warnings
        import skcriteria  # noqa: F401
        from skcriteria.agg import simple, vikor  # noqa: F401
        from skcriteria.preprocessing import invert_objectives, scalers  # noqa: F401


def other_methods(problem: Problem, weights: npt.ArrayLike) -> OtherRankings:
    """Competition ranks of the eligible communities by three methods of scikit-criteria (0.10),
    with the same data (``problem.matrix``) and weights (those of the ranked criteria):

    - ``"wsm"``, weighted sum model: ``InvertMinimize`` (a cost value x becomes 1/x) ->
      ``SumScaler(target="both")`` (each column and the weights divided by their sums) ->
      ``WeightedSumModel``; score ``sum_j w_j x_ij``. Needs values >= 0, above 0 for a cost
      criterion, and a column sum above 0.
    - ``"wpm"``, weighted product model: the same two transformers -> ``WeightedProductModel``;
      score ``sum_j w_j log10 x_ij`` (the log of ``prod_j x_ij^w_j``). Needs values above 0.
    - ``"vikor"``: ``VIKOR(v=0.5, use_compromise_set=False)`` on the raw matrix with the
      criteria's directions (Opricovic & Tzeng 2004): per criterion the distance to the best value
      over the range, weighted; ``S`` their sum, ``R`` their maximum,
      ``Q = v (S - S*)/(S- - S*) + (1 - v)(R - R*)/(R- - R*)``, lower is better. The compromise
      set (the acceptable-advantage and -stability conditions) is not used: the ranks are those
      of ``Q``. Needs two communities.

    Ranks are the competition ranks (:func:`~app.models.ranking.competition_ranks`, the rule of
    both program methods) of scikit-criteria's scores (``e_.score``; ``e_.q_k`` for VIKOR), not
    scikit-criteria's own dense ranks. Data a method cannot take gives ``None`` and a note, never
    an exception. With all weights zero every community ties (rank 1), as in the program's
    methods. scikit-criteria is imported here, not at module level: it takes seconds to import
    and must stay off the program's start-up path.
    """
    vector = np.asarray(weights, dtype=np.float64)
    ranked = vector[problem.columns]
    n = problem.eligible.size
    matrix = problem.matrix
    if n < 2 or ranked.size == 0 or ranked.sum() <= 0.0:
        return OtherRankings({name: np.ones(n, dtype=np.int64) for name in OTHER_METHODS})
    benefit = np.array([o == "max" for o in problem.objectives])
    ranks: dict[str, IntArray | None] = {}
    scores: dict[str, FloatArray | None] = {}
    notes: dict[str, Note] = {}

    def refuse(name: str, template: str, column: int) -> None:
        ranks[name] = scores[name] = None
        notes[name] = Note(template, {"criterion": int(problem.columns[column]) + 1})

    bad_sum = np.flatnonzero(
        (matrix < 0.0).any(axis=0)
        | (~benefit & (matrix <= 0.0).any(axis=0))
        | (benefit & (matrix.sum(axis=0) <= 0.0))
    )
    bad_product = np.flatnonzero((matrix <= 0.0).any(axis=0))

    with warnings.catch_warnings():
        # scikit-criteria warns about its own deprecations and about constant criteria (which
        # VIKOR then ignores, as it should); neither is the user's concern here.
        warnings.simplefilter("ignore")
        import skcriteria
        from skcriteria.agg.simple import WeightedProductModel, WeightedSumModel
        from skcriteria.agg.vikor import VIKOR
        from skcriteria.preprocessing.invert_objectives import InvertMinimize
        from skcriteria.preprocessing.scalers import SumScaler

        decision = skcriteria.mkdm(
            matrix=matrix, objectives=[1 if b else -1 for b in benefit], weights=ranked
        )
        if bad_sum.size:
            refuse(
                "wsm",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The weighted sum model cannot rank with criterion {criterion}: it needs "
                    "values of zero or more, and above zero for a criterion to minimise.",
                ),
                int(bad_sum[0]),
            )
        if bad_product.size:
            refuse(
                "wpm",
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The weighted product model cannot rank with criterion {criterion}: it needs "
                    "values above zero.",
                ),
                int(bad_product[0]),
            )
        if not (bad_sum.size and bad_product.size):
            scaled = SumScaler(target="both").transform(InvertMinimize().transform(decision))
            for name, model in (("wsm", WeightedSumModel()), ("wpm", WeightedProductModel())):
                if name not in ranks:
                    score = np.asarray(model.evaluate(scaled).e_.score, dtype=np.float64)
                    scores[name], ranks[name] = score, competition_ranks(score)
        q = VIKOR(v=0.5, use_compromise_set=False).evaluate(decision).e_.q_k
        vikor = np.asarray(q, dtype=np.float64)
        scores["vikor"], ranks["vikor"] = vikor, competition_ranks(vikor, higher_is_better=False)
    return OtherRankings(
        {name: ranks[name] for name in OTHER_METHODS},
        {name: scores[name] for name in OTHER_METHODS},
        notes,
    )
