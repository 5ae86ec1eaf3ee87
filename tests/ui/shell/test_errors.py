"""An error nobody foresaw (app/ui/shell/errors.py): one message in the interface language, the
details in errors.log, never a click that seems to do nothing."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from app.ui.shell import errors
from app.ui.shell.errors import ErrorHook, log_path


class _Shown(ErrorHook):
    """The hook with its one modal call replaced: what it would show is kept."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.shown: list[str] = []

    def show(self, text: str) -> None:
        self.shown.append(text)


@pytest.fixture
def hook(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> _Shown:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = _Shown(parent)
    monkeypatch.setattr(sys, "excepthook", shown)
    return shown


def _fail() -> None:
    raise ZeroDivisionError("division by zero")


def test_an_error_in_a_click_is_a_message_and_a_log(qtbot: Any, hook: _Shown) -> None:
    button = QPushButton()
    qtbot.addWidget(button)
    button.clicked.connect(_fail)
    with qtbot.capture_exceptions():  # pytest-qt's own hook steps aside for this test's
        sys.excepthook = hook
        QTimer.singleShot(0, button.click)
        qtbot.waitUntil(lambda: bool(hook.shown))
    [text] = hook.shown
    assert "did not expect" in text and "division" not in text  # a bug's words stay in the log
    assert "still open" in text and "File > Save as" in text
    assert str(log_path()) in text
    logged = log_path().read_text(encoding="utf-8")
    assert "Traceback" in logged and "in _fail" in logged and "Priorizar" in logged
    assert "ZeroDivisionError: division by zero" in logged


def test_the_message_is_in_spanish_when_the_interface_is(hook: _Shown, spanish: None) -> None:
    hook(ValueError, ValueError("x"), None)
    [text] = hook.shown
    assert "Priorizar no esperaba" in text and "Archivo > Guardar como" in text


def test_an_error_on_a_worker_thread_is_only_logged(hook: _Shown) -> None:
    before = log_path().read_text(encoding="utf-8") if log_path().exists() else ""
    worker = threading.Thread(target=lambda: hook(KeyError, KeyError("c9"), None))
    worker.start()
    worker.join()
    assert hook.shown == []
    assert log_path().read_text(encoding="utf-8").count("KeyError") > before.count("KeyError")


def test_a_log_that_cannot_be_written_still_gives_the_message(
    hook: _Shown, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setattr(errors, "log_path", lambda: blocked / "errors.log")
    hook(RuntimeError, RuntimeError("boom"), None)
    [text] = hook.shown
    assert "did not expect" in text and "errors.log" not in text


def test_an_error_while_the_message_shows_is_only_logged(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    class Nested(ErrorHook):
        def show(self, text: str) -> None:
            seen.append(text)
            self(TypeError, TypeError("inside"), None)  # as if the message itself failed

    Nested(parent)(ValueError, ValueError("first"), None)
    assert len(seen) == 1
    assert log_path().read_text(encoding="utf-8").count("TypeError: inside") >= 1


def test_the_window_installs_the_hook_and_gives_python_its_own_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.ui.shell import main

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    installed: list[object] = []

    def exec_once(*_args: object) -> int:
        installed.append(sys.excepthook)
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_once)
    monkeypatch.setattr("app.ui.shell.main_window.MainWindow.offer_recovery", lambda self: False)
    monkeypatch.setattr("app.ui.shell.main_window.MainWindow.welcome", lambda self: False)
    assert main.run(["--lang", "en"]) == 0
    assert isinstance(installed[0], ErrorHook)
    assert sys.excepthook is sys.__excepthook__


def _raised(function: Any) -> tuple[type[BaseException], BaseException, Any]:
    try:
        function()
    except Exception as error:
        return type(error), error, error.__traceback__
    raise AssertionError("it did not raise")


def test_the_same_bug_again_is_only_logged_another_is_told(hook: _Shown) -> None:
    """An error in a repaint repeats at every frame: one message, not a dialog after each."""
    before = log_path().read_text(encoding="utf-8").count("in _fail") if log_path().exists() else 0
    hook(*_raised(_fail))
    hook(*_raised(_fail))
    assert len(hook.shown) == 1
    assert log_path().read_text(encoding="utf-8").count("in _fail") == before + 2
    hook(*_raised(lambda: {}["c3"]))
    assert len(hook.shown) == 2


def test_the_log_stops_growing_at_its_limit(
    hook: _Shown, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    full = tmp_path / "errors.log"
    full.write_text("x" * (errors.MAX_LOG_BYTES + 1))
    monkeypatch.setattr(errors, "log_path", lambda: full)
    hook(*_raised(_fail))
    assert full.stat().st_size == errors.MAX_LOG_BYTES + 1
    assert len(hook.shown) == 1 and str(full) in hook.shown[0]
