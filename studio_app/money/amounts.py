"""Amounts: integer minor units per ISO currency, parsed from what a person types, formatted per locale, rounded half-up."""

from __future__ import annotations

import copy
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache

from babel import Locale
from babel.numbers import format_decimal, get_currency_precision, is_currency

from studio_app.text.errors import StudioError

HUNDRED = Decimal(100)
MAX_MAJOR = Decimal("1000000000")  # one billion in major units: beyond any design invoice
_AMOUNT_CHARS = re.compile(r"^-?[0-9.,]+$")


# ISO 4217 codes that are not money a client pays in: precious metals, fund units, testing, "no currency".
_NOT_MONEY = {"XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD", "XTS", "XXX"}


def check_currency(code: object, *, field: str | None = "currency") -> str:
    """Return the upper-case ISO 4217 code, or refuse an unknown one."""
    text = str(code or "").strip().upper()
    if text in _CHECKED:
        return text
    if len(text) != 3 or not text.isalpha() or not is_currency(text) or text in _NOT_MONEY:
        raise StudioError("“{code}” is not a currency code (use an ISO code such as EUR, TRY or MYR).",
                          field=field, code=str(code or "")[:20])
    _CHECKED.add(text)  # Babel's list costs more than the rest of a client form (an import asks 10,000 times)
    return text


_CHECKED: set[str] = set()


# ISO 4217 minor units where CLDR (Babel) gives the cash rounding instead: invoices in HUF have fillér
# (2 decimals) though coins stop at the forint; IQD has 3 decimals.
_ISO_MINOR_UNITS = {"AFN": 2, "ALL": 2, "COP": 2, "HUF": 2, "IDR": 2, "IQD": 3, "IRR": 2, "KPW": 2, "LAK": 2,
                    "LBP": 2, "MGA": 2, "MMK": 2, "MRU": 2, "SLL": 2, "SOS": 2, "STN": 2, "SYP": 2, "YER": 2}


@lru_cache(maxsize=512)
def minor_digits(currency: str) -> int:
    """Decimal places of the currency under ISO 4217: 2 for EUR and HUF, 0 for JPY, 3 for KWD."""
    return _ISO_MINOR_UNITS.get(currency, get_currency_precision(currency))


def to_major(minor: int, currency: str) -> Decimal:
    return Decimal(minor).scaleb(-minor_digits(currency))


def to_minor(amount: Decimal, currency: str) -> int:
    """Convert an exact major-unit amount; refuses more decimals than the currency has."""
    scaled = amount.scaleb(minor_digits(currency))
    if scaled != scaled.to_integral_value():
        raise StudioError("{currency} amounts have at most {digits} decimal places.",
                          currency=currency, digits=minor_digits(currency))
    return int(scaled)


def parse_amount(text: object, currency: str, label: str = "Amount", *, allow_negative: bool = False,
                 field: str | None = None) -> int:
    """Read an amount as a person types it ('1190', '1.190,00', '1,190.00', '12,5') into minor units."""
    amount = _parse_major(text, currency, label, allow_negative=allow_negative, field=field)
    try:
        return to_minor(amount, currency)
    except StudioError as exc:
        raise StudioError(exc.template, field=field, **exc.params) from None


#: A unit price may be this many decimals finer than the currency (0.1255 per sheet); EN 16931 allows any.
PRICE_EXTRA_DIGITS = 4


def parse_price(text: object, currency: str, label: str = "Unit price", *, field: str | None = None) -> Decimal:
    """A unit price in minor units, finer than the minor unit where needed: typed text '0.125' (EUR) is 12.5;
    an int or Decimal is taken as minor units already."""
    if isinstance(text, (int, Decimal)) and not isinstance(text, bool):  # already minor units (a copied row)
        scaled = Decimal(text)
        if not scaled.is_finite():
            raise StudioError("{label} must be an amount like 1250.00, not “{value}”.", field=field, label=label,
                              value=str(text)[:40])
    else:
        scaled = _parse_major(text, currency, label, field=field).scaleb(minor_digits(currency))
    if scaled != scaled.quantize(Decimal(1).scaleb(-PRICE_EXTRA_DIGITS)):
        raise StudioError("{label} has at most {digits} decimal places.", field=field, label=label,
                          digits=minor_digits(currency) + PRICE_EXTRA_DIGITS)
    return canonical(scaled)


