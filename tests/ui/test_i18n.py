"""The Spanish interface is complete, compiled, and switches at runtime, Qt's own texts too.

The completeness check extracts the strings from the code as ``python -m app.i18n.update``
does, so a new ``self.tr("…")`` without a Spanish translation fails here; the message lists
what to translate (see ``app/i18n/README.md``).
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, Qt
from PySide6.QtWidgets import QMessageBox

from app.i18n import update
from app.io.example import example_workshop
from app.models import edits
from app.models.errors import QT_TRANSLATE_NOOP, InvalidInputError
from app.ui import i18n
from app.ui.i18n import current_language, install_language
from app.ui.session import translated_error
from app.ui.shell.main_window import MainWindow, edit_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TS_FILE = update.ts_path("es")
QM_FILE = update.qm_path("es")

#: ``{name}`` fields for ``str.format``, ``%s``/``%n`` for ``%`` and Qt, ``%1``/``%L1`` for Qt.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|s|L?\d+)")
#: A keyboard mnemonic: "&" before a letter ("&&" is a literal ampersand).
_MNEMONIC = re.compile(r"(?<!&)&(?=[^&\s])")

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(ts_file: Path) -> dict[Key, ElementTree.Element]:
    messages = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def _translations(message: ElementTree.Element) -> list[str] | None:
    """The finished translation(s) of ``message`` (every plural form), or ``None``."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return None
    if message.get("numerus") == "yes":
        texts = [form.text or "" for form in translation.iter("numerusform")]
        return texts if len(texts) >= 2 and all(t.strip() for t in texts) else None
    text = translation.text or ""
    return [text] if text.strip() else None


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ElementTree.Element]:
    """Every translatable string of the code now, extracted by lupdate into a fresh file."""
    ts_file = tmp_path_factory.mktemp("i18n") / "priorizar_es.ts"
    update.lupdate(ts_file, quiet=True)
    return _messages(ts_file)


def test_the_extraction_finds_every_kind_of_mark(extracted: dict[Key, Any]) -> None:
    sources = {(context, source) for context, source, _ in extracted}
    assert ("MainWindow", "Fix as &baseline") in sources  # self.tr in a class
    assert ("RankingsView", "AHP: global priority") in sources  # QCoreApplication.translate
    assert ("Messages", "Every community is screened out: none to rank.") in sources  # models
    assert ("Edits", "Fix baseline") in sources  # edit labels
    assert any(message.get("numerus") == "yes" for message in extracted.values())


def test_every_string_has_a_finished_spanish_translation(extracted: dict[Key, Any]) -> None:
    committed = _messages(TS_FILE)
    missing = [
        f"[{context}] {source!r}" + (f" ({comment})" if comment else "")
        for (context, source, comment) in extracted
        if (context, source, comment) not in committed
        or _translations(committed[(context, source, comment)]) is None
    ]
    assert not missing, (
        f"{len(missing)} string(s) lack a finished Spanish translation in {TS_FILE.name}; "
        "run `python -m app.i18n.update` and translate them:\n  " + "\n  ".join(missing)
    )


def test_translations_keep_placeholders_and_one_mnemonic() -> None:
    wrong = []
    for (context, source, _), message in _messages(TS_FILE).items():
        for text in _translations(message) or []:
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                wrong.append(f"[{context}] {source!r} -> {text!r}: placeholders differ")
            if len(_MNEMONIC.findall(source)) != len(_MNEMONIC.findall(text)):
                wrong.append(f"[{context}] {source!r} -> {text!r}: mnemonics (&) differ")
    assert not wrong, "\n".join(wrong)


#: Words of the Spanish interface and the word each must not be mixed with: the window calls a
#: ranking "clasificación" (its title, the baseline, the record's sheets), so a message that says
#: "ranking" reads as a different thing to a participant.
_SPANISH_TERMS = {"clasificación": re.compile(r"\branking", re.IGNORECASE)}


def test_spanish_uses_one_word_for_each_idea() -> None:
    mixed = [
        f"[{context}] {text!r}: say {word!r}"
        for (context, _, _), message in _messages(TS_FILE).items()
        for text in _translations(message) or []
        for word, other in _SPANISH_TERMS.items()
        if other.search(text)
    ]
    assert not mixed, "\n".join(mixed)


def test_translators_see_no_developer_comments(extracted: dict[Key, Any]) -> None:
    """lupdate passes ``#:`` comments on to translators; this code base uses them to document
    constants (Sphinx), so update.py drops them."""
    for messages in (extracted, _messages(TS_FILE)):
        assert not [m for m in messages.values() if m.find("extracomment") is not None]


def test_no_translatable_text_hides_from_the_extraction() -> None:
    """lupdate reads only literal texts: ``self.tr(f"…")``, ``self.tr(name)`` or a ``tr`` call
    inside an f-string are silently left out (and stay English). Model templates are the
    exception: they are marked where they are written and translated by variable."""
    dynamic = []
    for path in update.source_files():
        tree = ast.parse((update.ROOT / path).read_text(encoding="utf-8"))
        in_fstring = {
            id(node)
            for joined in ast.walk(tree)
            if isinstance(joined, ast.JoinedStr)
            for node in ast.walk(joined)
        }
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "tr":
                context, text = None, node.args[0] if node.args else None
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
                context, text = node.args[0], node.args[1]
            else:
                continue
            where = f"{path}:{node.lineno}"
            if id(node) in in_fstring:
                dynamic.append(f"{where}: {name}() inside an f-string")
            if context is not None and not (
                isinstance(context, ast.Constant) and isinstance(context.value, str)
            ):
                dynamic.append(f"{where}: {name}() with a context that is not a literal")
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            marked_elsewhere = isinstance(context, ast.Constant) and context.value in (
                "Messages",
                "Edits",
            )
            if not literal and not marked_elsewhere:
                dynamic.append(f"{where}: {name}() of a text that is not a literal")
    assert not dynamic, (
        "lupdate cannot see these texts. Call self.tr or QCoreApplication.translate with a "
        "literal context and a literal template (then .format()), not through a helper such "
        "as _tr(text):\n" + "\n".join(dynamic)
    )


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "priorizar_es.qm"
    update.lrelease(TS_FILE, fresh, quiet=True)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), (
        "app/i18n/priorizar_es.qm is out of date: run `python -m app.i18n.update`"
    )


