"""scikit-criteria's weighted sum, weighted product and VIKOR (app.models.sensitivity.
other_methods) against published examples, data they cannot take, and the lazy import."""

from __future__ import annotations

import numpy as np
import pytest

from app.models.analysis import Problem
from app.models.sensitivity import (
    other_methods,
)


def _rawrandom_problem(matrix: list[list[float]], objectives: tuple[str, ...]) -> Problem:
    values = np.array(matrix, dtype=np.float64)
    n, m = values.shape
    return Problem(
        workshop_criteria=m,
        eligible=np.arange(n, dtype=np.int64),
        excluded=(),
        columns=np.arange(m, dtype=np.int64),
        matrix=values,
        objectives=objectives,
        local=None,
        ahp_problem=None,
        notes=(),
    )


#: Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative Study.
#: Kluwer, sections 2.2.1-2.2.2 (three alternatives, four benefit criteria; the WPM ratios
#: P(A1/A2) = 1.007 and P(A1/A3) = 1.067 are printed there).
TRIANTAPHYLLOU = [[25.0, 20.0, 15.0, 30.0], [10.0, 30.0, 20.0, 30.0], [30.0, 10.0, 30.0, 10.0]]
TRIANTAPHYLLOU_WEIGHTS = np.array([0.20, 0.15, 0.40, 0.25])


def test_weighted_product_matches_the_published_ratios() -> None:
    problem = _rawrandom_problem(TRIANTAPHYLLOU, ("max",) * 4)
    result = other_methods(problem, TRIANTAPHYLLOU_WEIGHTS)
    score = result.scores["wpm"]
    assert score is not None
    assert 10 ** (score[0] - score[1]) == pytest.approx(1.007, abs=5e-4)
    assert 10 ** (score[0] - score[2]) == pytest.approx(1.067, abs=5e-4)
    assert result.ranks["wpm"] is not None and result.ranks["wpm"].tolist() == [1, 2, 3]


def test_weighted_sum_matches_a_hand_computation_with_a_cost_criterion() -> None:
    # Criterion 4 to minimise: 1/x gives 1/30, 1/30, 1/10, summing to 1/6 -> 0.2, 0.2, 0.6.
    # Column sums of the others: 65, 60, 65. By hand:
    #   A1 = .2*25/65 + .15*20/60 + .4*15/65 + .25*.2 = 0.269231
    #   A2 = .2*10/65 + .15*30/60 + .4*20/65 + .25*.2 = 0.278846
    #   A3 = .2*30/65 + .15*10/60 + .4*30/65 + .25*.6 = 0.451923
    problem = _rawrandom_problem(TRIANTAPHYLLOU, ("max", "max", "max", "min"))
    result = other_methods(problem, TRIANTAPHYLLOU_WEIGHTS * 4)  # only proportions count
    score = result.scores["wsm"]
    assert score is not None
    np.testing.assert_allclose(score, [0.269231, 0.278846, 0.451923], atol=5e-7)
    assert result.ranks["wsm"] is not None and result.ranks["wsm"].tolist() == [3, 2, 1]


def test_vikor_reproduces_opricovic_and_tzeng_2004() -> None:
    # Opricovic & Tzeng (2004), EJOR 156:445-455, numerical example: risk (min) and altitude
    # (max), equal weights; Q = (1, 0, 1). By hand: S = (0.5, 0.375, 0.5), R = (0.5, 0.25, 0.5).
    problem = _rawrandom_problem([[1.0, 3000.0], [2.0, 3750.0], [5.0, 4500.0]], ("min", "max"))
    result = other_methods(problem, np.array([0.5, 0.5]))
    assert result.scores["vikor"] is not None
    np.testing.assert_allclose(result.scores["vikor"], [1.0, 0.0, 1.0], atol=1e-12)
    assert result.ranks["vikor"] is not None and result.ranks["vikor"].tolist() == [2, 1, 2]


def test_vikor_reproduces_opricovic_and_tzeng_2007_equal_weights() -> None:
    # Opricovic & Tzeng (2007), Extended VIKOR method in comparison with outranking methods,
    # EJOR 178(2):514-529: six reservoir alternatives, eight criteria, equal weights (W1):
    # Q = (0.991, 1.0, 0.473, 0.670, 0.0, 0.578), ranks 5 6 2 4 1 3.
    matrix = [
        [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
        [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
        [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
        [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
        [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
        [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
    ]
    objectives = ("max", "min", "max", "max", "min", "min", "min", "max")
    result = other_methods(_rawrandom_problem(matrix, objectives), np.ones(8))
    assert result.scores["vikor"] is not None
    np.testing.assert_allclose(
        result.scores["vikor"], [0.991, 1.0, 0.473, 0.670, 0.0, 0.578], atol=1e-3
    )
    assert result.ranks["vikor"] is not None
    assert result.ranks["vikor"].tolist() == [5, 6, 2, 4, 1, 3]


def test_methods_that_cannot_take_the_data_give_none_and_a_note() -> None:
    problem = _rawrandom_problem([[0.0, 3.0], [2.0, 1.0], [1.0, 2.0]], ("max", "min"))
    result = other_methods(problem, np.array([1.0, 1.0]))
    assert result.ranks["wpm"] is None and result.scores["wpm"] is None
    assert result.notes["wpm"].params == {"criterion": 1}
    assert "weighted product" in result.notes["wpm"].template
    assert result.ranks["wsm"] is not None  # zero is fine for a benefit criterion
    negative = _rawrandom_problem([[-1.0, 3.0], [2.0, 1.0], [1.0, 2.0]], ("max", "min"))
    refused = other_methods(negative, np.array([1.0, 1.0]))
    assert refused.ranks["wsm"] is None and refused.notes["wsm"].params == {"criterion": 1}
    assert refused.ranks["vikor"] is not None


def test_skcriteria_is_not_imported_with_the_module() -> None:
    import subprocess
    import sys

    code = "import sys, app.models.sensitivity; print('skcriteria' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
