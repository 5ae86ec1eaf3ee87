"""What the window takes from its surroundings: Qt's start-up variables and the settings' store.

Fonts for Qt's offscreen platform on Windows
--------------------------------------------
The self-test, ``--screenshot`` and the tests draw the window on Qt's ``offscreen`` platform. On
Windows that platform reads its fonts with FreeType from ``<Qt>\\lib\\fonts``, a folder the
PySide6 wheel (and so the frozen program) does not have: Qt warns ``QFontDatabase: Cannot find
font directory`` and draws with no font. :func:`prepare_qt` points it at the system's own fonts
(``%WINDIR%\\Fonts``) unless ``QT_QPA_FONTDIR`` was set. It must run before the
``QApplication`` exists; on other systems, and on Qt's ``windows`` platform, the variable is not
read and nothing changes.

Settings
--------
:func:`app_settings` is the one place the window's settings (language, window layout, recent
files, autosave interval) are kept: Qt's native store (the registry on Windows, an INI file in
``~/.config`` on Linux), or, when the environment variable :data:`SETTINGS_DIR_VARIABLE` names a
folder, an INI file in that folder. The tests use that folder so that they never read or write a
developer's own settings, on any system; a portable copy of the program (on a USB stick) can use
it too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

#: Qt's variable for the folder its FreeType font database reads.
FONT_DIR_VARIABLE: Final = "QT_QPA_FONTDIR"
#: When set, the folder of the settings file (``Priorizar.ini``) instead of the system's store.
SETTINGS_DIR_VARIABLE: Final = "PRIORIZAR_SETTINGS_DIR"
ORGANIZATION: Final = "Priorizar"
APPLICATION: Final = "Priorizar"


def windows_fonts_folder(environ: MutableMapping[str, str]) -> Path | None:
    """Windows' fonts folder (``%WINDIR%\\Fonts``) if it exists, else ``None``."""
    windows = environ.get("WINDIR") or environ.get("SystemRoot")
    if not windows:
        return None
    folder = Path(windows) / "Fonts"
    return folder if folder.is_dir() else None


def prepare_qt(environ: MutableMapping[str, str] | None = None, system: str = sys.platform) -> None:
    """Set what Qt reads from the environment as it starts; call before the ``QApplication``.

    On Windows, ``QT_QPA_FONTDIR`` names the system's fonts folder unless it was set already.
    """
    environ = os.environ if environ is None else environ
    if system != "win32" or environ.get(FONT_DIR_VARIABLE):
        return
    folder = windows_fonts_folder(environ)
    if folder is not None:
        environ[FONT_DIR_VARIABLE] = str(folder)


def app_settings() -> QSettings:
    """The window's settings: the system's store, or ``$PRIORIZAR_SETTINGS_DIR/Priorizar.ini``."""
    from PySide6.QtCore import QSettings  # this module is read before Qt is (see prepare_qt)

    folder = os.environ.get(SETTINGS_DIR_VARIABLE)
    if folder:
        return QSettings(str(Path(folder) / f"{APPLICATION}.ini"), QSettings.Format.IniFormat)
    return QSettings(ORGANIZATION, APPLICATION)
