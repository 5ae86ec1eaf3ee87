"""Work off the interface thread: a :class:`Job` runs on Qt's thread pool (:func:`start_job`),
reports its progress and hands its result back to the interface thread.

The rank acceptability page (:mod:`app.ui.robustness.acceptability`) ranks its weight samples
in a job, so the window never freezes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app.models.errors import InvalidInputError


class _Signals(QObject):
    progress = Signal(int)  # percent done
    finished = Signal(object, object)  # the job, and its result or an InvalidInputError


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
            result: object = self._work(self._report)
        except _Cancelled:
            return
        except InvalidInputError as error:
            result = error
        self.signals.finished.emit(self, result)


class _Cancelled(Exception):
    pass


def start_job(job: Job) -> None:
    """Run ``job`` on Qt's thread pool.

    A job runs numpy on data prepared on the interface thread and imports nothing: Python 3.11's
    cycle collector, running on the interface thread, can crash on the frame of an import that
    another thread is running (CPython gh-111363; PySide6's import hook makes such frames). What
    a job needs is imported before it starts; scikit-criteria, slow to import, is imported and
    run on the interface thread (:meth:`app.ui.robustness.methods.MethodsPage.compare_methods`).
    tests/ui/robustness/test_jobs.py runs jobs against a busy collector.
    """
    QThreadPool.globalInstance().start(job)
