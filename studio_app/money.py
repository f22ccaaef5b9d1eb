"""Exact money: integer minor units per ISO currency, Decimal arithmetic, EN 16931 rounding.

Every figure a designer or accountant sees — on screen, in a PDF, in a CSV — comes
from :func:`document_totals`, so the three can never disagree.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from functools import lru_cache

from babel import Locale
from babel.numbers import get_currency_precision, is_currency

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


# ISO 4217 minor units where CLDR (Babel) gives the cash rounding instead: invoices in HUF have fillér
# (2 decimals) though coins stop at the forint; IQD has 3 decimals.
_ISO_MINOR_UNITS = {"AFN": 2, "ALL": 2, "COP": 2, "HUF": 2, "IDR": 2, "IQD": 3, "IRR": 2, "KPW": 2, "LAK": 2,
                    "LBP": 2, "MGA": 2, "MMK": 2, "MRU": 2, "SLL": 2, "SOS": 2, "STN": 2, "SYP": 2, "YER": 2}


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
    """'€1,190.00' in English, '1.190,00 €' in Greek: Babel's pattern for the locale, ISO 4217 decimals."""
    return _currency_pattern(locale, minor_digits(currency)).apply(
        to_major(minor, currency), locale, currency=currency, currency_digits=False)


@lru_cache(maxsize=64)
def _currency_pattern(locale: str, digits: int):
    pattern = copy.copy(Locale.parse(locale).currency_formats["standard"])
    pattern.frac_prec = (digits, digits)
    return pattern


def format_price(minor: Decimal | int, currency: str, locale: str = "en") -> str:
    """A unit price, which may be finer than the minor unit (0.125 per sheet): the currency's decimals,
    more where the price has them."""
    from babel.numbers import format_decimal
    value = Decimal(minor).scaleb(-minor_digits(currency))
    extra = max(0, -canonical(value).as_tuple().exponent - minor_digits(currency))
    digits = minor_digits(currency) + extra
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=locale, decimal_quantization=False)


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


# VAT categories (UNTDID 5305, as EN 16931 names them). Every category but S is charged at 0 %.
STANDARD, ZERO_RATED, EXEMPT, REVERSE_CHARGE, INTRA_COMMUNITY, EXPORT, NOT_SUBJECT = "S", "Z", "E", "AE", "K", "G", "O"
CATEGORIES = (STANDARD, ZERO_RATED, EXEMPT, REVERSE_CHARGE, INTRA_COMMUNITY, EXPORT, NOT_SUBJECT)
#: Categories whose invoices must say why no VAT is charged (EN 16931 BR-E-10, BR-AE-10, BR-IC-10, BR-G-10, BR-O-10).
NEEDS_REASON = (EXEMPT, REVERSE_CHARGE, INTRA_COMMUNITY, EXPORT, NOT_SUBJECT)

ITEM, ALLOWANCE, CHARGE = "item", "allowance", "charge"
LINE_KINDS = (ITEM, ALLOWANCE, CHARGE)


def implied_category(rate: Decimal) -> str:
    """The category a line without one has: standard when VAT is charged, zero-rated when not."""
    return STANDARD if Decimal(rate) > 0 else ZERO_RATED


@dataclass(frozen=True)
class Line:
    """One row of a document.

    An *item* is priced: ``unit_price`` in minor units (it may be finer than the minor unit, 12.5 for
    €0.125) per ``base_quantity`` units, net or gross as the document's price mode says, less
    ``discount_percent`` and ``discount_amount``. Its quantity may be negative (a goodwill line, a credit
    note). An item with ``fixed_tax`` deducts a prepayment: its VAT is the VAT the deposit invoice charged,
    so VAT is declared once.

    A document-level *allowance* or *charge* (a discount on the whole document, a rush fee) is
    ``discount_percent`` of the items' total when a percentage is given, else ``unit_price``; it carries its own
    VAT category and rate.
    """

    quantity: Decimal
    unit_price: Decimal | int
    tax_rate: Decimal
    discount_percent: Decimal = Decimal(0)
    category: str = ""
    discount_amount: int = 0
    base_quantity: Decimal = Decimal(1)
    kind: str = ITEM
    fixed_tax: int | None = None

    @property
    def vat_category(self) -> str:
        return self.category or implied_category(self.tax_rate)

    def amount(self, items_total: int = 0) -> int:
        """The row's amount as printed, rounded once to the minor unit (EN 16931 BT-131, BT-92, BT-99).
        Allowances and charges are positive; ``items_total`` is the base of a percentage one."""
        if self.kind != ITEM:
            if self.discount_percent:
                return round_minor(Decimal(items_total) * self.discount_percent / HUNDRED)
            return round_minor(self.quantity * Decimal(self.unit_price))
        factor = (HUNDRED - self.discount_percent) / HUNDRED
        return round_minor(self.quantity * Decimal(self.unit_price) * factor / self.base_quantity) \
            - self.discount_amount


