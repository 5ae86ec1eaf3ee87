"""The engine's array types, for annotations.

Import them under ``typing.TYPE_CHECKING`` (every module here postpones its annotations with
``from __future__ import annotations``): :mod:`numpy.typing` is then never imported when the
program runs, which keeps it off the window's start-up (0.4 ms).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]
