"""`python main.py today`: the dashboard's lists in a terminal and as JSON, as of a given day."""

import datetime as dt
import json

import pytest

import main
from studio_app.work import clock, interactions, invoices, payments, projects, settings
from tests import factories


def filled():
    """One of everything the dashboard lists, seen from 2026-11-23."""
    with clock.frozen(dt.datetime(2026, 11, 23, 9, 0)):
        factories.studio()
        settings.update({"weekly_capacity_hours": 10})
        client = factories.client(name="Ayşe Yılmaz", birthday="1990-11-30")
        other = factories.client(name="Γιώργος Παπαδόπουλος", email="g@example.com", currency="GBP")
        late = factories.project(client.id, title="Brand identity", deadline="2026-11-20", start_date="2026-10-01",
                                 estimated_hours="20")
        projects.set_status(late.id, "active")
        interactions.log(other.id, "email", "Can we move the meeting?", waiting_for_reply=True,
                         occurred_at=dt.datetime(2026, 11, 22, 9, 0))
        invoice = factories.issued_invoice(client.id, issue_date="2026-10-01", due_date="2026-10-15")
        payments.record(invoice.id, "100.00", date="2026-11-02")
        deposit = factories.accepted_quote(factories.project(other.id, title="Menu", deadline="2027-01-31").id)[2]
        invoices.issue(deposit.id)
    return client, other, late, invoice


def run(db, *args):
    return main.main(["--db", str(db), "today", *args])


def test_today_prints_every_list(sqlite_db, capsys):
    client, other, late, invoice = filled()

    assert run(sqlite_db, "--date", "2026-11-23") == 0

    out = capsys.readouterr().out
    assert out.startswith("Today: Monday 2026-11-23")
    assert "! Γιώργος Παπαδόπουλος: 1 day (email, 2026-11-22 09:00) — Can we move the meeting?" in out
    assert ("Brand identity — Ayşe Yılmaz: LATE by 3 days (deadline 2026-11-20); next milestone “First concepts” "
            "2026-12-10; 2 open deliverables") in out
    assert "Brand identity — Ayşe Yılmaz: no update yet, started 53 days ago" in out
    assert f"{invoice.number}  Ayşe Yılmaz: €500.00 due 2026-10-15, 39 days overdue" in out
    assert "Outstanding: €500.00 · £" in out
    assert "Menu (active): £" in out  # the unpaid deposit, money formatted in its currency
    assert "2026-11-30 Ayşe Yılmaz: birthday (36) in 7 days" in out
    assert "2026-W48 from 2026-11-23: 20.0 h planned" in out
    for title in ("Waiting for an answer (1)", "Deadlines at risk (1)", "Progress updates due (1)",
                  "Overdue invoices (1)", "Unpaid deposits", "Follow-ups due", "Important dates (next 14 days) (1)",
                  "Weeks over capacity (10 h a week) (1)"):
        assert title in out


def test_today_as_of_an_earlier_day(sqlite_db, capsys):
    filled()
    assert run(sqlite_db, "--date", "2026-10-10", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["today"] == "2026-10-10" and data["now"] == "2026-10-10T09:00:00"
    assert data["waiting"] == [] and data["money"]["overdue"]["count"] == 0
    assert [d["kind"] for d in data["follow_ups"]["dates"]] == []


def test_today_json_is_stable_and_plain(any_db, capsys):
    client, other, late, invoice = filled()
    assert run(any_db, "--json", "--date", "2026-11-23") == 0
    first = capsys.readouterr().out
    assert run(any_db, "--date", "2026-11-23", "--json") == 0
    assert capsys.readouterr().out == first

    data = json.loads(first)
    assert list(data) == ["version", "today", "now", "waiting", "at_risk", "updates_due", "money", "follow_ups",
                          "workload", "over_capacity"]
    assert data["version"] == 1
    assert data["waiting"][0]["client_id"] == other.id and data["waiting"][0]["urgent"] is True
    assert data["at_risk"][0] == {"project_id": late.id, "client_id": client.id, "title": "Brand identity",
                                  "client_name": "Ayşe Yılmaz", "status": "active", "deadline": "2026-11-20",
                                  "days_left": -3, "late": True, "next_milestone": "First concepts",
                                  "next_milestone_due": "2026-12-10", "open_deliverables": 2}
    overdue = data["money"]["overdue"]
    assert overdue["count"] == 1 and overdue["invoices"][0]["invoice_id"] == invoice.id
    assert overdue["invoices"][0]["due"] == 50000 and overdue["invoices"][0]["currency"] == "EUR"
    assert {"currency": "EUR", "amount": 10000, "count": 0} in data["money"]["revenue"][-1]["totals"]
    assert len(data["money"]["revenue"]) == 12 and data["money"]["revenue"][-1]["month"] == "2026-11-01"
    assert len(data["workload"]) == 8
    assert data["workload"][0] == {"week_start": "2026-11-23", "week": "2026-W48", "hours": "20.0", "capacity": 10,
                                   "project_hours": "0.0", "over": True}
    assert data["over_capacity"] == ["2026-W48"]


def test_today_on_an_empty_database(sqlite_db, capsys):
    assert run(sqlite_db) == 0
    out = capsys.readouterr().out
    assert "Waiting for an answer\n  nothing" in out and "none in the next 8 weeks" in out


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "23.11.2026", "0001-01-01"])
def test_today_refuses_a_bad_date_in_one_line(sqlite_db, capsys, bad):
    with pytest.raises(SystemExit) as stopped:
        run(sqlite_db, "--date", bad)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--date" in err and "is not a date like 2026-11-23" in err
    assert "Traceback" not in err
