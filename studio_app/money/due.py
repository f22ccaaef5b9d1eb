"""The amount due of an invoice: the one definition, for a loaded invoice and for a query, side by side.

What the client still owes is the invoice's gross total, less a deposit deducted as one gross figure (final
invoices from before migration 4; since then deposits are lines and this is 0), less what was paid (refunds,
negative payments, add back), less what its credit notes took off. Negative: what the studio owes back after
a credit note larger than what was unpaid. A credit note's own amount due is its (negative) total: it is never
paid, so "due > 0" leaves credit notes out.

The stored columns are kept in step with the lines, payments and credit notes by the services, and
``check`` proves they are; :class:`~studio_app.money.totals.Totals` gives the same figure from freshly
computed totals.
"""

from __future__ import annotations

from typing import Protocol

import peewee


class _Figures(Protocol):
    total_gross: int
    deducted: int
    paid: int
    credited: int


def amount_due(gross: int, deducted: int, paid: int, credited: int) -> int:
    return gross - deducted - paid - credited


def invoice_due(invoice: _Figures) -> int:
    """The amount due of a loaded invoice row (a model, or any object with its four stored figures)."""
    return amount_due(invoice.total_gross, invoice.deducted, invoice.paid, invoice.credited)


def due_expression(model=None) -> peewee.Expression:
    """The same, as a peewee expression over the invoice table (or an alias of it), for WHERE and ORDER BY."""
    if model is None:
        from studio_app.store.models import Invoice
        model = Invoice
    return amount_due(model.total_gross, model.deducted, model.paid, model.credited)


def due_sql(alias: str) -> str:
    """:func:`due_expression` as SQL text over the table alias ``alias``, for hand-written queries. No
    parameters in it, so SQLite can match it to the partial indexes on open invoices (migration 2)."""
    from studio_app.store.models import Invoice
    sql, params = peewee.Context().sql(due_expression(Invoice.alias(alias))).query()
    assert not params
    return sql
