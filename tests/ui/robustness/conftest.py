"""Fixtures of the robustness tab's tests: the example workshop's session and the tab over it,
shown (the tab computes while it is shown)."""

from __future__ import annotations

import pytest

from app.io.example import example_workshop
from app.ui.robustness.panel import SensitivityPanel
from app.ui.session import WorkshopSession


@pytest.fixture
def session() -> WorkshopSession:
    return WorkshopSession(example_workshop())


@pytest.fixture
def panel(qtbot, session: WorkshopSession) -> SensitivityPanel:
    widget = SensitivityPanel(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget
