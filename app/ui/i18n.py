"""Interface language: Qt translators for our strings and Qt's own, switchable at runtime.

The language is Spanish when the system locale is Spanish, English otherwise, unless chosen. A
Quechua ("qu") interface falls back to Spanish for every string it lacks: its translator is
installed on top of the Spanish one (Qt asks the most recently installed translator first).
Widgets retranslate on ``QEvent.LanguageChange`` (the mixin
:class:`app.ui.retranslating.Retranslating`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent.parent / "i18n"
LANGUAGES = ("es", "en")

_state: dict[str, object] = {"language": "en", "translators": []}


def system_language() -> str:
    """``"es"`` when the system locale is Spanish (or Quechua), else ``"en"``."""
    code = QLocale.system().name().split("_")[0]
    return "es" if code in ("es", "qu") else "en"


def current_language() -> str:
    return str(_state["language"])


def install_language(language: str) -> None:
    """Install the translators for ``language`` (replacing earlier ones) and set the locale used
    for numbers. Sends ``LanguageChange`` to every widget, which retranslates itself."""
    app = QCoreApplication.instance()
    assert app is not None
    for translator in list(_state["translators"]):  # type: ignore[call-overload]
        app.removeTranslator(translator)
    translators: list[QTranslator] = []
    chain = {"es": ["es"], "qu": ["es", "qu"], "en": []}.get(language, [])
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for code in chain:
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{code}", qt_dir):
            translators.append(qt_translator)
        ours = QTranslator(app)
        if ours.load(f"priorizar_{code}", str(I18N_DIR)):
            translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    _state["translators"] = translators
    _state["language"] = language
    if language in ("es", "qu"):
        locale = QLocale(QLocale.Language.Spanish, QLocale.Country.Peru)
        # Peru writes 0.656 but a comma between thousands, which a reader of Spanish takes for a
        # decimal comma: 10,000 samples would read as ten. Thousands are not separated.
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    else:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)


def format_number(value: float, decimals: int = 3) -> str:
    """``value`` with the interface locale's decimal separator."""
    return QLocale().toString(float(value), "f", decimals)


def format_share(percent: float) -> str:
    """A share in percent as the weights show it: one decimal, locale separator, "23.5 %".

    The weights panel and the rank-order dialog both show shares. The text's translation
    context is the weights panel's, where it was written first."""
    return QCoreApplication.translate("WeightsPanel", "{value} %").format(
        value=format_number(percent, 1)
    )
