"""The short lists the editors' pickers offer: active clients, projects a quote or contract can be made for."""

from __future__ import annotations

from studio_app.text.errors import StudioError
from . import lists
from .models import Client, Contract, Project


def names(kind: str, client_id: int | None = None, language: str = "en") -> list[tuple[int, str]]:
    """(id, name) of active clients (in the ``language``'s collation) or projects (newest first), for pickers;
    projects optionally of one client."""
    if kind == "clients":
        query = Client.select(Client.id, Client.name).where(Client.archived == False)  # noqa: E712
        return list(query.order_by(lists.collated(Client, "name", language), Client.id).tuples())
    if kind == "projects":
        query = Project.select(Project.id, Project.title).where(Project.archived == False)  # noqa: E712
        if client_id is not None:
            query = query.where(Project.client == client_id)
        return list(query.order_by(Project.id.desc()).tuples())
    raise StudioError("There is no list of names for “{kind}”.", kind=kind)


def project_choices(purpose: str, language: str = "en") -> list[tuple[int, str, str]]:
    """(id, title, client's name) of the projects a new quote (``purpose`` "quote": not archived, not lost or
    closed) or a new contract ("contract": with an accepted quote) can be made for, by title in the
    ``language``'s collation."""
    query = (Project.select(Project.id, Project.title, Client.name).join(Client, on=(Project.client == Client.id))
             .where(Project.archived == False))  # noqa: E712
    if purpose == "quote":
        query = query.where(Project.status.not_in(("lost", "closed")))
    elif purpose == "contract":
        query = query.where(Project.accepted_quote.is_null(False))
    else:
        raise StudioError("There is no list of projects for “{purpose}”.", purpose=purpose)
    return list(query.order_by(lists.collated(Project, "title", language), Project.id).tuples())


def contract_of_agreement(project_id: int) -> int | None:
    """The contract drawn up from the project's accepted quote, if there is one (one contract per quote)."""
    return (Contract.select(Contract.id).join(Project, on=(Contract.quote == Project.accepted_quote))
            .where(Project.id == project_id).scalar())
