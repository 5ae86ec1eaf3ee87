"""What a person would see wrong in a laid-out window, measured: texts cut, widgets squeezed,
widgets on top of each other.

Qt's layouts never cut or stack widgets while a window has at least its minimum size; they do
when a window is forced smaller than that (a small screen), and a word-wrapped label gets fewer
lines than its text needs when a parent does not ask for height-for-width (a splitter, a scroll
area): its lines then overlap what follows. :func:`layout_problems` lists both, in words that name
the widget and its text.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitterHandle,
    QTabBar,
    QWidget,
)

#: Widgets whose size is checked against their minimum: what a person reads or presses.
CHECKED = (QLabel, QAbstractButton, QGroupBox, QComboBox, QLineEdit, QAbstractSpinBox)
#: Widgets whose inner parts Qt places itself: a spin box's or combo box's line edit, a tab
#: bar's scroll arrows.
COMPOSITE = (QAbstractSpinBox, QComboBox, QTabBar)
#: One pixel of rounding (fractional scale factors) is not a cut.
SLACK = 1


def describe(widget: QWidget) -> str:
    """The widget's class, name and text, for a message."""
    text = ""
    for getter in ("text", "title", "currentText"):
        if hasattr(widget, getter):
            value = getattr(widget, getter)()
            if isinstance(value, str):
                text = value
                break
    name = widget.objectName()
    label = type(widget).__name__ + (f"#{name}" if name else "")
    return f"{label} “{' '.join(text.split())[:60]}”" if text else label


def shown(root: QWidget) -> list[QWidget]:
    """The visible widgets below ``root``: neither windows of their own nor the inner parts of
    a spin box or a combo box."""
    return [
        w
        for w in root.findChildren(QWidget)
        if w.isVisible() and not w.isWindow() and not isinstance(w.parentWidget(), COMPOSITE)
    ]


def cut_texts(widgets: Iterable[QWidget]) -> list[str]:
    """Widgets smaller than their minimum: a label's text or a button's caption cut, a wrapped
    label with fewer lines than its text needs."""
    problems = []
    for widget in widgets:
        if not isinstance(widget, CHECKED):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        width, height = widget.width(), widget.height()
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.contentsRect().width())
            needed += widget.height() - widget.contentsRect().height()
            if needed > height + SLACK:
                problems.append(f"{describe(widget)}: {height} px high, its lines need {needed}")
            continue
        # the minimum a layout keeps: one set on the widget, else the one it asks for
        least_width = widget.minimumWidth() or widget.minimumSizeHint().width()
        least_height = widget.minimumHeight() or widget.minimumSizeHint().height()
        if isinstance(widget, QLabel):  # a label's text needs its width, whatever its policy
            least_width = max(least_width, widget.minimumSizeHint().width())
        policy = widget.sizePolicy()
        ignored = QSizePolicy.Policy.Ignored
        checked = policy.horizontalPolicy() != ignored or isinstance(widget, QLabel)
        if checked and least_width > width + SLACK:
            problems.append(f"{describe(widget)}: {width} px wide, needs {least_width}")
        if policy.verticalPolicy() != ignored and least_height > height + SLACK:
            problems.append(f"{describe(widget)}: {height} px high, needs {least_height}")
    return problems


def overlaps(widgets: Iterable[QWidget]) -> list[str]:
    """Visible siblings whose rectangles cross (a splitter's handle and the inner parts of a
    scroll area, which Qt places itself, aside)."""
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        parent = widget.parentWidget()
        if parent is None or isinstance(parent, QAbstractScrollArea):
            continue
        if isinstance(widget, QSplitterHandle):
            continue
        by_parent.setdefault(id(parent), []).append(widget)
    problems = []
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1 :]:
                common: QRect = first.geometry().intersected(second.geometry())
                if common.width() > SLACK and common.height() > SLACK:
                    problems.append(f"{describe(first)} overlaps {describe(second)}")
    return problems


def layout_problems(root: QWidget) -> list[str]:
    """Every cut text and every overlap among the visible widgets below ``root``."""
    widgets = shown(root)
    return cut_texts(widgets) + overlaps(widgets)
