"""``priorizar --self-test``: one line and exit 0 when the build works; one line and exit 1 naming
what failed, never a traceback."""

from __future__ import annotations

import importlib
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from app import selftest
from app.io.example import example_workshop
from app.models.workshop import Workshop
from tests.test_cli import ROOT, run

pytestmark = pytest.mark.usefixtures("qapp")


def outcome(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """The exit status and the one line printed (stdout); nothing may go to stderr."""
    status = selftest.main(list(args))
    captured = capsys.readouterr()
    assert captured.err == ""
    lines = captured.out.splitlines()
    assert len(lines) == 1, captured.out
    return status, lines[0]


def failure(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """The one line of a self-test that must fail (exit status 1)."""
    status, line = outcome(capsys, *args)
    assert status == 1
    assert line.startswith("priorizar self-test: FAILED after ")
    return line


def test_the_self_test_passes_as_a_subprocess_in_one_line() -> None:
    done = run("--self-test")

    assert (done.returncode, done.stderr) == (0, ""), done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout
    assert lines[0].startswith("priorizar self-test: OK in ")
    for checked in (
        "Spanish",
        "pyqtgraph",
        "TOPSIS and AHP",
        "reopened identical",
        "summary drawn as a PDF (1 page(s)",
        ".ods (odfpy), .xls (xlrd) and Windows-1252 text (charset-normalizer) read right",
        "scikit",
    ):
        assert checked in lines[0]


def test_a_record_that_reopens_changed_fails_naming_the_difference(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def changed(path: Path) -> Workshop:
        workshop = example_workshop()
        first = replace(workshop.communities[0], name="Otra comunidad")
        return workshop.replace(communities=(first, *workshop.communities[1:]))

    monkeypatch.setattr(selftest, "reopen", changed)

    line = failure(capsys)

    assert "reopened decision record differs" in line
    assert "communities[0].name" in line
    assert "'Otra comunidad' reopened" in line


def test_a_record_that_reopens_with_other_scores_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Equal inputs are not enough: the reopened workshop must also rank the same."""
    from app.ui.session import WorkshopSession

    real_open = WorkshopSession.open

    def open_other(self: WorkshopSession, workshop: Workshop, *args: Any, **kwargs: Any) -> None:
        values = workshop.values.copy()
        values[0, 1] += 0.5  # a first-ranked community's commitment, a little higher
        real_open(self, workshop.replace(values=values), *args, **kwargs)

    monkeypatch.setattr(WorkshopSession, "open", open_other)

    line = failure(capsys)

    assert "the reopened decision record ranks differently: TOPSIS scores differ by" in line


def test_an_unexpected_error_ends_in_one_line_not_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(path: Path) -> Workshop:
        raise RuntimeError("the disk\nwent away")

    monkeypatch.delenv("PRIORIZAR_DEBUG", raising=False)
    monkeypatch.setattr(selftest, "reopen", broken)

    line = failure(capsys)

    assert "RuntimeError: the disk went away in test_selftest.py:" in line
    assert "Traceback" not in line


def test_a_bundle_without_scikit_criteria_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "skcriteria", None)  # as if it had been left out

    assert "scikit-criteria cannot be imported" in failure(capsys)


def test_a_bundle_without_numpy_ends_in_one_line() -> None:
    """Even a library the program cannot start without: one line, no traceback."""
    code = (
        "import sys; sys.modules['numpy'] = None; "
        "from app.__main__ import main; sys.exit(main(['--self-test']))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=False,
    )

    assert (done.returncode, done.stderr) == (1, "")
    assert done.stdout.startswith("priorizar self-test: FAILED after ")
    assert "ModuleNotFoundError: import of numpy halted" in done.stdout
    assert len(done.stdout.splitlines()) == 1


@pytest.mark.parametrize(
    ("module", "name", "value", "expected"),
    [
        # app/__main__.py imports the window's module by name, which PyInstaller cannot follow
        (
            "app.ui",
            "WINDOW_MODULE",
            "app.ui.left_out",
            "ModuleNotFoundError: No module named 'app.ui.left_out'",
        ),
        # a tolerance no difference can meet, not even 0: the check must compare, not just import
        ("app.selftest", "REFERENCE_TOLERANCE", -1.0, "scikit-criteria's TOPSIS differs from"),
        # a Spanish text other than the one the window shows
        (
            "app.selftest",
            "OWN_STRING",
            ("MainWindow", "Fix as &baseline", "Línea base"),
            "Priorizar's Spanish translation is not loaded: 'Fix as &baseline' gave "
            "'Fijar como &línea base'",
        ),
    ],
)
def test_each_check_can_fail(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    name: str,
    value: object,
    expected: str,
) -> None:
    monkeypatch.setattr(importlib.import_module(module), name, value)

    assert expected in failure(capsys)


def test_the_interface_language_is_restored_afterwards(capsys: pytest.CaptureFixture[str]) -> None:
    from app.ui.i18n import current_language, install_language

    install_language("en")

    status, _ = outcome(capsys)

    assert status == 0
    assert current_language() == "en"


def test_an_argument_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    line = failure(capsys, "--lang")

    assert "unexpected argument '--lang'" in line


@pytest.mark.parametrize(
    ("saved", "reopened", "where"),
    [
        ({"a": [1, {"b": 2}]}, {"a": [1, {"b": 3}]}, "a[1].b (2 saved, 3 reopened)"),
        ({"a": [1, 2]}, {"a": [1]}, "a (2 items saved, 1 reopened)"),
        ({"a": 1}, {"a": 1, "z": 0}, "z"),
        ({"a": 1}, {"a": 1.0}, "a (1 saved, 1.0 reopened)"),
        ({"a": None}, {"a": None}, None),
    ],
)
def test_first_difference_names_the_place(saved: Any, reopened: Any, where: str | None) -> None:
    assert selftest.first_difference(saved, reopened) == where
