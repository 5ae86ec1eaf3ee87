"""The window's start-up (app/ui/shell/main.py): its command-line options, run as a user runs
them, in processes of their own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[3]


def test_screenshot_command_writes_png(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    completed = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(out), "--lang", "en"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_presentation_screenshot_is_full_hd(tmp_path: Path) -> None:
    out = tmp_path / "presentation.png"
    completed = subprocess.run(
        [sys.executable, "-m", "app", "--screenshot", str(out), "--presentation"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)


def test_quit_after_first_paint_exits_zero() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "app", "--quit-after-first-paint"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr


def test_the_first_paint_imports_nothing_it_does_not_need() -> None:
    """scikit-criteria and openpyxl (seconds and a tenth of one to import), scipy.stats (0.7 s;
    the rank correlations shown at the first paint do without it, app/models/ranking.py),
    pyqtgraph (the chart, built right after the first paint) and numpy.typing (annotations
    only, app/models/arrays.py) stay off the start-up path: each is imported where it is first
    needed. Python's own report of the imports (-X importtime) lists every module the start-up
    loaded."""
    completed = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "app", "--quit-after-first-paint"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    loaded = {
        line.rsplit("|", 1)[1].strip()
        for line in completed.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert {"numpy", "PySide6.QtWidgets", "app.ui.shell.main_window"} <= loaded  # it did start
    heavy = ("skcriteria", "openpyxl", "scipy.stats", "pyqtgraph", "numpy.typing")
    assert [name for name in heavy if name in loaded] == []
