"""An invoice snapshot read as EN 16931 terms: the one mapping both writers (CII and UBL) print.

Every amount comes from :func:`studio_app.money.document_totals` over the snapshot's lines, so the XML carries the
figures the PDF prints. Amounts are exact decimals in the currency's minor unit; prices keep their finer digits.

- A credit note (type 381) states its amounts positive, as EN 16931 wants: every sign is turned, and it names
  the invoice it corrects (BG-3).
- A final invoice deducts each deposit as a negative line with the deposit's own VAT (``fixed_tax``), so the
  VAT breakdown nets the deposits and VAT is declared once; a deposit deducted as one gross figure (a document
  from before deposits were lines) is the paid amount BT-113.
- With prices including VAT, each VAT group's net (from ``document_totals``) is split over its lines in
  proportion to their gross amounts, largest remainder first, so the lines add up to the group exactly.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal

from studio_app import money
from studio_app.money import lines as line_rules
from studio_app.text import i18n

TYPE_CODES = {"standard": "380", "final": "380", "deposit": "386", "credit_note": "381"}
VATEX = {"AE": "VATEX-EU-AE", "K": "VATEX-EU-IC", "G": "VATEX-EU-G", "O": "VATEX-EU-O"}
NO_RATE = ("O",)  # BR-O-05: "not subject to VAT" carries no rate
#: UN/ECE Recommendation 20 codes for the units a designer types (lower case, in each document language).
UNITS = {
    "h": "HUR", "hr": "HUR", "hrs": "HUR", "hour": "HUR", "hours": "HUR", "std": "HUR", "stunde": "HUR",
    "stunden": "HUR", "saat": "HUR", "ώρα": "HUR", "ώρες": "HUR", "jam": "HUR",
    "day": "DAY", "days": "DAY", "d": "DAY", "tag": "DAY", "tage": "DAY", "gün": "DAY", "ημέρα": "DAY",
    "ημέρες": "DAY", "hari": "DAY",
    "week": "WEE", "weeks": "WEE", "month": "MON", "months": "MON", "ay": "MON", "bulan": "MON",
    "min": "MIN", "minute": "MIN", "minutes": "MIN", "dakika": "MIN",
    "km": "KMT", "m": "MTR", "m2": "MTK", "m²": "MTK", "kg": "KGM",
    "pc": "H87", "pcs": "H87", "piece": "H87", "pieces": "H87", "adet": "H87", "τεμ": "H87", "stk": "H87",
}
DEFAULT_UNIT = "C62"  # "one": a unit without a code of its own
_QUANTUM = tuple(Decimal(1).scaleb(-places) for places in range(4))


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    line_two: str  # the rest of an address typed as text, on documents without its parts
    postcode: str
    city: str
    country: str
    vat_id: str  # BT-31 / BT-48
    tax_number: str  # BT-32 (seller only)
    contact_name: str
    phone: str
    email: str
    endpoint_scheme: str  # BT-34 / BT-49
    endpoint_id: str


@dataclass(frozen=True)
class Line:
    """BG-25. ``net_price`` is BT-146 per ``base_quantity`` (BT-149); ``gross_price`` and ``price_discount``
    (BT-148, BT-147) when a percentage discount was given; ``allowance`` a fixed line discount (BG-27)."""

    id: str
    name: str
    description: str
    quantity: Decimal
    unit: str
    net_price: Decimal
    base_quantity: Decimal
    gross_price: Decimal | None
    price_discount: Decimal | None
    allowance: Decimal
    net_amount: Decimal
    category: str
    rate: Decimal


@dataclass(frozen=True)
class AllowanceCharge:
    """BG-20 (``charge`` False) or BG-21, with its own VAT category; a percentage one has its base."""

    charge: bool
    amount: Decimal
    base: Decimal | None
    percent: Decimal | None
    reason: str
    category: str
    rate: Decimal


@dataclass(frozen=True)
class VatGroup:
    """BG-23: one category and rate."""

    category: str
    rate: Decimal
    taxable: Decimal
    tax: Decimal
    reason: str
    reason_code: str


@dataclass(frozen=True)
class Invoice:
    fmt: str
    type_code: str
    number: str
    issue_date: str
    due_date: str
    supply_date: str
    currency: str
    language: str
    note: str
    buyer_reference: str
    order_reference: str
    corrects: tuple[str, str] | None  # BG-3: number, issue date
    seller: Party
    buyer: Party
    payment_terms: str
    iban: str
    bic: str
    account_holder: str
    lines: tuple[Line, ...]
    allowances: tuple[AllowanceCharge, ...]
    groups: tuple[VatGroup, ...]
    line_total: Decimal  # BT-106
    allowance_total: Decimal  # BT-107
    charge_total: Decimal  # BT-108
    net: Decimal  # BT-109
    tax: Decimal  # BT-110
    gross: Decimal  # BT-112
    prepaid: Decimal  # BT-113
    due: Decimal  # BT-115

    @property
    def credit_note(self) -> bool:
        return self.type_code == "381"

    @property
    def deliver_to_country(self) -> str:
        """BT-80, which an intra-community supply must state (BR-IC-12): the buyer's country."""
        return self.buyer.country if any(g.category == "K" for g in self.groups) else ""


