"""``priorizar --self-test``: check in one run that a build of Priorizar works, then exit.

Made for the frozen program (``packaging/``), where a missing Qt plugin, translation, data file
or library only shows when the code that needs it runs. The self-test runs that code:

1. Qt starts on the offscreen platform (no display needed) and the Spanish translations load:
   Qt's own (``qtbase_es.qm``) and Priorizar's (``app/i18n/priorizar_es.qm``), each checked on
   a known string.
2. The window's start-up module (:data:`app.ui.WINDOW_MODULE`) imports the way the
   program imports it, and the real :class:`~app.ui.shell.main_window.MainWindow` opens the example
   workshop (read from the shipped ``criteria_presets/``), is shown and painted, and builds its
   pyqtgraph chart, which must draw one bar per ranked community.
3. Both rankings (TOPSIS and AHP) are computed for the example.
4. The decision record (``.xlsx``, openpyxl) is saved to a temporary folder and reopened; the
   reopened inputs must equal the original ones exactly, and both rankings of the reopened
   workshop must equal the original ones (ranks exactly, scores within :data:`SCORE_TOLERANCE`).
5. The one-page summary (File > Export summary) is drawn as a PDF, and Qt's print support
   (File > Print) imports.
6. The readers of the other files run: an ``.ods`` table (written by odfpy) opens as a table,
   xlrd, the ``.xls`` reader, reads a workbook's container, and a CSV table of Windows-1252
   text is told from other encodings by charset-normalizer (a frozen build may lack modules they
   import on first use, or charset-normalizer's compiled part).
7. scikit-criteria imports, with the methods the program compares against, and its TOPSIS
   (vector scaling of the matrix, as in ``tests/models/test_topsis.py``) gives the engine's
   closeness within :data:`REFERENCE_TOLERANCE`.

Any Qt warning on the way fails the self-test too: in a frozen build a warning usually means
that something was left out.

It prints one line on standard output, in English like the command line (:mod:`app.cli`): what
was checked and the time taken, or what failed. Exit status 0 when every check passed, 1
otherwise: never a traceback (``PRIORIZAR_DEBUG=1`` lets an unexpected exception through, for a
developer). Nothing is written outside the temporary folder: not into the window's settings
either (the self-test's window keeps no layout, language or recent file).

On Windows, Qt's offscreen platform finds no fonts of its own: :func:`app.ui.environment.prepare_qt`
points it at the system's fonts before Qt starts.

Only the standard library is imported before :func:`main` starts checking (Qt, numpy and the
program's own modules are imported by the checks), so that a build that lacks one of them still
ends in one line.
"""

from __future__ import annotations

import importlib
import math
import os
import sys
import tempfile
import time
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.models.analysis import Evaluation
    from app.models.workshop import Workshop
    from app.ui.shell.main_window import MainWindow

PREFIX = "priorizar self-test"
#: Largest difference allowed between the rankings' scores before and after a save and reopen.
SCORE_TOLERANCE = 1e-12
#: Largest difference allowed between the engine's TOPSIS closeness and scikit-criteria's.
REFERENCE_TOLERANCE = 1e-9
#: Known strings and their Spanish, one from Qt's translations and one from Priorizar's.
QT_STRING = ("QPlatformTheme", "Cancel", "Cancelar")
OWN_STRING = ("MainWindow", "Fix as &baseline", "Fijar como &línea base")
#: Qt messages that are not a fault (the offscreen platform's own remark about size hints).
HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


class SelfTestFailure(Exception):
    """A check that did not pass; the message says which, in one line."""


def main(argv: Sequence[str] = ()) -> int:
    """Run every check; print one line; return 0 if all passed, else 1."""
    started = time.perf_counter()
    try:
        if argv:
            raise SelfTestFailure(f"unexpected argument {argv[0]!r} (--self-test takes none)")
        checked = run_checks()
    except Exception as error:
        if os.environ.get("PRIORIZAR_DEBUG") and not isinstance(error, SelfTestFailure):
            raise
        what = str(error) if isinstance(error, SelfTestFailure) else _describe(error)
        _say(f"{PREFIX}: FAILED after {time.perf_counter() - started:.2f} s: {what}")
        return 1
    _say(f"{PREFIX}: OK in {time.perf_counter() - started:.2f} s: {'; '.join(checked)}")
    return 0


