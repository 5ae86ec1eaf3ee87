"""The decision record (.xlsx): round trip, edits taken up, formula safety, hostile files."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tempfile
import warnings
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import record
from app.io.example import example_workshop
from app.io.record import HIDDEN_SHEET, LABELS, load_record, payload, read_table_xlsx, save_record
from app.io.record.criteria_sheet import CRITERIA_WEIGHT_COLUMN
from app.io.record.data_sheet import DATA_FIRST_COLUMN
from app.models.analysis import evaluate, prepare
from app.models.errors import InvalidInputError
from app.models.workshop import Agreement, AhpMode, LogEntry, Workshop
from tests.factories import make_workshop

HYPERLINK = '=HYPERLINK("http://x","y")'


def rich_workshop() -> Workshop:
    """The example (groups, judgements, gate, threshold, missing cells, agreements, baseline)
    with a change log, formula-like texts and control characters in the notes."""
    workshop = example_workshop()
    communities = list(workshop.communities)
    communities[0] = replace(communities[0], name=HYPERLINK, notes="+ más\tnotas @persona")
    communities[1] = replace(communities[1], name="-Ñuñoa @Quispe", region="=1+1")
    return workshop.replace(
        communities=tuple(communities),
        metadata=replace(
            workshop.metadata,
            title="Taller: ¿qué comunidades? 🌄",
            agreements=(*workshop.metadata.agreements, Agreement("=SUM(A1:A2)", "@ana", "+5")),
        ),
        log=(
            LogEntry("2025-01-29 10:00", "cusco", "peso Compromiso", "50", "60"),
            LogEntry("2025-01-29 10:05", "", "=dato", "-", "+"),
        ),
    )


def with_judgements(workshop: Workshop, seed: int = 0) -> Workshop:
    """Every group judges every pair of weighted criteria (random 1-9 scale judgements)."""
    rng = np.random.default_rng(seed)
    ids = [c.id for c in workshop.weighted_criteria]
    scale = [1 / 9, 1 / 7, 1 / 5, 1 / 3, 1.0, 3.0, 5.0, 7.0, 9.0]
    groups = tuple(
        replace(
            group,
            judgements={
                (a, b): float(rng.choice(scale)) for k, a in enumerate(ids) for b in ids[k + 1 :]
            },
        )
        for group in workshop.groups
    )
    return workshop.replace(groups=groups)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Workshop, Path]:
    workshop = rich_workshop()
    path = tmp_path_factory.mktemp("record") / "taller.xlsx"
    save_record(workshop, path, "es")
    return workshop, path


# -- round trip ---------------------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "en"])
@pytest.mark.parametrize(
    "make",
    [
        rich_workshop,
        lambda: with_judgements(make_workshop(9, 6, groups=3, ordinal=2, missing=2)),
        lambda: make_workshop(3, 2, groups=0),
    ],
    ids=["example", "factory", "no-groups"],
)
def test_round_trip_keeps_every_input(tmp_path: Path, lang: str, make: Any) -> None:
    workshop = make()
    first = tmp_path / "first.xlsx"
    save_record(workshop, first, lang)
    reopened = load_record(first)
    assert reopened.to_dict() == workshop.to_dict()
    second = tmp_path / "second.xlsx"
    save_record(reopened, second, "en" if lang == "es" else "es")
    assert load_record(second).to_dict() == workshop.to_dict()


def test_a_bilingual_unit_is_shown_in_the_records_language_and_reopens_whole(
    tmp_path: Path,
) -> None:
    workshop = make_workshop(3, 2, gate=False, groups=1)
    criteria = list(workshop.criteria)
    criteria[1] = replace(criteria[1], unit={"es": "familias", "en": "families"})
    workshop = workshop.replace(criteria=tuple(criteria))
    for lang, shown in (("es", "familias"), ("en", "families")):
        path = tmp_path / f"{lang}.xlsx"
        save_record(workshop, path, lang)
        book = openpyxl.load_workbook(path)
        labels = LABELS[lang]
        data, definitions = book[labels["data"]], book[labels["criteria"]]
        # Data: the units' row under the names; Criteria: the unit column (F), criterion 2's row
        assert (data.cell(row=2, column=1).value, data.cell(row=2, column=4).value) == (
            labels["unit"],
            shown,
        )
        assert definitions.cell(row=1, column=6).value == labels["unit"]
        assert definitions.cell(row=3, column=6).value == shown
        reopened = load_record(path)
        assert reopened.criteria[1].unit == {"es": "familias", "en": "families"}
        assert reopened.to_dict() == workshop.to_dict()


def test_sheets_are_named_in_the_language(tmp_path: Path) -> None:
    for lang in ("es", "en"):
        path = tmp_path / f"{lang}.xlsx"
        save_record(example_workshop(), path, lang)
        book = openpyxl.load_workbook(path)
        labels = LABELS[lang]
        assert book.sheetnames == [
            labels[key]
            for key in (
                "summary",
                "data",
                "criteria",
                "judgements",
                "topsis",
                "ahp",
                "groups",
                "sensitivity",
                "model",
                "log",
            )
        ] + [HIDDEN_SHEET]
        assert book[HIDDEN_SHEET].sheet_state == "hidden"
        assert book.properties.creator == "Priorizar"
        summary = book[labels["summary"]]
        assert summary._charts, "the bar chart of the final scores"
        assert summary.page_setup.orientation == "landscape"


def test_values_shown_are_priorizars(saved: tuple[Workshop, Path]) -> None:
    workshop, path = saved
    evaluation = evaluate(workshop)
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    book = openpyxl.load_workbook(path)
    sheet = book[LABELS["es"]["ahp"]]
    m = len(prepare(workshop).columns)
    scores = [sheet.cell(row=3 + i, column=m + 2).value for i in range(len(evaluation.eligible))]
    assert scores == pytest.approx(evaluation.ahp_scores.tolist(), abs=0)
    data = book[LABELS["es"]["data"]]
    # verbal levels as words, gates as Sí/No, missing cells blank
    mining = workshop.criteria[0]
    assert data.cell(row=3, column=3).value == mining.level_label(workshop.values[0, 0], "es")
    fpic = workshop.criterion_index("fpic")
    assert data.cell(row=3, column=3 + fpic).value == "Sí"
    assert data.cell(row=3 + 4, column=3 + fpic).value == "No"
    assert data.cell(row=3 + 9, column=3 + fpic).value is None


# -- edits made in Excel are taken up -------------------------------------------------------------
def edit(path: Path, changes: dict[str, dict[str, Any]]) -> None:
    book = openpyxl.load_workbook(path)
    for sheet, cells in changes.items():
        for coordinate, value in cells.items():
            book[sheet][coordinate] = value
    book.save(path)


def test_edits_in_data_criteria_and_summary_are_taken_up(
    saved: tuple[Workshop, Path], tmp_path: Path
) -> None:
    workshop, original = saved
    path = tmp_path / "edited.xlsx"
    shutil.copy(original, path)
    labels = LABELS["es"]
    varieties = workshop.criterion_index("native_varieties")
    column = DATA_FIRST_COLUMN + varieties
    letter = openpyxl.utils.get_column_letter(column)
    fpic_letter = openpyxl.utils.get_column_letter(
        DATA_FIRST_COLUMN + workshop.criterion_index("fpic")
    )
    apurimac = [g.id for g in workshop.groups].index("apurimac")
    weight_letter = openpyxl.utils.get_column_letter(CRITERIA_WEIGHT_COLUMN + apurimac)
    edit(
        path,
        {
            labels["data"]: {
                f"{letter}4": 999,  # Puka Wallata's native varieties
                f"{fpic_letter}8": "no",  # Sani Wik'uña
                "C5": "high (outskirts of a mine)",  # mining threat of Anqas Luwichu, in English
                "A6": "Q'illu Alqamari (renombrada)",
            },
            labels["criteria"]: {f"{weight_letter}{2 + varieties}": 5},
            labels["summary"]: {"B3": "Taller editado en Excel"},
        },
    )
    reopened = load_record(path)
    assert reopened.values[1, varieties] == 999
    assert reopened.values[5, workshop.criterion_index("fpic")] == 0
    assert reopened.values[2, 0] == 4
    assert reopened.communities[3].name == "Q'illu Alqamari (renombrada)"
    assert reopened.group("apurimac").weights["native_varieties"] == 5
    assert reopened.metadata.title == "Taller editado en Excel"
    # everything else as saved
    expected = workshop.to_dict()
    got = reopened.to_dict()
    for key in ("criteria", "settings", "baseline", "log", "active_group"):
        assert got[key] == expected[key]
    assert got["groups"][0] == expected["groups"][0]


def test_a_wrong_edit_names_sheet_row_and_column(
    saved: tuple[Workshop, Path], tmp_path: Path
) -> None:
    _, original = saved
    path = tmp_path / "wrong.xlsx"
    shutil.copy(original, path)
    edit(path, {LABELS["es"]["data"]: {"D4": "mucho"}, LABELS["es"]["summary"]: {}})
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    message = str(caught.value)
    assert "wrong.xlsx" in message and "Datos" in message
    assert "row 4" in message and "column D" in message and "mucho" in message


def test_computed_sheets_are_never_read_back(saved: tuple[Workshop, Path], tmp_path: Path) -> None:
    workshop, original = saved
    path = tmp_path / "computed.xlsx"
    shutil.copy(original, path)
    labels = LABELS["es"]
    edit(path, {labels["topsis"]: {"B3": 123}, labels["model"]: {"B5": 0.9}})
    assert load_record(path) == workshop


# -- text never becomes a formula -----------------------------------------------------------------
def sheet_xml(path: Path, sheet_name: str) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    index = book.sheetnames.index(sheet_name) + 1
    book.close()
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{index}.xml").decode("utf-8")


def test_typed_text_is_text_never_a_formula(saved: tuple[Workshop, Path]) -> None:
    _, path = saved
    labels = LABELS["es"]
    for key in ("summary", "data", "topsis", "ahp", "groups", "sensitivity", "log"):
        xml = sheet_xml(path, labels[key])
        assert "<f>" not in xml, key
    book = openpyxl.load_workbook(path)
    data = book[labels["data"]]
    assert data["A3"].value == HYPERLINK and data["A3"].data_type == "s"
    assert data["A4"].value == "-Ñuñoa @Quispe" and data["A4"].data_type == "s"
    assert data["B4"].value == "=1+1" and data["B4"].data_type == "s"
    cell_xml = sheet_xml(path, labels["data"]).split('r="A3"', 1)[1].split("</c>", 1)[0]
    assert 't="s"' in cell_xml or 't="inlineStr"' in cell_xml
    assert "<f>" not in cell_xml
    log = book[labels["log"]]
    assert log["C3"].value == "=dato" and log["C3"].data_type == "s"


def test_model_sheet_holds_formulas(saved: tuple[Workshop, Path]) -> None:
    _, path = saved
    sheet = openpyxl.load_workbook(path)[LABELS["es"]["model"]]
    formulas = [cell.value for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    text = " ".join(formulas)
    for function in ("SQRT(SUMSQ(", "SUMXMY2(", "MAX(", "MIN(", "RANK(", "SUMPRODUCT("):
        assert function in text
    assert isinstance(sheet["B5"].value, float)  # the weights a colleague edits are values


# -- hostile and broken files ---------------------------------------------------------------------
def test_openpyxl_parses_with_defusedxml() -> None:
    assert openpyxl.DEFUSEDXML is True


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def valid_entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">&lol4;</workbook>"""


