"""Comparisons under one criterion: the communities two at a time, or a verbal criterion's levels.

AHP can measure communities on a criterion without numbers: the room compares them two at a
time ("Under Biocultural heritage, how much better is A than B?"), and the priorities of those
answers become the criterion's values (relative measurement, Saaty 1980). A verbal criterion's
levels ("low", "medium", "high") get their rating priorities the same way, from a small set of
comparisons, or keep the defaults (absolute measurement, Saaty 2006).

The tab shows a criterion selector and, for the chosen criterion:

- judged pairwise: a :class:`~app.ui.pairwise.pairwise_editor.PairwiseEditor` over the communities;
- verbal levels: the editor over its levels, whether the priorities come from the answers or are
  the defaults, and a button back to the defaults;
- numbers: a button that turns the criterion into one judged pairwise. It is offered directly
  for up to :data:`SMALL_SET` communities; beyond that the facilitator confirms, told how many
  pairs there are and how few answers already give priorities.

Every answer is one undoable edit (:func:`app.models.edits.set_comparison`,
:func:`~app.models.edits.set_level_comparison`).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import edits
from app.models.criterion import Criterion, CriterionKind, Direction
from app.models.document import Change
from app.models.judgements import community_priorities, level_priorities
from app.models.pairwise import PairwisePriorities
from app.ui.i18n import current_language
from app.ui.pairwise.pairwise_editor import PairwiseEditor
from app.ui.quiet import fill_combo, set_enabled, set_hidden, set_text
from app.ui.retranslating import Retranslating
from app.ui.session import WorkshopSession

# Up to this many communities, comparing them pairwise is offered without a second question
# (9 communities make 36 pairs; Saaty's "seven plus or minus two").
SMALL_SET = 9

# Changes after which the shown comparisons may differ.
_RELEVANT = frozenset({Change.DATA, Change.STRUCTURE, Change.DOCUMENT})


class CriterionComparisons(Retranslating, QWidget):
    """The communities or the levels compared under the criterion chosen in ``criterion_box``.

    Public widgets (for tests): ``criterion_box``, ``explanation``, ``convert_button``,
    ``editor`` (its ``result`` is what is shown, None for a numeric criterion),
    ``source_label``, ``defaults_button``.
    """

    def __init__(self, session: WorkshopSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        # what the editor shows was computed from: the criterion and the communities (objects)
        self._key: tuple[object, ...] | None = None
        # what the questions about communities name: criterion id, its name, the language
        self._wording: tuple[str, str, str] | None = None

        self.criterion_label = QLabel()
        self.criterion_box = QComboBox()
        self.criterion_label.setBuddy(self.criterion_box)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.convert_button = QPushButton()
        self.editor = PairwiseEditor(self._question, self._title, self._on_answer)
        self.source_label = QLabel()
        self.source_label.setWordWrap(True)
        self.defaults_button = QPushButton()
        self.editor.results.addWidget(self.source_label)
        self.editor.results.addWidget(self.defaults_button)

        top = QHBoxLayout()
        top.addWidget(self.criterion_label)
        top.addWidget(self.criterion_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.convert_button)
        layout.addWidget(self.editor, 1)
        layout.addStretch(0)

        self.criterion_box.currentIndexChanged.connect(lambda _: self._refresh(force=True))
        self.convert_button.clicked.connect(self._on_convert)
        self.defaults_button.clicked.connect(self._on_defaults)
        session.changed.connect(self._on_changed)
        self.retranslate()

    # -- public ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.criterion_label.setText(self.tr("Criterio&n:"))
        self.convert_button.setText(self.tr("Compare the communities &pairwise"))
        self.defaults_button.setText(self.tr("Use the &default priorities"))
        self._wording = None
        self.editor.retranslate()
        self._refresh(force=True)

    def select(self, criterion_id: str) -> None:
        """Show the comparisons under the criterion ``criterion_id``."""
        index = self.criterion_box.findData(criterion_id)
        if index >= 0:
            self.criterion_box.setCurrentIndex(index)

    def criterion(self) -> tuple[int, Criterion] | None:
        """The chosen criterion and its column in the workshop, or None."""
        workshop = self._session.workshop
        chosen = self.criterion_box.currentData()
        for column, criterion in enumerate(workshop.criteria):
            if criterion.id == chosen:
                return column, criterion
        return None

    # -- document -> tab ------------------------------------------------------------------------
    def _on_changed(self, changes: frozenset[Change]) -> None:
        if changes & _RELEVANT:
            self._refresh()

    def _refresh(self, *, force: bool = False) -> None:
        workshop = self._session.workshop
        lang = current_language()
        fill_combo(self.criterion_box, [(c.label(lang), c.id) for c in workshop.weighted_criteria])
        chosen = self.criterion()
        communities = workshop.communities
        key = (None if chosen is None else chosen[1], communities)
        if (
            not force
            and self._key is not None
            and all(a is b for a, b in zip(key, self._key, strict=True))
        ):
            return
        self._key = key
        kind = None if chosen is None else chosen[1].kind
        set_hidden(self.editor, kind not in (CriterionKind.PAIRWISE, CriterionKind.ORDINAL))
        set_hidden(self.convert_button, kind is not CriterionKind.NUMERIC)
        set_hidden(self.source_label, kind is not CriterionKind.ORDINAL)
        set_hidden(self.defaults_button, kind is not CriterionKind.ORDINAL)
        if chosen is None:
            set_text(self.explanation, self.tr("There is no weighted criterion yet."))
            return
        criterion = chosen[1]
        name = criterion.label(lang)
        if criterion.kind is CriterionKind.PAIRWISE:
            result = community_priorities(criterion, communities)
            self.editor.show_answers(
                [c.id for c in communities], [c.name for c in communities], result
            )
            wording = (criterion.id, name, lang)
            if wording != self._wording:  # the questions name the criterion
                self._wording = wording
                self.editor.relabel()
            set_text(self.explanation, self._pairwise_text(name, len(communities)))
        elif criterion.kind is CriterionKind.ORDINAL:
            result = level_priorities(criterion)
            self.editor.show_answers(
                [str(k) for k in range(len(criterion.levels))],
                [level.label(lang) for level in criterion.levels],
                result,
            )
            set_text(
                self.explanation,
                self.tr(
                    "Compare the levels of {criterion} two at a time: their priorities score "
                    "the communities in AHP (the best level counts 1)."
                ).format(criterion=name),
            )
            self._refresh_levels(criterion, result)
        else:
            set_text(
                self.explanation,
                self.tr(
                    "{criterion} is measured with numbers. The communities can be compared two "
                    "at a time under it instead; their values are then the priorities of the "
                    "comparisons."
                ).format(criterion=name),
            )
            set_enabled(self.convert_button, len(communities) >= 2)

    def _pairwise_text(self, name: str, count: int) -> str:
        text = self.tr(
            "The communities are compared two at a time under {criterion}; the priorities of the "
            "answers are its values (the best community has 1)."
        ).format(criterion=name)
        if count > SMALL_SET:
            text += " " + self.tr(
                "{count} communities make {pairs} pairs: {needed} well-chosen answers already "
                "give priorities; follow the suggested questions."
            ).format(count=count, pairs=count * (count - 1) // 2, needed=count - 1)
        return text

    def _refresh_levels(self, criterion: Criterion, result: PairwisePriorities) -> None:
        if result.enough:
            text = self.tr("The levels' priorities come from these comparisons.")
        elif all(level.priority is None for level in criterion.levels):
            text = self.tr("The levels take the default priorities (evenly spaced).")
        else:
            text = self.tr("The levels' priorities were set in the criterion.")
        set_text(self.source_label, text)
        custom = bool(criterion.level_comparisons) or any(
            level.priority is not None for level in criterion.levels
        )
        set_enabled(self.defaults_button, custom)

    # -- texts for the editor -------------------------------------------------------------------
    def _question(self, first: str, second: str) -> str:
        chosen = self.criterion()
        if chosen is not None and chosen[1].kind is CriterionKind.ORDINAL:
            return self.tr("How much better is the level “{a}” than “{b}”?").format(
                a=first, b=second
            )
        name = "" if chosen is None else chosen[1].label(current_language())
        return self.tr("Under {criterion}, how much better is {a} than {b}?").format(
            criterion=name, a=first, b=second
        )

    def _title(self) -> str:
        chosen = self.criterion()
        if chosen is not None and chosen[1].kind is CriterionKind.ORDINAL:
            return self.tr("Level")
        return self.tr("Community")

    # -- tab -> document ------------------------------------------------------------------------
    def _on_answer(self, pair: tuple[int, int], value: float | None) -> bool:
        chosen = self.criterion()
        if chosen is None:
            return False
        column, criterion = chosen
        if criterion.kind is CriterionKind.ORDINAL:
            return self._session.apply(edits.set_level_comparison(column, *pair, value))
        ids = [c.id for c in self._session.workshop.communities]
        return self._session.apply(edits.set_comparison(column, ids[pair[0]], ids[pair[1]], value))

    def _on_convert(self) -> None:
        chosen = self.criterion()
        if chosen is None:
            return
        column, criterion = chosen
        count = len(self._session.workshop.communities)
        if count > SMALL_SET:
            answer = QMessageBox.question(
                self,
                self.tr("Compare pairwise"),
                self.tr(
                    "{count} communities make {pairs} pairs to compare under {criterion}; "
                    "{needed} well-chosen answers already give priorities. Its numbers are "
                    "replaced by the priorities (Undo brings them back). Compare pairwise anyway?"
                ).format(
                    count=count,
                    pairs=count * (count - 1) // 2,
                    needed=count - 1,
                    criterion=criterion.label(current_language()),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        pairwise = replace(
            criterion,
            kind=CriterionKind.PAIRWISE,
            direction=Direction.MAX,
            unit={},
            levels=(),
            accept_min=None,
            accept_max=None,
        )
        self._session.apply(edits.update_criterion(column, pairwise))

    def _on_defaults(self) -> None:
        chosen = self.criterion()
        if chosen is not None:
            self._session.apply(edits.use_default_level_priorities(chosen[0]))
