"""Issue 18, kind 7: the command line prints no control character raw, reads only regular files,
ends quietly when its output is closed, and takes weights as proportions whatever their scale."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app import cli
from app.models.weights import normalized
from tests.test_cli import ROOT


def test_a_name_with_an_escape_sequence_is_printed_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Comunidad;A\nX\x1b]0:pwned\x07\x1b[31m;1\nY\u202e;2\n", encoding="utf-8")
    assert cli.main(["rank", str(table)]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "X\\x1b]0:pwned\\x07\\x1b[31m" in out
    assert "Y\\u202e" in out


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=30))
def test_no_control_character_survives_escaping(text: str) -> None:
    shown = cli.escape_controls(text)
    assert not any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in shown)
    assert cli.escape_controls(shown.replace("\\", "")) == shown.replace("\\", "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_fifo_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Opening a pipe with no writer would wait for ever: the program answers instead (run
    beside the test, so that a regression fails it rather than hanging the suite)."""
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    codes: list[int] = []
    runner = threading.Thread(
        target=lambda: codes.append(cli.main(["rank", str(fifo)])), daemon=True
    )
    runner.start()
    runner.join(timeout=120)  # a hang, not a speed: a refusal takes milliseconds
    assert codes == [cli.EXIT_INVALID]
    assert "not a regular file" in capsys.readouterr().err


@pytest.mark.skipif(
    sys.platform == "win32" or not Path("/dev/zero").exists(), reason="a POSIX device"
)
def test_dev_zero_is_refused_at_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    zero = tmp_path / "zero.csv"
    zero.symlink_to("/dev/zero")
    assert cli.main(["rank", str(zero)]) == cli.EXIT_INVALID
    assert "not a regular file" in capsys.readouterr().err


def test_a_closed_standard_output_ends_quietly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Comunidad;A\nX;1\nY;2\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", None)
    errors = io.StringIO()
    monkeypatch.setattr(sys, "stderr", errors)
    assert cli.main(["rank", str(table)]) == cli.EXIT_OK
    assert errors.getvalue() == ""


@pytest.mark.skipif(sys.platform == "win32", reason="closes the output with a POSIX shell")
def test_a_closed_standard_output_ends_quietly_in_a_real_process(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Comunidad;A\nX;1\nY;2\n", encoding="utf-8")
    done = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m app rank "{table}" >&-'],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


def test_weights_of_1e308_keep_their_proportions(tmp_path: Path) -> None:
    table = tmp_path / "t.csv"
    table.write_text("Comunidad;A;B\nX;10;1\nY;1;10\n", encoding="utf-8")
    ranked = cli.compute(str(table), weights="1e308,1e308")
    assert ranked.weights.tolist() == [0.5, 0.5]
    assert not any("zero" in note for note in cli.notes(ranked))


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.floats(0, 1e3, allow_nan=False), min_size=1, max_size=8).filter(
        lambda w: max(w) > 1e-3
    ),
    st.floats(-300, 300),
)
def test_weights_are_proportions_whatever_their_scale(weights: list[float], power: float) -> None:
    base = normalized(np.array(weights))
    scaled = np.array(weights) * 10.0**power
    if not np.isfinite(scaled).all() or scaled.max() == 0:
        return
    assert normalized(scaled) == pytest.approx(base, rel=1e-9, abs=1e-12)
    assert normalized(scaled).sum() == pytest.approx(1.0)


def test_what_the_reader_tells_is_printed_as_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 18: "1.234" in a file of decimal commas was read as 1.234 without a word; the
    command line reads it by the file's decimal mark and says so, naming the cell."""
    table = tmp_path / "t.csv"
    table.write_text("Comunidad;Población;Agua\nA;1.234;s/d\nB;800;3\n", encoding="utf-8")
    assert cli.main(["rank", str(table), "--json"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    notes = captured.err.splitlines()
    assert len(notes) == 2 and all(n.startswith("priorizar: note: “t.csv”, row 2") for n in notes)
    assert "1234" in notes[0] and "no data" in notes[1]
