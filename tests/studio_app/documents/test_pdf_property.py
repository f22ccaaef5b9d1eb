"""Any invoice a designer can enter renders, and the totals read back from the PDF are exactly
:func:`money.document_totals` of its lines (per VAT rate, total net, total VAT, gross)."""

from __future__ import annotations

import re
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_app.work import clients, invoices, snapshots
from studio_app import money
from studio_app.documents import render

from .conftest import Pdf, flat

RATES = ["0", "5", "7.5", "10", "13", "19", "20", "24"]
WORDS = st.text(alphabet="abcdefgh ijklmnop ŞşİıĞğ αβγδ ΑΘΗΝΑ <>&'\"/%—", min_size=1, max_size=120)

line = st.fixed_dictionaries({
    "description": WORDS.filter(lambda s: s.strip()),
    "quantity": st.decimals(min_value=Decimal("0.0001"), max_value=Decimal(1000), places=4).map(str),
    "unit": st.sampled_from(["", "h", "pcs", "m²"]),
    "unit_price": st.integers(min_value=0, max_value=1_000_000),  # minor units, up to 10,000.00
    "tax_rate": st.sampled_from(RATES),
    "discount_percent": st.one_of(st.just("0"), st.decimals(min_value=0, max_value=100, places=2).map(str)),
})

AMOUNT = r"(-?)[^\d\s-]{0,4}([\d,]+(?:\.\d+)?)"  # "€1,234.56", "-£0.50", "JP¥1,500" in an English invoice


def minor(sign: str, digits: str, currency: str) -> int:
    value = money.to_minor(Decimal(digits.replace(",", "")), currency)
    return -value if sign else value


def extracted_totals(text: str, currency: str) -> dict[str, int]:
    found = {}
    for rate, sign, digits in re.findall(r"Net amount at ([\d.]+)% VAT " + AMOUNT, text):
        found[f"net {rate}"] = minor(sign, digits, currency)
    for rate, sign, digits in re.findall(r"(?<!Total )VAT ([\d.]+)% " + AMOUNT, text):
        found[f"vat {rate}"] = minor(sign, digits, currency)
    for label, key in (("Total net", "net"), ("Total VAT", "vat"), (rf"Total \({currency}\)", "gross")):
        match = re.search(label + " " + AMOUNT, text)
        if match:
            found[key] = minor(match[1], match[2], currency)
    return found


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(lines=st.lists(line, min_size=1, max_size=40), currency=st.sampled_from(["EUR", "GBP", "JPY"]),
       inclusive=st.booleans())
def test_any_invoice_renders_and_its_totals_are_the_money_module_totals(sqlite_db, lines, currency, inclusive):
    if currency == "JPY":  # yen have no minor unit: whole prices
        lines = [{**item, "unit_price": item["unit_price"] // 100} for item in lines]
    client = clients.create(name="Property Client", currency=currency, language="en")
    draft = invoices.create_draft(client.id, lines=lines, prices_include_tax=inclusive)
    expected = money.document_totals(
        [money.Line(Decimal(i["quantity"]), i["unit_price"], Decimal(i["tax_rate"]), Decimal(i["discount_percent"]))
         for i in lines], currency, prices_include_tax=inclusive)
    pdf = Pdf(render(snapshots.invoice_snapshot(draft)))
    assert pdf.data.startswith(b"%PDF") and pdf.pages >= 1
    got = extracted_totals(flat(pdf.pypdf_text()), currency)
    want = {"gross": expected.gross}
    for rate in expected.rates:
        key = format(rate.rate, "f")
        want[f"net {key}"], want[f"vat {key}"] = rate.net, rate.tax
    if len(expected.rates) > 1:
        want["net"], want["vat"] = expected.net, expected.tax
    assert got == want
    assert (draft.total_net, draft.total_gross) == (expected.net, expected.gross)
