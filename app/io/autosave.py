"""Recovery files: the open workshop autosaved so that a crash or a power cut costs nothing.

Each running Priorizar writes at most one recovery file, ``recovery-<pid>.json`` in
:func:`recovery_dir`, atomically (:mod:`app.io.atomic`): after a power cut the file is the whole
last autosave or the whole one before, never half. The file is an envelope around
:meth:`Workshop.to_dict`::

    {"priorizar_recovery": 1, "pid": 4242, "saved_at": "2026-11-21T12:30:00+00:00",
     "source_path": "/home/ana/taller.xlsx", "workshop": {...}}

A process that writes a recovery file first takes an exclusive lock on ``recovery-<pid>.lock``
and holds it until it ends; the system releases the lock when the process dies, however it dies.
At start-up :func:`pending_recoveries` lists the files whose writer no longer runs: the pid is
gone (POSIX), or nobody holds its lock (every system; this also covers a pid that a new process
reused after a reboot). A damaged file is listed with its problem instead of a workshop.

:func:`clear_own_recovery` removes this process's file after a save or a clean exit.

Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from app.io.atomic import atomic_write_text
from app.io.limited import read_limited
from app.io.workshop_file import MAX_FILE_BYTES, json_text
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: Format version of the recovery envelope.
RECOVERY_VERSION: Final = 1
ENVIRONMENT_VARIABLE: Final = "PRIORIZAR_RECOVERY_DIR"
_PREFIX: Final = "recovery-"


def recovery_dir() -> Path:
    """The per-user folder of recovery files (not created here).

    ``$PRIORIZAR_RECOVERY_DIR`` if set; else ``%LOCALAPPDATA%\\Priorizar\\recovery`` on Windows,
    ``$XDG_DATA_HOME/priorizar/recovery`` (default ``~/.local/share/priorizar/recovery``)
    elsewhere.
    """
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / "Priorizar" / "recovery"
    data_home = os.environ.get("XDG_DATA_HOME")
    base_path = Path(data_home) if data_home else Path.home() / ".local" / "share"
    return base_path / "priorizar" / "recovery"


@dataclass(frozen=True)
class Recovery:
    """A recovery file left by a Priorizar that did not end cleanly.

    ``workshop`` is ``None`` when the file is damaged; ``problem`` then says why.
    """

    path: Path
    pid: int
    saved_at: datetime  # aware; the file's modification time when the file does not say
    source_path: str | None
    workshop: Workshop | None
    problem: InvalidInputError | None = None

    @property
    def title(self) -> str:
        return self.workshop.metadata.title if self.workshop is not None else ""

    @property
    def damaged(self) -> bool:
        return self.workshop is None


# -- writing --------------------------------------------------------------------------------------
def own_recovery_path() -> Path:
    return recovery_dir() / f"{_PREFIX}{os.getpid()}.json"


def write_recovery(workshop: Workshop, source_path: str | None) -> Path:
    """Write this process's recovery file atomically; returns its path.

    Raises :class:`InvalidInputError` (folder or file not writable, a value JSON cannot store)
    or :class:`OSError` (disk full); an earlier recovery file is then intact.
    """
    envelope = {
        "priorizar_recovery": RECOVERY_VERSION,
        "pid": os.getpid(),
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "source_path": source_path,
        "workshop": workshop.to_dict(),
    }
    text = json_text(envelope, indent=1)
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    _hold_own_lock(folder)
    path = folder / f"{_PREFIX}{os.getpid()}.json"
    # replaced only once the new file reopens as a recovery within the program's limits: the
    # file is read after a crash, when nothing else can be done about it
    atomic_write_text(path, text + "\n", verify=_reopens)
    return path


def _reopens(path: Path) -> None:
    """Raise if ``path`` does not read back as a recovery (:func:`load_recovery`)."""
    load_recovery(path)


def clear_own_recovery(*, release: bool = False) -> None:
    """Remove this process's recovery file, if any (after a save or a clean exit).

    With ``release`` (a clean exit) the lock file goes too; a later write takes a new one.
    """
    global _own_lock
    with contextlib.suppress(OSError):
        own_recovery_path().unlink(missing_ok=True)
    if release and _own_lock is not None:
        folder, descriptor = _own_lock
        _own_lock = None
        with contextlib.suppress(OSError):  # Windows refuses to delete an open file: close first
            os.close(descriptor)
        with contextlib.suppress(OSError):
            (folder / f"{_PREFIX}{os.getpid()}.lock").unlink(missing_ok=True)


# -- finding what a crash left --------------------------------------------------------------------
def pending_recoveries() -> list[Recovery]:
    """The recovery files of Priorizar processes that no longer run, newest first.

    Never raises for a damaged file (it comes with ``problem``) or an unreadable folder (no
    recoveries). Lock files and temporary files of ended processes that left no recovery are
    removed.
    """
    folder = recovery_dir()
    try:
        names = sorted(p.name for p in folder.iterdir())
    except OSError:
        return []
    found = []
    for name in names:
        pid = _pid_of(name, ".json")
        if pid is None or pid == os.getpid() or _writer_running(folder, pid):
            continue
        recovery = _read(folder / name, pid)
        if recovery is not None:
            found.append(recovery)
    pending = {r.pid for r in found}
    for name in names:  # what ended processes left besides their recovery files
        pid = _pid_of(name, ".lock")
        if (
            pid is not None
            and pid != os.getpid()
            and pid not in pending
            and not _writer_running(folder, pid)
        ):
            _remove_leftovers(folder, pid)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def discard_recovery(recovery: Recovery) -> None:
    """Delete ``recovery``'s file (and its lock and temporary files)."""
    with contextlib.suppress(OSError):
        recovery.path.unlink(missing_ok=True)
    if recovery.pid != os.getpid():
        _remove_leftovers(recovery.path.parent, recovery.pid)


