"""The change log's entries in plain words, whatever language they are read in (issue 19).

A :class:`LogEntry` says when, in which group, what changed, from what to what. What changed is a
``Messages`` template (marked with :func:`~app.models.errors.QT_TRANSLATE_NOOP`, for example
``"Weight of {criterion}"``) with its fields; the values before and after are kept as what they
are, not as text: a number, a criterion's or a level's :class:`~app.models.text.Name`, a
:class:`Judgement`, a :class:`Phrase` (a translatable word such as "yes" or "ideal (x/max)", with
fields of its own), a literal text (a community's name) or a list of these. Whoever shows the log
(the decision record) puts it in the reader's language: names in that language, numbers with its
decimal mark, judgements as Saaty's fractions (``app/io/record/log_sheet.py``). Nothing a person
reads shows an internal id.

Entries written before the log was structured (``params`` None) hold plain texts, shown as they
are. :func:`value_to_json` and :func:`value_from_json` give the saved form of a value; a text of
the saved form is always a literal text, so an old entry reads back unchanged. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from app.models.text import Name

#: The group column of an entry made while the combined weight set was in use.
COMBINED_GROUP = ""


@dataclass(frozen=True)
class Judgement:
    """How many times one thing is more important (or better) than another, Saaty's 1/9..9:
    shown as ``"9"`` or ``"1/9"`` (a value off the scale as a number)."""

    value: float


@dataclass(frozen=True)
class Phrase:
    """A translatable text of the ``Messages`` context with its fields (log values too)."""

    template: str
    params: Mapping[str, LogValue] = field(default_factory=dict)


#: A value of the change log (see the module docstring); None is an empty cell.
LogValue = Union[str, int, float, Name, Judgement, Phrase, tuple["LogValue", ...], None]  # noqa: UP007


@dataclass(frozen=True)
class LogEntry:
    """One line of the change log: when, in which group, what changed, from what to what.

    ``group`` is the group's name (:data:`COMBINED_GROUP` for the combined weight set). ``what``
    is a ``Messages`` template filled with ``params``; an entry of an older file has ``params``
    None and ``what``, ``old`` and ``new`` as the texts it was saved with."""

    time: str
    group: str
    what: str
    old: LogValue = ""
    new: LogValue = ""
    params: Mapping[str, LogValue] | None = None

    @property
    def literal(self) -> bool:
        """Whether ``what`` is a plain text (an entry of an older file), not a template."""
        return self.params is None


def value_to_json(value: LogValue) -> Any:
    """The saved form of a log value: a text, a number, null, a list, or an object
    (``{"names": …}``, ``{"judgement": …}``, ``{"template": …, "params": …}``)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return None if isinstance(value, float) and not math.isfinite(value) else value
    if isinstance(value, Name):
        return {"names": dict(value.names), "id": value.id}
    if isinstance(value, Judgement):
        return {"judgement": value.value}
    if isinstance(value, Phrase):
        return {"template": value.template, "params": params_to_json(value.params)}
    return [value_to_json(item) for item in value]


def params_to_json(params: Mapping[str, LogValue]) -> dict[str, Any]:
    return {str(key): value_to_json(item) for key, item in params.items()}


def value_from_json(data: Any) -> LogValue:
    """A log value from its saved form (:func:`value_to_json`); the shape was checked before
    (:mod:`app.models.workshop_shape`)."""
    if data is None or isinstance(data, str):
        return data
    if isinstance(data, bool):
        return str(data)
    if isinstance(data, int | float):
        return data
    if isinstance(data, list):
        return tuple(value_from_json(item) for item in data)
    if "judgement" in data:
        return Judgement(float(data["judgement"]))
    if "template" in data:
        return Phrase(str(data["template"]), params_from_json(data.get("params") or {}))
    names = data.get("names") or {}
    return Name(str(data.get("id", "") or ""), {str(k): str(v) for k, v in names.items()})


def params_from_json(data: Mapping[str, Any]) -> dict[str, LogValue]:
    return {str(key): value_from_json(item) for key, item in data.items()}


def entry_to_json(entry: LogEntry) -> dict[str, Any]:
    """An entry's saved form; an entry of an older file keeps the keys it was saved with."""
    data: dict[str, Any] = {"time": entry.time, "group": entry.group, "what": entry.what}
    if entry.params is not None:
        data["params"] = params_to_json(entry.params)
    data["old"] = value_to_json(entry.old)
    data["new"] = value_to_json(entry.new)
    return data


def entry_from_json(data: Mapping[str, Any]) -> LogEntry:
    """An entry from its saved form: with ``params``, a template and typed values; without, an
    entry of an older file whose texts are shown as they are."""
    params = data.get("params")
    return LogEntry(
        time=str(data["time"]),
        group=str(data.get("group", "") or ""),
        what=str(data.get("what", "") or ""),
        old=value_from_json(data.get("old", "")),
        new=value_from_json(data.get("new", "")),
        params=None if params is None else params_from_json(params),
    )


def value_texts(value: LogValue) -> Iterable[str]:
    """Every text a log value holds (names in each language, templates): what the limits of
    :mod:`app.models.limits` count."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, Name):
        yield value.id
        yield from value.names.values()
    elif isinstance(value, Phrase):
        yield value.template
        for item in value.params.values():
            yield from value_texts(item)
    elif isinstance(value, tuple):
        for item in value:
            yield from value_texts(item)


__all__ = [
    "COMBINED_GROUP",
    "Judgement",
    "LogEntry",
    "LogValue",
    "Phrase",
    "entry_from_json",
    "entry_to_json",
    "value_from_json",
    "value_texts",
    "value_to_json",
]
