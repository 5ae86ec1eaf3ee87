"""A cache of the code that :mod:`dataclasses` compiles, for a faster start of the window.

Python 3.11 builds each dataclass's methods (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``
and, for a frozen one, ``__setattr__`` and ``__delattr__``) by writing their source text and
compiling it with :func:`exec`, at every start of the program. The window's first paint needs
about 30 dataclasses (the workshop model, the results, the panels' rows): some 170 compilations,
~9 ms of a ~180 ms start. The text depends only on the class's definition and Python's version,
so the compiled code can be kept from one start to the next, as Python keeps a module's bytecode
in ``__pycache__``.

:func:`install` gives :mod:`dataclasses` an ``exec`` of its own (a module global shadows the
built-in) that looks the text up in the cache and compiles only what it does not find, exactly as
the built-in would (file name ``<string>``, no ``__future__`` flags inherited). :func:`finish`,
called once the window has painted, puts the built-in back and, if anything had to be compiled,
writes what this start used (so entries of classes that changed drop out) to
:func:`cache_path`. The cache is only ever an aid: a missing, unreadable, damaged or foreign file
is ignored, and a file that cannot be written is not written; dataclasses then compile as usual.
The file belongs to the user, like the bytecode Python writes for the user's own modules.

Pure Python, no Qt: it runs before anything else is imported (``app/__main__.py``).
"""

from __future__ import annotations

import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType
from typing import Any, Final

#: Overrides the folder of the cache (the tests use a throw-away one).
ENVIRONMENT_VARIABLE: Final = "PRIORIZAR_CACHE_DIR"


class CodeCache:
    """Compiled code by source text: ``known`` from the file, ``used`` by this process."""

    def __init__(self, known: dict[str, CodeType]) -> None:
        self.known = known
        self.used: dict[str, CodeType] = {}
        #: How many texts this process had to compile (not found in the cache).
        self.compiled = 0

    def exec(self, source: Any, namespace: Any = None, local: Any = None, /, **kwargs: Any) -> None:
        """The built-in :func:`exec`, with the compilation of a text taken from the cache."""
        if isinstance(source, str):
            code = self.known.get(source)
            if code is None:
                # what exec does with a text, without the flags of this module's __future__ import
                code = compile(source, "<string>", "exec", dont_inherit=True)
                self.compiled += 1
            self.used[source] = code
            source = code
        builtins.exec(source, namespace, local, **kwargs)


#: The installed cache and the file it is kept in, between install() and finish().
_current: list[tuple[Path, CodeCache]] = []


def cache_path() -> Path:
    """The cache file for this Python (its bytecode version is in the name and the header).

    ``$PRIORIZAR_CACHE_DIR`` if set; else ``%LOCALAPPDATA%\\Priorizar\\cache`` on Windows,
    ``~/Library/Caches/Priorizar`` on macOS, ``$XDG_CACHE_HOME/priorizar`` (default
    ``~/.cache/priorizar``) elsewhere.
    """
    chosen = os.environ.get(ENVIRONMENT_VARIABLE)
    if chosen:
        folder = Path(chosen)
    elif sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        folder = Path(base) / "Priorizar" / "cache"
    elif sys.platform == "darwin":
        folder = Path.home() / "Library" / "Caches" / "Priorizar"
    else:
        cache_home = os.environ.get("XDG_CACHE_HOME")
        folder = (Path(cache_home) if cache_home else Path.home() / ".cache") / "priorizar"
    return folder / f"dataclass-code.{sys.implementation.cache_tag}.bin"


def read_cache(path: Path) -> dict[str, CodeType]:
    """The texts and code stored at ``path``; empty when there is no usable file."""
    try:
        data = path.read_bytes()
    except (OSError, ValueError):
        return {}
    if not data.startswith(MAGIC_NUMBER):
        return {}  # written by another Python version (or not by us at all)
    try:
        stored = marshal.loads(data[len(MAGIC_NUMBER) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict):
        return {}
    return {
        text: code
        for text, code in stored.items()
        if isinstance(text, str) and isinstance(code, CodeType)
    }


def install(path: Path | None = None) -> CodeCache:
    """Have :mod:`dataclasses` compile through the cache read from ``path`` (default
    :func:`cache_path`) until :func:`finish`."""
    finish(save=False)
    target = cache_path() if path is None else path
    cache = CodeCache(read_cache(target))
    _current.append((target, cache))
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    return cache


def finish(*, save: bool = True) -> CodeCache | None:
    """Give :mod:`dataclasses` the built-in :func:`exec` back and, with ``save``, write the
    code this process used if it had to compile any; returns the cache that was installed."""
    if not _current:
        return None
    path, cache = _current.pop()
    if getattr(dataclasses, "exec", None) == cache.exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    if save and cache.compiled:
        from app.io.atomic import atomic_write_bytes
        from app.models.errors import InvalidInputError

        # a cache that cannot be written is simply not written
        with contextlib.suppress(OSError, InvalidInputError):
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(path, MAGIC_NUMBER + marshal.dumps(cache.used))
    return cache
