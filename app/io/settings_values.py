"""Settings read with bounds: a value out of range or not a number falls back to the default,
with a note for the person, and never stops the window (issue 18: ``autosave/seconds`` set to
``99999999999`` made QTimer raise OverflowError and the window did not open).

The window reads its settings with Qt (QSettings: a text in an INI file, the registry's value on
Windows, whatever a person or a script put there) and hands the raw value to the functions here,
which hold the rules and the messages. Pure Python, no Qt.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Final

from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError

#: The autosave interval (``autosave/seconds``): the default, and the range (0 turns autosave off;
#: at most a day, well within Qt's timer, whose interval in milliseconds is a 32-bit int).
AUTOSAVE_KEY: Final = "autosave/seconds"
AUTOSAVE_DEFAULT: Final = 60
AUTOSAVE_MAX: Final = 86_400


@dataclass(frozen=True)
class BoundedSetting:
    """A setting's value within its bounds, and the note to show when the value read was not
    (None when it was)."""

    value: int
    note: InvalidInputError | None = None


def bounded_int(raw: object, *, key: str, default: int, low: int, high: int) -> BoundedSetting:
    """``raw`` (what the settings hold: a number, a text, None when absent) as a whole number in
    ``low .. high``; the default with a note for anything else (a text, a fraction, infinity, a
    number out of range). An absent setting is the default, without a note."""
    if raw is None or raw == "":
        return BoundedSetting(default)
    number = _whole_number(raw)
    if number is not None and low <= number <= high:
        return BoundedSetting(number)
    return BoundedSetting(
        default,
        InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "The setting “{key}” is “{value}”, not a whole number from {low} to {high}; "
                "{default} is used instead.",
            ),
            key=key,
            value=str(raw)[:40],
            low=low,
            high=high,
            default=default,
        ),
    )


def autosave_seconds(raw: object) -> BoundedSetting:
    """The autosave interval in seconds from the raw ``autosave/seconds`` setting (0: off)."""
    return bounded_int(raw, key=AUTOSAVE_KEY, default=AUTOSAVE_DEFAULT, low=0, high=AUTOSAVE_MAX)


def _whole_number(raw: object) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, float):
        return int(raw) if math.isfinite(raw) and raw.is_integer() else None
    text = str(raw).strip()
    try:
        return int(text)
    except ValueError:
        pass
    try:
        number = float(text)
    except (ValueError, OverflowError):
        return None
    return int(number) if math.isfinite(number) and number.is_integer() else None


__all__ = [
    "AUTOSAVE_DEFAULT",
    "AUTOSAVE_KEY",
    "AUTOSAVE_MAX",
    "BoundedSetting",
    "autosave_seconds",
    "bounded_int",
]
