"""The open document: the current :class:`Workshop`, undoable edits and change notifications.

Every change goes through :meth:`Document.apply` with an :class:`Edit`: a label and a pure
function from the old workshop to the new one. Because workshops are immutable, undo restores the
exact earlier object. Edits that share a ``merge_key`` (one slider drag, one typing burst) merge
into one undo step until :meth:`Document.end_merge` is called: the merged step is the newest edit
applied to the state before the first one, so it also leaves one change-log line, old -> newest.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from app.models.limits import check_size
from app.models.workshop import Workshop, check_texts


class Change(StrEnum):
    """What part of the workshop an edit touched; views decide from it what to refresh."""

    WEIGHTS = "weights"
    DATA = "data"
    STRUCTURE = "structure"
    GROUPS = "groups"
    METADATA = "metadata"
    SETTINGS = "settings"
    BASELINE = "baseline"
    DOCUMENT = "document"


ALL_CHANGES = frozenset(Change)
#: Fields of a workshop that say what is looked at, not what was decided (see
#: :attr:`Document.modified`): the weight set the rankings show.
VIEW_FIELDS = frozenset({"active_group"})
_DECISION_FIELDS = tuple(f.name for f in fields(Workshop) if f.name not in VIEW_FIELDS)


@dataclass(frozen=True)
class Edit:
    """An undoable change. ``label`` is an untranslated template filled from ``params``; a
    criterion a label names is a :class:`~app.models.text.Name`, shown in the reader's language
    (:func:`app.models.text.in_language`; :meth:`text` gives English).

    An edit made from ids (a criterion's, a community's) names them through ``describe``: the
    fields of its label found in the workshop it applies to. :meth:`Document.apply` fills them
    in (:meth:`named`), so an undo text reads "Compare Mining threat and Water", never the ids.
    """

    label: str
    apply: Callable[[Workshop], Workshop]
    changes: frozenset[Change]
    merge_key: Hashable | None = None
    params: Mapping[str, Any] = field(default_factory=dict)
    describe: Callable[[Workshop], Mapping[str, Any]] | None = None

    def text(self) -> str:
        return self.label.format(**self.params) if self.params else self.label

    def named(self, workshop: Workshop) -> Edit:
        """This edit with the fields ``describe`` finds in ``workshop`` (the one it applies to)."""
        if self.describe is None:
            return self
        return replace(self, params={**self.params, **self.describe(workshop)}, describe=None)


Listener = Callable[[frozenset[Change]], None]


@dataclass
class _Step:
    """One step of the undo history: the edit and the workshop before and after it."""

    edit: Edit
    before: Workshop
    after: Workshop


class Document:
    """Holds the current workshop, its undo history, its file path and whether it is saved."""

    def __init__(self, workshop: Workshop, path: str | None = None) -> None:
        self._workshop = workshop
        self._undo: list[_Step] = []
        self._redo: list[_Step] = []
        self._merging = False
        self._listeners: list[Listener] = []
        self._saved: Workshop | None = workshop
        self.path = path

    @property
    def workshop(self) -> Workshop:
        return self._workshop

    # -- notifications --------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changes)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def _notify(self, changes: frozenset[Change]) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # -- edits ----------------------------------------------------------------------------------
    def apply(self, edit: Edit) -> None:
        """Apply ``edit`` as a new undo step, or merge it into the open step with the same key."""
        top = self._undo[-1] if self._undo else None
        if (
            self._merging
            and top is not None
            and edit.merge_key is not None
            and top.edit.merge_key == edit.merge_key
        ):
            after = edit.apply(top.before)
            _check_limits(after, edit)
            self._undo[-1] = _Step(edit.named(top.before), top.before, after)
        else:
            after = edit.apply(self._workshop)
            _check_limits(after, edit)
            self._undo.append(_Step(edit.named(self._workshop), self._workshop, after))
        self._merging = edit.merge_key is not None
        self._redo.clear()
        self._workshop = after
        self._notify(edit.changes)

    def end_merge(self) -> None:
        """Close the open merge: the next edit starts a new undo step (a slider was released)."""
        self._merging = False

    def undo(self) -> bool:
        if not self._undo:
            return False
        step = self._undo.pop()
        self._redo.append(step)
        self._merging = False
        self._workshop = step.before
        self._notify(step.edit.changes)
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        step = self._redo.pop()
        self._undo.append(step)
        self._merging = False
        self._workshop = step.after
        self._notify(step.edit.changes)
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    @property
    def undo_edit(self) -> Edit | None:
        return self._undo[-1].edit if self._undo else None

    @property
    def redo_edit(self) -> Edit | None:
        return self._redo[-1].edit if self._redo else None

    # -- whole documents ------------------------------------------------------------------------
    def replace(self, workshop: Workshop, path: str | None = None, *, saved: bool = True) -> None:
        """Open another workshop: history cleared, everything refreshed."""
        self._workshop = workshop
        self._undo.clear()
        self._redo.clear()
        self._merging = False
        self._saved = workshop if saved else None
        self.path = path
        self._notify(ALL_CHANGES)

    @property
    def modified(self) -> bool:
        """Whether the workshop differs from what was saved in more than what is only looked at.

        Choosing a weight set to look at (:data:`VIEW_FIELDS`) is an edit, undoable, but not an
        unsaved change: nothing the room decided is lost by closing. Workshops share their
        unchanged parts, so the comparison is by identity, field by field: it costs nothing on
        the live path."""
        saved = self._saved
        if saved is None:
            return True
        current = self._workshop
        return current is not saved and any(
            getattr(current, name) is not getattr(saved, name) for name in _DECISION_FIELDS
        )

    def mark_saved(self, path: str | None = None, workshop: Workshop | None = None) -> None:
        """Record that ``workshop`` (the current one by default) was saved, to ``path`` if given.
        A save that ran while the workshop changed marks what it wrote: the change stays unsaved."""
        self._saved = self._workshop if workshop is None else workshop
        if path is not None:
            self.path = path


#: The changes that can add texts, communities, criteria or groups: an edit that makes them is
#: checked against the program's limits before it is applied.
_GROWING = frozenset({Change.STRUCTURE, Change.GROUPS, Change.METADATA, Change.DOCUMENT})


def _check_limits(workshop: Workshop, edit: Edit) -> None:
    """Refuse an edit whose result the program could not compute, save or reopen
    (:mod:`app.models.limits`): a text typed longer than a spreadsheet cell holds is refused with
    a message where it is typed, never cut when saved (issue 18)."""
    if edit.changes & _GROWING:
        check_size(len(workshop.communities), len(workshop.criteria), len(workshop.groups))
        check_texts(workshop)
