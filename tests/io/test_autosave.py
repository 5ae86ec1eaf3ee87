"""Recovery files: written atomically, found after a crash, never mistaken for a live one's."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.io.autosave import (
    clear_own_recovery,
    discard_recovery,
    load_recovery,
    pending_recoveries,
    recovery_dir,
    write_recovery,
)
from app.models.errors import InvalidInputError
from app.models.workshop import Workshop
from tests.factories import make_workshop

ROOT = Path(__file__).resolve().parents[2]
#: A pid no process has (larger than any system's pid limit).
DEAD_PID = 2**22 + 12345


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "recovery"
    monkeypatch.setenv("PRIORIZAR_RECOVERY_DIR", str(folder))
    return folder


def titled(workshop: Workshop, title: str) -> Workshop:
    return workshop.replace(metadata=dataclasses.replace(workshop.metadata, title=title))


def as_dead(path: Path, pid: int = DEAD_PID) -> Path:
    """Make ``path`` look like the recovery file of a process that no longer runs."""
    dead = path.with_name(f"recovery-{pid}.json")
    path.rename(dead)
    return dead


# -- where --------------------------------------------------------------------------------------
def test_recovery_dir_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PRIORIZAR_RECOVERY_DIR", "/somewhere/else")
    assert recovery_dir() == Path("/somewhere/else")
    monkeypatch.delenv("PRIORIZAR_RECOVERY_DIR")
    if sys.platform == "win32":
        monkeypatch.setenv("LOCALAPPDATA", r"C:\Users\ana\AppData\Local")
        assert recovery_dir() == Path(r"C:\Users\ana\AppData\Local\Priorizar\recovery")
    else:
        monkeypatch.setenv("XDG_DATA_HOME", "/data/ana")
        assert recovery_dir() == Path("/data/ana/priorizar/recovery")
        monkeypatch.delenv("XDG_DATA_HOME")
        assert recovery_dir() == Path.home() / ".local" / "share" / "priorizar" / "recovery"


# -- write, find, load, discard -----------------------------------------------------------------
def test_a_dead_process_recovery_is_pending_and_loads_an_equal_workshop(folder: Path) -> None:
    workshop = titled(make_workshop(n=7, m=5, missing=2), "Taller de Cotabambas, Apurímac")
    path = write_recovery(workshop, "/home/ana/taller.xlsx")
    assert path == folder / f"recovery-{os.getpid()}.json"
    assert pending_recoveries() == []  # our own file: this process still runs

    as_dead(path)
    [recovery] = pending_recoveries()

    assert recovery.pid == DEAD_PID
    assert recovery.workshop == workshop
    assert recovery.title == "Taller de Cotabambas, Apurímac"
    assert recovery.source_path == "/home/ana/taller.xlsx"
    assert recovery.problem is None and not recovery.damaged
    assert recovery.saved_at.tzinfo is not None
    assert load_recovery(recovery.path).workshop == workshop
    assert [p.name for p in folder.iterdir() if p.suffix == ".tmp"] == []


def test_own_recovery_is_not_pending_and_is_cleared(folder: Path) -> None:
    path = write_recovery(make_workshop(), None)
    assert path.exists()
    assert pending_recoveries() == []
    clear_own_recovery()
    assert not path.exists()
    clear_own_recovery()  # nothing to clear: no error
    assert [p.name for p in folder.iterdir()] == [f"recovery-{os.getpid()}.lock"]
    clear_own_recovery(release=True)  # a clean exit leaves nothing
    assert list(folder.iterdir()) == []
    write_recovery(make_workshop(), None)  # a later autosave takes the lock again
    assert sorted(p.suffix for p in folder.iterdir()) == [".json", ".lock"]


def test_a_live_writer_is_not_pending_even_with_a_dead_looking_name(folder: Path) -> None:
    """The lock decides: a recovery whose lock is held belongs to a running Priorizar."""
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD_HOLDS_LOCK],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "written"
        assert (folder / f"recovery-{child.pid}.json").exists()
        assert pending_recoveries() == []
    finally:
        child.kill()
        child.wait()
        if child.stdout is not None:
            child.stdout.close()
    [recovery] = pending_recoveries()
    assert recovery.pid == child.pid
    assert recovery.title == "vivo"


_CHILD_HOLDS_LOCK = textwrap.dedent(
    """
    import dataclasses, sys, time
    from app.io.autosave import write_recovery
    from tests.factories import make_workshop

    w = make_workshop()
    write_recovery(w.replace(metadata=dataclasses.replace(w.metadata, title="vivo")), None)
    print("written", flush=True)
    time.sleep(60)
    """
)


def test_a_recovery_whose_pid_was_reused_is_pending(folder: Path) -> None:
    """After a power cut, another process may have the old pid: no lock held means pending."""
    path = write_recovery(make_workshop(), None)
    parent_pid = os.getppid()  # a live process that is no Priorizar
    as_dead(path, parent_pid)
    assert [r.pid for r in pending_recoveries()] == [parent_pid]


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{ not json",
        b"\xff\xfe\x00",
        b"[1, 2]",
        b'{"priorizar_recovery": 1, "pid": 3}',
        b'{"priorizar_recovery": 1, "pid": 3, "saved_at": "yesterday", "source_path": null, '
        b'"workshop": {}}',
        b'{"priorizar_recovery": 1, "pid": 3, "saved_at": "2026-01-01T00:00:00", '
        b'"source_path": null, "workshop": {"schema_version": 1, "criteria": 7}}',
    ],
)
def test_a_damaged_recovery_file_is_reported_not_fatal(folder: Path, content: bytes) -> None:
    good = as_dead(write_recovery(make_workshop(), None), DEAD_PID + 1)
    data = json.loads(good.read_text("utf-8"))
    data["saved_at"] = "2020-01-01T00:00:00+00:00"  # older than the damaged one
    good.write_text(json.dumps(data), "utf-8")
    (folder / f"recovery-{DEAD_PID}.json").write_bytes(content)

    damaged, recovered = pending_recoveries()

    assert damaged.damaged and damaged.workshop is None and damaged.pid == DEAD_PID
    assert damaged.problem is not None and str(damaged.problem)
    assert damaged.title == ""
    assert recovered.workshop is not None
    discard_recovery(damaged)
    assert [r.pid for r in pending_recoveries()] == [DEAD_PID + 1]


def test_discard_removes_the_file_its_lock_and_interrupted_writes(folder: Path) -> None:
    path = as_dead(write_recovery(make_workshop(), None))
    (folder / f"recovery-{DEAD_PID}.lock").write_bytes(b"")
    (folder / f".recovery-{DEAD_PID}.json.0badcafe.tmp").write_bytes(b"{half")
    [recovery] = pending_recoveries()

    discard_recovery(recovery)

    assert not path.exists()
    assert pending_recoveries() == []
    assert sorted(p.name for p in folder.iterdir()) == [f"recovery-{os.getpid()}.lock"]


def test_leftovers_of_a_process_that_left_no_recovery_are_tidied(folder: Path) -> None:
    folder.mkdir()
    (folder / f"recovery-{DEAD_PID}.lock").write_bytes(b"")
    (folder / "notes.txt").write_text("not ours")
    assert pending_recoveries() == []
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]


def test_no_folder_means_no_recoveries(folder: Path) -> None:
    assert not folder.exists()
    assert pending_recoveries() == []


def test_recoveries_come_newest_first(folder: Path) -> None:
    workshop = make_workshop()
    for index, pid in enumerate((DEAD_PID, DEAD_PID + 1, DEAD_PID + 2)):
        path = as_dead(write_recovery(titled(workshop, f"t{index}"), None), pid)
        data = json.loads(path.read_text("utf-8"))
        data["saved_at"] = f"2026-11-2{index}T10:00:00+00:00"
        path.write_text(json.dumps(data), "utf-8")
    assert [r.title for r in pending_recoveries()] == ["t2", "t1", "t0"]


def test_a_failed_autosave_leaves_the_earlier_recovery(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop = make_workshop()
    path = write_recovery(titled(workshop, "primero"), None)
    before = path.read_bytes()

    def full_disk(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.io.atomic.os.fsync", full_disk)
    # a full disk is a message naming the recovery file, not the hidden temporary one
    with pytest.raises(InvalidInputError, match="disk is full") as raised:
        write_recovery(titled(workshop, "segundo"), None)
    assert raised.value.params["file"] == path.name
    assert path.read_bytes() == before
    assert [p.name for p in folder.iterdir() if p.suffix == ".tmp"] == []


# -- killing the program --------------------------------------------------------------------------
_CHILD_AUTOSAVES = textwrap.dedent(
    """
    import dataclasses, os, sys, time, types
    from app.io import atomic
    from app.io.autosave import write_recovery
    from app.io.workshop_file import save_workshop_json
    from tests.factories import make_workshop

    earlier, hang_at, pause_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    workshop = make_workshop(n=9, m=5, missing=1)
    save_workshop_json(workshop, earlier)  # the workshop file saved before the autosaves
    real_fsync = os.fsync
    count = 0

    def fsync(descriptor):
        real_fsync(descriptor)
        if count == hang_at:  # the new recovery is written, not yet renamed: die here
            print("in-save", count, flush=True)
            time.sleep(60)

    atomic.os = types.SimpleNamespace(**{**vars(os), "fsync": fsync})
    print("ready", flush=True)
    while True:
        count += 1
        title = f"Taller {count} " + "ñ" * (count % 50)
        metadata = dataclasses.replace(workshop.metadata, title=title)
        write_recovery(workshop.replace(metadata=metadata), earlier)
        print("wrote", count, flush=True)
        time.sleep(60 if count == pause_at else 0.01)
    """
)


@pytest.mark.parametrize("moment", ["between autosaves", "during an autosave"])
def test_killing_the_program_leaves_the_last_complete_autosave(
    folder: Path, tmp_path: Path, moment: str
) -> None:
    earlier = tmp_path / "taller.json"
    during = moment == "during an autosave"
    hang_at, pause_at = (7, -1) if during else (-1, 12)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD_AUTOSAVES, str(earlier), str(hang_at), str(pause_at)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    written: list[int] = []
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        earlier_bytes = earlier.read_bytes()
        while True:
            line = child.stdout.readline().split()
            assert line, "the child ended on its own"
            if line[0] == "in-save":
                break
            written.append(int(line[1]))
            if written[-1] == pause_at:
                break
    finally:
        child.kill()  # SIGKILL on POSIX: no clean-up of any kind
        child.wait()
        if child.stdout is not None:
            child.stdout.close()

    [recovery] = pending_recoveries()

    assert recovery.pid == child.pid
    assert recovery.workshop is not None, recovery.problem
    # the last autosave that finished; the interrupted one left only a temporary file
    last = written[-1]
    assert last == (6 if during else 12)
    assert recovery.title == f"Taller {last} " + "ñ" * (last % 50)
    assert recovery.source_path == str(earlier)
    assert earlier.read_bytes() == earlier_bytes
    assert recovery.workshop.values.shape == (9, 6)
    if during:
        assert len([p for p in folder.iterdir() if p.suffix == ".tmp"]) == 1
    discard_recovery(recovery)
    assert sorted(p.name for p in folder.iterdir()) == []
