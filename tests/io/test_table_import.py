"""Reading a CSV table of communities the way people's spreadsheets write it."""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.io import table_import
from app.io.table_import import column_letter, read_table_csv, slug, unique_slugs
from app.models.criterion import CriterionKind, Direction
from app.models.derived import weight_vector
from app.models.errors import InvalidInputError
from app.models.limits import MAX_COMMUNITIES

ROWS = [
    ["Comunidad", "Área protegida (ha)", "Seguridad", "Minería (%)"],
    ["Q'eros", "3,5", "2", "10"],
    ["Cotabambas", "4", "", "5"],
    ["Ñañuqa", "1,5E+01", "7", "-1"],
]


def write(path: Path, rows: list[list[str]], sep: str, encoding: str, eol: str = "\r\n") -> Path:
    path.write_bytes((eol.join(sep.join(row) for row in rows) + eol).encode(encoding))
    return path


def spanish_excel(tmp_path: Path, rows: list[list[str]] = ROWS) -> Path:
    """Excel in a Spanish locale, "CSV (delimitado por comas)": cp1252, ';', decimal commas."""
    return write(tmp_path / "comunidades.csv", rows, ";", "cp1252")


def dotted(rows: list[list[str]]) -> list[list[str]]:
    return [[cell.replace(",", ".") for cell in row] for row in rows]


def error_of(path: Path, **options: object) -> str:
    with pytest.raises(InvalidInputError) as caught:
        read_table_csv(path, **options)  # type: ignore[arg-type]
    return str(caught.value)


EXPECTED = np.array([[3.5, 2, 10], [4, np.nan, 5], [15, 7, -1]])


# -- the variants people's spreadsheets write ---------------------------------------------------
def test_spanish_excel_csv(tmp_path: Path) -> None:
    workshop = read_table_csv(spanish_excel(tmp_path))

    assert [c.name for c in workshop.communities] == ["Q'eros", "Cotabambas", "Ñañuqa"]
    assert [c.label("es") for c in workshop.criteria] == [
        "Área protegida (ha)",
        "Seguridad",
        "Minería (%)",
    ]
    np.testing.assert_array_equal(workshop.values, EXPECTED)


@pytest.mark.parametrize(
    ("sep", "encoding", "decimal_comma"),
    [
        (",", "utf-8", False),  # plain UTF-8
        (",", "utf-8-sig", False),  # Excel "CSV UTF-8" (with a byte-order mark)
        (";", "utf-8-sig", True),  # the same, Spanish locale
        (";", "utf-8", False),  # ';' with decimal points (typed by hand)
        ("\t", "utf-8", True),  # tab-separated, Spanish locale
        ("\t", "utf-16", True),  # Excel "Texto Unicode": UTF-16 with a BOM, tabs
        (",", "cp1252", False),  # Excel "CSV" on an English Windows
    ],
)
def test_variants_give_the_same_table(
    tmp_path: Path, sep: str, encoding: str, decimal_comma: bool
) -> None:
    rows = ROWS if decimal_comma else dotted(ROWS)
    workshop = read_table_csv(write(tmp_path / "t.csv", rows, sep, encoding))

    assert workshop.communities[2].name == "Ñañuqa"
    assert workshop.criteria[0].label("es") == "Área protegida (ha)"
    np.testing.assert_array_equal(workshop.values, EXPECTED)


