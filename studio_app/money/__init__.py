"""Money: exact amounts, a document's totals and VAT, document numbers, and the rules for a line.

- :mod:`~studio_app.money.amounts` — integer minor units per ISO 4217 currency; parsing what a person
  types and formatting per locale.
- :mod:`~studio_app.money.totals` — lines, VAT categories, and :func:`document_totals`, the one function
  every figure on screen, in a PDF, a CSV or an e-invoice comes from; deposit shares per VAT group.
- :mod:`~studio_app.money.due` — the amount due of an invoice: one definition, for a loaded invoice and as
  a peewee expression (and its SQL text) for queries.
- :mod:`~studio_app.money.numbering` — document numbers: patterns, counters, gapless series.
- :mod:`~studio_app.money.lines` — what a quote or invoice line may hold, checked before it is stored.

``money.format_money(...)`` and ``money.document_totals(...)`` read as they always did: this package
names the amounts and totals API in one place.
"""

from .amounts import (  # noqa: F401
    HUNDRED, MAX_MAJOR, PRICE_EXTRA_DIGITS, agreed_price, canonical, check_currency, check_minor, format_money, format_plain,
    format_price, minor_digits, parse_amount, parse_price, percent_of, round_minor, spaced_code, to_major, to_minor,
)
from .totals import (  # noqa: F401
    ALLOWANCE, CATEGORIES, CHARGE, EXEMPT, EXPORT, INTRA_COMMUNITY, ITEM, LINE_KINDS, NEEDS_REASON, NOT_SUBJECT,
    REVERSE_CHARGE, STANDARD, ZERO_RATED, Line, RateTotal, Totals, deposit_shares, deposit_totals,
    document_totals, implied_category,
)
