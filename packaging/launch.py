"""The frozen program's entry script (PyInstaller runs it as ``__main__``): ``app.__main__.main``.

A script of its own rather than ``app/__main__.py``: PyInstaller puts an entry script's folder on
the module search path while it analyses imports, and ``app/`` there would make ``app/io`` shadow
the standard library's ``io``.
"""

from __future__ import annotations

import multiprocessing
import sys

from app.__main__ import main

if __name__ == "__main__":
    # a library that starts worker processes (joblib, through scikit-learn) re-runs this program:
    # the child must become the worker, not open another window
    multiprocessing.freeze_support()
    sys.exit(main())
