"""The bridge between the document and the widgets: Qt signals and the live recomputation.

A :class:`WorkshopSession` owns the :class:`~app.models.document.Document`. Widgets change the
workshop only through :meth:`apply` (undoable edits) and listen to two signals:

- ``changed(frozenset[Change])`` after every change, for views of the inputs;
- ``evaluated(Evaluation)`` after the rankings were recomputed, for views of the results.

Only the weight-dependent part is recomputed when only weights changed (see
:func:`app.models.analysis.prepare`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.models.analysis import Evaluation, Problem, prepare
from app.models.derived import weight_vector
from app.models.document import Change, Document, Edit
from app.models.errors import InvalidInputError
from app.models.text import in_language
from app.models.workshop import Workshop
from app.ui.i18n import current_language

_PROBLEM_CHANGES = frozenset({Change.DATA, Change.STRUCTURE, Change.SETTINGS, Change.DOCUMENT})


def translated_error(error: InvalidInputError) -> str:
    """The error's message in the interface language (model messages use context "Messages"),
    the criteria and levels it names too (:func:`app.models.text.in_language`)."""
    template = QCoreApplication.translate("Messages", error.template)
    try:
        return template.format(**in_language(error.params, current_language()))
    except (KeyError, IndexError, ValueError):
        return str(error)


class WorkshopSession(QObject):
    """The open workshop, its undo history and its current rankings."""

    changed = Signal(object)  # frozenset[Change]
    evaluated = Signal(object)  # Evaluation
    error = Signal(str)  # a translated message for the user

    def __init__(self, workshop: Workshop, path: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.document = Document(workshop, path)
        self._problem: Problem | None = None
        self.evaluation: Evaluation = self._evaluate(frozenset(Change))
        self.document.subscribe(self._on_document_changed)

    @property
    def workshop(self) -> Workshop:
        return self.document.workshop

    def apply(self, edit: Edit) -> bool:
        """Apply an edit; a refused edit emits ``error`` and changes nothing. Returns success."""
        try:
            self.document.apply(edit)
        except InvalidInputError as error:
            self.error.emit(translated_error(error))
            return False
        return True

    def undo(self) -> None:
        self.document.undo()

    def redo(self) -> None:
        self.document.redo()

    def end_merge(self) -> None:
        self.document.end_merge()

    def open(self, workshop: Workshop, path: str | None = None, *, saved: bool = True) -> None:
        self.document.replace(workshop, path, saved=saved)

    def _evaluate(self, changes: frozenset[Change]) -> Evaluation:
        workshop = self.document.workshop
        if self._problem is None or changes & _PROBLEM_CHANGES:
            self._problem = prepare(workshop)
        return self._problem.rank(weight_vector(workshop))

    def _on_document_changed(self, changes: frozenset[Change]) -> None:
        self.evaluation = self._evaluate(changes)
        self.changed.emit(changes)
        self.evaluated.emit(self.evaluation)
