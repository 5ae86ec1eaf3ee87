"""Criteria presets: ready-made, bilingual sets of criteria that a workshop can start from.

A preset is one UTF-8 JSON file, indented so that a person can edit it in any text editor::

    {
      "schema_version": 1,
      "id": "potato-park-focus-communities",
      "name": {"es": "...", "en": "..."},
      "description": {"es": "...", "en": "..."},
      "source": "where the criteria come from (document, section)",
      "starting_point": false,
      "criteria": [ ... ]
    }

Each entry of ``criteria`` has the form of :func:`app.models.criterion.criterion_to_dict` (``id``,
``name``, ``description``, ``kind``, ``direction``, ``unit``, ``levels``, ``accept_min``,
``accept_max``) and is read with :func:`app.models.criterion.criterion_from_dict`. ``name``,
``description``, ``unit`` and each level's ``name`` are ``{"es": ..., "en": ...}``; a plain
string is the same text in both languages (a unit such as ``"%"`` or ``"km"``).
``starting_point`` marks a preset that was not decided by anyone but drafted from a document as a
starting point to adapt. Fields this version does not know are ignored, so a newer program can add
some without breaking older files; a newer ``schema_version`` is refused with a clear message.

The presets shipped with Priorizar are in :data:`PRESETS_DIR` (``criteria_presets/`` at the top
of the repository); a user's own presets are in :func:`user_presets_dir`. :func:`load_presets`
reads both and reports, without stopping, every file it had to skip and why.

Pure Python: no Qt. Messages are untranslated templates (see :mod:`app.models.errors`).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.io.atomic import atomic_write_text
from app.models.criterion import (
    Criterion,
    CriterionKind,
    Direction,
    criterion_from_dict,
    criterion_to_dict,
)
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.models.workshop import Text, localized

#: Version of the preset file format written by :func:`save_preset`.
PRESET_SCHEMA_VERSION: Final = 1


def _shipped_presets_dir() -> Path:
    """Where the shipped presets are: ``criteria_presets/`` at the top of the repository in a
    checkout (and an editable install); ``app/criteria_presets/``, package data, in an installed
    program and in the frozen one (pyproject.toml and packaging/priorizar.spec put them there)."""
    program = Path(__file__).resolve().parents[1]
    installed = program / "criteria_presets"
    return installed if installed.is_dir() else program.parent / "criteria_presets"


#: The presets shipped with the program (see :func:`_shipped_presets_dir`).
PRESETS_DIR: Final[Path] = _shipped_presets_dir()

#: Environment variable that, when set, names the folder of the user's own presets.
USER_PRESETS_ENV: Final = "PRIORIZAR_PRESETS_DIR"

#: A preset is a few kilobytes; a file larger than this is not read (it is not a preset).
MAX_PRESET_BYTES: Final = 1_000_000

_SUFFIX: Final = ".json"


@dataclass(frozen=True)
class Preset:
    """A named, bilingual set of criteria read from (or written to) a preset file.

    ``path`` is the file the preset was read from, ``None`` for a preset built in memory.
    """

    id: str
    name: Text
    description: Text = field(default_factory=dict)
    source: str = ""
    starting_point: bool = False
    criteria: tuple[Criterion, ...] = ()
    path: Path | None = None

    def label(self, lang: str) -> str:
        return localized(self.name, lang) or self.id

    def describe(self, lang: str) -> str:
        return localized(self.description, lang)

    def criterion(self, criterion_id: str) -> Criterion:
        """The criterion with ``criterion_id``; raises ``KeyError`` if the preset has none."""
        for criterion in self.criteria:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form written to a preset file."""
        return {
            "schema_version": PRESET_SCHEMA_VERSION,
            "id": self.id,
            "name": dict(self.name),
            "description": dict(self.description),
            "source": self.source,
            "starting_point": self.starting_point,
            "criteria": [criterion_to_dict(c) for c in self.criteria],
        }


@dataclass(frozen=True)
class PresetProblem:
    """A preset file (or folder) that was skipped, and why, as a template and its fields."""

    path: Path
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def file(self) -> str:
        return self.path.name

    def text(self) -> str:
        """The English sentence (the interface translates :attr:`template` itself)."""
        return self.template.format(**self.params)

    @classmethod
    def from_error(cls, path: Path, error: InvalidInputError) -> PresetProblem:
        return cls(path, error.template, dict(error.params))


# -- reading --------------------------------------------------------------------------------------
def load_preset(path: str | os.PathLike[str]) -> Preset:
    """Read and check one preset file.

    Raises :class:`InvalidInputError`, whose message names the file, when the file cannot be
    read, is not UTF-8 JSON, has another ``schema_version``, lacks a required field, holds an
    invalid criterion (unknown kind or direction, a verbal criterion with fewer than two levels,
    thresholds the wrong way round...) or uses a criterion identifier twice.
    """
    file_path = Path(path)
    return preset_from_dict(_read_json(file_path), file=file_path.name, path=file_path)


