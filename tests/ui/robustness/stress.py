"""Robustness jobs against a busy cycle collector, in a process of its own.

    python -m tests.ui.robustness.stress [ROUNDS]

Python 3.11's cycle collector, run on the interface thread, can crash on the frame of an import
running on another thread (CPython gh-111363); it did, about once in ten runs of the window's
tests, while a job imported scikit-criteria. Jobs import nothing now (see
:func:`app.ui.jobs.start_job`). Here rounds of the rank acceptability job run on
Qt's thread pool while the interface thread makes cyclic garbage and collects it without pause:
a crash ends the process with a signal, which the test sees as its exit status.
"""

from __future__ import annotations

import gc
import os
import sys


def main(rounds: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.io.example import example_workshop
    from app.models.analysis import evaluate
    from app.models.sensitivity import acceptability_in_chunks, sample_weights
    from app.ui.jobs import Job, start_job

    app = QApplication([sys.argv[0]])
    evaluation = evaluate(example_workshop())
    problem = evaluation.problem
    samples = sample_weights(problem, "simplex", 3000, seed=7)
    gc.enable()
    finished: list[object] = []
    collections = 0
    for _ in range(rounds):
        job = Job(lambda report: acceptability_in_chunks(problem, samples, 3, 7, report))
        job.signals.finished.connect(lambda _job, result: finished.append(result))
        start_job(job)
        target = len(finished) + 1
        while len(finished) < target:
            cycle: list[object] = []
            cycle.append(cycle)  # garbage only the collector frees
            gc.collect(0 if collections % 100 else 2)  # now and then a full collection
            collections += 1
            app.processEvents()
    bad = [r for r in finished if not isinstance(r, dict)]
    print(f"{rounds} jobs, {collections} collections, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 40))