def run_checks() -> list[str]:
    """Every check, in order; returns what was checked, or raises :class:`SelfTestFailure`."""
    # before Qt starts: the self-test needs no display
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.ui.environment import prepare_qt

    prepare_qt()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "priorizar"])
    assert isinstance(app, QApplication)
    from app.ui import WINDOW_MODULE

    importlib.import_module(WINDOW_MODULE)  # as app.__main__ does: a build may lack it
    from app.io.example import example_workshop
    from app.ui.i18n import current_language, install_language

    checked: list[str] = []
    language = current_language()
    with _qt_warnings_fail():
        install_language("es")
        try:
            checked.append(_check_translations())
            workshop = example_workshop()
            window = _open_window(app, workshop)
            try:
                checked.append(_check_chart(window))
                original = window.session.evaluation
                checked.append(_check_rankings(workshop, original))
                checked.append(_check_round_trip(app, window, workshop, original))
                checked.append(_check_robustness(window))
                checked.append(_check_summary(window))
                checked.append(_check_other_workbooks())
            finally:
                window.session.document.mark_saved()
                window.close()
                window.deleteLater()
                app.processEvents()
        finally:
            install_language(language)
    checked.append(_check_reference(original))
    return checked


def reopen(path: Path) -> Workshop:
    """The workshop in the decision record at ``path`` (a seam for tests)."""
    from app.io.record import load_record

    return load_record(path)


# -- the checks ---------------------------------------------------------------------------------


def _check_translations() -> str:
    from PySide6.QtCore import QCoreApplication

    # Looked up under another name: these texts are not Priorizar's to translate (Qt's own
    # translation holds the first, MainWindow marks the second), so lupdate must not see them.
    look_up = QCoreApplication.translate
    for name, (context, source, spanish) in (("Qt's", QT_STRING), ("Priorizar's", OWN_STRING)):
        got = look_up(context, source)
        if got != spanish:
            raise SelfTestFailure(
                f"{name} Spanish translation is not loaded: {source!r} gave {got!r}, "
                f"not {spanish!r}"
            )
    return "Spanish translations (Qt's and Priorizar's)"


def _open_window(app: Any, workshop: Workshop) -> MainWindow:
    from app.ui.shell.main_window import MainWindow

    window = MainWindow(workshop, restore_state=False)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    text = window.baseline_action.text()
    if text != OWN_STRING[2]:
        raise SelfTestFailure(f"the window is not in Spanish: its baseline action reads {text!r}")
    return window


def _check_chart(window: MainWindow) -> str:
    chart = window.rankings_view.chart
    drawn = chart.values()
    ranked = int(window.session.evaluation.eligible.size)
    if len(drawn.names) != ranked or drawn.topsis.size != ranked:
        raise SelfTestFailure(
            f"the chart draws {drawn.topsis.size} bars for {ranked} ranked communities"
        )
    if ranked and not math.isclose(float(drawn.topsis.max()), 100.0):
        raise SelfTestFailure(f"the chart's longest TOPSIS bar is {drawn.topsis.max()}, not 100")
    if window.grab().isNull():
        raise SelfTestFailure("the window could not be painted offscreen")
    return "Qt window painted offscreen with its pyqtgraph chart"


def _check_robustness(window: MainWindow) -> str:
    panel = window.sensitivity_panel  # built as the tab is: the sweep chart, the intervals
    panel.refresh()
    sweep, intervals = panel.sweep_page.sweep, panel.stability_page.intervals
    if sweep is None or not intervals:
        raise SelfTestFailure("the Robustness tab computed no sweep or no stability interval")
    return f"Robustness tab: {len(intervals)} stability intervals and a weight sweep"


def _check_summary(window: MainWindow) -> str:
    """The summary drawn as a PDF (Qt's PDF writer), and Qt's print support there. How many
    pages it takes depends on the system's fonts (Arial, or Liberation Sans), not on the build:
    the tests check that (tests/ui/share), the self-test that the PDF is written."""
    from app.ui.share.page import pdf_bytes

    importlib.import_module("PySide6.QtPrintSupport")  # File > Print imports it when used
    data, pages = pdf_bytes(window.sharing.summary())
    if not data.startswith(b"%PDF") or pages < 1:
        raise SelfTestFailure(f"the summary PDF was not written ({pages} pages, {len(data)} B)")
    return f"summary drawn as a PDF ({pages} page(s), {len(data) // 1024} KB) with print support"


def _check_rankings(workshop: Workshop, evaluation: Evaluation) -> str:
    from app.models.analysis import evaluate

    if evaluation.topsis is None or evaluation.ahp_scores is None:
        raise SelfTestFailure("the example workshop has no TOPSIS or no AHP ranking")
    problem = _rankings_differ(evaluation, evaluate(workshop))
    if problem:
        raise SelfTestFailure(f"the window's rankings differ from the engine's: {problem}")
    return (
        f"TOPSIS and AHP rankings of {evaluation.eligible.size} of "
        f"{len(workshop.communities)} communities"
    )


