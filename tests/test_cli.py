"""The command line `priorizar rank`: results equal the engine's, and bad input ends in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from app import cli
from app.__main__ import CLI_ARGUMENTS
from app.__main__ import main as entry_main
from app.io.table_import import read_table_csv
from app.io.workshop_file import save_workshop_json
from app.models.analysis import Evaluation, evaluate
from app.models.criterion import Criterion
from app.models.derived import weight_vector
from app.models.workshop import Workshop
from tests.factories import make_workshop

ROOT = Path(__file__).resolve().parents[1]

#: Two criteria, both to maximise: X is best on A, Y on B, Z in between. With equal weights X and
#: Y tie (mirror images); weights 1,0 put X first and Y last; 0,1 the opposite.
HAND_MADE = "Comunidad,A,B\nX,10,1\nY,1,10\nZ,5,5\n"


#: What the environment may set that would hide how the command line behaves by default (UTF-8
#: mode and the streams' encoding: on Windows, a pipe is in the ANSI code page without them).
_NOT_INHERITED = ("PRIORIZAR_DEBUG", "PYTHONUTF8", "PYTHONIOENCODING")


def run(*args: str, **environment: str) -> subprocess.CompletedProcess[str]:
    """The real entry point, as a user types it (its output read as UTF-8)."""
    env = {k: v for k, v in os.environ.items() if k not in _NOT_INHERITED}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env=env | environment,
        timeout=120,
        check=False,
    )


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = entry_main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def json_of(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    status, out, err = call(capsys, *args, "--json")
    assert (status, err) == (0, "")
    result: dict[str, Any] = json.loads(out)
    return result


def assert_one_line_error(status: int, err: str, *fragments: str) -> None:
    assert status == 2
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("priorizar: error: ")
    for fragment in fragments:
        assert fragment in lines[0]


def expected_rows(workshop: Workshop, evaluation: Evaluation) -> list[tuple[Any, ...]]:
    """(name, TOPSIS rank, closeness, AHP rank, priority), best TOPSIS first, ties as entered."""
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    assert evaluation.topsis_ranks is not None and evaluation.ahp_ranks is not None
    rows = [
        (
            workshop.communities[int(i)].name,
            int(evaluation.topsis_ranks[k]),
            float(evaluation.topsis.closeness[k]),
            int(evaluation.ahp_ranks[k]),
            float(evaluation.ahp_scores[k]),
        )
        for k, i in enumerate(evaluation.eligible)
    ]
    return sorted(rows, key=lambda row: row[1])  # sorted() is stable: ties keep input order


@pytest.fixture
def workshop() -> Workshop:
    return make_workshop(n=7, m=4, missing=1)


@pytest.fixture
def workshop_file(tmp_path: Path, workshop: Workshop) -> Path:
    path = tmp_path / "taller.json"
    save_workshop_json(workshop, path)
    return path


@pytest.fixture
def hand_made(tmp_path: Path) -> Path:
    path = tmp_path / "hecho.csv"
    path.write_text(HAND_MADE, "utf-8")
    return path


# -- good input ---------------------------------------------------------------------------------
def test_workshop_file_through_the_real_entry_point(
    workshop_file: Path, workshop: Workshop
) -> None:
    done = run("rank", str(workshop_file))

    assert (done.returncode, done.stderr) == (0, "")
    expected = expected_rows(workshop, evaluate(workshop))
    table = done.stdout.splitlines()
    header = next(i for i, line in enumerate(table) if line.startswith("TOPSIS rank"))
    for line, (name, t_rank, closeness, a_rank, priority) in zip(
        table[header + 1 :], expected, strict=False
    ):
        assert line.split() == [
            str(t_rank),
            str(a_rank),
            *name.split(),
            f"{closeness:.4f}",
            f"{priority:.4f}",
        ]
    assert "Screened out:" in done.stdout
    assert "Comunidad 7: Prior consent (gate): no" in done.stdout  # fails the gate
    assert "Comunidad 6: no data for Criterion 2" in done.stdout  # the missing cell
    assert "Agreement between TOPSIS and AHP (Kendall's tau-b):" in done.stdout


def test_json_numbers_equal_the_engine(
    capsys: pytest.CaptureFixture[str], workshop_file: Path, workshop: Workshop
) -> None:
    result = json_of(capsys, "rank", str(workshop_file))
    evaluation = evaluate(workshop)

    got = [
        (r["name"], r["topsis_rank"], r["topsis_closeness"], r["ahp_rank"], r["ahp_priority"])
        for r in result["ranking"]
    ]
    expected = expected_rows(workshop, evaluation)
    assert [row[0:2] + row[3:4] for row in got] == [row[0:2] + row[3:4] for row in expected]
    np.testing.assert_allclose([row[2] for row in got], [row[2] for row in expected], rtol=1e-12)
    np.testing.assert_allclose([row[4] for row in got], [row[4] for row in expected], rtol=1e-12)
    assert result["kendall_tau_b"] == pytest.approx(evaluation.agreement)
    assert result["method"] == "both"
    assert result["file"] == str(workshop_file)
    weights = result["weights"]
    assert weights["source"] == "group:g1"
    assert [c["id"] for c in weights["criteria"]] == ["c1", "c2", "c3", "c4"]
    assert [c["direction"] for c in weights["criteria"]] == ["max", "max", "min", "max"]
    np.testing.assert_allclose(
        [c["weight"] for c in weights["criteria"]], weight_vector(workshop)[:4], rtol=1e-12
    )
    assert result["excluded"] == [
        {
            "id": "k6",
            "name": "Comunidad 6",
            "reasons": [
                {"kind": "missing", "criterion_id": "c2", "criterion": "Criterion 2", "value": None}
            ],
        },
        {
            "id": "k7",
            "name": "Comunidad 7",
            "reasons": [
                {
                    "kind": "gate",
                    "criterion_id": "consent",
                    "criterion": "Prior consent",
                    "value": 0,
                }
            ],
        },
    ]
    assert result["notes"] == [n.text() for n in evaluation.notes]


def test_combined_weights_are_the_default_when_active(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    workshop = make_workshop(groups=3).replace(active_group="combined")
    path = tmp_path / "combinado.json"
    save_workshop_json(workshop, path)

    result = json_of(capsys, "rank", str(path))

    assert result["weights"]["source"] == "combined"
    np.testing.assert_allclose(
        [c["weight"] for c in result["weights"]["criteria"]], weight_vector(workshop)[:4]
    )
    status, out, _ = call(capsys, "rank", str(path))
    assert status == 0 and "Weights (combined set of all groups):" in out


@pytest.mark.parametrize("method", ["topsis", "ahp"])
def test_one_method(
    capsys: pytest.CaptureFixture[str], workshop_file: Path, workshop: Workshop, method: str
) -> None:
    result = json_of(capsys, "rank", str(workshop_file), "--method", method)
    evaluation = evaluate(workshop)
    other = "ahp" if method == "topsis" else "topsis"

    scores = evaluation.topsis.closeness if method == "topsis" else evaluation.ahp_scores  # type: ignore[union-attr]
    ranks = evaluation.topsis_ranks if method == "topsis" else evaluation.ahp_ranks
    assert ranks is not None and scores is not None
    best_first = sorted(range(len(ranks)), key=lambda k: ranks[k])
    assert [r["name"] for r in result["ranking"]] == [
        workshop.communities[int(evaluation.eligible[k])].name for k in best_first
    ]
    assert [r[f"{method}_rank"] for r in result["ranking"]] == [int(ranks[k]) for k in best_first]
    assert all(r[f"{other}_rank"] is None for r in result["ranking"])
    assert result["kendall_tau_b"] is None

    status, out, _ = call(capsys, "rank", str(workshop_file), "--method", method)
    assert status == 0
    header = next(line for line in out.splitlines() if line.startswith("Rank"))
    assert header.split() == (
        ["Rank", "Community", "TOPSIS", "closeness"]
        if method == "topsis"
        else ["Rank", "Community", "AHP", "priority"]
    )
    assert "Kendall" not in out


def test_hand_made_csv_ties_share_the_rank(
    capsys: pytest.CaptureFixture[str], hand_made: Path
) -> None:
    status, out, err = call(capsys, "rank", str(hand_made))

    assert (status, err) == (0, "")
    table = out.splitlines()
    header = table.index(next(line for line in table if line.startswith("TOPSIS rank")))
    assert [line.split()[:3] for line in table[header + 1 : header + 4]] == [
        ["1", "1", "X"],
        ["1", "1", "Y"],
        ["3", "3", "Z"],
    ]
    assert "Weights (group Grupo 1):" in out
    assert "  A  max   50.0%" in out


@pytest.mark.parametrize(
    ("weights", "order"),
    [("1,0", ["X", "Z", "Y"]), ("0,1", ["Y", "Z", "X"]), ("0,5;2", ["Y", "Z", "X"])],
)
def test_weights_change_the_order(
    capsys: pytest.CaptureFixture[str], hand_made: Path, weights: str, order: list[str]
) -> None:
    result = json_of(capsys, "rank", str(hand_made), "--weights", weights)

    assert [r["name"] for r in result["ranking"]] == order
    assert [r["topsis_rank"] for r in result["ranking"]] == [1, 2, 3]
    assert [r["ahp_rank"] for r in result["ranking"]] == [1, 2, 3]
    assert result["weights"]["source"] == "option"
    total = sum(c["weight"] for c in result["weights"]["criteria"])
    assert total == pytest.approx(1.0)


def test_objectives_reverse_a_criterion(
    capsys: pytest.CaptureFixture[str], hand_made: Path
) -> None:
    result = json_of(capsys, "rank", str(hand_made), "--weights", "1,0", "--objectives", "min,max")
    assert [r["name"] for r in result["ranking"]] == ["Y", "Z", "X"]
    assert [c["direction"] for c in result["weights"]["criteria"]] == ["min", "max"]
    assert result["ranking"][0]["topsis_closeness"] == pytest.approx(1.0)


def test_weights_skip_the_gates(capsys: pytest.CaptureFixture[str], workshop_file: Path) -> None:
    # four weighted criteria and one gate: four weights
    result = json_of(capsys, "rank", str(workshop_file), "--weights", "0,0,0,1")
    assert [c["weight"] for c in result["weights"]["criteria"]] == [0, 0, 0, 1]


def test_all_weights_zero_is_a_note_not_an_error(
    capsys: pytest.CaptureFixture[str], hand_made: Path
) -> None:
    result = json_of(capsys, "rank", str(hand_made), "--weights", "0,0")
    assert "All weights are zero" in " ".join(result["notes"])
    assert [r["topsis_rank"] for r in result["ranking"]] == [1, 1, 1]


def test_spanish_excel_csv_through_the_real_entry_point(tmp_path: Path) -> None:
    path = tmp_path / "comunidades.csv"
    text = "Comunidad;Agua (m³/día);Minería\r\nQ'eros;3,5;10\r\nÑañuqa;4,25;2\r\nGrau;1,5;7\r\n"
    path.write_bytes(text.replace("³", "3").encode("cp1252"))

    done = run("rank", str(path), "--objectives", "max,min", "--json")

    assert (done.returncode, done.stderr) == (0, "")
    result = json.loads(done.stdout)
    imported = read_table_csv(path, objectives=["max", "min"])
    expected = expected_rows(imported, evaluate(imported))
    assert [r["name"] for r in result["ranking"]] == [row[0] for row in expected]
    assert result["ranking"][0]["name"] == "Ñañuqa"
    np.testing.assert_allclose(
        [r["topsis_closeness"] for r in result["ranking"]], [row[2] for row in expected]
    )


def test_output_is_utf8_whatever_the_code_page(tmp_path: Path) -> None:
    """Piped or redirected, Python on Windows writes cp1252 unless PYTHONUTF8 is set (ñ would
    come out as one byte a UTF-8 reader refuses, and ✓ as "?"). The command line writes UTF-8:
    here PYTHONIOENCODING=cp1252 gives every system Windows' starting point."""
    path = tmp_path / "Ñuñoa.csv"
    path.write_text("Comunidad,Agua\nÑawpa Qoñi ✓,2\nB,1\n", "utf-8")
    done = run("rank", str(path), "--json", PYTHONIOENCODING="cp1252")
    assert (done.returncode, done.stderr) == (0, "")
    assert json.loads(done.stdout)["ranking"][0]["name"] == "Ñawpa Qoñi ✓"
    assert "Ñawpa Qoñi ✓" in run("rank", str(path), PYTHONIOENCODING="cp1252").stdout
    missing = run("rank", str(tmp_path / "Año ✓.csv"), PYTHONIOENCODING="cp1252")
    assert missing.returncode == 2 and "Año ✓.csv" in missing.stderr


