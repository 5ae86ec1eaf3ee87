"""A wheel turn over a value in a scrolling list goes on to the list (which scrolls); it changes
the value only once the widget has the keyboard focus.

Qt passes an event a widget ignores on to its parent only for events that come from the window
system (a sent one stops at the widget), so the tests read what decides it: whether the widget
took the turn (``isAccepted``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.ui.wheel import ListComboBox, ListDoubleSpinBox, ListSlider


def turn(widget: QWidget) -> bool:
    """One notch of the wheel, down, with the pointer over ``widget``; whether it took it."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def test_a_turn_changes_a_value_only_once_it_has_the_focus(qtbot: Any) -> None:
    content = QWidget()
    qtbot.addWidget(content)
    layout = QVBoxLayout(content)
    combo = ListComboBox()
    combo.addItems(["ignore", "Altitude", "Water"])
    slider = ListSlider(Qt.Orientation.Horizontal)
    slider.setRange(0, 100)
    slider.setValue(50)
    spin = ListDoubleSpinBox()
    spin.setValue(5.0)
    for widget in (combo, slider, spin):
        layout.addWidget(widget)
    content.show()
    qtbot.waitExposed(content)
    content.activateWindow()
    qtbot.waitUntil(content.isActiveWindow)  # else no widget of it can have the focus
    content.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    content.setFocus()  # the list has the focus, as while the facilitator scrolls it

    taken = [turn(widget) for widget in (combo, slider, spin)]
    assert taken == [False, False, False]  # passed on: the list around them scrolls
    assert (combo.currentIndex(), slider.value(), spin.value()) == (0, 50, 5.0)

    for widget in (combo, slider, spin):
        widget.setFocus()
        assert widget.hasFocus()
        assert turn(widget)
    assert combo.currentIndex() == 1 and slider.value() != 50 and spin.value() != 5.0
    assert {w.focusPolicy() for w in (combo, slider, spin)} == {Qt.FocusPolicy.StrongFocus}
