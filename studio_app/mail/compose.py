"""Drafts: a message ready to edit and queue, for a document, a payment reminder, or a dashboard item.

A draft is plain data (:class:`Draft`); nothing is stored until :func:`studio_app.mail.outbox.queue`. The
subject and body come from the template of the document's language (else the client's), the attachments from
the issued document: a draft document is refused ("issue it first"), since only what was issued may leave.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from studio_app import money
from studio_app.money.due import invoice_due
from studio_app.store.models import Client, Contract, Invoice, Milestone, Project, Quote, Studio
from studio_app.text import i18n
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label
from studio_app.work import clients, clock, contracts, invoices, issuing, projects, quotes, settings
from . import templates
from .addresses import check_addresses

DOCUMENT_KINDS = ("quote", "contract", "invoice")
_INVOICE_TEMPLATES = {"deposit": "deposit_request", "credit_note": "credit_note"}
_MESSAGE_KINDS = {"deposit": "deposit", "credit_note": "credit-note"}


@dataclass
class Attachment:
    name: str
    mime: str  # "application/pdf"
    data: bytes
    document_number: str = ""


@dataclass
class Draft:
    to: list[str]
    cc: list[str]
    subject: str
    body: str
    attachments: list[Attachment] = field(default_factory=list)
    language: str = "en"
    client_id: int | None = None
    project_id: int | None = None
    habit: str = ""  # reminder-2, update, delay, follow_up, greeting, reply, thank_you; "" for a document
    documents: list[str] = field(default_factory=list)  # the numbers of the documents attached
    kind: str = "message"  # quote, contract, invoice, credit-note, deposit, reminder, update, delay, ...
    document_kind: str = ""  # quote, contract or invoice
    document_id: int | None = None
    new_deadline: dt.date | None = None  # a delay notice: the deadline it moves to when queued
    follow_up_interaction: int | None = None  # a planned follow-up this message carries out


def client_addresses(client: Client) -> tuple[list[str], list[str]]:
    """(to, cc) from the client's e-mail field: the first address is To, the others Cc (none: both empty, for
    the designer to fill in; queueing refuses a message without a recipient)."""
    if not (client.email or "").strip():
        return [], []
    found = check_addresses(client.email, field="to")
    return found[:1], found[1:]


def values_for(client: Client, project: Project | None, language: str, *, studio: Studio | None = None,
               **more: object) -> dict[str, object]:
    """The placeholders every message may use, with ``more`` (number, amount, due date …) on top."""
    studio = studio or settings.get()
    sender = studio.sender_name or studio.name
    values: dict[str, object] = {"client": client.name, "project": project.title if project else "",
                                 "studio": studio.name, "signature": studio.signature or sender}
    values.update(more)
    return values


def money_text(minor: int, currency: str, language: str) -> str:
    return money.format_money(minor, currency, i18n.locale_for(language))


def date_text(day: dt.date | None, language: str) -> str:
    return i18n.format_date(day, language, "long") if day else ""


def issued_attachments(kind: str, document_id: int, number: str, *, with_xml: bool = True) -> list[Attachment]:
    """The issued PDF (the stored bytes), and the e-invoice XML frozen beside it where there is one."""
    found = [Attachment(f"{number}.pdf", "application/pdf", issuing.pdf_bytes(kind, document_id), number)]
    record = issuing.issued(kind, document_id)
    # IssuedDocument.xml arrives with migration 7 (e-invoices); read only where this schema has it. A Factur-X
    # PDF carries its XML inside already.
    xml = getattr(record, "xml", None) if with_xml else None
    if xml and getattr(record, "xml_format", "") != "facturx":
        found.append(Attachment(f"{number}.xml", "application/xml", bytes(xml), number))
    return found


_WHAT = {"quote": field_label("quote"), "contract": field_label("contract"), "invoice": field_label("invoice"),
         "credit note": field_label("credit note"), "deposit invoice": field_label("deposit invoice")}


def refuse_draft(status: str, what: str) -> None:
    """Only an issued document leaves the studio: a draft is refused, naming what it is."""
    if status == "draft":
        raise StudioError("This {label} is still a draft; issue it first, then send it.", label=_WHAT[what])


def draft_for_document(kind: str, document_id: int) -> Draft:
    """The message that sends an issued quote, contract or invoice (deposit and credit note included)."""
    if kind not in DOCUMENT_KINDS:
        raise StudioError("“{kind}” is not a document kind (use quote, contract or invoice).", kind=str(kind)[:20])
    if kind == "quote":
        return _quote(quotes.get(document_id))
    if kind == "contract":
        return _contract(contracts.get(document_id))
    return _invoice(invoices.get(document_id))


def _document_draft(kind: str, template: str, record, client: Client, project: Project | None, language: str,
                    message_kind: str, **values: object) -> Draft:
    to, cc = client_addresses(client)
    subject, body = templates.render(template, language, values_for(client, project, language,
                                                                    number=record.number, **values))
    return Draft(to, cc, subject, body, issued_attachments(kind, record.id, record.number), language, client.id,
                 project.id if project else None, "", [record.number], message_kind, kind, record.id)


def _quote(quote: Quote) -> Draft:
    refuse_draft(quote.status, "quote")
    return _document_draft("quote", "quote", quote, quote.client, quote.project, quote.language, "quote",
                           amount=money_text(quote.total_gross, quote.currency, quote.language),
                           due_date=date_text(quote.valid_until, quote.language))


def _contract(contract: Contract) -> Draft:
    refuse_draft(contract.status, "contract")
    quote = contract.quote
    return _document_draft("contract", "contract", contract, contract.client, contract.project, contract.language,
                           "contract", amount=money_text(quote.total_gross, quote.currency, contract.language))


def _invoice(invoice: Invoice) -> Draft:
    what = {"credit_note": "credit note", "deposit": "deposit invoice"}.get(invoice.kind, "invoice")
    refuse_draft(invoice.status, what)
    amount = -invoice.total_gross if invoice.kind == "credit_note" else invoice_due(invoice)
    return _document_draft("invoice", _INVOICE_TEMPLATES.get(invoice.kind, "invoice"), invoice, invoice.client,
                           invoice.project, invoice.language, _MESSAGE_KINDS.get(invoice.kind, "invoice"),
                           amount=money_text(amount, invoice.currency, invoice.language),
                           due_date=date_text(invoice.due_date, invoice.language))


def draft_reminder(invoice_id: int, step: int | None = None, today: dt.date | None = None) -> Draft:
    """The reminder of ``step`` (default: the step due, else the first) for an issued invoice, with the
    reminder letter PDF and the invoice attached."""
    from . import reminders  # the reminder letter loads the PDF layer
    invoice = invoices.get(invoice_id)
    refuse_draft(invoice.status, "invoice")
    studio = settings.get()
    step = reminders.choose_step(invoice, step, today, studio)
    letter = reminders.letter_pdf(invoice.id, step, today, studio)
    language = invoice.language
    to, cc = client_addresses(invoice.client)
    figures = reminders.figures(invoice, step, today, studio)
    values = values_for(invoice.client, invoice.project, language, studio=studio, number=invoice.number,
                        amount=money_text(figures.total_claimed, invoice.currency, language),
                        due_date=date_text(invoice.due_date, language))
    subject, body = templates.render(f"reminder_{step}", language, values)
    name = f"{templates.word(language, 'reminder_file')}-{step}-{invoice.number}.pdf"
    attachments = [Attachment(name, "application/pdf", letter, invoice.number),
                   *issued_attachments("invoice", invoice.id, invoice.number, with_xml=False)]
    return Draft(to, cc, subject, body, attachments, language, invoice.client_id, invoice.project_id,
                 f"reminder-{step}", [invoice.number], "reminder", "invoice", invoice.id)


def draft_thank_you(invoice_id: int) -> Draft:
    """Thanks for a payment received."""
    invoice = invoices.get(invoice_id)
    language = invoice.language
    to, cc = client_addresses(invoice.client)
    values = values_for(invoice.client, invoice.project, language, number=invoice.number,
                        amount=money_text(invoice.paid, invoice.currency, language))
    subject, body = templates.render("thank_you", language, values)
    return Draft(to, cc, subject, body, [], language, invoice.client_id, invoice.project_id, "thank_you",
                 [invoice.number], "thank_you", "invoice", invoice.id)


def draft_progress_update(project_id: int) -> Draft:
    """A progress update: the milestones done so far and the next one."""
    project = projects.get(project_id)
    client = project.client
    language = client.language
    milestones = list(Milestone.select().where(Milestone.project == project.id)
                      .order_by(Milestone.position, Milestone.due_date, Milestone.id))
    done = [m for m in milestones if m.done_on is not None]
    open_ = [m for m in milestones if m.done_on is None]
    done_text = "\n".join(f"– {m.title} ({date_text(m.done_on, language)})" for m in done) or \
        f"– {templates.word(language, 'none_yet')}"
    nxt = open_[0] if open_ else None
    next_text = (f"{nxt.title} ({date_text(nxt.due_date, language)})" if nxt and nxt.due_date
                 else nxt.title if nxt else templates.word(language, "final_delivery"))
    values = values_for(client, project, language, milestones_done=done_text, next_milestone=next_text,
                        new_deadline=date_text(project.deadline, language))
    return _habit_draft(client, project, "progress_update", "update", "update", values)


def draft_delay_notice(project_id: int, new_deadline: object = None) -> Draft:
    """The delay notice with the new date; queueing it moves the deadline and logs the delay
    (:func:`studio_app.work.interactions.log_delay_notice`)."""
    from studio_app.text import cleaning
    project = projects.get(project_id)
    day = cleaning.date(new_deadline, "New deadline", field="deadline") or _proposed_deadline(project)
    client = project.client
    values = values_for(client, project, client.language, new_deadline=date_text(day, client.language),
                        due_date=date_text(project.deadline, client.language))
    draft = _habit_draft(client, project, "delay_notice", "delay", "delay", values)
    draft.new_deadline = day
    return draft


def _proposed_deadline(project: Project) -> dt.date:
    return max(clock.today(), project.deadline or clock.today()) + dt.timedelta(days=7)


def draft_follow_up(project_id: int | None = None, *, client_id: int | None = None,
                    interaction_id: int | None = None) -> Draft:
    """The follow-up after a delivery (or a follow-up the designer planned on an interaction)."""
    project = projects.get(project_id) if project_id else None
    client = project.client if project else clients.get(int(client_id or 0))
    values = values_for(client, project, client.language)
    if project is None:  # a follow-up planned on a call: the latest delivered work, else "our last project"
        latest = (Project.select(Project.title)
                  .where((Project.client == client.id) & Project.delivered_on.is_null(False))
                  .order_by(Project.delivered_on.desc()).first())
        values["project"] = latest.title if latest else templates.word(client.language, "our_work")
    draft = _habit_draft(client, project, "follow_up", "follow_up", "follow_up", values)
    draft.follow_up_interaction = interaction_id
    return draft


def draft_greeting(client_id: int, occasion: str = "birthday") -> Draft:
    client = clients.get(client_id)
    words = templates.word(client.language, f"occasion_{occasion}")
    return _habit_draft(client, None, "greeting", "greeting", "greeting",
                        values_for(client, None, client.language, occasion=words))


def draft_reply(client_id: int, project_id: int | None = None) -> Draft:
    """An answer to a client who waits for one: the greeting and signature, the rest for the designer."""
    client = clients.get(client_id)
    project = projects.get(project_id) if project_id else None
    language = client.language
    values = values_for(client, project, language)
    subject = templates.fill(templates.word(language, "reply_subject"), values)
    body = templates.fill(templates.word(language, "reply_body"), values)
    to, cc = client_addresses(client)
    return Draft(to, cc, " ".join(subject.split()), body, [], language, client.id, project.id if project else None,
                 "reply", [], "reply")


def _habit_draft(client: Client, project: Project | None, template: str, habit: str, kind: str,
                 values: dict[str, object]) -> Draft:
    to, cc = client_addresses(client)
    subject, body = templates.render(template, client.language, values)
    return Draft(to, cc, subject, body, [], client.language, client.id, project.id if project else None, habit,
                 [], kind)


def draft_for_item(item: object, *, new_deadline: object = None, today: dt.date | None = None) -> Draft:
    """The draft for a dashboard item (a ``studio_app.today`` row): update due → progress update, deadline at
    risk → delay notice, unpaid deposit / overdue invoice → the reminder step due, follow-up → follow-up,
    important date → greeting, waiting client → reply."""
    name = type(item).__name__
    if name == "UpdateDue":
        return draft_progress_update(item.project_id)
    if name == "ProjectAtRisk":
        return draft_delay_notice(item.project_id, new_deadline)
    if name in ("UnpaidDeposit", "OverdueInvoice"):
        return draft_reminder(item.invoice_id, None, today)
    if name == "ProposedFollowUp":
        return draft_follow_up(item.project_id)
    if name == "FollowUpDue":
        return draft_follow_up(item.project_id, client_id=item.client_id, interaction_id=item.interaction_id)
    if name == "ImportantDate":
        return draft_greeting(item.client_id, item.kind)
    if name == "WaitingClient":
        return draft_reply(item.client_id, item.project_id)
    raise StudioError("There is no message to draft for this item.")