def load_recovery(path: str | os.PathLike[str]) -> Recovery:
    """Read one recovery file; :class:`InvalidInputError` if it is missing or damaged."""
    file = Path(path)
    data = _parse(file)
    pid = data.get("pid")
    saved_at = data.get("saved_at")
    source = data.get("source_path")
    workshop = data.get("workshop")
    if (
        data.get("priorizar_recovery") != RECOVERY_VERSION
        or not isinstance(pid, int)
        or not isinstance(saved_at, str)
        or not (source is None or isinstance(source, str))
        or not isinstance(workshop, dict)
    ):
        raise _damaged(file, "not a recovery file")
    try:
        when = datetime.fromisoformat(saved_at)
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        loaded = Workshop.from_dict(workshop, file.name)
    except InvalidInputError:
        raise
    except (OverflowError, IndexError, TypeError, ValueError, KeyError) as error:
        raise _damaged(file, str(error)) from error
    return Recovery(file, pid, when, source, loaded)


def _read(file: Path, pid: int) -> Recovery | None:
    """The recovery in ``file``, a damaged one, or ``None`` if the file has gone meanwhile."""
    try:
        return replace(load_recovery(file), pid=pid)  # the file's name says whose it is
    except InvalidInputError as error:
        try:
            mtime = file.stat().st_mtime
        except OSError:
            return None  # removed by its writer between the listing and the reading
        when = datetime.fromtimestamp(mtime, UTC)
        return Recovery(file, pid, when, None, None, error)


def _parse(file: Path) -> dict[str, Any]:
    raw = read_limited(file, MAX_FILE_BYTES)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise _damaged(file, str(error)) from error
    if not isinstance(data, dict):
        raise _damaged(file, "not a recovery file")
    return data


def _damaged(file: Path, detail: str) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP("Messages", "The recovery file “{file}” is damaged ({detail})."),
        file=file.name,
        detail=detail,
    )


def _pid_of(name: str, suffix: str) -> int | None:
    if not (name.startswith(_PREFIX) and name.endswith(suffix)):
        return None
    digits = name[len(_PREFIX) : -len(suffix)]
    return int(digits) if digits.isdigit() and digits.isascii() else None


def _remove_leftovers(folder: Path, pid: int) -> None:
    """Remove an ended process's lock file and the temporary files of interrupted writes."""
    stem = f"{_PREFIX}{pid}"
    with contextlib.suppress(OSError):
        for leftover in folder.glob(f".{stem}.json.*.tmp"):
            leftover.unlink(missing_ok=True)
        (folder / f"{stem}.lock").unlink(missing_ok=True)


# -- is the writer still running? -----------------------------------------------------------------
#: The lock file this process holds: (folder, descriptor).
_own_lock: tuple[Path, int] | None = None


def _hold_own_lock(folder: Path) -> None:
    """Take this process's lock in ``folder`` (once; it is held until the process ends)."""
    global _own_lock
    if _own_lock is not None and _own_lock[0] == folder:
        return
    if _own_lock is not None:  # the folder changed (tests): let go of the old one
        with contextlib.suppress(OSError):
            os.close(_own_lock[1])
        _own_lock = None
    path = folder / f"{_PREFIX}{os.getpid()}.lock"
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if _try_lock(descriptor):
        _own_lock = (folder, descriptor)
    else:  # should not happen (the pid is ours); write anyway, unprotected
        os.close(descriptor)


def _writer_running(folder: Path, pid: int) -> bool:
    """Whether the Priorizar process ``pid`` that writes in ``folder`` still runs."""
    if os.name == "posix" and not _pid_exists(pid):
        return False
    try:
        descriptor = os.open(folder / f"{_PREFIX}{pid}.lock", os.O_RDWR)
    except FileNotFoundError:
        return False  # a writer takes its lock before it writes
    except OSError:
        return True  # cannot tell: leave it alone
    try:
        return not _try_lock(descriptor)  # a lock we can take is held by nobody
    finally:
        os.close(descriptor)  # closing releases a lock we took


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except (OverflowError, ValueError, OSError):
        return False
    return True


if sys.platform == "win32":
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


__all__ = [
    "ENVIRONMENT_VARIABLE",
    "RECOVERY_VERSION",
    "Recovery",
    "clear_own_recovery",
    "discard_recovery",
    "load_recovery",
    "own_recovery_path",
    "pending_recoveries",
    "recovery_dir",
    "write_recovery",
]
