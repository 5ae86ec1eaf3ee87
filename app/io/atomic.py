"""Atomic file writes: the earlier file survives any failure, a power cut included.

The data goes to a temporary file in the target's own folder (so that the final rename never
crosses file systems), is flushed and ``fsync``-ed to the disk, and only then replaces the target
with :func:`os.replace`, which is atomic on POSIX and on Windows (``MoveFileEx`` with
``MOVEFILE_REPLACE_EXISTING``). A reader therefore sees either the whole old file or the whole new
one, never half of each. On any failure the temporary file is removed and the target is untouched.

Before the rename, ``verify`` (when given) reads the new file back as the program will reopen it,
within its own limits (:mod:`app.models.limits`): a file the program would refuse never replaces a
good one (issue 18: records over the reader's limits were saved "successfully" and the earlier
record was gone).

Every failure is an :class:`~app.models.errors.InvalidInputError` with a sentence for the user
that names the user's file, never the hidden temporary one: the target or its folder read-only
(or Excel on Windows holding the file open), a read-only disk, a full disk or quota, a new file
that does not reopen; any other :class:`OSError` names the file and the system's reason.

Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
import sys
import time
from collections.abc import Callable
from pathlib import Path

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

#: Pauses before retrying a refused rename on Windows, in seconds. A virus scanner or the search
#: indexer briefly opens a freshly written file and makes the rename fail with a sharing violation;
#: it lets go within a fraction of a second. A file that Excel holds open stays locked, and the
#: retries end in the "open in another program" message. Elsewhere a refused rename is permanent.
RETRY_DELAYS: tuple[float, ...] = (0.05, 0.1, 0.2, 0.4) if sys.platform == "win32" else ()

#: Permission bits of a new file, before the user's umask (as :func:`open` would create it).
_NEW_FILE_MODE = 0o666


#: Reads a new file back before it replaces the earlier one: raises InvalidInputError if the
#: program would refuse it.
Verify = Callable[[Path], None]


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, verify: Verify | None = None
) -> None:
    """Write ``data`` to ``path`` atomically (see the module docstring).

    A symbolic link at ``path`` is followed: the file it points to is replaced, the link stays.
    ``verify`` is called with the new file, complete on the disk, before it replaces the earlier
    one; what it raises leaves the earlier file as it was. Raises :class:`InvalidInputError`
    naming the file for every failure (see the module docstring).
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
        raise _read_only_folder(folder, target) from error
    except OSError as error:
        raise _os_error(error, folder, target) from error
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if verify is not None:
            _verified(verify, temporary, target)
        _replace(temporary, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        if isinstance(error, OSError):
            raise _os_error(error, folder, target) from error
        raise
    _sync_folder(folder)


def _verified(verify: Verify, temporary: Path, target: Path) -> None:
    """Run ``verify`` on the new file; its refusal names the user's file, not the temporary."""
    try:
        verify(temporary)
    except InvalidInputError as error:
        params = {
            key: (target.name if value == temporary.name else value)
            for key, value in error.params.items()
        }
        problem = error.template.format(**params) if params else error.template
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” was not saved: the new file could not be opened again ({problem}). "
                "The earlier file is unchanged.",
            ),
            file=target.name,
            problem=problem,
            path=str(target),
        ) from error


def _read_only_folder(folder: Path, target: Path) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The folder {folder} is read-only: “{file}” cannot be saved there. Save it in "
            "another folder.",
        ),
        folder=str(folder),
        file=target.name,
        path=str(target),
    )


def _os_error(error: OSError, folder: Path, target: Path) -> InvalidInputError:
    """A failed write in words that name the user's file (``target``): the system's own error
    names the temporary file, which the user never sees."""
    if isinstance(error, InvalidInputError):
        return error
    code = error.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” could not be saved: the disk is full. Free some space or save it on "
                "another disk; the earlier file is unchanged.",
            ),
            file=target.name,
            path=str(target),
        )
    if code == errno.EROFS:
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” could not be saved: the disk or memory stick is read-only. Save it "
                "in another folder.",
            ),
            file=target.name,
            path=str(target),
        )
    if isinstance(error, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return _read_only_folder(folder, target)
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Messages", "“{file}” could not be saved ({reason}); the earlier file is unchanged."
        ),
        file=target.name,
        reason=error.strerror or type(error).__name__,
        path=str(target),
    )


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    encoding: str = "utf-8",
    verify: Verify | None = None,
) -> None:
    """Write ``text`` to ``path`` atomically in ``encoding`` (default UTF-8, no BOM).

    Line ends are written as given (``"\\n"``), on every system. A lone surrogate (which no
    encoding holds: a broken pair from a file or a paste) is written as U+FFFD, the replacement
    character, rather than failing the save (issue 18: autosave raised on one).
    """
    atomic_write_bytes(path, without_lone_surrogates(text).encode(encoding), verify)


def without_lone_surrogates(text: str) -> str:
    """``text`` with every surrogate code point (a lone half of a UTF-16 pair; a Python string
    never holds a valid pair as two code points) replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


_SURROGATE = re.compile("[\ud800-\udfff]")


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


__all__ = ["Verify", "atomic_write_bytes", "atomic_write_text", "without_lone_surrogates"]