def bad_files(saved_path: Path) -> dict[str, bytes]:
    valid = saved_path.read_bytes()
    entries = valid_entries(saved_path)
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", entries["[Content_Types].xml"])
        archive.writestr("xl/workbook.xml", entries["xl/workbook.xml"])
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (60 * 1024 * 1024))
    laughs = dict(entries, **{"xl/workbook.xml": BILLION_LAUGHS})
    sheet_laughs = dict(entries)
    sheet_laughs["xl/worksheets/sheet2.xml"] = BILLION_LAUGHS.replace(b"workbook", b"worksheet")
    return {
        "empty": b"",
        "text": b"Comunidad;Peso\nA;1\n",
        "truncated": valid[: len(valid) // 2],
        "encrypted": bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504,
        "zip bomb": bomb.getvalue(),
        "billion laughs": zip_bytes(laughs),
        "billion laughs in a sheet": zip_bytes(sheet_laughs),
        "zip without workbook": zip_bytes({"hello.txt": b"hello"}),
        "broken JSON": _with_hidden(saved_path, "{not json"),
    }


def _with_hidden(path: Path, payload: str) -> bytes:
    book = openpyxl.load_workbook(path)
    sheet = book[HIDDEN_SHEET]
    sheet["A2"] = payload
    sheet["D1"] = 1
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "kind",
    [
        "empty",
        "text",
        "truncated",
        "encrypted",
        "zip bomb",
        "billion laughs",
        "billion laughs in a sheet",
        "zip without workbook",
        "broken JSON",
    ],
)
def test_bad_files_give_a_clear_error(
    saved: tuple[Workshop, Path], tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "malo.xlsx"
    path.write_bytes(bad_files(saved[1])[kind])
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert "malo.xlsx" in str(caught.value)
    if kind == "encrypted":
        assert "password" in str(caught.value)
    if kind == "zip bomb":
        assert "refused for safety" in str(caught.value)


def test_missing_file_folder_and_plain_workbook(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="does not exist"):
        load_record(tmp_path / "nada.xlsx")
    with pytest.raises(InvalidInputError, match="folder"):
        load_record(tmp_path)
    plain = tmp_path / "plano.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Comunidad", "Agua", "Suelo"])  # type: ignore[union-attr]
    book.save(plain)
    with pytest.raises(InvalidInputError, match="not a Priorizar decision record"):
        load_record(plain)


