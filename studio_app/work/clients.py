"""Clients: who the studio works for, how they like to be reached, and their log."""

from __future__ import annotations

from collections.abc import Mapping

from studio_app.store import db, search
from studio_app import money
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
        "country": cleaning.clean(pick("country"), "Country", field="country", max_len=60),
        "tax_id": cleaning.clean(pick("tax_id"), "VAT id", field="tax_id", max_len=40),
        "language": cleaning.choice(pick("language", "en"), LANGUAGES, "Language", field="language"),
        "currency": money.check_currency(pick("currency", "EUR")),
        "preferred_channel": cleaning.choice(pick("preferred_channel", "email"), CHANNELS, "Preferred channel",
                                         field="preferred_channel"),
        "birthday": cleaning.date(pick("birthday", None), "Birthday", field="birthday"),
        "anniversary": cleaning.date(pick("anniversary", None), "Company anniversary", field="anniversary"),
        "notes": cleaning.clean(pick("notes"), "Notes", multiline=True, max_len=cleaning.MAX_LONG, field="notes"),
    }
    values["search_key"] = cleaning.fold(values["name"], values["company"], values["email"])
    return values


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
