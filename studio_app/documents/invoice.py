"""The invoice (deposit, standard, final) and the credit note, with every EU VAT Art. 226 field."""

from __future__ import annotations

from reportlab.platypus import Flowable

from studio_app.text.i18n import format_list
from . import fonts, local
from .context import Context
from .flowables import heading, header, keep, parties_and_meta, spacer, summary_box
from .priced import exemption_notes, lines_table, money_rows, totals_block
from .payment import payment_details
from .fonts import Paragraph

TITLE_KEYS = {"deposit": "deposit_invoice", "final": "final_invoice", "credit_note": "credit_note",
              "standard": "invoice"}


def title(ctx: Context) -> str:
    return ctx.text(TITLE_KEYS.get(ctx.document.get("invoice_kind") or "standard", "invoice"))


def story(ctx: Context) -> list[Flowable]:
    document, fmt, theme = ctx.document, ctx.fmt, ctx.theme
    kind = document.get("invoice_kind") or "standard"
    number = document.get("number")
    number_key = "credit_note_number" if kind == "credit_note" else "invoice_number"
    meta = [
        (ctx.text("issue_date"), fmt.date(document.get("issue_date"))),
        (ctx.text("supply_date"), fmt.date(document.get("supply_date") or document.get("issue_date"))),
    ]
    if kind != "credit_note":
        meta.append((ctx.text("payment_terms"),
                     ctx.text("payment_terms_value", days=ctx.snapshot.get("payment_terms_days", ""))))
    if document.get("corrects"):
        meta.append((ctx.text("corrects_invoice"), document["corrects"].get("number") or ""))
    if ctx.project:
        meta.append((ctx.text("project"), ctx.project.get("title") or ""))
    meta += local.greek_meta(ctx) + local.mydata_meta(ctx)
    # Greek invoices keep the legal title and name the kind beneath it (Προκαταβολή).
    subtitle = ctx.m(f"invoice_kind_{kind}") if f"invoice_kind_{kind}" in ctx.labels else ""
    flow: list[Flowable] = [header(ctx, title(ctx), number, subtitle, summary=_summary(ctx, number_key)),
                            parties_and_meta(ctx, "bill_to", meta), spacer(4)]
    if document.get("corrects"):
        corrects = document["corrects"]
        flow.append(Paragraph(ctx.m("corrects_sentence", number=corrects.get("number") or "",
                                    date=fmt.date(corrects.get("issue_date"))), theme.body))
        flow.append(spacer(3))
    flow.append(lines_table(ctx, totals_block(ctx, _totals_rows(ctx), _tax_note(ctx))))
    words = local.amount_in_words(ctx)
    if words:
        flow += [spacer(1.5), Paragraph(words, theme.body_right)]
    flow += local.mydata_qr(ctx)
    flow += _payment_section(ctx)
    standing = ctx.text("invoice_note", client=ctx.buyer.get("company") or ctx.buyer.get("name") or "",
                        studio=ctx.seller.get("name") or "")
    notes = [text for text in (document.get("notes"), standing if standing != "invoice_note" else "") if text]
    if notes:
        flow += [heading(ctx, "notes"), *[Paragraph(fonts.markup(text), theme.body) for text in notes]]
    return flow


def _summary(ctx: Context, number_key: str) -> Flowable:
    """Amount due (or credited), due date and number at the top, beside the client: the figures of the totals."""
    document, fmt, totals = ctx.document, ctx.fmt, ctx.totals
    number = document.get("number") or ctx.text("draft")
    if (document.get("invoice_kind") or "standard") == "credit_note":
        return summary_box(ctx, ctx.text("amount_credited"), fmt.money(-totals.gross),
                           [(ctx.text(number_key), number)])
    return summary_box(ctx, ctx.text("amount_due"), fmt.money(max(totals.due, 0)),
                       [(ctx.text("due_date"), fmt.date(document.get("due_date"))), (ctx.text(number_key), number)])


def _totals_rows(ctx: Context) -> list[tuple[str, str, str]]:
    totals, fmt, document = ctx.totals, ctx.fmt, ctx.document
    rows = money_rows(ctx)
    if totals.deducted:
        numbers = format_list(list(document.get("deposit_numbers") or []), ctx.language)
        label = ctx.text("deposit_deducted_numbers", numbers=numbers) if numbers else ctx.text("deposit_deducted")
        rows.append((label, fmt.money(-totals.deducted), "row"))
        rows.append((f"{ctx.text('amount_due')} ({fmt.currency})", fmt.money(totals.due), "due"))
    elif document.get("invoice_kind") == "credit_note":
        rows.append((ctx.text("amount_credited"), fmt.money(-totals.gross), "due"))
    return rows


def _tax_note(ctx: Context) -> str:
    notes = []
    if ctx.document.get("prices_include_tax"):
        notes.append(ctx.m("prices_include_tax_note"))
    notes += exemption_notes(ctx)
    seller, buyer = ctx.seller, ctx.buyer
    # Before VAT categories, a 0 % line to a foreign business was taken as a reverse charge.
    zero_rated = any(rate.rate == 0 and rate.category == "Z" for rate in ctx.totals.rates) and \
        not any(rate.category == "AE" for rate in ctx.totals.rates)
    if zero_rated and buyer.get("tax_id") and buyer.get("country") and seller.get("country") \
            and buyer.get("country") != seller.get("country"):
        notes.append(ctx.m("reverse_charge_note"))
    return "<br/>".join(notes)


def _payment_section(ctx: Context) -> list[Flowable]:
    document, fmt, totals = ctx.document, ctx.fmt, ctx.totals
    kind = document.get("invoice_kind") or "standard"
    if kind == "credit_note":
        refund = ctx.snapshot.get("refund")
        if refund:
            return [spacer(2), Paragraph(ctx.m("refund_sentence", paid=fmt.money(int(refund["paid"])),
                                                 number=refund.get("number") or "",
                                                 amount=fmt.money(int(refund["amount"]))), ctx.theme.body)]
        return [spacer(2), Paragraph(ctx.m("credit_note_refund"), ctx.theme.body)]
    reference = document.get("number") or ""
    due = totals.due
    intro: list[Flowable]
    if due <= 0:
        intro = [Paragraph(ctx.m("nothing_due"), ctx.theme.body)]
    else:
        intro = [Paragraph(ctx.m("pay_by", amount=fmt.money(due), date=fmt.date(document.get("due_date")),
                                 reference=reference or "—"), ctx.theme.body), spacer(2)]
    details = payment_details(ctx, amount_due=due if due > 0 else None, reference=reference, with_qr=due > 0)
    return [keep([heading(ctx, "payment"), *intro, *details])]
