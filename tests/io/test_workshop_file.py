"""Saving and reopening a workshop as JSON: round trip, atomic saves, and damaged files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from app.io import atomic, workshop_file
from app.io.atomic import atomic_write_bytes, atomic_write_text
from app.io.workshop_file import load_workshop_json, save_workshop_json
from app.models.errors import InvalidInputError
from app.models.workshop import Group, Workshop
from tests.factories import make_workshop

EARLIER = '{"earlier": "contenido anterior"}\n'


def leftovers(folder: Path) -> list[str]:
    """Temporary files left behind in ``folder``."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- round trip ---------------------------------------------------------------------------------
def test_round_trip_gives_an_equal_workshop(tmp_path: Path) -> None:
    workshop = make_workshop(n=7, m=5, missing=2)
    path = tmp_path / "taller.json"

    save_workshop_json(workshop, path)
    loaded = load_workshop_json(path)

    assert loaded == workshop
    assert loaded.values.shape == (7, 6)
    assert leftovers(tmp_path) == []


def test_saved_file_is_indented_utf8_with_letters_as_written(tmp_path: Path) -> None:
    path = tmp_path / "taller.json"
    save_workshop_json(make_workshop(), path)

    text = path.read_bytes().decode("utf-8")
    assert "Apurímac" in text  # not "Apur\u00edmac"
    assert text.startswith('{\n  "schema_version": 1,')
    assert text.endswith("}\n")
    assert json.loads(text)["active_group"] == "g1"


def test_missing_cells_are_saved_as_null_and_come_back_missing(tmp_path: Path) -> None:
    workshop = make_workshop(missing=1)
    path = tmp_path / "taller.json"
    save_workshop_json(workshop, path)

    assert None in json.loads(path.read_text("utf-8"))["values"][-2]
    loaded = load_workshop_json(path)
    assert loaded.values[-2, 1] != loaded.values[-2, 1]  # NaN


def test_saving_again_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "taller.json"
    save_workshop_json(make_workshop(seed=1), path)
    second = make_workshop(seed=2)
    save_workshop_json(second, path)

    assert load_workshop_json(path) == second
    assert leftovers(tmp_path) == []


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    workshop = make_workshop()
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(workshop.to_dict()).encode("utf-8"))

    assert load_workshop_json(path) == workshop


