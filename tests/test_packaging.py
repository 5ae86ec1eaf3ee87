"""``pip install .`` gives a working program: the wheel built from this checkout, installed into a
fresh virtual environment, starts from any folder, finds its presets (package data) and passes
its self-test. The environment sees the dependencies already installed here
(``--system-site-packages``), so nothing is downloaded but the build's own setuptools."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import app

ROOT = Path(__file__).resolve().parents[1]
#: Left out of the copy the wheel is built from: what earlier builds and runs leave in a checkout
#: (setuptools' build/ folder would let a package missing from pyproject.toml slip in).
_NOT_SOURCES = shutil.ignore_patterns(
    ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".benchmarks", ".hypothesis"
)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the installed program's console scripts."""
    # Python's embeddable distribution for Windows (the one that runs the tests under Wine)
    # leaves out the venv module: where there is none, no virtual environment can be made.
    venv = pytest.importorskip("venv", reason="this Python has no venv module (embeddable build)")
    folder = tmp_path_factory.mktemp("wheel")
    sources = folder / "sources"
    shutil.copytree(ROOT, sources, ignore=_NOT_SOURCES)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(folder), str(sources)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = folder.glob("priorizar-*.whl")
    assert wheel.name.startswith(f"priorizar-{app.__version__}-")  # the one version
    environment = folder / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=True).create(environment)
    scripts = environment / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "-q", str(wheel)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    where = subprocess.run(
        [str(python), "-c", "import app.io.presets as p; print(p.__file__); print(p.PRESETS_DIR)"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
    )
    module, presets = (Path(line) for line in where.stdout.splitlines())
    # the installed copy runs, not this checkout, and its presets are its package data
    assert module.is_relative_to(environment), module
    assert presets == module.parents[1] / "criteria_presets" and any(presets.glob("*.json"))
    return scripts


def run(scripts: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``priorizar ARGS`` as installed, from ``cwd`` (outside the checkout)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    return subprocess.run(
        [str(scripts / "priorizar"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


def test_the_installed_program_writes_and_ranks_the_example(
    installed: Path, tmp_path: Path
) -> None:
    record = tmp_path / "ejemplo.xlsx"
    written = run(installed, "example", str(record), cwd=tmp_path)
    assert written.returncode == 0, written.stderr
    ranked = run(installed, "rank", str(record), "--json", cwd=tmp_path)
    assert ranked.returncode == 0, ranked.stderr
    assert "Q'umir Kuntur*" in ranked.stdout  # the example workshop, from the shipped presets
    assert (
        run(installed, "--version", cwd=tmp_path).stdout.strip() == f"priorizar {app.__version__}"
    )


def test_the_installed_program_passes_its_self_test(installed: Path, tmp_path: Path) -> None:
    done = run(installed, "--self-test", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith("priorizar self-test: OK")


def test_every_package_of_the_program_is_listed() -> None:
    """setuptools installs the packages pyproject.toml lists and no other: a package left out is
    missing from the wheel. (The wheel test above may not see it: pip builds in this checkout's
    build/ folder, which keeps what an earlier build put there.)"""
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    packages = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in (ROOT / "app").rglob("__init__.py")
    }
    assert "app.io.record" in packages
    assert packages <= listed
