"""`today [--json] [--date YYYY-MM-DD]`: the dashboard's lists in a terminal, or as JSON for scripts.

Who waits for an answer, deadlines at risk, progress updates due, money owed and overdue,
unpaid deposits, follow-ups and important dates, and the weeks over capacity — all from
:func:`studio_app.today.summary.summary`, the same object the dashboard shows.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from .command import Access, Command, arg

if TYPE_CHECKING:
    from studio_app.today.deadlines import ProjectAtRisk
    from studio_app.today.money import CurrencyAmount
    from studio_app.today.summary import Summary
    from studio_app.today.updates import UpdateDue
    from studio_app.today.waiting import WaitingClient

JSON_VERSION = 1
TEXT_ROWS = 20  # lines per list in the text output


def _day(value: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value[:40]}” is not a date like 2026-11-23") from None
    if not 1900 <= day.year <= 2200:
        raise argparse.ArgumentTypeError(f"“{value[:40]}” is not a date like 2026-11-23")
    return day


def run_today(args: argparse.Namespace) -> int:
    from studio_app.today.summary import summary as today_summary  # loaded when the command runs
    from studio_app.work import clock
    if args.date is not None:
        with clock.frozen(args.date):
            summary = today_summary()
    else:
        summary = today_summary()
    print(json.dumps(as_json(summary), ensure_ascii=False, indent=1) if args.json else render(summary))
    return 0


# -- JSON -------------------------------------------------------------------------------------------------------

def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def as_json(summary: Summary) -> dict[str, object]:
    """Plain JSON types only: dates as ISO text, hours as decimal text, money as integer minor units with
    its currency. Keys keep their order from one run to the next."""
    data = dataclasses.asdict(summary)
    for week, shown in zip(summary.workload, data["workload"]):
        shown["over"] = week.over
    data["over_capacity"] = [week.week for week in summary.over_capacity]
    return {"version": JSON_VERSION, **_plain(data)}


# -- text -------------------------------------------------------------------------------------------------------

def _money(amounts: Iterable[CurrencyAmount]) -> str:
    from studio_app.money import format_money  # loaded when the text is written (babel behind it)
    return " · ".join(format_money(a.amount, a.currency) for a in amounts) or "nothing"


def _days(n: int, word: str = "day") -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _section(title: str, lines: list[str], count: int | None = None, empty: str = "nothing") -> list[str]:
    """A titled list, at most TEXT_ROWS lines of it (``--json`` has them all); ``count`` when there are more
    than the lines given."""
    total = len(lines) if count is None else count
    out = [f"{title} ({total:,})" if total else title]
    out += [f"  {line}" for line in lines[:TEXT_ROWS]] or [f"  {empty}"]
    if total > min(len(lines), TEXT_ROWS):
        out.append(f"  … and {total - min(len(lines), TEXT_ROWS):,} more")
    return out + [""]


def _waiting(w: WaitingClient) -> str:
    waited = _days(w.waited_days) if w.waited_days else _days(w.waited_hours, "hour")
    mark = "!" if w.urgent else " "
    return f"{mark} {w.client_name}: {waited} ({w.kind}, {w.since:%Y-%m-%d %H:%M}) — {_short(w.summary)}"


def _risk(r: ProjectAtRisk) -> str:
    parts = []
    if r.late:
        parts.append(f"LATE by {_days(-r.days_left)} (deadline {r.deadline})")
    elif r.deadline is not None:
        parts.append(f"deadline {r.deadline} ({'today' if r.days_left == 0 else 'in ' + _days(r.days_left)})")
    if r.next_milestone_due is not None:
        parts.append(f"next milestone “{r.next_milestone}” {r.next_milestone_due}")
    parts.append(f"{_days(r.open_deliverables, 'open deliverable')}")
    return f"{r.title} — {r.client_name}: " + "; ".join(parts)


def _update(u: UpdateDue) -> str:
    since = f"last update {u.last_update}, {_days(u.days_since)} ago" if u.last_update else \
        f"no update yet, started {_days(u.days_since)} ago"
    return f"{u.title} — {u.client_name}: {since}"


def _short(text: str, width: int = 70) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[:width - 1] + "…"


def render(summary: Summary) -> str:
    from studio_app.money import format_money  # loaded when the text is written (babel behind it)
    money = summary.money
    lines = [f"Today: {summary.today:%A} {summary.today.isoformat()}", ""]
    lines += _section("Waiting for an answer", [_waiting(w) for w in summary.waiting])
    lines += _section("Deadlines at risk", [_risk(r) for r in summary.at_risk])
    lines += _section("Progress updates due", [_update(u) for u in summary.updates_due])
    lines += ["Money", f"  Outstanding: {_money(money.outstanding)}",
              f"  Not paid at all: {_money(money.unpaid)}",
              f"  Overdue: {_money(money.overdue.totals)}", ""]
    if money.refunds:
        lines += _section("Refunds owed to clients", [
            f"{r.number}  {_short(r.client_name, 30)}  {format_money(r.amount, r.currency)}" for r in money.refunds])
    lines += _section("Overdue invoices", [
        f"{o.number}  {o.client_name}: {format_money(o.due, o.currency)} due {o.due_date}, "
        f"{_days(o.days_overdue)} overdue" for o in money.overdue.invoices], money.overdue.count)
    lines += _section("Unpaid deposits (work waits for them)", [
        f"{d.number}  {d.client_name} — {d.project_title} ({d.project_status}): "
        f"{format_money(d.due, d.currency)} due, issued {d.issue_date}" for d in money.unpaid_deposits])
    follow = summary.follow_ups
    lines += _section("Follow-ups due", [
        f"{f.follow_up_on} {f.client_name}: {_short(f.summary)}" + (f" ({_days(f.days_late)} late)"
                                                                     if f.days_late else "")
        for f in follow.due])
    lines += _section("Follow-ups to propose (delivered, no contact since)", [
        f"{p.client_name} — {p.title}: delivered {p.delivered_on}, follow up from {p.follow_up_on}"
        for p in follow.proposed], follow.proposed_count)
    lines += _section("Important dates (next 14 days)", [
        f"{d.date} {d.client_name}: {d.kind} ({d.years})" + (" today" if d.in_days == 0 else
                                                             f" in {_days(d.in_days)}")
        for d in follow.dates])
    capacity = summary.workload[0].capacity if summary.workload else 0
    lines += _section(f"Weeks over capacity ({capacity} h a week)", [
        f"{w.week} from {w.week_start}: {w.hours} h planned" for w in summary.over_capacity],
        empty=f"none in the next {len(summary.workload)} weeks")
    return "\n".join(lines).rstrip()


COMMANDS = (
    Command("today", "what needs doing today: answers, deadlines, updates, money, follow-ups, workload", run_today,
            Access.READS, (
                arg("--json", action="store_true", help="print JSON instead of text"),
                arg("--date", type=_day, metavar="YYYY-MM-DD", help="as of this day (default: today)"),
            )),
)
