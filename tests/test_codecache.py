"""The start-up's cache of compiled code (app/codecache.py): dataclasses, named tuples, PySide6."""

from __future__ import annotations
import __future__

import ast
import builtins
import collections
import dataclasses
import inspect
import json
import marshal
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from types import CodeType
from typing import Any

import pytest

from app import codecache

ROOT = Path(__file__).resolve().parents[1]

# Defined in a module of its own namespace each time, so that each definition builds its methods.
CLASS_SOURCE = textwrap.dedent(
    """
    from dataclasses import dataclass, field

    @dataclass(frozen=True)
    class Site:
        name: str
        height: float = 3400.0
        tags: tuple[str, ...] = field(default_factory=tuple)
    """
)


def _define_site() -> type:
    namespace: dict[str, Any] = {"__name__": "sites"}
    # without this module's __future__ import: the fields' types are classes, not strings
    exec(compile(CLASS_SOURCE, "sites.py", "exec", dont_inherit=True), namespace)
    return namespace["Site"]  # type: ignore[no-any-return]


@pytest.fixture
def cache_file(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "cache" / "code.bin"
    yield path
    codecache.finish(save=False)  # whatever a test left installed


def _describe(cls: type) -> list[Any]:
    """What a dataclass's generated methods do, as plain values."""
    site = cls("Pisaq")
    with pytest.raises(dataclasses.FrozenInstanceError):
        site.name = "Chinchero"
    return [
        str(inspect.signature(cls.__init__)),
        cls.__init__.__annotations__,
        cls.__init__.__code__.co_filename,
        repr(site),
        site == cls("Pisaq"),
        site == cls("Pisaq", 3500.0),
        hash(site) == hash(cls("Pisaq")),
        cls("Pisaq", tags=("papa",)).tags,
    ]


def test_a_class_built_from_the_cache_behaves_as_one_compiled_afresh(cache_file: Path) -> None:
    plain = _describe(_define_site())

    codecache.install(cache_file)
    cold = _define_site()
    assert codecache.finish() is not None
    codecache.install(cache_file)
    warm = _define_site()
    cache = codecache.finish()

    assert cache is not None and cache.compiled == 0  # all from the file
    assert _describe(cold) == plain
    assert _describe(warm) == plain
    # no __future__ flag leaked into the compiled text: its annotations are the fields' types,
    # not the names of the variables that hold them ("_type_height")
    assert warm.__init__.__annotations__["height"] is float


def test_the_second_start_compiles_nothing_and_the_first_writes_the_file(cache_file: Path) -> None:
    first = codecache.install(cache_file)
    _define_site()
    codecache.finish()
    # the module's text, and the frozen dataclass's __init__, __repr__, __eq__, __setattr__,
    # __delattr__ and __hash__
    assert first.compiled == 7
    assert len(codecache.read_cache(cache_file)) == 7

    second = codecache.install(cache_file)
    _define_site()
    _define_site()  # the same texts again: from what this process used
    before = cache_file.stat().st_mtime_ns
    codecache.finish()
    assert (second.compiled, len(second.used)) == (0, 7)
    assert cache_file.stat().st_mtime_ns == before  # nothing new: not written again


COMPILATIONS: list[tuple[Any, str, str, dict[str, Any]]] = [
    ("def f(x: int) -> int:\n    return x\n", "m.py", "exec", {}),
    ("def f(x: int) -> int:\n    return x\n", "m.py", "exec", {"dont_inherit": True}),
    ("40 + 2", "e", "eval", {}),
    (b"y = 'a text given as bytes'", "b.py", "exec", {}),
    ("assert False, 'dropped at -OO'", "o.py", "exec", {"optimize": 2}),
]


def _compiled(code: CodeType) -> tuple[Any, ...]:
    return (code, code.co_filename, code.co_flags)


def test_compiling_through_the_cache_gives_the_builtins_code(cache_file: Path) -> None:
    """Same code, file name and options (this module's __future__ import inherited, as the
    built-in inherits it from its caller, unless dont_inherit), from the cache or afresh."""
    expected = [_compiled(compile(text, name, mode, **kw)) for text, name, mode, kw in COMPILATIONS]
    annotations = __future__.annotations.compiler_flag
    assert expected[0][2] & annotations and not expected[1][2] & annotations
    runs = []
    for _ in range(2):
        cache = codecache.install(cache_file)
        runs.append([_compiled(compile(t, n, m, **kw)) for t, n, m, kw in COMPILATIONS])
        codecache.finish()
        runs[-1].append(cache.compiled)
    assert runs[0] == [*expected, len(COMPILATIONS)]
    assert runs[1] == [*expected, 0]  # the second time, all from the file


def test_what_the_cache_does_not_keep_is_left_to_the_builtins(cache_file: Path) -> None:
    cache = codecache.install(cache_file)
    tree = compile("x = 1", "t.py", "exec", ast.PyCF_ONLY_AST)
    with pytest.raises(SyntaxError) as through_cache:
        compile("def (", "bad.py", "exec")
    from_path = compile("x = 1", Path("p.py"), "exec")
    codecache.finish()
    with pytest.raises(SyntaxError) as builtin:
        compile("def (", "bad.py", "exec")
    assert isinstance(tree, ast.Module)
    assert from_path.co_filename == "p.py"
    error, expected = through_cache.value, builtin.value
    assert (error.msg, error.filename, error.lineno, error.offset) == (
        expected.msg,
        expected.filename,
        expected.lineno,
        expected.offset,
    )
    assert cache.compiled == 0 and cache.used == {}


def test_eval_and_named_tuples_through_the_cache(cache_file: Path) -> None:
    for _ in range(2):
        cache = codecache.install(cache_file)
        point = collections.namedtuple("Point", "x y")
        # like the built-in, eval ignores the spaces and tabs a text starts with
        assert cache.eval(" \t40 + 2") == eval(" \t40 + 2") == 42
        codecache.finish()
        assert point(1, y=2) == (1, 2) and point(1, 2).y == 2
    assert cache.compiled == 0  # __new__ and the sum, from the file


def test_finish_puts_the_builtins_back(cache_file: Path) -> None:
    builtin_compile = builtins.compile
    codecache.install(cache_file)
    assert "exec" in vars(dataclasses) and "eval" in vars(collections)
    assert builtins.compile is not builtin_compile
    codecache.finish()
    assert "exec" not in vars(dataclasses) and "eval" not in vars(collections)
    assert builtins.compile is builtin_compile
    assert codecache.finish() is None  # a second finish has nothing to do


def test_entries_this_start_did_not_use_are_dropped(cache_file: Path) -> None:
    stale_key = ("x = 1", "<string>", "exec", 0, -1)
    stale = compile("x = 1", "<string>", "exec", dont_inherit=True)
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(codecache.MAGIC_NUMBER + marshal.dumps({stale_key: stale}))
    assert stale_key in codecache.read_cache(cache_file)
    codecache.install(cache_file)
    _define_site()
    codecache.finish()
    stored = codecache.read_cache(cache_file)
    assert stale_key not in stored
    assert len(stored) == 7


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a cache at all",
        b"\x00\x00\x0d\x0a" + marshal.dumps({}),  # another Python's bytecode version
        codecache.MAGIC_NUMBER + marshal.dumps({"a": 1})[:-1],  # cut short
        codecache.MAGIC_NUMBER + marshal.dumps(["a list"]),
        codecache.MAGIC_NUMBER + marshal.dumps({("x", "<string>", "exec", 0, -1): "not code"}),
        codecache.MAGIC_NUMBER + marshal.dumps({"x": compile("x", "<string>", "eval")}),
    ],
)
def test_a_damaged_or_foreign_file_is_ignored_and_replaced(
    cache_file: Path, content: bytes
) -> None:
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(content)
    assert codecache.read_cache(cache_file) == {}
    cache = codecache.install(cache_file)
    assert _describe(_define_site()) == _describe(_define_site())
    codecache.finish()
    assert cache.compiled == 7  # nothing was taken from the damaged file
    stored = codecache.read_cache(cache_file)
    assert len(stored) == 7
    assert all(isinstance(code, CodeType) for code in stored.values())


