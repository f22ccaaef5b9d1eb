"""The contract drawn from an accepted quote: numbered clauses frozen in the client's language, scope
and price set in between, and signature blocks for both parties."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, TableStyle

from . import fonts, scope
from .context import Context
from .flowables import Table, header, heading, keep, party_markup, signature_blocks, spacer
from .priced import exemption_notes, lines_table, money_rows, totals_block
from .fonts import Paragraph


def title(ctx: Context) -> str:
    return ctx.text("contract")


def story(ctx: Context) -> list[Flowable]:
    document, fmt, theme = ctx.document, ctx.fmt, ctx.theme
    number = document.get("number")
    subtitle_parts = []
    if document.get("issue_date"):
        subtitle_parts.append(fonts.markup(fmt.date(document["issue_date"], "long")))
    if document.get("quote_number"):
        subtitle_parts.append(ctx.m("based_on_quote", number=document["quote_number"]))
    flow: list[Flowable] = [header(ctx, title(ctx), number or ctx.text("draft"), "<br/>".join(subtitle_parts),
                                   details=False),
                            spacer(4), _parties(ctx), spacer(2)]
    attachments = {
        "scope": scope.goals(ctx) + scope.deliverables(ctx) + scope.exclusions(ctx),
        "timeline": scope.timeline(ctx),
        "payment": [lines_table(ctx, totals_block(ctx, money_rows(ctx), "<br/>".join(exemption_notes(ctx)))),
                    *_schedule(ctx)],
    }
    for position, clause in enumerate(document.get("clauses") or [], start=1):
        head = Paragraph(f"{position}. {fonts.markup(clause.get('title') or '')}", theme.subheading)
        body = Paragraph(fonts.markup(clause.get("body") or ""), theme.clause)
        flow.append(KeepTogether([head, body]))
        extra = attachments.get(clause.get("id") or "")
        if extra:
            flow += [spacer(1), *extra, spacer(2)]
    signatures = [heading(ctx, "signatures"), spacer(2), signature_blocks(ctx)]
    if flow and isinstance(flow[-1], KeepTogether):  # the last clause goes over with them: never signatures alone
        signatures = [flow.pop(), *signatures]
    flow.append(keep(signatures))
    return flow


def _parties(ctx: Context) -> Flowable:
    theme = ctx.theme
    width = theme.frame_width
    cells = [[Paragraph(ctx.m_upper("the_studio"), theme.label), Paragraph(ctx.m_upper("the_client"), theme.label)],
             [Paragraph(party_markup(ctx, ctx.seller), theme.body), Paragraph(party_markup(ctx, ctx.buyer), theme.body)]]
    table = Table(cells, colWidths=[width / 2, width / 2])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def _schedule(ctx: Context) -> list[Flowable]:
    """Deposit on signing, balance on delivery: the payment schedule in money the client recognises."""
    amounts = scope.deposit_amounts(ctx)
    fmt, theme = ctx.fmt, ctx.theme
    gross = ctx.totals.gross
    days = ctx.snapshot.get("payment_terms_days", "")
    if amounts is None:
        rows = [(ctx.m("schedule_balance", days=days), fonts.markup(fmt.money(gross)))]
    else:
        percent = fmt.percent((ctx.project or {}).get("deposit_percent") or "0")
        rows = [(ctx.m("schedule_deposit", percent=percent), fonts.markup(fmt.money(amounts[1]))),
                (ctx.m("schedule_balance", days=days), fonts.markup(fmt.money(gross - amounts[1])))]
    data = [[Paragraph(label, theme.body), Paragraph(value, theme.body_right)] for label, value in rows]
    width = theme.frame_width
    table = Table(data, colWidths=[width * 0.7, width * 0.3])
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, theme.accent_light)]))
    return [KeepTogether([Paragraph(ctx.m("payment_schedule"), theme.subheading), table])]
