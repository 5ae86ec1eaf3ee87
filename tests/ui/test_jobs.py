"""Jobs on Qt's thread pool (app/ui/jobs.py) keep Python's cycle collector on the interface
thread: collected on a job's thread, the Python side of the interface's widgets deadlocked a
save (the job's thread held a Qt lock and waited for Python's, the interface thread the other
way round)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from app.ui.jobs import Job, start_job


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The thread of every collection the cycle collector makes during a test."""
    seen: list[str] = []

    def note(phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield seen
    gc.callbacks.remove(note)


def _allocating(report: Callable[[int], None]) -> int:
    """Work that allocates enough container objects to pass the collector's threshold many
    times over (each cycle lives until a collection frees it)."""
    for step in range(20):
        for _ in range(5000):
            cycle: list[object] = []
            cycle.append(cycle)
        report(step * 5)
    return 1


def test_no_collection_runs_on_a_jobs_thread(qtbot: Any, collections: list[str]) -> None:
    assert gc.isenabled()
    job = Job(_allocating)
    with qtbot.waitSignal(job.signals.finished, timeout=60_000):
        start_job(job)
    qtbot.waitUntil(gc.isenabled)  # resumed once the job ended
    main = threading.main_thread().name
    assert collections and set(collections) == {main}


def test_a_cancelled_job_gives_the_collector_back(qtbot: Any) -> None:
    job = Job(_allocating)
    job.cancel()  # stops at its first report: no finished signal
    with qtbot.waitSignal(job.signals.ended, timeout=60_000):
        start_job(job)
    qtbot.waitUntil(gc.isenabled)


def test_a_paused_collector_stays_paused(qtbot: Any) -> None:
    """Whoever paused the collector before keeps it paused (the state is restored, not set)."""
    gc.disable()
    try:
        job = Job(_allocating)
        with qtbot.waitSignal(job.signals.ended, timeout=60_000):
            start_job(job)
        qtbot.wait(50)  # the queued end is handled
        assert not gc.isenabled()
    finally:
        gc.enable()