def test_a_folder_that_cannot_be_written_leaves_no_cache_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    path = blocker / "code.bin"
    cache = codecache.install(path)
    _define_site()
    codecache.finish()
    assert cache.compiled == 7
    assert not path.exists()


def test_the_cache_folder_follows_the_platform_conventions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    name = f"start-up-code.{sys.implementation.cache_tag}.bin"
    monkeypatch.setenv(codecache.ENVIRONMENT_VARIABLE, str(tmp_path))
    assert codecache.cache_path() == tmp_path / name
    monkeypatch.delenv(codecache.ENVIRONMENT_VARIABLE)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert codecache.cache_path() == tmp_path / "xdg" / "priorizar" / name
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "local"))
    assert codecache.cache_path() == tmp_path / "local" / "Priorizar" / "cache" / name


def test_the_window_starts_from_the_cache_the_start_before_it_wrote(tmp_path: Path) -> None:
    """``python -m app`` as a user starts it: the first start writes the cache, the second
    compiles nothing before its first paint, and PySide6 works as with code compiled afresh."""
    env = {**os.environ, codecache.ENVIRONMENT_VARIABLE: str(tmp_path)}
    report = """
import json, os, sys
from app import codecache
import app.__main__ as entry

finish = codecache.finish
caches = []

def recorded(**kwargs):
    cache = finish(**kwargs)
    if cache is not None:
        caches.append(cache)
    return cache

codecache.finish = recorded
exit_now = os._exit

def leave(code):
    from PySide6.QtWidgets import QWidget

    # PySide6 explains a wrong call from its support modules, compiled or taken from the cache
    try:
        QWidget().resize("wide")
    except TypeError as error:
        explained = str(error)
    print(json.dumps([[[c.compiled, len(c.used)] for c in caches], explained]), flush=True)
    exit_now(code)

os._exit = leave
entry.main(["--quit-after-first-paint"])
"""
    runs = []
    for _ in range(2):
        completed = subprocess.run(
            [sys.executable, "-c", report],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert completed.returncode == 0, completed.stderr
        runs.append(json.loads(completed.stdout.splitlines()[-1]))
    ((first_compiled, first_used),), first_explained = runs[0]
    ((second_compiled, second_used),), second_explained = runs[1]
    # PySide6's 14 support modules, ~30 dataclasses of 3 to 6 methods each, ~20 named tuples
    assert first_compiled == first_used > 150
    assert (second_compiled, second_used) == (0, first_used)
    assert first_explained == second_explained
    assert "resize(w: int, h: int, /)" in first_explained
