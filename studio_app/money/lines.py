"""Priced lines shared by quotes and invoices: validation of what was typed, and their totals.

A row is an item (a priced line, which may be negative: a goodwill line, a credit, a deposit deducted)
or a document-level allowance or charge (EN 16931 BG-20, BG-21) with its own VAT category and rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from studio_app import money
from studio_app.text import cleaning
from studio_app.text.errors import StudioError

MAX_LINES = 5_000
MAX_QUANTITY = Decimal(1_000_000)

#: The row fields beyond the first version's, with the value a row has when it does not say (snapshots of
#: documents issued before migration 4 lack them, and a row equal to these defaults leaves them out).
EXTRA_DEFAULTS: dict[str, object] = {"kind": money.ITEM, "vat_category": "", "exemption_reason": "",
                                     "discount_amount": 0, "base_quantity": "1", "fixed_tax": None}


def validate(items: Iterable[Mapping[str, object]], currency: str, *, negative: bool = False) -> list[dict]:
    """Check each row as a designer typed it. ``negative`` says the document is a credit note; every document
    may have negative item lines (a goodwill line), while prices are never negative (EN 16931 BR-27)."""
    rows = []
    for position, item in enumerate(items):
        rows.append(_row(position, item, currency))
        if len(rows) > MAX_LINES:
            raise StudioError("A document can have at most {max} lines.", field="lines", max=MAX_LINES)
    totals = money.document_totals(as_money_lines(rows), currency)
    if abs(totals.gross) > money.to_minor(money.MAX_MAJOR, currency):
        raise StudioError("The document total is too large.", field="lines")
    return rows


def _row(position: int, item: Mapping[str, object], currency: str) -> dict:
    where = f"Line {position + 1}"
    kind = cleaning.choice(item.get("kind") or money.ITEM, money.LINE_KINDS, f"{where}: kind", field="lines")
    description = cleaning.clean(item.get("description"), f"{where}: description", required=True,
                             multiline=True, max_len=cleaning.MAX_LONG, field="lines")
    quantity = cleaning.decimal(item.get("quantity", 1), f"{where}: quantity", field="lines", minimum=-MAX_QUANTITY,
                            maximum=MAX_QUANTITY, places=4)
    if quantity == 0:
        raise StudioError("{where}: the quantity cannot be zero.", field="lines", where=where)
    if kind != money.ITEM and abs(quantity) != 1:
        raise StudioError("{where}: a discount or charge on the whole document has the quantity 1 (or −1 to "
                          "reverse it).", field="lines", where=where)
    unit_price = money.parse_price(item.get("unit_price", 0), currency, f"{where}: unit price", field="lines")
    if unit_price < 0 or unit_price > money.to_minor(money.MAX_MAJOR, currency):
        raise StudioError("{where}: the unit price must be between 0 and one billion.", field="lines",
                          where=where)
    rate = cleaning.decimal(item.get("tax_rate", 0), f"{where}: tax rate", field="lines", maximum=Decimal(100),
                        places=2)
    category = _category(item.get("vat_category"), rate, where)
    percent = cleaning.decimal(item.get("discount_percent", 0) or 0, f"{where}: discount", field="lines",
                           maximum=Decimal(100), places=2)
    discount_amount = _minor(item.get("discount_amount"), currency, f"{where}: discount amount")
    fixed_tax = item.get("fixed_tax")
    if fixed_tax is not None and (not isinstance(fixed_tax, int) or isinstance(fixed_tax, bool) or kind != money.ITEM):
        raise StudioError("{where}: only a deposit deducted states its own VAT.", field="lines", where=where)
    if kind != money.ITEM and not percent and not unit_price:
        raise StudioError("{where}: give the amount or the percentage of the discount or charge.", field="lines",
                          where=where)
    row = {
        "position": position,
        "kind": kind,
        "description": description,
        "quantity": quantity,
        "unit": cleaning.clean(item.get("unit", ""), f"{where}: unit", field="lines", max_len=20),
        "unit_price": unit_price,
        "base_quantity": cleaning.decimal(item.get("base_quantity") or 1, f"{where}: price per", field="lines",
                                      minimum=Decimal("0.0001"), maximum=MAX_QUANTITY, places=4),
        "tax_rate": rate,
        "vat_category": category,
        "exemption_reason": cleaning.clean(item.get("exemption_reason", ""), f"{where}: exemption reason",
                                       field="lines", max_len=300),
        "discount_percent": percent,
        "discount_amount": discount_amount,
        "fixed_tax": fixed_tax,
    }
    row["deposit_invoice"] = item.get("deposit_invoice")  # on every row: one insert takes one set of columns
    line = as_money_lines([row])[0]
    if kind == money.ITEM and discount_amount and abs(line.amount() + discount_amount) < discount_amount:
        raise StudioError("{where}: the discount is more than the line.", field="lines", where=where)
    return row


def _category(value: object, rate: Decimal, where: str) -> str:
    """A category as stored: empty when the rate implies it (S above 0 %, Z at 0 %)."""
    code = str(value or "").strip().upper()
    if not code:
        return ""
    if code not in money.CATEGORIES:
        raise StudioError("{where}: “{code}” is not a VAT category.", field="lines", where=where, code=code[:10])
    if code == money.STANDARD and rate <= 0:
        raise StudioError("{where}: the standard VAT category needs a rate above 0 %.", field="lines", where=where)
    if code != money.STANDARD and rate != 0:
        raise StudioError("{where}: lines without VAT (zero-rated, exempt, reverse charge, export…) have a 0 % "
                          "rate.", field="lines", where=where)
    return "" if code == money.implied_category(rate) else code


def _minor(value: object, currency: str, label: str) -> int:
    if value in (None, "", 0):
        return 0
    if isinstance(value, int) and not isinstance(value, bool):
        return money.check_minor(value, currency, label, field="lines")
    return money.parse_amount(value, currency, label, field="lines")


def _get(row: object):
    if isinstance(row, Mapping):
        return lambda name, default=None: row.get(name, default)
    return lambda name, default=None: getattr(row, name, default)


def as_money_lines(rows: Iterable[object]) -> list[money.Line]:
    """Model rows or validated dicts (or snapshot rows) to :class:`money.Line`."""
    out = []
    for row in rows:
        get = _get(row)
        fixed = get("fixed_tax")
        out.append(money.Line(Decimal(get("quantity")), Decimal(get("unit_price")), Decimal(get("tax_rate")),
                              Decimal(get("discount_percent") or 0), get("vat_category") or "",
                              int(get("discount_amount") or 0), Decimal(get("base_quantity") or 1),
                              get("kind") or money.ITEM, None if fixed is None else int(fixed)))
    return out


def _exact(value: object) -> str:
    return format(Decimal(value).normalize(), "f")


def _price(value: object) -> int | str:
    """A price as a snapshot keeps it: an integer of minor units, or exact text when it is finer."""
    price = Decimal(value)
    return int(price) if price == price.to_integral_value() else _exact(price)


def as_dicts(rows: Iterable[object]) -> list[dict]:
    """Model rows as the plain dicts a snapshot and an editor use (exact values as text). Fields at their
    default are left out, so a document issued before they existed still matches its snapshot."""
    out = []
    for r in rows:
        get = _get(r)
        row = {
            "description": get("description"),
            "quantity": _exact(get("quantity")),
            "unit": get("unit") or "",
            "unit_price": _price(get("unit_price")),
            "tax_rate": _exact(get("tax_rate")),
            "discount_percent": _exact(get("discount_percent") or 0),
        }
        extra = {"kind": get("kind") or money.ITEM, "vat_category": get("vat_category") or "",
                 "exemption_reason": get("exemption_reason") or "",
                 "discount_amount": int(get("discount_amount") or 0),
                 "base_quantity": _exact(get("base_quantity") or 1), "fixed_tax": get("fixed_tax")}
        row.update({k: v for k, v in extra.items() if v != EXTRA_DEFAULTS[k]})
        out.append(row)
    return out


def for_editing(rows: Iterable[object]) -> list[dict]:
    """Stored rows as an editor holds them: :func:`as_dicts`, plus the deposit invoice a row deducts."""
    rows = list(rows)
    out = as_dicts(rows)
    for shown, row in zip(out, rows):
        if getattr(row, "deposit_invoice_id", None):
            shown["deposit_invoice"] = row.deposit_invoice_id
    return out


def editable(row: Mapping[str, object]) -> dict:
    """A snapshot or stored row as input for :func:`validate` (a copy of a quote's lines onto an invoice)."""
    return {**EXTRA_DEFAULTS, **row, "unit_price": Decimal(str(row.get("unit_price", 0)))}

