"""Random invoices, as the line rules accept them, give files with zero failed asserts in every format."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from studio_app import einvoice, money
from studio_app.money import lines as line_rules
from studio_app.text.errors import StudioError

from .cases import EU_BUYER
from .snapshots import SELLER, snapshot

FORMATS = ("facturx", "xrechnung-cii", "xrechnung-ubl", "peppol")
REASONS = {"E": "Exempt under § 4 Nr. 21 UStG", "AE": "Reverse charge", "K": "Intra-community supply",
           "G": "Export outside the EU", "O": "Not subject to VAT"}
quantities = st.decimals(min_value=Decimal("0.25"), max_value=Decimal(400), places=2)
prices = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(9000), places=3)


@st.composite
def items(draw, category: str, rate: str) -> dict:
    item = {"description": draw(st.sampled_from(["Logo", "Poster A2", "Hours\nwith notes", "Ünïcode ✓"])),
            "quantity": str(draw(quantities)), "unit": draw(st.sampled_from(["", "h", "pcs", "days"])),
            "unit_price": str(draw(prices)), "tax_rate": rate, "vat_category": category,
            "exemption_reason": REASONS.get(category, ""),
            "discount_percent": str(draw(st.sampled_from([0, 0, 10, Decimal("12.5")]))),
            "base_quantity": str(draw(st.sampled_from([1, 1, 10, 100]))),
            "discount_amount": draw(st.sampled_from(["0", "0", "2"]))}
    return item


@st.composite
def invoices(draw) -> dict:
    currency = draw(st.sampled_from(["EUR", "EUR", "USD", "JPY", "GBP", "CHF"]))
    category, rate = draw(st.sampled_from([("S", "19"), ("S", "7"), ("Z", "0"), ("E", "0"), ("AE", "0"),
                                           ("K", "0"), ("G", "0"), ("O", "0")]))
    mixed = category not in ("S", "O") and draw(st.booleans())  # "not subject" stands alone (BR-O-11)
    groups = [(category, rate)] + ([("S", "19")] if mixed else [])
    rows = [draw(items(c, r)) for c, r in groups for _ in range(draw(st.integers(1, 3)))]
    kind = draw(st.sampled_from(["standard", "deposit", "final", "credit_note"]))
    inclusive = draw(st.booleans())
    for _ in range(draw(st.integers(0, 2))):  # document-level allowances and charges
        c, r = draw(st.sampled_from(groups))
        percent = draw(st.sampled_from([None, "5", "2.5"]))
        rows.append({"description": "Adjustment", "kind": draw(st.sampled_from(["allowance", "charge"])),
                     "quantity": "1", "unit_price": "0" if percent else str(draw(st.integers(1, 50))),
                     "discount_percent": percent or "0", "tax_rate": r, "vat_category": c,
                     "exemption_reason": REASONS.get(c, "")})
    try:
        valid = line_rules.validate(rows, currency)
    except StudioError:
        assume(False)
    lines = line_rules.as_dicts(valid)
    if kind == "final":  # deposits deducted with the VAT their invoices charged
        for c, r in groups[:draw(st.integers(1, len(groups)))]:
            net = draw(st.integers(1, 20000))
            tax = money.round_minor(Decimal(net) * Decimal(r) / 100)
            lines.append({"description": "Less deposit", "quantity": "-1", "unit": "", "tax_rate": r,
                          "unit_price": net + tax if inclusive else net, "discount_percent": "0", "fixed_tax": -tax,
                          **({"vat_category": c, "exemption_reason": REASONS.get(c, "")} if c != "S" else {})})
    if kind == "credit_note":
        lines = [{**row, "quantity": str(-Decimal(row["quantity"]))} if row.get("kind", "item") == "item"
                 or Decimal(row.get("discount_percent") or 0) == 0 else row for row in lines]
        lines = [{**row, "fixed_tax": -row["fixed_tax"]} if row.get("fixed_tax") is not None else row
                 for row in lines]
    totals = money.document_totals(line_rules.as_money_lines(lines), currency, prices_include_tax=inclusive)
    assume(totals.gross < 0 if kind == "credit_note" else totals.gross >= 0)  # what issuing accepts
    seller = {**SELLER, "tax_number": "22/815/08154"} if category == "O" else SELLER
    return snapshot(lines, kind=kind, currency=currency, prices_include_tax=inclusive, buyer=EU_BUYER, seller=seller,
                    corrects={"number": "INV-2026-0001", "issue_date": "2026-10-01"} if kind == "credit_note"
                    else None)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(invoices())
def test_random_invoices_have_no_failed_assert(snap):
    for fmt in FORMATS:
        assert einvoice.problems(snap, fmt) == [], fmt
        xml = einvoice.build(snap, fmt)
        failed = [f for f in einvoice.validate(xml, fmt) if f.fails]
        assert failed == [], (fmt, failed, xml.decode())
