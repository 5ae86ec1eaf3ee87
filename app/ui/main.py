"""Start the window: arguments, QApplication, language, the example workshop, screenshots."""

from __future__ import annotations

# The modules without Qt that the window needs before its first paint are imported before
# PySide6: PySide6's import hook reads the source of every module imported after it (it looks for
# "PySide6" in it, for its __feature__ switches), which cost about 15 ms for numpy and ours; see
# also spare_pyside_source_reads. tests/benchmarks/test_startup.py checks that none is left for
# after PySide6. Besides ours: the codec of the preset files the example reads, and locale, which
# argparse's gettext imports while it builds the parser.
import argparse
import contextlib
import encodings.utf_8_sig  # noqa: F401
import gc
import locale  # noqa: F401
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from app.io import autosave  # noqa: F401
from app.io.example import example_workshop
from app.models import analysis, edits  # noqa: F401
from app.ui.environment import app_settings, prepare_qt

# isort: split
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app import __version__, codecache


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


def _after_first_paint() -> None:
    """End what ``app/__main__.py`` set up for the start-up: keep the code dataclasses compiled
    (:mod:`app.codecache`) and turn the garbage collector back on. What the start-up allocated
    lives as long as the program (modules, Qt's types, the window), so it is frozen first: the
    collector never scans it again."""
    codecache.finish()
    gc.freeze()
    gc.enable()


#: Loaded modules that use PySide6 (or are it): left for PySide6's import hook to read.
_USES_PYSIDE = ("PySide6", "shiboken", "__feature__", "app.ui", "__main__")


def spare_pyside_source_reads() -> None:
    """Tell PySide6 which modules use it, sparing its reads of their sources (about 5 ms).

    Once PySide6 is loaded, its import hook reads the source of every module that an import
    statement names, once per module, looking for "PySide6" (a module that uses it may switch
    PySide's ``__feature__`` options). A window module importing ``typing``, ``dataclasses``,
    numpy or our models therefore has the hook read those modules' sources although they were
    loaded before PySide6. None of them uses PySide6 (models and io are Qt-free by rule), and the
    hook keeps its verdicts in a table: recording them there, as the hook itself would ("-1", not
    a PySide6 module), spares the reads. The window's own modules (``app.ui``) are recorded as
    the hook would record them too ("0": uses PySide6 with its default options). The table is
    PySide6's internal (``shibokensupport.feature.pyside_feature_dict``); without it nothing is
    done.
    """
    feature = sys.modules.get("shibokensupport.feature")
    verdicts = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(verdicts, dict):
        return
    for name in list(sys.modules):
        if not name.startswith(_USES_PYSIDE):
            verdicts.setdefault(name, -1)
    # The window's own modules, imported next, all use PySide6 and none of its __feature__
    # switches: the hook's verdict after reading each one's source would be "0" (about 1.3 ms of
    # reads). A frozen build has no folder of sources to list, nor sources for the hook to read.
    with contextlib.suppress(OSError), os.scandir(Path(__file__).parent) as entries:
        for entry in entries:
            stem, _, suffix = entry.name.partition(".")
            if suffix == "py" and stem != "__init__":
                verdicts.setdefault(f"{__package__}.{stem}", 0)


def run(argv: Sequence[str]) -> int:
    """Run the window; returns the process exit code."""
    spare_pyside_source_reads()
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

    from app.ui.main_window import MainWindow

    # a screenshot shows the default layout, not the one this user left
    window = MainWindow(example_workshop(), restore_state=not args.screenshot)
    if args.file and not window.open_path(args.file):
        return 2 if args.screenshot else 1

    if args.screenshot:
        codecache.finish()
        return _screenshot(app, window, args.screenshot, presentation=args.presentation)
    window.show()
    if args.quit_after_first_paint:
        # ends the event loop once the window has painted; what the window defers until after
        # its first paint (the chart, the other tabs) does not run
        _FirstPaint(window, lambda: QApplication.exit(0))
        code = app.exec()
        codecache.finish()
        # Start-up ends at the first paint: leave without tearing the window down, as the bare
        # yardstick window (tests/benchmarks/bare_window.py) does.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

    from PySide6.QtCore import QTimer

    _FirstPaint(window, lambda: QTimer.singleShot(0, _after_first_paint))

    # after a crash or a power cut: offer what the last run autosaved, once the window shows
    QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


def _screenshot(app: QApplication, window: object, path: str, *, presentation: bool) -> int:
    """Render the main window (1366 x 768, a common laptop) or the presentation (1920 x 1080)."""
    from PySide6.QtWidgets import QWidget

    from app.ui.main_window import MainWindow
    from app.ui.presentation import PresentationWindow

    assert isinstance(window, MainWindow)
    window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised, whatever the screen
    window.resize(1366, 768)
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
    target.close()
    window.close()
    return 0 if ok else 1
