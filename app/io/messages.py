"""Model messages (:class:`~app.models.errors.InvalidInputError`,
:class:`~app.models.analysis.Note`) in a given language without Qt, for files Priorizar
writes such as the decision record.

The interface translates a message's template with Qt and then fills in its fields. Files are
written by :mod:`app.io`, which has no Qt, so this module reads the same compiled translations
(``app/i18n/priorizar_<lang>.qm``, the file the interface loads) in pure Python: the ``Messages``
context of its messages block. English, a missing or unreadable file, or a template without a
translation give the English template: a message is never lost, at worst untranslated.

The ``.qm`` layout (Qt's ``translator.cpp``): a 16-byte magic number, then blocks of a tag byte
and a big-endian 32-bit length; the messages block (tag 0x69) is a sequence of records, each a
tag byte followed by its payload: 1 ends a message; 3 a translation (32-bit length, UTF-16BE);
6, 7, 8 the source text, context and comment (32-bit length, UTF-8); 5 four obsolete bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from app.models.errors import MESSAGES_CONTEXT
from app.models.text import in_language

I18N_DIR: Final = Path(__file__).resolve().parent.parent / "i18n"

_MAGIC: Final = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES_BLOCK: Final = 0x69
_END, _TRANSLATION, _OBSOLETE, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def message_text(template: str, params: Mapping[str, Any], lang: str) -> str:
    """``template`` translated into ``lang`` (``"es"``, ``"en"``) with ``params`` filled in, the
    criteria and levels they name in ``lang`` too (:func:`app.models.text.in_language`)."""
    translated = _catalogue(lang).get(template, template)
    fields = in_language(params, lang)
    try:
        return translated.format(**fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return template.format(**fields)


@lru_cache(maxsize=4)
def _catalogue(lang: str) -> Mapping[str, str]:
    """Source text -> translation of the ``Messages`` context of ``priorizar_<lang>.qm``."""
    if lang == "en" or not lang.isalpha():
        return {}
    try:
        content = (I18N_DIR / f"priorizar_{lang}.qm").read_bytes()
        return _parse(content)
    except (OSError, struct.error, UnicodeDecodeError, ValueError):
        return {}


def _parse(content: bytes) -> dict[str, str]:
    if not content.startswith(_MAGIC):
        raise ValueError("not a .qm file")
    found: dict[str, str] = {}
    position = len(_MAGIC)
    while position + 5 <= len(content):
        tag = content[position]
        (length,) = struct.unpack_from(">I", content, position + 1)
        start = position + 5
        if tag == _MESSAGES_BLOCK:
            found.update(_messages(content[start : start + length]))
        position = start + length
    return found


def _messages(block: bytes) -> dict[str, str]:
    found: dict[str, str] = {}
    translation: str | None = None
    source = context = b""
    position = 0
    while position < len(block):
        tag = block[position]
        position += 1
        if tag == _END:
            if context.decode("utf-8") == MESSAGES_CONTEXT and translation:
                found[source.decode("utf-8")] = translation
            translation, source, context = None, b"", b""
        elif tag == _OBSOLETE:
            position += 4
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            (length,) = struct.unpack_from(">I", block, position)
            position += 4
            if length == 0xFFFFFFFF:  # a null string
                continue
            payload = block[position : position + length]
            position += length
            if tag == _TRANSLATION and translation is None:  # the first (singular) form
                translation = payload.decode("utf-16-be")
            elif tag == _SOURCE:
                source = payload
            elif tag == _CONTEXT:
                context = payload
        else:
            raise ValueError(f"unknown .qm tag {tag}")
    return found


__all__ = ["message_text"]
