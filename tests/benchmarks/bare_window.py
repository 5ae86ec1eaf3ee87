"""A bare PySide6 window with one label that quits after its first paint: the start-up yardstick."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
label = QLabel("Priorizar")
label.installEventFilter(_FirstPaint(label))
label.show()
sys.exit(app.exec())
