"""``priorizar summary INPUT OUT.pdf`` and ``priorizar picture INPUT OUT.png``: the summary page
and the picture without the window.

Usage::

    priorizar summary INPUT OUT.pdf [--lang es|en]
    priorizar picture INPUT OUT.png [--lang es|en] [--size 1080x1350|1920x1080]

``INPUT`` is anything the command line reads (a decision record, a workshop file, a table; see
:mod:`app.cli`), read with :mod:`app.io.reading`. A summary of a decision record names that file
and its SHA-256 in its small print; of any other input it says that no record is tied to it.
``--lang`` is the language of the page or picture (default Spanish, as for ``export``);
``--size`` the picture's size in pixels (default 1080 x 1350, portrait for a phone).

Both draw with Qt, so they live here and not in :mod:`app.cli`, which never imports Qt:
:mod:`app.__main__` routes them to :func:`main`. Qt runs on its offscreen platform (no display
needed, nothing shown), after :func:`app.ui.environment.prepare_qt` (fonts on Windows), as in
the self-test. The conventions are the command line's: one line on standard output saying what
was written; exit status 0, or 2 for input the program cannot take with one line
``priorizar: error: ...`` on standard error, or 1 for a bug (one line, ``PRIORIZAR_DEBUG=1`` for
the traceback). Messages are in English; the file is in the language asked.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from app.cli import (
    EXIT_INTERNAL,
    EXIT_INVALID,
    EXIT_OK,
    PROG,
    RECORD_LANGUAGES,
    UsageError,
    describe_os_error,
)
from app.models.errors import InvalidInputError

if TYPE_CHECKING:
    from app.models.workshop import Workshop
    from app.ui.share.content import RecordFile

#: The commands this module runs (:mod:`app.__main__` routes them here).
COMMANDS = ("summary", "picture")
#: What each writes: its file's suffix.
SUFFIXES = {"summary": ".pdf", "picture": ".png"}
PICTURE_SIZES = ("1080x1350", "1920x1080")


class _Parser(argparse.ArgumentParser):
    """Errors as one line (raised), like the command line's parser."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    summary = commands.add_parser(
        "summary",
        help="write the one-page summary (PDF) to print and sign",
        description="Write the one-page summary of a workshop as a PDF (A4): the workshop, the "
        "criteria and their weights, both rankings, the communities screened out, the focus "
        "communities, the agreements and room for signatures. The small print names the "
        "decision record read and its SHA-256.",
    )
    summary.add_argument("file", metavar="INPUT", help="a decision record, workshop or table")
    summary.add_argument("output", metavar="OUT.pdf", help="the PDF to write")
    picture = commands.add_parser(
        "picture",
        help="write a picture (PNG) of the rankings and weights",
        description="Write a picture (PNG) of the rankings with the weights, as presentation "
        "mode shows them: for a phone (1080x1350, portrait) or a screen (1920x1080).",
    )
    picture.add_argument("file", metavar="INPUT", help="a decision record, workshop or table")
    picture.add_argument("output", metavar="OUT.png", help="the picture to write")
    picture.add_argument(
        "--size",
        choices=PICTURE_SIZES,
        default=PICTURE_SIZES[0],
        help="width x height in pixels (default: 1080x1350)",
    )
    for command in (summary, picture):
        command.add_argument(
            "--lang",
            choices=RECORD_LANGUAGES,
            default="es",
            help="language of the page or picture (default: es)",
        )
    return parser


def main(argv: Sequence[str]) -> int:
    """Run ``summary`` or ``picture``; returns the exit status (see the module docstring)."""
    for stream in (sys.stdout, sys.stderr):
        _write_utf8(stream)
    try:
        options = build_parser().parse_args(list(argv))
        output = _output(options.output, SUFFIXES[options.command])
        workshop, record = _read(options.file)
        _start_qt(options.lang)
        if options.command == "summary":
            said = _summary(workshop, record, output)
        else:
            said = _picture(workshop, options.size, output)
    except SystemExit as done:  # --help
        return int(done.code or 0)
    except (UsageError, InvalidInputError) as error:
        return _fail(str(error))
    except OSError as error:
        return _fail(describe_os_error(error))
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the boundary: a bug ends in one line, as in app.cli
        if os.environ.get("PRIORIZAR_DEBUG"):
            raise
        print(
            f"{PROG}: internal error: {type(error).__name__}: {error} (please report it; set "
            "PRIORIZAR_DEBUG=1 to see the details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    print(f"{PROG}: wrote {said}")
    return EXIT_OK


def _output(output: str, suffix: str) -> Path:
    path = Path(output)
    if path.suffix.lower() != suffix:
        raise UsageError(f"{path.name}: the file to write must be a {suffix} file")
    if path.is_dir():
        raise UsageError(f"{output} is a folder; give the name of the {suffix} file to write")
    folder = path.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"the folder {folder} does not exist; {path.name} cannot be saved there")
    return path


def _read(file: str) -> tuple[Workshop, RecordFile | None]:
    """The workshop in ``file`` and, when ``file`` is a decision record, the record itself."""
    from app.io.reading import TableToImport, open_input, read_workshop
    from app.ui.share.content import record_file

    try:
        opened = open_input(file)
        if isinstance(opened, TableToImport):  # read as `priorizar rank` reads a table
            return read_workshop(file), None
    except UnicodeDecodeError as error:
        raise UsageError(f"{Path(file).name} cannot be read as text ({error.reason})") from error
    except ValueError as error:  # a reader's check not yet worded for people
        if isinstance(error, InvalidInputError):
            raise
        raise UsageError(f"{Path(file).name} cannot be read: {error}") from error
    return opened, record_file(file)


def _start_qt(language: str) -> None:
    """Qt on its offscreen platform (unless it runs already), in ``language`` (numbers too)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read as the application starts
        from app.ui.environment import prepare_qt

        prepare_qt()
        QApplication([sys.argv[0] if sys.argv else PROG])
    from app.ui.i18n import install_language

    install_language(language)


def _summary(workshop: Workshop, record: RecordFile | None, output: Path) -> str:
    from app.models.analysis import evaluate
    from app.ui.share.content import summary_content
    from app.ui.share.page import write_pdf

    pages = write_pdf(summary_content(workshop, evaluate(workshop), record), output)
    return f"{output.name} ({pages} page{'s' if pages != 1 else ''})"


def _picture(workshop: Workshop, size: str, output: Path) -> str:
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from app.ui.session import WorkshopSession
    from app.ui.share.picture import SIZES, write_picture

    session = WorkshopSession(workshop)
    write_picture(session, SIZES[size], output)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window, before exit
    return f"{output.name} ({size.replace('x', ' x ')} pixels)"


def _write_utf8(stream: TextIO | None) -> None:
    """UTF-8 on every system, as the command line writes (a file name may hold any letter)."""
    if isinstance(stream, io.TextIOWrapper):
        with contextlib.suppress(ValueError, io.UnsupportedOperation):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _fail(message: str) -> int:
    print(f"{PROG}: error: {' '.join(message.split())}", file=sys.stderr)
    return EXIT_INVALID


__all__ = ["COMMANDS", "build_parser", "main"]
