"""Exact money: integer minor units per ISO currency, Decimal arithmetic, EN 16931 rounding.

Every figure a designer or accountant sees — on screen, in a PDF, in a CSV — comes
from :func:`document_totals`, so the three can never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.numbers import format_currency, get_currency_precision, is_currency

from .errors import StudioError

HUNDRED = Decimal(100)
MAX_MAJOR = Decimal("1000000000")  # one billion in major units: beyond any design invoice
_AMOUNT_CHARS = re.compile(r"^-?[0-9.,]+$")


# ISO 4217 codes that are not money a client pays in: precious metals, fund units, testing, "no currency".
_NOT_MONEY = {"XAU", "XAG", "XPT", "XPD", "XDR", "XSU", "XUA", "XBA", "XBB", "XBC", "XBD", "XTS", "XXX"}


def check_currency(code: object, *, field: str | None = "currency") -> str:
    """Return the upper-case ISO 4217 code, or refuse an unknown one."""
    text = str(code or "").strip().upper()
    if len(text) != 3 or not text.isalpha() or not is_currency(text) or text in _NOT_MONEY:
        raise StudioError("“{code}” is not a currency code (use an ISO code such as EUR, TRY or MYR).",
                          field=field, code=str(code or "")[:20])
    return text


def minor_digits(currency: str) -> int:
    """Decimal places of the currency: 2 for EUR, 0 for JPY, 3 for KWD."""
    return get_currency_precision(currency)


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
    if isinstance(text, float):
        raise TypeError("floats are not accepted for money; pass str, int minor units or Decimal")
    if isinstance(text, Decimal):
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
    try:
        return to_minor(amount, currency)
    except StudioError as exc:
        raise StudioError(exc.template, field=field, **exc.params) from None


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
    """'€1,190.00' in English, '1.190,00 €' in Greek: Babel's rules for the locale."""
    return format_currency(to_major(minor, currency), currency, locale=locale,
                           currency_digits=True, format_type="standard")


def format_plain(minor: int, currency: str, locale: str = "en") -> str:
    """The number without a currency sign, for table columns under a currency header."""
    from babel.numbers import format_decimal
    digits = minor_digits(currency)
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(to_major(minor, currency), format=pattern, locale=locale)


def canonical(value: Decimal) -> Decimal:
    """20.00 → 20 and 7.50 → 7.5, without the exponent form (2E+1) that normalize() gives."""
    return Decimal(format(value.normalize(), "f"))


def round_minor(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def percent_of(minor: int, percent: Decimal) -> int:
    """A percentage of an amount, rounded half-up to the minor unit (deposits, discounts)."""
    return round_minor(Decimal(minor) * percent / HUNDRED)


@dataclass(frozen=True)
class Line:
    """One priced line. ``unit_price`` is in minor units: net, or gross when the document is tax-inclusive."""

    quantity: Decimal
    unit_price: int
    tax_rate: Decimal
    discount_percent: Decimal = Decimal(0)

    def amount(self) -> int:
        """The line total as printed: quantity × price − discount, rounded once to the minor unit."""
        factor = (HUNDRED - self.discount_percent) / HUNDRED
        return round_minor(self.quantity * Decimal(self.unit_price) * factor)


@dataclass(frozen=True)
class RateTotal:
    rate: Decimal
    net: int
    tax: int

    @property
    def gross(self) -> int:
        return self.net + self.tax


@dataclass(frozen=True)
class Totals:
    currency: str
    line_amounts: tuple[int, ...]
    rates: tuple[RateTotal, ...]
    net: int
    tax: int
    gross: int
    deducted: int = 0
    paid: int = 0
    credited: int = 0
    prices_include_tax: bool = False

    @property
    def due(self) -> int:
        """What the client still owes: gross − deposit already paid − payments − credit notes."""
        return self.gross - self.deducted - self.paid - self.credited


def document_totals(lines: Iterable[Line], currency: str, *, prices_include_tax: bool = False,
                    deducted: int = 0, paid: int = 0, credited: int = 0) -> Totals:
    """Totals of a quote, invoice or credit note under EN 16931.

    Each line is rounded to the minor unit; VAT is computed once per rate on the sum
    of that rate's lines. In tax-inclusive mode the entered gross per rate is kept
    exactly and split into net and VAT, so 1,190.00 at 19 % is 1,000.00 + 190.00.
    """
    amounts: list[int] = []
    per_rate: dict[Decimal, int] = {}
    for line in lines:
        amount = line.amount()
        amounts.append(amount)
        rate = canonical(Decimal(line.tax_rate))
        per_rate[rate] = per_rate.get(rate, 0) + amount
    rates = []
    for rate in sorted(per_rate):
        base = per_rate[rate]
        if prices_include_tax:
            net = round_minor(Decimal(base) * HUNDRED / (HUNDRED + rate))
            rates.append(RateTotal(rate, net, base - net))
        else:
            rates.append(RateTotal(rate, base, round_minor(Decimal(base) * rate / HUNDRED)))
    net = sum(r.net for r in rates)
    tax = sum(r.tax for r in rates)
    return Totals(currency=currency, line_amounts=tuple(amounts), rates=tuple(rates), net=net, tax=tax,
                  gross=net + tax, deducted=deducted, paid=paid, credited=credited, prices_include_tax=prices_include_tax)
