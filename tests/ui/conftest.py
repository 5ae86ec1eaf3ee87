"""Fixtures shared by the interface tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from app.ui import i18n


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    """The interface in Spanish for one test; the language and the locale are restored after."""
    locale = QLocale()
    language = i18n.current_language()
    i18n.install_language("es")
    try:
        yield
    finally:
        i18n.install_language(language)
        QLocale.setDefault(locale)