def test_too_many_rows_or_columns(saved: tuple[Workshop, Path], tmp_path: Path) -> None:
    path = tmp_path / "grande.xlsx"
    book = openpyxl.load_workbook(saved[1])
    sheet = book[LABELS["es"]["data"]]
    sheet.cell(row=record.MAX_ROWS + 5, column=1, value="x")
    book.save(path)
    with pytest.raises(InvalidInputError) as caught:
        load_record(path)
    assert "Datos" in str(caught.value) and "10000" in str(caught.value)
    sheet.cell(row=record.MAX_ROWS + 5, column=1, value=None)
    sheet.cell(row=3, column=record.MAX_COLUMNS + 1, value="x")
    book.save(path)
    with pytest.raises(InvalidInputError, match="columns"):
        load_record(path)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzz_broken_records_load_or_give_the_clear_error(
    data: st.DataObject, fuzz_base: tuple[bytes, dict[str, bytes]], tmp_path: Path
) -> None:
    valid, entries = fuzz_base
    how = data.draw(st.sampled_from(["bytes", "xml", "truncate"]))
    if how == "bytes":
        raw = bytearray(valid)
        for _ in range(data.draw(st.integers(1, 20))):
            position = data.draw(st.integers(0, len(raw) - 1))
            raw[position] = data.draw(st.integers(0, 255))
        content = bytes(raw)
    elif how == "truncate":
        content = valid[: data.draw(st.integers(0, len(valid)))]
    else:  # damage the XML inside an intact zip, where openpyxl's parsers see it
        name = data.draw(st.sampled_from(sorted(entries)))
        xml = bytearray(entries[name])
        for _ in range(data.draw(st.integers(1, 10))):
            if not xml:
                break
            position = data.draw(st.integers(0, len(xml) - 1))
            if data.draw(st.booleans()):
                xml[position] = data.draw(st.sampled_from(b'<>&"=/ 0123abcx\x00\xff'))
            else:
                del xml[position : position + data.draw(st.integers(1, 50))]
        content = zip_bytes(dict(entries, **{name: bytes(xml)}))
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(content)
    try:
        load_record(path)
    except InvalidInputError as error:
        assert "fuzz.xlsx" in str(error)


