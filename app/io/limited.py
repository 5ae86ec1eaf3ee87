"""One guarded read of a file people give the program.

:func:`read_limited` reads a whole file after checking what can go wrong before reading (a folder,
a missing file, no permission, a size far beyond any workshop). Every reader of the program's
inputs (workshop files, decision records, tables, recovery files) reads through it, so this module
imports nothing else of :mod:`app.io`: it sits below all of them. Every problem is an
:class:`~app.models.errors.InvalidInputError` naming the file. Pure Python, no Qt.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError


def read_limited(file: Path, max_bytes: int) -> bytes:
    """The bytes of ``file``; :class:`InvalidInputError` for a folder, a missing or unreadable
    file, anything but a regular file, or one larger than ``max_bytes`` (checked before reading,
    and again while reading: a file that grows is not read past the limit).

    Only regular files are read: a named pipe (FIFO) would block the open until a writer comes,
    forever, and a device such as ``/dev/zero`` reports size 0 and never ends; both are refused
    from their :func:`os.stat`, before anything is opened."""
    try:
        if file.is_dir():
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Messages", "“{file}” is a folder, not a file."), file=str(file)
            )
        status = file.stat()
        if not stat.S_ISREG(status.st_mode):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}” is not a regular file (a device, a pipe or a socket); give a "
                    "file saved on the disk.",
                ),
                file=str(file),
            )
        size = status.st_size
        if size > max_bytes:
            raise _too_large(file, size, max_bytes)
        with open(file, "rb", opener=_no_blocking) as stream:
            content = stream.read(max_bytes + 1)
        if len(content) > max_bytes:
            raise _too_large(file, len(content), max_bytes)
        return content
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


def _too_large(file: Path, size: int, max_bytes: int) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is too large ({size} MB; at most {limit} MB). Check that it is the right "
            "file.",
        ),
        file=file.name,
        size=round(size / 1024 / 1024, 1),
        limit=max_bytes // 1024 // 1024,
    )


def _no_blocking(path: str, flags: int) -> int:
    """Open without blocking (POSIX): a file swapped for a FIFO between the check and the open
    does not hang the program."""
    return os.open(path, flags | getattr(os, "O_NONBLOCK", 0))


__all__ = ["read_limited"]
