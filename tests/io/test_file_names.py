"""File names made from a workshop's title: valid on Windows, where staff save records."""

from __future__ import annotations

import re

import hypothesis.strategies as st
from hypothesis import given

from app.io.file_names import MAX_LENGTH, file_name_for

WINDOWS_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def test_a_title_with_a_colon_and_a_slash() -> None:
    title = "Selección: Q'eros / Cotabambas — 6/12/2026 12:27"
    assert (
        file_name_for(title, "taller") == "Selección - Q'eros - Cotabambas — 6 - 12 - 2026 12 - 27"
    )


def test_what_windows_refuses_gives_the_fallback() -> None:
    assert file_name_for("", "taller") == "taller"
    assert file_name_for("  ...  ", "taller") == "taller"
    assert file_name_for("CON", "taller") == "taller"
    assert file_name_for("nul.txt", "taller") == "taller"
    assert file_name_for("Consulta", "taller") == "Consulta"


@given(st.text(max_size=300))
def test_every_title_gives_a_name_windows_takes(title: str) -> None:
    name = file_name_for(title, "taller")
    assert name and len(name) <= MAX_LENGTH
    assert not WINDOWS_FORBIDDEN.search(name)
    assert not name.endswith((" ", ".")) and not name.startswith(" ")
