"""A bare PySide6 window with one label that quits at its first paint: the start-up yardstick.

Like ``python -m app --quit-after-first-paint``, it leaves without tearing the window down, so both
measure the time from process start to the first paint.

With ``--with-dependencies`` it first pays what the program pays before it builds anything of its
own: importing numpy (the engine's arrays, with one OpenBLAS thread as the program sets) and having
PySide6 build the Python types of the ``Qt`` namespace's enums (alignment flags, item roles, keys:
any window with more than one label touches them). That is the floor under the program's start-up.
"""

import os
import sys

WITH_DEPENDENCIES = "--with-dependencies" in sys.argv
if WITH_DEPENDENCIES:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    import numpy  # noqa: F401

from PySide6.QtCore import QEvent, QObject  # noqa: E402 - after numpy, as in the program
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402

if WITH_DEPENDENCIES:
    # importing the namespace builds all of its enum types (PySide6 creates a type on first use)
    from PySide6.QtCore import Qt  # noqa: F401


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            QApplication.exit(0)
        return False


app = QApplication(sys.argv[:1])
label = QLabel("Priorizar")
label.installEventFilter(_FirstPaint(label))
label.show()
code = app.exec()
sys.stdout.flush()
os._exit(code)
