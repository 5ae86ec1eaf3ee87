"""The window on a Windows laptop's screen, measured as a person would see it.

Qt reads the screen and the scale factor only when it starts, so each scale runs in a process of
its own (``tests/ui/test_laptop_layout.py`` starts them)::

    python -m tests.ui.laptop --scale 1.25 [--shots FOLDER]

The screen is a 1366 x 768 laptop less Windows' 40-pixel taskbar: 1366 x 728 pixels available,
on Qt's offscreen platform. ``QT_SCALE_FACTOR`` enlarges everything as Windows' display scaling
does (125 % leaves 1093 x 582 of Qt's pixels, 150 % 911 x 485). For each font family (the
platform's default and up to two others that are installed, see :data:`OTHER_FAMILIES`) and each
language, the window opens as on a first start (no stored settings) and each tab is shown in
turn. One JSON object is printed: per family and language, where the window and its status bar
are against the available screen, how many ranking rows the Results tab shows, and every cut
text or overlap (:func:`tests.ui.layout_checks.layout_problems`) per tab. ``--shots`` saves a PNG
of each tab, for a person to look at.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from tests.screens import offscreen_platform

#: The laptop's screen less the taskbar, in physical pixels (tests/screens/laptop.json).
AVAILABLE = (1366, 728)
#: Families besides the default, the first two installed: Windows' own interface font,
#: Liberation Sans (Arial's metrics: Debian's fonts-liberation2, which .ci/run installs), Arial,
#: and DejaVu Serif (the face Wine draws in, from the same folder as DejaVu Sans).
OTHER_FAMILIES = ("Segoe UI", "Liberation Sans", "Arial", "DejaVu Serif")
LANGUAGES = ("es", "en")


def visible_rows(table: Any) -> int:
    """Rows wholly inside the table's viewport."""
    height = table.viewport().height()
    model = table.model()
    return sum(
        1
        for row in range(model.rowCount())
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= height
    )


def inside(outer: Any, inner: Any) -> bool:
    """Whether ``inner`` lies in ``outer``, give or take the pixel that a fractional scale
    factor rounds (1366 / 1.25 = 1092.8)."""
    return bool(outer.adjusted(-1, -1, 1, 1).contains(inner))


def measure(family: str, language: str, shots: Path | None, tag: str) -> dict[str, Any]:
    """Open the window as on a first start; what it shows, per tab."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.io.example import example_workshop
    from app.ui.environment import SETTINGS_DIR_VARIABLE
    from app.ui.i18n import install_language
    from app.ui.shell.main_window import MainWindow
    from tests.ui.layout_checks import layout_problems

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setFont(QFont(family, 9))
    install_language(language)
    os.environ[SETTINGS_DIR_VARIABLE] = tempfile.mkdtemp(prefix="priorizar-laptop-")
    window = MainWindow(example_workshop())
    window.show()
    for _ in range(4):  # the first paint, then what the window builds after it
        app.processEvents()
    available = window.screen().availableGeometry()
    status = window.statusBar()
    status_rect = status.geometry().translated(window.geometry().topLeft())
    view = window.rankings_view
    result: dict[str, Any] = {
        "available": [available.width(), available.height()],
        "frame": [window.frameGeometry().width(), window.frameGeometry().height()],
        "window_fits": inside(available, window.frameGeometry()),
        "status_bar_fits": status.isVisible() and inside(available, status_rect),
        "ranked": view.topsis_model.rowCount(),
        "rows": [visible_rows(view.topsis_table), visible_rows(view.ahp_table)],
        "problems": {},
        "scrolled": [],
        "scrolled_down": [],
    }
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        for _ in range(3):
            app.processEvents()
        name = window.tabs.tabText(index).replace("&", "")
        result["problems"][name] = layout_problems(window)
        page = window.tabs.currentWidget()
        if isinstance(page, QScrollArea) and page.horizontalScrollBar().isVisible():
            result["scrolled"].append(name)
        if isinstance(page, QScrollArea) and page.verticalScrollBar().isVisible():
            result["scrolled_down"].append(name)
        if shots is not None:
            window.grab().save(str(shots / f"{tag}-{family}-{language}-{index}.png"))
    window.session.document.mark_saved()
    window.close()
    window.deleteLater()
    app.processEvents()
    return result


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", default="1")
    parser.add_argument("--shots", type=Path)
    args = parser.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform("laptop.json")  # AVAILABLE pixels
    os.environ["QT_SCALE_FACTOR"] = args.scale
    from app.ui.environment import prepare_qt

    prepare_qt()
    from PySide6.QtGui import QFontDatabase, QFontInfo
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    default = QFontInfo(app.font()).family()
    installed = set(QFontDatabase.families())
    others = [f for f in OTHER_FAMILIES if f in installed and f != default]
    report = {
        family: {
            language: measure(family, language, args.shots, f"scale{args.scale}")
            for language in LANGUAGES
        }
        for family in [default, *others[:2]]
    }
    print(json.dumps(report, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
