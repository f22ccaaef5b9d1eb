"""The interface language: Qt translators for ui/ strings, and the core's messages in the same language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from studio_app.errors import StudioError
from studio_app.resources import resource_path
from ui import formatting

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> None:
    """Load ``resources/translations/studio_desk_<language>.qm`` (English needs none)."""
    formatting.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(formatting.language()))
    if language == "en":
        return
    translator = QTranslator(app)
    qm = resource_path("translations", f"studio_desk_{language}.qm")
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)


def error_text(exc: StudioError) -> str:
    """A service's refusal in the interface language (the core keeps its own message catalogs)."""
    try:
        from studio_app import messages
    except ImportError:
        return exc.message
    return messages.translate(exc, formatting.language())
