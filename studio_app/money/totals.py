"""A document's totals: lines, VAT categories and the one function every figure comes from.

Every figure a designer or accountant sees — on screen, in a PDF, in a CSV, in an e-invoice — comes
from :func:`document_totals`, so they can never disagree. Rounding follows EN 16931.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from .amounts import HUNDRED, canonical, percent_of, round_minor
from .due import amount_due


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
        return amount_due(self.gross, self.deducted, self.paid, self.credited)

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
    item_amounts = [line.amount() if line.kind == ITEM else 0 for line in rows]  # an item's needs no base
    items_total = sum(item_amounts)
    percent_base = sum(amount for amount, line in zip(item_amounts, rows) if line.fixed_tax is None)
    amounts: list[int] = []
    base: dict[tuple[str, Decimal], int] = {}
    fixed: dict[tuple[str, Decimal], tuple[int, int]] = {}
    rates_seen: dict[object, Decimal] = {}
    allowances = charges = 0
    for line, item_amount in zip(rows, item_amounts):
        amount = item_amount if line.kind == ITEM else line.amount(percent_base)
        amounts.append(amount)
        rate = rates_seen.get(line.tax_rate)
        if rate is None:
            rate = rates_seen[line.tax_rate] = canonical(Decimal(line.tax_rate))
        key = (line.vat_category, rate)
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
