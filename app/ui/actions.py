"""Keyboard actions shared by the editors."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton, QWidget


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


def action_bar(parent: QWidget, actions: Sequence[QAction]) -> tuple[QToolBar, list[QToolButton]]:
    """A row of buttons for ``actions`` that gives way in a narrow window (a laptop at 125 % or
    150 %): the buttons that do not fit go into the row's » menu, Qt's toolbar extension. Each
    button is framed like a push button and reachable with Tab."""
    bar = QToolBar(parent)
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    buttons: list[QToolButton] = []
    for action in actions:
        bar.addAction(action)
        button = bar.widgetForAction(action)
        assert isinstance(button, QToolButton)  # what a toolbar makes for an action
        button.setAutoRaise(False)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        buttons.append(button)
    return bar, buttons
