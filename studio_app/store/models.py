"""The peewee tables. Money is integer minor units; quantities, rates and percentages are exact decimals."""

from __future__ import annotations

from decimal import Decimal

import peewee as pw

from .base import BaseModel, DecimalText, _now
from .sort_keys import SortKeyed


class SchemaVersion(BaseModel):
    version = pw.IntegerField(primary_key=True)
    applied_at = pw.DateTimeField(default=_now)


class Studio(BaseModel):
    """The one row of studio settings: who is sending the documents, and the defaults for new work."""

    name = pw.CharField(default="My Studio")
    address = pw.TextField(default="")
    country = pw.CharField(default="")
    email = pw.CharField(default="")
    phone = pw.CharField(default="")
    website = pw.CharField(default="")
    tax_id = pw.CharField(default="")
    logo = pw.BlobField(null=True)
    accent_color = pw.CharField(default="#2F5D8A")
    iban = pw.CharField(default="")
    bic = pw.CharField(default="")
    account_holder = pw.CharField(default="")
    bank_name = pw.CharField(default="")
    payment_methods = pw.TextField(default="Bank transfer")  # one accepted method per line
    currency = pw.CharField(default="EUR")
    tax_rate = DecimalText(default=Decimal("20"))
    payment_terms_days = pw.IntegerField(default=14)
    deposit_percent = DecimalText(default=Decimal("30"))
    included_rounds = pw.IntegerField(default=2)
    extra_round_fee = pw.BigIntegerField(default=6000)
    hourly_rate = pw.BigIntegerField(default=6000)
    weekly_capacity_hours = pw.IntegerField(default=35)
    quote_valid_days = pw.IntegerField(default=30)
    quote_number_format = pw.CharField(default="Q-{year}-{seq:04}")
    contract_number_format = pw.CharField(default="C-{year}-{seq:04}")
    invoice_number_format = pw.CharField(default="INV-{year}-{seq:04}")
    credit_note_number_format = pw.CharField(default="CN-{year}-{seq:04}")
    deposit_number_format = pw.CharField(default="DEP-{year}-{seq:04}")
    credit_notes_own_series = pw.BooleanField(default=True)
    deposits_own_series = pw.BooleanField(default=False)
    paper_size = pw.CharField(default="A4")
    language = pw.CharField(default="en")
    warning_window_days = pw.IntegerField(default=7)
    update_interval_days = pw.IntegerField(default=7)
    follow_up_months = pw.IntegerField(default=3)
    backup_keep_daily = pw.IntegerField(default=14)
    backup_keep_migration = pw.IntegerField(default=3)
    # Migration 7: what an e-invoice says about the seller (EN 16931 BG-4, BG-5, BG-6, BT-32, BT-34).
    street = pw.CharField(default="")
    postcode = pw.CharField(default="")
    city = pw.CharField(default="")
    tax_number = pw.CharField(default="")
    contact_name = pw.CharField(default="")
    electronic_address_scheme = pw.CharField(default="")
    electronic_address = pw.CharField(default="")
    # Migration 8 (studio_app.mail): who sends the studio's e-mail and how; the password is in the keyring.
    sender_name = pw.CharField(default="")
    sender_email = pw.CharField(default="")
    smtp_host = pw.CharField(default="")
    smtp_port = pw.IntegerField(default=587)
    smtp_security = pw.CharField(default="starttls")  # none, starttls or ssl
    smtp_user = pw.CharField(default="")
    signature = pw.TextField(default="")
    mail_mode = pw.CharField(default="smtp")  # smtp, or eml: handed to the user's own mail program
    reminder_days = pw.CharField(default="7,21,45")  # days after the due date of each reminder step
    late_interest_enabled = pw.BooleanField(default=False)
    late_interest_rate = DecimalText(default=Decimal("0"))  # percent a year, the statutory rate the studio applies
    late_fee_enabled = pw.BooleanField(default=False)  # the fixed EUR 40 of Directive 2011/7/EU, business clients
    # migration 9: local party details (tax office, national tax number, registers, SST)
    tax_office = pw.CharField(default="")
    profession = pw.CharField(default="")
    national_tax_id = pw.CharField(default="")
    mersis_no = pw.CharField(default="")
    trade_register = pw.CharField(default="")
    sst_number = pw.CharField(default="")
    bank_account_number = pw.CharField(default="")
    duitnow_id = pw.CharField(default="")


