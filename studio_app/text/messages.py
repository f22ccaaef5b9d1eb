"""Translations of the messages that services raise (:class:`~studio_app.text.errors.StudioError`).

A service raises ``StudioError("There is no invoice numbered {number}.", number=...)``: the English
template is the key, ``resources/messages/<lang>.json`` maps it to the translation with the same
``{placeholders}``. The GUI shows ``translate(exc, language)``; anything a catalog lacks (or gets wrong)
falls back to the English message, so a missing translation never hides an error.

``tools/extract_messages.py`` keeps the catalogs in step with the code.
"""

from __future__ import annotations

import json
import re
import string
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .errors import StudioError
from studio_app.files.resources import resource_path

#: The languages with a message catalog; English is the templates themselves.
CATALOG_LANGUAGES: tuple[str, ...] = ("tr", "el", "ms")


#: The params that name a field ("Payment date", "Line 2: quantity"): translated along with the message.
LABEL_PARAMS = ("label", "where")
#: The params that carry a word of the program (a document kind, a status): translated when the catalog knows it,
#: so a Turkish message never reads "Bu belge (invoice)" or "durumu: declined".
WORD_PARAMS = ("kind", "what", "status")
_LINE = re.compile(r"Line (\d+)(?:: (.+))?")


def field_label(text: str) -> str:
    """Marks a field label kept in a table or passed to a helper, so the catalogs include it; returns it as is.
    (Labels given straight to ``text.clean``, ``money.parse_amount`` and the like are found without it.)"""
    return text


def translate(exc: StudioError, language: str, *, line: str | None = None) -> str:
    """``exc``'s message in ``language`` ("tr", "el", "ms", "en"; "tr_TR"/"tr-TR" work too).

    ``line`` replaces "Line N" in the field's name, for a form that checks one line at a time ("This line").
    """
    template = getattr(exc, "template", None)
    if not isinstance(template, str):
        return str(exc)
    table = catalog(language)
    params = {key: translate(value, language, line=line) if isinstance(value, StudioError)  # a reason given
              else _label(value, table, line) if key in LABEL_PARAMS
              else _word(value, table) if key in WORD_PARAMS else value     # by a nested error
              for key, value in (getattr(exc, "params", None) or {}).items()}
    translation = table.get(template, template)
    try:
        # the same rule as StudioError.message: a template without params is shown as written
        return translation.format(**params) if params else translation
    except (KeyError, IndexError, ValueError, AttributeError):
        return exc.message  # a broken translation must not hide the error itself


def _word(value: object, table: Mapping[str, str]) -> object:
    return table.get(value, value) if isinstance(value, str) and value in WORDS else value


def _label(value: object, table: Mapping[str, str], line: str | None) -> object:
    """A field's name in the catalog's language: "Payment date", or "Line 2: quantity" from its two parts."""
    if not isinstance(value, str):
        return value
    found = _LINE.fullmatch(value)
    if not found:
        return table.get(value, value)
    name = line or table.get("Line {number}", "Line {number}").format(number=found[1])
    return name if found[2] is None else f"{name}: {table.get(found[2], found[2])}"


#: Program words a message may insert (document kinds, statuses), marked so the catalogs include them.
WORDS = frozenset((
    field_label("quote"), field_label("contract"), field_label("invoice"), field_label("project"), field_label("client"),
    field_label("draft"), field_label("issued"), field_label("accepted"), field_label("declined"), field_label("signed"),
    field_label("lead"), field_label("quoted"), field_label("active"), field_label("delivered"), field_label("closed"),
    field_label("lost"),
))


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
