"""Test set-up shared by all tests: Qt runs offscreen, with settings in a throw-away folder."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QSettings (window state, recent files, language) must not read or write the user's own.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="priorizar-test-config-")
os.environ.setdefault("LANG", "en_GB.UTF-8")
# Autosaves and recovery files go to a throw-away folder too, never the user's data folder.
os.environ["PRIORIZAR_RECOVERY_DIR"] = tempfile.mkdtemp(prefix="priorizar-test-recovery-")
# The start-up's cache of compiled dataclass code (app/codecache.py) too.
os.environ["PRIORIZAR_CACHE_DIR"] = tempfile.mkdtemp(prefix="priorizar-test-cache-")
