"""Issue 18, kind 2: a save only replaces the earlier file once the new one reopens within the
program's limits; any failure is a message naming the user's file, never a traceback; a lone
surrogate never breaks a save or an autosave."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io.atomic import atomic_write_bytes
from app.io.autosave import load_recovery, write_recovery
from app.io.record import load_record, save_record
from app.io.saving import save_document
from app.io.workshop_file import load_workshop_json
from app.models.errors import InvalidInputError
from app.models.limits import MAX_TEXT_CHARS
from app.models.workshop import Workshop
from tests.factories import make_workshop


def test_a_new_file_that_does_not_reopen_never_replaces_the_earlier(tmp_path: Path) -> None:
    path = tmp_path / "taller.xlsx"
    save_record(make_workshop(), path)
    before = path.read_bytes()

    def refuse(new: Path) -> None:
        raise InvalidInputError("“{file}” is damaged.", file=new.name)

    with pytest.raises(InvalidInputError) as refused:
        atomic_write_bytes(path, b"not a workbook", verify=refuse)
    assert path.read_bytes() == before
    assert refused.value.params["file"] == "taller.xlsx"
    assert "“taller.xlsx” is damaged" in str(refused.value)  # not the temporary's name
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taller.xlsx"]


def test_a_record_that_would_not_reopen_as_saved_is_not_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.xlsx"
    save_record(make_workshop(), path)
    before = path.read_bytes()
    changed = make_workshop(7, 4)
    monkeypatch.setattr(
        "app.io.record.reading.load_record", lambda path, notes=None: make_workshop(3, 2)
    )
    with pytest.raises(InvalidInputError, match="does not give back the workshop"):
        save_record(changed, path)
    assert path.read_bytes() == before


def test_the_longest_texts_and_many_notes_save_and_reopen(tmp_path: Path) -> None:
    """Issue 18: texts that compress more than the reader allowed were saved "successfully" and
    then refused by the program's own reader."""
    workshop = make_workshop(40, 3)
    communities = tuple(replace(c, notes="a" * MAX_TEXT_CHARS) for c in workshop.communities[:40])
    workshop = workshop.replace(communities=communities)
    path = tmp_path / "notas.xlsx"
    save_record(workshop, path)
    assert load_record(path) == workshop


def test_a_lone_surrogate_saves_everywhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 18: a name with a lone surrogate made autosave raise (no recovery file was ever
    written) and the record unreadable."""
    workshop = make_workshop()
    broken = replace(workshop.communities[0], name="Pucar\udce1")
    workshop = workshop.replace(communities=(broken, *workshop.communities[1:]))
    record = tmp_path / "r.xlsx"
    save_record(workshop, record)
    assert load_record(record) == workshop
    json_file = tmp_path / "t.json"
    save_document(workshop, json_file)
    assert load_workshop_json(json_file).communities[0].name == "Pucar\ufffd"
    monkeypatch.setenv("PRIORIZAR_RECOVERY_DIR", str(tmp_path / "recovery"))
    recovered = load_recovery(write_recovery(workshop, None))
    assert recovered.workshop is not None
    assert recovered.workshop.communities[0].name == "Pucar\ufffd"


def test_any_failure_of_a_save_is_a_message_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def out_of_memory(*args: Any, **kwargs: Any) -> bytes:
        raise MemoryError

    monkeypatch.setattr("app.io.record.writing.record_bytes", out_of_memory)
    with pytest.raises(InvalidInputError, match="“grande.xlsx” could not be saved: the computer"):
        save_document(make_workshop(), tmp_path / "grande.xlsx")


@pytest.mark.parametrize("suffix", [".xlsm", ".ods", ".xls", ""])
def test_a_name_of_another_format_is_refused_and_never_written_over(
    tmp_path: Path, suffix: str
) -> None:
    """A workbook of another kind under that name stays as it was: no workshop file is written
    in its place."""
    target = tmp_path / f"colega{suffix}"
    target.write_bytes(b"the colleague's workbook")
    with pytest.raises(InvalidInputError) as refused:
        save_document(make_workshop(), target)
    assert refused.value.params["file"] == target.name
    assert target.read_bytes() == b"the colleague's workbook"


def test_a_save_runs_off_the_calling_thread(tmp_path: Path) -> None:
    """The window runs save_document in a worker thread: nothing in it needs the caller's."""
    errors: list[BaseException] = []
    workshop = make_workshop(30, 5)

    def work() -> None:
        try:
            save_document(workshop, tmp_path / "hilo.xlsx")
        except BaseException as error:  # reported below
            errors.append(error)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(timeout=120)
    assert errors == [] and load_record(tmp_path / "hilo.xlsx") == workshop


