"""Start the window: arguments, QApplication, language, the example workshop, screenshots.

What the first paint does not need is imported when it is first needed, as in any Qt program:
openpyxl when a record is saved or opened, scikit-criteria on the Robustness tab, pyqtgraph's
chart right after the first paint (see :class:`app.ui.shell.main_window.MainWindow`).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

# The example workshop, and with it the engine (numpy and app.models), is imported before
# PySide6: PySide6 reads the source of every module imported after it, to see whether the module
# asks for one of its optional features (``from __feature__ import snake_case``), and numpy alone
# has 70 modules (about 10 ms of the first paint).
from app import __version__
from app.io.example import example_workshop

# isort: split
from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.environment import app_settings, prepare_qt


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="priorizar", description="Priorizar workshop window")
    parser.add_argument("file", nargs="?", help="workshop file to open (default: the example)")
    parser.add_argument("--lang", choices=("es", "en"), help="interface language")
    parser.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window offscreen to a PNG and exit"
    )
    parser.add_argument(
        "--presentation", action="store_true", help="with --screenshot: render presentation mode"
    )
    parser.add_argument(
        "--quit-after-first-paint",
        action="store_true",
        help="exit 0 just after the main window has painted",
    )
    parser.add_argument("--version", action="version", version=f"Priorizar {__version__}")
    return parser.parse_args(list(argv))


class _FirstPaint(QObject):
    """Calls ``then`` as the watched window paints for the first time (the paint still happens)."""

    def __init__(self, window: QObject, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then()
        return False


def run(argv: Sequence[str]) -> int:
    """Run the window; returns the process exit code."""
    args = parse_arguments(argv)
    if args.screenshot:
        # offscreen, unless a platform was chosen explicitly
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    prepare_qt()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "priorizar"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Priorizar")
    app.setOrganizationName("Priorizar")
    app.setApplicationVersion(__version__)

    from app.ui.i18n import install_language, system_language

    stored = app_settings().value("language")
    language = args.lang or (stored if stored in ("es", "en") else system_language())
    install_language(str(language))

    from app.ui.shell.errors import install as install_error_hook
    from app.ui.shell.main_window import MainWindow

    # a screenshot shows the default layout, not the one this user left
    window = MainWindow(example_workshop(), restore_state=not args.screenshot)
    install_error_hook(window)  # an error nobody foresaw is a message, never silence
    if args.file and not window.open_path(args.file):
        return 2 if args.screenshot else 1

    if args.screenshot:
        try:
            return _screenshot(app, window, args.screenshot, presentation=args.presentation)
        finally:
            _tear_down(window)
    window.show()
    if args.quit_after_first_paint:
        # ends the event loop once the window has painted; what the window defers until after
        # its first paint (the chart, the other tabs) does not run
        _FirstPaint(window, lambda: QApplication.exit(0))
        code = app.exec()
        # Start-up ends at the first paint: leave without tearing the window down, as the bare
        # yardstick window (tests/benchmarks/bare_window.py) does.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

    from PySide6.QtCore import QTimer

    # after a crash or a power cut: offer what the last run autosaved, once the window shows
    QTimer.singleShot(0, window.offer_recovery)
    if not args.file:  # the example workshop: a first start says what it is
        QTimer.singleShot(0, window.welcome)
    try:
        return app.exec()
    finally:
        _tear_down(window)


def _tear_down(window: QWidget) -> None:
    """Delete the window and everything it made while Qt and Python are both whole: left to the
    interpreter's exit, Qt would destroy widgets whose Python parts may already be gone (a crash
    after the window closed, seen under Wine). Errors nobody foresaw go back to Python's hook
    (:mod:`app.ui.shell.errors` shows its messages over the window)."""
    sys.excepthook = sys.__excepthook__
    if window.isVisible():  # a screenshot's; a closed window was asked about its changes
        window.close()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _screenshot(app: QApplication, window: object, path: str, *, presentation: bool) -> int:
    """Render the main window (1366 x 768, a common laptop) or the presentation (1920 x 1080)."""
    from app.ui.results.presentation import PresentationWindow
    from app.ui.shell.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.reset_layout(QSize(1366, 768))  # the first start's layout, whatever the screen
    window.show()
    target: QWidget = window
    if presentation:
        # a window of projector size rather than full screen: the offscreen screen is 800 x 800
        target = PresentationWindow(window.session)
        target.resize(1920, 1080)
        target.show()
    for _ in range(3):
        app.processEvents()
    ok = target.grab().save(path)
    window.session.document.mark_saved()
    if target is not window:
        target.close()
        target.deleteLater()
    return 0 if ok else 1
