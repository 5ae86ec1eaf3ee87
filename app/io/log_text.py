"""The change log in the reader's language and in plain words (see :mod:`app.models.log`).

An entry's template is translated and filled like any model message
(:func:`app.io.messages.message_text`); its values are shown as a person writes them in that
language: names in the language, numbers with its decimal mark and no thousands separator,
judgements as Saaty's fractions (``"9"``, ``"1/9"``), words translated, lists one after the other.
An entry of an older file (no template) shows its texts as they were saved. Pure Python, no Qt.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Mapping
from typing import Final, NamedTuple

import numpy as np

from app.io.messages import message_text
from app.models.log import Judgement, LogEntry, LogValue, Phrase
from app.models.text import Name

#: Languages that write a decimal comma (the record's Spanish; Quechua reads Spanish).
_DECIMAL_COMMA: Final = frozenset({"es", "qu"})
#: A time as the edits write it (ISO 8601, to the second), shown with a space for the "T".
_ISO_TIME: Final = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)")
#: How near a judgement is to a whole number or its reciprocal to be shown as one: 1/9 saved
#: with six digits (0.111111) is still 1/9.
_ON_SCALE: Final = 1e-4
#: How the items of a list (the participants, the quotas) are separated.
LIST_SEPARATOR: Final = "; "


class LogTexts(NamedTuple):
    """One entry of the change log as the reader reads it."""

    time: str
    group: str
    what: str
    old: str
    new: str


def number_text(value: float, lang: str) -> str:
    """``value`` with the decimal mark of ``lang``, at most six significant digits, no exponent
    and no thousands separator (``"0,5"``, ``"1234"``)."""
    if not math.isfinite(value):
        return ""
    if float(value).is_integer() and abs(value) < 1e15:
        text = str(int(value))
    elif abs(value) >= 1:
        text = format(value, ".6g")
        if "e" in text:  # a million or more: every whole digit, six decimals at most
            text = format(value, ".6f").rstrip("0").rstrip(".")
    else:  # six significant digits after the zeros: 0.0000001, never 1e-07
        text = np.format_float_positional(
            value, precision=6, unique=False, fractional=False, trim="-"
        )
    return text.replace(".", ",") if lang in _DECIMAL_COMMA else text


def judgement_text(value: float, lang: str) -> str:
    """A judgement on Saaty's scale: ``"5"``, ``"1"``, ``"1/5"``; off the scale a number."""
    if value <= 0 or not math.isfinite(value):
        return number_text(value, lang)
    if value >= 1.0:
        whole = round(value)
        return str(whole) if abs(value - whole) < _ON_SCALE * whole else number_text(value, lang)
    inverse = 1.0 / value
    whole = round(inverse)
    return f"1/{whole}" if abs(inverse - whole) < _ON_SCALE * whole else number_text(value, lang)


def value_text(value: LogValue, lang: str) -> str:
    """A value of the change log in ``lang`` (see the module docstring)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return number_text(value, lang)
    if isinstance(value, Name):
        return value.text(lang)
    if isinstance(value, Judgement):
        return judgement_text(value.value, lang)
    if isinstance(value, Phrase):
        return phrase_text(value.template, value.params, lang)
    return LIST_SEPARATOR.join(value_text(item, lang) for item in value)


def phrase_text(template: str, params: Mapping[str, LogValue], lang: str) -> str:
    """``template`` translated into ``lang`` and filled with ``params`` shown in ``lang``. A
    template that asks for anything but its fields by name (a file edited by hand: a field it
    does not have, ``{0}``, ``{a.b}``, ``{a!r}``, a lone brace) is shown as it is."""
    fields = {str(k): value_text(v, lang) for k, v in params.items()}
    if not _fills(template, fields):
        return template
    return message_text(template, fields, lang)


def _fills(template: str, fields: Mapping[str, str]) -> bool:
    """Whether ``template`` names only fields of ``fields``, plainly (no index, attribute,
    conversion or format)."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        return False
    return all(
        name is None or (name in fields and not spec and conversion is None)
        for _, name, spec, conversion in parts
    )


def entry_texts(entry: LogEntry, lang: str, combined: str) -> LogTexts:
    """``entry`` in ``lang``; ``combined`` names the combined weight set (the group of an entry
    made while it was in use)."""
    what = entry.what if entry.params is None else phrase_text(entry.what, entry.params, lang)
    return LogTexts(
        time=_ISO_TIME.sub(r"\1 \2", entry.time),
        group=entry.group or combined,
        what=what,
        old=value_text(entry.old, lang),
        new=value_text(entry.new, lang),
    )


__all__ = [
    "LIST_SEPARATOR",
    "LogTexts",
    "entry_texts",
    "judgement_text",
    "number_text",
    "phrase_text",
    "value_text",
]
