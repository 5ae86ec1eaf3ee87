"""The robustness tab: how firm is the ranking before the room commits to focus communities?

:class:`SensitivityPanel` holds six pages in its tabs, one module each, all computed by
:mod:`app.models.sensitivity` from the session's current problem and active weights:

- **Weight sweep** (:mod:`.sweep`): every community's score as one criterion's share goes from 0
  to 100 %, with the points where two communities swap places, in words.
- **Stability** (:mod:`.stability`): per criterion, the range of its share within which the first
  place and the top-k set stay the same; the tightest criterion is marked.
- **Rank acceptability** (:mod:`.acceptability`, SMAA-2): each community's probability of each
  rank over weight samples, ranked off the interface thread (:mod:`.jobs`).
- **Focus communities** (:mod:`.focus`): the proposed choice under k and the regions' quotas, and
  "Record this choice".
- **Methods** (:mod:`.methods`): how far TOPSIS and AHP agree, and on request scikit-criteria's
  other methods.
- **Rank reversal** (:mod:`.reversal`): which pairs change places when one community is removed.

The panel passes the session's changes on (:class:`~app.ui.robustness.page.RobustnessPage`
says what each call means). The sweep, the stability intervals, the choice and the agreement
take a few milliseconds (tests/benchmarks), so they follow every change while the tab is shown;
a hidden tab only notes that it is out of date and catches up when shown. The rank reversal
check follows only while its own page is shown.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from app.models.analysis import Evaluation
from app.models.document import Change
from app.ui.retranslating import Retranslating
from app.ui.robustness.acceptability import AcceptabilityPage
from app.ui.robustness.focus import FocusCommunitiesPage
from app.ui.robustness.methods import MethodsPage
from app.ui.robustness.page import RobustnessPage
from app.ui.robustness.reversal import RankReversalPage
from app.ui.robustness.stability import StabilityPage
from app.ui.robustness.sweep import WeightSweepPage
from app.ui.session import WorkshopSession
from app.ui.style import TEXT_POINT_SIZE, ensure_min_point_size

#: Changes of the document that can change the settings the pages show.
_SETTINGS_CHANGES = frozenset({Change.SETTINGS, Change.STRUCTURE, Change.DOCUMENT, Change.METADATA})


class SensitivityPanel(Retranslating, QWidget):
    """The robustness tab (see the module doc): ``tabs`` holds the pages ``sweep_page``,
    ``stability_page``, ``acceptability_page``, ``focus_page``, ``methods_page`` and
    ``reversal_page``, in that order; each page's docstring names its public widgets and
    results."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        ensure_min_point_size(self, TEXT_POINT_SIZE)
        # built as the panel's children, so that they have its font from the start (the sweep
        # chart's axes take theirs from it)
        self.sweep_page = WeightSweepPage(session, self)
        self.stability_page = StabilityPage(session, self)
        self.acceptability_page = AcceptabilityPage(session, self)
        self.focus_page = FocusCommunitiesPage(session, self)
        self.methods_page = MethodsPage(session, self)
        self.reversal_page = RankReversalPage(session, self)
        self._pages: tuple[RobustnessPage, ...] = (
            self.sweep_page,
            self.stability_page,
            self.acceptability_page,
            self.focus_page,
            self.methods_page,
            self.reversal_page,
        )
        self._stale = False  # each page computed itself as it was built
        self.tabs = QTabWidget()
        for page in self._pages:
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)

        session.changed.connect(self._on_changed)
        session.evaluated.connect(self._on_evaluated)
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("Weight sweep"),
                self.tr("Stability"),
                self.tr("Rank acceptability"),
                self.tr("Focus communities"),
                self.tr("Methods"),
                self.tr("Rank reversal"),
            )
        ):
            self.tabs.setTabText(index, text)

    # -- document -> pages ----------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & _SETTINGS_CHANGES:
            for page in self._pages:
                page.sync_settings()

    def _on_evaluated(self, evaluation: Evaluation) -> None:
        self._stale = True
        for page in self._pages:
            page.evaluation_changed()
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recompute every page from the session and show it (the rank reversal page only while
        it is shown)."""
        self._stale = False
        for page in self._pages:
            page.refresh()
