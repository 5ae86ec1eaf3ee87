"""Errors raised by the models; every message is a plain sentence for the user.

Messages are written in English as templates with named fields, for example
``"Community {community}, criterion {criterion}: {value} is not a number."``. The interface
translates the template (it is marked with :func:`QT_TRANSLATE_NOOP`, which Qt's ``lupdate`` finds
by name) and then fills in the fields, so the models stay free of Qt. A field that names a
criterion or a verbal level is a :class:`~app.models.text.Name`, which the reader shows in its
own language (:func:`app.models.text.in_language`); the models choose no display language.
"""

from __future__ import annotations

from typing import Any

#: Translation context of model messages, shared with the interface.
MESSAGES_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark ``text`` for translation in ``context`` without translating it (see Qt's macro)."""
    return text


class InvalidInputError(ValueError):
    """Input that a computation cannot take; the message names where the problem is.

    ``template`` is the untranslated message with ``{name}`` fields, ``params`` fills them.
    ``str(error)`` is the English sentence.
    """

    def __init__(self, template: str, /, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)
