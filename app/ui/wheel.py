"""Widgets in scrolling lists that a wheel turn changes only when they have the keyboard focus.

In a list that scrolls (the import's column mapping, the pairwise questions, the weights), a
turn of the mouse wheel is meant to scroll; Qt's combo boxes, sliders and spin boxes would
instead change the value under the pointer, silently: a column remapped, a judgement or a weight
changed while the facilitator only scrolled. These take the wheel only once clicked or tabbed
into; otherwise the turn goes on to the list, which scrolls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSlider

if TYPE_CHECKING:
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QWidget

    _Base = QWidget
else:
    _Base = object


class FocusedWheel(_Base):
    """Mixin, listed before the Qt class: the wheel counts only with the keyboard focus."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # the wheel does not give the focus (Qt's default for these is WheelFocus)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # on to the parent: the list scrolls


class ListComboBox(FocusedWheel, QComboBox):
    """A combo box in a scrolling list."""


class ListSlider(FocusedWheel, QSlider):
    """A slider in a scrolling list."""


class ListDoubleSpinBox(FocusedWheel, QDoubleSpinBox):
    """A spin box in a scrolling list."""


__all__ = ["FocusedWheel", "ListComboBox", "ListDoubleSpinBox", "ListSlider"]