# -- at runtime ---------------------------------------------------------------------------------


@pytest.fixture
def english_afterwards(qapp: Any) -> Iterator[None]:
    """Other tests read English texts: whatever a test switches to, English comes back."""
    yield
    install_language("en")


@pytest.fixture
def window(qtbot: Any, english_afterwards: None) -> MainWindow:
    install_language("en")
    window = MainWindow(example_workshop())
    # closing must not ask about unsaved changes (a modal question would block the test)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.document.mark_saved())
    return window


def _visible_texts(window: MainWindow) -> dict[str, str]:
    data_model = window.data_editor.model
    return {
        "file menu": window.file_menu.title(),
        "presentation": window.presentation_action.text(),
        "results tab": window.tabs.tabText(0),
        "rankings title": window.rankings_view.topsis_title.text(),
        "normalise": window.weights_panel.normalise_button.text(),
        "data header": data_model.headerData(0, Qt.Orientation.Horizontal),
    }


def test_switching_the_language_retranslates_the_open_window(window: MainWindow, qapp: Any) -> None:
    english = _visible_texts(window)
    assert english["file menu"] == "&File"

    install_language("es")
    qapp.processEvents()
    assert current_language() == "es"
    spanish = _visible_texts(window)
    assert spanish["file menu"] == "&Archivo"
    assert spanish["presentation"] == "&Modo presentación"
    assert spanish["results tab"] == "&Resultados"
    assert "cercanía al ideal" in spanish["rankings title"]
    assert spanish["normalise"] == "&Normalizar a 100 %"
    assert spanish["data header"] == "Comunidad"

    install_language("en")
    qapp.processEvents()
    assert _visible_texts(window) == english


def test_quechua_falls_back_to_spanish(qapp: Any, english_afterwards: None) -> None:
    # windows closed by earlier tests go first: the main window's language menu offers only
    # Spanish and English, so it cannot show "qu" as the checked language
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    install_language("qu")
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"


def test_qt_dialog_buttons_are_spanish(english_afterwards: None) -> None:
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_translations / "qtbase_es.qm").is_file(), "PySide6 ships no qtbase_es.qm"
    install_language("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    box = QMessageBox()
    buttons = QMessageBox.StandardButton
    box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
    assert [box.button(b).text() for b in (buttons.Save, buttons.Discard, buttons.Cancel)] == [
        "Guardar",
        "Descartar",
        "Cancelar",
    ]


def test_model_messages_are_spanish(english_afterwards: None) -> None:
    install_language("es")
    error = InvalidInputError(QT_TRANSLATE_NOOP("Messages", "A community needs a name."))
    assert translated_error(error) == "La comunidad necesita un nombre."
    error = InvalidInputError(
        QT_TRANSLATE_NOOP("Messages", "There is no group “{group}”."), group="Cusco"
    )
    assert translated_error(error) == "No existe el grupo “Cusco”."
    install_language("en")
    assert translated_error(error) == "There is no group “Cusco”."


def test_criteria_named_by_messages_and_undo_texts_follow_the_interface_language(
    window: MainWindow, qapp: Any
) -> None:
    """The models leave a criterion's name to the reader: the same error and the same undo step
    name it in Spanish or in English as the interface switches (no display language is kept in
    the models)."""
    session = window.session
    column = 3  # "Variedades nativas" / "Native varieties", a numeric criterion
    errors: list[str] = []
    session.error.connect(errors.append)
    a, b = (c.id for c in session.workshop.communities[:2])
    name_a, name_b = (c.name for c in session.workshop.communities[:2])
    assert not session.apply(edits.set_comparison(column, a, b, 3.0))  # not judged pairwise
    session.apply(edits.update_criterion(column, session.workshop.criteria[column]))

    install_language("es")
    qapp.processEvents()
    assert not session.apply(edits.set_comparison(column, a, b, 3.0))
    assert errors == [
        f"Criterion Native varieties: the comparison {name_a} / {name_b} is not valid.",
        f"Criterio Variedades nativas: la comparación {name_a} / {name_b} no es válida.",
    ]
    assert edit_text(session.document.undo_edit) == "Editar criterio Variedades nativas"
    install_language("en")
    assert edit_text(session.document.undo_edit) == "Edit criterion Native varieties"


def test_spanish_numbers_have_no_comma_between_thousands(english_afterwards: None) -> None:
    """Peru writes a comma between thousands, which a reader of Spanish takes for a decimal
    comma ("10,000 muestras" reads as ten): thousands are not separated, decimals keep the
    point; English keeps its comma."""
    i18n.install_language("es")
    assert (i18n.format_number(10000, 0), i18n.format_number(1234.5, 1)) == ("10000", "1234.5")
    i18n.install_language("en")
    assert i18n.format_number(10000, 0) == "10,000"
