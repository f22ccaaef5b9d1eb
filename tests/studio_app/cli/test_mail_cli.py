"""`send`, `outbox` and `settings` as a script uses them: one line on stderr and a non-zero exit for bad input,
nothing sent and nothing lost; the password from the keyring (a file keyring in the subprocess)."""

from __future__ import annotations

import os

import pytest

import main
from studio_app.mail import outbox
from studio_app.store import startup
from studio_app.store.models import OutboxMessage
from studio_app.work import settings
from tests import factories, processes, smtp_server


@pytest.fixture(scope="module")
def server():
    controller, mailbox = smtp_server.start(auth=True)
    yield controller, mailbox
    controller.stop()


@pytest.fixture
def desk(sqlite_db, server):
    server[1].clear()
    factories.studio()
    client = factories.client(name="Çağla Yılmaz", email="cagla@example.com, muhasebe@example.com")
    invoice = factories.issued_invoice(client.id)
    return sqlite_db, invoice.number


def run(db_path, *args) -> int:
    code = main.main(["--db", str(db_path), *map(str, args)])
    startup.open_database(db_path)  # the command closed it; the test reads on
    return code


def test_settings_are_set_through_the_same_checks_as_the_window(desk, capsys, server):
    path, _ = desk
    for key, value, message in (("smtp_port", "abc", "SMTP port must be a number"),
                                ("smtp_port", "70000", "cannot be more than 65535"),
                                ("smtp_security", "tls", "Security must be one of: none, starttls, ssl"),
                                ("sender_email", "deniz@", "is not an e-mail address"),
                                ("reminder_days", "21,7", "must come later than the one before"),
                                ("late_fee_enabled", "maybe", "must be yes or no"),
                                ("smtp_colour", "x", "There is no setting “smtp_colour”"),
                                ("smtp_password", "hunter2", "can be seen by other users")):
        assert run(path, "settings", "set", key, value) == 1, key
        err = capsys.readouterr().err
        assert message in err and err.count("\n") == 1 and "Traceback" not in err, err
    for key, value in (("smtp_host", "127.0.0.1"), ("smtp_port", server[0].port), ("smtp_security", "none"),
                       ("smtp_user", smtp_server.USER), ("sender_email", "deniz@deniz.design"),
                       ("sender_name", "Deniz Tasarım"), ("late_fee_enabled", "yes"), ("payment_terms_days", "30")):
        assert run(path, "settings", "set", key, value) == 0
    studio = settings.get()
    assert (studio.smtp_port, studio.smtp_user, studio.late_fee_enabled, studio.payment_terms_days) == \
        (server[0].port, "studio", True, 30)
    capsys.readouterr()
    assert run(path, "settings", "show") == 0
    shown = capsys.readouterr().out
    assert f"smtp_port = {server[0].port}" in shown and "sender_name = Deniz Tasarım" in shown
    assert "smtp_password = (not set" in shown


