"""`priorizar summary` and `priorizar picture` as a user types them: the file written, one line
said, and bad input ending in one line with exit status 2."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage

from app import __main__ as entry
from app import cli
from app.io.example import example_workshop
from app.io.record import save_record
from app.ui.share import commands
from tests.ui.share.pdf_tools import ink, needs_poppler, page_count, pdf_text

ROOT = Path(__file__).resolve().parents[3]
_NOT_INHERITED = ("PRIORIZAR_DEBUG", "PYTHONUTF8", "PYTHONIOENCODING")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The real entry point, as a user runs it (its output read as UTF-8)."""
    env = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def record(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's decision record, with three focus communities chosen."""
    workshop = example_workshop()
    ids = tuple(c.id for c in workshop.communities[:3])
    workshop = workshop.replace(metadata=replace(workshop.metadata, chosen=ids))
    path = tmp_path_factory.mktemp("record") / "taller de Wik'uña.xlsx"
    save_record(workshop, path, "es")
    return path


def one_line(done: subprocess.CompletedProcess[str], status: int) -> str:
    """The one line said (standard output on success, standard error on failure)."""
    assert done.returncode == status, done.stderr
    said, quiet = (done.stdout, done.stderr) if status == 0 else (done.stderr, done.stdout)
    assert quiet == ""
    assert said.endswith("\n") and said.count("\n") == 1, said
    return said.strip()


@needs_poppler
def test_summary_of_a_decision_record(record: Path, tmp_path: Path) -> None:
    out = tmp_path / "acta.pdf"
    assert one_line(run("summary", str(record), str(out)), 0) == (
        "priorizar: wrote acta.pdf (1 page)"
    )
    assert page_count(out) == 1
    text = pdf_text(out)
    assert "Acta de la decisión" in text  # Spanish unless asked otherwise
    assert "Comunidades focales elegidas" in text
    sha256 = hashlib.sha256(record.read_bytes()).hexdigest()
    assert f"{record.name} · SHA-256: {sha256}" in text


@needs_poppler
def test_summary_in_english_of_a_workshop_that_is_no_record(tmp_path: Path) -> None:
    table = tmp_path / "comunidades.csv"
    table.write_text("Comunidad;Agua;Caminos\nUno;3;1\nDos;1;2\nTres;2;2\n", "utf-8")
    out = tmp_path / "summary.pdf"
    assert one_line(run("summary", str(table), str(out), "--lang", "en"), 0).startswith(
        "priorizar: wrote summary.pdf"
    )
    text = pdf_text(out)
    assert "Record of the decision" in text
    assert "was not saved as a decision record" in text


@pytest.mark.parametrize("size", ["1080x1350", "1920x1080"])
def test_picture_at_either_size(record: Path, tmp_path: Path, size: str) -> None:
    out = tmp_path / "resultados.png"
    said = one_line(run("picture", str(record), str(out), "--size", size, "--lang", "en"), 0)
    assert said == f"priorizar: wrote resultados.png ({size.replace('x', ' x ')} pixels)"
    image = QImage(str(out))
    assert f"{image.width()}x{image.height()}" == size
    assert ink(image) > 0.03


def test_picture_is_for_a_phone_unless_asked(qapp: Any) -> None:
    options = commands.build_parser().parse_args(["picture", "in.xlsx", "out.png"])
    assert (options.size, options.lang) == ("1080x1350", "es")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["summary", "{missing}", "{out}.pdf"], "does not exist"),
        (["summary", "{record}", "{out}.png"], "must be a .pdf file"),
        (["picture", "{record}", "{out}.pdf"], "must be a .png file"),
        (["picture", "{record}", "{out}.png", "--size", "800x600"], "invalid choice"),
        (["summary", "{record}", "{folder}/nowhere/acta.pdf"], "does not exist"),
        (["summary", "{record}"], "required"),
    ],
)
def test_bad_input_ends_in_one_line_and_status_2(
    record: Path, tmp_path: Path, args: list[str], words: str
) -> None:
    values = {
        "missing": str(tmp_path / "nada.json"),
        "record": str(record),
        "out": str(tmp_path / "out"),
        "folder": str(tmp_path),
    }
    line = one_line(run(*(a.format(**values) for a in args)), 2)
    assert line.startswith("priorizar: error: ")
    assert words in line


def test_the_help_lists_both_commands() -> None:
    said = run("--help")
    assert said.returncode == 0
    assert "summary" in said.stdout and "picture" in said.stdout
    summary = run("summary", "--help")
    assert summary.returncode == 0
    assert summary.stdout.startswith("usage: priorizar summary")


def test_the_commands_are_routed_past_the_qt_free_command_line() -> None:
    assert set(commands.COMMANDS) == set(entry.SHARE_ARGUMENTS)
    assert not set(commands.COMMANDS) & set(entry.CLI_ARGUMENTS)
    assert not set(commands.COMMANDS) & set(cli.COMMANDS)
    assert commands.__name__ == entry.SHARE_MODULE
