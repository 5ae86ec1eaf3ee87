"""One guarded read of a file people give the program.

:func:`read_limited` reads a whole file after checking what can go wrong before reading (a folder,
a missing file, no permission, a size far beyond any workshop). Every reader of the program's
inputs (workshop files, decision records, tables, recovery files) reads through it, so this module
imports nothing else of :mod:`app.io`: it sits below all of them. Every problem is an
:class:`~app.models.errors.InvalidInputError` naming the file. Pure Python, no Qt.
"""

from __future__ import annotations

from pathlib import Path

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError


def read_limited(file: Path, max_bytes: int) -> bytes:
    """The bytes of ``file``; :class:`InvalidInputError` for a folder, a missing or unreadable
    file, or one larger than ``max_bytes`` (checked before reading)."""
    try:
        if file.is_dir():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "“{file}” is a folder, not a file."), file=str(file)
            )
        size = file.stat().st_size
        if size > max_bytes:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” is too large ({size} MB; at most {limit} MB). Check that it is the "
                    "right file.",
                ),
                file=file.name,
                size=round(size / 1024 / 1024, 1),
                limit=max_bytes // 1024 // 1024,
            )
        return file.read_bytes()
    except FileNotFoundError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The file “{file}” does not exist."), file=str(file)
        ) from error
    except PermissionError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” cannot be read: this user has no permission to open it."
            ),
            file=str(file),
        ) from error


__all__ = ["read_limited"]
