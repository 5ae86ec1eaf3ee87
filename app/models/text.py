"""Texts in several languages, and the names a model message leaves to its reader's language.

Texts that exist in several languages are ``{"es": ..., "en": ...}`` mappings (:data:`Text`);
:func:`localized` picks one with a fallback (a Quechua ``"qu"`` text falls back to Spanish).

The models never choose a language to show a name in. A message that names a criterion or a
verbal level (an :class:`~app.models.errors.InvalidInputError`, an edit's label, see
:class:`~app.models.document.Edit`) carries a :class:`Name`: the id and the names in every
language. Whoever shows the message puts it in the reader's language with :func:`in_language`:
the interface in the interface language (``app/ui/session.py`` ``translated_error``,
``app/ui/shell/main_window.py`` ``edit_text``), the decision record in the record's
(:func:`app.io.messages.message_text`). Formatted without a language (``str(error)``, the command
line, a log) a name is English, like the message templates themselves.

Pure Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

Text = Mapping[str, str]

#: Language fallbacks: a missing text in the first language is looked up in the next ones.
FALLBACKS: Final[Mapping[str, tuple[str, ...]]] = {
    "es": ("es", "en"),
    "en": ("en", "es"),
    "qu": ("qu", "es", "en"),
}

#: The language of a message formatted without one: English, the language of the templates.
DEFAULT_LANGUAGE: Final = "en"


def localized(text: Text, lang: str) -> str:
    """Return ``text`` in ``lang``, falling back as :data:`FALLBACKS` says, else any text."""
    for code in FALLBACKS.get(lang, (lang, "es", "en")):
        value = text.get(code)
        if value:
            return value
    return next((value for value in text.values() if value), "")


@dataclass(frozen=True)
class Name:
    """What a message names (a criterion, a verbal level): its ``id`` and its ``names`` in
    several languages, shown in the reader's language (:meth:`text`, :func:`in_language`).

    ``str()`` and ``format()`` give the English name (:data:`DEFAULT_LANGUAGE`), so a template
    filled without a language still reads as a sentence."""

    id: str
    names: Text = field(default_factory=dict)

    def text(self, lang: str) -> str:
        """The name in ``lang`` (with :func:`localized`'s fallback), else the id."""
        return localized(self.names, lang) or self.id

    def __str__(self) -> str:
        return self.text(DEFAULT_LANGUAGE)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


def joined(names: Iterable[Name], separator: str = ", ") -> Name:
    """Several names as one (``"Water, Health"``), in every language of :data:`FALLBACKS`."""
    items = tuple(names)
    return Name(
        separator.join(name.id for name in items),
        {lang: separator.join(name.text(lang) for name in items) for lang in FALLBACKS},
    )


def in_language(params: Mapping[str, Any], lang: str) -> dict[str, Any]:
    """A message's fields with every :class:`Name` in ``lang``, the others as they are."""
    return {
        key: value.text(lang) if isinstance(value, Name) else value for key, value in params.items()
    }
