"""Priced lines shared by quotes and invoices: validation of what was typed, and their totals."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from . import money, text
from .errors import StudioError

MAX_LINES = 5_000


def validate(items: Iterable[Mapping[str, object]], currency: str, *, negative: bool = False) -> list[dict]:
    """Check each line as a designer typed it; ``negative`` allows the negative quantities of a credit note."""
    rows = []
    for position, item in enumerate(items):
        where = f"Line {position + 1}"
        description = text.clean(item.get("description"), f"{where}: description", required=True,
                                 multiline=True, max_len=text.MAX_LONG, field="lines")
        quantity = text.decimal(item.get("quantity", 1), f"{where}: quantity", field="lines",
                                minimum=Decimal(-1_000_000) if negative else Decimal(0),
                                maximum=Decimal(1_000_000), places=4)
        if quantity == 0:
            raise StudioError("{where}: the quantity cannot be zero.", field="lines", where=where)
        price = item.get("unit_price", 0)
        unit_price = price if isinstance(price, int) and not isinstance(price, bool) else \
            money.parse_amount(price, currency, f"{where}: unit price", field="lines")
        if abs(unit_price) > money.to_minor(money.MAX_MAJOR, currency) or unit_price < 0:
            raise StudioError("{where}: the unit price must be between 0 and one billion.", field="lines",
                              where=where)
        rows.append({
            "position": position,
            "description": description,
            "quantity": quantity,
            "unit": text.clean(item.get("unit", ""), f"{where}: unit", field="lines", max_len=20),
            "unit_price": unit_price,
            "tax_rate": text.decimal(item.get("tax_rate", 0), f"{where}: tax rate", field="lines",
                                     maximum=Decimal(100), places=2),
            "discount_percent": text.decimal(item.get("discount_percent", 0) or 0, f"{where}: discount",
                                             field="lines", maximum=Decimal(100), places=2),
        })
    if len(rows) > MAX_LINES:
        raise StudioError("A document can have at most {max} lines.", field="lines", max=MAX_LINES)
    totals = money.document_totals(as_money_lines(rows), currency)
    if abs(totals.gross) > money.to_minor(money.MAX_MAJOR, currency):
        raise StudioError("The document total is too large.", field="lines")
    return rows


def as_money_lines(rows: Iterable[object]) -> list[money.Line]:
    """Model rows or validated dicts to :class:`money.Line`."""
    out = []
    for row in rows:
        get = row.get if isinstance(row, Mapping) else lambda name, r=row: getattr(r, name)
        out.append(money.Line(Decimal(get("quantity")), int(get("unit_price")), Decimal(get("tax_rate")),
                              Decimal(get("discount_percent") or 0)))
    return out


def as_dicts(rows: Iterable[object]) -> list[dict]:
    """Model rows as the plain dicts a snapshot and an editor use (exact values as text)."""
    return [{
        "description": r.description,
        "quantity": format(Decimal(r.quantity).normalize(), "f"),
        "unit": r.unit,
        "unit_price": r.unit_price,
        "tax_rate": format(Decimal(r.tax_rate).normalize(), "f"),
        "discount_percent": format(Decimal(r.discount_percent).normalize(), "f"),
    } for r in rows]
