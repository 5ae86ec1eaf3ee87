"""Screens for Qt's offscreen platform; see README.md beside this file."""

from __future__ import annotations

import os
from pathlib import Path

FOLDER = Path(__file__).resolve().parent


def offscreen_platform(screen: str) -> str:
    """The ``QT_QPA_PLATFORM`` value for Qt's offscreen platform with the screen of the file
    ``screen`` of this folder, named relative to the current folder (Qt splits the value at every
    ":", so a Windows drive letter may not appear in it)."""
    path = FOLDER / screen
    try:
        name = os.path.relpath(path)
    except ValueError:  # Windows: the current folder is on another drive
        name = str(path)
    return f"offscreen:configfile={Path(name).as_posix()}"
