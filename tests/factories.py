"""Building realistic records for tests through the same services the app uses."""

from __future__ import annotations

from studio_app.work import acceptance, clients, invoices, projects, quotes, settings


def studio(**overrides):
    values = {"name": "Deniz Design Studio", "address": "Moda Cad. 12\n34710 Kadıköy, İstanbul", "country": "TR",
              "email": "hello@deniz.design", "tax_id": "TR1234567890", "iban": "DE89 3704 0044 0532 0130 00",
              "bic": "COBADEFFXXX", "payment_methods": "Bank transfer\nPayPal"}
    values.update(overrides)
    return settings.update(values)


def client(**overrides):
    values = {"name": "Ayşe Yılmaz", "company": "Şişli Kahve Evi", "email": "ayse@example.com",
              "address": "Halaskargazi Cd. 5\nŞişli, İstanbul", "country": "TR", "tax_id": "TR9876543210",
              "language": "tr", "currency": "EUR"}
    values.update(overrides)
    return clients.create(**values)


def project(client_id: int, **overrides):
    values = {"title": "Brand identity", "goals": "A recognisable brand for a new coffee house.",
              "price": "4000", "tax_rate": "20", "deposit_percent": "30", "included_rounds": 2,
              "extra_round_fee": "60", "deadline": "2027-01-15",
              "deliverables": [{"name": "Logo", "format": "SVG + PNG logo set", "quantity": 1},
                               {"name": "Brand guide", "format": "PDF, 20 pages", "quantity": 1}],
              "exclusions": ["Copywriting", "Stock photo licences"],
              "milestones": [{"title": "First concepts", "due_date": "2026-12-10"}]}
    values.update(overrides)
    return projects.create(client_id, **values)


def issued_invoice(client_id: int, lines=None, **kwargs):
    lines = lines or [{"description": "Poster design", "quantity": "2", "unit_price": "250", "tax_rate": "20"}]
    draft = invoices.create_draft(client_id, lines=lines, **kwargs)
    return invoices.issue(draft.id)


def accepted_quote(project_id: int):
    quote = quotes.issue(quotes.create_from_project(project_id).id)
    return acceptance.accept(quote.id)