@functools.lru_cache(maxsize=64)
def digits(currency: str) -> int:
    return money.minor_digits(currency)


def amount(minor: int, currency: str) -> Decimal:
    """Minor units as the exact decimal an e-invoice prints, with the currency's digits (12.50, 1200)."""
    places = digits(currency)
    return Decimal(minor).scaleb(-places).quantize(_QUANTUM[places] if places < 4 else Decimal(1).scaleb(-places))


def exact(value: Decimal) -> Decimal:
    """A quantity, rate or price without trailing zeros (never an exponent when printed with format "f")."""
    value = Decimal(value)
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


def text(value: object) -> str:
    return " ".join(str(value or "").split())


def party(data: dict, *, seller: bool) -> Party:
    einvoice = data.get("einvoice") or {}
    address = data.get("electronic_address") or {}
    name = data.get("name") or "" if seller else (data.get("company") or data.get("name") or "")
    street, line_two = text(data.get("street")), ""
    if not (street or data.get("postcode") or data.get("city")):  # a snapshot from before the address parts
        typed = [text(part) for part in str(data.get("address") or "").splitlines() if text(part)]
        street, line_two = (typed[0], ", ".join(typed[1:])) if typed else ("", "")
    return Party(
        name=text(name), street=street, line_two=line_two, postcode=text(data.get("postcode")),
        city=text(data.get("city")), country=text(data.get("country")).upper(),
        vat_id="".join(str(data.get("tax_id") or "").split()).upper(),
        tax_number=text(data.get("tax_number")) if seller else "",
        contact_name=text(data.get("contact_name")) if seller else "",
        phone=text(data.get("phone")) if seller else "", email=text(data.get("email")),
        endpoint_scheme=text(address.get("scheme") if seller else einvoice.get("endpoint_scheme")),
        endpoint_id=text(address.get("id") if seller else einvoice.get("endpoint_id")),
    )


def _unit(value: object) -> str:
    return UNITS.get(text(value).lower().rstrip("."), DEFAULT_UNIT)


def _shares(total: int, weights: list[int]) -> list[int]:
    """``total`` split in proportion to ``weights``, adding up exactly: largest remainder first."""
    whole = sum(weights)
    if not weights:
        return []
    if whole == 0:
        return [total] + [0] * (len(weights) - 1) if weights else []
    raw = [Decimal(total) * w / whole for w in weights]
    floors = [int(r.to_integral_value(rounding="ROUND_FLOOR")) for r in raw]
    left = total - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: raw[i] - floors[i], reverse=True)
    for i in order[:left]:
        floors[i] += 1
    return floors