@dataclass(frozen=True)
class RateTotal:
    """One line of the VAT breakdown (EN 16931 BG-23): per category and rate."""

    rate: Decimal
    net: int
    tax: int
    category: str = STANDARD

    @property
    def gross(self) -> int:
        return self.net + self.tax


@dataclass(frozen=True)
class Totals:
    currency: str
    line_amounts: tuple[int, ...]  # per row, in order: an item's amount, an allowance's or charge's (positive)
    rates: tuple[RateTotal, ...]
    net: int  # BT-109: items − allowances + charges, net of VAT
    tax: int  # BT-110
    gross: int  # BT-112
    deducted: int = 0  # a deposit subtracted as one gross figure (final invoices before migration 4)
    paid: int = 0  # payments less refunds paid back
    credited: int = 0
    prices_include_tax: bool = False
    items: int = 0  # BT-106: the items' amounts (gross in the tax-inclusive mode)
    allowances: int = 0  # BT-107
    charges: int = 0  # BT-108

    @property
    def due(self) -> int:
        """What the client still owes (negative: what the studio owes back after a credit note)."""
        return self.gross - self.deducted - self.paid - self.credited

    @property
    def refund_owed(self) -> int:
        return max(0, -self.due)


def _category_order(key: tuple[str, Decimal]) -> tuple:
    return (key[1], CATEGORIES.index(key[0]) if key[0] in CATEGORIES else len(CATEGORIES))


def document_totals(lines: Iterable[Line], currency: str, *, prices_include_tax: bool = False,
                    deducted: int = 0, paid: int = 0, credited: int = 0) -> Totals:
    """Totals of a quote, invoice or credit note under EN 16931: the one function every view uses.

    Each row is rounded to the minor unit; VAT is computed once per category and rate on the sum of
    that group's items, less its allowances, plus its charges. In the tax-inclusive mode the entered
    gross per group is kept exactly and split into net and VAT, so 1,190.00 at 19 % is 1,000.00 + 190.00.
    A prepayment deduction (``fixed_tax``) takes off exactly the net and VAT its deposit invoice charged.
    """
    rows = list(lines)
    items_total = sum(line.amount() for line in rows if line.kind == ITEM)
    percent_base = sum(line.amount() for line in rows if line.kind == ITEM and line.fixed_tax is None)
    amounts: list[int] = []
    base: dict[tuple[str, Decimal], int] = {}
    fixed: dict[tuple[str, Decimal], tuple[int, int]] = {}
    allowances = charges = 0
    for line in rows:
        amount = line.amount(percent_base)
        amounts.append(amount)
        key = (line.vat_category, canonical(Decimal(line.tax_rate)))
        if line.kind == ITEM and line.fixed_tax is not None:
            net, tax = fixed.get(key, (0, 0))
            line_net = amount - line.fixed_tax if prices_include_tax else amount
            fixed[key] = (net + line_net, tax + line.fixed_tax)
            base.setdefault(key, 0)
            continue
        if line.kind == ALLOWANCE:
            allowances += amount
            amount = -amount
        elif line.kind == CHARGE:
            charges += amount
        base[key] = base.get(key, 0) + amount
    rates = []
    for key in sorted(base, key=_category_order):
        category, rate = key
        total = base[key]
        if prices_include_tax:
            net = round_minor(Decimal(total) * HUNDRED / (HUNDRED + rate))
            tax = total - net
        else:
            net, tax = total, round_minor(Decimal(total) * rate / HUNDRED)
        fixed_net, fixed_tax = fixed.get(key, (0, 0))
        rates.append(RateTotal(rate, net + fixed_net, tax + fixed_tax, category))
    net = sum(r.net for r in rates)
    tax = sum(r.tax for r in rates)
    return Totals(currency=currency, line_amounts=tuple(amounts), rates=tuple(rates), net=net, tax=tax,
                  gross=net + tax, deducted=deducted, paid=paid, credited=credited,
                  prices_include_tax=prices_include_tax, items=items_total, allowances=allowances, charges=charges)


def deposit_shares(totals: Totals, percent: Decimal) -> list[tuple[RateTotal, int]]:
    """A deposit of ``percent`` of a quote, per VAT group: that share of each group's net (of its gross in
    the tax-inclusive mode). The deposit invoice bills these, and the quote and contract print them."""
    return [(group, percent_of(group.gross if totals.prices_include_tax else group.net, percent))
            for group in totals.rates]


def deposit_totals(totals: Totals, percent: Decimal) -> Totals:
    """The deposit invoice's figures for a quote's totals (see :func:`deposit_shares`)."""
    lines = [Line(Decimal(1), amount, group.rate, category=group.category)
             for group, amount in deposit_shares(totals, percent) if amount]
    return document_totals(lines, totals.currency, prices_include_tax=totals.prices_include_tax)
