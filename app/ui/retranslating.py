"""One way for a widget to follow the interface language: the :class:`Retranslating` mixin.

:func:`app.ui.i18n.install_language` installs the translators of the chosen language, and Qt
then sends ``QEvent.LanguageChange`` to every widget. A widget that shows texts of its own
writes them all in one method, ``retranslate()``, calls it once when it is built, and lists
:class:`Retranslating` before its Qt base class::

    class WeightsPanel(Retranslating, QWidget):
        def __init__(self, ...) -> None:
            super().__init__(parent)
            ...
            self.retranslate()

        def retranslate(self) -> None:
            self.reset_button.setText(self.tr("&Reset"))

The mixin's ``changeEvent`` calls ``retranslate()`` on a language change and hands every event
on to the Qt class. A widget that does not list it keeps its texts when the language changes,
unless its parent writes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    # the type checker sees the widget the mixin is listed with (its changeEvent); at run time
    # the mixin is a plain class in front of the Qt class
    _Widget = QWidget
else:
    _Widget = object


class Retranslating(_Widget):
    """Mixin for a widget: ``retranslate()`` runs on every ``QEvent.LanguageChange``."""

    def retranslate(self) -> None:
        """Write every text the widget shows in the interface language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