CSV_BASE = (
    "\ufeffComunidad;Agua (%);Suelo;Riesgo\r\nQ'umir;1,5;3;alto\r\nÑawpa;2;;4\r\n"
    "=HYPERLINK(1);3,25;1E+03;5\r\n"
).encode("utf-8")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    edits=st.lists(
        st.tuples(st.integers(0, len(CSV_BASE) - 1), st.integers(0, 255), st.booleans()),
        min_size=1,
        max_size=12,
    ),
    cut=st.integers(0, len(CSV_BASE)),
)
def test_fuzz_broken_csv_tables_load_or_give_the_clear_error(
    edits: list[tuple[int, int, bool]], cut: int
) -> None:
    from app.io.table_import import read_table_csv

    raw = bytearray(CSV_BASE[:cut] if cut > 10 else CSV_BASE)
    for position, byte, insert in edits:
        position = min(position, len(raw))
        if insert:
            raw[position:position] = bytes([byte])
        elif position < len(raw):
            raw[position] = byte
    folder = Path(tempfile.gettempdir())  # hypothesis runs each example without tmp_path
    path = folder / f"fuzz-{os.getpid()}.csv"
    path.write_bytes(bytes(raw))
    try:
        read_table_csv(path)
    except InvalidInputError:
        pass
    finally:
        path.unlink()


