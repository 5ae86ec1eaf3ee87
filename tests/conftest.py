"""Test set-up shared by all tests: Qt runs offscreen, and everything the program keeps between
runs (settings, recovery files, the user's presets) goes to a throw-away folder, on every system.

On Windows the window's settings would otherwise go to the registry (``HKCU\\Software\\
Priorizar``): :func:`app.ui.environment.app_settings` keeps them in an INI file in
``$PRIORIZAR_SETTINGS_DIR`` instead, for this process and the programs its tests start.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# Python keeps the bytecode it compiles beside the sources (app/__pycache__): the tests keep it
# in a folder of their own, also for the programs they start, so a test run writes nothing into
# the checkout. Set before the first import of the program below.
if sys.pycache_prefix is None:
    sys.pycache_prefix = str(Path(tempfile.gettempdir()) / "priorizar-tests-bytecode")
os.environ.setdefault("PYTHONPYCACHEPREFIX", sys.pycache_prefix)

from app.io.autosave import ENVIRONMENT_VARIABLE as RECOVERY_DIR_VARIABLE
from app.io.presets import USER_PRESETS_ENV
from app.ui.environment import SETTINGS_DIR_VARIABLE, prepare_qt
from tests.screens import offscreen_platform

os.environ.setdefault("LANG", "en_GB.UTF-8")
_SCRATCH = Path(tempfile.mkdtemp(prefix="priorizar-tests-"))
# Qt's offscreen platform, with a full-HD screen rather than its default 800 x 800: a window
# opens at its first-start size, as on a common monitor (tests/ui/laptop.py tries a laptop's).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform("full-hd.json")
for _variable, _folder in (
    (SETTINGS_DIR_VARIABLE, "settings"),
    (RECOVERY_DIR_VARIABLE, "recovery"),
    (USER_PRESETS_ENV, "presets"),
    # and what Qt itself keeps on Linux (the file dialogs' QtProject.conf)
    ("XDG_CONFIG_HOME", "config"),
):
    os.environ[_variable] = str(_SCRATCH / _folder)
# On Windows, Qt's offscreen platform needs the system's fonts folder (before the QApplication)
prepare_qt()