class Client(SortKeyed, BaseModel):
    name = pw.CharField()
    company = pw.CharField(default="")
    email = pw.CharField(default="")
    phone = pw.CharField(default="")
    address = pw.TextField(default="")
    country = pw.CharField(default="")
    tax_id = pw.CharField(default="")
    language = pw.CharField(default="en")
    currency = pw.CharField(default="EUR")
    preferred_channel = pw.CharField(default="email")
    birthday = pw.DateField(null=True)
    anniversary = pw.DateField(null=True)
    notes = pw.TextField(default="")
    archived = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=_now)
    search_key = pw.TextField(default="")
    # Migration 7: the client's e-invoice format and what it needs (EN 16931 BT-10, BT-49, BG-8).
    einvoice_format = pw.CharField(default="none")  # none, facturx, xrechnung-cii, xrechnung-ubl, peppol
    buyer_reference = pw.CharField(default="")  # BT-10; the Leitweg-ID for XRechnung
    endpoint_scheme = pw.CharField(default="")  # BT-49-1, a Peppol EAS code (0208, 9930, EM…)
    endpoint_id = pw.CharField(default="")
    street = pw.CharField(default="")
    postcode = pw.CharField(default="")
    city = pw.CharField(default="")
    # migration 9: local party details (tax office, national tax number, registers, SST)
    tax_office = pw.CharField(default="")
    profession = pw.CharField(default="")
    national_tax_id = pw.CharField(default="")
    mersis_no = pw.CharField(default="")
    trade_register = pw.CharField(default="")
    sst_number = pw.CharField(default="")
    # migration 12: collation keys of name and company, root (en, ms), tr, el (store.sort_keys)
    name_key_root, name_key_tr, name_key_el = (pw.BlobField(default=b"") for _ in range(3))
    company_key_root, company_key_tr, company_key_el = (pw.BlobField(default=b"") for _ in range(3))

    class Meta:
        indexes = ((("archived", "name"), False),
                   (("archived", "birthday", "anniversary", "name"), False))  # migration 14: the coming dates


class Project(SortKeyed, BaseModel):
    client = pw.ForeignKeyField(Client, backref="projects", on_delete="CASCADE")
    title = pw.CharField()
    goals = pw.TextField(default="")
    status = pw.CharField(default="lead")  # lead, quoted, active, delivered, closed, lost
    start_date = pw.DateField(null=True)
    deadline = pw.DateField(null=True)
    delivered_on = pw.DateField(null=True)
    pricing = pw.CharField(default="fixed")  # fixed or hourly
    currency = pw.CharField(default="EUR")
    price = pw.BigIntegerField(default=0)  # fixed price, net, minor units
    hourly_rate = pw.BigIntegerField(default=0)
    tax_rate = DecimalText(default=Decimal("20"))
    estimated_hours = DecimalText(default=Decimal("0"))
    included_rounds = pw.IntegerField(default=2)
    extra_round_billing = pw.CharField(default="per_round")  # per_round or hourly
    extra_round_fee = pw.BigIntegerField(default=0)
    deposit_percent = DecimalText(default=Decimal("30"))
    archived = pw.BooleanField(default=False)
    created_at = pw.DateTimeField(default=_now)
    search_key = pw.TextField(default="")
    # The accepted quote is the agreement the project bills (migration 4); set when the client says yes.
    accepted_quote = pw.DeferredForeignKey("Quote", null=True, on_delete="SET NULL")
    # migration 12: collation keys of the title, root (en, ms), tr, el (store.sort_keys)
    title_key_root, title_key_tr, title_key_el = (pw.BlobField(default=b"") for _ in range(3))

    class Meta:
        indexes = ((("status", "deadline"), False), (("archived", "created_at"), False))


