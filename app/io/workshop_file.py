"""The workshop as a JSON file: every input of :class:`~app.models.workshop.Workshop`.

The file holds :meth:`Workshop.to_dict` as UTF-8 JSON, indented, with non-ASCII letters written as
they are (so that "Cotabambas, Apurímac" stays readable in a text editor), and a
``schema_version`` (:data:`~app.models.workshop.SCHEMA_VERSION`) that :meth:`Workshop.from_dict`
checks. Saving is atomic (:mod:`app.io.atomic`). Loading reports every problem as an
:class:`~app.models.errors.InvalidInputError` in words a facilitator understands: the file is
missing, too large, not JSON (with the line and column), not a workshop, from a newer version of
the program, or damaged.

Pure Python, no Qt.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Final

from app.io.atomic import Verify, atomic_write_text
from app.io.limited import read_limited
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: Largest workshop file read, in bytes. A real workshop is a few kilobytes to a few megabytes;
#: anything far larger is not a workshop and would only fill the memory.
MAX_FILE_BYTES: Final = 50 * 1024 * 1024


def save_workshop_json(workshop: Workshop, path: str | os.PathLike[str]) -> None:
    """Save ``workshop`` to ``path`` as indented UTF-8 JSON, atomically.

    Raises :class:`InvalidInputError` if the file is locked or read-only (see
    :func:`~app.io.atomic.atomic_write_bytes`) or if the workshop holds a value JSON cannot store
    (an infinite weight, say); other :class:`OSError` s propagate.
    """
    atomic_write_text(
        path, json_text(workshop.to_dict(), indent=2) + "\n", verify=_reopens_as(workshop)
    )


def _reopens_as(workshop: Workshop) -> Verify:
    """A check of a newly written workshop file: it opens within the reader's limits and gives
    back ``workshop`` (texts apart, where a lone surrogate is written as U+FFFD)."""

    def verify(path: Path) -> None:
        reopened = load_workshop_json(path)
        if reopened.values.shape != workshop.values.shape or len(reopened.groups) != len(
            workshop.groups
        ):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "“{file}” does not give back the workshop that was saved."
                ),
                file=path.name,
            )

    return verify


def json_text(data: object, *, indent: int | None = None, ensure_ascii: bool = False) -> str:
    """``data`` as JSON; a value that is not a finite number (JSON has none) is refused with
    :class:`InvalidInputError` rather than written as ``NaN`` that no reader accepts."""
    try:
        return json.dumps(data, ensure_ascii=ensure_ascii, indent=indent, allow_nan=False)
    except ValueError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The workshop cannot be saved: it holds a value that is not a number."
            ),
            detail=str(error),
        ) from error


def load_workshop_json(path: str | os.PathLike[str]) -> Workshop:
    """Read a workshop saved by :func:`save_workshop_json`; it is validated.

    Raises :class:`InvalidInputError` naming the file and what is wrong with it.
    """
    file = Path(path)
    data = _parse(_read_text(file), file)
    if not isinstance(data, dict):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is JSON but does not hold a workshop."),
            file=file.name,
        )
    try:
        return Workshop.from_dict(data, file.name)
    except InvalidInputError:
        raise
    # from_dict checks the shape first and names the key; these are what it cannot foresee
    except (OverflowError, IndexError, TypeError, ValueError, KeyError) as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is damaged: a value in it cannot be read."),
            file=file.name,
            detail=str(error),
        ) from error


def _read_text(file: Path) -> str:
    raw = read_limited(file, MAX_FILE_BYTES)
    if not raw.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is empty: it holds no workshop."),
            file=file.name,
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” is not a workshop file: it is not text (UTF-8)."
            ),
            file=file.name,
        ) from error


def _parse(text: str, file: Path) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” is not a valid workshop file: {problem} at line {line}, column {column}.",
            ),
            file=file.name,
            problem=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from error
    except RecursionError as error:  # absurdly deep nesting: not something we wrote
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "“{file}” is not a valid workshop file."),
            file=file.name,
        ) from error


__all__ = ["MAX_FILE_BYTES", "load_workshop_json", "save_workshop_json"]