def test_awkward_texts_and_tiny_chunks_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spaces at the ends of chunks and texts, Windows line ends, control characters (left out
    of the visible cells), OOXML-escape look-alikes: all come back exactly."""
    monkeypatch.setattr(payload, "CHUNK_CHARS", 5)
    workshop = make_workshop(3, 2)
    communities = list(workshop.communities)
    communities[0] = replace(
        communities[0], name="_x0041_ a  ", notes="  lead\r\nx\u2028y\ufffd\x01z\rq"
    )
    workshop = workshop.replace(communities=tuple(communities))
    path = tmp_path / "raro.xlsx"
    save_record(workshop, path)
    assert load_record(path) == workshop


def test_no_carriage_return_reaches_the_workbook(tmp_path: Path) -> None:
    """Line ends reach the sheets as "\\n" only: on Windows openpyxl's writer turns a "\\r\\n" in
    a cell into "\\r\\r\\n", which reads back as two line breaks, taken for a colleague's edit.
    The visible cells show one line break per line end; the workshop comes back as typed."""
    workshop = make_workshop(3, 2)
    communities = list(workshop.communities)
    communities[0] = replace(communities[0], notes="uno\r\ndos\rtres\ncuatro")
    communities[1] = replace(communities[1], name="Alto\r\nBajo")
    metadata = replace(workshop.metadata, purpose="Elegir\r\ncomunidades", place="Cusco\r")
    workshop = workshop.replace(communities=tuple(communities), metadata=metadata)
    path = tmp_path / "saltos.xlsx"
    save_record(workshop, path, "es")
    with zipfile.ZipFile(path) as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    assert b"\r" not in xml and b"&#13;" not in xml
    assert b"uno\ndos\ntres\ncuatro" in xml
    data = openpyxl.load_workbook(path)["Datos"]
    names = [data.cell(row=r, column=1).value for r in range(1, data.max_row + 1)]
    assert "Alto\nBajo" in names
    assert load_record(path) == workshop


def test_large_workshops_span_several_hidden_cells(tmp_path: Path) -> None:
    workshop = with_judgements(make_workshop(120, 20, groups=4))
    path = tmp_path / "grande.xlsx"
    save_record(workshop, path, "en")
    hidden = openpyxl.load_workbook(path)[HIDDEN_SHEET]
    chunks = hidden["D1"].value
    assert chunks > 1
    assert all(len(hidden.cell(row=k + 2, column=1).value) <= 32_000 for k in range(chunks))
    assert load_record(path) == workshop


@pytest.fixture(scope="module")
def fuzz_base(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, dict[str, bytes]]:
    path = tmp_path_factory.mktemp("fuzz") / "base.xlsx"
    save_record(make_workshop(5, 3, groups=2, missing=1), path, "en")
    return path.read_bytes(), valid_entries(path)


# -- atomic saving ---------------------------------------------------------------------------------
def test_failed_save_leaves_the_earlier_record(
    saved: tuple[Workshop, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "taller.xlsx"
    shutil.copy(saved[1], path)
    before = path.read_bytes()

    def broken_replace(*args: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space"):
        save_record(make_workshop(), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taller.xlsx"]

    def broken_save(self: Any, target: Any) -> None:
        target.write(b"PK half a file")
        raise MemoryError

    monkeypatch.setattr(openpyxl.Workbook, "save", broken_save)
    with pytest.raises(MemoryError):
        save_record(make_workshop(), path)
    assert path.read_bytes() == before


KILL_SCRIPT = """
import sys
from dataclasses import replace
from app.io.record import save_record
from tests.factories import make_workshop

