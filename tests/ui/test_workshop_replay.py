"""The facilitator's whole workshop replayed end to end on a Windows laptop's screen (issue 19,
item 8): tests/ui/workshop_replay.py runs in a pytest process of its own, because Qt reads the
screen (1366 x 728 available, tests/screens/laptop.json) only when it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.screens import offscreen_platform

ROOT = Path(__file__).resolve().parents[2]


def test_the_facilitators_workshop_replays_on_a_laptop_in_spanish() -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM=offscreen_platform("laptop.json"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "tests/ui/workshop_replay.py",
        ],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
    )
    assert done.returncode == 0, done.stdout[-6000:] + done.stderr[-2000:]
    assert "1 passed" in done.stdout