_SAVES_IMPORT_NOTHING = """
import os, sys, tempfile
from dataclasses import replace
from app.io.example import example_workshop
from app.io.saving import prepare_save, save_document
workshop = example_workshop()
if sys.argv[1] == "compare":  # the record's Sensitivity sheet runs scikit-criteria's methods
    workshop = workshop.replace(settings=replace(workshop.settings, compare_methods=True))
prepare_save(workshop)
before = set(sys.modules)
folder = tempfile.mkdtemp()
for name, lang in (("a.xlsx", "es"), ("b.xlsx", "en"), ("c.json", "es")):
    save_document(workshop, os.path.join(folder, name), lang)
print(sorted(set(sys.modules) - before))
"""


@pytest.mark.parametrize("settings", ["plain", "compare"])
def test_after_prepare_save_a_save_imports_nothing(settings: str) -> None:
    """The window's worker thread imports nothing (a collector crash of Python 3.11): every module
    a save needs is imported by prepare_save, on the interface thread, before. A fresh process,
    so that no other test has imported them already."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", _SAVES_IMPORT_NOTHING, settings],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert done.stdout.strip() == "[]"


names = st.text(
    alphabet=st.characters(blacklist_categories=("Cc",), min_codepoint=32), min_size=1, max_size=40
).filter(lambda s: s.strip())


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=names, notes=st.text(max_size=200), region=st.text(max_size=20))
def test_whatever_a_person_types_saves_and_reopens_as_typed(
    tmp_path_factory: pytest.TempPathFactory, name: str, notes: str, region: str
) -> None:
    workshop = make_workshop(3, 2, groups=1)
    first = replace(workshop.communities[0], name=name, notes=notes, region=region)
    try:
        workshop = workshop.replace(communities=(first, *workshop.communities[1:]))
        workshop.validate()
    except InvalidInputError:
        return  # a name the workshop refuses (the same as another community's)
    path = tmp_path_factory.mktemp("typed") / "r.xlsx"
    save_record(workshop, path)
    reopened: Workshop = load_record(path)
    assert reopened == workshop


def test_a_workshop_at_the_limits_is_recovered_after_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: a workshop accepted from a 20 MB table saved a recovery file that the program
    refused after a crash. The largest workshop the limits admit, with texts up to the total
    limit, writes a recovery file within the reader's size and reads it back."""
    from app.models.limits import MAX_COMMUNITIES, MAX_TOTAL_TEXT_CHARS, MAX_WORKSHOP_BYTES

    workshop = make_workshop(MAX_COMMUNITIES, 29, groups=1)
    note = "ñ" * (MAX_TOTAL_TEXT_CHARS // MAX_COMMUNITIES - 40)
    workshop = workshop.replace(
        communities=tuple(replace(c, notes=note) for c in workshop.communities)
    )
    workshop.validate()
    monkeypatch.setenv("PRIORIZAR_RECOVERY_DIR", str(tmp_path / "recovery"))
    path = write_recovery(workshop, None)
    assert path.stat().st_size <= MAX_WORKSHOP_BYTES
    recovered = load_recovery(path).workshop
    assert recovered is not None and recovered.values.shape == (MAX_COMMUNITIES, 30)
