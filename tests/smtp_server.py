"""A real SMTP server on loopback for tests (aiosmtpd in a thread): what it receives is in ``messages``.

``SmtpServer()`` reserves a free port without listening (a server that is down); ``start()`` opens it. The
``smtp_server`` fixture gives a started one, and ``point_studio_at(server)`` sets the studio to send through it.
"""

from __future__ import annotations

import socket
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _Handler:
    def __init__(self, server: "SmtpServer") -> None:
        self.server = server

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 (aiosmtpd's name)
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content or envelope.content)
        self.server.messages.append(message)
        self.server.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self._controller: Controller | None = None

    def start(self) -> "SmtpServer":
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def smtp_server():
    server = SmtpServer().start()
    yield server
    server.stop()


def point_studio_at(server: SmtpServer, **more: object) -> None:
    """The studio sends through ``server`` (no encryption, no login on loopback)."""
    from studio_app.work import settings
    settings.update({"smtp_host": "127.0.0.1", "smtp_port": server.port, "smtp_security": "none", "smtp_user": "",
                     "mail_mode": "smtp", "sender_name": "Studio Deniz", "sender_email": "deniz@studio.example",
                     **more})