# -- atomic writes ------------------------------------------------------------------------------
def test_failed_rename_leaves_the_earlier_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.json"
    path.write_text(EARLIER, "utf-8")

    def broken_replace(source: object, target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(InvalidInputError, match="the disk is full"):
        save_workshop_json(make_workshop(), path)

    assert path.read_text("utf-8") == EARLIER
    assert leftovers(tmp_path) == []


def test_failed_flush_to_disk_leaves_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.json"
    path.write_text(EARLIER, "utf-8")

    def broken_fsync(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(InvalidInputError, match=r"could not be saved \(Input/output error\)"):
        atomic_write_text(path, "new")

    assert path.read_text("utf-8") == EARLIER
    assert leftovers(tmp_path) == []


def test_failed_serialisation_leaves_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.json"
    path.write_text(EARLIER, "utf-8")

    def broken_dumps(*args: object, **kwargs: object) -> str:
        raise RuntimeError("power cut")

    monkeypatch.setattr(json, "dumps", broken_dumps)
    with pytest.raises(RuntimeError):
        save_workshop_json(make_workshop(), path)

    assert path.read_text("utf-8") == EARLIER
    assert leftovers(tmp_path) == []


def test_a_weight_json_cannot_hold_is_refused_before_writing(tmp_path: Path) -> None:
    path = tmp_path / "taller.json"
    path.write_text(EARLIER, "utf-8")
    workshop = make_workshop()
    broken = workshop.replace(groups=(Group("g1", "Grupo 1", {"c1": float("inf")}),))

    with pytest.raises(InvalidInputError, match="not a number"):
        save_workshop_json(broken, path)
    assert path.read_text("utf-8") == EARLIER


def test_locked_file_gives_a_plain_message_naming_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Excel on Windows locks an open file: the rename fails with a sharing violation, which
    # Python raises as PermissionError (tests run as root, where chmod stops nothing).
    path = tmp_path / "decisión.json"
    path.write_text(EARLIER, "utf-8")
    calls: list[object] = []

    def locked(source: object, target: object) -> None:
        calls.append(target)
        raise PermissionError(13, "The process cannot access the file", str(target))

    monkeypatch.setattr(os, "replace", locked)
    monkeypatch.setattr(atomic, "RETRY_DELAYS", (0.0, 0.0))
    with pytest.raises(InvalidInputError) as caught:
        save_workshop_json(make_workshop(), path)

    assert str(caught.value) == (
        "“decisión.json” is open in another program or read-only; close it or save under "
        "another name."
    )
    assert caught.value.params["path"] == str(path)
    assert len(calls) == 3  # tried, then retried twice (a virus scanner lets go quickly)
    assert path.read_text("utf-8") == EARLIER
    assert leftovers(tmp_path) == []


def test_a_rename_refused_once_succeeds_on_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.json"
    real_replace = os.replace
    failures = [PermissionError(13, "busy")]

    def flaky(source: str, target: str) -> None:
        if failures:
            raise failures.pop()
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", flaky)
    monkeypatch.setattr(atomic, "RETRY_DELAYS", (0.0,))
    atomic_write_text(path, "ok")

    assert path.read_text("utf-8") == "ok"


def test_read_only_target_is_refused_with_the_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.json"
    path.write_text(EARLIER, "utf-8")
    path.chmod(0o444)  # marked read-only: refused even for an administrator (root)

    with pytest.raises(InvalidInputError, match="open in another program or read-only"):
        atomic_write_text(path, "new")
    assert path.read_text("utf-8") == EARLIER


def test_read_only_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refused)
    with pytest.raises(InvalidInputError) as caught:
        atomic_write_bytes(tmp_path / "taller.json", b"{}")

    assert str(tmp_path) in str(caught.value)
    assert "read-only" in str(caught.value)


@pytest.mark.skipif(
    os.name != "posix", reason="Windows files have no permission bits (only a read-only flag)"
)
def test_replacing_keeps_the_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "taller.json"
    path.write_text(EARLIER, "utf-8")
    path.chmod(0o640)

    atomic_write_text(path, "new")

    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text("utf-8") == "new"


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_writing_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text(EARLIER, "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)

    atomic_write_text(link, "new")

    assert link.is_symlink()
    assert real.read_text("utf-8") == "new"


# -- damaged or wrong files ---------------------------------------------------------------------
def load_error(path: Path) -> str:
    with pytest.raises(InvalidInputError) as caught:
        load_workshop_json(path)
    return str(caught.value)


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nada.json"
    assert load_error(path) == f"The file “{path}” does not exist."


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vacio.json"
    path.write_text("  \n", "utf-8")
    assert load_error(path) == "“vacio.json” is empty: it holds no workshop."


def test_broken_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "roto.json"
    path.write_text('{\n  "schema_version": 1,\n  "criteria": [\n', "utf-8")
    message = load_error(path)
    assert message.startswith("“roto.json” is not a valid workshop file: ")
    assert "line 4, column 1" in message


def test_truncated_save_names_where_it_stops(tmp_path: Path) -> None:
    path = tmp_path / "cortado.json"
    save_workshop_json(make_workshop(), path)
    text = path.read_text("utf-8")
    path.write_text(text[: len(text) // 2], "utf-8")
    assert "is not a valid workshop file" in load_error(path)


def test_json_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "lista.json"
    path.write_text("[1, 2, 3]", "utf-8")
    assert load_error(path) == "“lista.json” is JSON but does not hold a workshop."


def test_newer_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "nuevo.json"
    data = make_workshop().to_dict() | {"schema_version": 99}
    path.write_text(json.dumps(data), "utf-8")
    assert "format version 99" in load_error(path)


def test_damaged_content(tmp_path: Path) -> None:
    path = tmp_path / "danado.json"
    data = make_workshop().to_dict()
    data["values"] = data["values"][:-1]  # one row short
    path.write_text(json.dumps(data), "utf-8")
    assert load_error(path) == (
        "“danado.json”: the key “values” has 5 rows of values, but the workshop has 6 communities."
    )


def test_unusual_damage_is_reported_too(tmp_path: Path) -> None:
    """A malformed version is damage, not a newer Priorizar (issue 18)."""
    path = tmp_path / "raro.json"
    path.write_text('{"schema_version": 1e999}', "utf-8")  # infinity: int() overflows
    message = load_error(path)
    assert message.startswith("“raro.json”: the format version “inf”")
    assert "newer" not in message and "update" not in message


def test_invalid_data_is_named(tmp_path: Path) -> None:
    path = tmp_path / "invalido.json"
    data = make_workshop().to_dict()
    data["values"][0][-1] = 0.5  # a gate answered neither yes nor no
    path.write_text(json.dumps(data), "utf-8")
    assert load_error(path) == (
        "Community Comunidad 1, criterion Prior consent: the answer must be yes or no."
    )


def test_file_that_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "binario.json"
    path.write_bytes(b"\xff\xfe\x00\x81garbage")
    assert load_error(path) == "“binario.json” is not a workshop file: it is not text (UTF-8)."


def test_too_large_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "enorme.json"
    path.write_text(json.dumps(make_workshop().to_dict()), "utf-8")
    monkeypatch.setattr(workshop_file, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a too large file"))
    assert "is too large" in load_error(path)


def test_limit_is_fifty_megabytes() -> None:
    assert workshop_file.MAX_FILE_BYTES == 50 * 1024 * 1024


def test_folder_instead_of_file(tmp_path: Path) -> None:
    assert load_error(tmp_path) == f"“{tmp_path}” is a folder, not a file."


def test_loaded_workshop_is_a_workshop(tmp_path: Path) -> None:
    path = tmp_path / "taller.json"
    save_workshop_json(Workshop(), path)
    assert load_workshop_json(path) == Workshop()
