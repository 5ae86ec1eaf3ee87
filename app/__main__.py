"""Entry point: ``priorizar`` / ``python -m app``.

- ``priorizar rank FILE ...``, ``priorizar export INPUT OUT.xlsx``, ``priorizar example
  OUT.xlsx`` (and ``priorizar --help`` / ``--version``) runs the command line,
  :mod:`app.cli`, without importing Qt at all: it works on a machine with no display and starts
  fast.
- ``priorizar --self-test`` checks a build (the frozen program above all) offscreen and prints
  one line: :mod:`app.selftest`.
- Anything else opens the window: :func:`app.ui.shell.main.run` receives the arguments (without the
  program name), for instance a file to open.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence

from app.ui import WINDOW_MODULE

#: First arguments that go to the command line (its sub-commands and its own options); kept here
#: so that opening the window does not import :mod:`app.cli`.
CLI_ARGUMENTS = ("rank", "export", "example", "-h", "--help", "--version")
#: The first argument that runs the self-test (:mod:`app.selftest`) instead of the window.
SELF_TEST_ARGUMENT = "--self-test"
#: Modules whose absence means "the window is not installed", not a bug.
_GUI_MODULES = (WINDOW_MODULE, "PySide6", "shiboken6", "pyqtgraph")
#: One OpenBLAS thread (numpy's wheels ship OpenBLAS), unless the user chose otherwise. Our
#: matrices are small (50 x 15; 10,000 x 15 for the sensitivity analysis, no slower on one
#: thread), and OpenBLAS's extra threads busy-wait for a while after numpy is imported: on a
#: 2-core machine they take a core from the start-up of the window.
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "1")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line or the window, by the first argument; returns the exit status."""
    os.environ.setdefault(*_BLAS_THREADS)  # read when numpy is first imported, just below
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments and arguments[0] in CLI_ARGUMENTS:
        from app.cli import main as cli_main

        return cli_main(arguments)
    if arguments and arguments[0] == SELF_TEST_ARGUMENT:
        from app.selftest import main as self_test

        return self_test(arguments[1:])
    try:
        gui = importlib.import_module(WINDOW_MODULE)
    except ModuleNotFoundError as error:
        if error.name not in _GUI_MODULES:
            raise
        print(
            f"priorizar: the window cannot start ({error.name} is not installed); "
            "'priorizar rank FILE' works without it",
            file=sys.stderr,
        )
        return 1
    status = gui.run(arguments)
    return int(status) if status is not None else 0


if __name__ == "__main__":
    sys.exit(main())