class Deliverable(BaseModel):
    project = pw.ForeignKeyField(Project, backref="deliverables", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    name = pw.CharField()
    format = pw.CharField(default="")
    quantity = pw.IntegerField(default=1)
    due_date = pw.DateField(null=True)
    done = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("project", "done"), False),)  # migration 14: open deliverables per project


class Exclusion(BaseModel):
    project = pw.ForeignKeyField(Project, backref="exclusions", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    text = pw.CharField()


class Milestone(BaseModel):
    project = pw.ForeignKeyField(Project, backref="milestones", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    title = pw.CharField()
    due_date = pw.DateField(null=True)
    done_on = pw.DateField(null=True)

    class Meta:
        indexes = ((("done_on", "due_date"), False),
                   (("project", "done_on", "due_date"), False),  # migration 14: a project's next open milestone
                   # migration 17: which projects have an open milestone before a day, from the index alone
                   (("done_on", "due_date", "project"), False))


class Interaction(BaseModel):
    client = pw.ForeignKeyField(Client, backref="interactions", on_delete="CASCADE")
    project = pw.ForeignKeyField(Project, backref="interactions", null=True, on_delete="SET NULL")
    kind = pw.CharField(default="note")  # call, email, meeting, note, update, delay
    occurred_at = pw.DateTimeField(default=_now)
    summary = pw.TextField(default="")
    waiting_for_reply = pw.BooleanField(default=False)
    follow_up_on = pw.DateField(null=True)
    follow_up_done = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("client", "occurred_at"), False), (("project", "kind", "occurred_at"), False),
                   (("follow_up_done", "follow_up_on"), False),
                   (("waiting_for_reply", "occurred_at", "client"), False))  # migration 14: who waits


class Quote(BaseModel):
    project = pw.ForeignKeyField(Project, backref="quotes", on_delete="RESTRICT")
    client = pw.ForeignKeyField(Client, backref="quotes", on_delete="RESTRICT")
    number = pw.CharField(null=True, unique=True)
    status = pw.CharField(default="draft")  # draft, issued, accepted, declined
    issue_date = pw.DateField(null=True)
    valid_until = pw.DateField(null=True)
    currency = pw.CharField(default="EUR")
    language = pw.CharField(default="en")
    prices_include_tax = pw.BooleanField(default=False)
    notes = pw.TextField(default="")
    total_net = pw.BigIntegerField(default=0)
    total_gross = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField(default=_now)
    search_key = pw.TextField(default="")

    class Meta:
        indexes = ((("created_at", "id"), False),)


