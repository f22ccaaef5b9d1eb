"""Past invoices: history issued with another program, brought in as it was.

Each invoice keeps its own number, dates, totals and paid status and is marked with the file it came from
(``invoice.imported_from``, migration 10). It is never renumbered and never drawn as if issued here: it
has no issued copy, and asking for its PDF says "imported from <file>; no PDF" (:mod:`studio_app.work.issuing`).
It counts in the dashboard's money and the client's history like any issued invoice: its totals are stored
as given, over one line carrying them exactly (net, and the VAT as stated, so no rounding of ours changes
a figure) or over the lines the file lists; what was paid is one payment on the paid date. Its number is
reserved: a number already in the database refuses the row, and the counter of the series whose format the
number is written in moves past it (:func:`studio_app.money.numbering.reserve`).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from studio_app import money
from studio_app.money import lines as line_rules
from studio_app.money import numbering
from studio_app.store import db
from studio_app.text import cleaning
from studio_app.text.errors import StudioError

from . import cells
from .detect import Table
from .rows import CREATE, Cells, Known, Outcome, RowError, currency_code, find_client, known_clients, readers, refused

AMOUNTS = ("net", "tax", "gross", "paid", "balance", "line_unit_price")
LINE_FIELDS = ("line_description", "line_quantity", "line_unit_price", "line_tax_rate")
PAID_WORDS = {
    "paid": "paid|yes|true|1|settled|closed|ödendi|ödenmiş|tahsil edildi|kapandı|πληρωμένο|πληρώθηκε|εξοφλημένο|"
            "εξοφλήθηκε|dibayar|telah dibayar|selesai",
    "unpaid": "unpaid|no|false|0|open|sent|viewed|overdue|due|pending|outstanding|ödenmedi|ödenmemiş|açık|"
              "gecikmiş|bekliyor|απλήρωτο|ανεξόφλητο|εκκρεμεί|ληξιπρόθεσμο|belum dibayar|tertunggak|terbuka",
    "partial": "partial|partially paid|partially_paid|part paid|kısmen ödendi|kısmi|μερικώς πληρωμένο|μερική|"
               "dibayar sebahagian|sebahagian",
    "refused": "draft|cancelled|canceled|void|deleted|taslak|iptal|πρόχειρο|ακυρωμένο|draf|dibatalkan",
}
_PAID = {cleaning.fold(word): state for state, words in PAID_WORDS.items() for word in words.split("|")}


def plan_invoices(table: Table, mapping: Mapping[str, int], defaults: Mapping[str, str]) -> list[Outcome]:
    date_of, mark_of = readers(table, mapping, ("issue_date", "due_date", "paid_date"), AMOUNTS)
    known = known_clients()
    taken = {cleaning.number_key(n) for (n,) in db.current().execute_sql(
        'SELECT "number" FROM "invoice" WHERE "number" IS NOT NULL')}
    seen: dict[str, int] = {}
    outcomes = []
    for group in _groups(table, mapping):
        first = group[0]
        row = Cells(table, mapping, first[1])
        try:
            values = _invoice(row, [Cells(table, mapping, cells_) for _, cells_ in group], known, date_of, mark_of,
                              defaults)
            key = cleaning.number_key(values["number"])
            if key in taken:
                raise RowError(row.column("number"), StudioError(
                    "The number {number} is already used by an invoice in Studio Desk (issued or imported).",
                    number=values["number"]))
            if key in seen:
                raise RowError(row.column("number"), StudioError(
                    "The number {number} is also in row {other} of the file; each invoice has its own number.",
                    number=values["number"], other=seen[key]))
        except RowError as exc:
            outcomes.append(refused(first[0], exc.column, exc.error))
            continue
        seen[key] = first[0]
        summary = (f"{values['number']} — {values['client_name']}, {values['issue_date'].isoformat()}, "
                   f"{money.to_major(values['total_gross'], values['currency'])} {values['currency']}"
                   f"{', paid' if values['paid'] >= values['total_gross'] else ''}")
        outcomes.append(Outcome(first[0], CREATE, summary, values=values))
    return outcomes


def _groups(table: Table, mapping: Mapping[str, int]) -> list[list[tuple[int, list[str]]]]:
    """One group per invoice: with line columns, the consecutive rows of one number are its lines."""
    if "line_description" not in mapping:
        return [[record] for record in table.records]
    index = mapping["number"]
    groups: list[list[tuple[int, list[str]]]] = []
    for record in table.records:
        number = record[1][index].strip() if index < len(record[1]) else ""
        previous = groups[-1][0][1] if groups else None
        if previous is not None and number and previous[index].strip() == number:
            groups[-1].append(record)
        else:
            groups.append([record])
    return groups


def _invoice(row: Cells, line_rows: list[Cells], known: Known, date_of, mark_of, defaults) -> dict:
    number = row.check("number", lambda v: cleaning.clean(v, "Invoice number", required=True,
                                                          max_len=numbering.MAX_NUMBER, field="number"))
    client_id, client_name, client_currency, language = find_client(row, known)
    currency = row.check("currency", lambda v: currency_code(v, client_currency))
    issue = row.check("issue_date", lambda v: date_of["issue_date"](v) if v else _required("Issue date"))
    due = row.check("due_date", lambda v: date_of["due_date"](v) if v else None)
    if due is not None and due < issue:
        raise RowError(row.column("due_date"), StudioError("The due date cannot be before the issue date."))

    def amount(name: str) -> int | None:
        text = row(name)
        if not text:
            return None
        return row.check(name, lambda v: money.parse_amount(cells.amount_text(v, mark_of.get(name)), currency,
                                                            row.column(name), field=name))

    net, tax, gross = amount("net"), amount("tax"), amount("gross")
    lines = _lines(line_rows, currency, mark_of) if "line_description" in row.mapping else None
    net, tax, gross = _totals(row, net, tax, gross, lines, currency)
    paid = _paid(row, gross, amount("paid"), amount("balance"))
    paid_on = row.check("paid_date", lambda v: date_of["paid_date"](v) if v else None) or due or issue
    return {"number": number, "client_id": client_id, "client_name": client_name, "currency": currency,
            "language": language, "issue_date": issue, "due_date": due, "total_net": net, "total_tax": tax,
            "total_gross": gross, "paid": paid, "paid_on": paid_on if paid else None, "lines": lines}


def _required(label: str) -> None:
    raise StudioError("{label} is required.", label=label)


def _lines(line_rows: list[Cells], currency: str, mark_of) -> list[dict]:
    items = []
    for cells_ in line_rows:
        items.append({"description": cells_("line_description"),
                      "quantity": cells.amount_text(cells_("line_quantity"), None) or "1",
                      "unit_price": cells.amount_text(cells_("line_unit_price"), mark_of.get("line_unit_price")) or "0",
                      "tax_rate": cells_("line_tax_rate").rstrip("%").strip().replace(",", ".") or "0"})
    try:
        return line_rules.validate(items, currency)
    except StudioError as exc:
        raise RowError(line_rows[0].column("line_description"), exc) from None


def _totals(row: Cells, net, tax, gross, lines, currency: str) -> tuple[int, int, int]:
    if lines is not None:
        figures = money.document_totals(line_rules.as_money_lines(lines), currency)
        if gross is not None and gross != figures.gross:
            raise RowError(row.column("gross"), StudioError(
                "The lines add up to {lines}, but the total says {total}.",
                lines=money.format_plain(figures.gross, currency), total=money.format_plain(gross, currency)))
        return figures.net, figures.tax, figures.gross
    if gross is None and net is None:
        raise RowError(row.column("gross"), StudioError("The invoice has no total: give the total, or the net amount."))
    tax = tax if tax is not None else ((gross - net) if gross is not None and net is not None else 0)
    net = net if net is not None else gross - tax
    gross = gross if gross is not None else net + tax
    if net + tax != gross:
        raise RowError(row.column("gross"), StudioError(
            "The net amount {net} and the tax {tax} do not add up to the total {total}.",
            net=money.format_plain(net, currency), tax=money.format_plain(tax, currency),
            total=money.format_plain(gross, currency)))
    if net < 0 or tax < 0:
        raise RowError(row.column("net" if net < 0 else "tax"), StudioError(
            "Credit notes and negative totals are not imported; only invoices."))
    if tax and not net:
        raise RowError(row.column("tax"), StudioError("An invoice with tax must have a net amount."))
    return net, tax, gross


def _paid(row: Cells, gross: int, paid: int | None, balance: int | None) -> int:
    state = _PAID.get(cleaning.fold(row("status"))) if row("status") else None
    if row("status") and state is None:
        raise RowError(row.column("status"), StudioError(
            "“{value}” is not a paid status (paid, unpaid or partially paid).", value=row("status")[:40]))
    if state == "refused":
        raise RowError(row.column("status"), StudioError(
            "A {status} invoice is not history to import; only invoices that were issued.", status=row("status")[:40]))
    if paid is None and balance is not None:
        paid = gross - balance
    if paid is None:
        if state == "partial":
            raise RowError(row.column("status"), StudioError(
                "The invoice is partially paid: give the paid amount or the amount due in a column."))
        paid = gross if state == "paid" else 0
    if paid < 0 or paid > gross:
        raise RowError(row.column("paid" if "paid" in row.mapping else "balance"), StudioError(
            "The paid amount must be between 0 and the total."))
    return paid


def rate_of(net: int, tax: int) -> Decimal:
    """The VAT rate shown on the one line of an invoice imported with its totals only (its VAT stays as given)."""
    if not net or not tax:
        return Decimal(0)
    return min(Decimal(100), (Decimal(tax) * 100 / Decimal(net)).quantize(Decimal("0.01")))
