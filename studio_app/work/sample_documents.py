"""Sample documents with the studio's details and wording, never stored: what Settings → Documents previews as
the designer types, and what the first-run assistant ends with.

``texts`` overrides the studio's saved wording (key -> text, as :mod:`studio_app.work.studio_texts` names
them), so a text can be seen on its document before it is saved.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from studio_app import money
from studio_app.text.i18n import format_date, format_percent, locale_for
from studio_app.work import first_day, settings, studio_texts

SAMPLE_CLIENT = "Şişli Kahve Evi"
SAMPLE_PROJECT = "Brand identity"
SAMPLE_QUOTE = "Q-2026-0001"


def studio_values() -> dict:
    """The studio row as the sample builders take it (the assistant passes its own, not yet saved)."""
    studio = settings.get()
    names = ("name", "address", "country", "email", "phone", "website", "tax_id", "iban", "bic", "account_holder",
             "bank_name", "payment_methods", "currency", "tax_rate", "deposit_percent", "included_rounds",
             "extra_round_fee", "payment_terms_days", "accent_color", "paper_size", "hourly_rate")
    return {name: getattr(studio, name) for name in names}


def clause_values(values: dict, language: str, today: dt.date) -> dict[str, str]:
    """What a sample contract's clauses refer to (the same names as a real contract's)."""
    currency = str(values.get("currency") or "EUR")
    locale = locale_for(language)
    price = money.parse_amount("1200", currency, "Unit price")
    deposit = Decimal(str(values.get("deposit_percent") or 0))
    return {
        "studio": str(values.get("name") or ""), "client": SAMPLE_CLIENT, "project": SAMPLE_PROJECT,
        "quote_number": SAMPLE_QUOTE, "included_rounds": str(values.get("included_rounds") or 0),
        "extra_round_fee": money.format_money(int(values.get("extra_round_fee") or 0), currency, locale),
        "hourly_rate": money.format_money(int(values.get("hourly_rate") or 0), currency, locale),
        "deposit_percent": format_percent(deposit, language),
        "deposit_amount": money.format_money(int(price * deposit / 100), currency, locale),
        "payment_terms_days": str(values.get("payment_terms_days") or 14),
        "deadline": format_date(today + dt.timedelta(days=42), language, "long"),
    }


def snapshot(kind: str, language: str, texts: dict[str, str] | None = None, *, today: dt.date,
             values: dict | None = None) -> dict:
    """A sample ``kind`` (quote, invoice, contract) in ``language`` with the studio's texts and ``texts``."""
    values = {**(values or studio_values()), "language": language}
    texts = texts or {}
    quote = first_day.sample_quote(values, None, today)
    labels = {**studio_texts.labels(language), **{k: v for k, v in texts.items() if k in studio_texts.LABELS}}
    quote["texts"] = labels
    if kind == "quote":
        return quote
    if kind == "invoice":
        document = quote["document"]
        due = today + dt.timedelta(days=int(values.get("payment_terms_days") or 14))
        quote["kind"] = "invoice"
        quote["document"] = {
            "invoice_kind": "standard", "number": None, "currency": document["currency"], "language": language,
            "issue_date": today.isoformat(), "supply_date": today.isoformat(), "due_date": due.isoformat(),
            "prices_include_tax": False, "notes": "", "lines": document["lines"], "deducted": 0,
            "deposit_numbers": [], "corrects": None}
        quote["project"] = {"title": SAMPLE_PROJECT}
        return quote
    return _contract(quote, language, texts, values, today)


def _contract(quote: dict, language: str, texts: dict[str, str], values: dict, today: dt.date) -> dict:
    filled = clause_values(values, language, today)
    clauses = []
    shown_laws: dict[str, str] = {}  # a clause worded per law shows the law being edited, else its first
    for clause in studio_texts.clauses(language):
        if clause["id"] == "revisions_hourly":
            continue
        key = studio_texts.clause_key(clause)
        if clause.get("countries"):
            prefix = studio_texts.CLAUSE_PREFIX + clause["id"] + studio_texts.VARIANT
            edited_here = next((k for k in texts if k.startswith(prefix)), "")
            if key != shown_laws.setdefault(clause["id"], edited_here or key):
                continue
        body = texts.get(key, clause["body"])
        clauses.append({"id": clause["id"], "title": clause["title"], "body": studio_texts.fill(body, filled)})
    document = quote["document"]
    quote["kind"] = "contract"
    quote["document"] = {"number": None, "language": language, "issue_date": today.isoformat(), "clauses": clauses,
                         "quote_number": SAMPLE_QUOTE, "currency": document["currency"], "lines": document["lines"],
                         "prices_include_tax": False}
    return quote


def render(kind: str, language: str, texts: dict[str, str] | None = None, *, today: dt.date) -> bytes:
    """The sample's PDF, drawn with the studio's logo."""
    from studio_app.documents import render as render_pdf  # reportlab loads only when a document is drawn
    logo = settings.get().logo
    return render_pdf(snapshot(kind, language, texts, today=today), bytes(logo) if logo else None)

