"""Issue 18: the window's save runs off the interface thread with a busy indicator, and any failure
is a message, never a traceback; a change made while the save runs stays unsaved."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

import app.io.saving
from app.io.example import example_workshop
from app.io.record import load_record
from app.models import edits
from app.models.errors import InvalidInputError
from app.ui.environment import app_settings
from app.ui.shell.autosave import SETTINGS_KEY, autosave_setting
from app.ui.shell.main_window import MainWindow


def _new_window(qtbot: Any) -> MainWindow:
    window = MainWindow(example_workshop())
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


@pytest.fixture
def window(qtbot: Any) -> MainWindow:
    return _new_window(qtbot)


@pytest.fixture
def autosave_seconds() -> Iterator[Callable[[object], None]]:
    """Sets the ``autosave/seconds`` setting for one test; it is removed afterwards."""
    store = app_settings()
    yield lambda value: store.setValue(SETTINGS_KEY, value)
    store.remove(SETTINGS_KEY)


def _busy_indicators(window: MainWindow) -> list[QProgressDialog]:
    return [d for d in window.findChildren(QProgressDialog) if d.isVisible()]


def _when(condition: Callable[[], bool], then: Callable[[], None]) -> QTimer:
    """Run ``then`` on the interface thread once ``condition`` holds (polled every 20 ms), while
    the window waits for its save: no test depends on how fast this machine is."""
    timer = QTimer()

    def poll() -> None:
        if condition():
            timer.stop()
            then()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_a_long_save_runs_in_a_worker_with_a_busy_indicator(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = app.io.saving.save_document
    threads: list[threading.Thread] = []
    seen: list[str] = []
    indicator_seen = threading.Event()

    def slow_save(*args: Any) -> None:  # a save of thousands of communities
        threads.append(threading.current_thread())
        indicator_seen.wait(timeout=20)  # the window paints meanwhile
        real_save(*args)

    def look() -> None:
        seen.extend(d.labelText() for d in _busy_indicators(window))
        indicator_seen.set()

    monkeypatch.setattr(app.io.saving, "save_document", slow_save)
    watcher = _when(lambda: bool(_busy_indicators(window)), look)
    path = tmp_path / "registro.xlsx"
    assert window._save_to(str(path))
    watcher.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert seen == ["Saving registro.xlsx…"]  # shown while it ran, gone after
    assert _busy_indicators(window) == []
    assert QApplication.overrideCursor() is None
    assert not window.session.document.modified
    assert load_record(path) == window.session.workshop
    assert "registro.xlsx" in window.status_label.text()


def test_a_quick_save_shows_no_indicator(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[bool] = []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(True))
    monkeypatch.setattr(app.io.saving, "save_document", lambda *args: None)
    assert window._save_to(str(tmp_path / "rapido.xlsx"))
    assert shown == []


@pytest.mark.parametrize(
    "failure",
    [
        InvalidInputError("“{file}” could not be saved: the disk is full.", file="taller.xlsx"),
        RuntimeError("a bug in a writer"),
    ],
)
def test_any_failure_of_the_save_is_a_message_and_save_as_is_offered(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    def fails(*_args: Any) -> None:
        raise failure

    monkeypatch.setattr(app.io.saving, "save_document", fails)
    asked: list[str] = []

    def answer(_parent: object, title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(f"{title}: {text}")
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.weights_panel.sliders[window.session.workshop.weighted_criteria[0].id].setValue(9)
    assert not window._save_to(str(tmp_path / "taller.xlsx"))
    assert window.session.document.modified  # the change is still to be saved
    assert len(asked) == 1 and asked[0].startswith("Could not save taller.xlsx")
    expected = "the disk is full" if isinstance(failure, InvalidInputError) else "(RuntimeError)"
    assert expected in asked[0] and "Traceback" not in asked[0]
    assert "taller.xlsx" in window.status_label.text()
    assert not (tmp_path / "taller.xlsx").exists()


def test_a_change_made_while_the_save_runs_stays_unsaved(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_save = app.io.saving.save_document
    before = window.session.workshop
    edited = threading.Event()
    started = threading.Event()

    def slow_save(*args: Any) -> None:
        started.set()
        edited.wait(timeout=20)
        real_save(*args)

    def edit() -> None:
        metadata = replace(window.session.workshop.metadata, title="Otro título")
        window.session.apply(edits.set_metadata(metadata))
        edited.set()

    monkeypatch.setattr(app.io.saving, "save_document", slow_save)
    watcher = _when(started.is_set, edit)
    path = tmp_path / "registro.xlsx"
    assert window._save_to(str(path))
    watcher.stop()
    assert window.session.workshop.metadata.title == "Otro título"
    assert load_record(path).metadata.title == before.metadata.title  # what the save took
    assert window.session.document.modified  # the new title is not in the file


def test_a_second_save_while_one_runs_is_refused(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    nested: list[bool] = []
    started = threading.Event()
    tried = threading.Event()

    def slow_save(*_args: Any) -> None:
        calls.append(True)
        started.set()
        tried.wait(timeout=20)

    def save_again() -> None:
        nested.append(window._save_to(str(tmp_path / "b.xlsx")))
        tried.set()

    monkeypatch.setattr(app.io.saving, "save_document", slow_save)
    watcher = _when(started.is_set, save_again)
    assert window._save_to(str(tmp_path / "a.xlsx"))
    watcher.stop()
    assert nested == [False] and len(calls) == 1


def test_an_autosave_setting_out_of_range_is_a_note_and_the_window_opens(
    qtbot: Any, autosave_seconds: Callable[[object], None]
) -> None:
    autosave_seconds(99_999_999_999)
    window = _new_window(qtbot)
    assert window.autosaver.interval == 60
    assert "autosave/seconds" in window.status_label.text()
    assert "99999999999" in window.status_label.text()
    assert autosave_setting().note is not None


def test_a_shown_window_autosaves_an_unsaved_change_on_its_own(
    qtbot: Any, autosave_seconds: Callable[[object], None]
) -> None:
    """The autosaver starts right after the first paint: nobody has to ask for it."""
    from app.io.autosave import own_recovery_path

    autosave_seconds(1)
    window = _new_window(qtbot)
    window.show()
    qtbot.waitExposed(window)
    criterion = window.session.workshop.weighted_criteria[0].id
    window.weights_panel.sliders[criterion].setValue(11)
    qtbot.waitUntil(own_recovery_path().exists, timeout=5000)


def test_while_the_save_runs_the_program_takes_no_input(
    window: MainWindow, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the indicator shows, a shortcut or a click must not replace or change the
    workshop being saved (it would then be marked as saved): the program takes no input."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    window.show()
    qtbot.waitExposed(window)
    window.weights_panel.sliders[window.session.workshop.weighted_criteria[0].id].setValue(9)
    edited = window.session.workshop
    started = threading.Event()
    tried = threading.Event()

    def slow_save(*_args: Any) -> None:
        started.set()
        tried.wait(timeout=20)

    def press() -> None:
        QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
        button = window.weights_panel.equal_button
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)  # equal weights
        tried.set()

    monkeypatch.setattr(app.io.saving, "save_document", slow_save)
    watcher = _when(started.is_set, press)
    assert window._save_to(str(tmp_path / "registro.xlsx"))
    watcher.stop()
    assert window.session.workshop is edited and not window.session.document.modified
    QTest.mouseClick(window.weights_panel.equal_button, Qt.MouseButton.LeftButton)  # input again
    assert window.session.workshop is not edited


def test_the_cursor_is_busy_while_the_save_imports_what_it_needs(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first save of a record that compares methods imports scikit-criteria on the
    interface thread (seconds): the busy cursor shows from the start, not once it is done."""
    cursors: list[object] = []
    prepare = app.io.saving.prepare_save

    def watched(workshop: Any) -> None:
        cursor = QApplication.overrideCursor()
        cursors.append(None if cursor is None else cursor.shape())
        prepare(workshop)

    monkeypatch.setattr(app.io.saving, "prepare_save", watched)
    assert window._save_to(str(tmp_path / "taller.xlsx"))
    assert cursors == [Qt.CursorShape.WaitCursor]
    assert QApplication.overrideCursor() is None  # and restored after the save
