"""Start-up: ``python -m app --quit-after-first-paint`` against a bare PySide6 window.

Target (issue 3): the program's first paint within 2x the time of a bare PySide6 window with one
label, both measured here in the same run as whole processes (offscreen). Measured on the 2-core
reference machine: about 2.3x warm (app ~195-205 ms, bare window ~84 ms), so the target is not
met; this benchmark reports the ratio and guards against regressions at 3.5x (timing on a 2-core
machine is noisy). What the app adds to the bare window is mostly fixed costs: importing numpy
(~30 ms), PySide6 building the Python enums of the Qt types the window uses (~23 ms, the ``Qt``
namespace alone ~11 ms), and painting a full 1366 x 768 window in seven fonts (~15 ms); our own
modules (~25 ms, half of it creating dataclasses) and widgets (~16 ms) are the rest.
"""

from __future__ import annotations

import compileall
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from tests.benchmarks.conftest import median_seconds

ROOT = Path(__file__).resolve().parents[2]
# An installed program runs from compiled bytecode; compile ours even where the environment
# forbids writing it (PYTHONDONTWRITEBYTECODE), so both processes start alike.
compileall.compile_dir(ROOT / "app", quiet=1)
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
_medians: dict[str, float] = {}
#: The issue's target is 2x; see the module docstring for why the guard is looser for now.
REGRESSION_GUARD = 3.5


def _run(*args: str) -> None:
    completed = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=ENV, capture_output=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr.decode(errors="replace")


def test_startup_bare_pyside6_window(benchmark: Any) -> None:
    benchmark.pedantic(
        _run, args=(str(ROOT / "tests/benchmarks/bare_window.py"),), rounds=5, warmup_rounds=1
    )
    _medians["bare"] = median_seconds(benchmark)


def test_startup_first_paint(benchmark: Any) -> None:
    benchmark.pedantic(
        _run, args=("-m", "app", "--quit-after-first-paint"), rounds=5, warmup_rounds=1
    )
    ours = median_seconds(benchmark)
    bare = _medians.get("bare")
    if bare is None:  # run alone: measure the yardstick now
        import time

        start = time.perf_counter()
        _run(str(ROOT / "tests/benchmarks/bare_window.py"))
        bare = time.perf_counter() - start
    benchmark.extra_info.update(bare_window_seconds=bare, ratio=ours / bare)
    print(
        f"\nstart-up: priorizar {ours * 1e3:.0f} ms, bare window {bare * 1e3:.0f} ms, "
        f"ratio {ours / bare:.2f}"
    )
    assert ours <= REGRESSION_GUARD * bare


def test_the_modules_without_qt_load_before_pyside6() -> None:
    """PySide6's import hook reads the source of every module imported after it; app/ui/main.py
    imports numpy and the models and io modules the first paint needs before PySide6."""
    code = textwrap.dedent(
        """
        import json, os, sys
        from app.ui.main import run

        exit_now = os._exit

        def leave(code):
            names = list(sys.modules)  # in the order the imports began
            late = names[names.index("PySide6") :]
            print(json.dumps([n for n in late if n.startswith(("numpy", "app.models", "app.io"))]))
            sys.stdout.flush()
            exit_now(code)

        os._exit = leave
        run(["--quit-after-first-paint"])
        """
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout.splitlines()[-1]) == []
