from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studio_app import money
from studio_app.text.errors import StudioError


def line(qty, price, rate, discount="0"):
    return money.Line(Decimal(qty), price, Decimal(rate), Decimal(discount))


def test_en16931_rounds_each_line_then_vat_once_per_rate():
    # three lines of 0.333 h at 10.00: each line 3.33, VAT on the 9.99 sum, rounded once
    lines = [line("0.333", 1000, "19")] * 3
    totals = money.document_totals(lines, "EUR")
    assert totals.line_amounts == (333, 333, 333)
    assert totals.net == 999
    assert totals.tax == 190  # 9.99 × 19 % = 1.8981 → 1.90
    assert totals.gross == 1189


def test_vat_per_rate_is_computed_on_the_sum_of_that_rate():
    lines = [line("1", 1005, "20"), line("1", 1005, "20"), line("1", 1000, "8")]
    totals = money.document_totals(lines, "EUR")
    assert [(r.rate, r.net, r.tax) for r in totals.rates] == [(Decimal(8), 1000, 80), (Decimal(20), 2010, 402)]
    assert totals.gross == 1000 + 80 + 2010 + 402


def test_tax_inclusive_keeps_the_entered_gross_exactly():
    totals = money.document_totals([line("1", 119000, "19")], "EUR", prices_include_tax=True)
    assert (totals.net, totals.tax, totals.gross) == (100000, 19000, 119000)


def test_discount_and_deposit_deduction_and_payments():
    totals = money.document_totals([line("2", 10000, "20", "10")], "EUR", deducted=5000, paid=1000)
    assert totals.net == 18000 and totals.gross == 21600
    assert totals.due == 21600 - 5000 - 1000


@pytest.mark.parametrize("currency, text, minor", [
    ("EUR", "1190", 119000), ("EUR", "1.190,00", 119000), ("EUR", "1,190.00", 119000), ("EUR", "12,5", 1250),
    ("EUR", "€ 1 250.50", 125050), ("JPY", "1500", 1500), ("KWD", "1.125", 1125), ("EUR", "1.000.000", 100000000),
])
def test_parse_amount_reads_what_people_type(currency, text, minor):
    assert money.parse_amount(text, currency) == minor


@pytest.mark.parametrize("currency, text, message", [
    ("EUR", "", "required"), ("EUR", "abc", "amount like"), ("EUR", "-5", "negative"),
    ("EUR", "1.234", "at most 2 decimal places"), ("JPY", "10.5", "at most 0 decimal places"),
    ("EUR", "99999999999", "too large"), ("EUR", "1e5", "amount like"),
])
def test_parse_amount_refuses_bad_values_with_a_message(currency, text, message):
    with pytest.raises(StudioError, match=message):
        money.parse_amount(text, currency)


def test_floats_never_enter_the_money_path():
    with pytest.raises(TypeError):
        money.parse_amount(12.5, "EUR")


def test_currency_codes_and_minor_units():
    assert money.check_currency(" eur ") == "EUR"
    assert (money.minor_digits("EUR"), money.minor_digits("JPY"), money.minor_digits("KWD")) == (2, 0, 3)
    with pytest.raises(StudioError, match="not a currency code"):
        money.check_currency("XYZ")


def test_format_money_follows_the_locale():
    assert money.format_money(119000, "EUR", "en") == "€1,190.00"
    assert money.format_money(119000, "EUR", "el_GR") == "1.190,00\xa0€"
    assert money.format_money(1500, "JPY", "en") == "¥1,500"


rates = st.sampled_from([Decimal(r) for r in ("0", "5", "7.5", "8", "10", "19", "20", "24")])
lines_strategy = st.lists(st.builds(
    money.Line,
    quantity=st.decimals(min_value=Decimal("0.0001"), max_value=Decimal("1000"), places=4),
    unit_price=st.integers(min_value=0, max_value=10_000_000),
    tax_rate=rates,
    discount_percent=st.sampled_from([Decimal(0), Decimal(10), Decimal("12.5")]),
), min_size=1, max_size=30)


def reference_totals(lines, inclusive):
    """The same rules written out the long way, with plain integer arithmetic where possible."""
    per_rate = {}
    for ln in lines:
        exact = ln.quantity * ln.unit_price * (100 - ln.discount_percent) / 100
        amount = int(exact.quantize(Decimal(1), rounding="ROUND_HALF_UP"))
        per_rate[ln.tax_rate] = per_rate.get(ln.tax_rate, 0) + amount
    net = tax = 0
    for rate, base in per_rate.items():
        if inclusive:
            n = int((Decimal(base) * 100 / (100 + rate)).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
            net, tax = net + n, tax + base - n
        else:
            net += base
            tax += int((Decimal(base) * rate / 100).quantize(Decimal(1), rounding="ROUND_HALF_UP"))
    return net, tax


@settings(max_examples=200, deadline=None)
@given(lines_strategy, st.booleans(), st.randoms(use_true_random=False))
def test_totals_are_exact_order_independent_and_match_the_reference(lines, inclusive, rnd):
    totals = money.document_totals(lines, "EUR", prices_include_tax=inclusive)
    shuffled = list(lines)
    rnd.shuffle(shuffled)
    again = money.document_totals(shuffled, "EUR", prices_include_tax=inclusive)
    assert (totals.net, totals.tax, totals.gross) == (again.net, again.tax, again.gross)
    assert (totals.net, totals.tax) == reference_totals(lines, inclusive)
    assert totals.gross == totals.net + totals.tax
    assert all(isinstance(v, int) for v in (totals.net, totals.tax, totals.gross))
    if inclusive:
        assert totals.gross == sum(totals.line_amounts)
