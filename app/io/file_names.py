"""A file name made from a title a person typed: the same on every system the record travels to.

Windows refuses ``< > : " / \\ | ? *`` and control characters in a name, a name that ends with a
dot or a space, and a few device names (CON, PRN, AUX, NUL, COM1-9, LPT1-9); a workshop's title
("Selección: Q'eros / Cotabambas") may hold any of them. :func:`file_name_for` replaces each such
character with a dash, trims the ends and keeps names short enough for any file system. Accents,
ñ and the apostrophe of Quechua names stay.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

#: At most this many characters (the suffix is added after): a path stays well inside Windows'
#: 260 characters, and a name fits a phone's screen.
MAX_LENGTH: Final = 80
_FORBIDDEN: Final = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_DEVICES: Final = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{name}{k}" for name in ("COM", "LPT") for k in range(1, 10)}
)


def file_name_for(title: str, fallback: str) -> str:
    """A name for a file of ``title`` (without a suffix); ``fallback`` when nothing is left."""
    name = unicodedata.normalize("NFC", title)
    name = _FORBIDDEN.sub(" - ", name)
    name = " ".join(name.split())  # line ends, tabs and runs of spaces: one space
    name = re.sub(r"(\s*-\s*)+", " - ", name)
    name = name[:MAX_LENGTH].strip(" .-")
    if not name or name.split(".")[0].upper() in _DEVICES:
        return fallback
    return name


__all__ = ["MAX_LENGTH", "file_name_for"]