def test_unix_line_ends_and_no_final_line_end(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad,A,B\nX,1,2\nY,3,4", "utf-8")
    np.testing.assert_array_equal(read_table_csv(path).values, [[1, 2], [3, 4]])


def test_quoted_cells_may_hold_the_separator(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('Comunidad;"Agua; riego"\n"Ccollpa; Alta";"2,5"\nB;1\n', "utf-8")
    workshop = read_table_csv(path)
    assert workshop.communities[0].name == "Ccollpa; Alta"
    assert workshop.criteria[0].label("en") == "Agua; riego"
    assert workshop.values[0, 0] == 2.5


def test_workshop_structure(tmp_path: Path) -> None:
    workshop = read_table_csv(spanish_excel(tmp_path), group_name="Grupo técnico")

    assert [c.id for c in workshop.criteria] == ["area_protegida_ha", "seguridad", "mineria"]
    assert [c.id for c in workshop.communities] == ["q_eros", "cotabambas", "nanuqa"]
    assert all(c.kind is CriterionKind.NUMERIC for c in workshop.criteria)
    assert all(c.direction is Direction.MAX for c in workshop.criteria)
    assert len(workshop.groups) == 1
    group = workshop.groups[0]
    assert (group.id, group.name, workshop.active_group) == ("g1", "Grupo técnico", "g1")
    assert dict(group.weights) == {"area_protegida_ha": 1, "seguridad": 1, "mineria": 1}
    np.testing.assert_allclose(weight_vector(workshop), [1 / 3] * 3)
    assert workshop.metadata.title == "comunidades"


def test_default_group_name(tmp_path: Path) -> None:
    assert read_table_csv(spanish_excel(tmp_path)).groups[0].name == "Grupo 1"


def test_objectives_set_the_directions(tmp_path: Path) -> None:
    workshop = read_table_csv(spanish_excel(tmp_path), objectives=["max", "MIN ", "min"])
    assert [c.direction for c in workshop.criteria] == [Direction.MAX, Direction.MIN, Direction.MIN]


def test_empty_cells_short_rows_and_blank_rows_are_missing_or_skipped(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("\nComunidad;A;B;C\nX;1;;3\n;;;\nY;4\n\n", "utf-8")
    workshop = read_table_csv(path)

    assert [c.name for c in workshop.communities] == ["X", "Y"]
    np.testing.assert_array_equal(workshop.values, [[1, np.nan, 3], [4, np.nan, np.nan]])


def test_trailing_separators_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;A;B;;;\nX;1;2;;;\nY;3;4;;\n", "utf-8")
    workshop = read_table_csv(path)
    assert [c.label("en") for c in workshop.criteria] == ["A", "B"]


def test_empty_first_header_cell_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text(",A,B\nX,1,2\n", "utf-8")
    assert read_table_csv(path).communities[0].name == "X"


def test_names_are_trimmed_and_ids_unique(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad,Área,Area!,%\n  San Juan  ,1,2,3\nSan-Juan,4,5,6\n", "utf-8")
    workshop = read_table_csv(path)
    assert [c.id for c in workshop.criteria] == ["area", "area_2", "c3"]
    assert [c.id for c in workshop.communities] == ["san_juan", "san_juan_2"]
    assert workshop.communities[0].name == "San Juan"


def test_exponents_signs_and_spaces(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("C;A;B;D\nX; -2,5 ;+1e3;,5\nY;0;1E-2;7,\n", "utf-8")
    np.testing.assert_array_equal(read_table_csv(path).values, [[-2.5, 1000, 0.5], [0, 0.01, 7]])


def test_a_control_byte_windows_1252_lacks_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_bytes(b"Comunidad;A\nAb\x81c;1\n")  # 0x81 is undefined in cp1252: Latin-1
    assert read_table_csv(path).communities[0].name == "Ab\x81c"


# -- errors that name the row and the column ----------------------------------------------------
def test_text_in_a_number_cell_names_row_column_and_text(tmp_path: Path) -> None:
    rows = [
        ["Comunidad", "Agua", "Seguridad"],
        ["A", "1", "2"],
        ["B", "1", "3"],
        ["C", "2", "alto"],
    ]
    message = error_of(spanish_excel(tmp_path, rows))
    assert message == "“comunidades.csv”, row 4, column “Seguridad” (C): “alto” is not a number."


def test_row_numbers_count_blank_rows_as_the_file_has_them(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua\n\nA;1\n\nB;dos\n", "utf-8")
    assert error_of(path) == "“t.csv”, row 5, column “Agua” (B): “dos” is not a number."


@pytest.mark.parametrize(
    "text", ["nan", "NaN", "inf", "-Infinity", "1_000", "1.2.34,5", "12%", "1e999", "٣", "1 000"]
)
def test_texts_float_would_take_are_not_numbers(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(f"Comunidad;Agua\nA;{text}\n", "utf-8")
    assert error_of(path) == f"“t.csv”, row 2, column “Agua” (B): “{text}” is not a number."


def test_decimal_comma_is_not_taken_in_a_comma_separated_file(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('Comunidad,Agua\nA,"3,5"\n', "utf-8")
    assert error_of(path) == "“t.csv”, row 2, column “Agua” (B): “3,5” is not a number."


def test_column_letters_past_z(tmp_path: Path) -> None:
    header = ["Comunidad"] + [f"K{j}" for j in range(1, 28)]
    row = ["A"] + ["1"] * 26 + ["x"]
    path = write(tmp_path / "t.csv", [header, row], ",", "utf-8")
    assert error_of(path) == "“t.csv”, row 2, column “K27” (AB): “x” is not a number."


def test_duplicate_community(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua\nQ'eros;1\nGrau;2\nq'eros ;3\n", "utf-8")
    assert error_of(path) == (
        "“t.csv”, row 4: the community “q'eros” is already in row 2. Each community can appear "
        "only once."
    )


def test_row_without_community_name(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua\nA;1\n;2\n", "utf-8")
    assert error_of(path) == "“t.csv”, row 3: the first column (A) must name the community."


def test_empty_header_cell_above_data(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua;;Suelo\nA;1;2;3\n", "utf-8")
    assert error_of(path) == "“t.csv”: column C has data but no criterion name in the header row."


def test_data_beyond_the_header(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua\nA;1;9\n", "utf-8")
    assert error_of(path) == "“t.csv”: column C has data but no criterion name in the header row."


def test_duplicate_criterion(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("Comunidad;Agua;Suelo;agua\nA;1;2;3\n", "utf-8")
    assert error_of(path) == (
        "“t.csv”: columns B and D are both called “agua”. Each criterion can appear only once."
    )


def test_no_data_rows(tmp_path: Path) -> None:
    path = tmp_path / "solo.csv"
    path.write_text("Comunidad;Agua;Suelo\n\n", "utf-8")
    assert error_of(path) == "“solo.csv” has a header row (row 1) but no communities below it."


@pytest.mark.parametrize("text", ["Comunidad\nA\nB\n", "Comunidad;;\nA;;\n"])
def test_no_criterion_column(tmp_path: Path, text: str) -> None:
    path = tmp_path / "t.csv"
    path.write_text(text, "utf-8")
    assert error_of(path).startswith(
        "“t.csv”: the header row needs the community column and at least one criterion column"
    )


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "vacio.csv"
    path.write_text("\r\n ; \r\n", "utf-8")
    assert error_of(path) == "“vacio.csv” is empty: it holds no table."


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nada.csv"
    assert error_of(path) == f"The file “{path}” does not exist."


def test_excel_workbook_saved_as_csv_by_name(tmp_path: Path) -> None:
    path = tmp_path / "libro.csv"
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))
    assert error_of(path).startswith("“libro.csv” is a workbook (Excel or LibreOffice), not a CSV")


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "foto.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert error_of(path) == "“foto.csv” is not a text table (CSV): it holds binary data."


def test_too_large_file_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = spanish_excel(tmp_path)
    monkeypatch.setattr(table_import, "MAX_FILE_BYTES", 10)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a too large file"))
    assert "is too large" in error_of(path)


def test_too_many_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "largo.csv"
    path.write_text("Comunidad;A\n" + "".join(f"K{i};{i}\n" for i in range(10)), "utf-8")
    monkeypatch.setattr(table_import, "MAX_ROWS", 5)
    assert error_of(path).startswith("“largo.csv” has more than 5 rows")


def test_limits() -> None:
    """The table's limits are the program's (app.models.limits): no more rows than communities
    it computes and saves, with room for a header and a title."""
    assert table_import.MAX_FILE_BYTES == 20 * 1024 * 1024
    assert table_import.MAX_ROWS == MAX_COMMUNITIES + 100


def test_oversized_cell_names_the_row(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text('Comunidad;A\nX;1\nY;"' + "a" * 200_000 + '"\n', "utf-8")
    assert error_of(path).startswith("“t.csv”, row 3: the row cannot be read")


@pytest.mark.parametrize(
    ("objectives", "message"),
    [
        (["max"], "There are 1 directions for 3 criteria; each criterion needs one (max or min)."),
        ("max", "There are 1 directions for 3 criteria; each criterion needs one (max or min)."),
        (["max", "más", "min"], "Criterion 2: the direction “más” is neither max nor min."),
    ],
)
def test_bad_objectives(tmp_path: Path, objectives: object, message: str) -> None:
    assert error_of(spanish_excel(tmp_path), objectives=objectives) == message


# -- helpers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_slug_and_unique_slugs() -> None:
    assert slug("Área Protegida (ha)") == "area_protegida_ha"
    assert slug("Ñuñoa") == "nunoa"
    assert slug("¿?") == ""
    assert unique_slugs(["A", "a", "¿?", "A"], "c") == ["a", "a_2", "c3", "a_3"]


def test_imported_values_are_floats_with_nan_for_missing(tmp_path: Path) -> None:
    workshop = read_table_csv(spanish_excel(tmp_path))
    assert workshop.values.dtype == np.float64
    assert math.isnan(workshop.values[1, 1])


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


def test_a_million_criteria_are_refused(tmp_path: Path) -> None:
    """Issue 18: a header of a million criteria took 44 s before any answer (its time:
    tests/benchmarks/test_refusals.py)."""
    path = tmp_path / "ancho.csv"
    path.write_text("Comunidad;" + ";".join(f"c{j}" for j in range(1_000_000)) + "\nA;1\n")
    with pytest.raises(InvalidInputError, match="columns is more than this program reads"):
        read_table_csv(path)


def test_a_region_column_gives_the_regions_never_a_criterion(tmp_path: Path) -> None:
    """As in the import step: a column headed "Región" (any case, with or without the accent)
    holds the communities' regions, which the quotas of the focus communities count by."""
    rows = [
        ["Comunidad", "Amenaza minera", "REGIÓN", "Patrimonio"],
        ["Sayhua", "4", "Cusco", "3"],
        ["Huancuire", "5", "Apurímac", "2"],
        ["Paccaypata", "3", "", "5"],
    ]
    workshop = read_table_csv(spanish_excel(tmp_path, rows), objectives=["max", "min"])
    assert [c.name["es"] for c in workshop.criteria] == ["Amenaza minera", "Patrimonio"]
    assert [c.direction for c in workshop.criteria] == [Direction.MAX, Direction.MIN]
    assert [c.region for c in workshop.communities] == ["Cusco", "Apurímac", ""]
    np.testing.assert_array_equal(workshop.values, [[4, 3], [5, 2], [3, 5]])
    # the objectives count the criteria only
    with pytest.raises(InvalidInputError, match="3 directions for 2 criteria"):
        read_table_csv(spanish_excel(tmp_path, rows), objectives=["max", "max", "max"])


def test_a_bad_cell_after_the_region_column_is_named_by_its_own_column(tmp_path: Path) -> None:
    rows = [
        ["Comunidad", "Región", "Amenaza minera", "Patrimonio"],
        ["Sayhua", "Cusco", "4", "3"],
        ["Huancuire", "Apurímac", "5", "mucho"],
    ]
    with pytest.raises(InvalidInputError) as caught:
        read_table_csv(spanish_excel(tmp_path, rows))
    assert caught.value.params["row"] == 3
    assert "(D)" in str(caught.value) and "Patrimonio" in str(caught.value)


def test_a_table_of_regions_without_a_criterion_is_refused(tmp_path: Path) -> None:
    rows = [["Comunidad", "Región"], ["Sayhua", "Cusco"]]
    with pytest.raises(InvalidInputError, match="at least one criterion column"):
        read_table_csv(spanish_excel(tmp_path, rows))
