"""The payment reminder letter: the invoice's look (studio header, the client, the facts on the right), what
was billed, paid and is still owed, the payment options with the EPC QR code for the amount claimed, and on
the final step the statutory interest and the EUR 40 compensation where the studio claims them.

Drawn from the invoice's issued snapshot (its parties, language and style as issued) and ``letter``, the
figures of the day (:func:`studio_app.mail.reminders.letter_pdf`)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from studio_app import money
from . import page
from .context import Context
from .flowables import header, heading, keep, parties_and_meta, spacer, summary_box
from .payment import payment_details
from .priced import totals_block


def title(ctx: Context, letter: dict) -> str:
    return ctx.text("reminder_title_final" if letter.get("final") else f"reminder_title_{letter['step']}")


def render(snapshot: dict, letter: dict, logo: bytes | None = None) -> bytes:
    ctx = Context(snapshot, logo)
    name = title(ctx, letter)
    number = ctx.document.get("number") or ""
    seller = ctx.seller.get("name") or ""
    return page.build(story(ctx, letter), ctx.theme, title=f"{name} {number}", author=seller,
                      language=ctx.language, footer_left=f"{seller} · {name} · {number}",
                      page_of=ctx.text("page_of"))


def story(ctx: Context, letter: dict) -> list[Flowable]:
    document, fmt, theme = ctx.document, ctx.fmt, ctx.theme
    number = document.get("number") or ""
    meta = [(ctx.text("reminder_date"), fmt.date(letter["date"])),
            (ctx.text("issue_date"), fmt.date(document.get("issue_date"))),
            (ctx.text("days_overdue"), str(letter["days_late"]))]
    for sent in letter.get("sent") or []:
        meta.append((ctx.text("reminder_sent_on", step=sent["step"]), fmt.date(sent["date"])))
    if ctx.project:
        meta.append((ctx.text("project"), ctx.project.get("title") or ""))
    key = "final" if letter.get("final") else str(letter["step"])
    summary = summary_box(ctx, ctx.text("amount_due"), fmt.money(int(letter["total"])),
                          [(ctx.text("due_date"), fmt.date(document.get("due_date"))),
                           (ctx.text("invoice_number"), number)])
    flow: list[Flowable] = [header(ctx, title(ctx, letter), number, summary=summary),
                            parties_and_meta(ctx, "bill_to", meta),
                            spacer(4),
                            Paragraph(ctx.m(f"reminder_letter_{key}", number=number,
                                            date=fmt.date(document.get("issue_date")),
                                            due_date=fmt.date(document.get("due_date")),
                                            amount=fmt.money(letter["due"])), theme.body), spacer(4)]
    flow.append(totals_block(ctx, _rows(ctx, letter)))
    if letter.get("interest") or letter.get("late_fee"):
        flow += [spacer(2), Paragraph(ctx.m("late_payment_law"), theme.small)]
    flow += [spacer(3), Paragraph(ctx.m(f"reminder_closing_{key}"), theme.body)]
    reference = number
    claimed = int(letter["total"])
    details = payment_details(ctx, amount_due=claimed, reference=reference, with_qr=claimed > 0)
    flow.append(keep([heading(ctx, "payment"),
                              Paragraph(ctx.m("pay_by_now", amount=fmt.money(claimed), reference=reference),
                                        theme.body), spacer(2), *details]))
    return flow


def _rows(ctx: Context, letter: dict) -> list[tuple[str, str, str]]:
    fmt = ctx.fmt
    rows: list[tuple[str, str, str]] = [(ctx.text("invoice_total"), fmt.money(ctx.totals.due), "row")]
    for payment in letter.get("payments") or []:
        rows.append((ctx.text("paid_on", date=fmt.date(payment["date"])), fmt.money(-int(payment["amount"])), "row"))
    if letter.get("credited"):
        rows.append((ctx.text("credited_row"), fmt.money(-int(letter["credited"])), "row"))
    rows.append((f"{ctx.text('amount_due')} ({fmt.currency})", fmt.money(int(letter["due"])), "strong"))
    if letter.get("interest"):
        rows.append((ctx.text("late_interest_row", rate=fmt.percent(letter["interest_rate"]),
                              days=letter["days_late"]), fmt.money(int(letter["interest"])), "row"))
    if letter.get("late_fee"):
        fee = money.format_money(int(letter["late_fee"]), "EUR", fmt.locale)
        rows.append((ctx.text("late_fee_row"), fee, "row"))
    if int(letter["total"]) != int(letter["due"]):
        rows.append((ctx.text("total_claimed"), fmt.money(int(letter["total"])), "due"))
    return rows
