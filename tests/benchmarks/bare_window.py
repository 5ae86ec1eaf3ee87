"""A bare PySide6 window with one label that quits at its first paint: the start-up yardstick.

Like ``python -m app --quit-after-first-paint``, it leaves without tearing the window down, so both
measure the time from process start to the first paint.
"""

import os
import sys

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.exit(0)
        return False


app = QApplication(sys.argv)
label = QLabel("Priorizar")
label.installEventFilter(_FirstPaint(label))
label.show()
code = app.exec()
sys.stdout.flush()
os._exit(code)