def _check_round_trip(
    app: Any, window: MainWindow, workshop: Workshop, original: Evaluation
) -> str:
    from app.io.record import save_record

    with tempfile.TemporaryDirectory(prefix="priorizar-self-test-") as folder:
        path = Path(folder) / "self-test.xlsx"
        save_record(workshop, path, lang="es")
        reopened = reopen(path)
        difference = first_difference(workshop.to_dict(), reopened.to_dict())
        if difference is not None:
            raise SelfTestFailure(
                f"the reopened decision record differs from the saved workshop at {difference}"
            )
        window.session.open(reopened, str(path), saved=True)
        app.processEvents()
        problem = _rankings_differ(original, window.session.evaluation)
    if problem:
        raise SelfTestFailure(f"the reopened decision record ranks differently: {problem}")
    return "decision record (.xlsx) saved, reopened identical and ranked the same"


def _check_other_workbooks() -> str:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    from app.io.reading import TableToImport, open_input
    from app.io.record.books import XlsBook, open_workbook
    from app.io.table_mapping import read_raw_table
    from app.models.errors import InvalidInputError

    document = OpenDocumentSpreadsheet()
    table = Table(name="Tabla")
    for values in (("Comunidad", "Agua"), ("Anqas", 1.5)):
        row = TableRow()
        for value in values:
            if isinstance(value, str):
                cell = TableCell(valuetype="string")
                cell.addElement(P(text=value))
            else:
                cell = TableCell(valuetype="float", value=value)
            row.addElement(cell)
        table.addElement(row)
    document.spreadsheet.addElement(table)
    with tempfile.TemporaryDirectory(prefix="priorizar-self-test-") as folder:
        path = Path(folder) / "self-test.ods"
        document.save(str(path))
        if not isinstance(open_input(path), TableToImport):
            raise SelfTestFailure("an .ods table did not open as a table to import")
        with open_workbook(path) as book:
            if book.rows("Tabla") != [("Comunidad", "Agua"), ("Anqas", 1.5)]:
                raise SelfTestFailure("an .ods table was read wrong")
        old = Path(folder) / "self-test.xls"
        old.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 504)
        try:
            XlsBook.open(old, old.read_bytes())
        except InvalidInputError as error:  # xlrd ran and found no workbook in the container
            if "password" not in str(error):
                raise SelfTestFailure(f"xlrd did not read an .xls container: {error}") from error
        else:
            raise SelfTestFailure("xlrd took an empty container for a workbook")
        windows = Path(folder) / "self-test.csv"
        windows.write_bytes("Comunidad;Agua\r\nÑañuqa Q'eros;1,5\r\n".encode("cp1252"))
        raw = read_raw_table(windows)
        name = raw.sheets[0].rows[1][0]
        if name != "Ñañuqa Q'eros" or raw.decoded is None or raw.decoded.encoding != "cp1252":
            raise SelfTestFailure(f"a Windows-1252 table was read as {name!r}")
    return ".ods (odfpy), .xls (xlrd) and Windows-1252 text (charset-normalizer) read right"


def _check_reference(evaluation: Evaluation) -> str:
    import numpy as np

    with warnings.catch_warnings():
        # scikit-criteria and its dependencies warn about deprecations on import, and TOPSIS
        # warns about minimised criteria, which it handles as the engine does
        warnings.simplefilter("ignore")
        try:
            import skcriteria
            from skcriteria.agg.topsis import TOPSIS
            from skcriteria.preprocessing.scalers import VectorScaler
        except ImportError as error:
            raise SelfTestFailure(f"scikit-criteria cannot be imported: {error}") from error
        assert evaluation.topsis is not None
        problem = evaluation.problem
        decision = skcriteria.mkdm(
            matrix=problem.matrix,
            objectives=[1 if o == "max" else -1 for o in problem.objectives],
            weights=evaluation.weights,
        )
        decision = VectorScaler(target="matrix").transform(decision)
        expected = np.asarray(TOPSIS().evaluate(decision).e_.similarity, dtype=np.float64)
    gap = float(np.max(np.abs(expected - evaluation.topsis.closeness), initial=0.0))
    if not gap <= REFERENCE_TOLERANCE:
        raise SelfTestFailure(
            f"scikit-criteria's TOPSIS differs from the engine's by {gap:.3g} "
            f"(more than {REFERENCE_TOLERANCE:g})"
        )
    # the Robustness tab's comparison: weighted sum, weighted product and VIKOR by scikit-criteria
    from app.models.sensitivity import other_methods

    weights = np.zeros(problem.workshop_criteria)
    weights[problem.columns] = evaluation.weights
    others = other_methods(problem, weights)
    unranked = [name for name, ranks in others.ranks.items() if ranks is None]
    if unranked or len(others.ranks) != 3:
        raise SelfTestFailure(f"scikit-criteria's other methods did not rank: {unranked}")
    return (
        f"scikit-criteria {_version(skcriteria)} TOPSIS agrees (largest difference {gap:.1e}), "
        f"and ranks by {', '.join(sorted(others.ranks))}"
    )


