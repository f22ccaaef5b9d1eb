"""Numbers, money, percentages and dates in the document's language, from Babel's locale data.

Table cells are formatted with the locale's symbols read from Babel once per locale, because a
Babel call per cell costs 30 µs and a 40-line invoice has 160 of them; the result is the same
string money.format_plain gives (a test holds them equal).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import get_decimal_symbol, get_group_symbol, get_minus_sign_symbol

from studio_app import money
from studio_app.text.i18n import format_date, format_percent, locale_for


class Formatter:
    def __init__(self, language: str, currency: str) -> None:
        self.language = language
        self.locale = locale_for(language)
        self.currency = currency
        self.digits = money.minor_digits(currency)
        self._symbols = _symbols(self.locale)

    def _localise(self, text: str) -> str:
        return text.translate(self._symbols)

    def plain(self, minor: int) -> str:
        """1.234,56 in Greek: a money column under a currency header."""
        if type(minor) is not int:
            return self._localise(f"{money.to_major(minor, self.currency):,.{self.digits}f}")
        return self._localise(plain_digits(minor, self.digits))

    def price(self, minor: object) -> str:
        """A unit price, finer than the minor unit where it is (0,125)."""
        return self._localise(_price(str(minor), self.digits))

    def money(self, minor: int) -> str:
        """With the currency sign where the locale puts it: '1.234,56 €'."""
        return _money(minor, self.currency, self.locale)

    def quantity(self, value: str | Decimal) -> str:
        return self._localise(_quantity(value) if type(value) is str else f"{Decimal(value).normalize():,f}")

    def percent(self, value: str | Decimal) -> str:
        """The one percent style of the language (i18n.format_percent): '30%', '%30' in Turkish."""
        return format_percent(str(value), self.language)

    def country(self, code: str) -> str:
        """The country's name in the document's language ('Türkiye', 'Ηνωμένο Βασίλειο'); the code when Babel has
        no name for it."""
        return _territories(self.locale).get(code, code) if code else ""

    def date(self, iso: str | None, style: str = "medium") -> str:
        return _date(iso, self.language, style) if iso else ""


def plain_digits(minor: int, digits: int) -> str:
    """``f"{Decimal(minor).scaleb(-digits):,.{digits}f}"`` in integers (a long invoice formats 5,000 of them)."""
    major, fraction = divmod(-minor if minor < 0 else minor, 10 ** digits)
    text = f"-{major:,}" if minor < 0 else f"{major:,}"
    return f"{text}.{fraction:0{digits}d}" if digits else text


@lru_cache(maxsize=4096)
def _quantity(value: str) -> str:
    """A line's quantity as typed ("2", "1.50"), normalised: the same few come back on every line."""
    return f"{Decimal(value).normalize():,f}"


@lru_cache(maxsize=4096)
def _price(minor: str, digits: int) -> str:
    value = Decimal(minor).scaleb(-digits)
    shown = max(digits, -money.canonical(value).as_tuple().exponent)
    return f"{value:,.{shown}f}"


def _symbols(locale: str) -> dict[int, str]:
    return _symbol_table(locale)


@lru_cache(maxsize=None)
def _symbol_table(locale: str) -> dict[int, str]:
    return str.maketrans({",": get_group_symbol(locale), ".": get_decimal_symbol(locale),
                          "-": get_minus_sign_symbol(locale)})


@lru_cache(maxsize=4096)
def _money(minor: int, currency: str, locale: str) -> str:
    return money.format_money(minor, currency, locale)


@lru_cache(maxsize=1024)
def _date(iso: str, language: str, style: str) -> str:
    return format_date(dt.date.fromisoformat(iso[:10]), language, style)


@lru_cache(maxsize=8)
def _territories(locale: str) -> dict[str, str]:
    return dict(Locale.parse(locale).territories)
