"""Model messages in the record's language without Qt (app/io/messages.py)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.io import messages
from app.io.messages import message_text
from app.models.text import Name

QUOTA = "{value}: the minimum {minimum} is above the maximum {maximum}."


def ts_messages() -> dict[str, str]:
    """The finished Spanish translations of the Messages context, from the .ts source."""
    root = ET.parse(messages.I18N_DIR / "priorizar_es.ts").getroot()
    found = {}
    for context in root.iter("context"):
        if context.findtext("name") != "Messages":
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            plural = translation.find("numerusform")
            text = translation.text if plural is None else plural.text
            if translation.get("type") not in ("vanished", "obsolete", "unfinished") and text:
                found[message.findtext("source") or ""] = text
    return found


def test_every_spanish_message_of_the_compiled_file_is_read() -> None:
    expected = ts_messages()
    assert len(expected) > 100
    assert dict(messages._catalogue("es")) == expected


def test_filled_in_the_language() -> None:
    params = {"value": "Cusco", "minimum": 3, "maximum": 1}
    assert message_text(QUOTA, params, "es") == "Cusco: el mínimo 3 es mayor que el máximo 1."
    assert message_text(QUOTA, params, "en") == "Cusco: the minimum 3 is above the maximum 1."
    assert message_text("Not a known message {x}.", {"x": 1}, "es") == "Not a known message 1."


def test_a_named_criterion_is_filled_in_the_records_language() -> None:
    template = "Criterion {criterion} has no verbal levels."
    params = {"criterion": Name("c1", {"es": "Seguridad", "en": "Security"})}
    assert (
        message_text(template, params, "es") == "El criterio Seguridad no tiene niveles verbales."
    )
    assert message_text(template, params, "en") == "Criterion Security has no verbal levels."


def test_missing_or_broken_file_falls_back_to_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(messages, "I18N_DIR", tmp_path)
    messages._catalogue.cache_clear()
    try:
        (tmp_path / "priorizar_qu.qm").write_bytes(b"not a qm file")
        for lang in ("fr", "qu"):
            assert message_text(QUOTA, {"value": "A", "minimum": 2, "maximum": 1}, lang) == (
                "A: the minimum 2 is above the maximum 1."
            )
    finally:
        messages._catalogue.cache_clear()
