"""Projects and their scope: goals, deliverables with formats, exclusions, milestones, pricing, policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal

from . import clients, clock, settings
from studio_app.store import db, locks, search
from studio_app import money
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label
from studio_app.store.models import Contract, Deliverable, Exclusion, Invoice, Milestone, Project, Quote

STATUSES = ("lead", "quoted", "active", "delivered", "closed", "lost")
PRICING = ("fixed", "hourly")
ROUND_BILLING = ("per_round", "hourly")
#: A lost or closed project takes no new quote and no final invoice: its status is changed back first.
ENDED = ("lost", "closed")


def takes_new_documents(status: str) -> bool:
    """Whether a project in ``status`` may get a new quote or its final invoice."""
    return status not in ENDED


def refuse_if_ended(project: Project) -> None:
    """A lost or closed project takes no new quote or final invoice (the window hides those actions too)."""
    if not takes_new_documents(project.status):
        raise StudioError("“{title}” is {status}: it takes no new quote or final invoice. Set its status back to "
                          "active first if the work goes on.", title=project.title, status=project.status)


def get(project_id: int) -> Project:
    project = Project.get_or_none(Project.id == project_id)
    if project is None:
        raise StudioError("There is no project with id {id}.", id=project_id)
    return project


def _validated(data: Mapping[str, object], current: Project | None, currency: str) -> dict[str, object]:
    studio = settings.get()

    def pick(name: str, default: object) -> object:
        return data[name] if name in data else (getattr(current, name) if current else default)

    def amount(name: str, label: str, default: int) -> int:
        value = pick(name, None)
        if value is None or value == "":
            return default if current is None else getattr(current, name)
        if isinstance(value, int) and not isinstance(value, bool):
            return money.check_minor(value, currency, label, field=name)
        return money.parse_amount(value, currency, label, field=name)

    values = {
        "title": cleaning.clean(pick("title", ""), "Project title", required=True, field="title"),
        "goals": cleaning.clean(pick("goals", ""), "Goals", multiline=True, max_len=4000, field="goals"),
        "status": cleaning.choice(pick("status", "lead"), STATUSES, "Status", field="status"),
        "start_date": cleaning.date(pick("start_date", None), "Start date", field="start_date"),
        "deadline": cleaning.date(pick("deadline", None), "Deadline", field="deadline"),
        "pricing": cleaning.choice(pick("pricing", "fixed"), PRICING, "Pricing", field="pricing"),
        "currency": currency,
        "price": amount("price", field_label("Price"), 0),
        "hourly_rate": amount("hourly_rate", field_label("Hourly rate"), studio.hourly_rate),
        "tax_rate": cleaning.decimal(pick("tax_rate", studio.tax_rate), "Tax rate", field="tax_rate", maximum=Decimal(100),
                                 places=2),
        "estimated_hours": cleaning.decimal(pick("estimated_hours", 0), "Estimated hours", field="estimated_hours",
                                        maximum=Decimal(100_000), places=2),
        "included_rounds": cleaning.integer(pick("included_rounds", studio.included_rounds), "Included revision rounds",
                                        field="included_rounds", maximum=50),
        "extra_round_billing": cleaning.choice(pick("extra_round_billing", "per_round"), ROUND_BILLING,
                                           "Extra rounds billed", field="extra_round_billing"),
        "extra_round_fee": amount("extra_round_fee", field_label("Fee per extra round"),
                                  studio.extra_round_fee),
        "deposit_percent": cleaning.decimal(pick("deposit_percent", studio.deposit_percent), "Deposit",
                                        field="deposit_percent", maximum=Decimal(100), places=2),
    }
    if values["start_date"] and values["deadline"] and values["deadline"] < values["start_date"]:
        raise StudioError("The deadline cannot be before the start date.", field="deadline")
    return values


def _deliverables(items: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    rows = []
    for position, item in enumerate(items):
        rows.append({
            "position": position,
            "name": cleaning.clean(item.get("name"), "Deliverable", required=True, field="deliverables"),
            "format": cleaning.clean(item.get("format", ""), "Format", field="deliverables"),
            "quantity": cleaning.integer(item.get("quantity", 1) or 1, "Quantity", field="deliverables", minimum=1),
            "due_date": cleaning.date(item.get("due_date"), "Due date", field="deliverables"),
            "done": bool(item.get("done", False)),
        })
    return rows


def _exclusions(items: Iterable[object]) -> list[dict[str, object]]:
    cleaned = (cleaning.clean(item, "Exclusion", field="exclusions") for item in items)
    return [{"position": i, "text": value} for i, value in enumerate(v for v in cleaned if v)]


def _milestones(items: Iterable[Mapping[str, object]]) -> list[dict[str, object]]:
    rows = []
    for position, item in enumerate(items):
        rows.append({
            "position": position,
            "title": cleaning.clean(item.get("title"), "Milestone", required=True, field="milestones"),
            "due_date": cleaning.date(item.get("due_date"), "Milestone date", field="milestones"),
            "done_on": cleaning.date(item.get("done_on"), "Done on", field="milestones"),
        })
    return rows


def validate(data: Mapping[str, object], *, client_id: int | None = None, project_id: int | None = None,
             deliverables: Iterable[Mapping[str, object]] = (), exclusions: Iterable[object] = (),
             milestones: Iterable[Mapping[str, object]] = ()) -> dict[str, object]:
    """Check a project form without saving: the cleaned values, or the first :class:`StudioError`."""
    current = get(project_id) if project_id else None
    if current is None and client_id is None:
        raise StudioError("Choose the client this project is for.", field="client")
    fallback = current.currency if current else clients.get(client_id).currency
    values = _validated(data, current, money.check_currency(data.get("currency") or fallback))
    _deliverables(deliverables), _exclusions(exclusions), _milestones(milestones)
    return values


def create(client_id: int, *, deliverables: Iterable[Mapping[str, object]] = (), exclusions: Iterable[object] = (),
           milestones: Iterable[Mapping[str, object]] = (), **data: object) -> Project:
    client = clients.get(client_id)
    currency = money.check_currency(data.get("currency") or client.currency)
    values = _validated(data, None, currency)
    scope = _deliverables(deliverables), _exclusions(exclusions), _milestones(milestones)
    with db.transaction():
        project = Project.create(client=client, search_key=search.project_key(values["title"], client.name), **values)
        _replace_scope(project, *scope)
    return project


def update(project_id: int, *, deliverables: Iterable[Mapping[str, object]] | None = None,
           exclusions: Iterable[object] | None = None, milestones: Iterable[Mapping[str, object]] | None = None,
           **data: object) -> Project:
    project = get(project_id)
    currency = money.check_currency(data.get("currency") or project.currency)
    values = _validated(data, project, currency)
    scope = (None if deliverables is None else _deliverables(deliverables),
             None if exclusions is None else _exclusions(exclusions),
             None if milestones is None else _milestones(milestones))
    with db.transaction():
        project = locks.locked(Project, project_id, "project")  # another desk may have accepted a quote since
        if currency != project.currency and _has_documents(project_id):
            raise StudioError("The currency cannot change once the project has quotes or invoices.", field="currency")
        if project.accepted_quote_id and values["price"] != project.price:
            raise StudioError("The price is the accepted quote's; a change of scope is a new quote.", field="price")
        if values["status"] == "delivered" and project.status != "delivered":
            values["delivered_on"] = project.delivered_on or clock.today()
        Project.update(search_key=search.project_key(values["title"], project.client.name), **values) \
            .where(Project.id == project_id).execute()
        _replace_scope(project, *scope)
        if values["title"] != project.title:
            search.refresh_documents(project_id=project_id)
    return get(project_id)


def _replace_scope(project: Project, deliverables, exclusions, milestones) -> None:
    for model, rows in ((Deliverable, deliverables), (Exclusion, exclusions), (Milestone, milestones)):
        if rows is None:
            continue
        model.delete().where(model.project == project.id).execute()
        if rows:
            model.insert_many([{**row, "project": project.id} for row in rows]).execute()


def set_status(project_id: int, status: str) -> Project:
    project = get(project_id)
    status = cleaning.choice(status, STATUSES, "Status", field="status")
    delivered_on = project.delivered_on
    if status == "delivered" and delivered_on is None:
        delivered_on = clock.today()
    with db.transaction():
        Project.update(status=status, delivered_on=delivered_on).where(Project.id == project_id).execute()
    return get(project_id)


def set_deliverable_done(deliverable_id: int, done: bool = True) -> None:
    with db.transaction():
        Deliverable.update(done=done).where(Deliverable.id == deliverable_id).execute()


def set_milestone_done(milestone_id: int, done_on: dt.date | None) -> None:
    with db.transaction():
        Milestone.update(done_on=done_on).where(Milestone.id == milestone_id).execute()


def set_archived(project_id: int, archived: bool = True) -> Project:
    get(project_id)
    with db.transaction():
        Project.update(archived=archived).where(Project.id == project_id).execute()
    return get(project_id)


def _has_documents(project_id: int) -> bool:
    return any(m.select().where(m.project == project_id).exists() for m in (Quote, Contract, Invoice))


def delete(project_id: int) -> None:
    project = get(project_id)
    if _has_documents(project_id):
        raise StudioError("“{title}” has quotes, contracts or invoices, so it cannot be deleted. Archive it instead.",
                          title=project.title)
    with db.transaction():
        project.delete_instance(recursive=False)


def scope(project_id: int) -> dict[str, list]:
    """Deliverables, exclusions and milestones in their order."""
    return {
        "deliverables": list(Deliverable.select().where(Deliverable.project == project_id).order_by(Deliverable.position)),
        "exclusions": list(Exclusion.select().where(Exclusion.project == project_id).order_by(Exclusion.position)),
        "milestones": list(Milestone.select().where(Milestone.project == project_id).order_by(Milestone.position)),
    }


def price_net(project: Project) -> int:
    """The agreed net price: the accepted quote's (set in ``price`` when the client said yes), else the fixed price,
    or estimated hours × hourly rate."""
    return money.agreed_price(project.pricing, project.price, project.hourly_rate, project.estimated_hours,
                              bool(getattr(project, "accepted_quote_id", None)))


def deposit_net(project: Project) -> int:
    return money.percent_of(price_net(project), Decimal(project.deposit_percent))


def has_open_documents(project_id: int) -> bool:
    return Invoice.select().where((Invoice.project == project_id) & (Invoice.status == "draft")).exists()


def documents(project_id: int) -> list[dict[str, object]]:
    """The project's quotes, contracts and invoices, oldest first, for the project's page."""
    found = []
    for model, kind in ((Quote, "quote"), (Contract, "contract"), (Invoice, "invoice")):
        for doc in model.select().where(model.project == project_id).order_by(model.id):
            found.append({"kind": kind, "id": doc.id, "number": doc.number, "status": doc.status,
                          "invoice_kind": getattr(doc, "kind", None), "total": getattr(doc, "total_gross", None),
                          "currency": getattr(doc, "currency", project_currency(project_id))})
    return found


def project_currency(project_id: int) -> str:
    return get(project_id).currency
