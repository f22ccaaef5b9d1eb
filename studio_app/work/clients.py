"""Clients: who the studio works for, how they like to be reached, and their log."""

from __future__ import annotations

import re
from collections.abc import Mapping

from studio_app.store import db, search
from . import local_fields
from studio_app import money
from studio_app.einvoice.formats import FORMATS as EINVOICE_FORMATS, XRECHNUNG_FORMATS
from . import identifiers
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.i18n import LANGUAGES
from studio_app.store.models import Client, Contract, Invoice, Project, Quote

CHANNELS = ("email", "phone", "in person", "chat")


def get(client_id: int) -> Client:
    client = Client.get_or_none(Client.id == client_id)
    if client is None:
        raise StudioError("There is no client with id {id}.", id=client_id)
    return client


def _validated(data: Mapping[str, object], current: Client | None) -> dict[str, object]:
    def pick(name: str, default: object = "") -> object:
        return data[name] if name in data else (getattr(current, name) if current else default)

    values = {
        "name": cleaning.clean(pick("name"), "Name", required=True, field="name"),
        "company": cleaning.clean(pick("company"), "Company", field="company"),
        "email": cleaning.emails(pick("email")),
        "phone": cleaning.clean(pick("phone"), "Phone", field="phone", max_len=60),
        "address": cleaning.clean(pick("address"), "Address", multiline=True, max_len=1000, field="address"),
        "country": identifiers.country(pick("country")),
        "tax_id": cleaning.clean(pick("tax_id"), "VAT id", field="tax_id", max_len=40),
        "language": cleaning.choice(pick("language", "en"), LANGUAGES, "Language", field="language"),
        "currency": money.check_currency(pick("currency", "EUR")),
        "preferred_channel": cleaning.choice(pick("preferred_channel", "email"), CHANNELS, "Preferred channel",
                                         field="preferred_channel"),
        "birthday": cleaning.date(pick("birthday", None), "Birthday", field="birthday"),
        "anniversary": cleaning.date(pick("anniversary", None), "Company anniversary", field="anniversary"),
        "notes": cleaning.clean(pick("notes"), "Notes", multiline=True, max_len=cleaning.MAX_LONG, field="notes"),
    }
    values["tax_id"] = identifiers.vat_id(local_fields.check_vat_id(values["tax_id"], values["country"]))
    values.update(local_fields.validate({name: pick(name) for name in local_fields.PARTY_FIELDS}, values["country"]))
    values.update(_einvoice_values(pick))
    values["search_key"] = cleaning.fold(values["name"], values["company"], values["email"])
    return values


_LEITWEG_SHAPE = re.compile(r"^[0-9][0-9 -]*$")  # digits and dashes: meant as a Leitweg-ID, so checked as one


def _einvoice_values(pick) -> dict[str, object]:
    """The e-invoice format and what it needs; whether it is complete for the format is asked on issuing
    (:func:`studio_app.work.einvoices.readiness`), so a client can be saved half-way."""
    fmt = cleaning.choice(pick("einvoice_format", "none") or "none", EINVOICE_FORMATS, "E-invoice format",
                          field="einvoice_format")
    reference = cleaning.clean(pick("buyer_reference"), "Buyer reference", field="buyer_reference", max_len=100)
    if reference and fmt in XRECHNUNG_FORMATS and _LEITWEG_SHAPE.match(reference):
        reference = identifiers.leitweg_id(reference)
    scheme, endpoint_id = identifiers.endpoint(pick("endpoint_scheme"), pick("endpoint_id"))
    return {
        "einvoice_format": fmt, "buyer_reference": reference, "endpoint_scheme": scheme, "endpoint_id": endpoint_id,
        "street": cleaning.clean(pick("street"), "Street", field="street", max_len=200),
        "postcode": cleaning.clean(pick("postcode"), "Postcode", field="postcode", max_len=20),
        "city": cleaning.clean(pick("city"), "City", field="city", max_len=100),
    }


def validate(data: Mapping[str, object], client_id: int | None = None) -> dict[str, object]:
    """Check a client form without saving: the cleaned values, or the first :class:`StudioError`."""
    return _validated(data, get(client_id) if client_id else None)


def create(**data: object) -> Client:
    values = _validated(data, None)
    with db.transaction():
        return Client.create(**values)


def update(client_id: int, **data: object) -> Client:
    client = get(client_id)
    values = _validated(data, client)
    with db.transaction():
        Client.update(values).where(Client.id == client_id).execute()
        if values["search_key"] != client.search_key:
            _refresh_document_keys(client_id)
    return get(client_id)


def _refresh_document_keys(client_id: int) -> None:
    """Documents are found by their client's name, so a renamed client's documents learn it too."""
    search.refresh_client_documents(client_id)


def set_archived(client_id: int, archived: bool = True) -> Client:
    get(client_id)
    with db.transaction():
        Client.update(archived=archived).where(Client.id == client_id).execute()
    return get(client_id)


def has_documents(client_id: int) -> bool:
    return any(model.select().where(model.client == client_id).exists() for model in (Quote, Contract, Invoice))


def delete(client_id: int) -> None:
    """Only a client without quotes, contracts or invoices can be deleted; the others are archived."""
    client = get(client_id)
    if has_documents(client_id):
        raise StudioError("{name} has quotes, contracts or invoices, so the client cannot be deleted. "
                          "Archive the client instead.", name=client.name)
    with db.transaction():
        Project.delete().where(Project.client == client_id).execute()
        client.delete_instance()
