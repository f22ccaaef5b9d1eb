"""The quote: what will be delivered, in which format, by when, for how much, and how changes are billed."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from . import fonts, scope
from .context import Context
from .flowables import header, heading, keep, parties_and_meta, signature_block, spacer
from .priced import exemption_notes, lines_table, money_rows, totals_block
from .payment import payment_details
from .fonts import Paragraph


def title(ctx: Context) -> str:
    return ctx.text("quote")


def story(ctx: Context) -> list[Flowable]:
    document, fmt, theme = ctx.document, ctx.fmt, ctx.theme
    number = document.get("number")
    meta = [
        (ctx.text("quote_number"), number or ctx.text("draft")),
        (ctx.text("issue_date"), fmt.date(document.get("issue_date"))),
        (ctx.text("valid_until"), fmt.date(document.get("valid_until"))),
    ]
    flow: list[Flowable] = [header(ctx, title(ctx), number), parties_and_meta(ctx, "prepared_for", meta)]
    flow += scope.section(ctx, "project_goals", scope.goals(ctx))
    flow += scope.section(ctx, "scope", scope.deliverables(ctx) + scope.exclusions(ctx))
    flow += scope.section(ctx, "timeline", scope.timeline(ctx))
    price_note = "<br/>".join(([ctx.m("prices_include_tax_note")] if document.get("prices_include_tax") else [])
                              + exemption_notes(ctx))
    flow += scope.section(ctx, "price", [lines_table(ctx, totals_block(ctx, money_rows(ctx), price_note))])

    terms: list[Flowable] = []
    deposit = scope.deposit_sentence(ctx)
    if deposit:
        terms.append(Paragraph(deposit, theme.body))
    else:
        terms.append(Paragraph(ctx.m("payment_on_delivery", days=ctx.snapshot.get("payment_terms_days", "")),
                               theme.body))
    revisions = scope.revision_sentence(ctx)
    if revisions:
        terms += [spacer(1.5), Paragraph(revisions, theme.body)]
    terms += [spacer(1.5), Paragraph(ctx.m("change_requests_sentence"), theme.body)]
    flow.append(keep(scope.section(ctx, "terms", terms)))
    flow.append(keep(scope.section(ctx, "payment_options", payment_details(ctx))))
    validity = [Paragraph(ctx.m("validity_sentence", date=fmt.date(document.get("valid_until"), "long")), theme.body)]
    if document.get("notes"):
        validity += [spacer(2), Paragraph(fonts.markup(document["notes"]), theme.body)]
    standing = ctx.text("quote_note", client=ctx.buyer.get("company") or ctx.buyer.get("name") or "",
                        studio=ctx.seller.get("name") or "")
    if standing and standing != "quote_note":
        validity += [spacer(2), Paragraph(fonts.markup(standing), theme.body)]
    flow.append(keep(scope.section(ctx, "validity", validity)))
    flow.append(keep([heading(ctx, "acceptance"), Paragraph(ctx.m("acceptance_sentence"), theme.body), spacer(2),
                      signature_block(ctx, "for_client", ctx.buyer, (theme.frame_width - 12 * mm) / 2,
                                      ("name", "date", "signature"))]))
    return flow
