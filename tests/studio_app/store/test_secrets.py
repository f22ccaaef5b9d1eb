"""PostgreSQL passwords never reach settings, messages, exports or the process list: every address form
is read, the password goes to the keyring (or this session's memory), and the CLI finds it in the keyring
or PGPASSWORD. The server of the last tests asks for a real password (scram-sha-256)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from studio_app.store import db, pgurl, secrets, startup
from studio_app.files import export
from studio_app.text.errors import StudioError
from tests.conftest import LOCKED_PASSWORD as PASSWORD  # the locked_pg server's
from tests.conftest import ROOT
from tests.file_keyring import FileKeyring

ENCODED = "Zq8%40%2F%3F%23%3Aw%C3%B6rd%251"
NO_PGPASS = "/nonexistent/studio-desk-tests/pgpass"  # no ~/.pgpass may answer for the keyring
PIECES = ("Zq8", "wörd", "w%C3%B6rd", ENCODED)


def shows_no_password(text: str) -> None:
    assert not any(piece in text for piece in PIECES), text


@pytest.fixture
def file_keyring(tmp_path):
    previous = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring.json")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def _clean_session(monkeypatch):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    secrets._session.clear()
    yield
    secrets._session.clear()


# ------------------------------------------------------------------------------------------------- address forms

ENTRY = "postgresql://deniz@db.studio.lan:5433/studio"


@pytest.mark.parametrize("url", [
    f"postgresql://deniz:{ENCODED}@db.studio.lan:5433/studio?sslmode=require",
    f"postgresql://deniz@db.studio.lan:5433/studio?sslmode=require&password={ENCODED}",
    f"postgres://deniz@db.studio.lan:5433/studio?password={ENCODED}&sslmode=require",
    f"postgresql://db.studio.lan:5433/studio?user=deniz&password={ENCODED}&sslmode=require",
    f"postgresql://deniz:{ENCODED}@db.studio.lan/studio?port=5433&sslmode=require",
])
def test_every_address_form_gives_the_same_password_and_bare_address(url, file_keyring):
    address = pgurl.parse(url)
    assert (address.user, address.password, address.host, address.port, address.database) == \
        ("deniz", PASSWORD, "db.studio.lan", 5433, "studio")
    bare = secrets.store_password(url)
    assert bare == "postgresql://deniz@db.studio.lan:5433/studio?sslmode=require"
    shows_no_password(bare)
    assert file_keyring.saved == {("Studio Desk", ENTRY): PASSWORD}
    assert secrets.password_for(bare) == PASSWORD
    assert db.describe(url) == ENTRY
    assert address.connect_arguments(PASSWORD) == {"user": "deniz", "password": PASSWORD, "host": "db.studio.lan",
                                                   "port": 5433, "sslmode": "require"}


def test_sockets_ipv6_and_addresses_without_a_password(file_keyring):
    socket = pgurl.parse("postgresql://deniz@/studio?host=/var/run/postgresql")
    assert socket.host == "/var/run/postgresql" and socket.describe() == "postgresql://deniz@localhost/studio"
    assert secrets.store_password("postgresql://deniz:pw@/studio?host=/var/run/postgresql") == \
        "postgresql://deniz@/studio?host=%2Fvar%2Frun%2Fpostgresql"
    assert pgurl.parse("postgresql://deniz@/studio?host=%2Fvar%2Frun%2Fpostgresql").host == "/var/run/postgresql"
    six = pgurl.parse("postgresql://deniz@[::1]:5432/studio")
    assert six.host == "::1" and six.describe() == "postgresql://deniz@[::1]:5432/studio"
    for url in ("postgresql://deniz@db/studio", "postgresql://db/studio"):
        assert secrets.store_password(url) == url
    assert file_keyring.saved == {("Studio Desk", "postgresql://deniz@localhost/studio"): "pw"}


@pytest.mark.parametrize("url, message", [
    ("postgresql://deniz:Zq8@wörd@db/studio", "must be percent-encoded"),       # a raw @ in the password
    ("postgresql://deniz:Zq8/wörd@db/studio", "must be percent-encoded"),       # a raw /
    ("postgresql://deniz:Zq8?wörd@db/studio", "must be percent-encoded"),       # a raw ?
    ("postgresql://deniz:Zq8#wörd@db/studio", "must be percent-encoded"),       # a raw #
    ("postgresql://deniz:Zq8wörd@db:54x2/studio", "port .* must be a number"),
    ("postgresql://deniz:Zq8wörd@db:99999/studio", "port .* must be a number"),
    ("postgresql://deniz:Zq8wörd@db:0/studio", "port .* must be a number"),
    ("postgresql://deniz:Zq8wörd@db/studio?port=Zq8", "port .* must be a number"),
    ("postgresql://deniz:Zq8wörd@db", "must end with the name of the database"),
    ("postgresql://deniz:Zq8wörd@db/studio?sslpassword=Zq8", "option Studio Desk does not know: “sslpassword”"),
])
def test_address_mistakes_are_one_line_without_the_password(url, message, file_keyring):
    for call in (pgurl.parse, secrets.store_password, db.connect):
        with pytest.raises(StudioError, match=message) as caught:
            call(url)
        assert "\n" not in caught.value.message
        shows_no_password(caught.value.message)
    shows_no_password(db.describe(url))
    assert file_keyring.saved == {}


def test_cli_address_mistakes_are_one_line_without_the_password(tmp_path):
    for url in ("postgresql://deniz:Zq8@wörd@127.0.0.1/studio", "postgresql://deniz:Zq8wörd@127.0.0.1:54x2/studio"):
        result = cli("--db", url, "check")
        err = result.stderr
        assert result.returncode == 1 and "Traceback" not in err and err.startswith("studio-desk: "), err
        assert "wörd" not in err.split("warning")[-1].split("\n", 1)[-1]
        assert err.strip().splitlines()[-1].count("Zq8") == 0, err


# ------------------------------------------------------------------------------------------------- where it is kept

def test_without_a_keyring_the_password_is_kept_for_this_session_only(no_keyring):
    url = f"postgresql://deniz:{ENCODED}@db.studio.lan:5433/studio"
    assert not secrets.has_keyring()
    assert secrets.store_password(url) == "postgresql://deniz@db.studio.lan:5433/studio"
    assert secrets.password_for("postgresql://deniz@db.studio.lan:5433/studio") == PASSWORD
    assert secrets.password_for("postgresql://deniz@other/studio") is None
    assert secrets.save_password(url, PASSWORD) is False
    secrets.forget_password(url)
    assert secrets.password_for(url) is None


def test_typed_then_pgpassword_then_keyring(file_keyring, monkeypatch):
    bare = "postgresql://deniz@db/studio"
    assert secrets.save_password(bare, "from keyring")
    assert secrets.password_for(bare) == "from keyring"
    monkeypatch.setenv("PGPASSWORD", "from environment")
    assert secrets.password_for(bare) == "from environment"
    secrets.remember(bare, "typed")
    assert secrets.password_for(bare) == "typed"
    secrets.forget_password(bare)
    assert file_keyring.saved == {} and secrets.password_for(bare) == "from environment"


def test_each_server_and_database_has_its_own_entry(file_keyring):
    for url in ("postgresql://deniz:one@db1/studio", "postgresql://deniz:two@db2/studio",
                "postgresql://deniz:three@db1/archive"):
        secrets.store_password(url)
    assert file_keyring.saved == {("Studio Desk", "postgresql://deniz@db1/studio"): "one",
                                  ("Studio Desk", "postgresql://deniz@db2/studio"): "two",
                                  ("Studio Desk", "postgresql://deniz@db1/archive"): "three"}


# ------------------------------------------------------------------------------------------------- a server that asks

def cli(*args: str, env: dict[str, str] | None = None, keyring_file: Path | None = None):
    environment = {k: v for k, v in os.environ.items() if k != "PGPASSWORD"}
    environment.update(PYTHONPATH=str(ROOT), PGPASSFILE=NO_PGPASS, **(env or {}))
    if keyring_file is not None:
        environment.update(PYTHON_KEYRING_BACKEND="tests.file_keyring.FileKeyring",
                           STUDIO_TEST_KEYRING=str(keyring_file))
    else:
        environment["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    argv = []
    while process.poll() is None:  # what `ps` shows while it runs
        try:
            argv.append(Path(f"/proc/{process.pid}/cmdline").read_bytes().decode("utf-8", "replace"))
        except OSError:
            break
        time.sleep(0.02)
    out, err = process.communicate(timeout=120)
    result = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    result.argv = argv
    return result


@pytest.mark.postgres
def test_without_the_password_the_server_refuses_clearly(locked_url, no_keyring, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", NO_PGPASS)
    with pytest.raises(StudioError, match="Could not open the database .*password") as caught:
        startup.open_database(locked_url)
    assert secrets.is_password_refusal(caught.value)
    secrets.remember(locked_url, "wrong")
    with pytest.raises(StudioError) as caught:
        startup.open_database(locked_url)
    assert secrets.is_password_refusal(caught.value) and "wrong" not in caught.value.message


@pytest.mark.postgres
def test_the_password_from_each_source_connects(locked_url, file_keyring, monkeypatch, tmp_path):
    monkeypatch.setenv("PGPASSFILE", NO_PGPASS)
    encoded = locked_url.replace("@", f":{ENCODED}@", 1)
    startup.open_database(encoded)  # in the address, percent-encoded
    db.close()
    bare = secrets.store_password(locked_url + f"?password={ENCODED}")
    assert bare == locked_url and file_keyring.saved
    secrets._session.clear()
    startup.open_database(bare)  # from the keyring
    export.export_json(tmp_path / "all.json")
    db.close()
    shows_no_password((tmp_path / "all.json").read_text(encoding="utf-8"))
    secrets.forget_password(bare)
    monkeypatch.setenv("PGPASSWORD", PASSWORD)
    startup.open_database(bare)  # from PGPASSWORD


@pytest.mark.postgres
def test_cli_reads_pgpassword_and_the_keyring_and_keeps_it_out_of_ps(locked_url, tmp_path):
    refused = cli("--db", locked_url, "check")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1 and "password" in refused.stderr
    assert "Traceback" not in refused.stderr

    with_env = cli("--db", locked_url, "check", env={"PGPASSWORD": PASSWORD})
    assert with_env.returncode == 0, with_env.stderr

    store = tmp_path / "keyring.json"
    FileKeyring(store).set_password("Studio Desk", db.describe(locked_url), PASSWORD)
    with_keyring = cli("--db", locked_url, "list", "clients", "--json", keyring_file=store)
    assert with_keyring.returncode == 0, with_keyring.stderr
    assert json.loads(with_keyring.stdout)["total"] == 0
    for result in (refused, with_env, with_keyring):
        assert result.argv and not any("Zq8" in argv or "w%C3%B6rd" in argv for argv in result.argv)
        shows_no_password(result.stdout + result.stderr)


@pytest.mark.postgres
def test_cli_warns_about_a_password_on_the_command_line(locked_url):
    result = cli("--db", locked_url.replace("@", f":{ENCODED}@", 1), "check")
    assert result.returncode == 0, result.stderr
    assert "warning: a password in --db can be seen by other users" in result.stderr
    assert "PGPASSWORD" in result.stderr