# -- helpers ------------------------------------------------------------------------------------


def first_difference(expected: Any, got: Any, where: str = "the top") -> str | None:
    """Where two JSON-like values first differ (``"communities[3].name"``), or ``None``."""
    if isinstance(expected, dict) and isinstance(got, dict):
        for key in list(expected) + [k for k in got if k not in expected]:
            if key not in expected or key not in got:
                return _join(where, str(key))
            found = first_difference(expected[key], got[key], _join(where, str(key)))
            if found is not None:
                return found
        return None
    if isinstance(expected, list) and isinstance(got, list):
        if len(expected) != len(got):
            return f"{where} ({len(expected)} items saved, {len(got)} reopened)"
        for index, (a, b) in enumerate(zip(expected, got, strict=True)):
            found = first_difference(a, b, f"{where}[{index}]")
            if found is not None:
                return found
        return None
    same = expected == got and type(expected) is type(got)
    return None if same else f"{where} ({expected!r} saved, {got!r} reopened)"


def _join(where: str, key: str) -> str:
    return key if where == "the top" else f"{where}.{key}"


def _rankings_differ(expected: Evaluation, got: Evaluation) -> str | None:
    """What differs between two evaluations of the same workshop, or ``None``."""
    import numpy as np

    if not np.array_equal(expected.eligible, got.eligible):
        return "not the same communities are ranked"
    pairs = (
        ("TOPSIS", _closeness(expected), _closeness(got), expected.topsis_ranks, got.topsis_ranks),
        ("AHP", expected.ahp_scores, got.ahp_scores, expected.ahp_ranks, got.ahp_ranks),
    )
    for method, scores, other_scores, ranks, other_ranks in pairs:
        if scores is None or other_scores is None or ranks is None or other_ranks is None:
            if scores is not None or other_scores is not None:
                return f"{method} ranks one but not the other"
            continue
        gap = float(np.max(np.abs(scores - other_scores), initial=0.0))
        if not gap <= SCORE_TOLERANCE:
            return f"{method} scores differ by {gap:.3g}"
        if not np.array_equal(ranks, other_ranks):
            return f"{method} ranks differ"
    return None


def _closeness(evaluation: Evaluation) -> Any:
    return None if evaluation.topsis is None else evaluation.topsis.closeness


@contextmanager
def _qt_warnings_fail() -> Iterator[None]:
    """Turn the first Qt warning (or worse) into a :class:`SelfTestFailure` at the end."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    caught: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        serious = kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        if serious and not any(message.startswith(h) for h in HARMLESS_QT_MESSAGES):
            caught.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
    if caught:
        more = f" (and {len(caught) - 1} more)" if len(caught) > 1 else ""
        raise SelfTestFailure(f"Qt warned: {caught[0].splitlines()[0]}{more}")


def _version(module: Any) -> str:
    version = getattr(module, "__version__", "?")
    return ".".join(map(str, version)) if isinstance(version, tuple) else str(version)


def _describe(error: BaseException) -> str:
    """An unexpected exception in one line: its type, message and where it was raised."""
    frames = []
    trace = error.__traceback__
    while trace is not None:
        frames.append(trace)
        trace = trace.tb_next
    place = ""
    if frames:
        code = frames[-1].tb_frame.f_code
        place = f" in {Path(code.co_filename).name}:{frames[-1].tb_lineno} ({code.co_name})"
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}{place}" if message else type(error).__name__ + place


def _say(line: str) -> None:
    """Print ``line``; a windowed build on Windows may have no standard output at all."""
    stream = sys.stdout
    if stream is None:
        return
    try:
        try:
            stream.write(line + "\n")
        except UnicodeEncodeError:  # an old Windows code page: the line must still come out
            stream.write(line.encode("ascii", "replace").decode("ascii") + "\n")
        stream.flush()
    except (OSError, ValueError):  # a closed or broken stream: the exit status still says it
        pass
