"""Write ``packaging/requirements-windows.txt``: exact pins for the Windows build.

    python packaging/pin_windows.py

Resolves, for CPython 3.11 on 64-bit Windows, everything that the Windows workflow installs
(``pip install -e ".[test]"`` and ``packaging/requirements-build.txt``), holding each package at
the version installed in the running environment where there is one (the versions the tests
passed with here), and writes the result as a constraints file. pip's ``--platform`` chooses
Windows wheels but still evaluates environment markers for this machine, so the dependencies
that only Windows installs (``; sys_platform == "win32"``) are added afterwards, resolved the
same way. A pure-Python package published only as a source archive (:data:`SOURCE_ONLY`: pip
builds it on Windows as anywhere) is resolved on its own, without its dependencies, which join
the others. Needs the package index (pip's own settings).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import tomllib
from importlib import metadata
from pathlib import Path
from typing import Any

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUTPUT = HERE / "requirements-windows.txt"
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"}
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp"]
#: Pure-Python packages with no wheel on PyPI, only a source archive (odfpy 1.4.1, the reader of
#: .ods workbooks): resolved with ``--no-deps``, the only way pip takes a source archive for
#: another platform.
SOURCE_ONLY = frozenset({"odfpy"})


def wanted() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    build = (HERE / "requirements-build.txt").read_text(encoding="utf-8").splitlines()
    return [
        *project["dependencies"],
        *project["optional-dependencies"]["test"],
        *(line for line in build if line.strip() and not line.startswith("#")),
    ]


def resolve(
    requirements: list[str], folder: Path, *, sources: bool = False
) -> list[dict[str, Any]]:
    """What pip would install for Windows, as the ``install`` items of its report; with
    ``sources``, the packages of :data:`SOURCE_ONLY` alone, from their source archives."""
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in metadata.distributions()}
    here = [f"{name}=={version}" for name, version in sorted(installed.items())]
    (folder / "requirements.txt").write_text("\n".join(requirements) + "\n", encoding="utf-8")
    (folder / "installed.txt").write_text("\n".join(here) + "\n", encoding="utf-8")
    report = folder / "report.json"
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--dry-run", "--ignore-installed"]
    command += ["--no-deps"] if sources else ["--only-binary=:all:"]
    command += [*PLATFORM, "--target", str(folder / "target")]
    command += ["--report", str(report), "-r", str(folder / "requirements.txt")]
    command += ["-c", str(folder / "installed.txt")]
    subprocess.run(command, check=True)
    items: list[dict[str, Any]] = json.loads(report.read_text(encoding="utf-8"))["install"]
    return items


def windows_only(items: list[dict[str, Any]]) -> list[str]:
    """Requirements of ``items`` that hold on Windows but not here."""
    here = {key: str(value) for key, value in default_environment().items()} | {"extra": ""}
    windows = here | WINDOWS
    found = []
    for item in items:
        for text in item["metadata"].get("requires_dist") or []:
            requirement = Requirement(text)
            marker = requirement.marker
            if marker is not None and marker.evaluate(windows) and not marker.evaluate(here):
                requirement.marker = None
                found.append(str(requirement))
    return found


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        wanted_all = wanted()
        source = [r for r in wanted_all if canonicalize_name(Requirement(r).name) in SOURCE_ONLY]
        requirements = [r for r in wanted_all if r not in source]
        sources = resolve(source, Path(folder), sources=True) if source else []
        # the source-only packages' own dependencies are resolved with the others
        requirements += [
            text for item in sources for text in item["metadata"].get("requires_dist") or []
        ]
        items = resolve(requirements, Path(folder))
        extra = windows_only(items)
        if extra:
            items = resolve(requirements + extra, Path(folder))
        items += sources
    pins = sorted(
        (str(item["metadata"]["name"]), str(item["metadata"]["version"])) for item in items
    )
    lines = [
        "# Exact versions for the Windows build (CPython 3.11, 64-bit), used as constraints:",
        '#   pip install -e ".[test]" -r packaging/requirements-build.txt '
        "-c packaging/requirements-windows.txt",
        "# Generated by packaging/pin_windows.py from the versions installed where it ran;",
        "# run it again (and the tests) to move to newer versions. Do not edit by hand.",
        *(f"{name}=={version}" for name, version in sorted(pins, key=lambda p: p[0].lower())),
    ]
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT} ({len(pins)} packages)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
