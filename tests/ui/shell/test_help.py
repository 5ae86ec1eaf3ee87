"""The built-in guide for the room, in both languages."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.ui.i18n import install_language
from app.ui.shell.help import RESOURCES_DIR, HelpWindow, help_path


@pytest.fixture
def english_afterwards(qapp: Any) -> Iterator[None]:
    """Other tests read English texts: whatever a test switches to, English comes back."""
    yield
    install_language("en")


def test_the_guide_follows_the_interface_language(
    qtbot: Any, qapp: Any, english_afterwards: None
) -> None:
    install_language("es")
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    assert not window.isModal()
    spanish = window.text()
    assert "TOPSIS" in spanish
    assert "criterio" in spanish
    assert "pesos" in spanish

    install_language("en")
    qapp.processEvents()
    english = window.text()
    assert window.language == "en"
    assert "TOPSIS" in english
    assert "weights" in english
    assert "criterio " not in english


def test_a_language_without_a_guide_reads_the_spanish_one() -> None:
    assert help_path("qu") == RESOURCES_DIR / "help_es.html"
    assert help_path("en") == RESOURCES_DIR / "help_en.html"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "es",
            [
                *("pesos", "TOPSIS", "AHP", "consistencia", "descartada", "Kendall", "ficticias"),
                *("Robustez", "Aceptabilidad de puestos", "cuotas", "Comunidades y niveles"),
                *("AHP: modo ideal", "modo distributivo"),
                *("Orden de importancia…", "centroide del orden", "suma de rangos"),
            ],
        ),
        (
            "en",
            [
                *("weights", "TOPSIS", "AHP", "consistency", "Screening", "Kendall", "fictional"),
                *("Robustness", "Rank acceptability", "quotas", "Communities and levels"),
                *("AHP: ideal mode", "distributive mode"),
                *("Rank order…", "rank order centroid", "Rank sum"),
            ],
        ),
    ],
)
def test_both_guides_explain_every_method(language: str, words: list[str]) -> None:
    text = (RESOURCES_DIR / f"help_{language}.html").read_text(encoding="utf-8")
    for word in words:
        assert word in text, f"help_{language}.html does not mention {word!r}"
    assert "0.10" in text
    assert "100&nbsp;%" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("es", ["Datos del taller…", "participantes", "acuerdos", "Ctrl+I", "Resumen"]),
        ("en", ["Workshop details…", "participants", "agreements", "Ctrl+I", "Summary"]),
    ],
)
def test_both_guides_explain_the_workshop_details(language: str, words: list[str]) -> None:
    text = (RESOURCES_DIR / f"help_{language}.html").read_text(encoding="utf-8")
    for word in words:
        assert word in text, f"help_{language}.html does not mention {word!r}"
