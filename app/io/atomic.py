"""Atomic file writes: the earlier file survives any failure, a power cut included.

The data goes to a temporary file in the target's own folder (so that the final rename never
crosses file systems), is flushed and ``fsync``-ed to the disk, and only then replaces the target
with :func:`os.replace`, which is atomic on POSIX and on Windows (``MoveFileEx`` with
``MOVEFILE_REPLACE_EXISTING``). A reader therefore sees either the whole old file or the whole new
one, never half of each. On any failure the temporary file is removed and the target is untouched.

A :class:`PermissionError` (the target is read-only, its folder is read-only, or Excel on Windows
holds the file open and locked) becomes an :class:`~app.models.errors.InvalidInputError` with a
sentence for the user that names the file. Other :class:`OSError` s (disk full, folder missing)
propagate unchanged, after the clean-up.

Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import time
from pathlib import Path

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

#: Pauses before retrying a refused rename on Windows, in seconds. A virus scanner or the search
#: indexer briefly opens a freshly written file and makes the rename fail with a sharing violation;
#: it lets go within a fraction of a second. A file that Excel holds open stays locked, and the
#: retries end in the "open in another program" message. Elsewhere a refused rename is permanent.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4) if sys.platform == "win32" else ()

#: Permission bits of a new file, before the user's umask (as :func:`open` would create it).
_NEW_FILE_MODE = 0o666


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see the module docstring).

    A symbolic link at ``path`` is followed: the file it points to is replaced, the link stays.
    Raises :class:`InvalidInputError` when the file or its folder cannot be written for lack of
    permission or because another program holds the file; other :class:`OSError` s propagate.
    """
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    if target.exists() and not target.stat().st_mode & stat.S_IWUSR:
        # os.replace would happily swap a read-only file on POSIX; the user marked it read-only
        # for a reason, so refuse, as Windows does. The mode bits, not os.access: an
        # administrator (root) may write anything, but the mark still stands.
        raise _locked_error(target)
    mode = _NEW_FILE_MODE
    with contextlib.suppress(OSError):
        mode = target.stat().st_mode & 0o7777  # keep the permissions of the file it replaces
    temporary = folder / f".{target.name}.{os.urandom(4).hex()}.tmp"
    try:
        descriptor = os.open(
            temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode
        )
    except PermissionError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The folder {folder} is read-only: “{file}” cannot be saved there. Save it in "
                "another folder.",
            ),
            folder=str(folder),
            file=target.name,
            path=str(target),
        ) from error
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        _replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise
    _sync_folder(folder)


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` atomically in ``encoding`` (default UTF-8, no BOM).

    Line ends are written as given (``"\\n"``), on every system.
    """
    atomic_write_bytes(path, text.encode(encoding))


def _replace(temporary: Path, target: Path) -> None:
    """Rename ``temporary`` over ``target``, retrying briefly on Windows (see RETRY_DELAYS)."""
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(temporary, target)
            return
        except PermissionError as error:
            if delay is None:
                raise _locked_error(target) from error
            time.sleep(delay)


def _locked_error(target: Path) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}” is open in another program or read-only; close it or save under another "
            "name.",
        ),
        file=target.name,
        path=str(target),
    )


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


__all__ = ["atomic_write_bytes", "atomic_write_text"]
