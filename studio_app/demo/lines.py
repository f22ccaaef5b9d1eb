"""The demo's invoice lines: the everyday ones drawn from a few thousand distinct lines, each made once with its
money line, canonical JSON and row values, and shared by the invoices that have it (nothing changes a line once
drawn); any other line (deposits, deductions) gets the same three made for it alone."""

from __future__ import annotations

import functools
import random
from decimal import Decimal

from studio_app import money
from studio_app.work import snapshots

from .words import SERVICES
from .words_local import words

_decimal = functools.lru_cache(maxsize=1024)(Decimal)  # the lines' quantities and rates: a few texts, 500,000 times
DEFAULTS = {"fixed_tax": None, "deposit_invoice": None}  # what a line that neither has is stored with
COLUMNS = ("description", "quantity", "unit", "unit_price", "tax_rate", "discount_percent", "fixed_tax",
           "deposit_invoice")
NAMES = ("invoice", "position", *COLUMNS)  # an invoice line row, its id added by the batch
QUANTITIES = (1, 1, 2, 3, 4, 6, 8)


def money_line(line: dict, kind: type = money.Line) -> money.Line:
    return kind(_decimal(line["quantity"]), line["unit_price"], _decimal(line["tax_rate"]),
                _decimal(line["discount_percent"]), fixed_tax=line.get("fixed_tax"))


class _Shared(money.Line):
    """A shared everyday line's money line, its amount and VAT category worked out once by :class:`money.Line`
    (an item's amount depends on the line alone), not again on each of the 100,000 invoices that have it."""

    @functools.cached_property
    def vat_category(self) -> str:
        return super().vat_category

    def amount(self, items_total: int = 0) -> int:
        known = self.__dict__.get("_amount")
        if known is None:
            known = super().amount(items_total)
            object.__setattr__(self, "_amount", known)  # a frozen dataclass: kept beside its fields
        return known


def row_values(line: dict) -> tuple:
    merged = {**DEFAULTS, **line}
    return tuple(merged[name] for name in COLUMNS)


class SharedLines:
    def __init__(self) -> None:
        self.lines: dict[tuple, dict] = {}
        self.parts: dict[int, tuple] = {}  # id of a shared line -> its money line, canonical JSON, row values

    def get(self, language: str, index: int, quantity: int, discounted: bool, scale: int, rate: Decimal) -> dict:
        """The line of ``SERVICES[index]`` in ``language``, made the first time it is drawn."""
        key = (language, index, quantity, discounted, scale, rate)
        line = self.lines.get(key)
        if line is None:
            _english, unit, price = SERVICES[index]
            line = self.lines[key] = {"description": words(language)["services"][index], "quantity": str(quantity),
                                      "unit": unit, "unit_price": price * scale, "tax_rate": format(rate, "f"),
                                      "discount_percent": "10" if discounted else "0"}
            self.parts[id(line)] = (money_line(line, _Shared), snapshots.canonical(line).encode("utf-8"),
                                    row_values(line))
        return line

    def parts_of(self, line: dict) -> tuple | None:
        """A shared line's money line, canonical JSON and row values; None for a line made elsewhere."""
        return self.parts.get(id(line))


def draw(rng: random.Random, shared: SharedLines, language: str, count: int, scale: int, rate: Decimal) -> list[dict]:
    """``count`` everyday lines, each the one ``rng.randrange(len(SERVICES))``, ``rng.choice(QUANTITIES)`` and
    ``rng.random() < 0.05`` draw: the same numbers, drawn as :class:`random.Random` draws them below a bound
    (``getrandbits`` of the bound's bit length until one is below it), without its two calls in Python for each
    of the 1,000,000 draws in each process (tests/studio_app/demo compares them)."""
    if type(rng)._randbelow is not random.Random._randbelow_with_getrandbits:
        raise TypeError("the demo's lines are drawn as random.Random draws them")
    bits, chance, get = rng.getrandbits, rng.random, shared.get
    services, quantities = len(SERVICES), len(QUANTITIES)
    service_bits, quantity_bits = services.bit_length(), quantities.bit_length()
    lines = []
    for _ in range(count):
        index = bits(service_bits)
        while index >= services:
            index = bits(service_bits)
        quantity = bits(quantity_bits)
        while quantity >= quantities:
            quantity = bits(quantity_bits)
        lines.append(get(language, index, QUANTITIES[quantity], chance() < 0.05, scale, rate))
    return lines
