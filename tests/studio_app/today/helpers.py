"""Clients, projects and invoices as the client-care tests build them."""

import datetime as dt

import pytest

from studio_app.work import clock, projects
from tests import factories

D = dt.date
T = dt.datetime
TODAY = D(2026, 11, 23)  # a Monday; the conftest ``today`` fixture freezes the clock at 09:00 that day


@pytest.fixture
def studio(any_db, today):
    """A studio on each engine, on the conftest's fixed day."""
    return factories.studio()


@pytest.fixture
def studio_sqlite(sqlite_db, today):
    """A studio on SQLite only, for the tests of refusals."""
    return factories.studio()


def client(name="Ayşe Yılmaz", **values):
    return factories.client(name=name, email="", **values)


def project(client_id, title="Brand identity", *, status="active", deadline="2027-01-15", done=False,
            milestones=None, **values):
    deliverables = [{"name": "Logo", "format": "SVG + PNG logo set", "done": done}]
    created = factories.project(client_id, title=title, deadline=deadline, deliverables=deliverables,
                                milestones=milestones or [], **values)
    return projects.set_status(created.id, status) if status != "lead" else created


def delivered(client_id, title, on):
    with clock.frozen(on):
        return projects.set_status(project(client_id, title, deadline=None).id, "delivered")


def invoice(client_id, issue, due, price="250", quantity="2", **kwargs):
    """2 × 250.00 + 20 % VAT = 600.00 unless told otherwise."""
    return factories.issued_invoice(client_id, lines=[{"description": "Poster design", "quantity": quantity,
                                                       "unit_price": price, "tax_rate": "20"}],
                                    issue_date=issue, due_date=due, **kwargs)
