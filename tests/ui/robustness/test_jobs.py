"""Robustness jobs run on Qt's thread pool while the interface thread collects garbage without
pause (tests/ui/robustness/stress.py, in a process of its own so that a crash is an exit status,
not the end of the test run)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_jobs_survive_a_busy_cycle_collector() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.robustness.stress", "60"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "60 jobs" in done.stdout and "0 failed" in done.stdout
