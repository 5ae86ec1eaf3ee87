"""A cache of the code Python compiles from text at every start, for a faster start of the window.

Three kinds of text are compiled at every start of the window, the same each time:

- PySide6's own support modules (its function signatures and ``__feature__`` switches), which
  shiboken keeps as source inside its library and compiles at ``import PySide6``: 14 modules,
  129 KB of source, ~12.7 ms. A bare PySide6 window pays this too;
- each dataclass's methods (``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` and, for a
  frozen one, ``__setattr__`` and ``__delattr__``), which :mod:`dataclasses` writes as text and
  compiles with :func:`exec`: ~170 compilations for the ~30 dataclasses of the first paint, ~9 ms;
- each named tuple's ``__new__``, which :func:`collections.namedtuple` compiles with
  :func:`eval`: ~20, ~0.8 ms.

The compiled code depends only on the text, the compiler's options and Python's version, so it can
be kept from one start to the next, as Python keeps a module's bytecode in ``__pycache__``.
:func:`install` routes these compilations through a :class:`CodeCache` read from
:func:`cache_path`: the built-in :func:`compile` is replaced, and :mod:`dataclasses` and
:mod:`collections` get an ``exec`` and an ``eval`` of their own (a module global shadows the
built-in). Each compiles exactly as the built-in would, ``__future__`` options inherited from the
caller included, and only what the cache does not hold. :func:`finish`, called once the window
has painted, puts the built-ins back and, if anything had to be compiled, writes what this start
used (so entries of code that changed drop out).

The cache is only ever an aid: a missing, unreadable, damaged or foreign file is ignored, and a
file that cannot be written is not written; the code is then compiled as usual. The file belongs
to the user, like the bytecode Python writes for the user's own modules.

Pure Python, no Qt: it runs before anything else is imported (``app/__main__.py``).
"""

from __future__ import annotations
import __future__

import ast
import builtins
import collections
import contextlib
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType, FrameType
from typing import Any, Final

#: Overrides the folder of the cache (the tests use a throw-away one).
ENVIRONMENT_VARIABLE: Final = "PRIORIZAR_CACHE_DIR"

#: The ``__future__`` options a compilation inherits from the code that asks for it (CPython's
#: ``PyCF_MASK``): the built-ins take them from the calling frame, and so does the cache.
_INHERITED: Final[int] = sum(
    getattr(__future__, name).compiler_flag
    for name in (
        "division",
        "absolute_import",
        "with_statement",
        "print_function",
        "unicode_literals",
        "barry_as_FLUFL",
        "generator_stop",
        "annotations",
    )
)

#: The built-in compile, whatever :func:`install` puts in its place.
_compile: Final = builtins.compile

#: (source, file name, mode, options, optimisation level): what a compilation depends on.
Key = tuple[str | bytes, str, str, int, int]


def _inherited(caller: FrameType) -> int:
    return caller.f_code.co_flags & _INHERITED


class CodeCache:
    """Compiled code by :data:`Key`: ``known`` from the file, ``used`` by this process."""

    def __init__(self, known: dict[Key, CodeType]) -> None:
        self.known = known
        self.used: dict[Key, CodeType] = {}
        #: How many texts this process had to compile (not found in the cache).
        self.compiled = 0

    def code(self, key: Key) -> CodeType:
        """The code for ``key``, from the cache or compiled now."""
        code = self.used.get(key) or self.known.get(key)
        if code is None:
            source, filename, mode, flags, optimize = key
            code = _compile(source, filename, mode, flags, True, optimize)
            self.compiled += 1
        self.used[key] = code
        return code

    def compile(
        self,
        source: Any,
        filename: Any,
        mode: str,
        flags: int = 0,
        dont_inherit: bool = False,
        optimize: int = -1,
        **options: Any,
    ) -> Any:
        """The built-in :func:`compile`, with the code of a text taken from the cache."""
        if not dont_inherit:
            flags |= _inherited(sys._getframe(1))
        if (
            options
            or flags & ast.PyCF_ONLY_AST  # a syntax tree, not code
            or not isinstance(source, str | bytes)
            or not isinstance(filename, str)
        ):
            return _compile(source, filename, mode, flags, True, optimize, **options)
        return self.code((source, filename, mode, flags, optimize))

    def exec(
        self, source: Any, namespace: Any = None, local: Any = None, /, **options: Any
    ) -> None:
        """The built-in :func:`exec`, with the code of a text taken from the cache."""
        if isinstance(source, str):
            source = self.code((source, "<string>", "exec", _inherited(sys._getframe(1)), -1))
        builtins.exec(source, namespace, local, **options)

    def eval(self, source: Any, namespace: Any = None, local: Any = None, /) -> Any:
        """The built-in :func:`eval`, with the code of a text taken from the cache."""
        if isinstance(source, str):
            # eval, unlike compile, ignores the spaces and tabs a text starts with
            text = source.lstrip(" \t")
            source = self.code((text, "<string>", "eval", _inherited(sys._getframe(1)), -1))
        return builtins.eval(source, namespace, local)


#: The installed cache and the file it is kept in, until finish().
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
    return folder / f"start-up-code.{sys.implementation.cache_tag}.bin"


def _is_key(key: object) -> bool:
    return (
        isinstance(key, tuple)
        and len(key) == 5
        and isinstance(key[0], str | bytes)
        and isinstance(key[1], str)
        and isinstance(key[2], str)
        and isinstance(key[3], int)
        and isinstance(key[4], int)
    )


def read_cache(path: Path) -> dict[Key, CodeType]:
    """The compiled code stored at ``path``; empty when there is no usable file."""
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
        key: code for key, code in stored.items() if _is_key(key) and isinstance(code, CodeType)
    }


def install(path: Path | None = None) -> CodeCache:
    """Compile through the cache read from ``path`` (default :func:`cache_path`) until
    :func:`finish`."""
    finish(save=False)
    target = cache_path() if path is None else path
    cache = CodeCache(read_cache(target))
    _current.append((target, cache))
    builtins.compile = cache.compile
    dataclasses.exec = cache.exec  # type: ignore[attr-defined]
    collections.eval = cache.eval  # type: ignore[attr-defined]
    return cache


def finish(*, save: bool = True) -> CodeCache | None:
    """Put the built-ins back and, with ``save``, write the code this process used if it had to
    compile any; returns the cache that was installed."""
    if not _current:
        return None
    path, cache = _current.pop()
    if builtins.compile == cache.compile:
        builtins.compile = _compile
    for module, name in ((dataclasses, "exec"), (collections, "eval")):
        if getattr(module, name, None) == getattr(cache, name):
            delattr(module, name)
    if save and cache.compiled:
        _write(path, MAGIC_NUMBER + marshal.dumps(cache.used))
    return cache


def _write(path: Path, data: bytes) -> None:
    """Replace the file at ``path`` in one step: a reader sees the old file or the new one.

    Unlike a workshop (:func:`app.io.atomic.atomic_write_bytes`), a cache is not flushed to the
    disk (``fsync`` took ~10 ms here): after a power cut it may be lost or damaged, and is then
    ignored and written again. A cache that cannot be written is simply not written.
    """
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
