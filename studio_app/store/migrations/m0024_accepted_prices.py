"""Schema version 24: a project whose quote was accepted has that quote's net total as its price.

Accepting a quote sets the project's price to the quote's net total (``work.acceptance``): the price is then
what was agreed, and the deposit, the contract and the final invoice bill from it. Migration 4 linked each
project to its accepted quote (``m0004.link_accepted_quotes``) but left the price as it was, and an hourly
project's price field is 0 (its price is the estimated hours at the rate until a quote is accepted). So every
hourly project accepted before migration 4, and every accepted hourly project of a demo or of a restored export
from before it, agreed to nothing: its list showed 0, its contract a deposit of 0, and no deposit could be
drawn. This sets the price of each such project to its accepted quote's net total; the rest are already equal.
No schema changes.
"""

from __future__ import annotations

import peewee

from . import m0004_money_model as m0004

VERSION = 24


def apply(db: peewee.Database, sqlite: bool) -> None:
    db.execute_sql(m0004.ACCEPTED_PRICE)
