"""Languages Studio Desk speaks, and locale formatting through Babel."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from decimal import Decimal

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.lists import format_list as babel_format_list
from babel.numbers import format_decimal, format_percent as babel_percent, get_decimal_symbol

from studio_app.files.resources import resource_path
from . import countries
from .casing import fold, lower, upper

__all__ = ["LANGUAGES", "LANGUAGE_NAMES", "document_labels", "document_texts", "fold", "format_date", "format_hours", "format_list",
           "format_number", "format_percent", "label", "locale_for", "lower", "plural_category", "plural_label",
           "upper"]

LANGUAGES: tuple[str, ...] = ("en", "tr", "el", "ms")
LANGUAGE_NAMES = {"en": "English", "tr": "Türkçe", "el": "Ελληνικά", "ms": "Bahasa Melayu"}
_LOCALES = {"en": "en_GB", "tr": "tr_TR", "el": "el_GR", "ms": "ms_MY"}


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "en_GB")


def format_date(value: dt.date | None, language: str = "en", style: str = "medium") -> str:
    return "" if value is None else babel_format_date(value, format=style, locale=locale_for(language))


def format_number(value: Decimal | int, language: str = "en") -> str:
    return format_decimal(value, locale=locale_for(language))


def document_texts(language: str) -> dict:
    """Labels and contract clauses for documents in ``language`` (``resources/texts/<lang>.json``),
    falling back to English for anything a studio's edited file leaves out."""
    return _document_texts(language if language in LANGUAGES else "en")


@lru_cache(maxsize=None)
def _document_texts(language: str) -> dict:
    english = json.loads(resource_path("texts", "en.json").read_text(encoding="utf-8"))
    own_path = resource_path("texts", f"{language}.json")
    if language == "en" or not own_path.exists():
        return english
    own = json.loads(own_path.read_text(encoding="utf-8"))
    merged = {**english, **own}
    merged["labels"] = {**english.get("labels", {}), **own.get("labels", {})}
    return merged


def document_labels(language: str, country: object = "") -> dict[str, str]:
    """The labels of a document in ``language`` sent by a studio in ``country``: tax notes and tax names follow
    the studio's law (``country_labels`` in the texts: 'EU' or 'non_EU', then 'TR', 'GR', 'MY')."""
    return _document_labels(language if language in LANGUAGES else "en", countries.code(country))


@lru_cache(maxsize=64)
def _document_labels(language: str, country: str) -> dict[str, str]:
    texts = document_texts(language)
    own = texts.get("country_labels", {})  # each language writes its own: an English note never stands in
    labels = dict(texts.get("labels", {}))
    for group in countries.law_groups(country):
        labels.update(own.get(group, {}))
    return labels


def label(language: str, key: str, **values: object) -> str:
    """A sentence the app writes on a document or in the client's log, in ``language``: the document
    texts' ``labels`` entry, placeholders filled."""
    template = document_texts(language).get("labels", {}).get(key, key)
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):
        return template


def format_percent(value: Decimal | str, language: str = "en") -> str:
    """'30%', '%30' in Turkish: the locale's own pattern, 7.5 kept as 7.5 — the one percent style of a
    document (documents.formatting uses the same Babel call)."""
    return _percent(str(value), locale_for(language))


@lru_cache(maxsize=256)
def _percent(value: str, locale: str) -> str:
    return babel_percent(Decimal(value) / 100, locale=locale, decimal_quantization=False)


def format_hours(value: Decimal | int, language: str = "en") -> str:
    """'1.50' / '1,50' hours with the locale's decimal sign, always two decimals."""
    return format_decimal(Decimal(value), format="#,##0.00", locale=locale_for(language))


def format_list(items: list[str], language: str = "en") -> str:
    """Several numbers or amounts in one sentence: the locale's list pattern, and '; ' where the comma is the
    decimal sign (so '1.200,00 €, 300,00 €' never reads as one number)."""
    items = [item for item in items if item]
    if get_decimal_symbol(locale_for(language)) == "," and any(any(c.isdigit() for c in i) for i in items):
        return "; ".join(items)
    return babel_format_list(items, locale=locale_for(language)) if items else ""


def plural_category(count: int, language: str = "en") -> str:
    """CLDR's plural category of ``count`` in ``language``: 'one' or 'other' for our four languages."""
    return Locale.parse(locale_for(language)).plural_form(abs(count))


def plural_label(language: str, key: str, count: int, **values: object) -> str:
    """The label ``key_zero`` for none (a sentence, not '0 rounds'), else ``key_one`` / ``key_other`` by CLDR's
    plural rule, with ``{count}`` filled."""
    labels = document_texts(language).get("labels", {})
    candidates = ([f"{key}_zero"] if count == 0 else []) + [f"{key}_{plural_category(count, language)}",
                                                             f"{key}_other"]
    chosen = next((c for c in candidates if c in labels), f"{key}_other")
    return label(language, chosen, count=count, **values)
