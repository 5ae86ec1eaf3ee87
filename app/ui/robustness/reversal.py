"""The rank reversal page: each ranked community removed in turn and the others ranked again
(:func:`app.models.sensitivity.prepare_removals`), in words: which pairs change places without
which community, per method.

The check prepares the workshop once per removal when the data change (about 17 ms for 50
communities) and ranks those again when the weights change (about 8 ms), only while the page is
on screen: out of sight it notes that it is out of date, and catches up when shown.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.models.analysis import METHODS
from app.models.sensitivity import RankReversal, Removals, prepare_removals
from app.ui.robustness.page import METHOD_NAMES, RobustnessPage, ahp_cannot_rank, needs_a_ranking
from app.ui.session import WorkshopSession

#: Reversed pairs listed per method, those nearest the top first.
SHOWN_REVERSALS = 12


class RankReversalPage(RobustnessPage):
    """Public widget for tests: ``reversal_list``. Result: ``reversals`` (empty until the page
    has been shown)."""

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.reversals: tuple[RankReversal, ...] = ()
        self._removals: Removals | None = None  # for the problem it was prepared from
        self._stale = True
        self.reversal_intro = QLabel()
        self.reversal_intro.setWordWrap(True)
        self.reversal_list = QListWidget()
        self.reversal_list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reversal_intro)
        layout.addWidget(self.reversal_list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.reversal_intro.setText(
            self.tr(
                "Does dropping one community change the order of the others? Each ranked "
                "community is removed in turn and the others are ranked again with the same "
                "weights and settings. TOPSIS and AHP scale each criterion by the communities "
                "present, so this can happen."
            )
        )
        self.refresh()

    def refresh(self) -> None:
        """The check costs one preparation per community: only for the page on screen."""
        self._stale = True
        if self.isVisible():
            self._refresh_reversals()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self._refresh_reversals()
        super().showEvent(event)

    def _changes_of_place(self, count: int) -> str:
        # "1 change" but "n changes" in both languages; Qt's %n forms would show "change(s)" to
        # English readers (no English .qm is shipped)
        if count == 1:
            return self.tr("1 change of place")
        return self.tr("{count} changes of place").format(count=count)

    def _refresh_reversals(self) -> None:
        self._stale = False
        self.reversal_list.clear()
        self.reversals = ()
        problem = self.problem
        if not self.ranked():
            self.reversal_list.addItem(needs_a_ranking())
            return
        if problem.eligible.size < 3:
            self.reversal_list.addItem(
                self.tr("Needs three ranked communities: removing one must leave two to compare.")
            )
            return
        if self._removals is None or self._removals.problem is not problem:
            self._removals = prepare_removals(self._session.workshop, problem)
        self.reversals = self._removals.reversals(self.weights)
        evaluation = self._session.evaluation
        bold = QFont(self.reversal_list.font())
        bold.setBold(True)
        for method in METHODS:
            name = METHOD_NAMES[method]
            ranks = evaluation.topsis_ranks if method == "topsis" else evaluation.ahp_ranks
            if ranks is None:
                heading = QListWidgetItem(ahp_cannot_rank())
                heading.setFont(bold)
                self.reversal_list.addItem(heading)
                continue
            rank = {int(c): int(r) for c, r in zip(problem.eligible, ranks, strict=True)}
            found = [
                (r.removed, pair) for r in self.reversals if r.method == method for pair in r.pairs
            ]
            if not found:
                heading = QListWidgetItem(
                    self.tr(
                        "Removing any one community does not change the order of the others "
                        "({method})."
                    ).format(method=name)
                )
                heading.setFont(bold)  # each method's summary in bold
                self.reversal_list.addItem(heading)
                continue
            removals = len({removed for removed, _ in found})
            heading = QListWidgetItem(
                self.tr(
                    "{method}: the order of the others changes without {removals} of the "
                    "{total} communities ({changes})."
                ).format(
                    method=name,
                    removals=removals,
                    total=problem.eligible.size,
                    changes=self._changes_of_place(len(found)),
                )
            )
            heading.setFont(bold)
            self.reversal_list.addItem(heading)
            # one line per pair that changes places, naming every community whose removal does
            # it; the pairs nearest the top first: what the room decides on
            by_pair: dict[tuple[int, int], list[int]] = {}
            for removed, pair in found:
                by_pair.setdefault(pair, []).append(removed)
            pairs = sorted(by_pair, key=lambda pair: (rank[pair[1]], rank[pair[0]]))
            for rises, falls in pairs[:SHOWN_REVERSALS]:
                without = sorted(by_pair[(rises, falls)], key=lambda c: rank[c])
                self.reversal_list.addItem(
                    self.tr(
                        "Without {removed}, {method} puts {a} ahead of {b} (now behind)."
                    ).format(
                        removed=self._any_of([self.name(c) for c in without]),
                        method=name,
                        a=self.name(rises),
                        b=self.name(falls),
                    )
                )
            if len(pairs) > SHOWN_REVERSALS:
                left = sum(len(by_pair[pair]) for pair in pairs[SHOWN_REVERSALS:])
                more = self._changes_of_place(left)
                self.reversal_list.addItem(self.tr("… and {changes} more.").format(changes=more))

    def _any_of(self, names: list[str]) -> str:
        """ "X", "X or Y", "X, Y or Z" in the interface language."""
        if len(names) == 1:
            return names[0]
        last = names[-1]
        # Spanish writes "u" for "o" before the sound o: "Sani u Ocongate"
        if re.match(r"(?i)h?[oó]", last):
            template = self.tr("{names} or {last}", "before a word that starts with the sound o")
        else:
            template = self.tr("{names} or {last}")
        return template.format(names=", ".join(names[:-1]), last=last)
