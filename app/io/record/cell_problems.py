"""Cells of a reopened record's Data sheet that hold no value their criterion can take: every
one of them at once, and what each may hold.

A colleague's record with one mistyped cell ("altísima" in a column of levels, a word in a column
of numbers) used to be refused at its first problem, without saying what the cell may hold. The
Data sheet's reader (:func:`app.io.record.data_rows.take_up_data`) now reads every cell and
collects a :class:`CellProblem` for each one it cannot read: the sheet, row, column (its letter
and the criterion over it), the text typed and what the column allows (:func:`allowed_values`:
the criterion's levels, yes or no, a number). All of them are raised together as one
:class:`CellProblems`; or, when the caller asks for it (``blank_bad_cells``), the record opens
with those cells empty (no data) and a :class:`BlankedCells` note names them.

Every text is a message template with fields (:mod:`app.models.errors`): the window shows them in
the interface language, the command line in English. Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final, NamedTuple

from app.io.record.labels import LANGUAGES
from app.models.criterion import Criterion, CriterionKind
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.text import Name, joined

#: Cells listed one by one in a message (the rest are counted): a sheet with thousands of bad
#: cells gives a message a person can still read.
LISTED_CELLS: Final = 20
#: Cells kept with all their details (the window lists fewer): a sheet pasted over with text has
#: hundreds of thousands, which are counted, not kept.
KEPT_CELLS: Final = 1000


class Allowed(NamedTuple):
    """What a cell may hold, as a message template with its fields (a criterion's levels, yes or
    no, a number)."""

    template: str
    params: Mapping[str, Any]


class CellProblem(NamedTuple):
    """A Data cell that holds no value its criterion can take.

    ``column`` is the column's letter, ``criterion`` the criterion over it (shown in the
    reader's language), ``text`` what the cell holds as text, ``allowed`` what it may hold and
    ``error`` the whole sentence naming the file, sheet, row and column."""

    sheet: str
    row: int
    column: str
    criterion: Name
    text: str
    allowed: Allowed
    error: InvalidInputError


def allowed_values(criterion: Criterion) -> Allowed:
    """What a Data cell of ``criterion`` may hold (besides staying empty for no data)."""
    if criterion.kind is CriterionKind.ORDINAL:
        return Allowed(
            QT_TRANSLATE_NOOP("Messages", "one of the levels: {levels}"),
            {"levels": joined(level.named for level in criterion.levels)},
        )
    if criterion.kind is CriterionKind.GATE:
        return Allowed(QT_TRANSLATE_NOOP("Messages", "yes or no"), {})
    return Allowed(QT_TRANSLATE_NOOP("Messages", "a number"), {})


def unambiguous_number(reading: str, other: str) -> Allowed:
    """What a cell holding a number that reads two ways (``1.800``) may hold instead."""
    return Allowed(
        QT_TRANSLATE_NOOP(
            "Messages", "a number without a thousands separator ({reading} or {other})"
        ),
        {"reading": reading, "other": other},
    )


class CellProblems(InvalidInputError):
    """The cells of a record's Data sheet that cannot be read: :attr:`count` of them, the first
    :data:`KEPT_CELLS` in :attr:`problems` (in the sheet's order). The message is the one cell's
    sentence, or lists the first :data:`LISTED_CELLS` of them in the reader's language (see
    :func:`_listing`)."""

    def __init__(
        self, file: str, problems: Sequence[CellProblem], count: int | None = None
    ) -> None:
        self.file = file
        self.problems = tuple(problems[:KEPT_CELLS])
        self.count = len(problems) if count is None else count
        if self.count == 1:
            only = self.problems[0].error
            super().__init__(only.template, **only.params)
            return
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}”: {count} cells hold values that cannot be read:\n{cells}"
            ),
            file=file,
            count=self.count,
            cells=_listing(self.problems, self.count),
        )


class BlankedCells(InvalidInputError):
    """A note: the record opened with its unreadable Data cells left empty (no data)."""

    def __init__(
        self, file: str, problems: Sequence[CellProblem], count: int | None = None
    ) -> None:
        self.problems = tuple(problems[:KEPT_CELLS])
        self.count = len(problems) if count is None else count
        cells = ", ".join(f"{p.column}{p.row}" for p in self.problems[:LISTED_CELLS])
        if self.count > LISTED_CELLS:
            cells += ", …"
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”: {count} cells that could not be read were left empty (no data): "
                "{cells}. Type their values in the Data tab.",
            ),
            file=file,
            count=self.count,
            cells=cells,
        )


def _listing(problems: Sequence[CellProblem], count: int) -> Name:
    """The first :data:`LISTED_CELLS` problems, one sentence a line (and how many more), in
    every language: a :class:`~app.models.text.Name`, which the reader shows in its own
    language."""
    from app.io.messages import message_text

    more = count - min(len(problems), LISTED_CELLS)
    texts = {}
    for lang in LANGUAGES:
        lines = [
            message_text(p.error.template, p.error.params, lang) for p in problems[:LISTED_CELLS]
        ]
        if more > 0:
            lines.append(message_text(_MORE, {"count": more}, lang))
        texts[lang] = "\n".join(lines)
    return Name("", texts)


_MORE: Final = QT_TRANSLATE_NOOP("Messages", "… and {count} more.")


__all__ = [
    "KEPT_CELLS",
    "LISTED_CELLS",
    "Allowed",
    "BlankedCells",
    "CellProblem",
    "CellProblems",
    "allowed_values",
    "unambiguous_number",
]
