"""Saving the open workshop, as the window does it off its interface thread.

:func:`save_document` writes a decision record (``.xlsx``) or a workshop file (``.json``) by the
target's suffix and reports every failure as an :class:`~app.models.errors.InvalidInputError`
naming the user's file, never as a traceback (issue 18: Ctrl+S on 4,000 communities froze the
window 27 s and printed a traceback to the terminal only, and nothing was saved). It touches no
Qt object and shares nothing with the window but the immutable workshop it is given, so the window
may run it in a worker thread with a busy indicator. The earlier file is replaced only once the new
one reopens within the program's limits (:func:`app.io.atomic.atomic_write_bytes` ``verify``).

A worker thread must import nothing (see :func:`app.ui.jobs.start_job`: Python 3.11's collector can
crash on the frame of an import another thread runs), so :func:`prepare_save` imports, on the
calling thread, every module a save needs; ``tests/io/test_saving.py`` checks in a fresh process
that a save after it imports nothing more. Pure Python, no Qt.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Final

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Workshop

#: What a save imports when it first runs: the record's writer and reader (a save reopens the new
#: file before it replaces the earlier one), the workshop file, the parts of openpyxl the sheets
#: use, the sensitivity engine and numpy's random sampling (the Sensitivity sheet), the codec of
#: the compiled translations (the change log and the messages in the record's language), and
#: what the standard library loads for a zip archive and a temporary file.
SAVE_MODULES: Final = (
    "app.io.record.writing",
    "app.io.record.reading",
    "app.io.workshop_file",
    "app.io.table_import",
    "app.io.messages",
    "app.models.sensitivity",
    "openpyxl",
    "openpyxl.cell",
    "openpyxl.chart",
    "openpyxl.formatting.rule",
    "openpyxl.packaging.extended",
    "openpyxl.styles",
    "openpyxl.utils",
    "numpy.ma",
    "numpy.random",
    "base64",
    "encodings.cp437",
    "encodings.utf_16_be",
    "secrets",
)


def prepare_save(workshop: Workshop | None = None) -> None:
    """Import every module of :data:`SAVE_MODULES` on the calling thread (the interface thread,
    before it hands :func:`save_document` to a worker), and scikit-criteria when ``workshop``'s
    record compares the methods (its Sensitivity sheet). Quick once they are imported."""
    for name in SAVE_MODULES:
        importlib.import_module(name)
    if workshop is not None and workshop.settings.compare_methods:
        from app.models.sensitivity import import_methods

        import_methods()


def save_document(workshop: Workshop, path: str | os.PathLike[str], lang: str = "es") -> None:
    """Save ``workshop`` to ``path``: a decision record in ``lang`` for ``.xlsx``, a workshop
    file (JSON) for ``.json``; any other name is refused, never written over. Raises only
    :class:`InvalidInputError`, naming the file."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".xlsx", ".json"):  # never a workshop file under a workbook's name
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” cannot be saved in that format: save it as a decision record (.xlsx) "
                "or a workshop file (.json).",
            ),
            file=target.name,
        )
    try:
        if suffix == ".xlsx":
            from app.io.record import save_record

            save_record(workshop, target, lang)
        else:
            from app.io.workshop_file import save_workshop_json

            save_workshop_json(workshop, target)
    except InvalidInputError:
        raise
    except MemoryError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}” could not be saved: the computer ran out of memory. Close other "
                "programs and save again; the earlier file is unchanged.",
            ),
            file=target.name,
        ) from error
    except Exception as error:  # the boundary: whatever a bug raises becomes a message
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "“{file}” could not be saved ({reason}); the earlier file is unchanged."
            ),
            file=target.name,
            reason=type(error).__name__,
        ) from error


__all__ = ["SAVE_MODULES", "prepare_save", "save_document"]
