"""Languages Studio Desk speaks, and locale formatting through Babel."""

from __future__ import annotations

import datetime as dt
import json
from functools import lru_cache
from decimal import Decimal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_decimal, format_percent as babel_percent

from studio_app.files.resources import resource_path

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


def label(language: str, key: str, **values: object) -> str:
    """A sentence the app writes on a document or in the client's log, in ``language``: the document
    texts' ``labels`` entry, placeholders filled."""
    template = document_texts(language).get("labels", {}).get(key, key)
    try:
        return template.format(**values) if values else template
    except (KeyError, IndexError, ValueError):
        return template


def format_percent(value: Decimal | str, language: str = "en") -> str:
    """'30 %', '%30' in Turkish: the locale's own pattern, 7.5 kept as 7.5."""
    return babel_percent(Decimal(value) / 100, locale=locale_for(language), decimal_quantization=False)
