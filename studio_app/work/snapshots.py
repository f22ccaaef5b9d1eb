"""The frozen content of a document: everything its PDF shows, as plain JSON-able data.

A snapshot has a ``document`` part (the document's own rows: numbers, dates, lines) that must
never change after issuing — ``check`` compares it with the tables — and ``parties`` (studio and
client details as they were on the day), which may legitimately change later in the tables.
"""

from __future__ import annotations

import json
from decimal import Decimal

from studio_app.money import lines as line_rules
from . import local_fields, projects, settings, studio_texts
from studio_app.store.models import Client, Contract, Invoice, Project, Quote, Studio, Transmission


def canonical(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def iso(value) -> str | None:
    return value.isoformat() if value else None


def seller(studio: Studio) -> dict:
    """The studio as the document names it; the structured address, tax number, contact and electronic
    address are the e-invoice's (EN 16931 BG-4 to BG-6, BT-32, BT-34; migration 7)."""
    return {
        "name": studio.name, "address": studio.address, "country": studio.country, "email": studio.email,
        "phone": studio.phone, "website": studio.website, "tax_id": studio.tax_id, "iban": studio.iban,
        "bic": studio.bic, "account_holder": studio.account_holder or studio.name, "bank_name": studio.bank_name,
        "payment_methods": settings.payment_methods(studio),
        "street": studio.street, "postcode": studio.postcode, "city": studio.city, "tax_number": studio.tax_number,
        "contact_name": studio.contact_name,
        "electronic_address": {"scheme": studio.electronic_address_scheme, "id": studio.electronic_address},
        **local_part(studio), "bank_account_number": getattr(studio, "bank_account_number", ""),
        "duitnow_id": getattr(studio, "duitnow_id", ""),
    }


def local_part(party: Studio | Client) -> dict:
    """The party details of migration 9 (tax office, national tax number, registers); documents read them with
    .get(), since snapshots frozen before have none."""
    return {name: getattr(party, name, "") or "" for name in local_fields.PARTY_FIELDS}  # a demo row may lack them


def buyer(client) -> dict:
    """The client as the document names it, with its e-invoice format and identifiers (BT-10, BT-49)."""
    return {"name": client.name, "company": client.company, "address": client.address, "country": client.country,
            "tax_id": client.tax_id, "email": client.email,
            "street": client.street, "postcode": client.postcode, "city": client.city,
            "einvoice": {"format": client.einvoice_format, "buyer_reference": client.buyer_reference,
                         "endpoint_scheme": client.endpoint_scheme, "endpoint_id": client.endpoint_id},
            **local_part(client)}


def style(studio: Studio) -> dict:
    return {"accent_color": studio.accent_color, "paper_size": studio.paper_size}


def _project_part(project: Project | None) -> dict | None:
    if project is None:
        return None
    scope = projects.scope(project.id)
    return project_part(project, scope["deliverables"], scope["exclusions"], scope["milestones"])


def project_part(project, deliverables, exclusions, milestones) -> dict:
    """What a quote or contract says about the project, from its row and scope rows."""
    return {
        "title": project.title, "goals": project.goals, "deadline": iso(project.deadline),
        "start_date": iso(project.start_date), "pricing": project.pricing,
        "deliverables": [{"name": d.name, "format": d.format, "quantity": d.quantity, "due_date": iso(d.due_date)}
                         for d in deliverables],
        "exclusions": [e.text for e in exclusions],
        "milestones": [{"title": m.title, "due_date": iso(m.due_date)} for m in milestones],
        "revision_policy": {
            "included_rounds": project.included_rounds, "billing": project.extra_round_billing,
            "fee": project.extra_round_fee, "hourly_rate": project.hourly_rate,
        },
        "deposit_percent": format(Decimal(project.deposit_percent).normalize(), "f"),
        "deposit_net": projects.deposit_net(project),
        "tax_rate": format(Decimal(project.tax_rate).normalize(), "f"),
    }


def invoice_document(invoice, lines: list[dict], deposit_numbers: list[str], corrects: dict | None) -> dict:
    """The invoice's own part of the snapshot, from a row (model or namespace) and its line dicts. The buyer's
    order reference (BT-13, migration 7) is there when it is set: documents issued before have none."""
    document = {
        "invoice_kind": invoice.kind, "number": invoice.number, "currency": invoice.currency,
        "language": invoice.language, "issue_date": iso(invoice.issue_date),
        "supply_date": iso(invoice.supply_date), "due_date": iso(invoice.due_date),
        "prices_include_tax": bool(invoice.prices_include_tax), "notes": invoice.notes,
        "lines": lines, "deducted": invoice.deducted, "deposit_numbers": deposit_numbers, "corrects": corrects,
    }
    if getattr(invoice, "order_reference", ""):
        document["order_reference"] = invoice.order_reference
    return document


def mydata(invoice: Invoice) -> dict | None:
    """The myDATA ΜΑΡΚ and link of a Greek invoice, and for a credit note the ΜΑΡΚ of the invoice it corrects;
    beside the document part (which `check` compares with the tables), None when there is none."""
    part = {"mark": getattr(invoice, "mydata_mark", ""), "url": getattr(invoice, "mydata_url", ""),
            "corrected_mark": _corrected_mark(invoice) if invoice.corrects_id else ""}
    return part if any(part.values()) else None


def _corrected_mark(invoice: Invoice) -> str:
    """The ΜΑΡΚ of the invoice a credit note corrects: recorded after it was issued (migration 13), else typed on
    its draft."""
    recorded = Transmission.get_or_none(Transmission.invoice == invoice.corrects_id)
    return recorded.mark if recorded is not None else invoice.corrects.mydata_mark


def deposit_numbers(invoice: Invoice) -> list[str]:
    if invoice.kind != "final" or not invoice.project_id:
        return []
    return [n for (n,) in Invoice.select(Invoice.number).where(
        (Invoice.project == invoice.project_id) & (Invoice.kind == "deposit") & (Invoice.status == "issued"))
        .order_by(Invoice.id).tuples()]


def invoice_snapshot(invoice: Invoice, refund: dict | None = None) -> dict:
    """``refund``: what a credit note leaves the studio owing the client (the credit note says so)."""
    studio = settings.get()
    corrects = invoice.corrects
    snapshot = {
        "kind": "invoice",
        "document": invoice_document(
            invoice, line_rules.as_dicts(invoice.lines.order_by(invoice.lines.model.position)),
            deposit_numbers(invoice),
            {"number": corrects.number, "issue_date": iso(corrects.issue_date)} if corrects else None),
        "parties": {"seller": seller(studio), "buyer": buyer(invoice.client)},
        "project": {"title": invoice.project.title} if invoice.project_id else None,
        "payment_terms_days": studio.payment_terms_days,
        "style": style(studio),
        "texts": studio_texts.labels(invoice.language),
    }
    if refund:
        snapshot["refund"] = refund
    if mydata(invoice):
        snapshot["mydata"] = mydata(invoice)
    return snapshot


def quote_document(quote, lines: list[dict]) -> dict:
    return {
        "number": quote.number, "currency": quote.currency, "language": quote.language,
        "issue_date": iso(quote.issue_date), "valid_until": iso(quote.valid_until),
        "prices_include_tax": bool(quote.prices_include_tax), "notes": quote.notes, "lines": lines,
    }


def quote_snapshot(quote: Quote) -> dict:
    studio = settings.get()
    return {
        "kind": "quote",
        "document": quote_document(quote, line_rules.as_dicts(quote.lines.order_by(quote.lines.model.position))),
        "parties": {"seller": seller(studio), "buyer": buyer(quote.client)},
        "project": _project_part(quote.project),
        "payment_terms_days": studio.payment_terms_days,
        "style": style(studio),
        "texts": studio_texts.labels(quote.language),
    }


def contract_document(contract, quote_document_part: dict) -> dict:
    return {
        "number": contract.number, "language": contract.language, "issue_date": iso(contract.issue_date),
        "clauses": json.loads(contract.clauses), "quote_number": quote_document_part["number"],
        "currency": quote_document_part["currency"], "lines": quote_document_part["lines"],
        "prices_include_tax": quote_document_part["prices_include_tax"],
    }


def contract_snapshot(contract: Contract) -> dict:
    quote = quote_snapshot(contract.quote)
    return {
        "kind": "contract",
        "document": contract_document(contract, quote["document"]),
        "parties": quote["parties"],
        "project": quote["project"],
        "payment_terms_days": quote["payment_terms_days"],
        "style": quote["style"],
    }


BUILDERS = {"invoice": (Invoice, invoice_snapshot), "quote": (Quote, quote_snapshot),
            "contract": (Contract, contract_snapshot)}


def build(kind: str, document_id: int) -> dict:
    model, builder = BUILDERS[kind]
    return builder(model.get_by_id(document_id))