def _nets(rows: list[money.Line], totals: money.Totals, signed: list[int]) -> list[int]:
    """Each row's net amount (its own in the net mode; its share of the group's net with prices incl. VAT)."""
    if not totals.prices_include_tax:
        return signed
    nets = list(signed)
    for group in totals.rates:
        members = [i for i, row in enumerate(rows) if (row.vat_category, money.canonical(Decimal(row.tax_rate)))
                   == (group.category, group.rate)]
        fixed = [i for i in members if rows[i].fixed_tax is not None]
        for i in fixed:
            nets[i] = signed[i] - rows[i].fixed_tax
        rest = [i for i in members if i not in fixed]
        for i, share in zip(rest, _shares(group.net - sum(nets[i] for i in fixed), [signed[i] for i in rest])):
            nets[i] = share
    return nets


def _reasons(rows: list[dict], lines: list[money.Line]) -> dict[tuple[str, Decimal], str]:
    found: dict[tuple[str, Decimal], str] = {}
    for row, line in zip(rows, lines):
        key = (line.vat_category, money.canonical(Decimal(line.tax_rate)))
        if text(row.get("exemption_reason")) and not found.get(key):
            found[key] = text(row.get("exemption_reason"))
    return found


def _name(description: str) -> tuple[str, str]:
    """BT-153 (the first line, at most 200 characters) and BT-154 when the description says more."""
    full = str(description or "").strip()
    first = text(full.splitlines()[0] if full else "")
    name = first if len(first) <= 200 else first[:199] + "…"
    rest = text(full)
    return name or "—", rest if rest != name else ""


def _item(number: int, row: dict, line: money.Line, net: int, currency: str, inclusive: bool, sign: int) -> Line:
    """One item line; ``net`` is its net amount (its share of the group's net with prices including VAT)."""
    scale = Decimal(10) ** digits(currency)
    quantity = Decimal(line.quantity) * sign
    base = Decimal(line.base_quantity)
    price = Decimal(line.unit_price) / scale
    name, description = _name(row.get("description"))
    gross_price = discount = None
    allowance = Decimal(0)
    if line.discount_percent and not inclusive:
        gross_price = price
        discount = price * line.discount_percent / 100
        price = price - discount
    if line.discount_amount and not inclusive:
        allowance = amount(line.discount_amount, currency) * sign
    if inclusive or (quantity * price / base - allowance - amount(net * sign, currency)).copy_abs() > Decimal("0.01"):
        # the net share of a tax-inclusive line, or a price in a currency without cents: the price that gives
        # the line's exact net (Peppol R120 checks quantity x price within 0.02)
        gross_price = discount = None
        allowance = Decimal(0)
        price = (amount(net * sign, currency) * base / quantity).quantize(Decimal("1e-10"))
    return Line(id=str(number), name=name, description=description, quantity=exact(quantity), unit=_unit(row.get(
        "unit")), net_price=exact(price), base_quantity=exact(base), gross_price=None if gross_price is None
        else exact(gross_price), price_discount=None if discount is None else exact(discount),
        allowance=allowance, net_amount=amount(net * sign, currency), category=line.vat_category,
        rate=exact(Decimal(line.tax_rate)))


def _allowance_charge(row: dict, line: money.Line, net: int, base: int, currency: str, inclusive: bool,
                      sign: int) -> AllowanceCharge:
    """``net`` is signed as it counts in the total (an allowance negative)."""
    charge = net * sign > 0
    value, base_amount = amount(abs(net), currency), amount(abs(base), currency)
    percent = None if inclusive or not line.discount_percent else exact(line.discount_percent)
    if percent is not None and (base_amount * percent / 100 - value).copy_abs() > Decimal("0.01"):
        percent = None  # rounded to a currency without cents: Peppol R040 wants base x percent within 0.02
    return AllowanceCharge(charge=charge, amount=value, base=base_amount if percent is not None else None,
                           percent=percent, reason=_name(row.get("description"))[0], category=line.vat_category,
                           rate=exact(Decimal(line.tax_rate)))