def test_send_dry_run_shows_the_message_and_stores_nothing(desk, capsys, server):
    path, number = desk
    settings.update({"sender_email": "deniz@deniz.design"})
    assert run(path, "send", "invoice", number, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "To: cagla@example.com\nCc: muhasebe@example.com" in out and f"Subject: Deniz Design Studio – Fatura " \
        f"{number}" in out and f"Attached: {number}.pdf (application/pdf" in out and "Sayın Çağla Yılmaz" in out
    assert OutboxMessage.select().count() == 0 and not server[1].messages


def test_bad_input_sends_nothing_and_keeps_nothing(desk, capsys, server):
    path, number = desk
    settings.update({"sender_email": "deniz@deniz.design"})
    assert run(path, "send", "invoice", number, "--to", "cagla@@example.com") == 1
    assert "“cagla@@example.com” is not an e-mail address" in capsys.readouterr().err
    assert run(path, "send", "credit-note", number) == 1
    assert f"{number} is an invoice; send it as invoice." in capsys.readouterr().err
    assert run(path, "send", "quote", "Q-2099-0001") == 1
    assert "studio-desk:" in capsys.readouterr().err
    assert OutboxMessage.select().count() == 0 and not server[1].messages


def test_a_server_that_is_down_keeps_the_message_for_outbox_retry(desk, capsys, server):
    path, number = desk
    settings.update({"sender_email": "deniz@deniz.design", "smtp_host": "127.0.0.1", "smtp_security": "none",
                     "smtp_port": smtp_server.free_port()})
    assert run(path, "send", "invoice", number) == 1
    err = capsys.readouterr().err
    assert "not sent: The mail server 127.0.0.1" in err and "`outbox --retry` sends it" in err
    assert run(path, "outbox") == 0
    listed = capsys.readouterr().out
    assert "queued\t1\t" in listed and "refused the connection" in listed and "1 message(s) not sent." in listed
    settings.update({"smtp_port": server[0].port, "smtp_user": smtp_server.USER})
    from studio_app.mail import settings as mail_settings
    mail_settings.remember(settings.get(), smtp_server.PASSWORD)
    assert run(path, "outbox", "--retry") == 0
    assert "1 sent, 0 not sent." in capsys.readouterr().out
    assert len(server[1].messages) == 1 and outbox.pending() == []


def test_the_password_goes_to_the_keyring_and_a_process_sends_with_it(desk, server, tmp_path):
    """A real process: `settings password` reads the password from stdin into the (file) keyring, `send` finds
    it there; a wrong one is refused with the reason and the message stays queued."""
    path, number = desk
    settings.update({"sender_email": "deniz@deniz.design", "smtp_host": "127.0.0.1", "smtp_security": "none",
                     "smtp_port": server[0].port, "smtp_user": smtp_server.USER})
    env = {"PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
           "STUDIO_TEST_KEYRING": str(tmp_path / "keyring.json"), "STUDIO_DESK_DATA": os.environ["STUDIO_DESK_DATA"]}
    wrong = processes.studio("--db", path, "settings", "password", input="wrong\n", env=env)
    assert wrong.returncode == 0 and "kept in the system's password store" in wrong.stdout, wrong.stderr
    refused = processes.studio("--db", path, "send", "invoice", number, env=env)
    assert refused.returncode == 1 and "refused the user name or password" in refused.stderr
    right = processes.studio("--db", path, "settings", "password", input=smtp_server.PASSWORD + "\n", env=env)
    assert right.returncode == 0, right.stderr
    sent = processes.studio("--db", path, "outbox", "--retry", env=env)
    assert sent.returncode == 0 and "1 sent, 0 not sent." in sent.stdout, sent.stderr
    assert smtp_server.PASSWORD.encode() not in path.read_bytes() and len(server[1].messages) == 1
    message = server[1].messages[0].message
    assert message["To"].addresses[0].addr_spec == "cagla@example.com"


def test_send_a_quote_as_an_eml_file_and_a_test_message(desk, capsys, server, tmp_path):
    path, _ = desk
    from studio_app.work import quotes
    client = factories.client(name="Deniz Müşteri", email="musteri@example.com")
    project = factories.project(client.id)
    quote = quotes.issue(quotes.create_from_project(project.id).id)
    settings.update({"sender_email": "deniz@deniz.design", "mail_mode": "eml"})
    assert run(path, "send", "quote", quote.number) == 1
    assert "give --eml FILE" in capsys.readouterr().err
    assert run(path, "send", "quote", quote.number, "--eml", tmp_path / "quote.eml") == 0
    written = (tmp_path / "quote.eml").read_bytes()
    assert b"X-Unsent: 1" in written and f"{quote.number}.pdf".encode() in written
    settings.update({"smtp_host": "127.0.0.1", "smtp_port": server[0].port, "smtp_security": "none",
                     "smtp_user": smtp_server.USER})
    from studio_app.mail import settings as mail_settings
    mail_settings.remember(settings.get(), smtp_server.PASSWORD)
    assert run(path, "settings", "test") == 0
    assert "Sent a test message to deniz@deniz.design." in capsys.readouterr().out
    assert OutboxMessage.select().count() == 0 and len(server[1].messages) == 1
