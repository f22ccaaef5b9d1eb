"""The mail tests' parts: real SMTP servers on loopback (one open, one with AUTH), started once per module, and
a studio that sends through them."""

from __future__ import annotations

import pytest

from studio_app.mail import settings as mail_settings
from tests import factories, smtp_server


@pytest.fixture(scope="module")
def smtp():
    controller, mailbox = smtp_server.start()
    yield controller, mailbox
    controller.stop()


@pytest.fixture(scope="module")
def smtp_auth():
    controller, mailbox = smtp_server.start(auth=True)
    yield controller, mailbox
    controller.stop()


@pytest.fixture
def mailbox(smtp):
    smtp[1].clear()
    return smtp[1]


def _sending_studio(port: int) -> None:
    mail_settings._session.clear()
    factories.studio(sender_name="Deniz Tasarım Stüdyosu", sender_email="deniz@deniz.design",
                     smtp_host="127.0.0.1", smtp_port=port, smtp_security="none", smtp_user="")


@pytest.fixture
def studio(sqlite_db, smtp):
    """A studio (on SQLite) sending through the open loopback server."""
    _sending_studio(smtp[0].port)
    return sqlite_db


@pytest.fixture
def any_studio(any_db, smtp):
    """The same on SQLite and on PostgreSQL."""
    _sending_studio(smtp[0].port)
    return any_db
