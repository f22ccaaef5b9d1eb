"""Translations of the messages that services raise (:class:`~studio_app.errors.StudioError`).

A service raises ``StudioError("There is no invoice numbered {number}.", number=...)``: the English
template is the key, ``resources/messages/<lang>.json`` maps it to the translation with the same
``{placeholders}``. The GUI shows ``translate(exc, language)``; anything a catalog lacks (or gets wrong)
falls back to the English message, so a missing translation never hides an error.

``tools/extract_messages.py`` keeps the catalogs in step with the code.
"""

from __future__ import annotations

import json
import string
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .errors import StudioError
from .resources import resource_path

#: The languages with a message catalog; English is the templates themselves.
CATALOG_LANGUAGES: tuple[str, ...] = ("tr", "el", "ms")


def translate(exc: StudioError, language: str) -> str:
    """``exc``'s message in ``language`` ("tr", "el", "ms", "en"; "tr_TR"/"tr-TR" work too)."""
    template = getattr(exc, "template", None)
    if not isinstance(template, str):
        return str(exc)
    params = getattr(exc, "params", None) or {}
    translation = catalog(language).get(template)
    if translation:
        try:
            # the same rule as StudioError.message: a template without params is shown as written
            return translation.format(**params) if params else translation
        except (KeyError, IndexError, ValueError, AttributeError):
            pass  # a broken translation must not hide the error itself
    return exc.message


def catalog(language: str) -> Mapping[str, str]:
    """Template → translation for ``language`` (empty for English and unknown languages); only
    non-empty translations whose placeholders match their template are included."""
    return _catalog(_base_language(language))


def placeholders(text: str) -> set[str]:
    """The names ``str.format`` fills in ``text``: ``{name}``, ``{name!r}``, ``{name:>4}``, ``{a.b}`` → ``a``."""
    names = set()
    for _literal, field_name, _spec, _conversion in string.Formatter().parse(text):
        if field_name is not None:
            names.add(field_name.split(".", 1)[0].split("[", 1)[0])
    return names


def reload() -> None:
    """Forget the loaded catalogs (after a catalog file was edited while running)."""
    _catalog.cache_clear()


def _base_language(language: str) -> str:
    return (language or "").replace("-", "_").split("_", 1)[0].lower()


@lru_cache(maxsize=None)
def _catalog(language: str) -> Mapping[str, str]:
    if language not in CATALOG_LANGUAGES:
        return MappingProxyType({})
    try:
        raw = json.loads(resource_path("messages", f"{language}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return MappingProxyType({})
    usable = {}
    for template, translation in raw.items() if isinstance(raw, dict) else ():
        if not (isinstance(template, str) and isinstance(translation, str) and translation.strip()):
            continue
        try:
            if placeholders(translation) == placeholders(template):
                usable[template] = translation
        except ValueError:  # unbalanced braces in the translation
            continue
    return MappingProxyType(usable)
