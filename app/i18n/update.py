"""Refresh the translation sources and compile them: ``python -m app.i18n.update``.

1. ``pyside6-lupdate`` reads every Python file under ``app/`` that marks strings for translation
   (``self.tr("…")``, ``QCoreApplication.translate("Context", "…")``,
   ``QT_TRANSLATE_NOOP("Messages", "…")``) and merges them into ``priorizar_<code>.ts``: new
   strings arrive unfinished, strings gone from the code are dropped (``-no-obsolete``).
2. A translator fills in the new strings (Qt Linguist, or any editor: each ``<translation>``
   loses ``type="unfinished"`` when it is done).
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` that the program loads.

Qt's lupdate hands every ``#:`` comment to the translators as an explanation of the next string;
in this code base ``#:`` documents a constant (Sphinx), so :func:`lupdate` drops those comments
from the ``.ts``: a translator would otherwise read notes about tolerances and file sizes.

``--check`` only compiles nothing and reports what is missing (the test
``tests/ui/test_i18n.py`` makes the same check).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

I18N_DIR = Path(__file__).resolve().parent
APP_DIR = I18N_DIR.parent
ROOT = APP_DIR.parent
LANGUAGES = ("es",)

_MARKS = re.compile(r"\b(tr|translate|QT_TRANSLATE_NOOP|QT_TR_NOOP)\(")
#: A translator comment of a ``.ts`` file, on its own line.
_EXTRA_COMMENT = re.compile(r"^[ \t]*<extracomment>.*?</extracomment>\n", re.MULTILINE | re.DOTALL)


def tool(name: str) -> str:
    """The path of Qt's ``lupdate`` or ``lrelease`` shipped with PySide6."""
    import PySide6

    pyside_dir = Path(PySide6.__file__).resolve().parent
    for candidate in (pyside_dir / name, pyside_dir / f"{name}.exe"):
        if candidate.is_file():
            return os.fspath(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found is None:
        raise FileNotFoundError(f"Qt's {name} not found: install PySide6")
    return found


def source_files() -> list[Path]:
    """The Python files under ``app/`` that mark strings for translation, relative to the root."""
    files = []
    for path in sorted(APP_DIR.rglob("*.py")):
        if path.is_relative_to(I18N_DIR):
            continue
        if _MARKS.search(path.read_text(encoding="utf-8")):
            files.append(path.relative_to(ROOT))
    return files


def ts_path(language: str) -> Path:
    return I18N_DIR / f"priorizar_{language}.ts"


def qm_path(language: str) -> Path:
    return I18N_DIR / f"priorizar_{language}.qm"


def lupdate(ts_file: Path, *, quiet: bool = False) -> None:
    """Merge the strings of :func:`source_files` into ``ts_file`` (created when missing)."""
    command = [tool("lupdate"), "-no-obsolete", "-locations", "relative"]
    if quiet:
        command.append("-silent")
    command += [os.fspath(path) for path in source_files()]
    command += ["-ts", os.fspath(ts_file)]
    subprocess.run(command, cwd=ROOT, check=True)
    text = ts_file.read_text(encoding="utf-8")
    ts_file.write_text(_EXTRA_COMMENT.sub("", text), encoding="utf-8")


def lrelease(ts_file: Path, qm_file: Path, *, quiet: bool = False) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    command = [tool("lrelease"), os.fspath(ts_file), "-qm", os.fspath(qm_file)]
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, cwd=ROOT, check=True)


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """``(context, source)`` of every message of ``ts_file`` that still needs a translation."""
    import xml.etree.ElementTree as ElementTree

    missing = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text] if translation is not None else []
            if translation is not None and message.get("numerus") == "yes":
                texts = [form.text for form in translation.iter("numerusform")]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(text and text.strip() for text in texts)
            ):
                missing.append((name, message.findtext("source") or ""))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n.update", description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report missing translations")
    args = parser.parse_args(argv)
    status = 0
    for language in LANGUAGES:
        ts_file = ts_path(language)
        if not args.check:
            lupdate(ts_file)
        missing = unfinished(ts_file)
        for context, source in missing:
            print(f"{ts_file.name}: not translated [{context}] {source!r}", file=sys.stderr)
        if missing:
            status = 1
        if not args.check:
            lrelease(ts_file, qm_path(language))
    return status


if __name__ == "__main__":
    sys.exit(main())
