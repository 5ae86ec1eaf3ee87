"""The picture for a phone or a screen: presentation mode at exactly the picture's size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from app.io.example import example_workshop
from app.ui.results.presentation import PresentationWindow
from app.ui.session import WorkshopSession
from app.ui.share.picture import PHONE, SCREEN, SIZES, render_picture, write_picture
from tests.factories import make_workshop
from tests.ui.layout_checks import layout_problems
from tests.ui.results.board_checks import assert_whole_and_as_many_as_fit
from tests.ui.share.pdf_tools import ink

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.mark.parametrize("size", [PHONE, SCREEN], ids=["phone", "screen"])
def test_the_picture_has_exactly_its_size_and_shows_the_results(qapp: Any, size: QSize) -> None:
    image = render_picture(WorkshopSession(example_workshop()), size)
    assert image.size() == size
    assert image.devicePixelRatio() == 1.0
    assert 0.03 < ink(image) < 0.6  # type, bars and rules on white; not blank


def test_the_picture_is_what_the_room_sees(qtbot: Any) -> None:
    """The same pixels as the presentation window shown at that size."""
    session = WorkshopSession(example_workshop())
    picture = render_picture(session, SCREEN)
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    qtbot.waitExposed(window)
    shown = window.grab().toImage().convertToFormat(picture.format())
    assert shown.size() == SCREEN
    assert shown == picture


@pytest.mark.parametrize("name", list(SIZES))
def test_a_picture_is_written_as_a_png(qapp: Any, tmp_path: Path, name: str) -> None:
    path = tmp_path / "resultados.png"
    write_picture(WorkshopSession(example_workshop()), SIZES[name], path)
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert f"{QImage(str(path)).width()}x{QImage(str(path)).height()}" == name


def _portrait(qtbot: Any, session: WorkshopSession) -> PresentationWindow:
    window = PresentationWindow(session)
    qtbot.addWidget(window)
    window.resize(PHONE)
    window.show()
    qtbot.waitExposed(window)
    return window


def _cut_names(window: PresentationWindow) -> list[str]:
    return [
        row.full_name
        for pool in window.board.rows
        for row in pool
        if row.name.isVisible() and row.full_name and row.name.text() != row.full_name
    ]


def test_the_example_reads_whole_on_a_phone(qtbot: Any) -> None:
    workshop = example_workshop()
    window = _portrait(qtbot, WorkshopSession(workshop))
    assert window.weights.geometry().bottom() < window.board.geometry().top()
    # a long title: whose weights rank the communities on a line of its own, whole
    group = workshop.group(workshop.active_group).name
    title, weights = window.title_label.text().split("\n")
    assert weights == f"weights of {group}" and title.endswith("…")
    assert window.title_label.geometry().bottom() < window.weights.geometry().top()
    assert _cut_names(window) == []
    assert window.name_pixel_size >= 28
    assert layout_problems(window) == []


def test_twenty_ranked_communities_read_whole_on_a_phone(qtbot: Any) -> None:
    """A phone's picture has room for one column at 28 px per method (14 rows with DejaVu Sans,
    17 with Arial): the first ones whole and "… and 6 more", never two columns of names cut to
    two letters."""
    window = _portrait(qtbot, WorkshopSession(make_workshop(21, 6)))
    assert _cut_names(window) == []
    shown = window.board.shown_rows
    assert window.board.columns == 1 and 12 <= shown < 20  # as many as the fonts allow
    assert window.board.more_texts() == [f"… and {20 - shown} more"] * 2
    assert_whole_and_as_many_as_fit(window)
    assert layout_problems(window) == []
