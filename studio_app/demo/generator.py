"""Realistic, deterministic sample data: a studio with clients in Türkiye, Greece, Malaysia and the UK.

``small`` is for trying the app and for tests; ``large`` is the benchmark database of
DESIGN.md (2,000 clients, 10,000 projects, 100,000 invoices, 500,000 lines, 80,000 payments).
Rows are built in memory with explicit ids and written with executemany, because going
through the services one invoice at a time would take an hour for the large size. The
data still obeys every rule ``check`` knows: stored totals come from
:func:`money.document_totals`, issued documents have their frozen snapshot, numbers are
gapless per series and year, and the number counters continue after them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import random
from collections import defaultdict
from decimal import Decimal
from types import SimpleNamespace

from studio_app.work import clock, contracts, settings, snapshots, studio_texts
from studio_app.files.export import reset_sequences
from studio_app.store import db, sealing
from studio_app.text import i18n
from studio_app import money
from studio_app.money import lines as line_rules
from studio_app.store.migrations import m0004_money_model
from studio_app.text.errors import StudioError
from studio_app.store.models import (
    Client, Contract, Deliverable, Exclusion, Interaction, Invoice, InvoiceLine, IssuedDocument, Milestone,
    NumberCounter, Payment, Project, Quote, QuoteLine, RevisionRound, Studio, TimeEntry,
)
from studio_app.store import bulk, bulk_postgres

from . import einvoicing, frozen
from .lines import NAMES as LINE_NAMES, SharedLines, draw as draw_lines, money_line, row_values
from . import copying, parallel
from .batch import HELD, MODELS, Batch, stamp, uncollected
from .words import (
    PEOPLE, CURRENCIES, TAX, PROJECTS, PAYMENT_METHODS,
    INTERACTION_KINDS,
)
from .words_local import words
from studio_app.text.cleaning import fold

# Bump when the generated data changes, so `make bench` rebuilds its cached demo database.
DEMO_VERSION = 6  # 3: chained and sealed (migration 5); 4: deposits deducted with VAT; 5: e-invoice clients; 6: local words

_date_text = functools.lru_cache(maxsize=8192)(i18n.format_date)  # Babel's date formatting, per date and language
_money_text = functools.lru_cache(maxsize=8192)(money.format_money)  # the same amounts again and again

SIZES = {
    "small": {"clients": 24, "projects": 48, "invoices": 220, "lines": 1_000, "payments": 150},
    "large": {"clients": 2_000, "projects": 10_000, "invoices": 100_000, "lines": 500_000, "payments": 80_000},
}

_NO_FIGURES = SimpleNamespace(net=0, gross=0)  # an invoice's totals, where the documents' process needs none
DOCUMENTS_PER_SEND = 2000  # how often the rows built so far go to the writer thread


@uncollected()  # the rows are let go of as fill returns, before the collector runs again
def fill(size: str = "small", seed: int = 7, processes: int | None = None) -> dict[str, int]:
    """``processes``: 2 makes the issued documents in a second process (large's default on 2 cores)."""
    if size not in SIZES:
        raise StudioError("The demo size must be small or large.")
    if Client.select().exists() or Invoice.select().exists():
        raise StudioError("The demo fills an empty database; this one already has data. Use --db with a new file.")
    _configure_studio()
    uid = f"demo-{size}-{seed}"  # the same data from the same seed: two such databases on one desk share a key
    two = (processes or (1 if size == "small" else min(2, os.cpu_count() or 1))) > 1
    part = {"size": einvoicing.remaining(SIZES[size]), "today": clock.today(), "keys": sealing.demo_keys(uid)}
    generator = Generator(**part, rng=random.Random(seed), role="rows" if two else "whole")
    part.update(seed=seed, studio=generator.studio, clauses=generator.clauses, copy=not db.is_sqlite())
    with bulk.filling_new_file(journal_in_memory=size != "small"), db.transaction():  # small: the app may be open
        if db.is_sqlite():
            batch, set_aside, rebuilt, counted = parallel.build_writing(generator, MODELS, HELD, part if two else None)
        else:
            aside = bulk_postgres.set_aside(MODELS)
            batch, counted = parallel.build_copying(generator, MODELS, HELD, aside, part if two else None)
        sealing.record_identity(uid, dt.datetime.combine(clock.today(), dt.time()))  # deterministic, like the rest
        if db.is_sqlite():
            bulk.restore_indexes(set_aside, rebuilt, counted)
            m0004_money_model.link_accepted_quotes(db.current())  # each accepted quote is its project's agreement
        else:  # the agreements linked before the projects' indexes and triggers are back
            db.current().execute_sql(copying.LINK_ACCEPTED)
            bulk_postgres.restore_indexes(aside)
            bulk_postgres.restore_triggers(aside, counted)
    if not db.is_sqlite():
        with db.transaction():
            reset_sequences()
    else:
        db.current().execute_sql("ANALYZE")
    counts = {model._meta.table_name.replace("_", " ") + "s": batch.count(model)
              for model in (Client, Project, Quote, Contract, Invoice, InvoiceLine, Payment) if batch.count(model)}
    for name, count in einvoicing.add().items():  # issued through the services, after the generated numbers
        counts[name] = counts.get(name, 0) + count
    return counts


def _configure_studio() -> None:
    settings.update({
        "name": "Deniz Arslan Design", "address": "Moda Caddesi 112/4\n34710 Kadıköy, İstanbul", "country": "TR",
        "email": "studio@denizarslan.design", "phone": "+90 216 555 01 23", "website": "denizarslan.design",
        "tax_id": "TR4830291756", "iban": "DE89 3704 0044 0532 0130 00", "bic": "COBADEFFXXX",
        "account_holder": "Deniz Arslan", "bank_name": "Commerzbank",
        "payment_methods": "Bank transfer\nPayPal (hello@denizarslan.design)",  # PayPal reads the same everywhere
        **einvoicing.SELLER,
    })


class Generator:
    def __init__(self, size: dict[str, int], rng: random.Random, today: dt.date, keys: sealing.Keys,
                 role: str = "whole", studio: Studio | None = None, clauses: dict | None = None) -> None:
        """``role``: "whole" makes every row; on two cores "rows" makes all but the issued documents and
        "documents" (the other process, :mod:`.parallel`) only those, drawing the same numbers to get there."""
        self.size, self.rng, self.today, self.keys = size, rng, today, keys
        self.storing, self.freezing = role != "documents", role != "rows"
        self.batch = Batch(counted=frozenset() if self.storing else frozenset(MODELS) - {IssuedDocument})
        self.studio = studio or Studio.get_by_id(1)
        self.clients: list[SimpleNamespace] = []
        self.numbers: dict[tuple[str, int], int] = defaultdict(int)
        self.issued: list[tuple] = []  # (kind, date, row) of quotes and contracts, numbered at the end
        self.quotes: dict[int, SimpleNamespace] = {}
        self._folded: dict[tuple[str, str | None], str] = {}
        self.shared_lines = SharedLines()
        self._parts: dict[object, frozen.Part] = {}  # the project part of the snapshots, per project (and scope)
        self.utf8_snapshots = False  # True: the snapshots are written as their UTF-8 (the writer thread casts it)
        # the studio's clause wording per language, read now: the writer thread has the connection from here on
        self.clauses = clauses or {language: studio_texts.clauses(language) for language in i18n.LANGUAGES}
        self.worded: dict[int, str] = {}  # each contract's filled clauses (JSON), by its id

    # -- people and projects -------------------------------------------------------------------------------
    def build(self) -> Batch:
        self.seller = snapshots.seller(self.studio)
        self.freezer = frozen.Freezer(self.seller, snapshots.style(self.studio), self.keys)
        for _ in range(self.size["clients"]):
            self._client()
        self.invoices: list[dict] = []
        self.billable: list[tuple] = []
        for index in range(self.size["projects"]):
            self._project(self.clients[index % len(self.clients)])
        self.batch.finish(Client, Project, Deliverable, Exclusion, Milestone, Interaction, RevisionRound, TimeEntry)
        self._standard_invoices()
        self._number_and_freeze()
        return self.batch

    def _client(self) -> None:
        rng = self.rng
        language = rng.choices(("en", "tr", "el", "ms"), weights=(3, 3, 2, 2))[0]
        first, last, trades, places, country = PEOPLE[language]
        name = f"{rng.choice(first)} {rng.choice(last)}"
        company = f"{rng.choice(last).split()[-1]} {rng.choice(trades)}" if rng.random() < 0.8 else ""
        currency = rng.choice(CURRENCIES[language])
        email = f"{fold(name).split()[0]}{len(self.clients) + 1}@example.com".encode("ascii", "ignore").decode()
        if not email.split("@")[0]:
            email = f"client{len(self.clients) + 1}@example.com"
        created = dt.datetime.combine(self.today - dt.timedelta(days=rng.randint(30, 1100)), dt.time(10, 0))
        client = SimpleNamespace(
            name=name, company=company, email=email, phone=f"+{rng.randint(30, 90)} {rng.randint(100, 999)} "
            f"{rng.randint(1000000, 9999999)}", address=words(language)["street"].format(
                number=rng.randint(1, 180), surname=rng.choice(last).split()[-1]) + f"\n{rng.choice(places)}", country=country, tax_id=f"{country}{rng.randint(10**8, 10**9 - 1)}",
            language=language, currency=currency, preferred_channel=rng.choice(("email", "phone", "chat",
                                                                                "in person")),
            birthday=dt.date(rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28))
            if rng.random() < 0.4 else None,
            anniversary=dt.date(rng.randint(1990, 2020), rng.randint(1, 12), rng.randint(1, 28))
            if rng.random() < 0.3 else None,
            notes="Prefers short calls in the morning." if rng.random() < 0.2 else "", archived=rng.random() < 0.03,
            created_at=created, search_key=fold(name, company, email), einvoice_format="none", buyer_reference="",
            endpoint_scheme="", endpoint_id="", street="", postcode="", city="")
        client.id = self.batch.add(Client, **vars(client))
        client.tax_rate = TAX[country]
        self.clients.append(client)
        for n in range(rng.randint(1, 3)):
            waiting = n == 0 and rng.random() < 0.06
            when = dt.datetime.combine(self.today - dt.timedelta(days=rng.randint(0 if waiting else 3, 300)),
                                       dt.time(rng.randint(8, 18), rng.choice((0, 15, 30, 45))))
            self.batch.add(Interaction, client=client.id, project=None, kind=rng.choice(INTERACTION_KINDS),
                           occurred_at=when, summary=rng.choice(("Asked about a new poster series.",
                                                                 "Sent the revised price list.",
                                                                 "Coffee meeting about next season.",
                                                                 "Wants to know when the files arrive.")),
                           waiting_for_reply=waiting,
                           follow_up_on=self.today + dt.timedelta(days=rng.randint(-5, 20)) if rng.random() < 0.1
                           else None, follow_up_done=False)

    def _project(self, client: SimpleNamespace) -> None:
        rng, today = self.rng, self.today
        age = rng.randint(0, 1000)
        start = today - dt.timedelta(days=age)
        length = rng.randint(20, 120)
        deadline = start + dt.timedelta(days=length)
        if deadline < today - dt.timedelta(days=10):
            status = rng.choices(("closed", "delivered", "lost"), weights=(6, 3, 1))[0]
        else:
            status = rng.choices(("active", "quoted", "lead"), weights=(6, 2, 1))[0]
        pricing = "hourly" if rng.random() < 0.25 else "fixed"
        scale = Decimal(rng.choice((1, 1, 2, 3, 5)))
        base = {"TRY": 30, "MYR": 4, "GBP": 1, "USD": 1, "EUR": 1}[client.currency]
        price = int(Decimal(rng.choice((1200, 1800, 2400, 3500, 4800, 6500))) * scale * base * 100)
        hourly = 6000 * base
        local = words(client.language)
        title = local["projects"][rng.randrange(len(PROJECTS))]
        project = SimpleNamespace(
            client=client.id, title=title, goals=local["goals"].format(title=title, client=client.company or
                                                                        client.name), status=status, start_date=start, deadline=deadline,
            delivered_on=deadline if status in ("delivered", "closed") else None, pricing=pricing,
            currency=client.currency, price=price if pricing == "fixed" else 0, hourly_rate=hourly,
            tax_rate=client.tax_rate, estimated_hours=Decimal(rng.choice((20, 40, 60, 80, 120))),
            included_rounds=rng.choice((2, 2, 3)), extra_round_billing="per_round" if rng.random() < 0.8
            else "hourly", extra_round_fee=6000 * base, deposit_percent=Decimal(rng.choice((30, 30, 40, 50))),
            archived=False, created_at=dt.datetime.combine(start, dt.time(9, 0)),
            search_key=fold(title, client.name))
        project.id = self.batch.add(Project, **vars(project))
        scope = self._scope(project, local)
        project.price_net = price if pricing == "fixed" else money.round_minor(project.estimated_hours * hourly)
        if status in ("active", "delivered"):
            for number in range(1, rng.randint(1, 4)):
                self.batch.add(RevisionRound, project=project.id, number=number,
                               requested_on=min(today, start + dt.timedelta(days=7 * number)),
                               request=local["revision"], hours=Decimal(rng.choice((1, 2, 3))),
                               billable=number > project.included_rounds, invoice_line=None)
            for _ in range(rng.randint(0, 4)):
                self.batch.add(TimeEntry, project=project.id, date=min(today, start + dt.timedelta(
                    days=rng.randint(0, max(length, 1)))), minutes=rng.choice((30, 60, 90, 120, 180)),
                    note=local["time_note"], billable=rng.random() < 0.7, invoice_line=None)
        quote_id = None
        if status != "lead":
            quote_id = self._quote(client, project, scope)
        if quote_id and status in ("active", "delivered", "closed"):
            self._contract(client, project, quote_id)
            self._invoice(client, project, "deposit", start + dt.timedelta(days=2))
            if status in ("delivered", "closed"):
                self._invoice(client, project, "final", project.delivered_on)
        if status != "lead":
            self.billable.append((client, project))

    def _scope(self, project: SimpleNamespace, local: dict) -> tuple[list, list, list]:
        rng = self.rng
        deliverables, exclusions, milestones = [], [], []
        for position, (name, fmt) in enumerate(rng.sample(local["deliverables"], rng.randint(2, 4))):
            row = SimpleNamespace(project=project.id, position=position, name=name, format=fmt,
                                  quantity=rng.choice((1, 1, 1, 2, 3)),
                                  due_date=project.deadline - dt.timedelta(days=rng.randint(0, 10)),
                                  done=project.status in ("delivered", "closed") or rng.random() < 0.3)
            self.batch.add(Deliverable, **vars(row))
            deliverables.append(row)
        for position, text in enumerate(rng.sample(local["exclusions"], rng.randint(1, 3))):
            row = SimpleNamespace(project=project.id, position=position, text=text)
            self.batch.add(Exclusion, **vars(row))
            exclusions.append(row)
        span = (project.deadline - project.start_date).days
        for position, title in enumerate(local["milestones"]):
            due = project.start_date + dt.timedelta(days=span * (position + 1) // 3)
            row = SimpleNamespace(project=project.id, position=position, title=title, due_date=due,
                                  done_on=due if due < self.today - dt.timedelta(days=3) else None)
            self.batch.add(Milestone, **vars(row))
            milestones.append(row)
        return deliverables, exclusions, milestones

    # -- documents ----------------------------------------------------------------------------------------------
    def _lines(self, client: SimpleNamespace, count: int, scale: int) -> list[dict]:
        """Everyday lines, each distinct one made once (:class:`.lines.SharedLines`)."""
        return draw_lines(self.rng, self.shared_lines, client.language, count, scale, client.tax_rate)

    def _quote(self, client, project, scope) -> int:
        rng = self.rng
        issue = project.start_date - dt.timedelta(days=rng.randint(3, 14))
        status = {"quoted": "issued", "lost": "declined"}.get(project.status, "accepted")
        lines = [{"description": project.title, "quantity": "1" if project.pricing == "fixed" else
                  format(project.estimated_hours, "f"), "unit": "" if project.pricing == "fixed" else "h",
                  "unit_price": project.price if project.pricing == "fixed" else project.hourly_rate,
                  "tax_rate": format(project.tax_rate, "f"), "discount_percent": "0"}]
        figures = money.document_totals([money.Line(Decimal(l["quantity"]), l["unit_price"], Decimal(l["tax_rate"]))
                                         for l in lines], project.currency) if self.storing else _NO_FIGURES
        quote = SimpleNamespace(project=project.id, client=client.id, number=None, status=status, issue_date=issue,
                                valid_until=issue + dt.timedelta(days=30), currency=project.currency,
                                language=client.language, prices_include_tax=False, notes="",
                                total_net=figures.net, total_gross=figures.gross,
                                created_at=dt.datetime.combine(issue, dt.time(11, 0)), search_key="")
        quote.id = self.batch.add(Quote, **vars(quote))
        for position, line in enumerate(lines):
            self.batch.add(QuoteLine, quote=quote.id, position=position, **line)
        quote.lines, quote.client_obj, quote.project_obj, quote.scope = lines, client, project, scope
        self.quotes[quote.id] = quote
        self.issued.append(("quote", issue, quote))
        return quote.id

    def _contract(self, client, project, quote_id: int) -> None:
        day = project.start_date
        signed = self.rng.random() < 0.8
        contract = SimpleNamespace(quote=quote_id, project=project.id, client=client.id, number=None,
                                   status="signed" if signed else "issued", language=client.language, clauses="[]",
                                   created_at=dt.datetime.combine(day, dt.time(12, 0)), issue_date=day,
                                   signed_on=day + dt.timedelta(days=2) if signed else None, search_key="")
        contract.id = self.batch.add(Contract, **vars(contract))
        contract.quote_obj = self.quotes[quote_id]
        contract.client_obj, contract.project_obj = client, project
        self.issued.append(("contract", day, contract))

    def _invoice(self, client, project, kind: str, issue: dt.date) -> None:
        rng = self.rng
        if kind == "deposit":
            percent = i18n.format_percent(project.deposit_percent, client.language)
            lines = [{"description": i18n.label(client.language, "line_deposit_no_quote", percent=percent,
                                                title=project.title),
                      "quantity": "1", "unit": "", "unit_price": money.percent_of(project.price_net,
                                                                                  project.deposit_percent),
                      "tax_rate": format(project.tax_rate, "f"), "discount_percent": "0"}]
        elif kind == "final":  # the agreed line, then the deposit deducted with its VAT (filled when numbered)
            lines = [{"description": project.title, "quantity": "1", "unit": "", "unit_price": project.price_net,
                      "tax_rate": format(project.tax_rate, "f"), "discount_percent": "0"}, {"deposit": True}]
        else:
            lines = []  # filled by _standard_invoices once the line budget is known
        draft = issue > self.today - dt.timedelta(days=2) and rng.random() < 0.5
        invoice = {"client": client, "project": project, "kind": kind, "lines": lines, "issue_date": issue,
                   "draft": draft}
        self.invoices.append(invoice)

    @staticmethod
    def _deduction(client, deposit: dict) -> dict:
        """The final invoice's line that deducts a deposit invoice with the VAT it charged."""
        group = deposit["figures"].rates[0]
        key = "line_less_deposit_unpaid" if deposit["unpaid"] else "line_less_deposit"
        return {"description": i18n.label(client.language, key, number=deposit["number"],
                                          date=_date_text(deposit["issue_date"], client.language),
                                          vat=_money_text(group.tax, client.currency,
                                                          i18n.locale_for(client.language))),
                "quantity": "-1", "unit": "", "unit_price": group.net, "tax_rate": format(group.rate, "f"),
                "discount_percent": "0", "fixed_tax": -group.tax, "deposit_invoice": deposit["id"]}

    def _standard_invoices(self) -> None:
        """Top up to exactly the size's invoice and line counts with everyday invoices."""
        rng, today = self.rng, self.today
        for _ in range(self.size["invoices"] - len(self.invoices)):
            client, project = rng.choice(self.billable)
            span = max((min(today, project.deadline + dt.timedelta(days=60)) - project.start_date).days, 1)
            self._invoice(client, project, "standard", min(project.start_date + dt.timedelta(
                days=rng.randint(0, span)), today))
        standard = [inv for inv in self.invoices if inv["kind"] == "standard"]
        budget = self.size["lines"] - sum(len(inv["lines"]) for inv in self.invoices)
        counts = [budget // len(standard)] * len(standard)
        for index in rng.sample(range(len(standard)), budget % len(standard)):
            counts[index] += 1
        for _ in range(len(standard)):  # vary the sizes, keeping the total
            a, b = rng.randrange(len(standard)), rng.randrange(len(standard))
            moved = min(rng.randint(0, 3), counts[a] - 1)
            counts[a] -= moved
            counts[b] += moved
        for inv, count in zip(standard, counts):
            inv["lines"] = self._lines(inv["client"], count, {"TRY": 30, "MYR": 4}.get(inv["client"].currency, 1))

    def _number_and_freeze(self) -> None:
        """Number issued documents in date order (gapless per series and year), then store them."""
        rng = self.rng
        deposits: dict[int, list] = defaultdict(list)
        order = sorted(range(len(self.invoices)), key=lambda i: (self.invoices[i]["issue_date"], i))
        invoice_ids: dict[int, int] = {}
        payments_left = self.size["payments"]
        for inv in self.invoices:
            inv["pay_day"] = inv["issue_date"] + dt.timedelta(days=rng.randint(3, 40))
            inv["payable"] = not inv["draft"] and inv["pay_day"] <= self.today
        payable_left = sum(inv["payable"] for inv in self.invoices)
        for position, index in enumerate(order):
            if position % DOCUMENTS_PER_SEND == 0:
                self.batch.send()
            inv = self.invoices[index]
            client, project = inv["client"], inv["project"]
            if inv["kind"] == "final":
                inv["lines"] = inv["lines"][:1] + [self._deduction(client, d) for d in deposits[project.id]]
            parts = [self.shared_lines.parts_of(line) for line in inv["lines"]]
            figures = money.document_totals([part[0] if part else money_line(line)  # documents: deposits' only
                                             for part, line in zip(parts, inv["lines"])], client.currency) \
                if self.storing or inv["kind"] == "deposit" else _NO_FIGURES
            issued = not inv["draft"]
            issue = inv["issue_date"]
            number = self._next("invoice", issue) if issued else None
            deducted = 0
            due_date = issue + dt.timedelta(days=14)
            row = SimpleNamespace(client=client.id, project=project.id, kind=inv["kind"], number=number,
                                  status="issued" if issued else "draft", issue_date=issue if issued else None,
                                  supply_date=issue if issued else None, due_date=due_date,
                                  currency=client.currency, language=client.language, prices_include_tax=False,
                                  corrects=None, notes="", total_net=figures.net, total_gross=figures.gross,
                                  deducted=deducted, paid=0, credited=0, paid_on=None,
                                  created_at=self._at(issue, 15),
                                  search_key=self._search_key(number, client.name, project.title)
                                  if self.storing else "")
            # exactly the size's number of payments, spread evenly over the invoices that can have one
            if inv["payable"]:
                if rng.random() * payable_left < payments_left:
                    owed = figures.gross - deducted
                    amount = owed if rng.random() < 0.92 else owed // 2
                    row.paid = amount
                    row.paid_on = inv["pay_day"] if amount == owed else None
                    inv["payment"] = (inv["pay_day"], amount)
                    payments_left -= 1
                payable_left -= 1
            row.id = self.batch.add(Invoice, **vars(row))
            invoice_ids[index] = row.id
            if inv["kind"] == "deposit" and issued:
                deposits[project.id].append({"id": row.id, "number": number, "issue_date": issue, "figures": figures,
                                             "unpaid": row.paid < figures.gross})
            lines = inv["lines"]
            for line_position, (part, line) in enumerate(zip(parts, lines) if self.storing else ()):
                values = part[2] if part else row_values(line)
                self.batch.add_values(InvoiceLine, LINE_NAMES, (row.id, line_position) + values)
            if inv["kind"] == "final":
                lines = line_rules.as_dicts(lines)
            if "payment" in inv:
                pay_day, amount = inv["payment"]
                self.batch.add(Payment, invoice=row.id, date=pay_day, amount=amount, currency=row.currency,
                               method=words(client.language)["methods"][rng.randrange(len(PAYMENT_METHODS))],
                               reference=f"REF{row.id:07d}",
                               created_at=self._at(pay_day, 16))
            if issued and self.freezing:
                document = snapshots.invoice_document(
                    row, lines, [d["number"] for d in deposits[project.id]] if inv["kind"] == "final" else [], None)
                shared = None if inv["kind"] == "final" or None in parts else [part[1] for part in parts]
                part = self._parts.get(project.id)
                if part is None:
                    part = self._parts[project.id] = frozen.Part({"title": project.title})
                self._freeze("invoice", row.id, number, document, client, part, shared)
        self.batch.finish(Invoice, InvoiceLine, Payment)  # their indexes are built while the quotes are frozen
        self._freeze_quotes_and_contracts()
        for (series, year), last in sorted(self.numbers.items()):
            self.batch.add(NumberCounter, series=series, year=year, last=last)

    def _freeze_quotes_and_contracts(self) -> None:
        quote_documents = {}
        issued = sorted(self.issued, key=lambda item: (item[1], item[0] != "quote", item[2].id))
        for position, (kind, day, doc) in enumerate(issued):
            if position % DOCUMENTS_PER_SEND == 0:
                self.batch.send()  # their issued documents (the quotes and contracts themselves wait: held)
            series = "quote" if kind == "quote" else "contract"
            number = self._next(series, day)
            table = Quote if kind == "quote" else Contract
            client, project = doc.client_obj, doc.project_obj
            doc.number = number
            if kind == "contract" and self.freezing:  # on two cores the documents' process words them alone
                values = contracts.clause_values_for(self.studio.name, client, project, doc.quote_obj.number,
                                                     doc.language, project.currency, self.studio.payment_terms_days,
                                                     studio=self.studio)
                wording = self.clauses.get(doc.language) or studio_texts.clauses(doc.language)
                doc.clauses = self.worded[doc.id] = json.dumps(contracts.fill_clauses(
                    doc.language, project.extra_round_billing, values, self.studio.country, wording=wording),
                    ensure_ascii=False)
            if self.storing:
                columns, row = self.batch.columns[table], list(self.batch.rows[table][doc.id - 1])
                row[columns.index("number")] = number
                row[columns.index("search_key")] = self._search_key(number, client.name, project.title)
                if kind == "contract" and self.freezing:
                    row[columns.index("clauses")] = doc.clauses
                self.batch.rows[table][doc.id - 1] = tuple(row)
            if not self.freezing:
                continue
            scope = doc.quote_obj.scope if kind == "contract" else doc.scope
            part = self._parts.get((project.id, id(scope)))  # a quote's and its contract's are the same
            if part is None:
                part = self._parts[(project.id, id(scope))] = frozen.Part(snapshots.project_part(project, *scope))
            if kind == "quote":
                document = snapshots.quote_document(doc, doc.lines)
                quote_documents[doc.id] = document
            else:
                document = snapshots.contract_document(doc, quote_documents[doc.quote])
            self._freeze(kind, doc.id, number, document, client, part)

    def _at(self, day: dt.date, hour: int) -> dt.datetime | str:
        """On SQLite the text stored for the time, made once per day and hour (the writer thread would call the
        sqlite3 adapter, in Python, for each of 180,000 invoices and payments)."""
        return stamp(day, hour) if self.utf8_snapshots else dt.datetime.combine(day, dt.time(hour))

    def _next(self, series: str, day: dt.date) -> str:
        key = (series, day.year)
        self.numbers[key] += 1
        pattern = getattr(self.studio, f"{series}_number_format")
        return pattern.format(year=day.year, seq=self.numbers[key])

    def _freeze(self, kind: str, doc_id: int, number: str, document: dict, client, project_part: frozen.Part,
                lines: list[bytes] | None = None) -> None:
        issued_at = dt.datetime.combine(dt.date.fromisoformat(document["issue_date"]), dt.time(17, 0))
        snapshot = self.freezer.snapshot(kind, document, client, project_part, lines)
        self.batch.add(IssuedDocument, kind=kind, document_id=doc_id, number=number, issued_at=issued_at,
                       snapshot=snapshot if self.utf8_snapshots else snapshot.decode("utf-8"), pdf=None,
                       pdf_sha256=None, **self.freezer.chained(kind, number, snapshot))

    def _search_key(self, number: str | None, client_name: str, title: str | None) -> str:
        """``fold(number, client_name, title)``, folding each client and project pair once (folding is per
        character, so the parts fold apart as they fold together)."""
        pair = self._folded.get((client_name, title))
        if pair is None:
            pair = self._folded[(client_name, title)] = fold(client_name, title)
        # an ASCII number folds to itself in lower case (NFKD leaves ASCII as it is): the Unicode work skipped
        head = " ".join(number.lower().split()) if number and number.isascii() else fold(number)
        return f"{head} {pair}" if head and pair else head or pair
