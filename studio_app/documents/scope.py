"""The project's scope as quote and contract show it: deliverables, exclusions, timeline, deposit, revisions."""

from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from studio_app import money
from . import fonts
from .context import Context
from .flowables import bullets, heading, keep, simple_table, spacer
from .fonts import Paragraph
from .priced import PagedTable


def deliverables(ctx: Context) -> list[Flowable]:
    items = (ctx.project or {}).get("deliverables") or []
    if not items:
        return []
    fmt = ctx.fmt
    rows = [(d.get("name") or "", d.get("format") or "", fmt.quantity(str(d.get("quantity") or 1)),
             fmt.date(d.get("due_date"))) for d in items]
    return [simple_table(ctx, [ctx.m("deliverable"), ctx.m("format"), ctx.m("quantity"), ctx.m("due")], rows,
                         (0.36, 0.38, 0.10, 0.16), right_columns=(2, 3))]


def exclusions(ctx: Context, with_heading: bool = True) -> list[Flowable]:
    items = (ctx.project or {}).get("exclusions") or []
    if not items:
        return []
    title = [Paragraph(ctx.m("not_included"), ctx.theme.subheading)] if with_heading else []
    return [KeepTogether(title + bullets(ctx, items, "–"))]


def timeline(ctx: Context) -> list[Flowable]:
    project = ctx.project or {}
    fmt = ctx.fmt
    flow: list[Flowable] = []
    milestones = project.get("milestones") or []
    if milestones:
        rows = [(m.get("title") or "", fmt.date(m.get("due_date"))) for m in milestones]
        flow.append(simple_table(ctx, [ctx.m("milestone"), ctx.m("date")], rows, (0.74, 0.26), right_columns=(1,)))
    if project.get("deadline"):
        flow += [spacer(2), Paragraph(ctx.m("deadline_sentence", date=fmt.date(project["deadline"], "long")),
                                      ctx.theme.body)]
    return flow


def deposit_amounts(ctx: Context) -> tuple[int, int] | None:
    """(deposit net, deposit gross): the deposit percentage of this document's own figures, per VAT group,
    through the money module — what the deposit invoice will bill. None without a deposit."""
    percent = Decimal((ctx.project or {}).get("deposit_percent") or "0")
    if percent <= 0 or ctx.totals.gross <= 0:
        return None
    deposit = money.deposit_totals(ctx.totals, percent)
    return deposit.net, deposit.gross


def deposit_sentence(ctx: Context) -> str | None:
    amounts = deposit_amounts(ctx)
    if amounts is None:
        return None
    project = ctx.project or {}
    return ctx.m("deposit_sentence", percent=ctx.fmt.percent(project.get("deposit_percent") or "0"),
                 amount=ctx.fmt.money(amounts[1]), net=ctx.fmt.money(amounts[0]),
                 days=ctx.snapshot.get("payment_terms_days", ""))


def revision_sentence(ctx: Context) -> str | None:
    """'2 revision rounds are included; each further round is billed at €60.00.' in the document's language."""
    policy = (ctx.project or {}).get("revision_policy")
    if not policy:
        return None
    count = int(policy.get("included_rounds") or 0)
    included = ctx.text(ctx.plural_key("revisions_included", count), count=count)
    if policy.get("billing") == "hourly":
        sentence = ctx.text("revision_sentence_hourly", included=included,
                            rate=ctx.fmt.money(int(policy.get("hourly_rate") or 0)))
    else:
        sentence = ctx.text("revision_sentence_per_round", included=included,
                            fee=ctx.fmt.money(int(policy.get("fee") or 0)))
    return fonts.markup(sentence)


def goals(ctx: Context) -> list[Flowable]:
    project = ctx.project or {}
    flow: list[Flowable] = []
    if project.get("title"):
        flow.append(Paragraph(f"<b>{fonts.markup(project['title'])}</b>", ctx.theme.subheading))
    if project.get("goals"):
        flow.append(Paragraph(fonts.markup(project["goals"]), ctx.theme.body))
    return flow


def section(ctx: Context, label_key: str, body: list[Flowable]) -> list[Flowable]:
    """A heading kept with the first thing under it."""
    if not body:
        return []
    title = heading(ctx, label_key)
    if isinstance(body[0], PagedTable):  # a long table starts under its heading and runs on: no KeepTogether
        style = ctx.theme.heading
        room = title.wrap(ctx.theme.frame_width, 1000)[1] + style.spaceBefore + style.spaceAfter
        return [CondPageBreak(room + body[0].opening_height()), title, *body]
    return [keep([title, body[0]]), *body[1:]]
