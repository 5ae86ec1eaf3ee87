"""Autosave while the workshop changes, and the offer to recover at the next start."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path
from typing import Any

import pytest

from app.io.autosave import Recovery, load_recovery, pending_recoveries, write_recovery
from app.models import edits
from app.models.workshop import Workshop
from app.ui.environment import app_settings
from app.ui.session import WorkshopSession
from app.ui.shell import autosave
from app.ui.shell.autosave import Answer, Autosaver, offer_recovery, recovery_question
from tests.factories import make_workshop

DEAD_PID = 2**22 + 12345


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("PRIORIZAR_RECOVERY_DIR", str(folder))
    return folder


@pytest.fixture
def session(qtbot: Any) -> WorkshopSession:
    return WorkshopSession(make_workshop(), "/home/ana/taller.xlsx")


def own_file(folder: Path) -> Path:
    return folder / f"recovery-{os.getpid()}.json"


def retitle(session: WorkshopSession, title: str) -> None:
    metadata = dataclasses.replace(session.workshop.metadata, title=title)
    assert session.apply(edits.set_metadata(metadata))


def left_by_a_crash(workshop: Workshop, source: str | None) -> Path:
    """A recovery file as a Priorizar that died would have left it."""
    path = write_recovery(workshop, source)
    dead = path.with_name(f"recovery-{DEAD_PID}.json")
    path.rename(dead)
    return dead


# -- autosaving ---------------------------------------------------------------------------------
def test_the_interval_comes_from_the_settings(session: WorkshopSession) -> None:
    store = app_settings()
    try:
        assert Autosaver(session).interval == 60
        store.setValue("autosave/seconds", 15)
        assert Autosaver(session).interval == 15
        store.setValue("autosave/seconds", "nonsense")
        assert Autosaver(session).interval == 60
        store.setValue("autosave/seconds", 99_999_999_999)  # beyond Qt's timer: the default
        saver = Autosaver(session)
        assert saver.interval == 60
        assert saver.note is not None and saver.note.params["value"] == "99999999999"
        store.setValue("autosave/seconds", 0)
        assert Autosaver(session).interval == 0
    finally:
        store.remove("autosave/seconds")
    saver = Autosaver(session, seconds=5)
    assert saver.timer.interval() == 5000 and saver.timer.isActive()
    saver.set_interval(0)
    assert not saver.timer.isActive()


def test_a_tick_after_an_edit_writes_the_recovery_file(
    qtbot: Any, folder: Path, session: WorkshopSession
) -> None:
    saver = Autosaver(session, seconds=1)
    saver.timer.setInterval(20)  # milliseconds, to keep the test fast
    assert not saver.autosave()  # nothing changed: nothing written
    assert not own_file(folder).exists()

    retitle(session, "Taller de Chumbivilcas")
    qtbot.waitUntil(own_file(folder).exists, timeout=3000)

    recovery = load_recovery(own_file(folder))
    assert recovery.workshop == session.workshop
    assert recovery.source_path == "/home/ana/taller.xlsx"
    assert recovery.title == "Taller de Chumbivilcas"


def test_no_write_without_a_change_since_the_last_autosave(
    folder: Path, session: WorkshopSession
) -> None:
    saver = Autosaver(session, seconds=0)
    retitle(session, "uno")
    assert saver.autosave()
    own_file(folder).unlink()
    assert not saver.autosave()  # the same workshop: not written again
    assert not own_file(folder).exists()
    retitle(session, "dos")
    assert saver.autosave()
    assert load_recovery(own_file(folder)).title == "dos"


def test_saving_removes_the_recovery_file(folder: Path, session: WorkshopSession) -> None:
    saver = Autosaver(session, seconds=0)
    retitle(session, "uno")
    assert saver.autosave()
    session.document.mark_saved()
    saver.saved()
    assert not own_file(folder).exists()
    assert not saver.autosave()  # saved: nothing to recover
    retitle(session, "dos")
    assert saver.autosave()


def test_a_tick_after_a_save_without_notice_removes_the_file(
    folder: Path, session: WorkshopSession
) -> None:
    saver = Autosaver(session, seconds=0)
    retitle(session, "uno")
    assert saver.autosave()
    session.document.mark_saved()
    assert not saver.autosave()
    assert not own_file(folder).exists()


def test_undoing_to_the_saved_state_or_opening_another_removes_the_file(
    folder: Path, session: WorkshopSession
) -> None:
    saver = Autosaver(session, seconds=0)
    retitle(session, "uno")
    assert saver.autosave()
    session.undo()
    assert not own_file(folder).exists()
    retitle(session, "dos")
    assert saver.autosave()
    session.open(make_workshop(seed=3), None)
    assert not own_file(folder).exists()


def test_stop_removes_the_file_and_stops_the_timer(folder: Path, session: WorkshopSession) -> None:
    saver = Autosaver(session, seconds=30)
    retitle(session, "uno")
    assert saver.autosave()
    saver.stop()
    assert not saver.timer.isActive()
    assert not own_file(folder).exists()
    assert pending_recoveries() == []
    assert list(folder.iterdir()) == []  # the lock file too


def test_a_failed_autosave_is_reported_and_retried(
    qtbot: Any, folder: Path, session: WorkshopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    saver = Autosaver(session, seconds=0)
    retitle(session, "uno")

    def full_disk(*args: object) -> Path:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave, "write_recovery", full_disk)
    with qtbot.waitSignal(saver.failed) as blocker:
        assert not saver.autosave()
    assert "No space left" in blocker.args[0]
    monkeypatch.undo()
    monkeypatch.setenv("PRIORIZAR_RECOVERY_DIR", str(folder))
    assert saver.autosave()


# -- recovering ---------------------------------------------------------------------------------
def answer(monkeypatch: pytest.MonkeyPatch, choice: Answer) -> list[Recovery]:
    asked: list[Recovery] = []

    def ask(parent: object, recovery: Recovery) -> Answer:
        asked.append(recovery)
        return choice

    monkeypatch.setattr(autosave, "ask_recovery", ask)
    return asked


def test_recover_opens_the_workshop_unsaved_and_deletes_the_file(
    folder: Path, session: WorkshopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    lost = make_workshop(n=8, seed=5, missing=1)
    lost = lost.replace(metadata=dataclasses.replace(lost.metadata, title="Taller perdido"))
    path = left_by_a_crash(lost, "/home/ana/perdido.json")
    asked = answer(monkeypatch, Answer.RECOVER)

    assert offer_recovery(None, session)

    assert [r.title for r in asked] == ["Taller perdido"]
    assert session.workshop == lost
    assert session.document.modified
    assert session.document.path == "/home/ana/perdido.json"
    assert not path.exists()
    assert pending_recoveries() == []
    # until the next autosave, this process's own recovery file holds the recovered work
    assert load_recovery(own_file(folder)).workshop == lost


def test_discard_deletes_the_file_and_later_keeps_it(
    folder: Path, session: WorkshopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = session.workshop
    path = left_by_a_crash(make_workshop(seed=9), None)

    answer(monkeypatch, Answer.LATER)
    assert not offer_recovery(None, session)
    assert path.exists()

    answer(monkeypatch, Answer.DISCARD)
    assert not offer_recovery(None, session)
    assert not path.exists()
    assert session.workshop is original and not session.document.modified


def test_nothing_pending_asks_nothing(
    folder: Path, session: WorkshopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answer(monkeypatch, Answer.RECOVER)
    assert not offer_recovery(None, session)
    assert asked == []


def test_a_damaged_recovery_is_offered_for_deletion(
    folder: Path, session: WorkshopSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder.mkdir()
    (folder / f"recovery-{DEAD_PID}.json").write_text("{ half a file", "utf-8")
    asked = answer(monkeypatch, Answer.RECOVER)  # not offered: there is nothing to open
    original = session.workshop

    assert not offer_recovery(None, session)
    assert session.workshop is original
    [damaged] = asked
    assert "cannot be read" in recovery_question(damaged)


def test_the_question_names_the_time_and_the_title(folder: Path) -> None:
    workshop = make_workshop()
    workshop = workshop.replace(metadata=dataclasses.replace(workshop.metadata, title="Ccapi"))
    left_by_a_crash(workshop, None)
    [recovery] = pending_recoveries()
    text = recovery_question(recovery)
    assert text.startswith("On ") and ", Priorizar closed without saving." in text
    assert "“Ccapi”" in text
    untitled = dataclasses.replace(recovery, workshop=make_workshop())
    assert "“Untitled workshop”" in recovery_question(untitled)


def test_the_dialog_buttons_map_to_answers(
    qtbot: Any, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    left_by_a_crash(make_workshop(), None)
    [recovery] = pending_recoveries()
    seen: list[list[str]] = []

    def click(label: str) -> Any:
        def exec_(box: QMessageBox) -> int:
            seen.append([b.text() for b in box.buttons()])
            for button in box.buttons():
                if button.text() == label:
                    button.click()
            return 0

        return exec_

    for label, expected in [
        ("&Recover", Answer.RECOVER),
        ("&Discard", Answer.DISCARD),
        ("&Later", Answer.LATER),
    ]:
        monkeypatch.setattr(QMessageBox, "exec", click(label))
        assert autosave.ask_recovery(None, recovery) is expected
    assert sorted(seen[0]) == ["&Discard", "&Later", "&Recover"]


def test_in_spanish_the_time_ends_no_sentence_twice(folder: Path, spanish: None) -> None:
    """Spanish writes the afternoon "p. m.": a time at the end of a sentence read "p. m.."."""
    left_by_a_crash(make_workshop(), None)
    [recovery] = pending_recoveries()
    text = recovery_question(recovery)
    assert text.startswith("El ") and "Priorizar se cerró sin guardar." in text
    assert ".." not in text