def read(snapshot: dict, fmt: str) -> Invoice:
    """The EN 16931 content of an invoice snapshot."""
    doc = snapshot["document"]
    currency = doc["currency"]
    language = doc.get("language") or "en"
    inclusive = bool(doc.get("prices_include_tax"))
    rows = list(doc.get("lines") or [])
    lines = line_rules.as_money_lines(rows)
    totals = money.document_totals(lines, currency, prices_include_tax=inclusive, deducted=int(doc.get(
        "deducted") or 0))
    kind = doc.get("invoice_kind") or "standard"
    sign = -1 if kind == "credit_note" else 1
    signed = [(-a if line.kind == money.ALLOWANCE else a) for a, line in zip(totals.line_amounts, lines)]
    nets = _nets(lines, totals, signed)
    percent_base = sum(a for a, line in zip(totals.line_amounts, lines)
                       if line.kind == money.ITEM and line.fixed_tax is None)
    items, allowances = [], []
    for row, line, net in zip(rows, lines, nets):
        if line.kind == money.ITEM:
            items.append(_item(len(items) + 1, row, line, net, currency, inclusive, sign))
        else:
            allowances.append(_allowance_charge(row, line, net, percent_base, currency, inclusive, sign))
    reasons = _reasons(rows, lines)
    groups = tuple(_group(g, reasons, currency, sign, language) for g in totals.rates)
    parties = snapshot.get("parties") or {}
    seller, buyer = party(parties.get("seller") or {}, seller=True), party(parties.get("buyer") or {}, seller=False)
    einvoice = (parties.get("buyer") or {}).get("einvoice") or {}
    corrects = doc.get("corrects") or None
    seller_data = parties.get("seller") or {}
    line_total = sum((i.net_amount for i in items), Decimal(0))
    allowance_total = sum((a.amount for a in allowances if not a.charge), Decimal(0))
    charge_total = sum((a.amount for a in allowances if a.charge), Decimal(0))
    days = snapshot.get("payment_terms_days")
    gross = amount(totals.gross * sign, currency)
    prepaid = amount(totals.deducted * sign, currency)
    return Invoice(
        fmt=fmt, type_code=TYPE_CODES.get(kind, "380"), number=text(doc.get("number")),
        issue_date=doc.get("issue_date") or dt.date.today().isoformat(), due_date=doc.get("due_date") or "",
        supply_date=doc.get("supply_date") or "", currency=currency, language=language,
        note=str(doc.get("notes") or "").strip(), buyer_reference=text(einvoice.get("buyer_reference")),
        order_reference=text(doc.get("order_reference")),
        corrects=(text(corrects.get("number")), corrects.get("issue_date") or "") if corrects else None,
        seller=seller, buyer=buyer,
        payment_terms=i18n.label(language, "payment_terms_value", days=days) if days is not None else "",
        iban="".join(str(seller_data.get("iban") or "").split()).upper(),
        bic="".join(str(seller_data.get("bic") or "").split()).upper(),
        account_holder=text(seller_data.get("account_holder") or seller_data.get("name")),
        lines=tuple(items), allowances=tuple(allowances), groups=groups, line_total=line_total,
        allowance_total=allowance_total, charge_total=charge_total,
        net=amount(totals.net * sign, currency), tax=amount(totals.tax * sign, currency), gross=gross,
        prepaid=prepaid, due=gross - prepaid,
    )


def _group(group: money.RateTotal, reasons: dict, currency: str, sign: int, language: str) -> VatGroup:
    category = group.category
    reason = reasons.get((category, group.rate), "")
    if not reason and category == money.REVERSE_CHARGE:
        reason = i18n.label(language, "reverse_charge_note")
    needs = category in money.NEEDS_REASON
    return VatGroup(category=category, rate=exact(group.rate), taxable=amount(group.net * sign, currency),
                    tax=amount(group.tax * sign, currency), reason=reason if needs else "",
                    reason_code=VATEX.get(category, "") if needs else "")
