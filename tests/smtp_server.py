"""A real SMTP server on loopback for the mail tests (aiosmtpd in a thread), keeping what it receives.

``Mailbox`` is the handler: ``messages`` holds each message received (envelope and parsed message), in order.
``start(auth=True)`` starts one that requires AUTH (user "studio", password ``PASSWORD``; plain text over
loopback, no TLS) and refuses any other password. :class:`SmtpServer` and the ``smtp_server`` fixture (the GUI
tests) give a server with ``.port`` and ``.messages``, which may start after its port is known (down, then up).
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "studio"
PASSWORD = "Şifre-42 κωδικός"


@dataclass
class Received:
    sender: str
    recipients: list[str]
    raw: bytes
    message: EmailMessage


@dataclass
class Mailbox:
    messages: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        """busy@… is refused for now (450), nobody@… for good (550); everyone else is accepted."""
        if address.startswith("busy@"):
            return "450 4.2.1 Mailbox busy, try again later"
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
        raw = envelope.original_content or envelope.content
        parsed = BytesParser(policy=policy.default).parsebytes(raw)
        with self.lock:
            self.messages.append(Received(envelope.mail_from, list(envelope.rcpt_tos), raw, parsed))
        return "250 OK"

    def clear(self) -> None:
        with self.lock:
            self.messages.clear()

    def by_id(self, message_id: str) -> list[Received]:
        return [m for m in self.messages if m.message["Message-ID"] == message_id]


def _authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
        and auth_data.password.decode("utf-8") == PASSWORD
    return AuthResult(success=ok, handled=False)  # handled=False: aiosmtpd answers 535 itself


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(*, auth: bool = False) -> tuple[Controller, Mailbox]:
    mailbox = Mailbox()
    options = {"auth_require_tls": False, "authenticator": _authenticator, "auth_required": True} if auth else {}
    controller = Controller(mailbox, hostname="127.0.0.1", port=free_port(), enable_SMTPUTF8=True,
                            **options)
    controller.start()  # AUTH without TLS warns on each connection: pyproject's filterwarnings lets it pass
    return controller, mailbox


class SmtpServer:
    """A loopback server whose port is known before it listens: ``SmtpServer()`` is a server that is down (the
    port refuses connections), ``start()`` brings it up on that port. ``messages`` are the parsed messages
    received (``email.message.EmailMessage``), in order."""

    def __init__(self, port: int | None = None) -> None:
        self.port = port or free_port()
        self.mailbox = Mailbox()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[EmailMessage]:
        return [received.message for received in self.mailbox.messages]

    def start(self) -> "SmtpServer":
        self._controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port, enable_SMTPUTF8=True)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def smtp_server():
    """A started loopback server (``.port``, ``.messages``); the GUI tests send through it."""
    server = SmtpServer().start()
    yield server
    server.stop()


def point_studio_at(server: SmtpServer, **more: object) -> None:
    """The studio sends through ``server`` (no encryption, no login on loopback)."""
    from studio_app.work import settings
    settings.update({"smtp_host": "127.0.0.1", "smtp_port": server.port, "smtp_security": "none", "smtp_user": "",
                     "mail_mode": "smtp", "sender_name": "Studio Deniz", "sender_email": "deniz@studio.example",
                     **more})