class QuoteLine(BaseModel):
    quote = pw.ForeignKeyField(Quote, backref="lines", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    kind = pw.CharField(default="item")  # item, allowance or charge (document level, migration 4)
    description = pw.TextField()
    quantity = DecimalText(default=Decimal(1))
    unit = pw.CharField(default="")
    unit_price = DecimalText(default=Decimal(0))  # minor units, may be finer (12.5 = €0.125)
    base_quantity = DecimalText(default=Decimal(1))  # the price is per this many units
    tax_rate = DecimalText(default=Decimal(0))
    vat_category = pw.CharField(default="")  # UNTDID 5305; empty: S above 0 %, Z at 0 %
    exemption_reason = pw.CharField(default="")  # the law's words when no VAT is charged; empty: the default text
    discount_percent = DecimalText(default=Decimal(0))
    discount_amount = pw.BigIntegerField(default=0)
    fixed_tax = pw.BigIntegerField(null=True)  # a deposit deducted: the VAT its invoice charged


class Contract(BaseModel):
    quote = pw.ForeignKeyField(Quote, backref="contracts", unique=True, on_delete="RESTRICT")
    project = pw.ForeignKeyField(Project, backref="contracts", on_delete="RESTRICT")
    client = pw.ForeignKeyField(Client, backref="contracts", on_delete="RESTRICT")
    number = pw.CharField(null=True, unique=True)
    status = pw.CharField(default="draft")  # draft, issued, signed
    language = pw.CharField(default="en")
    clauses = pw.TextField(default="[]")  # frozen JSON list of {title, body} in the client's language
    created_at = pw.DateTimeField(default=_now)
    issue_date = pw.DateField(null=True)
    signed_on = pw.DateField(null=True)
    search_key = pw.TextField(default="")


class Invoice(BaseModel):
    client = pw.ForeignKeyField(Client, backref="invoices", on_delete="RESTRICT")
    project = pw.ForeignKeyField(Project, backref="invoices", null=True, on_delete="RESTRICT")
    kind = pw.CharField(default="standard")  # deposit, standard, final, credit_note
    number = pw.CharField(null=True, unique=True)
    status = pw.CharField(default="draft")  # draft, issued
    issue_date = pw.DateField(null=True)
    supply_date = pw.DateField(null=True)
    due_date = pw.DateField(null=True)
    currency = pw.CharField(default="EUR")
    language = pw.CharField(default="en")
    prices_include_tax = pw.BooleanField(default=False)
    corrects = pw.ForeignKeyField("self", backref="credit_notes", null=True, on_delete="RESTRICT")
    notes = pw.TextField(default="")
    # Kept in step with the lines and payments by the services, so lists and the dashboard sum
    # columns instead of re-pricing 500,000 lines; `check` proves they match.
    total_net = pw.BigIntegerField(default=0)
    total_gross = pw.BigIntegerField(default=0)
    deducted = pw.BigIntegerField(default=0)
    paid = pw.BigIntegerField(default=0)
    credited = pw.BigIntegerField(default=0)  # issued credit notes against this invoice
    paid_on = pw.DateField(null=True)
    created_at = pw.DateTimeField(default=_now)
    search_key = pw.TextField(default="")
    order_reference = pw.CharField(default="")  # migration 7: the buyer's purchase order (BT-13)
    # Migration 10: the file this invoice was imported from, as history kept as it was; empty when made here.
    imported_from = pw.CharField(default="")
    # migration 9: the myDATA ΜΑΡΚ and link a Greek studio's provider returns
    mydata_mark = pw.CharField(default="")
    mydata_url = pw.CharField(default="")

    class Meta:
        indexes = (
            (("issue_date", "id"), False),
            (("status", "due_date"), False),
            (("client", "issue_date"), False),
            (("project", "kind"), False),
            (("kind", "status"), False),
            (("status", "currency", "total_gross", "deducted", "paid", "credited"), False),
            (("paid_on",), False),
        )


class InvoiceLine(BaseModel):
    invoice = pw.ForeignKeyField(Invoice, backref="lines", on_delete="CASCADE")
    position = pw.IntegerField(default=0)
    kind = pw.CharField(default="item")  # item, allowance or charge (document level, migration 4)
    description = pw.TextField()
    quantity = DecimalText(default=Decimal(1))
    unit = pw.CharField(default="")
    unit_price = DecimalText(default=Decimal(0))  # minor units, may be finer (12.5 = €0.125)
    base_quantity = DecimalText(default=Decimal(1))  # the price is per this many units
    tax_rate = DecimalText(default=Decimal(0))
    vat_category = pw.CharField(default="")  # UNTDID 5305; empty: S above 0 %, Z at 0 %
    exemption_reason = pw.CharField(default="")  # the law's words when no VAT is charged; empty: the default text
    discount_percent = DecimalText(default=Decimal(0))
    discount_amount = pw.BigIntegerField(default=0)
    fixed_tax = pw.BigIntegerField(null=True)  # a deposit deducted: the VAT its invoice charged
    deposit_invoice = pw.ForeignKeyField(Invoice, null=True, backref="deducted_on", on_delete="RESTRICT")


class RevisionRound(BaseModel):
    project = pw.ForeignKeyField(Project, backref="revision_rounds", on_delete="CASCADE")
    number = pw.IntegerField()
    requested_on = pw.DateField()
    request = pw.TextField(default="")
    hours = DecimalText(default=Decimal(0))
    billable = pw.BooleanField(default=False)
    invoice_line = pw.ForeignKeyField(InvoiceLine, null=True, backref="revision_rounds", on_delete="SET NULL")

    class Meta:
        indexes = ((("project", "number"), True),)


class TimeEntry(BaseModel):
    project = pw.ForeignKeyField(Project, backref="time_entries", on_delete="CASCADE")
    date = pw.DateField()
    minutes = pw.IntegerField()
    note = pw.TextField(default="")
    billable = pw.BooleanField(default=True)
    invoice_line = pw.ForeignKeyField(InvoiceLine, null=True, backref="time_entries", on_delete="SET NULL")

    class Meta:
        indexes = ((("project", "minutes"), False),)  # migration 14: logged time per project (the workload)


class Payment(BaseModel):
    invoice = pw.ForeignKeyField(Invoice, backref="payments", on_delete="RESTRICT")
    date = pw.DateField()
    amount = pw.BigIntegerField()
    currency = pw.CharField(max_length=3, default="")  # the invoice's (migration 3: revenue per month without a join)
    method = pw.CharField(default="Bank transfer")
    reference = pw.CharField(default="")
    created_at = pw.DateTimeField(default=_now)

    class Meta:
        indexes = ((("date",), False),
                   (("currency", "date", "amount"), False))  # migration 14: takings per currency and month


class IssuedDocument(BaseModel):
    """What was sent: the frozen data, the PDF bytes and their SHA-256. Never updated, never deleted
    (except once: the PDF of imported history, stored when first rendered, with its new seal)."""

    kind = pw.CharField()  # quote, contract, invoice
    document_id = pw.IntegerField()
    number = pw.CharField()
    issued_at = pw.DateTimeField(default=_now)
    snapshot = pw.TextField()  # canonical JSON of the document as issued
    pdf = pw.BlobField(null=True)  # null only for imported history; rendered from the snapshot on first view
    pdf_sha256 = pw.CharField(null=True)
    # Migration 5 (studio_app.store.sealing): chained to the previous document of its kind, sealed with the key.
    link = pw.CharField(null=True)
    link_has_pdf = pw.BooleanField(default=False)  # false for imported history, whose PDF came later
    seal = pw.CharField(null=True)
    # Migration 7: the e-invoice XML frozen beside the PDF (the client's format on the day), covered by the link.
    xml = pw.BlobField(null=True)
    xml_sha256 = pw.CharField(null=True)
    xml_format = pw.CharField(null=True)

    class Meta:
        indexes = ((("kind", "document_id"), True), (("kind", "number"), True))


class StoredImage(BaseModel):
    """An image kept once, named by the SHA-256 of its bytes (migration 6): the logo each issued document was
    drawn with, which its snapshot names (:mod:`studio_app.work.frozen_logo`), so the chain and the seal cover it.
    Rewritten only when its bytes no longer match its name, and then with the bytes that do
    (:mod:`studio_app.store.images`)."""

    sha256 = pw.CharField(max_length=64, primary_key=True)
    media_type = pw.CharField()  # image/png or image/jpeg
    data = pw.BlobField()
    size = pw.IntegerField()


class OutboxMessage(BaseModel):
    """A message stored before it is sent (migration 8): its whole RFC 5322 bytes are built once, at queue time,
    with a Message-ID that never changes, so a retry sends exactly what was composed.

    ``status``: queued (waiting, ``last_error`` says why it is still waiting), sending (claimed by a desk),
    sent, failed (needs the designer: refused for good, or the server may have it already). ``accepted_at`` is
    written the moment the server answered 250 to DATA, before anything else: the proof it has the message."""

    message_id = pw.CharField(unique=True)
    kind = pw.CharField()  # quote, contract, invoice, credit-note, deposit, reminder, update, delay, ...
    habit = pw.CharField(default="")  # reminder-2, update, delay, follow_up, greeting, reply, ...
    document_kind = pw.CharField(default="")  # quote, contract or invoice
    document_id = pw.IntegerField(null=True)
    document_numbers = pw.TextField(default="[]")  # JSON list of the attached documents' numbers
    client = pw.ForeignKeyField(Client, backref="outbox", null=True, on_delete="SET NULL")
    project = pw.ForeignKeyField(Project, backref="outbox", null=True, on_delete="SET NULL")
    language = pw.CharField(default="en")
    sender = pw.CharField(default="")
    to_addresses = pw.TextField(default="[]")  # JSON list
    cc_addresses = pw.TextField(default="[]")
    subject = pw.TextField(default="")
    body = pw.TextField(default="")
    attachments = pw.TextField(default="[]")  # JSON list of {name, mime, size, document_number}
    raw = pw.BlobField()  # the message as sent
    status = pw.CharField(default="queued")
    last_error = pw.TextField(default="")
    attempts = pw.IntegerField(default=0)
    created_at = pw.DateTimeField(default=_now)
    claimed_at = pw.DateTimeField(null=True)
    accepted_at = pw.DateTimeField(null=True)
    sent_at = pw.DateTimeField(null=True)
    follow_up_interaction = pw.IntegerField(null=True)  # the planned follow-up this message answers
    interaction = pw.IntegerField(null=True)  # the conversation entry logged when it was sent

    class Meta:
        indexes = ((("status", "created_at"), False), (("document_kind", "document_id"), False))


class MailTemplate(BaseModel):
    """A message template the studio edited (migration 8); the shipped ones are resources/mail/<lang>.json."""

    language = pw.CharField()
    name = pw.CharField()
    subject = pw.TextField()
    body = pw.TextField()

    class Meta:
        indexes = ((("language", "name"), True),)


class StudioText(BaseModel):
    """A document text the studio worded itself (migration 11), per language and key
    (:mod:`studio_app.work.studio_texts` names the keys); without a row the shipped text is used."""

    language = pw.CharField()
    key = pw.CharField()
    text = pw.TextField()

    class Meta:
        primary_key = pw.CompositeKey("language", "key")


class Transmission(BaseModel):
    """What a Greek studio's myDATA provider returned for an issued invoice (migration 13): recorded once, with
    the copy of the invoice printed with it, chained and sealed (:mod:`studio_app.store.transmissions`)."""

    invoice = pw.ForeignKeyField(Invoice, unique=True, backref="transmissions")
    number = pw.CharField()
    mark = pw.CharField()
    uid = pw.CharField()
    qr_url = pw.CharField()
    auth_code = pw.CharField()
    recorded_at = pw.DateTimeField(default=_now)
    record = pw.TextField()  # canonical JSON: the fields above and the link of the invoice's issued copy
    pdf = pw.BlobField()
    pdf_sha256 = pw.CharField()
    link = pw.CharField()
    seal = pw.CharField(null=True)


class NumberCounter(BaseModel):
    """The last number used per series and year; locked while a document is numbered."""

    series = pw.CharField()
    year = pw.IntegerField()
    last = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("series", "year")


class DatabaseIdentity(BaseModel):
    """The database's id, which names its seal key on each desk (the key itself is never stored here)."""

    uid = pw.CharField(primary_key=True)
    created_at = pw.DateTimeField(default=_now)


ALL_MODELS: tuple[type[BaseModel], ...] = (
    SchemaVersion, Studio, Client, Project, Deliverable, Exclusion, Milestone, Interaction,
    Quote, QuoteLine, Contract, Invoice, InvoiceLine, RevisionRound, TimeEntry, Payment,
    StoredImage, IssuedDocument, NumberCounter, DatabaseIdentity, OutboxMessage, MailTemplate, StudioText,
    Transmission,
)
