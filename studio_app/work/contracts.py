"""Contracts drawn from accepted quotes, their clauses frozen in the client's language."""

from __future__ import annotations

import functools
import json
from decimal import Decimal

from collections.abc import Collection

from . import clock, issuing, projects, settings, studio_texts
from studio_app.store import db, locks, search
from studio_app import money
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text import countries
from studio_app.text.i18n import document_labels, document_texts, format_date, format_percent, locale_for, plural_label
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
                             quote.currency, studio.payment_terms_days, studio=studio)


def _notice_address(party) -> str:
    if party is None:
        return ""
    parts = [" ".join(str(getattr(party, "address", "") or "").split()), getattr(party, "email", "") or ""]
    return ", ".join(p for p in parts if p) or "—"


@functools.lru_cache(maxsize=4096)
def _money_text(minor: int, currency: str, locale: str) -> str:
    """The same fees and rates contract after contract (the large demo words 8,805): each formatted once."""
    return money.format_money(minor, currency, locale)


def clause_values_for(studio_name: str, client, project, quote_number: str | None, language: str, currency: str,
                      payment_terms_days: int, *, studio=None) -> dict[str, str]:
    """What a clause text may refer to, formatted for the client's language."""
    locale = locale_for(language)

    def fmt(minor: int) -> str:
        return _money_text(minor, currency, locale)

    return {
        "studio": studio_name,
        "client": client.company or client.name,
        "project": project.title,
        "quote_number": quote_number or "",
        "included_rounds": str(project.included_rounds),
        "revisions_included": plural_label(language, "revisions_included", int(project.included_rounds or 0)),
        "studio_notice": _notice_address(studio),
        "tax": document_labels(language, getattr(studio, "country", "")).get("tax_in_sentence", "VAT"),
        "client_notice": _notice_address(client),
        "extra_round_fee": fmt(project.extra_round_fee),
        "hourly_rate": fmt(project.hourly_rate),
        "deposit_percent": format_percent(Decimal(project.deposit_percent), language),
        "deposit_amount": fmt(projects.deposit_net(project)),
        "payment_terms_days": str(payment_terms_days),
        "deadline": format_date(project.deadline, language, "long") if project.deadline else "",
    }


def fill_clauses(language: str, billing: str, values: dict[str, str], country: object = "",
                 optional: Collection[str] = (), wording: list[dict] | None = None) -> list[dict[str, str]]:
    """The contract's clauses in ``language`` (the studio's own wording where it edited them) with the values
    filled in: the text that gets frozen. A clause written for one law ("countries": ["TR"]) is taken for a
    studio in that country, "other" for the rest; an optional clause only when ``optional`` names it.
    ``wording``: ``studio_texts.clauses(language)`` when the caller read it already (the demo's 8,805 contracts)."""
    skip = "revisions" if billing == "hourly" else "revisions_hourly"
    law = countries.code(country)
    own = law if law in countries.LOCAL else "other"
    clauses = studio_texts.clauses(language) if wording is None else wording
    ids_for_law = {c["id"] for c in clauses if own in c.get("countries", ())}
    chosen = []
    for clause in clauses:
        wanted = clause.get("countries")
        if clause["id"] == skip or (wanted and own not in wanted) or (clause.get("optional")
                                                                     and clause["id"] not in optional):
            continue
        if wanted is None and clause["id"] in ids_for_law:
            continue  # an older, general version of a clause this law words itself
        chosen.append({"id": clause["id"], "title": clause["title"], "body": studio_texts.fill(clause["body"], values)})
    return chosen


def optional_clauses(language: str = "en") -> list[dict[str, str]]:
    """The clauses a contract may add or leave out (each ``id`` and ``title`` in ``language``)."""
    return [{"id": c["id"], "title": c["title"]} for c in document_texts(language)["clauses"] if c.get("optional")]


def chosen_optional(contract: Contract) -> list[str]:
    """The optional clauses ``contract`` includes."""
    optional = {c["id"] for c in optional_clauses()}
    return [c.get("id") for c in json.loads(contract.clauses) if c.get("id") in optional]


def frozen_clauses(quote: Quote, optional: Collection[str] = ()) -> list[dict[str, str]]:
    return fill_clauses(quote.language, quote.project.extra_round_billing, clause_values(quote),
                        settings.get().country, optional)


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
