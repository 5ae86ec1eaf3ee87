"""What the window does with an error nobody foresaw: a message, never silence.

The errors the program foresees are :class:`~app.models.errors.InvalidInputError`s, shown where
they happen, in the person's language. Anything else raised in the window's code is a bug; left to
Python's default hook it would print a traceback on a console the installed program does not have,
and the click that caused it would seem to do nothing. While the window runs, :func:`install`
replaces that hook: the traceback goes to ``errors.log`` in Priorizar's data folder (beside the
recovery files, :func:`app.io.autosave.recovery_dir`), and the person reads one message, in the
interface language, that says the workshop is still open, how to keep it safe, and where the
details are for whoever supports the program. An error on a worker thread is only logged (a
window cannot be shown from there; the work's own boundary reports it, see
:func:`app.ui.jobs.run_busy`).
"""

from __future__ import annotations

import sys
import threading
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from app import __version__

#: The file in Priorizar's data folder that collects what unforeseen errors left.
LOG_NAME = "errors.log"
#: The log stops growing at this size (an error in a repaint would repeat at every frame).
MAX_LOG_BYTES = 1024 * 1024


def log_path() -> Path:
    """Where the details of unforeseen errors are written."""
    from app.io.autosave import recovery_dir  # only once an error happened

    return recovery_dir().parent / LOG_NAME


def write_log(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> Path:
    """Append the error's traceback, with the time and the program's version, to
    :func:`log_path`; returns the file (the folder is made if needed)."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        return path
    lines = traceback.format_exception(kind, error, trace)
    stamp = datetime.now().isoformat(timespec="seconds")
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {stamp} Priorizar {__version__}\n{''.join(lines)}\n")
    return path


def message(log: Path | None) -> str:
    """The message for the person, in the interface language. What went wrong is named only in
    the log: a bug's own words are a programmer's (an internal id, a Python name)."""
    text = QCoreApplication.translate(
        "UnexpectedError",
        "Something went wrong that Priorizar did not expect.\n\nYour workshop is still open. To "
        "keep your work safe, save it now under a new name (File > Save as).",
    )
    if log is None:
        return text
    return (
        text
        + "\n\n"
        + QCoreApplication.translate(
            "UnexpectedError",
            "The details are in {file}: please send that file to whoever supports Priorizar.",
        ).format(file=str(log))
    )


class ErrorHook:
    """``sys.excepthook`` while the window runs (see the module docstring). One message at a
    time (an error while a message shows is only logged), and one for each place an error comes
    from: the same bug again, in a repaint say, is only logged."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent
        self._showing = False
        self._told: set[tuple[str, str, int | None]] = set()

    def __call__(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        try:
            log: Path | None = write_log(kind, error, trace)
        except OSError:  # a full disk or a folder that cannot be made: the message still shows
            log = None
        if threading.current_thread() is not threading.main_thread() or self._showing:
            return
        origin = _origin(kind, trace)
        if origin in self._told:
            return
        self._told.add(origin)
        self._showing = True
        try:
            self.show(message(log))
        finally:
            self._showing = False

    def show(self, text: str) -> None:
        """Show ``text`` (the one modal call; tests replace it)."""
        from PySide6.QtWidgets import QMessageBox  # only once an error happened

        box = QMessageBox(self._parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("UnexpectedError", "Unexpected error"))
        box.setText(text)
        box.exec()


def _origin(kind: type[BaseException], trace: TracebackType | None) -> tuple[str, str, int | None]:
    """Where an error comes from: its kind and the innermost line of its traceback."""
    frames = traceback.extract_tb(trace) if trace is not None else []
    last = frames[-1] if frames else None
    return (kind.__name__, last.filename if last else "", last.lineno if last else None)


def install(parent: QWidget) -> ErrorHook:
    """Make :class:`ErrorHook` Python's hook for errors nobody caught; returns it."""
    hook = ErrorHook(parent)
    sys.excepthook = hook
    return hook


__all__ = ["LOG_NAME", "MAX_LOG_BYTES", "ErrorHook", "install", "log_path", "message", "write_log"]
