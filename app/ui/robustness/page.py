"""What the pages of the robustness tab share: :class:`RobustnessPage`, the base of each page, and
a few texts and formats.

The panel (:mod:`app.ui.robustness.panel`) holds the pages and tells them what changed: each page
computes from the session's current problem and active weights, and shows the result.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app.models.analysis import Problem
from app.models.derived import weight_vector
from app.ui.i18n import current_language, format_number
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession

METHOD_NAMES = {"topsis": "TOPSIS", "ahp": "AHP"}


def percent(share: float) -> str:
    return format_number(100.0 * share, 1)


def needs_a_ranking() -> str:
    """What a page shows while there is nothing to rank."""
    return QCoreApplication.translate(
        "RobustnessPage", "Needs two ranked communities and a weight above 0."
    )


def ahp_cannot_rank() -> str:
    return QCoreApplication.translate(
        "RobustnessPage", "AHP cannot rank this data (see the rankings)."
    )


class RobustnessPage(Retranslating, QWidget):
    """One page of the robustness tab, over the session's current problem and active weights.

    The panel calls :meth:`refresh` on every new evaluation while the tab is shown (and when it
    is shown again), :meth:`evaluation_changed` on every new evaluation, shown or not, and
    :meth:`sync_settings` when the document's settings may have changed. A page's
    ``retranslate()`` writes its fixed texts, then refreshes (its results are texts too).
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def refresh(self) -> None:
        """Recompute what the page shows from the session, and show it."""

    def evaluation_changed(self) -> None:
        """The data or the weights changed (the page may be out of sight)."""

    def sync_settings(self) -> None:
        """Show the document's settings in the page's fields."""

    # -- the session's problem ------------------------------------------------------------------
    @property
    def problem(self) -> Problem:
        return self._session.evaluation.problem

    @property
    def weights(self) -> np.ndarray:
        return weight_vector(self._session.workshop)

    def name(self, community: int) -> str:
        return self._session.workshop.communities[community].name

    def criterion_name(self, criterion: int) -> str:
        return self._session.workshop.criteria[criterion].label(current_language())

    def ranked(self) -> bool:
        """Two communities ranked on a criterion of positive weight: something to vary."""
        problem = self.problem
        return (
            problem.eligible.size >= 2
            and problem.columns.size >= 1
            and bool((self.weights[problem.columns] > 0).any())
        )
