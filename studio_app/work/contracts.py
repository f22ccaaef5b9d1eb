"""Contracts drawn from accepted quotes, their clauses frozen in the client's language."""

from __future__ import annotations

import json
from decimal import Decimal

from collections.abc import Collection

from . import clock, issuing, projects, settings, studio_texts
from studio_app.store import db, locks, search
from studio_app import money
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.i18n import document_texts, format_date, locale_for
from studio_app.store.models import Contract, Quote


def get(contract_id: int) -> Contract:
    contract = Contract.get_or_none(Contract.id == contract_id)
    if contract is None:
        raise StudioError("There is no contract with id {id}.", id=contract_id)
    return contract


def by_number(number: str) -> Contract:
    contract = Contract.get_or_none(Contract.number == number.strip())
    if contract is None:
        raise StudioError("There is no contract numbered {number}.", number=number.strip()[:40])
    return contract


def clause_values(quote: Quote) -> dict[str, str]:
    studio = settings.get()
    return clause_values_for(studio.name, quote.client, quote.project, quote.number, quote.language,
                             quote.currency, studio.payment_terms_days)


def clause_values_for(studio_name: str, client, project, quote_number: str | None, language: str, currency: str,
                      payment_terms_days: int) -> dict[str, str]:
    """What a clause text may refer to, formatted for the client's language."""
    locale = locale_for(language)

    def fmt(minor: int) -> str:
        return money.format_money(minor, currency, locale)

    return {
        "studio": studio_name,
        "client": client.company or client.name,
        "project": project.title,
        "quote_number": quote_number or "",
        "included_rounds": str(project.included_rounds),
        "extra_round_fee": fmt(project.extra_round_fee),
        "hourly_rate": fmt(project.hourly_rate),
        "deposit_percent": format(Decimal(project.deposit_percent).normalize(), "f"),
        "deposit_amount": fmt(projects.deposit_net(project)),
        "payment_terms_days": str(payment_terms_days),
        "deadline": format_date(project.deadline, language, "long") if project.deadline else "",
    }


def fill_clauses(language: str, billing: str, values: dict[str, str],
                 optional: Collection[str] = ()) -> list[dict[str, str]]:
    """The contract's clauses in ``language`` (the studio's own wording where it edited them) with the values
    filled in: the text that gets frozen. An optional clause is included only when ``optional`` names it."""
    skip = "revisions" if billing == "hourly" else "revisions_hourly"
    return [{"id": c["id"], "title": c["title"], "body": studio_texts.fill(c["body"], values)}
            for c in studio_texts.clauses(language)
            if c["id"] != skip and (not c.get("optional") or c["id"] in optional)]


def optional_clauses(language: str = "en") -> list[dict[str, str]]:
    """The clauses a contract may add or leave out (each ``id`` and ``title`` in ``language``)."""
    return [{"id": c["id"], "title": c["title"]} for c in document_texts(language)["clauses"] if c.get("optional")]


def chosen_optional(contract: Contract) -> list[str]:
    """The optional clauses ``contract`` includes."""
    optional = {c["id"] for c in optional_clauses()}
    return [c.get("id") for c in json.loads(contract.clauses) if c.get("id") in optional]


def frozen_clauses(quote: Quote, optional: Collection[str] = ()) -> list[dict[str, str]]:
    return fill_clauses(quote.language, quote.project.extra_round_billing, clause_values(quote), optional)


def set_optional_clauses(contract_id: int, optional: Collection[str]) -> Contract:
    """Include exactly the optional clauses ``optional`` names in a draft contract; its clauses are drawn again
    from today's texts (an issued contract keeps the words it was issued with)."""
    known = {c["id"] for c in optional_clauses()}
    unknown = sorted(set(optional) - known)
    if unknown:
        raise StudioError("There is no optional clause “{name}”.", field="clauses", name=str(unknown[0])[:40])
    with db.transaction():
        contract = locks.locked(Contract, contract_id, "contract")
        if contract.status != "draft":
            raise StudioError("This contract is issued; its clauses can no longer change.")
        clauses = json.dumps(frozen_clauses(contract.quote, optional), ensure_ascii=False)
        Contract.update(clauses=clauses).where(Contract.id == contract_id).execute()
    return get(contract_id)


def create_for_quote(quote: Quote) -> Contract:
    with db.transaction():
        return Contract.create(quote=quote, project=quote.project_id, client=quote.client_id,
                               language=quote.language, clauses=json.dumps(frozen_clauses(quote), ensure_ascii=False),
                               search_key=search.document_key(None, quote.client.name, quote.project.title))


def delete_draft(contract_id: int) -> None:
    """A draft contract the studio does not want; an issued one is kept for ever."""
    issuing.refuse_if_issued(get(contract_id).status, "contract")
    with db.transaction():
        issuing.lock_draft(Contract, contract_id, "contract").delete_instance()


def issue(contract_id: int) -> Contract:
    return issuing.issue("contract", contract_id, get, _issuing)


def _issuing(contract: Contract) -> issuing.Plan:
    """Issuing gives a contract its number and date, and freezes its clauses in the words of today's texts
    (the studio may have edited them in Settings → Documents since the draft was drawn up)."""
    clauses = json.dumps(frozen_clauses(contract.quote, chosen_optional(contract)), ensure_ascii=False)
    return issuing.Plan("contract", clock.today(), values={"clauses": clauses})


def mark_signed(contract_id: int, signed_on: object = None) -> Contract:
    _check_signable(get(contract_id))
    day = cleaning.date(signed_on, "Signed on", field="signed_on") or clock.today()
    with db.transaction():
        _check_signable(locks.locked(Contract, contract_id, "contract"))  # another desk may have just marked it
        Contract.update(status="signed", signed_on=day).where(Contract.id == contract_id).execute()
    return get(contract_id)


def _check_signable(contract: Contract) -> None:
    if contract.status == "signed":
        raise StudioError("This contract is already marked signed (on {date}).", date=str(contract.signed_on))
    if contract.status != "issued":
        raise StudioError("Issue the contract before marking it signed.")
