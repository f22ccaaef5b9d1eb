import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from studio_app.store import db
from studio_app.work import invoices, quotes, settings
from studio_app.money import numbering
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice
from tests import factories
from tests.conftest import ROOT


def issue(client_id, kind="standard", **kw):
    draft = invoices.create_draft(client_id, kind=kind, lines=[{"description": "x", "quantity": "1",
                                                                "unit_price": "10", "tax_rate": "0"}], **kw)
    return invoices.issue(draft.id)


def test_numbers_are_given_only_at_issue_and_are_sequential(any_db, today):
    client = factories.client()
    draft = invoices.create_draft(client.id, lines=[{"description": "x", "unit_price": "1"}])
    assert draft.number is None
    numbers = [issue(client.id).number for _ in range(3)]
    assert numbers == ["INV-2026-0001", "INV-2026-0002", "INV-2026-0003"]


def test_series_restart_each_year_and_credit_notes_have_their_own(any_db):
    from studio_app.work import clock
    client = factories.client()
    with clock.frozen(dt.date(2026, 12, 31)):
        first = issue(client.id)
        credit = invoices.issue(invoices.create_credit_note(first.id).id)
    with clock.frozen(dt.date(2027, 1, 1)):
        nxt = issue(client.id)
    assert (first.number, credit.number, nxt.number) == ("INV-2026-0001", "CN-2026-0001", "INV-2027-0001")


def test_shared_series_for_credit_notes_and_deposits_never_duplicates(any_db, today):
    settings.update({"credit_notes_own_series": False, "deposits_own_series": False})
    client = factories.client()
    project = factories.project(client.id)
    a = issue(client.id)
    b = invoices.issue(invoices.create_credit_note(a.id).id)
    _, _, deposit = factories.accepted_quote(project.id)
    c = invoices.issue(deposit.id)
    assert [a.number, b.number, c.number] == ["INV-2026-0001", "INV-2026-0002", "INV-2026-0003"]


def test_a_failed_issue_gives_the_number_back(sqlite_db, today):
    client = factories.client()
    issue(client.id)
    empty = invoices.create_draft(client.id)
    with pytest.raises(StudioError, match="at least one line"):
        invoices.issue(empty.id)
    assert issue(client.id).number == "INV-2026-0002"


def test_number_formats_are_checked():
    assert numbering.check_format("R{year}/{seq:05}") == "R{year}/{seq:05}"
    for bad in ("INV-{year}", "INV-{seq:04}-{client}", "{seq", ""):
        with pytest.raises(StudioError):
            numbering.check_format(bad)


def test_two_series_cannot_share_a_format(sqlite_db):
    with pytest.raises(StudioError, match="same numbers"):
        settings.update({"quote_number_format": "INV-{year}-{seq:04}"})


def test_format_without_year_never_restarts(sqlite_db):
    from studio_app.work import clock
    settings.update({"invoice_number_format": "F{seq:06}"})
    client = factories.client()
    with clock.frozen(dt.date(2026, 12, 31)):
        a = issue(client.id)
    with clock.frozen(dt.date(2027, 1, 2)):
        b = issue(client.id)
    assert (a.number, b.number) == ("F000001", "F000002")


def test_quotes_and_contracts_are_numbered_in_their_own_series(sqlite_db, today):
    client = factories.client()
    project = factories.project(client.id)
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    assert quote.number == "Q-2026-0001"


@pytest.mark.slow
def test_two_desks_issuing_at_once_get_unique_gapless_numbers(any_db):
    target = str(any_db)
    db.close()
    workers = [subprocess.Popen([sys.executable, str(Path(__file__).resolve().parent / "issue_worker.py"), target, "200",
                                 str(n)], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
               for n in range(2)]
    results = [w.communicate(timeout=240) for w in workers]
    assert [w.returncode for w in workers] == [0, 0], [err for _, err in results]
    assert all(err == "" for _, err in results), results
    from studio_app.store import startup
    startup.open_database(target)
    numbers = sorted(n for (n,) in Invoice.select(Invoice.number).tuples())
    year = dt.date.today().year
    assert numbers == [f"INV-{year}-{seq:04}" for seq in range(1, 401)]
    from studio_app.store import check
    assert check.run() == []  # one chain of 400 links, each sealed, though two desks appended to it at once