path = sys.argv[1]
base = make_workshop(60, 12, groups=3)
k = 0
while True:
    k += 1
    save_record(base.replace(metadata=replace(base.metadata, title=f"save {k}")), path)
    print(k, flush=True)
"""


@pytest.mark.skipif(not hasattr(__import__("signal"), "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("delay", [0.0, 0.037, 0.11])
def test_killed_during_a_save_the_record_on_disk_is_whole(tmp_path: Path, delay: float) -> None:
    import signal
    import sys
    import time

    path = tmp_path / "taller.xlsx"
    save_record(make_workshop(), path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(path)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "1"  # one save done, the next ones under way
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    reopened = load_record(path)  # the last complete save, never half of one
    assert reopened.metadata.title.startswith("save ")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_read_only_target_gives_the_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "solo.xlsx"
    save_record(make_workshop(), path)
    path.chmod(0o444)
    with pytest.raises(InvalidInputError, match="read-only"):
        save_record(make_workshop(), path)


def test_a_workshop_the_engine_cannot_rank_is_still_saved(tmp_path: Path) -> None:
    workshop = make_workshop(5, 3, groups=1)
    values = np.array(workshop.values)
    values[0, 2] = 5e-324  # a cost criterion: 1/x overflows in the AHP local priorities
    workshop = workshop.replace(values=values)
    path = tmp_path / "x.xlsx"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # numpy's overflow, from the engine
        with pytest.raises(InvalidInputError):
            evaluate(workshop)
        save_record(workshop, path)
        assert load_record(path) == workshop


def test_unsaveable_workshop(tmp_path: Path) -> None:
    workshop = make_workshop()
    group = replace(workshop.groups[0], weights={"c1": float("inf")})
    broken = workshop.replace(groups=(group, *workshop.groups[1:]))
    with pytest.raises(InvalidInputError, match="not a number"):
        save_record(broken, tmp_path / "x.xlsx")
    with pytest.raises(InvalidInputError, match="language"):
        save_record(workshop, tmp_path / "x.xlsx", "fr")
    assert list(tmp_path.iterdir()) == []


# -- plain spreadsheets ------------------------------------------------------------------------
def test_plain_workbook_is_read_as_a_table(tmp_path: Path) -> None:
    path = tmp_path / "comunidades.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Comunidad", "Agua", "Suelo"],
        ["A", 1, "2,5"],
        ["B", 3.5, None],
        [None],
        ["C", 2, 4],
    ):
        sheet.append(row)
    book.save(path)
    workshop = read_table_xlsx(path)
    assert [c.name for c in workshop.communities] == ["A", "B", "C"]
    assert workshop.values.tolist()[0] == [1.0, 2.5]
    assert np.isnan(workshop.values[1, 1])
    assert record.load_xlsx(path).to_dict() == workshop.to_dict()
    sheet.append(["D", "mucho", 1])
    book.save(path)
    with pytest.raises(InvalidInputError, match="Row 6"):
        read_table_xlsx(path)


# -- a real spreadsheet program -----------------------------------------------------------------
def recalculate(source: Path, tmp_path: Path) -> Path:
    """``source`` opened, recalculated and saved again as .xlsx by LibreOffice (headless).

    A workbook from openpyxl has no cached formula results, so LibreOffice computes every
    formula on loading; a private profile keeps the user's settings out of it.
    """
    out = tmp_path / "out"
    profile = tmp_path / "profile"
    done = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = out / source.name
    assert done.returncode == 0 and converted.exists(), done.stderr
    assert "repair" not in (done.stdout + done.stderr).lower()
    return converted


def model_results(path: Path, sheet_name: str) -> tuple[list[float], list[float]]:
    sheet = openpyxl.load_workbook(path, data_only=True)[sheet_name]
    rows = list(sheet.iter_rows(values_only=True))
    header = max(k for k, row in enumerate(rows) if row[3] == LABELS["en"]["closeness"])
    closeness, global_ = [], []
    for row in rows[header + 1 :]:
        if row[0] is None:
            break
        closeness.append(row[3])
        global_.append(row[5])
    return closeness, global_


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
@pytest.mark.parametrize(
    "make",
    [
        rich_workshop,
        lambda: make_workshop(8, 5, groups=2, ordinal=2).replace(
            settings=replace(make_workshop().settings, ahp_mode=AhpMode.DISTRIBUTIVE)
        ),
        # criterion c3 is a verbal cost criterion: its levels' default priorities fall
        lambda: make_workshop(8, 5, ordinal=3),
    ],
    ids=["example", "distributive", "verbal cost"],
)
def test_libreoffice_recalculates_the_model_like_priorizar(tmp_path: Path, make: Any) -> None:
    workshop = make()
    source = tmp_path / "record.xlsx"
    save_record(workshop, source, "en")
    converted = recalculate(source, tmp_path)
    closeness, global_ = model_results(converted, LABELS["en"]["model"])
    evaluation = evaluate(workshop)
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    assert closeness == pytest.approx(evaluation.topsis.closeness.tolist(), abs=1e-9)
    assert global_ == pytest.approx(evaluation.ahp_scores.tolist(), abs=1e-9)
    # LibreOffice re-saved it (numbers with 15 digits): every input still reopens as it was
    assert load_record(converted) == workshop


@pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)
def test_a_weight_changed_in_the_model_sheet_moves_the_ranking(tmp_path: Path) -> None:
    workshop = rich_workshop()
    source = tmp_path / "record.xlsx"
    save_record(workshop, source, "en")
    problem = prepare(workshop)
    new_weights = np.random.default_rng(7).uniform(0, 10, len(problem.columns))
    book = openpyxl.load_workbook(source)
    model = book[LABELS["en"]["model"]]
    for k, weight in enumerate(new_weights):
        model.cell(row=5, column=k + 2, value=float(weight))
    book.save(source)
    converted = recalculate(source, tmp_path)
    closeness, global_ = model_results(converted, LABELS["en"]["model"])
    vector = np.zeros(len(workshop.criteria))
    vector[problem.columns] = new_weights
    evaluation = evaluate(workshop, vector)
    assert evaluation.topsis is not None and evaluation.ahp_scores is not None
    assert closeness == pytest.approx(evaluation.topsis.closeness.tolist(), abs=1e-9)
    assert global_ == pytest.approx(evaluation.ahp_scores.tolist(), abs=1e-9)
    # LibreOffice re-saved it (numbers with 15 digits): every input still reopens as it was
    assert load_record(converted) == workshop