def preset_from_dict(data: Any, *, file: str = "", path: Path | None = None) -> Preset:
    """Build a :class:`Preset` from its JSON form; ``file`` names it in error messages."""
    if not isinstance(data, Mapping):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The preset file {file} does not hold a preset (an object in braces)."
            ),
            file=file,
        )
    _check_version(data, file)
    preset_id = data.get("id")
    if not isinstance(preset_id, str) or not preset_id.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The preset file {file} has no identifier (“id”)."),
            file=file,
        )
    name = _text_field(data, "name", file)
    if not any(value.strip() for value in name.values()):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The preset file {file} has no name (“name”)."),
            file=file,
        )
    source = data.get("source", "")
    if not isinstance(source, str):
        raise _field_error(file, "source")
    starting_point = data.get("starting_point", False)
    if not isinstance(starting_point, bool):
        raise _field_error(file, "starting_point")
    return Preset(
        id=preset_id.strip(),
        name=name,
        description=_text_field(data, "description", file),
        source=source,
        starting_point=starting_point,
        criteria=_criteria(data, file),
        path=path,
    )


def load_presets(
    folders: str | os.PathLike[str] | Iterable[str | os.PathLike[str]] | None = None,
) -> tuple[list[Preset], list[PresetProblem]]:
    """Read every ``*.json`` preset in ``folders`` (one folder or several); skip and report the
    broken ones.

    ``None`` reads the shipped presets (:data:`PRESETS_DIR`) and then the user's own
    (:func:`user_presets_dir`, which need not exist). A folder named explicitly, or the shipped
    one, that does not exist is reported. Within a folder, presets drawn from the decisions of a
    workshop come first, then the starting points, each by file name. A preset whose ``id`` an
    earlier one already has is reported and skipped, so the shipped presets cannot be shadowed.
    """
    sources: list[tuple[Path, bool]]
    if folders is None:
        sources = [(PRESETS_DIR, True), (user_presets_dir(), False)]
    elif isinstance(folders, str | os.PathLike):
        sources = [(Path(folders), True)]
    else:
        sources = [(Path(folder), True) for folder in folders]

    presets: list[Preset] = []
    problems: list[PresetProblem] = []
    seen_folders: set[Path] = set()
    owners: dict[str, Path] = {}
    for folder, required in sources:
        key = folder.resolve()
        if key in seen_folders:
            continue
        seen_folders.add(key)
        try:
            files = sorted(
                (
                    entry
                    for entry in folder.iterdir()
                    if entry.suffix.lower() == _SUFFIX
                    and not entry.name.startswith(".")
                    and entry.is_file()
                ),
                key=lambda entry: entry.name.casefold(),
            )
        except FileNotFoundError:
            if required:
                problems.append(
                    PresetProblem(
                        folder,
                        QT_TRANSLATE_NOOP("Messages", "The preset folder {folder} does not exist."),
                        {"folder": str(folder)},
                    )
                )
            continue
        except OSError as error:
            problems.append(
                PresetProblem(
                    folder,
                    QT_TRANSLATE_NOOP(
                        "Messages", "The preset folder {folder} could not be read ({detail})."
                    ),
                    {"folder": str(folder), "detail": _os_detail(error)},
                )
            )
            continue
        loaded: list[Preset] = []
        for file_path in files:
            try:
                preset = load_preset(file_path)
            except InvalidInputError as error:
                problems.append(PresetProblem.from_error(file_path, error))
                continue
            owner = owners.get(preset.id)
            if owner is not None:
                problems.append(
                    PresetProblem(
                        file_path,
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "The preset file {file} has the identifier “{id}”, which {other} "
                            "already uses; it is skipped.",
                        ),
                        {"file": file_path.name, "id": preset.id, "other": str(owner)},
                    )
                )
                continue
            owners[preset.id] = file_path
            loaded.append(preset)
        loaded.sort(key=lambda p: p.starting_point)  # stable: file-name order within each kind
        presets.extend(loaded)
    return presets, problems


def preset_by_id(presets: Iterable[Preset], preset_id: str) -> Preset:
    """The preset with ``preset_id``; raises ``KeyError`` if there is none."""
    for preset in presets:
        if preset.id == preset_id:
            return preset
    raise KeyError(preset_id)


