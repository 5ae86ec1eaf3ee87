"""The window on a Windows laptop: 1366 x 768 less a 40-pixel taskbar, at 100 %, 125 % and 150 %
display scaling, in Spanish and English, with two font families (tests/ui/laptop.py opens it, in
a process per scale). What a person would see wrong is measured, not looked for by eye: the
window or its status bar beyond the screen, fewer than eight ranking rows, a text cut or two
widgets on top of each other (tests/ui/layout_checks.py), an editor that scrolls sideways."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.laptop import AVAILABLE

ROOT = Path(__file__).resolve().parents[2]
SCALES = ("1", "1.25", "1.5")

Reports = dict[str, dict[str, dict[str, dict[str, Any]]]]


@pytest.fixture(scope="module")
def reports() -> Iterator[Reports]:
    """Each scale's report: {family: {language: measurements}}; the three run side by side."""
    running = {
        scale: subprocess.Popen(
            [sys.executable, "-m", "tests.ui.laptop", "--scale", scale],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        for scale in SCALES
    }
    done: Reports = {}
    for scale, process in running.items():
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
        done[scale] = json.loads(out)
    yield done


def each(reports: Reports, scale: str) -> Iterator[tuple[str, dict[str, Any]]]:
    for family, languages in reports[scale].items():
        for language, seen in languages.items():
            yield f"{family}, {language}", seen


@pytest.mark.parametrize("scale", SCALES)
def test_the_screen_is_the_laptops_at_that_scale(reports: Reports, scale: str) -> None:
    """Qt took the scale: 1366 x 728 pixels are 1093 x 582 of its own at 125 %."""
    expected = [round(size / float(scale)) for size in AVAILABLE]
    for where, seen in each(reports, scale):
        assert all(abs(a - b) <= 1 for a, b in zip(seen["available"], expected, strict=True)), where


@pytest.mark.parametrize("scale", SCALES)
def test_two_font_families_and_both_languages_were_tried(reports: Reports, scale: str) -> None:
    assert len(reports[scale]) >= 2
    assert all(set(languages) == {"es", "en"} for languages in reports[scale].values())


@pytest.mark.parametrize("scale", SCALES)
def test_the_window_and_its_status_bar_fit_the_screen(reports: Reports, scale: str) -> None:
    """On a first start the window fits the screen above the taskbar, status bar (where problems
    are reported) included."""
    for where, seen in each(reports, scale):
        assert seen["window_fits"], (where, seen["frame"], seen["available"])
        assert seen["status_bar_fits"], where


@pytest.mark.parametrize("scale", SCALES)
def test_the_results_tab_shows_eight_ranking_rows(reports: Reports, scale: str) -> None:
    for where, seen in each(reports, scale):
        assert seen["ranked"] >= 8
        assert seen["rows"] == [8, 8], where


@pytest.mark.parametrize("scale", SCALES)
def test_no_text_is_cut_and_nothing_overlaps_on_any_tab(reports: Reports, scale: str) -> None:
    for where, seen in each(reports, scale):
        assert len(seen["problems"]) == 5, where  # every tab was looked at
        assert {tab: found for tab, found in seen["problems"].items() if found} == {}, where


@pytest.mark.parametrize("scale", ["1", "1.25"])
def test_no_page_scrolls_sideways(reports: Reports, scale: str) -> None:
    """Every tab fits the window's width at 100 % and 125 %; at 150 % (911 pixels of Qt's) an
    editor may scroll rather than squeeze."""
    for where, seen in each(reports, scale):
        assert seen["scrolled"] == [], where


def test_at_100_percent_no_page_scrolls_at_all(reports: Reports) -> None:
    """On the laptop at 100 % every tab fits the window, height included: an editor's page
    scrolls only when the window is smaller than the editor's minimum."""
    for where, seen in each(reports, "1"):
        assert seen["scrolled_down"] == [], where
