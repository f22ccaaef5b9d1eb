"""E-mail figures, measured in this process on a database of their own (the demo database is left as it is):
composing a reminder with its letter PDF, and sending queued messages to an SMTP server on loopback."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .common import Figure, Settings, repeat


@contextmanager
def _desk():
    """A fresh SQLite database with one client and one overdue invoice, on a desk folder of its own."""
    from studio_app.store import db, startup
    from studio_app.work import clients, invoices, settings as studio_settings
    before = os.environ.get("STUDIO_DESK_DATA")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STUDIO_DESK_DATA"] = str(Path(folder) / "desk")
        try:
            startup.open_database(Path(folder) / "mail.sqlite3")
            studio_settings.update({"name": "Deniz Design", "email": "deniz@deniz.design", "country": "TR",
                                    "iban": "DE89 3704 0044 0532 0130 00", "sender_email": "deniz@deniz.design"})
            client = clients.create(name="Çağla Yılmaz", email="cagla@example.com", language="tr", country="TR")
            lines = [{"description": f"Design work {n}", "unit_price": "120", "tax_rate": "20"} for n in range(8)]
            invoice = invoices.issue(invoices.create_draft(client.id, lines=lines).id)
            yield invoice
        finally:
            db.close()
            if before is None:
                os.environ.pop("STUDIO_DESK_DATA", None)
            else:
                os.environ["STUDIO_DESK_DATA"] = before


def reminder(settings: Settings) -> Figure:
    from studio_app.mail import compose
    with _desk() as invoice:
        later = invoice.due_date + dt.timedelta(days=30)
        samples = repeat(lambda: compose.draft_reminder(invoice.id, 2, later), max(settings.reps, 5) * 2)
    return Figure("reminder with its letter PDF, composed", "ms", samples, 50.0)


@contextmanager
def _server():
    """An SMTP server that accepts and drops every message, in a process of its own (as a real server is: it does
    not share this process's interpreter lock); its port."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # aiosmtpd is a test extra: the benchmarks run from the development venv
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}", "-c",
                               "aiosmtpd.handlers.Sink"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=30)


def sending(settings: Settings) -> Figure:
    from studio_app.mail import compose, outbox
    from studio_app.work import settings as studio_settings
    count = 10 if settings.quick else 100
    with _server() as port, _desk() as invoice:
        studio_settings.update({"smtp_host": "127.0.0.1", "smtp_port": port, "smtp_security": "none"})
        draft = compose.draft_for_document("invoice", invoice.id)

        def fill() -> None:
            for _ in range(count):
                outbox.queue(compose.Draft(**{**draft.__dict__}))

        def send() -> None:
            results = outbox.retry_all()
            assert len(results) == count and {r.status for r in results} == {"sent"}, results[:3]
        samples = repeat(send, 1 if settings.quick else 3, before=fill, scale=1.0)
    return Figure(f"{count} queued messages sent to a loopback server", "s", samples,
                  5.0 if count == 100 else None, note="" if count == 100 else "quick run; no goal")
