"""The layer rule (docs/ARCHITECTURE.md, "The layers"): app.models and app.io never import Qt or
pyqtgraph, and the command line runs without them.

Checked twice: by importing every module in a fresh interpreter and looking at ``sys.modules``
(catches indirect imports, through a third module), and by reading the source (catches an import
inside a function that the first check does not execute).

And no module of app.io or app.models takes part in an import cycle: read from the source, every
import is an edge, also one inside a function (a cycle hidden in a function still ties the
modules together) or one for type checking only.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph")
HEADLESS_PACKAGES = ("app/models", "app/io")


#: Defines ``forbidden()``: the forbidden packages' modules loaded so far.
PRELUDE = f"""
import sys
def forbidden():
    return sorted(name for name in sys.modules if name.split(".")[0] in {FORBIDDEN!r})
"""


def run_python(code: str, *args: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter; it prints one JSON object as its last line."""
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + textwrap.dedent(code), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


def test_models_and_io_import_no_qt() -> None:
    result = run_python(
        """
        import importlib, json, pkgutil, sys
        import app.models, app.io
        imported = []
        for package in (app.models, app.io):
            for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
                importlib.import_module(module.name)
                imported.append(module.name)
        print(json.dumps({"imported": imported, "forbidden": forbidden()}))
        """
    )
    assert result["forbidden"] == []
    imported = result["imported"]
    assert isinstance(imported, list)
    for module in ("app.models.workshop", "app.models.analysis", "app.io.workshop_file"):
        assert module in imported


def test_command_line_runs_without_qt(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Comunidad;A;B\nX;1;2\nY;2;1\n", "utf-8")
    result = run_python(
        """
        import contextlib, io, json, sys
        from app.__main__ import main
        with contextlib.redirect_stdout(io.StringIO()) as out:
            status = main(["rank", sys.argv[1]])
            main(["rank", sys.argv[1], "--json"])
            main(["--help"])
        print(json.dumps({"status": status, "forbidden": forbidden(), "out": out.getvalue()}))
        """,
        str(table),
    )
    assert result["status"] == 0
    assert "TOPSIS rank" in str(result["out"])
    assert result["forbidden"] == []


def test_entry_point_module_imports_no_qt() -> None:
    result = run_python(
        """
        import json, sys
        import app.__main__, app.cli
        print(json.dumps({"forbidden": forbidden()}))
        """
    )
    assert result["forbidden"] == []


def headless_sources() -> list[Path]:
    return sorted(path for package in HEADLESS_PACKAGES for path in (ROOT / package).rglob("*.py"))


def forbidden_imports(source: str, name: str) -> list[str]:
    """``name:line: module`` for every import of a forbidden package, wherever it stands."""
    found = []
    for node in ast.walk(ast.parse(source, name)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module]
        else:
            continue
        found += [f"{name}:{node.lineno}: {m}" for m in modules if m.split(".")[0] in FORBIDDEN]
    return found


def test_no_source_line_imports_qt() -> None:
    sources = headless_sources()
    assert any(path.name == "workshop.py" for path in sources)
    found = [
        line
        for path in sources
        for line in forbidden_imports(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    ]
    assert found == []


@pytest.mark.parametrize(
    "source",
    [
        "import PySide6.QtCore",
        "import os, shiboken6",
        "from pyqtgraph import PlotWidget",
        "def f():\n    from PySide6 import QtCore",
    ],
)
def test_the_static_check_finds_qt_imports(source: str) -> None:
    assert len(forbidden_imports(source, "probe.py")) == 1


def import_graph(root: Path) -> dict[str, set[str]]:
    """Every module of the program below ``root`` (``app.io.record`` for a package's
    ``__init__.py``) and the modules of the program it imports, wherever the import stands."""
    modules: dict[str, Path] = {}
    for path in (root / "app").rglob("*.py"):
        parts = path.relative_to(root).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                # "from app.io import record" imports the module app.io.record
                targets = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                continue
            graph[name] |= {target for target in targets if target in modules} - {name}
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            component = [stack.pop()]
            while component[-1] != module:
                component.append(stack.pop())
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return found


def test_no_module_of_app_io_is_in_an_import_cycle() -> None:
    graph = import_graph(ROOT)
    assert {"app.io.reading", "app.io.record", "app.io.record.reading"} <= graph.keys()
    assert "app.io.record" in graph["app.io.reading"]  # lazy imports count
    assert [
        cycle for cycle in import_cycles(graph) if any(m.startswith("app.io") for m in cycle)
    ] == []


def test_no_module_of_app_models_is_in_an_import_cycle() -> None:
    graph = import_graph(ROOT)
    assert {"app.models.workshop", "app.models.sensitivity.sweep"} <= graph.keys()
    assert "app.models.judgements" in graph["app.models.derived"]
    assert [
        cycle for cycle in import_cycles(graph) if any(m.startswith("app.models") for m in cycle)
    ] == []


def test_the_cycle_check_finds_a_cycle_through_a_lazy_import(tmp_path: Path) -> None:
    package = tmp_path / "app" / "io"
    package.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from app.io import b\n")
    (package / "b.py").write_text("def f():\n    from app.io.c import g\n")
    (package / "c.py").write_text("import app.io.a\n")
    (package / "d.py").write_text("from app.io.a import x\n")  # imports the cycle, not in it
    assert import_cycles(import_graph(tmp_path)) == [["app.io.a", "app.io.b", "app.io.c"]]


def test_the_cycle_check_sees_an_import_for_type_checking_only(tmp_path: Path) -> None:
    package = tmp_path / "app" / "models"
    package.mkdir(parents=True)
    (tmp_path / "app" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from app.models.b import B\n"
    )
    (package / "b.py").write_text("from app.models import a\n")
    assert import_cycles(import_graph(tmp_path)) == [["app.models.a", "app.models.b"]]
