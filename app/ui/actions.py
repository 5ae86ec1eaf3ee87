"""Keyboard actions shared by the editors."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def editor_action(widget: QWidget, shortcut: str, slot: Callable[[], object]) -> QAction:
    """An action of ``widget`` whose shortcut works only while focus is inside it, so that the
    main window's own shortcuts are not shadowed."""
    action = QAction(widget)
    action.setShortcut(QKeySequence(shortcut))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


def set_action_texts(texts: Mapping[QAction, str]) -> None:
    """Set each action's (translated) text, with its shortcut in the tooltip."""
    for action, text in texts.items():
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shortcut})")