def test_utf8_csv_with_byte_order_mark(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffComunidad;Área\r\nA;1,5\r\nB;2,5\r\n".encode())
    result = json_of(capsys, "rank", str(path))
    assert result["weights"]["criteria"][0]["name"] == "Área"
    assert [r["name"] for r in result["ranking"]] == ["B", "A"]


def test_screened_out_by_threshold_is_explained(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    workshop = make_workshop(n=5, gate=False)
    mining = workshop.criteria[2]  # c3, a cost criterion
    limit = float(np.sort(workshop.values[:, 2])[-2])  # the highest value is above it
    criteria = list(workshop.criteria)
    criteria[2] = Criterion(**{**mining.__dict__, "accept_max": limit - 0.05})
    workshop = workshop.replace(criteria=tuple(criteria))
    path = tmp_path / "umbral.json"
    save_workshop_json(workshop, path)

    status, out, _ = call(capsys, "rank", str(path))

    worst = int(np.argmax(workshop.values[:, 2]))
    value = workshop.values[worst, 2]
    assert status == 0
    assert (
        f"  Comunidad {worst + 1}: Criterion 3 is {value:g}, above the highest acceptable "
        f"{limit - 0.05:g}"
    ) in out.splitlines()


def test_nobody_left_to_rank(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "vacio.csv"
    path.write_text("Comunidad;A\nX;\nY;\n", "utf-8")
    status, out, _ = call(capsys, "rank", str(path))
    assert status == 0
    assert "No community can be ranked." in out
    assert "Criterion a has no data and is left out of the ranking." in out


def test_ahp_alone_on_data_it_cannot_take(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "negativo.csv"
    path.write_text("Comunidad;A;B\nX;-1;2\nY;2;3\n", "utf-8")

    status, out, _ = call(capsys, "rank", str(path), "--method", "ahp")
    assert status == 0
    assert "AHP cannot rank these communities (see the notes)." in out
    # the note names where the problem is: the criterion, the community and the value
    assert "under criterion a, community X has the value -1." in out
    result = json_of(capsys, "rank", str(path), "--method", "ahp")
    assert result["ranking"] == []
    # TOPSIS takes negative values; its ranking does not carry the AHP note
    result = json_of(capsys, "rank", str(path), "--method", "topsis")
    assert [r["name"] for r in result["ranking"]] == ["Y", "X"]
    assert result["notes"] == []
    result = json_of(capsys, "rank", str(path))
    assert [r["ahp_rank"] for r in result["ranking"]] == [None, None]
    assert result["kendall_tau_b"] is None


def test_help_and_version(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = call(capsys, "rank", "--help")
    assert status == 0 and out.startswith("usage: priorizar rank")
    status, out, _ = call(capsys, "--version")
    assert (status, out.strip()) == (0, "priorizar 0.1.0")
    status, out, _ = call(capsys, "--help")
    assert status == 0 and "rank" in out


def test_every_command_is_routed_to_the_command_line() -> None:
    assert set(cli.COMMANDS) <= set(CLI_ARGUMENTS)


# -- bad input: exit 2, one line, no traceback --------------------------------------------------
def test_missing_file_through_the_real_entry_point(tmp_path: Path) -> None:
    done = run("rank", str(tmp_path / "nada.json"))
    assert done.stdout == ""
    assert_one_line_error(done.returncode, done.stderr, "nada.json", "does not exist")


def test_text_in_a_number_cell_through_the_real_entry_point(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua;Seguridad\nA;1;2\nB;1;3\nC;2;alto\n", "utf-8")
    done = run("rank", str(path))
    assert_one_line_error(
        done.returncode,
        done.stderr,
        "row 4, column “Seguridad” (C): “alto” is not a number.",
    )


@pytest.mark.parametrize(
    ("name", "content", "fragments"),
    [
        ("nada.csv", None, ("does not exist",)),
        ("vacio.csv", "", ("vacio.csv", "is empty")),
        ("vacio.json", "", ("vacio.json", "is empty")),
        ("roto.json", '{"schema_version": 1,\n  "criteria": [}', ("line 2, column", "roto.json")),
        ("lista.json", "[]", ("does not hold a workshop",)),
        ("datos.xlsx", "PK", ("datos.xlsx", "is not an Excel workbook")),
        (
            "datos.ods",  # read as a workbook since .ods files are (issue 19)
            "PK",
            ("datos.ods", "not a workbook of its kind (.ods)"),
        ),
        ("datos", "x", ("not a kind of file Priorizar reads (—)",)),
        ("celda.csv", "C,A\nX,uno\n", ("“celda.csv”, row 2", "column “A” (B)", "“uno”")),
    ],
)
def test_bad_files(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    name: str,
    content: str | None,
    fragments: tuple[str, ...],
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content, "utf-8")
    status, out, err = call(capsys, "rank", str(path))
    assert out == ""
    assert_one_line_error(status, err, *fragments)


@pytest.mark.parametrize(
    ("options", "fragments"),
    [
        (["--weights", "1,2,3"], ("--weights: 3 weights given", "2 weighted criteria (A, B)")),
        (["--weights", "1"], ("--weights: 1 weight given",)),
        (["--weights", "1,-2"], ("weight 2 (B) is -2", "zero or more")),
        (["--weights=-1,2"], ("weight 1 (A) is -1",)),
        (["--weights", "1,dos"], ("weight 2 (B) is 'dos', not a number",)),
        (["--weights", "1,nan"], ("'nan', not a number",)),
        (["--weights", "1,inf"], ("'inf', not a number",)),
        (["--weights", "1,"], ("weight 2 (B) is '', not a number",)),
        (["--objectives", "max"], ("--objectives: 1 direction given",)),
        (["--objectives", "max,más"], ("direction 2 (B) is 'más'; use max or min",)),
        (["--method", "electre"], ("invalid choice", "see 'priorizar rank --help'")),
        (["--bogus"], ("unrecognized arguments: --bogus",)),
        (["--weights"], ("expected one argument",)),
    ],
)
def test_bad_options(
    capsys: pytest.CaptureFixture[str],
    hand_made: Path,
    options: list[str],
    fragments: tuple[str, ...],
) -> None:
    status, out, err = call(capsys, "rank", str(hand_made), *options)
    assert out == ""
    assert_one_line_error(status, err, *fragments)


def test_no_file_given(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = call(capsys, "rank")
    assert_one_line_error(status, err, "the following arguments are required: FILE")


def test_bad_option_through_the_real_entry_point(hand_made: Path) -> None:
    done = run("rank", str(hand_made), "--weights", "1,2,3")
    assert done.stdout == ""
    assert_one_line_error(done.returncode, done.stderr, "--weights: 3 weights given")


def test_a_bug_ends_in_one_line_with_status_1(
    capsys: pytest.CaptureFixture[str], hand_made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.delenv("PRIORIZAR_DEBUG", raising=False)
    monkeypatch.setattr(cli, "evaluate", broken)
    status, out, err = call(capsys, "rank", str(hand_made))

    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "priorizar: internal error: ZeroDivisionError: division by zero (please report it; set "
        "PRIORIZAR_DEBUG=1 to see the details)"
    ]


def test_debug_setting_shows_the_bug(hand_made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setenv("PRIORIZAR_DEBUG", "1")
    monkeypatch.setattr(cli, "evaluate", broken)
    with pytest.raises(ZeroDivisionError):
        cli.main(["rank", str(hand_made)])


def test_unreadable_input_is_exit_2_not_a_bug(
    capsys: pytest.CaptureFixture[str], hand_made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(path: str, flags: int) -> int:
        raise PermissionError(13, "Permission denied", path)

    # the one open of every input (app.io.limited.read_limited)
    monkeypatch.setattr("app.io.limited._no_blocking", refused)
    status, _, err = call(capsys, "rank", str(hand_made))
    assert_one_line_error(status, err, "hecho.csv", "no permission")


def test_gui_is_not_started_for_commands(
    capsys: pytest.CaptureFixture[str], hand_made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    def no_gui(name: str, package: str | None = None) -> object:
        raise AssertionError(f"imported {name}")

    monkeypatch.setattr(importlib, "import_module", no_gui)
    status, _, _ = call(capsys, "rank", str(hand_made))
    assert status == 0


def test_missing_window_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    real_import = importlib.import_module

    def absent(name: str, package: str | None = None) -> object:
        if name != "app.ui.shell.main":  # numpy, imported first, is there
            return real_import(name, package)
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(importlib, "import_module", absent)
    status, out, err = call(capsys)
    assert (status, out) == (1, "")
    assert err.splitlines() == [
        "priorizar: the window cannot start (app.ui.shell.main is not installed); 'priorizar rank "
        "FILE' works without it"
    ]


def test_window_gets_the_arguments(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib
    import types

    received: list[list[str]] = []

    def run(argv: list[str]) -> int:
        received.append(argv)
        return 0

    fake = types.SimpleNamespace(run=run)
    monkeypatch.setattr(importlib, "import_module", lambda name, package=None: fake)

    assert entry_main(["taller.xlsx"]) == 0
    assert received == [["taller.xlsx"]]


# -- decision records: export, example, and rank reading them ------------------------------------
@pytest.mark.parametrize("kind", ["record", "plain"])
def test_rank_opens_a_workbook_once(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    """A decision record, or a plain workbook read as a table: one read and one parse of the
    file to tell which it is and to read it."""
    from app.io.example import example_workshop
    from app.io.record import save_record
    from tests.factories import plain_workbook
    from tests.spies import count_workbook_opens

    path = tmp_path / f"{kind}.xlsx"
    if kind == "record":
        save_record(example_workshop(), path, "es")
    else:
        plain_workbook(path)
    counts = count_workbook_opens(monkeypatch)
    ranked = json_of(capsys, "rank", str(path))
    eligible = len(evaluate(example_workshop()).eligible) if kind == "record" else 2
    assert len(ranked["ranking"]) == eligible
    assert counts == {"parsed": 1, "read": 1}


def test_example_export_and_rank_of_a_record(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from app.io.example import example_workshop
    from app.io.record import LABELS, load_record

    record = tmp_path / "ejemplo.xlsx"
    status, out, err = call(capsys, "example", str(record))
    assert (status, out, err) == (0, "", "")
    assert load_record(record) == example_workshop()
    from_record = json_of(capsys, "rank", str(record))
    json_path = tmp_path / "ejemplo.json"
    save_workshop_json(example_workshop(), json_path)
    from_json = json_of(capsys, "rank", str(json_path))
    assert from_record["ranking"] == from_json["ranking"]

    english = tmp_path / "english.xlsx"
    status, out, err = call(capsys, "export", str(json_path), str(english), "--lang", "en")
    assert (status, out, err) == (0, "", "")
    import openpyxl

    assert LABELS["en"]["summary"] in openpyxl.load_workbook(english, read_only=True).sheetnames
    assert load_record(english) == example_workshop()


def test_export_of_a_table_and_rank_of_a_plain_workbook(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import openpyxl

    table = tmp_path / "tabla.csv"
    table.write_text(HAND_MADE, "utf-8")
    out_path = tmp_path / "tabla.xlsx"
    assert call(capsys, "export", str(table), str(out_path))[0] == 0
    assert (
        json_of(capsys, "rank", str(out_path))["ranking"]
        == json_of(capsys, "rank", str(table))["ranking"]
    )
    plain = tmp_path / "plano.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for line in HAND_MADE.splitlines():
        name, *numbers = line.split(",")
        sheet.append([name, *(float(x) if x[0].isdigit() else x for x in numbers)])
    book.save(plain)
    assert (
        json_of(capsys, "rank", str(plain))["ranking"]
        == json_of(capsys, "rank", str(table))["ranking"]
    )


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (("export", "{tmp}/nada.json", "{tmp}/x.xlsx"), ("does not exist",)),
        (("export", "{tmp}/t.csv", "{tmp}/x.csv"), ("must be an .xlsx file",)),
        (("example", "{tmp}"), ("must be an .xlsx file",)),
        (("example", "{tmp}/no/x.xlsx"), ("folder", "does not exist")),
        (("example", "{tmp}/x.xlsx", "--lang", "fr"), ("invalid choice",)),
        (("export", "{tmp}/t.csv"), ("required",)),
    ],
)
def test_export_and_example_bad_input(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: tuple[str, ...], fragments: Any
) -> None:
    (tmp_path / "t.csv").write_text(HAND_MADE, "utf-8")
    status, out, err = call(capsys, *(a.format(tmp=tmp_path) for a in args))
    assert out == ""
    assert_one_line_error(status, err, *fragments)


def test_export_runs_as_a_subprocess(tmp_path: Path) -> None:
    done = run("example", str(tmp_path / "e.xlsx"), "--lang", "en")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    done = run("rank", str(tmp_path / "e.xlsx"))
    assert done.returncode == 0 and "communities pass the screening" in done.stdout
    (tmp_path / "roto.xlsx").write_bytes(b"PK\x03\x04 broken")
    done = run("rank", str(tmp_path / "roto.xlsx"))
    assert_one_line_error(done.returncode, done.stderr, "roto.xlsx", "damaged")


def test_every_unreadable_cell_of_a_record_in_one_error_line(tmp_path: Path) -> None:
    """Issue 19, item 5: a colleague's record with several mistyped Data cells names them all."""
    import openpyxl

    from app.io.record import save_record

    path = tmp_path / "colega.xlsx"
    save_record(make_workshop(6, 4, ordinal=1), path, "es")
    book = openpyxl.load_workbook(path)
    book["Datos"]["C4"], book["Datos"]["D5"] = "altísima", "mucho"
    book.save(path)
    done = run("rank", str(path))
    assert_one_line_error(done.returncode, done.stderr, "2 cells hold values that cannot be read")
    assert "row 4, column C: “altísima”" in done.stderr
    assert "row 5, column D: “mucho” is not a number." in done.stderr


def test_a_region_column_is_read_as_the_regions(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """As the window's import step reads it: the regions, not a criterion whose first cell is
    "not a number"."""
    path = tmp_path / "comunidades.csv"
    path.write_bytes(
        "Comunidad;Región;Amenaza minera;Patrimonio\r\nSayhua;Cusco;4;3\r\n"
        "Huancuire;Apurímac;5;2\r\nPaccaypata;Cusco;3;5\r\n".encode("cp1252")
    )
    result = json_of(capsys, "rank", str(path))
    assert [c["name"] for c in result["weights"]["criteria"]] == ["Amenaza minera", "Patrimonio"]
    assert [r["name"] for r in result["ranking"]] == ["Paccaypata", "Sayhua", "Huancuire"]
