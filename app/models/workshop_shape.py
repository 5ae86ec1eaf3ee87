"""The shape of a workshop's dictionary form, checked before it is read: every problem names the
file and the JSON key, never a Python internal.

A workshop file, a recovery file and a record's hidden sheet hold :meth:`Workshop.to_dict`'s form.
Edited by hand or by a script, it may hold a number where a list should be, or a table of values
of the wrong size; reading it then failed inside Python with messages such as "cannot reshape
array of size 0 into shape (12,9)" or "'int' object is not subscriptable" (issue 18).
:func:`check_shape` walks the form against :data:`SHAPE` and says which key is wrong and how;
:func:`check_version` tells a malformed format version from a newer one. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, Final

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

# What a key holds: a text (a number is taken as its text too), a number, a number or null, a
# yes/no value, a text in several languages (a text, or an object of texts), or a nested shape:
# an object (keys ending in "!" are required, "*" any key) or a list of one shape.
TEXT, NUMBER, OPTIONAL_NUMBER, BOOLEAN, TEXTS = "text", "number", "number?", "boolean", "texts"
#: A comparison: [a, b, value].
TRIPLE: Final = ("triple",)
#: A value of the change log (app.models.log): a text, a number, null, a list of values, or an
#: object: a name {"names": texts, "id": text}, a judgement {"judgement": number}, or a phrase
#: {"template": text, "params": {key: value}}.
LOG_VALUE: Final = ("log value",)
_LOG_OBJECTS: Final[Mapping[str, Mapping[str, Any]]] = {
    "judgement": {"judgement!": NUMBER},
    "template": {"template!": TEXT, "params": {"*": LOG_VALUE}},
    "names": {"names!": TEXTS, "id": TEXT},
}

SHAPE: Final[Mapping[str, Any]] = {
    "metadata": {
        "title": TEXT,
        "date": TEXT,
        "place": TEXT,
        "purpose": TEXT,
        "notice": TEXT,
        "facilitators": [TEXT],
        "participants": [{"name!": TEXT, "organisation": TEXT, "gender": TEXT}],
        "agreements": [{"action!": TEXT, "responsible": TEXT, "date": TEXT}],
        "chosen": [TEXT],
        "ranking_weights": TEXT,
    },
    "settings": {
        "missing": TEXT,
        "ahp_mode": TEXT,
        "top_k": NUMBER,
        "quotas": [{"value!": TEXT, "minimum": NUMBER, "maximum": OPTIONAL_NUMBER}],
        "selection_method": TEXT,
        "sampling": TEXT,
        "spread": NUMBER,
        "samples": NUMBER,
        "seed": NUMBER,
        "compare_methods": BOOLEAN,
    },
    "criteria": [
        {
            "id!": TEXT,
            "name": TEXTS,
            "description": TEXTS,
            "kind": TEXT,
            "direction": TEXT,
            "unit": TEXTS,
            "levels": [{"name": TEXTS, "priority": OPTIONAL_NUMBER}],
            "accept_min": OPTIONAL_NUMBER,
            "accept_max": OPTIONAL_NUMBER,
            "comparisons": [TRIPLE],
            "level_comparisons": [TRIPLE],
        }
    ],
    "communities": [{"id!": TEXT, "name!": TEXT, "region": TEXT, "notes": TEXT}],
    "values": [[OPTIONAL_NUMBER]],
    "groups": [
        {
            "id!": TEXT,
            "name!": TEXT,
            "weights": {"*": NUMBER},
            "judgements": [TRIPLE],
            "combination_weight": NUMBER,
            "weights_from_judgements": BOOLEAN,
        }
    ],
    "active_group": TEXT,
    "log": [
        {
            "time!": TEXT,
            "group": TEXT,
            "what": TEXT,
            "params": {"*": LOG_VALUE},
            "old": LOG_VALUE,
            "new": LOG_VALUE,
        }
    ],
}


def check_version(data: Mapping[str, Any], supported: int, file: str) -> int:
    """The format version of ``data`` (``schema_version``; absent: 0, refused as not a workshop).
    A version that is not a whole number of 1 or more is malformed, not newer: only a well-formed
    version above ``supported`` asks to update Priorizar."""
    raw = data.get("schema_version", 0)
    whole = (
        raw
        if isinstance(raw, int) and not isinstance(raw, bool)
        else int(raw)
        if isinstance(raw, float) and math.isfinite(raw) and raw.is_integer()
        else None
    )
    if whole is None or whole < 1:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”: the format version “{version}” (key “schema_version”) is not a valid "
                "version; the file is damaged or was not written by Priorizar.",
            ),
            file=file,
            version=str(raw)[:40],
            key="schema_version",
        )
    if whole > supported:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "This workshop file has format version {version}; this program reads "
                "version {supported}. Please update Priorizar.",
            ),
            version=whole,
            supported=supported,
            file=file,
        )
    return whole


def check_shape(data: Any, file: str) -> None:
    """Raise :class:`InvalidInputError` naming ``file`` and the first key of ``data`` whose value
    does not have the shape of :data:`SHAPE`, or a table of values whose size is not the number
    of communities times the number of criteria."""
    _check(data, SHAPE, "", file)
    rows = data.get("values", [])
    communities, criteria = len(data.get("communities", [])), len(data.get("criteria", []))
    if len(rows) != communities:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Messages",
                "“{file}”: the key “{key}” has {rows} rows of values, but the workshop has "
                "{communities} communities.",
            ),
            file,
            "values",
            rows=len(rows),
            communities=communities,
        )
    for i, row in enumerate(rows):
        if len(row) != criteria:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "“{file}”: the key “{key}” has {count} values, but the workshop has "
                    "{criteria} criteria.",
                ),
                file,
                f"values[{i}]",
                count=len(row),
                criteria=criteria,
            )


def _error(template: str, file: str, key: str, **params: Any) -> InvalidInputError:
    return InvalidInputError(template, file=file, key=key, **params)


def _check(value: Any, shape: Any, key: str, file: str) -> None:
    if isinstance(shape, Mapping):
        if not isinstance(value, Mapping):
            raise _wrong(value, key, file, "object")
        for name, inner in shape.items():
            bare = name.rstrip("!")
            if bare == "*":
                for k, v in value.items():
                    _check(v, inner, _join(key, str(k)), file)
            elif bare in value:
                _check(value[bare], inner, _join(key, bare), file)
            elif name.endswith("!"):
                raise _error(
                    QT_TRANSLATE_NOOP("Messages", "“{file}”: the key “{key}” is missing."),
                    file,
                    _join(key, bare),
                )
        return
    if isinstance(shape, list):
        if not isinstance(value, list):
            raise _wrong(value, key, file, "list")
        for index, item in enumerate(value):
            _check(item, shape[0], f"{key}[{index}]", file)
        return
    if shape == LOG_VALUE:
        _check_log_value(value, key, file)
        return
    if shape == TRIPLE:
        if not (isinstance(value, list) and len(value) == 3 and _is_number(value[2])):
            raise _wrong(value, key, file, "comparison")
        return
    if shape in (NUMBER, OPTIONAL_NUMBER):
        if (value is None and shape == OPTIONAL_NUMBER) or _is_number(value):
            return
        raise _wrong(value, key, file, "number")
    if shape == BOOLEAN:
        if value is None or isinstance(value, bool | int):
            return
        raise _wrong(value, key, file, "boolean")
    if shape == TEXTS and isinstance(value, Mapping):
        for k, v in value.items():
            _check(v, TEXT, _join(key, str(k)), file)
        return
    if value is None or (isinstance(value, str | int | float) and not isinstance(value, bool)):
        return
    raise _wrong(value, key, file, "text")


def _check_log_value(value: Any, key: str, file: str) -> None:
    """A value of the change log (:data:`LOG_VALUE`): an object is one of the three kinds, told
    by its key, and holds nothing else."""
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_log_value(item, f"{key}[{index}]", file)
        return
    if isinstance(value, Mapping):
        kind = next((name for name in _LOG_OBJECTS if name in value), None)
        allowed = set() if kind is None else {k.rstrip("!") for k in _LOG_OBJECTS[kind]}
        if kind is None or set(value) - allowed:
            raise _wrong(value, key, file, "text")
        _check(value, _LOG_OBJECTS[kind], key, file)
        return
    _check(value, TEXT, key, file)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return True
    if isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return False
        return True
    return False


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


def _wrong(value: Any, key: str, file: str, kind: str) -> InvalidInputError:
    """The error for ``value`` at ``key`` that is not of ``kind``: one literal template per kind,
    so that each is translated."""
    templates = {
        "object": QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”: the key “{key}” holds “{value}”, but it should hold named values ({{…}}).",
        ),
        "list": QT_TRANSLATE_NOOP(
            "Messages", "“{file}”: the key “{key}” holds “{value}”, but it should hold a list."
        ),
        "comparison": QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”: the key “{key}” holds “{value}”, but it should hold a comparison "
            "[first, second, value].",
        ),
        "number": QT_TRANSLATE_NOOP(
            "Messages", "“{file}”: the key “{key}” holds “{value}”, but it should hold a number."
        ),
        "boolean": QT_TRANSLATE_NOOP(
            "Messages",
            "“{file}”: the key “{key}” holds “{value}”, but it should hold true or false.",
        ),
        "text": QT_TRANSLATE_NOOP(
            "Messages", "“{file}”: the key “{key}” holds “{value}”, but it should hold a text."
        ),
    }
    shown = repr(value) if not isinstance(value, str) else value
    return _error(templates[kind], file, key or "(top)", value=shown[:60])


__all__ = ["SHAPE", "check_shape", "check_version"]
