"""Work off the interface thread: a :class:`Job` runs on Qt's thread pool (:func:`start_job`),
reports its progress and hands its result back to the interface thread.

The rank acceptability page (:mod:`app.ui.robustness.acceptability`) ranks its weight samples in a
job, so the window never freezes; the window's save (:meth:`app.ui.shell.main_window.MainWindow.
_save_to`) writes the record in one and waits with a busy indicator (:func:`run_busy`).
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

#: How long a busy wait runs before its indicator shows (milliseconds): a quick save never flashes
#: a dialog.
BUSY_DELAY_MS = 400


class _Signals(QObject):
    progress = Signal(int)  # percent done
    finished = Signal(object, object)  # the job, and its result or an InvalidInputError
    ended = Signal()  # finished, cancelled or failed: the job no longer runs


class Job(QRunnable):
    """Runs ``work(report)`` on Qt's thread pool; ``report(percent)`` emits progress. The result
    (or the :class:`InvalidInputError` raised) arrives with the job through ``signals.finished``;
    connected to a method of a widget, it runs on the interface thread (a queued connection).
    ``cancel()`` makes ``report`` stop the work at its next step."""

    def __init__(self, work: Callable[[Callable[[int], None]], object]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.setAutoDelete(False)  # the page keeps it to compare and to cancel
        self._work = work
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    def _report(self, done: int) -> None:
        if self.cancelled:
            raise _Cancelled
        self.signals.progress.emit(done)

    def run(self) -> None:
        try:
            try:
                result: object = self._work(self._report)
            except _Cancelled:
                return
            except InvalidInputError as error:
                result = error
            self.signals.finished.emit(self, result)
        finally:
            self.signals.ended.emit()


class _Cancelled(Exception):
    pass


def start_job(job: Job) -> None:
    """Run ``job`` on Qt's thread pool.

    A job runs numpy on data prepared on the interface thread and imports nothing: Python 3.11's
    cycle collector, running on the interface thread, can crash on the frame of an import that
    another thread is running (CPython gh-111363; PySide6's import hook makes such frames). What
    a job needs is imported before it starts (a save: :func:`app.io.saving.prepare_save`);
    scikit-criteria, slow to import, is imported and run on the interface thread
    (:meth:`app.ui.robustness.methods.MethodsPage.compare_methods`).
    tests/ui/robustness/test_jobs.py runs jobs against a busy collector.

    While jobs run, the cycle collector runs only on the interface thread (:class:`_Collector`).
    """
    _Collector.instance().job_started(job)
    QThreadPool.globalInstance().start(job)


class _Collector(QObject):
    """Keeps Python's cycle collector off the jobs' threads.

    Python collects cyclic garbage on whichever thread allocates past its threshold; a job
    allocates, so the collection would run on the job's thread. Among the garbage may be the
    Python side of widgets the interface thread made (a closed dialog's menus); destroying them
    there deadlocked a save: the job's thread, deleting a QObject, held a Qt lock and waited for
    Python's lock, while the interface thread, in an event filter, held Python's lock and waited
    for that Qt lock (seen in .ci/run and under Windows). So, the pattern of pyqtgraph's
    ``GarbageCollector`` and calibre, for as long as jobs run: the garbage so far is collected on
    the interface thread before the first job starts, the automatic collection is paused, and it
    resumes (as it was) once the last job ended; the interface thread may still collect
    explicitly meanwhile. tests/ui/test_jobs.py checks that no collection runs on a job's thread.
    """

    _instance: _Collector | None = None

    def __init__(self) -> None:
        super().__init__()
        self._running = 0
        self._was_enabled = True

    @classmethod
    def instance(cls) -> _Collector:
        """The one collector keeper, made on the interface thread by the first job."""
        if cls._instance is None:
            cls._instance = _Collector()
        return cls._instance

    def job_started(self, job: Job) -> None:
        if self._running == 0:
            self._was_enabled = gc.isenabled()
            gc.collect()
            gc.disable()
        self._running += 1
        job.signals.ended.connect(self._job_ended, Qt.ConnectionType.QueuedConnection)

    def _job_ended(self) -> None:
        self._running -= 1
        if self._running == 0 and self._was_enabled:
            gc.enable()


class _InputBlocker(QObject):
    """Swallows what a person types, clicks, drops or presses as a shortcut, in every window of
    the program, while a busy wait runs: the windows still paint, but nothing opens another
    file or changes the workshop before the indicator shows (and after, in the other windows)."""

    BLOCKED = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
            QEvent.Type.Shortcut,
            QEvent.Type.ShortcutOverride,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
            QEvent.Type.ContextMenu,
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self.BLOCKED


def run_busy(parent: QWidget, label: str, work: Callable[[], object]) -> InvalidInputError | None:
    """Run ``work()`` in a job and wait for it, the interface still painting: a busy cursor at
    once, and after :data:`BUSY_DELAY_MS` a window-modal busy indicator saying ``label`` (no
    cancel: a save half done is not a state to leave). Returns the :class:`InvalidInputError`
    that ``work`` raised, or None. ``work`` raises nothing else (its own boundary turns any
    failure into a message: :func:`app.io.saving.save_document`). Meanwhile the program takes
    no input (:class:`_InputBlocker`): the wait is a loop of its own, and a file opened or a
    workshop replaced during it would be marked as the one saved."""
    outcome: list[object] = []
    loop = QEventLoop()

    def guarded(_report: Callable[[int], None]) -> object:
        try:
            return work()
        except InvalidInputError:
            raise
        except Exception as error:  # the boundary: never a traceback, never a wait forever
            return InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages", "The work stopped with an unexpected error ({reason})."
                ),
                reason=type(error).__name__,
            )

    job = Job(guarded)
    # the result is kept in the worker thread, the wait ends on the interface thread
    job.signals.finished.connect(
        lambda _job, result: outcome.append(result), Qt.ConnectionType.DirectConnection
    )
    job.signals.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    indicator = QProgressDialog(parent)
    indicator.setLabelText(label)
    indicator.setRange(0, 0)  # busy, no percentage
    indicator.setCancelButton(None)  # no cancel button
    indicator.setWindowModality(Qt.WindowModality.WindowModal)
    indicator.setMinimumDuration(0)
    indicator.setAutoClose(False)
    shows = QTimer(indicator)
    shows.setSingleShot(True)
    shows.timeout.connect(indicator.show)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    blocker = _InputBlocker(indicator)
    application = QApplication.instance()
    assert application is not None
    application.installEventFilter(blocker)
    try:
        start_job(job)
        shows.start(BUSY_DELAY_MS)
        if not outcome:
            loop.exec()
    finally:
        application.removeEventFilter(blocker)
        shows.stop()
        QApplication.restoreOverrideCursor()
        indicator.hide()
        indicator.deleteLater()
    result = outcome[0]
    return result if isinstance(result, InvalidInputError) else None


__all__ = ["BUSY_DELAY_MS", "Job", "run_busy", "start_job"]
