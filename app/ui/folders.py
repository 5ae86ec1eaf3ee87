"""Where the file dialogs open: the folder of the last file opened, imported, saved or exported.

Every dialog of the program that asks for a file starts there (the user's documents on a first
start), and every file chosen moves it; the settings keep it between runs (``files/folder``).
"""

from __future__ import annotations

from pathlib import Path

from app.ui.environment import app_settings

_KEY = "files/folder"


def last_folder() -> str:
    """The folder of the last file chosen, if it still exists; else the user's documents."""
    from PySide6.QtCore import QStandardPaths

    folder = app_settings().value(_KEY)
    if isinstance(folder, str) and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def remember_folder(path: str) -> None:
    """Remember the folder of ``path``, a file just chosen, for the next dialog."""
    app_settings().setValue(_KEY, str(Path(path).parent))


__all__ = ["last_folder", "remember_folder"]