def user_presets_dir() -> Path:
    """The folder of the user's own presets (it may not exist yet).

    :data:`USER_PRESETS_ENV` overrides it. Otherwise, per platform: ``%APPDATA%\\Priorizar\\
    criteria_presets`` on Windows, ``~/Library/Application Support/Priorizar/criteria_presets``
    on macOS, ``$XDG_DATA_HOME/priorizar/criteria_presets`` (default ``~/.local/share``) elsewhere.
    """
    override = os.environ.get(USER_PRESETS_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
        return base / "Priorizar" / "criteria_presets"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Priorizar" / "criteria_presets"
    data_home = os.environ.get("XDG_DATA_HOME")
    base = Path(data_home) if data_home else Path.home() / ".local" / "share"
    return base / "priorizar" / "criteria_presets"


# -- writing --------------------------------------------------------------------------------------
def save_preset(
    preset_or_criteria: Preset | Iterable[Criterion],
    path: str | os.PathLike[str],
    *,
    preset_id: str | None = None,
    name: Text | None = None,
    description: Text | None = None,
    source: str | None = None,
    starting_point: bool | None = None,
) -> Preset:
    """Save a preset, or a workshop's current criteria as a new preset, to ``path``.

    Given criteria, the preset's name defaults to the file name and its identifier to the file
    name made kebab-case (see :func:`preset_slug`; :func:`new_preset_path` picks a free file
    name); the keyword arguments override what a given :class:`Preset` says. The criteria are
    checked as :func:`load_preset` would, so a saved preset always loads again.

    The write is atomic (:func:`app.io.atomic.atomic_write_text`: a temporary file in the same
    folder, flushed to disk, then moved over ``path`` with ``os.replace``), so a power cut leaves
    the old file or the new one, never half of one. The folder is created if needed.

    Returns the saved preset (with its ``path``). Raises :class:`InvalidInputError` for invalid
    criteria and when the file cannot be written (read-only, open in another program, disk
    full), with a sentence that names the file.
    """
    file_path = Path(path)
    if isinstance(preset_or_criteria, Preset):
        base = preset_or_criteria
    else:
        criteria = tuple(preset_or_criteria)
        default_name = name or {"es": file_path.stem, "en": file_path.stem}
        base = Preset(
            id=preset_slug(file_path.stem),
            name=default_name,
            criteria=criteria,
        )
    preset = Preset(
        id=preset_id if preset_id is not None else base.id,
        name=dict(name if name is not None else base.name),
        description=dict(description if description is not None else base.description),
        source=source if source is not None else base.source,
        starting_point=starting_point if starting_point is not None else base.starting_point,
        criteria=base.criteria,
        path=file_path,
    )
    data = preset.to_dict()
    # check exactly what will be read back
    checked = preset_from_dict(json.loads(json.dumps(data)), file=file_path.name, path=file_path)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    _write(file_path, text)
    return checked


def preset_slug(text: str) -> str:
    """``text`` as a kebab-case identifier: no accents, lower case, words joined by ``-``."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug or "preset"


def new_preset_path(folder: str | os.PathLike[str], name: str) -> Path:
    """A free file for a preset called ``name`` in ``folder``: ``slug.json``, ``slug-2.json``..."""
    directory = Path(folder)
    slug = preset_slug(name)
    candidate = directory / f"{slug}{_SUFFIX}"
    number = 2
    while candidate.exists():
        candidate = directory / f"{slug}-{number}{_SUFFIX}"
        number += 1
    return candidate


# -- helpers --------------------------------------------------------------------------------------
def _read_json(path: Path) -> Any:
    file = path.name
    try:
        size = path.stat().st_size
        if size > MAX_PRESET_BYTES:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The preset file {file} is too large ({size} bytes) to be a preset.",
                ),
                file=file,
                size=size,
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The preset file {file} could not be read ({detail})."),
            file=file,
            detail=_os_detail(error),
        ) from error
    try:
        # utf-8-sig: Windows Notepad may start a UTF-8 file with a byte-order mark
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages", "The preset file {file} is not UTF-8 text (byte {position})."
            ),
            file=file,
            position=error.start,
        ) from error
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The preset file {file} is not valid JSON: {detail} (line {line}, column "
                "{column}).",
            ),
            file=file,
            detail=error.msg,
            line=error.lineno,
            column=error.colno,
        ) from error
    except (ValueError, RecursionError) as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The preset file {file} is not valid JSON: {detail}."),
            file=file,
            detail=str(error) or type(error).__name__,
        ) from error


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _check_version(data: Mapping[str, Any], file: str) -> None:
    if "schema_version" not in data:
        raise _missing_field(file, "schema_version")
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise _field_error(file, "schema_version")
    if version != PRESET_SCHEMA_VERSION:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The preset file {file} has format version {version}; this program reads "
                "version {supported}.",
            ),
            file=file,
            version=version,
            supported=PRESET_SCHEMA_VERSION,
        )


def _text_field(data: Mapping[str, Any], key: str, file: str) -> dict[str, str]:
    """A bilingual text field: ``{"es": ..., "en": ...}`` (a plain string counts for both)."""
    if key not in data:
        if key == "description":
            return {}
        raise _missing_field(file, key)
    value = data[key]
    if isinstance(value, str):
        return {"es": value, "en": value}
    if isinstance(value, Mapping) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        return dict(value)
    raise _field_error(file, key)


def _criteria(data: Mapping[str, Any], file: str) -> tuple[Criterion, ...]:
    if "criteria" not in data:
        raise _missing_field(file, "criteria")
    entries = data["criteria"]
    if not isinstance(entries, list):
        raise _field_error(file, "criteria")
    if not entries:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The preset file {file} has no criteria."), file=file
        )
    criteria = tuple(_criterion(entry, number, file) for number, entry in enumerate(entries, 1))
    seen: set[str] = set()
    for criterion in criteria:
        if criterion.id in seen:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The preset file {file} uses the criterion identifier “{id}” twice.",
                ),
                file=file,
                id=criterion.id,
            )
        seen.add(criterion.id)
    return criteria


_KINDS: Final = tuple(kind.value for kind in CriterionKind)
_DIRECTIONS: Final = tuple(direction.value for direction in Direction)


def _criterion(entry: Any, number: int, file: str) -> Criterion:
    """Criterion ``number`` (1-based) of a preset file, checked before the model reads it."""

    def problem(template: str, **params: Any) -> InvalidInputError:
        return InvalidInputError(template, file=file, number=number, **params)

    if not isinstance(entry, Mapping):
        raise problem(
            QT_TRANSLATE_NOOP(
                "Messages", "The preset file {file}, criterion {number}: it is not an object."
            )
        )
    if not isinstance(entry.get("id"), str):
        raise problem(
            QT_TRANSLATE_NOOP(
                "Messages", "The preset file {file}, criterion {number} has no identifier (“id”)."
            )
        )
    if entry.get("kind", CriterionKind.NUMERIC.value) not in _KINDS:
        raise problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The preset file {file}, criterion {number}: the kind “{value}” is not one of "
                "{allowed}.",
            ),
            value=entry["kind"],
            allowed=", ".join(_KINDS),
        )
    if entry.get("direction", Direction.MAX.value) not in _DIRECTIONS:
        raise problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The preset file {file}, criterion {number}: the direction “{value}” is not one "
                "of {allowed}.",
            ),
            value=entry["direction"],
            allowed=", ".join(_DIRECTIONS),
        )
    levels = entry.get("levels", [])
    text_fields = [entry.get(key, {}) for key in ("name", "description", "unit")]
    text_fields += [lv.get("name", {}) for lv in levels if isinstance(lv, Mapping)]
    if (
        not isinstance(levels, list)
        or not all(isinstance(lv, Mapping) for lv in levels)
        or not all(_is_text(value) for value in text_fields)
    ):
        raise problem(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The preset file {file}, criterion {number}: its name, description, unit or "
                "levels are not written as the format requires.",
            )
        )
    numbers = [entry.get("accept_min"), entry.get("accept_max")]
    numbers += [lv.get("priority") for lv in levels]
    for value in numbers:
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise problem(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "The preset file {file}, criterion {number}: {value} is not a number (or "
                    "null).",
                ),
                value=value,
            )
    try:
        return criterion_from_dict(entry)
    except InvalidInputError as error:
        # the model's sentence names the criterion; say which file it is in
        raise problem(
            QT_TRANSLATE_NOOP("Messages", "The preset file {file}, criterion {number}: {detail}"),
            detail=str(error),
        ) from error


def _is_text(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, Mapping)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
    )


def _missing_field(file: str, key: str) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP("Messages", "The preset file {file} lacks the field “{field}”."),
        file=file,
        field=key,
    )


def _field_error(file: str, key: str) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP("Messages", "The preset file {file}: the field “{field}” is not valid."),
        file=file,
        field=key,
    )


def _os_detail(error: OSError) -> str:
    return error.strerror or str(error)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
    except InvalidInputError:
        raise  # read-only, or open in another program: atomic_write_text says so
    except OSError as error:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Messages", "The preset {file} could not be saved ({detail})."),
            file=path.name,
            detail=_os_detail(error),
        ) from error


__all__ = [
    "MAX_PRESET_BYTES",
    "PRESETS_DIR",
    "PRESET_SCHEMA_VERSION",
    "USER_PRESETS_ENV",
    "Preset",
    "PresetProblem",
    "load_preset",
    "load_presets",
    "new_preset_path",
    "preset_by_id",
    "preset_from_dict",
    "preset_slug",
    "save_preset",
    "user_presets_dir",
]