def _parse_major(text: object, currency: str, label: str, *, allow_negative: bool = False,
                 field: str | None = None) -> Decimal:
    if isinstance(text, float):
        raise TypeError("floats are not accepted for money; pass str, int minor units or Decimal")
    if isinstance(text, Decimal):
        if not text.is_finite():
            raise StudioError("{label} must be an amount like 1250.00, not “{value}”.", field=field, label=label,
                              value=str(text)[:40])
        raw = format(text, "f")
    else:
        raw = str(text if text is not None else "").strip().replace(" ", "").replace("\u00a0", "").replace("'", "")
    for symbol in ("€", "$", "£", "₺", "RM", currency):
        raw = raw.replace(symbol, "")
    if not raw:
        raise StudioError("{label} is required.", field=field, label=label)
    if not _AMOUNT_CHARS.match(raw):
        raise StudioError("{label} must be an amount like 1250.00, not “{value}”.", field=field, label=label,
                          value=str(text)[:40])
    last_dot, last_comma = raw.rfind("."), raw.rfind(",")
    decimal_sep = "." if last_dot > last_comma else ","
    if min(last_dot, last_comma) >= 0 or raw.count(decimal_sep) == 1:
        whole, _, frac = raw.rpartition(decimal_sep)
        grouped = _grouped(whole, "," if decimal_sep == "." else ".")
        raw = whole.replace(".", "").replace(",", "") + "." + frac
    else:  # the same separator several times: thousands grouping, '1.000.000'
        grouped = _grouped(raw, decimal_sep)
        raw = raw.replace(decimal_sep, "")
    if not grouped:  # '1.2.3,4' is a typo, not 1,234
        raise StudioError("{label} must be an amount like 1250.00, not “{value}”.", field=field, label=label,
                          value=str(text)[:40])
    try:
        amount = Decimal(raw)
    except InvalidOperation:
        raise StudioError("{label} must be an amount like 1250.00, not “{value}”.", field=field, label=label,
                          value=str(text)[:40]) from None
    if amount < 0 and not allow_negative:
        raise StudioError("{label} cannot be negative.", field=field, label=label)
    if abs(amount) > MAX_MAJOR:
        raise StudioError("{label} is too large.", field=field, label=label)
    return amount


def check_minor(value: int, currency: str, label: str = "Amount", *, field: str | None = None,
                allow_negative: bool = False) -> int:
    """An amount already in minor units (from a money editor): the same limits as a typed one."""
    if value < 0 and not allow_negative:
        raise StudioError("{label} cannot be negative.", field=field, label=label)
    if abs(value) > to_minor(MAX_MAJOR, currency):
        raise StudioError("{label} is too large.", field=field, label=label)
    return value


def _grouped(whole: str, separator: str) -> bool:
    """Thousands groups as people write them: 1-3 digits, then groups of exactly three."""
    groups = whole.lstrip("-").split(separator)
    if len(groups) == 1:
        return True
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 and g.isdigit() for g in groups[1:])


def format_money(minor: int, currency: str, locale: str = "en") -> str:
    """'€1,190.00' in English, '1.190,00 €' in Greek: Babel's pattern for the locale, ISO 4217 decimals;
    a currency shown by its code stands a (no-break) space apart from the figure: 'MYR 52,699.68'."""
    text = _currency_pattern(locale, minor_digits(currency)).apply(
        to_major(minor, currency), parsed_locale(locale), currency=currency, currency_digits=False)
    return spaced_code(text, currency)


def spaced_code(text: str, code: str) -> str:
    """A currency code stands a no-break space apart from the figure beside it: "MYR 52,699.68", "1.190,00 TRY"."""
    if code not in text:
        return text
    text = re.sub(rf"{code}(?=[0-9\-\u2212])", f"{code}\u00a0", text)
    return re.sub(rf"(?<=[0-9]){code}", f"\u00a0{code}", text)


@lru_cache(maxsize=64)
def parsed_locale(locale: str) -> Locale:
    """Babel's locale, parsed once: Babel parses a locale given by name again in every call it makes (the symbol,
    the name, the pattern), which was three quarters of formatting an amount."""
    return Locale.parse(locale)


@lru_cache(maxsize=64)
def _currency_pattern(locale: str, digits: int):
    pattern = copy.copy(parsed_locale(locale).currency_formats["standard"])
    pattern.frac_prec = (digits, digits)
    return pattern


def format_price(minor: Decimal | int, currency: str, locale: str = "en") -> str:
    """A unit price, which may be finer than the minor unit (0.125 per sheet): the currency's decimals,
    more where the price has them."""
    value = Decimal(minor).scaleb(-minor_digits(currency))
    extra = max(0, -canonical(value).as_tuple().exponent - minor_digits(currency))
    digits = minor_digits(currency) + extra
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=parsed_locale(locale),
                          decimal_quantization=False)


def format_plain(minor: int, currency: str, locale: str = "en") -> str:
    """The number without a currency sign, for table columns under a currency header."""
    digits = minor_digits(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(to_major(minor, currency), format=pattern, locale=parsed_locale(locale))


def canonical(value: Decimal) -> Decimal:
    """20.00 → 20 and 7.50 → 7.5, without the exponent form (2E+1) that normalize() gives."""
    return Decimal(format(value.normalize(), "f"))


def round_minor(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def agreed_price(pricing: str, price: int, hourly_rate: int, estimated_hours: Decimal | str, accepted: bool) -> int:
    """A project's agreed net price: the accepted quote's (kept in ``price``), the fixed price, or for an hourly
    project the estimated hours at the hourly rate, rounded half-up to the minor unit."""
    if accepted or pricing != "hourly":
        return price
    return round_minor(Decimal(estimated_hours) * hourly_rate)


def percent_of(minor: int, percent: Decimal) -> int:
    """A percentage of an amount, rounded half-up to the minor unit (deposits, discounts)."""
    return round_minor(Decimal(minor) * percent / HUNDRED)
