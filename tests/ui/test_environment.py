"""What the window takes from its surroundings: the fonts folder for Qt's offscreen platform on
Windows, and where its settings are kept."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.io.example import example_workshop
from app.ui.environment import (
    FONT_DIR_VARIABLE,
    SETTINGS_DIR_VARIABLE,
    app_settings,
    prepare_qt,
)
from app.ui.shell.main_window import MainWindow


def windows_folder(tmp_path: Path, *, fonts: bool = True) -> Path:
    windows = tmp_path / "Windows"
    (windows / "Fonts" if fonts else windows).mkdir(parents=True)
    return windows


def test_on_windows_qt_reads_the_systems_fonts(tmp_path: Path) -> None:
    """The PySide6 wheel has no <Qt>\\lib\\fonts, where Qt's offscreen platform looks on
    Windows: the self-test, --screenshot and the tests would draw with no font and Qt warns."""
    environ = {"WINDIR": str(windows_folder(tmp_path))}
    prepare_qt(environ, system="win32")
    assert environ[FONT_DIR_VARIABLE] == str(tmp_path / "Windows" / "Fonts")


def test_systemroot_names_the_windows_folder_when_windir_is_unset(tmp_path: Path) -> None:
    environ = {"SystemRoot": str(windows_folder(tmp_path))}
    prepare_qt(environ, system="win32")
    assert environ[FONT_DIR_VARIABLE] == str(tmp_path / "Windows" / "Fonts")


@pytest.mark.parametrize(
    ("system", "chosen", "fonts", "expected"),
    [
        ("win32", "D:\\fuentes", True, "D:\\fuentes"),  # the user's choice stays
        ("win32", None, False, None),  # no fonts folder: nothing to point at
        ("linux", None, True, None),  # fontconfig finds the fonts elsewhere
        ("darwin", None, True, None),
    ],
)
def test_the_fonts_folder_is_set_only_where_needed(
    tmp_path: Path, system: str, chosen: str | None, fonts: bool, expected: str | None
) -> None:
    environ = {"WINDIR": str(windows_folder(tmp_path, fonts=fonts))}
    if chosen is not None:
        environ[FONT_DIR_VARIABLE] = chosen
    prepare_qt(environ, system=system)
    assert environ.get(FONT_DIR_VARIABLE) == expected


def test_settings_go_to_the_chosen_folder_as_an_ini_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With PRIORIZAR_SETTINGS_DIR set (as the tests set it on every system) the settings are a
    file in that folder: on Windows the registry is neither read nor written."""
    monkeypatch.setenv(SETTINGS_DIR_VARIABLE, str(tmp_path))
    store = app_settings()
    assert store.format() is QSettings.Format.IniFormat
    store.setValue("language", "es")
    store.sync()
    assert Path(store.fileName()) == tmp_path / "Priorizar.ini"
    assert "language=es" in (tmp_path / "Priorizar.ini").read_text("utf-8")
    assert app_settings().value("language") == "es"


def test_the_window_keeps_its_settings_in_that_folder(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(SETTINGS_DIR_VARIABLE, str(tmp_path))
    window = MainWindow(example_workshop())
    qtbot.addWidget(window)
    window.set_language("en")
    window.close()  # keeps the window's layout
    saved = (tmp_path / "Priorizar.ini").read_text("utf-8")
    assert "language=en" in saved and "geometry=" in saved


def test_the_tests_never_touch_the_users_own_settings() -> None:
    """tests/conftest.py points every store the program keeps between runs at a throw-away
    folder, on every system (the registry on Windows included)."""
    for variable in (SETTINGS_DIR_VARIABLE, "PRIORIZAR_RECOVERY_DIR", "PRIORIZAR_PRESETS_DIR"):
        assert Path(os.environ[variable]).name in {"settings", "recovery", "presets"}
        assert Path(os.environ[variable]).parent.name.startswith("priorizar-tests-")
    assert Path(app_settings().fileName()).parent == Path(os.environ[SETTINGS_DIR_VARIABLE])
