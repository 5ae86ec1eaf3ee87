"""Setters that change a widget only when its value differs, and without emitting its signals.

Views refresh themselves from the document after every change; setting a widget to what it
already shows would redo Qt's work and, for input widgets, emit signals that read as the user's
own edits. On the live path (a slider drag) this matters twice: it saves time, and with PySide6
6.12.0 on Python 3.11 every call of a method that returns nothing also drops a reference to None
(a bug of that release; 6.11.3 does not), which ends the process after a few thousand calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget


class _Valued(Protocol):
    def value(self) -> Any: ...
    def setValue(self, value: Any) -> None: ...
    def blockSignals(self, b: bool) -> bool: ...


@contextmanager
def signals_blocked(widget: QObject) -> Iterator[None]:
    """Within the block, ``widget`` emits no signals (as it was before, afterwards)."""
    blocked = widget.blockSignals(True)
    try:
        yield
    finally:
        widget.blockSignals(blocked)


def set_text(label: QLabel | QAbstractButton, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def set_enabled(widget: QWidget, enabled: bool) -> None:
    # the widget's own flag, not isEnabled(): a disabled parent must not make us set it each time
    if widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled) == enabled:
        widget.setEnabled(enabled)


def set_hidden(widget: QWidget, hidden: bool) -> None:
    if widget.isHidden() != hidden:
        widget.setHidden(hidden)


def set_value(widget: _Valued, value: Any) -> None:
    """A spin box's or slider's value, set silently when it differs."""
    if widget.value() != value:
        with signals_blocked(widget):  # type: ignore[arg-type]
            widget.setValue(value)


def set_checked(button: QAbstractButton, checked: bool) -> None:
    if button.isChecked() != checked:
        with signals_blocked(button):
            button.setChecked(checked)


def set_current_index(box: QComboBox, index: int) -> None:
    if box.currentIndex() != index:
        with signals_blocked(box):
            box.setCurrentIndex(index)


def fill_combo(box: QComboBox, items: Sequence[tuple[str, Any]]) -> None:
    """``box`` lists ``items`` (text, data), rebuilt silently only when they differ; the chosen
    data stays chosen when it is still listed, else the first item is."""
    shown = [(box.itemText(k), box.itemData(k)) for k in range(box.count())]
    if list(items) == shown:
        return
    chosen = box.currentData()
    with signals_blocked(box):
        box.clear()
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(chosen), 0) if items else -1)


def fix_size_for(label: QLabel, templates: Iterable[str]) -> None:
    """Fix ``label``'s size to what the largest of ``templates`` needs, in its current font.

    For a label whose text follows the live path (a share, a total, the methods' agreement): a
    label free to change size asks every parent up to the window to lay out again at each new
    text, and that relayout repaints the whole window (2.5-5 ms of each slider step with 50
    communities). A label of fixed size stops the request at itself, so a new text repaints only
    the label. Call it again when the font or the language changes."""
    shown = label.text()
    sizes = []
    for text in templates:
        label.setText(text)
        sizes.append(label.sizeHint())
    label.setText(shown)
    label.setFixedSize(max(s.width() for s in sizes), max(s.height() for s in sizes))
